package org.hagukumi.app

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.Button
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import java.time.LocalDate
import org.hagukumi.core.Lang
import org.hagukumi.core.Mood
import org.hagukumi.core.RecordId
import org.hagukumi.core.Sex
import org.hagukumi.core.Subject
import org.hagukumi.handbook.app.HandbookModel
import org.hagukumi.handbook.app.Screen
import org.hagukumi.handbook.app.t

/*
 * The add-record forms. They only collect what the parent types and hand the text to
 * the model (HandbookModel, android/handbook), which reads dates and numbers as a
 * Japanese keyboard types them and gives the record to the core, which validates it:
 * a refused value comes back as a message (shown by HagukumiApp), so no rule is
 * duplicated here. Dates are typed as YYYY-MM-DD and default to today.
 */

private fun todayText(): String = LocalDate.now().toString()

@Composable
private fun Field(label: String, value: String, number: Boolean = false, onChange: (String) -> Unit) {
    OutlinedTextField(
        value = value,
        onValueChange = onChange,
        label = { Text(label) },
        singleLine = true,
        keyboardOptions = if (number) KeyboardOptions(keyboardType = KeyboardType.Decimal) else KeyboardOptions.Default,
    )
}

@Composable
fun AddChildForm(lang: Lang, model: HandbookModel) {
    var name by remember { mutableStateOf("") }
    var birthDate by remember { mutableStateOf(todayText()) }
    var sex by remember { mutableStateOf(Sex.FEMALE) }
    var weight by remember { mutableStateOf("") }
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Field(lang.t("名前", "Name"), name) { name = it }
        Field(lang.t("生年月日", "Birth date"), birthDate) { birthDate = it }
        Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            FilterChip(selected = sex == Sex.FEMALE, onClick = { sex = Sex.FEMALE }, label = { Text(lang.t("女", "Girl")) })
            FilterChip(selected = sex == Sex.MALE, onClick = { sex = Sex.MALE }, label = { Text(lang.t("男", "Boy")) })
        }
        Field(lang.t("出生体重 (kg)", "Birth weight (kg)"), weight, number = true) { weight = it }
        Button(onClick = { model.addChild(name, birthDate, sex, weight) }) { Text(lang.t("保存", "Save")) }
    }
}

@Composable
fun AddGrowthForm(childId: RecordId, lang: Lang, model: HandbookModel) {
    var date by remember { mutableStateOf(todayText()) }
    var weight by remember { mutableStateOf("") }
    var length by remember { mutableStateOf("") }
    var head by remember { mutableStateOf("") }
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Field(lang.t("測定日", "Date"), date) { date = it }
        Field(lang.t("体重 (kg)", "Weight (kg)"), weight, number = true) { weight = it }
        Field(lang.t("身長 (cm)", "Length (cm)"), length, number = true) { length = it }
        Field(lang.t("頭囲 (cm)", "Head (cm)"), head, number = true) { head = it }
        Button(onClick = { model.addGrowth(childId, date, weight, length, head) }) { Text(lang.t("保存", "Save")) }
    }
}

@Composable
fun AddDiaryForm(subject: Subject, lang: Lang, model: HandbookModel) {
    var date by remember { mutableStateOf(todayText()) }
    var text by remember { mutableStateOf("") }
    var mood by remember { mutableStateOf<Mood?>(null) }
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Field(lang.t("日付", "Date"), date) { date = it }
        OutlinedTextField(value = text, onValueChange = { text = it }, label = { Text(lang.t("日記", "Diary")) }, minLines = 4)
        Row(horizontalArrangement = Arrangement.spacedBy(4.dp)) {
            for (m in Mood.entries) {
                FilterChip(selected = mood == m, onClick = { mood = if (mood == m) null else m }, label = { Text(m.name.lowercase()) })
            }
        }
        Button(onClick = { model.addDiary(subject, date, text, mood) }) { Text(lang.t("保存", "Save")) }
    }
}

/** A dose from the vaccination plan: the vaccine and dose are fixed, the rest is typed. */
@Composable
fun RecordVaccinationForm(screen: Screen.RecordVaccination, lang: Lang, model: HandbookModel) {
    var date by remember { mutableStateOf(todayText()) }
    var brand by remember { mutableStateOf("") }
    var lot by remember { mutableStateOf("") }
    var clinic by remember { mutableStateOf("") }
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Text(screen.title, style = MaterialTheme.typography.titleLarge)
        Field(lang.t("接種日", "Date given"), date) { date = it }
        Field(lang.t("ワクチンの製品名", "Brand"), brand) { brand = it }
        Field(lang.t("ロット番号", "Lot number"), lot) { lot = it }
        Field(lang.t("医療機関", "Clinic"), clinic) { clinic = it }
        Button(onClick = { model.addVaccination(screen, date, brand, lot, clinic) }) { Text(lang.t("保存", "Save")) }
    }
}

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
import org.hagukumi.ffi.BirthMeasurements
import org.hagukumi.ffi.Child
import org.hagukumi.ffi.DiaryEntry
import org.hagukumi.ffi.GrowthMeasurement
import org.hagukumi.ffi.Lang
import org.hagukumi.ffi.Mood
import org.hagukumi.ffi.Sex
import org.hagukumi.ffi.Subject
import org.hagukumi.ffi.Vaccination
import org.hagukumi.handbook.iso
import java.time.LocalDate

/*
 * The add-record forms. They only collect what the parent types and hand it to the
 * core, which validates it: a refused value comes back as the core's message (shown by
 * HagukumiApp), so no rule is duplicated here. Dates are typed as YYYY-MM-DD and
 * default to today.
 */

private fun String.number(): Double? = trim().replace(',', '.').toDoubleOrNull()

/** An optional text field: blank is "not entered". */
private fun String.optional(): String? = trim().ifEmpty { null }

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
fun AddChildForm(lang: Lang, save: (Child) -> Unit) {
    var name by remember { mutableStateOf("") }
    var birthDate by remember { mutableStateOf(LocalDate.now().iso()) }
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
        Button(onClick = {
            save(Child(name = name, sex = sex, birthDate = birthDate, birth = BirthMeasurements(weightKg = weight.number())))
        }) { Text(lang.t("保存", "Save")) }
    }
}

@Composable
fun AddGrowthForm(childId: String, lang: Lang, save: (GrowthMeasurement) -> Unit) {
    var date by remember { mutableStateOf(LocalDate.now().iso()) }
    var weight by remember { mutableStateOf("") }
    var length by remember { mutableStateOf("") }
    var head by remember { mutableStateOf("") }
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Field(lang.t("測定日", "Date"), date) { date = it }
        Field(lang.t("体重 (kg)", "Weight (kg)"), weight, number = true) { weight = it }
        Field(lang.t("身長 (cm)", "Length (cm)"), length, number = true) { length = it }
        Field(lang.t("頭囲 (cm)", "Head (cm)"), head, number = true) { head = it }
        Button(onClick = {
            save(
                GrowthMeasurement(
                    childId = childId,
                    measuredOn = date,
                    weightKg = weight.number(),
                    lengthCm = length.number(),
                    headCm = head.number(),
                ),
            )
        }) { Text(lang.t("保存", "Save")) }
    }
}

@Composable
fun AddDiaryForm(subject: Subject, lang: Lang, save: (DiaryEntry) -> Unit) {
    var date by remember { mutableStateOf(LocalDate.now().iso()) }
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
        Button(onClick = {
            save(DiaryEntry(subjects = listOf(subject), writtenOn = date, text = text, mood = mood))
        }) { Text(lang.t("保存", "Save")) }
    }
}

/** A dose from the vaccination plan: the vaccine and dose are fixed, the rest is typed. */
@Composable
fun RecordVaccinationForm(screen: Screen.RecordVaccination, lang: Lang, save: (Vaccination) -> Unit) {
    var date by remember { mutableStateOf(LocalDate.now().iso()) }
    var brand by remember { mutableStateOf("") }
    var lot by remember { mutableStateOf("") }
    var clinic by remember { mutableStateOf("") }
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Text(screen.title, style = MaterialTheme.typography.titleLarge)
        Field(lang.t("接種日", "Date given"), date) { date = it }
        Field(lang.t("ワクチンの製品名", "Brand"), brand) { brand = it }
        Field(lang.t("ロット番号", "Lot number"), lot) { lot = it }
        Field(lang.t("医療機関", "Clinic"), clinic) { clinic = it }
        Button(onClick = {
            save(
                Vaccination(
                    subject = Subject.Child(screen.plan.childId),
                    vaccine = screen.vaccine,
                    dose = screen.dose,
                    date = date,
                    brand = brand.optional(),
                    lot = lot.optional(),
                    clinic = clinic.optional(),
                ),
            )
        }) { Text(lang.t("保存", "Save")) }
    }
}

package org.hagukumi.app

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.hagukumi.core.Lang
import org.hagukumi.core.DosePlan
import org.hagukumi.core.DoseStatus
import org.hagukumi.core.VaccinationPlan
import org.hagukumi.handbook.app.Screen
import org.hagukumi.handbook.app.t

/**
 * A child's vaccination plan as the core computed it: one card per vaccine, each dose
 * with its status and the core's one-sentence reason (which carries the dates). Doses
 * that can be given now offer to record one; the core checks what is entered.
 */
@Composable
fun VaccinationPlanScreen(
    screen: Screen.Vaccinations,
    plan: VaccinationPlan?,
    lang: Lang,
    go: (Screen) -> Unit,
    /** A family view: the plan is shown, doses are not recorded here. */
    readOnly: Boolean = false,
) {
    Text(lang.t("${screen.name}の予防接種", "Vaccinations: ${screen.name}"), style = MaterialTheme.typography.titleLarge)
    if (plan == null) return
    LazyColumn(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        items(plan.vaccines, key = { it.vaccine.name }) { vaccine ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    Text(vaccine.name, style = MaterialTheme.typography.titleMedium)
                    for (dose in vaccine.doses) {
                        val title = lang.t("${vaccine.name} ${dose.dose}回目", "${vaccine.name}, dose ${dose.dose}")
                        val record = { go(Screen.RecordVaccination(screen, vaccine.vaccine, dose.dose, title)) }
                        val canRecord = !readOnly && (dose.status == DoseStatus.DUE || dose.status == DoseStatus.OVERDUE)
                        DoseRow(dose, lang, record.takeIf { canRecord })
                    }
                }
            }
        }
        item {
            Text(lang.t("スケジュール: ${plan.scheduleVersion}", "Schedule: ${plan.scheduleVersion}"), style = MaterialTheme.typography.labelSmall)
        }
    }
}

@Composable
private fun DoseRow(dose: DosePlan, lang: Lang, record: (() -> Unit)?) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Row(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalAlignment = Alignment.CenterVertically) {
            Text(lang.t("${dose.dose}回目", "Dose ${dose.dose}"), style = MaterialTheme.typography.titleSmall)
            StatusChip(dose.status, lang)
            record?.let { TextButton(onClick = it) { Text(lang.t("接種を記録", "Record")) } }
        }
        Text(dose.reason, style = MaterialTheme.typography.bodyMedium)
    }
}

/** A label, not a button: the status is the core's, nothing to tap. */
@Composable
private fun StatusChip(status: DoseStatus, lang: Lang) {
    val colors = MaterialTheme.colorScheme
    val (label, color) = when (status) {
        DoseStatus.DONE -> lang.t("接種済み", "Done") to colors.secondaryContainer
        DoseStatus.INVALID -> lang.t("数えられない接種", "Not counted") to colors.errorContainer
        DoseStatus.UPCOMING -> lang.t("まだ先", "Not yet") to colors.surfaceVariant
        DoseStatus.DUE -> lang.t("接種時期", "Due") to colors.primaryContainer
        DoseStatus.OVERDUE -> lang.t("時期を過ぎています", "Overdue") to colors.tertiaryContainer
        DoseStatus.NOT_ELIGIBLE -> lang.t("対象外", "Not applicable") to colors.surfaceVariant
    }
    Surface(color = color, shape = MaterialTheme.shapes.small) {
        Text(label, Modifier.padding(horizontal = 8.dp, vertical = 2.dp), style = MaterialTheme.typography.labelMedium)
    }
}

package org.hagukumi.app

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Card
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import androidx.compose.ui.res.stringResource
import org.hagukumi.core.Lang
import org.hagukumi.core.DosePlan
import org.hagukumi.core.DoseStatus
import org.hagukumi.core.VaccinationPlan
import org.hagukumi.core.VaccineCode
import org.hagukumi.ffi.doseStatusLabel
import org.hagukumi.ffi.vaccineName
import org.hagukumi.handbook.app.Screen
import org.hagukumi.handbook.app.inLang

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
    /** Record a dose: the vaccination page with the vaccine and dose filled in. */
    recordDose: (VaccineCode, UInt) -> Unit,
    /** A family view: the plan is shown, doses are not recorded here. */
    readOnly: Boolean = false,
    /** The next clinic visits (doses given together) and the reminder timing choice. */
    visits: org.hagukumi.core.VisitPlan? = null,
    timing: org.hagukumi.core.Timing = org.hagukumi.core.Timing.STANDARD,
    setTiming: (org.hagukumi.core.Timing) -> Unit = {},
) {
    Text(stringResource(R.string.vaccination_vaccinations, screen.name), style = MaterialTheme.typography.titleLarge)
    if (plan == null) return
    LazyColumn(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        visits?.visits?.take(3)?.let { next ->
            item {
                Card(Modifier.fillMaxWidth()) {
                    Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                        Text(stringResource(R.string.vaccination_next_visits), style = MaterialTheme.typography.titleMedium)
                        for (visit in next) {
                            Text(
                                "${visit.date}  " + visit.doses.map {
                                    "${vaccineName(it.vaccine, lang)} ${stringResource(R.string.vaccination_dose_short, it.dose)}"
                                }.joinToString(stringResource(R.string.list_separator)),
                            )
                        }
                    }
                }
            }
        }
        if (!readOnly) {
            item {
                Row(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalAlignment = Alignment.CenterVertically) {
                    Text(stringResource(R.string.vaccination_reminders))
                    FilterChip(
                        selected = timing == org.hagukumi.core.Timing.STANDARD,
                        onClick = { setTiming(org.hagukumi.core.Timing.STANDARD) },
                        label = { Text(stringResource(R.string.vaccination_standard_period)) },
                    )
                    FilterChip(
                        selected = timing == org.hagukumi.core.Timing.EARLIEST,
                        onClick = { setTiming(org.hagukumi.core.Timing.EARLIEST) },
                        label = { Text(stringResource(R.string.vaccination_as_early_as_allowed)) },
                    )
                }
            }
        }
        items(plan.warnings) { warning ->
            Text(warning.messages.inLang(lang), color = MaterialTheme.colorScheme.error)
        }
        items(plan.vaccines, key = { it.code.name }) { vaccine ->
            val name = vaccineName(vaccine.code, lang)
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    Text(name, style = MaterialTheme.typography.titleMedium)
                    for (dose in vaccine.doses) {
                        val record = { recordDose(vaccine.code, dose.dose) }
                        val canRecord = !readOnly && (dose.status == DoseStatus.DUE || dose.status == DoseStatus.OVERDUE)
                        DoseRow(dose, lang, record.takeIf { canRecord })
                    }
                }
            }
        }
        item {
            Text(stringResource(R.string.vaccination_schedule, plan.scheduleVersion), style = MaterialTheme.typography.labelSmall)
        }
    }
}

@Composable
private fun DoseRow(dose: DosePlan, lang: Lang, record: (() -> Unit)?) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Row(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalAlignment = Alignment.CenterVertically) {
            Text(stringResource(R.string.vaccination_dose, dose.dose), style = MaterialTheme.typography.titleSmall)
            StatusChip(dose.status, lang)
            record?.let { TextButton(onClick = it) { Text(stringResource(R.string.vaccination_record)) } }
        }
        Text(dose.reasons.inLang(lang), style = MaterialTheme.typography.bodyMedium)
    }
}

/** A label, not a button: the status and its one word are the core's, nothing to tap. */
@Composable
private fun StatusChip(status: DoseStatus, lang: Lang) {
    val colors = MaterialTheme.colorScheme
    val label = doseStatusLabel(status, lang)
    val color = when (status) {
        DoseStatus.DONE -> colors.secondaryContainer
        DoseStatus.INVALID -> colors.errorContainer
        DoseStatus.UPCOMING, DoseStatus.NOT_ELIGIBLE -> colors.surfaceVariant
        DoseStatus.DUE -> colors.primaryContainer
        DoseStatus.OVERDUE -> colors.tertiaryContainer
    }
    Surface(color = color, shape = MaterialTheme.shapes.small) {
        Text(label, Modifier.padding(horizontal = 8.dp, vertical = 2.dp), style = MaterialTheme.typography.labelMedium)
    }
}

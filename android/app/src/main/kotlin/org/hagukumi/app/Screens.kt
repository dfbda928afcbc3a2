package org.hagukumi.app

import androidx.activity.compose.BackHandler
import androidx.compose.foundation.Canvas
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.TopAppBar
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.Path
import androidx.compose.ui.graphics.drawscope.Stroke
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.res.pluralStringResource
import android.content.Intent
import android.net.Uri
import org.hagukumi.core.Worry
import org.hagukumi.handbook.app.alertRecord
import org.hagukumi.handbook.app.inLang
import org.hagukumi.handbook.app.callDoctorNow
import org.hagukumi.handbook.app.deskPhone
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import org.hagukumi.core.ChildSummary
import org.hagukumi.core.DosePlan
import org.hagukumi.core.DoseStatus
import org.hagukumi.core.VaccineCode
import org.hagukumi.ffi.doseStatusLabel
import org.hagukumi.ffi.vaccineName
import org.hagukumi.core.GainPosition
import org.hagukumi.core.HomeSummary
import org.hagukumi.core.Lang
import org.hagukumi.core.Subject
import org.hagukumi.core.TimelineItem
import org.hagukumi.core.WeightGain
import org.hagukumi.core.FamilyView
import org.hagukumi.ffi.GrowthChart
import org.hagukumi.handbook.app.HandbookModel
import org.hagukumi.handbook.app.Screen
import org.hagukumi.handbook.app.weightGainLine

@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun HagukumiApp(model: HandbookModel) {
    val ui by model.ui.collectAsStateWithLifecycle()
    val lang = ui.lang
    // The system's back goes up one screen (a form to its card, a card to Home, a family
    // view back to the family's own handbook); on Home it leaves the app as usual.
    BackHandler(enabled = ui.screen != Screen.Home || ui.viewing != null) { model.back() }
    MaterialTheme {
        Scaffold(
            topBar = {
                TopAppBar(
                    title = { Text(stringResource(R.string.app_name)) },
                    navigationIcon = {
                        if (ui.screen != Screen.Home) {
                            TextButton(onClick = { model.back() }) { Text(stringResource(R.string.app_back)) }
                        }
                    },
                )
            },
        ) { padding ->
            Column(Modifier.padding(padding).padding(16.dp).fillMaxSize()) {
                when (val screen = ui.screen) {
                    Screen.Home -> ui.home?.let {
                        HomeScreen(it, ui.current, lang, { s -> model.go(s) }, ui.readOnly, ui.viewing, { model.leaveView() }, ui.maternalRsv) { p, dose ->
                            model.recordMaternalRsv(p, dose)
                        }
                    }
                    is Screen.ChildCard -> ui.child?.let { card ->
                        val context = LocalContext.current
                        val sendTitle = stringResource(R.string.app_send)
                        val printJob = stringResource(R.string.child_print_job, card.child.data.name)
                        val id = card.child.meta.id
                        ChildScreen(card, ui.chart, { s -> model.go(s) }, model, ui.readOnly, print = {
                            model.exportSummary(id) { html -> printSummaryHtml(context, html, printJob) }
                        }) {
                            model.exportFhir(id) { file -> sendFile(context, file, sendTitle) }
                        }
                    }
                    is Screen.Timeline -> TimelineScreen(screen.title, ui.timeline, ui.nextCursor != null) { model.loadMoreTimeline() }
                    Screen.Pages -> HandbookPagesScreen(ui.pages, lang, model, ui.readOnly)
                    is Screen.Page -> PageScreen(screen, ui.records, model, ui.readOnly)
                    is Screen.Form -> ui.editor?.let { FormScreen(it, model, ui.thumbnails, ui.readOnly) }
                    is Screen.Vaccinations -> VaccinationPlanScreen(
                        screen, ui.plan, lang, { vaccine, dose -> model.recordDose(screen, vaccine, dose) }, ui.readOnly, ui.visits, ui.timing, model::setTiming,
                    )
                    Screen.Notices -> NoticesScreen(ui.notices, { model.readNotice(it) }, { model.toggleBookmark(it) })
                    Screen.City -> CityScreen(ui.city, ui.archive, ui.lastMove, lang, { model.moveToCity(it) }, { model.showError(it) }, ui.desk)
                    Screen.Sharing -> SharingScreen(ui.sharing, lang, model)
                }
            }
            ui.error?.let { message ->
                AlertDialog(
                    onDismissRequest = model::dismissMessages,
                    confirmButton = { TextButton(onClick = model::dismissMessages) { Text("OK") } },
                    text = { Text(message) },
                )
            }
            if (ui.notes.isEmpty() && ui.standings.isNotEmpty()) {
                // Where the measurement just saved stands (the core's sentences).
                AlertDialog(
                    onDismissRequest = model::dismissMessages,
                    confirmButton = { TextButton(onClick = model::dismissMessages) { Text("OK") } },
                    title = { Text(stringResource(R.string.app_saved)) },
                    text = { Text(ui.standings.joinToString("\n") { it.text }) },
                )
            }
            if (ui.alerts.isNotEmpty()) AlertsDialog(ui.alerts, model::dismissAlerts)
            if (ui.notes.isNotEmpty()) {
                // Saved, but worth a second look (the core's notes), with where it stands.
                AlertDialog(
                    onDismissRequest = model::dismissMessages,
                    confirmButton = { TextButton(onClick = model::dismissMessages) { Text("OK") } },
                    title = { Text(stringResource(R.string.app_saved_please_check)) },
                    text = { Text((ui.notes + ui.standings.map { it.text }).joinToString("\n")) },
                )
            }
        }
    }
}

/**
 * Home of the family's handbook, or of a family view ([viewing]: another family's
 * read-only handbook, opened from the sharing screen) with a way back. [readOnly]
 * (the core's `identity().readOnly`) hides the add actions.
 */
@Composable
fun HomeScreen(
    home: HomeSummary,
    /** What needs doing now, in the core's order (urgent first). */
    current: List<org.hagukumi.core.FamilyReminder>,
    lang: Lang,
    go: (Screen) -> Unit,
    readOnly: Boolean = false,
    viewing: FamilyView? = null,
    leaveView: () -> Unit = {},
    /** The maternal RSV vaccine of the pregnancy (the core's plan), recorded through the vaccination page. */
    maternalRsv: DosePlan? = null,
    recordRsv: (pregnancyId: String, dose: UInt) -> Unit = { _, _ -> },
) {
    LazyColumn(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        // What may worry the family first, in the core's order (a page's "call the doctor now" first).
        items(home.worries) { worry -> WorryCard(worry, if (readOnly) null else worry.alertRecord?.let { record -> { go(record) } }) }
        viewing?.let { view ->
            item {
                Card(Modifier.fillMaxWidth()) {
                    Column(Modifier.padding(16.dp)) {
                        Text(
                            stringResource(R.string.home_records_read_only, view.children.joinToString(stringResource(R.string.list_separator))),
                            style = MaterialTheme.typography.titleSmall,
                        )
                        TextButton(onClick = leaveView) { Text(stringResource(R.string.home_back_to_my_handbook)) }
                    }
                }
            }
        }
        item { Text(home.today.toString(), style = MaterialTheme.typography.labelLarge) }
        items(current, key = { it.id }) { item ->
            val r = item.reminder
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp)) {
                    Text(
                        org.hagukumi.ffi.reminderKindLabel(r.kind, lang),
                        style = MaterialTheme.typography.labelMedium,
                        color = if (r.urgent) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.onSurfaceVariant,
                    )
                    Text(r.messages.inLang(lang), style = if (r.urgent) MaterialTheme.typography.titleSmall else MaterialTheme.typography.bodyMedium)
                    r.deadline?.let { Text(stringResource(R.string.home_deadline, it), style = MaterialTheme.typography.labelSmall) }
                }
            }
        }
        home.mother?.let { mother ->
            item { Text(mother.data.name, style = MaterialTheme.typography.titleLarge) }
        }
        home.pregnancy?.let { p ->
            item {
                Card(Modifier.fillMaxWidth().clickable {
                    go(Screen.Timeline(Subject.Pregnancy(p.pregnancy.meta.id), p.gestationalAgeLabel))
                }) {
                    Column(Modifier.padding(16.dp)) {
                        Text(p.gestationalAgeLabel, style = MaterialTheme.typography.titleMedium)
                        Text(stringResource(R.string.home_due, p.dueDate, pluralStringResource(R.plurals.home_days_left, p.daysUntilDue.toInt(), p.daysUntilDue.toInt())))
                        p.nextVisit?.let { Text(stringResource(R.string.home_next_visit, it)) }
                        p.weightGain?.let { WeightGainLines(it, lang) }
                        maternalRsv?.let { dose ->
                            Text(
                                "${vaccineName(VaccineCode.RSV_MATERNAL, lang)}: ${doseStatusLabel(dose.status, lang)}",
                                style = MaterialTheme.typography.titleSmall,
                            )
                            Text(dose.reasons.inLang(lang), style = MaterialTheme.typography.bodyMedium)
                            if (!readOnly && (dose.status == DoseStatus.DUE || dose.status == DoseStatus.OVERDUE)) {
                                TextButton(onClick = { recordRsv(p.pregnancy.meta.id, dose.dose) }) { Text(stringResource(R.string.home_rsv_record)) }
                            }
                        }
                    }
                }
            }
        }
        items(home.children, key = { it.child.meta.id }) { card -> ChildCard(card) { go(Screen.ChildCard(card.child.meta.id)) } }
        if (readOnly) return@LazyColumn
        item {
            TextButton(onClick = { go(Screen.Pages) }) { Text(stringResource(R.string.home_handbook_pages_pregnancy_birth)) }
        }
        item {
            TextButton(onClick = { go(Screen.Form("child", null, null, Screen.Home)) }) { Text(stringResource(R.string.home_add_child)) }
        }
        item {
            TextButton(onClick = { go(Screen.Notices) }) { Text(stringResource(R.string.home_news_from_city)) }
        }
        item {
            TextButton(onClick = { go(Screen.City) }) { Text(stringResource(R.string.home_city_settings)) }
        }
        item {
            TextButton(onClick = { go(Screen.Sharing) }) { Text(stringResource(R.string.home_sharing_backup)) }
        }
    }
}

/**
 * One of the core's worries. A page's "call the doctor now" (stool colour 1–3) is a
 * red card no one can miss; the others are quiet cards with the city desk's phone as
 * a call button when the city names one (the dialler opens; nothing is called unasked).
 */
@Composable
fun WorryCard(worry: Worry, openRecord: (() -> Unit)?) {
    val context = LocalContext.current
    val urgent = worry.callDoctorNow
    val colors = if (urgent) {
        CardDefaults.cardColors(containerColor = Color(0xFFB71C1C), contentColor = Color.White)
    } else {
        CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.secondaryContainer)
    }
    Card(Modifier.fillMaxWidth(), colors = colors) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(
                worry.message,
                style = if (urgent) MaterialTheme.typography.titleMedium else MaterialTheme.typography.bodyLarge,
                fontWeight = if (urgent) FontWeight.Bold else null,
            )
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                worry.deskPhone?.let { phone ->
                    Button(onClick = { context.startActivity(Intent(Intent.ACTION_DIAL, Uri.parse("tel:$phone"))) }) {
                        Text(stringResource(R.string.home_call, phone))
                    }
                }
                openRecord?.let {
                    TextButton(onClick = it, colors = if (urgent) ButtonDefaults.textButtonColors(contentColor = Color.White) else ButtonDefaults.textButtonColors()) {
                        Text(stringResource(R.string.home_see_record))
                    }
                }
            }
        }
    }
}

/**
 * Weight gain against the JSOG guidance for the pre-pregnancy BMI: the core's sentence
 * (BMI, class, range), the gain so far beside the range, and the source.
 */
@Composable
fun WeightGainLines(gain: WeightGain, lang: Lang) {
    val guidance = gain.guidance
    Text(guidance.texts.inLang(lang), style = MaterialTheme.typography.bodyMedium)
    weightGainLine(gain, lang)?.let { line ->
        Text(line)
        // The range is for the whole pregnancy, so "below" is expected until near the end.
        when (gain.position) {
            GainPosition.ABOVE -> Text(
                stringResource(R.string.home_above_guide_worth_talking),
                color = MaterialTheme.colorScheme.error,
            )
            GainPosition.WITHIN -> Text(stringResource(R.string.home_within_guide))
            GainPosition.BELOW -> Text(stringResource(R.string.home_not_yet_at_guide))
            null -> Unit
        }
    }
    Text(stringResource(R.string.home_source, guidance.source), style = MaterialTheme.typography.labelSmall)
}

@Composable
fun ChildCard(card: ChildSummary, onClick: () -> Unit) {
    Card(Modifier.fillMaxWidth().clickable(onClick = onClick)) {
        Column(Modifier.padding(16.dp)) {
            Text(card.child.data.name, style = MaterialTheme.typography.titleMedium)
            Text(card.ageLabel)
            card.correctedAgeLabel?.let { Text(stringResource(R.string.child_corrected, it)) }
            card.latest.weightKg?.let { MeasuredLine(stringResource(R.string.child_weight_kg, it.value, it.date), it) }
            card.latest.lengthCm?.let { MeasuredLine(stringResource(R.string.child_length_cm, it.value, it.date), it) }
            card.latest.headCm?.let { MeasuredLine(stringResource(R.string.child_head_cm, it.value, it.date), it) }
            card.nextCheckup?.let { Text(stringResource(R.string.child_next_checkup, it.label, it.from, it.until)) }
        }
    }
}

@Composable
fun ChildScreen(
    card: ChildSummary,
    chart: GrowthChart?,
    go: (Screen) -> Unit,
    model: HandbookModel,
    readOnly: Boolean,
    print: () -> Unit,
    sendFhir: () -> Unit,
) {
    val id = card.child.meta.id
    Column(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        ChildCard(card) {}
        Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            if (!readOnly) {
                TextButton(onClick = { model.openForm("growth", Subject.Child(id)) }) { Text(stringResource(R.string.child_measure)) }
                TextButton(onClick = { model.openForm("diary", Subject.Child(id)) }) { Text(stringResource(R.string.child_diary)) }
            }
            TextButton(onClick = { go(Screen.Pages) }) { Text(stringResource(R.string.child_pages)) }
            TextButton(onClick = { go(Screen.Timeline(Subject.Child(id), card.child.data.name)) }) {
                Text(stringResource(R.string.child_timeline))
            }
        }
        Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            TextButton(onClick = { go(Screen.Vaccinations(id, card.child.data.name)) }) {
                Text(stringResource(R.string.child_vaccination_plan))
            }
            TextButton(onClick = print) { Text(stringResource(R.string.child_print_pdf)) }
            TextButton(onClick = sendFhir) { Text(stringResource(R.string.child_send_as_fhir)) }
        }
        chart?.let { GrowthChartView(it) }
    }
}

/** A latest measurement and where it stands on the handbook's curves (the core's sentence). */
@Composable
private fun MeasuredLine(text: String, measured: org.hagukumi.core.Measured) {
    Text(text)
    measured.standing?.let {
        Text(
            it.text,
            style = MaterialTheme.typography.labelSmall,
            color = if (it.outsideUsualRange) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.onSurfaceVariant,
        )
    }
}

/** Draws the chart the core computed: curves as lines, the child's points as dots. */
@Composable
fun GrowthChartView(chart: GrowthChart) {
    Text("${chart.title} · ${chart.standardLabel}", style = MaterialTheme.typography.labelMedium)
    Canvas(Modifier.fillMaxWidth().height(240.dp)) {
        fun at(x: Double, y: Double) = Offset(
            ((x - chart.xMin) / (chart.xMax - chart.xMin) * size.width).toFloat(),
            (size.height - (y - chart.yMin) / (chart.yMax - chart.yMin) * size.height).toFloat(),
        )
        for (curve in chart.curves) {
            val path = Path()
            curve.points.forEachIndexed { i, p ->
                val o = at(p.x, p.y)
                if (i == 0) path.moveTo(o.x, o.y) else path.lineTo(o.x, o.y)
            }
            val median = curve.percentile?.toInt() == 50 || curve.sd?.toInt() == 0
            drawPath(path, if (median) Color(0xFF2E7D32) else Color(0xFFA5D6A7), style = Stroke(width = 2f))
        }
        for (p in chart.points) drawCircle(Color(0xFFC2185B), radius = 6f, center = at(p.x, p.y))
    }
    // The source credit the survey asks for, under every chart.
    Text(chart.attribution, style = MaterialTheme.typography.labelSmall)
}

@Composable
fun TimelineScreen(title: String, items: List<TimelineItem>, hasMore: Boolean, loadMore: () -> Unit) {
    Text(title, style = MaterialTheme.typography.titleLarge)
    LazyColumn(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        items(items, key = { it.id }) { item ->
            Column {
                Text(item.date.toString(), style = MaterialTheme.typography.labelSmall)
                Text(item.title, style = MaterialTheme.typography.titleSmall)
                if (item.detail.isNotEmpty()) Text(item.detail)
            }
        }
        if (hasMore) {
            item { TextButton(onClick = loadMore) { Text(stringResource(R.string.timeline_more)) } }
        }
    }
}

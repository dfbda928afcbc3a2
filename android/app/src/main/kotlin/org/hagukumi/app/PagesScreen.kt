package org.hagukumi.app

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Card
import androidx.compose.material3.RadioButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import androidx.compose.ui.res.stringResource
import org.hagukumi.core.FormRecordLine
import java.time.LocalDate
import org.hagukumi.core.Lang
import org.hagukumi.core.PregnancyOutcome
import org.hagukumi.core.PregnancyRecord
import org.hagukumi.handbook.app.HandbookModel
import org.hagukumi.handbook.app.PageGroup
import org.hagukumi.handbook.app.PageOwner
import org.hagukumi.handbook.app.outcomeLabel
import org.hagukumi.handbook.app.Screen
import org.hagukumi.handbook.app.canAdd

/**
 * The whole handbook as the paper one is bound: the mother's pages, each pregnancy's,
 * each child's, the family's (HandbookPages, android/handbook), each page by its name.
 * A pregnancy's heading says how it ended if it ended without a birth, and records
 * that end (or undoes it) after a careful question.
 */
@Composable
fun HandbookPagesScreen(groups: List<PageGroup>, lang: Lang, model: HandbookModel, readOnly: Boolean) {
    var ending by remember { mutableStateOf<PregnancyRecord?>(null) }
    var reopening by remember { mutableStateOf<PregnancyRecord?>(null) }
    LazyColumn(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        for (group in groups) {
            item { Text(group.title, style = MaterialTheme.typography.titleLarge, modifier = Modifier.padding(top = 8.dp)) }
            (group.owner as? PageOwner.Pregnancy)?.record?.let { pregnancy ->
                item(key = "${group.title}/end") {
                    val ended = pregnancy.data.ended
                    Column {
                        ended?.let { Text(stringResource(R.string.pages_outcome_date, outcomeLabel(it.outcome, lang), it.date), style = MaterialTheme.typography.bodyMedium) }
                        if (!readOnly) {
                            if (ended == null) {
                                TextButton(onClick = { ending = pregnancy }) { Text(stringResource(R.string.pages_record_end_of_this)) }
                            } else {
                                TextButton(onClick = { reopening = pregnancy }) { Text(stringResource(R.string.pages_undo_this_record)) }
                            }
                        }
                    }
                }
            }
            items(group.pages, key = { "${group.title}/${it.id}" }) { page ->
                Card(Modifier.fillMaxWidth().clickable { model.go(Screen.Page(page)) }) {
                    Text(page.title, Modifier.padding(16.dp), style = MaterialTheme.typography.titleSmall)
                }
            }
        }
    }
    ending?.let { pregnancy ->
        EndPregnancyDialog(lang, onDismiss = { ending = null }) { outcome, date ->
            ending = null
            model.endPregnancy(pregnancy.meta.id, outcome, date)
        }
    }
    reopening?.let { pregnancy ->
        AlertDialog(
            onDismissRequest = { reopening = null },
            title = { Text(stringResource(R.string.pages_undo_confirm_title)) },
            text = {
                Text(
                    stringResource(R.string.pages_for_record_made_by),
                )
            },
            confirmButton = {
                TextButton(onClick = {
                    reopening = null
                    model.reopenPregnancy(pregnancy.meta.id)
                }) { Text(stringResource(R.string.pages_undo)) }
            },
            dismissButton = { TextButton(onClick = { reopening = null }) { Text(stringResource(R.string.pages_cancel)) } },
        )
    }
}

/**
 * How the pregnancy ended and the day, asked gently: nothing is chosen for her, the
 * day must be picked, and the dialog says what changes (and that it can be undone).
 */
@Composable
private fun EndPregnancyDialog(lang: Lang, onDismiss: () -> Unit, onConfirm: (PregnancyOutcome, LocalDate) -> Unit) {
    var outcome by remember { mutableStateOf<PregnancyOutcome?>(null) }
    var date by remember { mutableStateOf<LocalDate?>(null) }
    AlertDialog(
        onDismissRequest = onDismiss,
        title = { Text(stringResource(R.string.pages_record_end_of_this)) },
        text = {
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                Text(
                    stringResource(R.string.pages_once_recorded_weeks_checkup),
                )
                for (o in PregnancyOutcome.entries) {
                    Row(Modifier.fillMaxWidth().clickable { outcome = o }, verticalAlignment = Alignment.CenterVertically) {
                        RadioButton(selected = outcome == o, onClick = { outcome = o })
                        Text(outcomeLabel(o, lang))
                    }
                }
                DateButton(date) { date = it }
            }
        },
        confirmButton = {
            val chosen = outcome
            val day = date
            TextButton(onClick = { if (chosen != null && day != null) onConfirm(chosen, day) }, enabled = chosen != null && day != null) {
                Text(stringResource(R.string.pages_record))
            }
        },
        dismissButton = { TextButton(onClick = onDismiss) { Text(stringResource(R.string.pages_cancel)) } },
    )
}

/** One page's records, each with edit and delete (asked first), and "add" where the page takes another. */
@Composable
fun PageScreen(screen: Screen.Page, records: List<FormRecordLine>, model: HandbookModel, readOnly: Boolean) {
    val page = screen.link
    var deleting by remember { mutableStateOf<FormRecordLine?>(null) }
    LazyColumn(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        item { Text(page.title, style = MaterialTheme.typography.titleLarge) }
        if (!readOnly && page.canAdd(records)) {
            item { TextButton(onClick = { model.openForm(page.id, page.subject) }) { Text(stringResource(R.string.pages_add_record)) } }
        }
        if (records.isEmpty()) item { Text(stringResource(R.string.pages_nothing_recorded_yet)) }
        items(records, key = { it.id }) { record ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    record.date?.let { Text(it.toString(), style = MaterialTheme.typography.labelMedium) }
                    Text(record.summary)
                    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                        TextButton(onClick = { model.openForm(page.id, page.subject, record.id) }) {
                            Text(if (readOnly) stringResource(R.string.pages_view) else stringResource(R.string.pages_edit))
                        }
                        if (!readOnly) {
                            TextButton(onClick = { deleting = record }) { Text(stringResource(R.string.pages_delete), color = MaterialTheme.colorScheme.error) }
                        }
                    }
                }
            }
        }
    }
    deleting?.let { record ->
        ConfirmDelete(page.title, onDismiss = { deleting = null }) {
            deleting = null
            model.deleteRecord(page.id, record.id)
        }
    }
}

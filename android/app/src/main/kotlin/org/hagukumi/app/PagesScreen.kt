package org.hagukumi.app

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.hagukumi.core.FormRecordLine
import org.hagukumi.core.Lang
import org.hagukumi.handbook.app.HandbookModel
import org.hagukumi.handbook.app.PageGroup
import org.hagukumi.handbook.app.Screen
import org.hagukumi.handbook.app.canAdd
import org.hagukumi.handbook.app.t

/**
 * The whole handbook as the paper one is bound: the mother's pages, each pregnancy's,
 * each child's, the family's (HandbookPages, android/handbook), each page by its name.
 */
@Composable
fun HandbookPagesScreen(groups: List<PageGroup>, go: (Screen) -> Unit) {
    LazyColumn(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        for (group in groups) {
            item { Text(group.title, style = MaterialTheme.typography.titleLarge, modifier = Modifier.padding(top = 8.dp)) }
            items(group.pages, key = { "${group.title}/${it.id}" }) { page ->
                Card(Modifier.fillMaxWidth().clickable { go(Screen.Page(page)) }) {
                    Text(page.title, Modifier.padding(16.dp), style = MaterialTheme.typography.titleSmall)
                }
            }
        }
    }
}

/** One page's records, each with edit and delete (asked first), and "add" where the page takes another. */
@Composable
fun PageScreen(screen: Screen.Page, records: List<FormRecordLine>, lang: Lang, model: HandbookModel, readOnly: Boolean) {
    val page = screen.link
    var deleting by remember { mutableStateOf<FormRecordLine?>(null) }
    LazyColumn(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        item { Text(page.title, style = MaterialTheme.typography.titleLarge) }
        if (!readOnly && page.canAdd(records)) {
            item { TextButton(onClick = { model.openForm(page.id, page.subject) }) { Text(lang.t("記録する", "Add")) } }
        }
        if (records.isEmpty()) item { Text(lang.t("まだ記録がありません。", "Nothing recorded yet.")) }
        items(records, key = { it.id }) { record ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    record.date?.let { Text(it.toString(), style = MaterialTheme.typography.labelMedium) }
                    Text(record.summary)
                    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                        TextButton(onClick = { model.openForm(page.id, page.subject, record.id) }) {
                            Text(if (readOnly) lang.t("見る", "View") else lang.t("編集", "Edit"))
                        }
                        if (!readOnly) {
                            TextButton(onClick = { deleting = record }) { Text(lang.t("削除", "Delete"), color = MaterialTheme.colorScheme.error) }
                        }
                    }
                }
            }
        }
    }
    deleting?.let { record ->
        ConfirmDelete(page.title, lang, onDismiss = { deleting = null }) {
            deleting = null
            model.deleteRecord(page.id, record.id)
        }
    }
}

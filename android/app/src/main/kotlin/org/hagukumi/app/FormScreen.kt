package org.hagukumi.app

import android.content.Context
import android.graphics.BitmapFactory
import android.net.Uri
import androidx.activity.compose.rememberLauncherForActivityResult
import androidx.activity.result.PickVisualMediaRequest
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.foundation.Image
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.itemsIndexed
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Button
import androidx.compose.material3.DatePicker
import androidx.compose.material3.DatePickerDialog
import androidx.compose.material3.DropdownMenuItem
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.ExposedDropdownMenuBox
import androidx.compose.material3.ExposedDropdownMenuDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.MenuAnchorType
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.SegmentedButton
import androidx.compose.material3.SegmentedButtonDefaults
import androidx.compose.material3.SingleChoiceSegmentedButtonRow
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.TimePicker
import androidx.compose.material3.rememberDatePickerState
import androidx.compose.material3.rememberTimePickerState
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.asImageBitmap
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import androidx.compose.ui.res.stringResource
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import java.io.File
import java.io.IOException
import java.time.LocalDate
import java.time.LocalTime
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.hagukumi.core.ChoiceOption
import org.hagukumi.core.FieldInput
import org.hagukumi.core.FormAlert
import org.hagukumi.core.FormField
import org.hagukumi.handbook.app.FieldEntry
import org.hagukumi.handbook.app.FormEditor
import org.hagukumi.handbook.app.HandbookModel

/*
 * The one form screen: it draws any page the core describes (FormEditor, android/
 * handbook) with the platform's own pickers, shows the core's message under each
 * field, and saves. Nothing here knows a page, a field or a rule: a page added to the
 * core's data is drawn here without a change. This is the only place forms are drawn.
 */

@Composable
fun FormScreen(editor: FormEditor, model: HandbookModel, thumbnails: Map<String, String>, readOnly: Boolean) {
    val s by editor.ui.collectAsStateWithLifecycle()
    var deleting by remember { mutableStateOf(false) }
    LazyColumn(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item { Text(editor.form.title, style = MaterialTheme.typography.titleLarge) }
        for (section in editor.form.sections) {
            section.title?.let { title -> item { Text(title, style = MaterialTheme.typography.titleMedium) } }
            // The index keys the row: a page may list an id twice (they share one entry).
            itemsIndexed(section.fields, key = { i, f -> "${section.id}/$i/${f.id}" }) { _, field ->
                FieldRow(field, s.entries[field.id] ?: FieldEntry(), s.problems[field.id].orEmpty(), editor, model, thumbnails)
            }
        }
        items(s.pageProblems.size) { i -> Text(s.pageProblems[i], color = MaterialTheme.colorScheme.error) }
        if (!readOnly) {
            item {
                Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    Button(onClick = { model.submitForm() }, enabled = !s.busy) { Text(stringResource(R.string.form_save)) }
                    if (editor.record != null) {
                        TextButton(onClick = { deleting = true }) { Text(stringResource(R.string.form_delete), color = MaterialTheme.colorScheme.error) }
                    }
                }
            }
        }
    }
    s.duplicate?.let { message -> ConfirmDuplicate(message, onDismiss = editor::cancelDuplicate, onConfirm = { model.confirmDuplicate() }) }
    if (deleting) {
        ConfirmDelete(editor.form.title, onDismiss = { deleting = false }) {
            deleting = false
            editor.record?.let { model.deleteRecord(editor.form.id, it) }
        }
    }
}

/**
 * The core found a record like this one already saved: its [message] names what
 * exists and says nothing was saved. "Save anyway" saves it as a record of its own;
 * "Don't save" leaves the page as entered (to correct the existing record instead).
 */
@Composable
fun ConfirmDuplicate(message: String, onDismiss: () -> Unit, onConfirm: () -> Unit) {
    AlertDialog(
        onDismissRequest = onDismiss,
        title = { Text(stringResource(R.string.form_already_recorded)) },
        text = { Text(message) },
        confirmButton = { TextButton(onClick = onConfirm) { Text(stringResource(R.string.form_save_anyway)) } },
        dismissButton = { TextButton(onClick = onDismiss) { Text(stringResource(R.string.form_dont_save)) } },
    )
}

/** "Delete this record?" before anything is deleted. */
@Composable
fun ConfirmDelete(what: String, onDismiss: () -> Unit, onConfirm: () -> Unit) {
    AlertDialog(
        onDismissRequest = onDismiss,
        title = { Text(stringResource(R.string.form_delete_this_record, what)) },
        text = { Text(stringResource(R.string.form_deleted_record_cannot_be)) },
        confirmButton = { TextButton(onClick = onConfirm) { Text(stringResource(R.string.form_delete), color = MaterialTheme.colorScheme.error) } },
        dismissButton = { TextButton(onClick = onDismiss) { Text(stringResource(R.string.form_cancel)) } },
    )
}

/**
 * What the family must hear at once after a save (a pale stool colour: call the
 * doctor today), in the core's words. It closes only by its button.
 */
@Composable
fun AlertsDialog(alerts: List<FormAlert>, onDone: () -> Unit) {
    AlertDialog(
        onDismissRequest = {},
        title = { Text(stringResource(R.string.form_important), color = MaterialTheme.colorScheme.error) },
        text = {
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                for (alert in alerts) Text(alert.message, style = MaterialTheme.typography.titleMedium)
            }
        },
        confirmButton = { Button(onClick = onDone) { Text(stringResource(R.string.form_i_understand)) } },
    )
}

/** One field: its control by input type, the help, then the core's messages. */
@Composable
private fun FieldRow(
    field: FormField,
    entry: FieldEntry,
    problems: List<String>,
    editor: FormEditor,
    model: HandbookModel,
    thumbnails: Map<String, String>,
) {
    val id = field.id
    val label = if (field.required) "${field.label} *" else field.label
    val error = problems.isNotEmpty()
    Column(Modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(4.dp)) {
        when (val input = field.input) {
            FieldInput.YesNo -> {
                Text(label)
                YesNo(entry.yes) { editor.setYes(id, it) }
            }
            FieldInput.When -> {
                Text(label)
                YesNo(entry.yes) { editor.setYes(id, it) }
                if (entry.yes == true) DateButton(entry.date) { editor.setDate(id, it) }
            }
            FieldInput.Date -> {
                Text(label)
                DateButton(entry.date) { editor.setDate(id, it) }
            }
            FieldInput.DateTime -> {
                Text(label)
                Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    DateButton(entry.date) { editor.setDate(id, it) }
                    TimeButton(entry.time) { editor.setTime(id, it) }
                }
            }
            FieldInput.Gestation -> Row(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalAlignment = Alignment.CenterVertically) {
                NumberField(label, entry.text, stringResource(R.string.form_weeks), decimal = false, error, Modifier.weight(1f)) { editor.setText(id, it) }
                NumberField("", entry.days, stringResource(R.string.form_days), decimal = false, error, Modifier.weight(1f)) { editor.setDays(id, it) }
            }
            is FieldInput.Number -> NumberField(label, entry.text, input.unit, decimal = true, error) { editor.setText(id, it) }
            is FieldInput.Integer -> NumberField(label, entry.text, input.unit, decimal = false, error) { editor.setText(id, it) }
            is FieldInput.Choice -> ChoiceField(label, input.options, entry.option) { editor.choose(id, it) }
            is FieldInput.Text -> OutlinedTextField(
                value = entry.text,
                onValueChange = { editor.setText(id, it.take(input.maxLen.toInt())) },
                label = { Text(label) },
                singleLine = !input.multiline,
                minLines = if (input.multiline) 3 else 1,
                isError = error,
                supportingText = { Text("${entry.text.length} / ${input.maxLen}") },
                modifier = Modifier.fillMaxWidth(),
            )
            is FieldInput.Photos -> PhotosField(label, id, entry.photos, input.max.toInt(), thumbnails, model) { editor.setPhotos(id, it) }
        }
        field.help?.let { Text(it, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.onSurfaceVariant) }
        for (p in problems) Text(p, color = MaterialTheme.colorScheme.error, style = MaterialTheme.typography.bodySmall)
    }
}

/** Yes / no as one segmented control; tapping the chosen one again clears it. */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
private fun YesNo(yes: Boolean?, onChange: (Boolean?) -> Unit) {
    SingleChoiceSegmentedButtonRow {
        SegmentedButton(
            selected = yes == true,
            onClick = { onChange(if (yes == true) null else true) },
            shape = SegmentedButtonDefaults.itemShape(index = 0, count = 2),
        ) { Text(stringResource(R.string.form_yes)) }
        SegmentedButton(
            selected = yes == false,
            onClick = { onChange(if (yes == false) null else false) },
            shape = SegmentedButtonDefaults.itemShape(index = 1, count = 2),
        ) { Text(stringResource(R.string.form_no)) }
    }
}

private const val DAY_MILLIS = 86_400_000L

/** A date through the system's date picker (calendar days in UTC millis, as the picker keeps them). */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
internal fun DateButton(date: LocalDate?, onPick: (LocalDate?) -> Unit) {
    var open by remember { mutableStateOf(false) }
    Row(verticalAlignment = Alignment.CenterVertically) {
        OutlinedButton(onClick = { open = true }) { Text(date?.toString() ?: stringResource(R.string.form_choose_date)) }
        if (date != null) TextButton(onClick = { onPick(null) }) { Text(stringResource(R.string.form_clear)) }
    }
    if (!open) return
    val state = rememberDatePickerState(initialSelectedDateMillis = date?.let { it.toEpochDay() * DAY_MILLIS })
    DatePickerDialog(
        onDismissRequest = { open = false },
        confirmButton = {
            TextButton(onClick = {
                open = false
                onPick(state.selectedDateMillis?.let { LocalDate.ofEpochDay(it / DAY_MILLIS) })
            }) { Text("OK") }
        },
        dismissButton = { TextButton(onClick = { open = false }) { Text(stringResource(R.string.form_cancel)) } },
    ) { DatePicker(state = state) }
}

/** A time of day through the system's time picker (24-hour clock). */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
private fun TimeButton(time: LocalTime?, onPick: (LocalTime) -> Unit) {
    var open by remember { mutableStateOf(false) }
    OutlinedButton(onClick = { open = true }) { Text(time?.toString() ?: stringResource(R.string.form_choose_time)) }
    if (!open) return
    val state = rememberTimePickerState(initialHour = time?.hour ?: 12, initialMinute = time?.minute ?: 0, is24Hour = true)
    AlertDialog(
        onDismissRequest = { open = false },
        confirmButton = {
            TextButton(onClick = {
                open = false
                onPick(LocalTime.of(state.hour, state.minute))
            }) { Text("OK") }
        },
        dismissButton = { TextButton(onClick = { open = false }) { Text(stringResource(R.string.form_cancel)) } },
        text = { TimePicker(state = state) },
    )
}

/** A number with its unit after it and the number keyboard; the core reads and checks it. */
@Composable
private fun NumberField(
    label: String,
    text: String,
    unit: String,
    decimal: Boolean,
    error: Boolean,
    modifier: Modifier = Modifier,
    onChange: (String) -> Unit,
) {
    OutlinedTextField(
        value = text,
        onValueChange = onChange,
        label = { Text(label) },
        suffix = { Text(unit) },
        singleLine = true,
        isError = error,
        keyboardOptions = KeyboardOptions(keyboardType = if (decimal) KeyboardType.Decimal else KeyboardType.Number),
        modifier = modifier,
    )
}

/** A few options as radio buttons, more as a dropdown; tapping the chosen radio again clears it. */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
private fun ChoiceField(label: String, options: List<ChoiceOption>, chosen: String?, onChoose: (String?) -> Unit) {
    if (options.size <= 5) {
        Text(label)
        for (o in options) {
            val pick = { onChoose(if (chosen == o.value) null else o.value) }
            Row(Modifier.fillMaxWidth().clickable(onClick = pick), verticalAlignment = Alignment.CenterVertically) {
                RadioButton(selected = chosen == o.value, onClick = pick)
                Text(o.label)
            }
        }
        return
    }
    var expanded by remember { mutableStateOf(false) }
    ExposedDropdownMenuBox(expanded = expanded, onExpandedChange = { expanded = it }) {
        OutlinedTextField(
            value = options.firstOrNull { it.value == chosen }?.label.orEmpty(),
            onValueChange = {},
            readOnly = true,
            label = { Text(label) },
            trailingIcon = { ExposedDropdownMenuDefaults.TrailingIcon(expanded = expanded) },
            modifier = Modifier.menuAnchor(MenuAnchorType.PrimaryNotEditable).fillMaxWidth(),
        )
        ExposedDropdownMenu(expanded = expanded, onDismissRequest = { expanded = false }) {
            for (o in options) {
                DropdownMenuItem(text = { Text(o.label) }, onClick = {
                    expanded = false
                    onChoose(o.value)
                })
            }
        }
    }
}

/**
 * Photos through the system photo picker: each picked picture is copied to the cache
 * and imported by the core (the model removes the copies); thumbnails with a remove.
 */
@Composable
private fun PhotosField(
    label: String,
    fieldId: String,
    photos: List<String>,
    max: Int,
    thumbnails: Map<String, String>,
    model: HandbookModel,
    onChange: (List<String>) -> Unit,
) {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    val pick = rememberLauncherForActivityResult(ActivityResultContracts.PickMultipleVisualMedia(maxOf(2, max))) { uris ->
        if (uris.isEmpty()) return@rememberLauncherForActivityResult
        scope.launch {
            try {
                val files = withContext(Dispatchers.IO) { uris.mapIndexed { i, uri -> copyPicked(context, uri, i) } }
                model.addPhotos(fieldId, files)
            } catch (e: IOException) {
                model.showError(context.getString(R.string.form_could_not_read_photo))
            } catch (e: SecurityException) {
                model.showError(context.getString(R.string.form_could_not_read_photo))
            }
        }
    }
    Text(label)
    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        for (photo in photos) {
            Column(horizontalAlignment = Alignment.CenterHorizontally) {
                thumbnails[photo]?.let { path -> BitmapFactory.decodeFile(path) }?.let { bitmap ->
                    Image(bitmap.asImageBitmap(), contentDescription = null, modifier = Modifier.size(72.dp))
                }
                TextButton(onClick = { onChange(photos - photo) }) { Text(stringResource(R.string.form_remove)) }
            }
        }
    }
    if (photos.size < max) {
        OutlinedButton(onClick = { pick.launch(PickVisualMediaRequest(ActivityResultContracts.PickVisualMedia.ImageOnly)) }) {
            Text(stringResource(R.string.form_choose_photos))
        }
    }
}

/** A picked picture copied into the app's cache, where the core can read it as a file. */
private fun copyPicked(context: Context, uri: Uri, index: Int): File {
    val dir = context.cacheDir.resolve("photos/picked").apply { mkdirs() }
    val file = File(dir, "picked-$index")
    val input = context.contentResolver.openInputStream(uri) ?: throw IOException("no content at $uri")
    input.use { i -> file.outputStream().use { o -> i.copyTo(o) } }
    return file
}

package org.hagukumi.handbook.app

import java.math.BigDecimal
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.LocalTime
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import org.hagukumi.core.Answer
import org.hagukumi.core.ErrorKind
import org.hagukumi.core.FieldInput
import org.hagukumi.core.FieldProblem
import org.hagukumi.core.FieldValue
import org.hagukumi.core.FilledForm
import org.hagukumi.core.Form
import org.hagukumi.core.FormAlert
import org.hagukumi.core.FormField
import org.hagukumi.core.FormInput
import org.hagukumi.core.FormSaved
import org.hagukumi.core.HandbookException
import org.hagukumi.core.RecordId
import org.hagukumi.core.Subject
import org.hagukumi.ffi.parseFormValue
import org.hagukumi.handbook.HandbookStore
import org.hagukumi.handbook.kind
import org.hagukumi.handbook.userMessage

/*
 * The one form editor of the app: it holds any page the core describes (a `Form`)
 * and what the family has entered in each field, turns each entry into the value
 * the field's input type takes, and asks the core whether the page can be saved.
 * What is valid and every message come from the core (`formCheck`, `formSubmit`):
 * the editor only holds state (typed text is read by the core too), so a page added to the core's data is
 * edited here without new code.
 */

/**
 * What the family has entered in one field, as the screen's controls hold it. Each
 * input type uses the parts it needs (a number field its [text], a "when" field
 * [yes] and [date] …); [valueOf] reads them by the field's type.
 */
data class FieldEntry(
    /** Typed text: a number, a whole number or a text; the weeks of a gestation. */
    val text: String = "",
    /** The days of a gestation (0–6); blank counts as 0 once weeks are given. */
    val days: String = "",
    /** The answer of a yes/no or "when" field; null: not answered. */
    val yes: Boolean? = null,
    /** The date picked for a date, date-time or "when" field. */
    val date: LocalDate? = null,
    /** The time picked for a date-time field. */
    val time: LocalTime? = null,
    /** The value of the option chosen. */
    val option: String? = null,
    /** The ids of the photos imported for a photo field, in order. */
    val photos: List<String> = emptyList(),
)

/**
 * The value an entry gives [field]; null when nothing is entered (the field is left
 * out, and the core says if it is required). Typed text (a number, a gestation) is
 * read by the core as the CLI reads it (`parseFormValue`: full-width digits, a unit
 * typed after the number, 39週2日); text it cannot read throws its [HandbookException],
 * whose message names the field.
 */
fun valueOf(field: FormField, entry: FieldEntry): FieldValue? = when (val input = field.input) {
    FieldInput.YesNo -> entry.yes?.let { if (it) FieldValue.Yes else FieldValue.No }
    FieldInput.When -> when {
        entry.yes == false -> FieldValue.No
        entry.date != null -> FieldValue.When(entry.date)
        entry.yes == true -> FieldValue.Yes
        else -> null
    }
    FieldInput.Date -> entry.date?.let { FieldValue.Date(it) }
    FieldInput.DateTime -> entry.date?.let { day ->
        // A day without its time is sent as a day: the core asks for the time.
        entry.time?.let { FieldValue.DateTime(LocalDateTime.of(day, it)) } ?: FieldValue.Date(day)
    }
    FieldInput.Gestation -> {
        val weeks = entry.text.trim()
        val days = entry.days.trim()
        if (weeks.isEmpty() && days.isEmpty()) null else parseFormValue(field, "$weeks+$days")
    }
    is FieldInput.Number, is FieldInput.Integer -> entry.text.trim().takeIf { it.isNotEmpty() }?.let { parseFormValue(field, it) }
    is FieldInput.Choice -> entry.option?.let { FieldValue.Choice(it) }
    is FieldInput.Text -> entry.text.trim().takeIf { it.isNotEmpty() }?.let { FieldValue.Text(it) }
    is FieldInput.Photos -> entry.photos.takeIf { it.isNotEmpty() }?.let { FieldValue.Photos(it) }
}

/** The entry showing a stored [value] (a record read for editing, a default). */
fun entryOf(value: FieldValue): FieldEntry = when (value) {
    FieldValue.Yes -> FieldEntry(yes = true)
    FieldValue.No -> FieldEntry(yes = false)
    is FieldValue.When -> FieldEntry(yes = true, date = value.date)
    is FieldValue.Number -> FieldEntry(text = BigDecimal.valueOf(value.value).stripTrailingZeros().toPlainString())
    is FieldValue.Integer -> FieldEntry(text = value.value.toString())
    is FieldValue.Date -> FieldEntry(date = value.date)
    is FieldValue.DateTime -> FieldEntry(date = value.at.toLocalDate(), time = value.at.toLocalTime())
    is FieldValue.Gestation -> FieldEntry(text = value.weeks.toString(), days = value.days.toString())
    is FieldValue.Choice -> FieldEntry(option = value.option)
    is FieldValue.Text -> FieldEntry(text = value.text)
    is FieldValue.Photos -> FieldEntry(photos = value.refs)
}

/** What the form screen draws besides the form itself. */
data class FormEditorState(
    /** Each field's entry, by field id. */
    val entries: Map<String, FieldEntry> = emptyMap(),
    /** The core's messages for each field, by field id (shown under the field). */
    val problems: Map<String, List<String>> = emptyMap(),
    /** The core's messages about the whole page (shown above the save button). */
    val pageProblems: List<String> = emptyList(),
    /** A save or delete is under way: the buttons wait. */
    val busy: Boolean = false,
    /** What the family must hear at once after a save (stool colour 1–3 …). */
    val alerts: List<FormAlert> = emptyList(),
    /** The record saved (the new record's id, or the edited one's). */
    val saved: RecordId? = null,
    /**
     * The core found a record like this one already saved (LIKELY_DUPLICATE): its
     * message, naming what exists. The screen asks "save anyway?": [FormEditor.confirmDuplicate]
     * saves it, [FormEditor.cancelDuplicate] keeps the page as it is.
     */
    val duplicate: String? = null,
    /** Saved, but worth a second look (a weight far from the last one): the core's sentences. */
    val notes: List<String> = emptyList(),
)

/**
 * One page being filled: a new record ([blank]) or a record read back for editing
 * ([open]). Holds the entries; [check], [submit] and [delete] ask the core.
 */
class FormEditor private constructor(
    private val store: HandbookStore,
    filled: FilledForm,
) {
    /** The page as the core describes it, in the store's language. */
    val form: Form = filled.form
    /** Whom the record is about (none for the family's pages, a new pregnancy or child). */
    val subject: Subject? = filled.subject
    /** The record edited; null for a new one. */
    val record: RecordId? = filled.record

    /** Every field of the page, in order. */
    val fields: List<FormField> = form.sections.flatMap { it.fields }

    private val state = MutableStateFlow(FormEditorState(entries = filled.values.associate { it.field to entryOf(it.value) }))
    val ui: StateFlow<FormEditorState> = state.asStateFlow()

    fun field(id: String): FormField? = fields.firstOrNull { it.id == id }

    fun entry(fieldId: String): FieldEntry = state.value.entries[fieldId] ?: FieldEntry()

    /** Change one field's entry; its old messages go (the next check says again). */
    fun edit(fieldId: String, change: (FieldEntry) -> FieldEntry) = state.update {
        it.copy(
            entries = it.entries + (fieldId to change(it.entries[fieldId] ?: FieldEntry())),
            problems = it.problems - fieldId,
            duplicate = null,
        )
    }

    fun setText(fieldId: String, text: String) = edit(fieldId) { it.copy(text = text) }
    fun setDays(fieldId: String, days: String) = edit(fieldId) { it.copy(days = days) }
    fun setYes(fieldId: String, yes: Boolean?) = edit(fieldId) { it.copy(yes = yes, date = if (yes == false) null else it.date) }
    fun setDate(fieldId: String, date: LocalDate?) = edit(fieldId) { it.copy(date = date, yes = if (date != null) true else it.yes) }
    fun setTime(fieldId: String, time: LocalTime?) = edit(fieldId) { it.copy(time = time) }
    fun choose(fieldId: String, option: String?) = edit(fieldId) { it.copy(option = option) }
    fun setPhotos(fieldId: String, refs: List<String>) = edit(fieldId) { it.copy(photos = refs) }

    /** Put a stored value in a field (a vaccine and dose chosen on the plan). */
    fun preset(value: Answer) = edit(value.field) { entryOf(value.value) }

    /**
     * The values entered, in the page's order, one per field id; fields left empty,
     * and typed text the core cannot read (see [unreadable]), are left out.
     */
    fun values(): List<Answer> = read().first

    /** The core's message for each field whose typed text it cannot read, by field id. */
    fun unreadable(): Map<String, String> = read().second

    private fun read(): Pair<List<Answer>, Map<String, String>> {
        val answers = mutableListOf<Answer>()
        val unreadable = mutableMapOf<String, String>()
        for (f in fields.distinctBy { it.id }) {
            val entry = state.value.entries[f.id] ?: continue
            try {
                valueOf(f, entry)?.let { answers += Answer(f.id, it) }
            } catch (e: HandbookException) {
                unreadable[f.id] = e.userMessage(store.lang)
            }
        }
        return answers to unreadable
    }

    /** The filled page as the core takes it; [force]: the family confirmed a likely duplicate. */
    fun input(force: Boolean = false): FormInput =
        FormInput(form = form.id, subject = subject, record = record, values = values(), force = force)

    /**
     * Ask the core what is wrong (writes nothing) and keep its messages by field: the
     * text it could not read, then what it says of the values read. Returns them;
     * empty: the page can be saved.
     */
    suspend fun check(): List<FieldProblem> {
        val (values, unreadable) = HandbookStore.io { read() }
        val checked = store.call { formCheck(FormInput(form.id, subject, record, values, false), store.lang) }
        // A field whose text was not read is "missing" to the core: its own message says more.
        val problems = unreadable.map { (f, m) -> FieldProblem(f, m) } + checked.filter { it.field !in unreadable }
        show(problems)
        return problems
    }

    /**
     * Check, then save (a new record, or the edit of [record]). Returns what was
     * saved with its alerts and notes, or null when the core found problems (now shown
     * by field), found a likely duplicate (now in [FormEditorState.duplicate], for the
     * family to confirm), or refused the save (its message shown on the page).
     */
    suspend fun submit(): FormSaved? = save(force = false)

    /** The family confirmed the likely duplicate: save it as a record of its own. */
    suspend fun confirmDuplicate(): FormSaved? = save(force = true)

    /** The family chose not to save the likely duplicate: the page stays as entered. */
    fun cancelDuplicate() = state.update { it.copy(duplicate = null) }

    private suspend fun save(force: Boolean): FormSaved? {
        state.update { it.copy(busy = true, duplicate = null) }
        try {
            if (check().isNotEmpty()) return null
            val saved = store.call { formSubmit(input(force), store.lang) }
            state.update { it.copy(alerts = saved.alerts, notes = saved.notes, saved = saved.id) }
            return saved
        } catch (e: HandbookException) {
            if (e.kind == ErrorKind.LIKELY_DUPLICATE) {
                state.update { it.copy(duplicate = e.userMessage(store.lang)) }
            } else {
                state.update { it.copy(pageProblems = listOf(e.userMessage(store.lang))) }
            }
            return null
        } finally {
            state.update { it.copy(busy = false) }
        }
    }

    /** Delete the record edited (nothing to delete on a new page). */
    suspend fun delete() {
        val id = record ?: return
        store.call { formDelete(form.id, id) }
    }

    /** The alerts were shown and acknowledged. */
    fun dismissAlerts() = state.update { it.copy(alerts = emptyList()) }

    private fun show(problems: List<FieldProblem>) = state.update { s ->
        s.copy(
            problems = problems.filter { it.field != null }.groupBy({ it.field!! }, { it.message }),
            pageProblems = problems.filter { it.field == null }.map { it.message },
        )
    }

    companion object {
        /** A new record of page [formId] about [subject], with the core's defaults (today …). */
        suspend fun blank(store: HandbookStore, formId: String, subject: Subject?): FormEditor =
            FormEditor(store, store.call { formBlank(formId, subject, store.lang) })

        /** Record [record] of page [formId], read back for editing. */
        suspend fun open(store: HandbookStore, formId: String, record: RecordId): FormEditor =
            FormEditor(store, store.call { formRead(formId, record, store.lang) })
    }
}

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
import org.hagukumi.handbook.HandbookStore
import org.hagukumi.handbook.userMessage

/*
 * The one form editor of the app: it holds any page the core describes (a `Form`)
 * and what the family has entered in each field, turns each entry into the value
 * the field's input type takes, and asks the core whether the page can be saved.
 * What is valid and every message come from the core (`formCheck`, `formSubmit`):
 * the editor only converts and holds state, so a page added to the core's data is
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
 * The value an entry gives a field of type [input]; null when nothing is entered
 * (the field is left out, and the core says if it is required). Text that is not a
 * number is sent as text, so the core's own message ("takes a number") is shown.
 */
fun valueOf(input: FieldInput, entry: FieldEntry): FieldValue? = when (input) {
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
    FieldInput.Gestation -> gestationOf(entry)
    is FieldInput.Number -> numberOf(entry.text)
    is FieldInput.Integer -> numberOf(entry.text)
    is FieldInput.Choice -> entry.option?.let { FieldValue.Choice(it) }
    is FieldInput.Text -> entry.text.trim().takeIf { it.isNotEmpty() }?.let { FieldValue.Text(it) }
    is FieldInput.Photos -> entry.photos.takeIf { it.isNotEmpty() }?.let { FieldValue.Photos(it) }
}

/** A typed number: an integer when it is whole, else a decimal; unreadable text as text. */
private fun numberOf(text: String): FieldValue? {
    val plain = text.halfWidth().replace(',', '.')
    if (plain.isEmpty()) return null
    plain.toLongOrNull()?.let { return FieldValue.Integer(it) }
    plain.toDoubleOrNull()?.takeIf { it.isFinite() }?.let { return FieldValue.Number(it) }
    return FieldValue.Text(text.trim())
}

private fun gestationOf(entry: FieldEntry): FieldValue? {
    val weeks = entry.text.halfWidth()
    val days = entry.days.halfWidth()
    if (weeks.isEmpty() && days.isEmpty()) return null
    val w = weeks.toIntOrNull()
    val d = if (days.isEmpty()) 0 else days.toIntOrNull()
    return if (w != null && d != null && w in 0..255 && d in 0..255) {
        FieldValue.Gestation(w.toUByte(), d.toUByte())
    } else {
        FieldValue.Text("${entry.text.trim()}+${entry.days.trim()}")
    }
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

/** Full-width digits and punctuation as ASCII (what an IME in Japanese mode types). */
internal fun String.halfWidth(): String = buildString {
    for (c in this@halfWidth.trim()) {
        append(
            when (c) {
                in '０'..'９' -> '0' + (c - '０')
                '．' -> '.'
                '－', 'ー', '―', '‐', '−' -> '-'
                '，', '、' -> ','
                else -> c
            },
        )
    }
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
        it.copy(entries = it.entries + (fieldId to change(it.entries[fieldId] ?: FieldEntry())), problems = it.problems - fieldId)
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
     * The values entered, in the page's order, one per field id (a page that lists an
     * id twice shares one entry); fields left empty are left out.
     */
    fun values(): List<Answer> = fields.distinctBy { it.id }.mapNotNull { f ->
        state.value.entries[f.id]?.let { valueOf(f.input, it) }?.let { Answer(f.id, it) }
    }

    /** The filled page as the core takes it. */
    fun input(): FormInput = FormInput(form = form.id, subject = subject, record = record, values = values())

    /**
     * Ask the core what is wrong (writes nothing) and keep its messages by field.
     * Returns them; empty: the page can be saved.
     */
    suspend fun check(): List<FieldProblem> {
        val problems = store.call { formCheck(input(), store.lang) }
        show(problems)
        return problems
    }

    /**
     * Check, then save (a new record, or the edit of [record]). Returns what was
     * saved with its alerts, or null when the core found problems (now shown by field)
     * or refused the save (its message shown on the page).
     */
    suspend fun submit(): FormSaved? {
        state.update { it.copy(busy = true) }
        try {
            if (check().isNotEmpty()) return null
            val saved = store.call { formSubmit(input(), store.lang) }
            state.update { it.copy(alerts = saved.alerts, saved = saved.id) }
            return saved
        } catch (e: HandbookException) {
            state.update { it.copy(pageProblems = listOf(e.userMessage(store.lang))) }
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

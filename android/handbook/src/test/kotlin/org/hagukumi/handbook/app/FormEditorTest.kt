package org.hagukumi.handbook.app

import java.time.LocalDate
import java.time.LocalTime
import kotlinx.coroutines.runBlocking
import org.hagukumi.core.AlertKind
import org.hagukumi.core.ChoiceOption
import org.hagukumi.core.FieldInput
import org.hagukumi.core.FieldValue
import org.hagukumi.core.FormField
import org.hagukumi.core.HandbookException
import org.hagukumi.core.Lang
import org.hagukumi.core.Subject
import org.hagukumi.handbook.HandbookStore
import org.hagukumi.handbook.aGirl
import org.hagukumi.handbook.userMessage
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** The form editor's conversions (what a Japanese keyboard and the pickers give) and its round trip with the core. */
class FormEditorTest {
    private fun field(input: FieldInput, id: String = "f") = FormField(
        id = id, label = "体重", help = null, input = input, required = false, alert = null,
    )
    private val number = field(FieldInput.Number("kg", 0.2, 150.0, 0.001))
    private val integer = field(FieldInput.Integer("mmHg", 50, 260))

    @Test
    fun `typed text is read by the core as the CLI reads it, and text it cannot read gets its message naming the field`() {
        assertEquals(FieldValue.Number(3.125), valueOf(number, FieldEntry(text = "３．１２５")))
        assertEquals(FieldValue.Number(3.1), valueOf(number, FieldEntry(text = " 3.1 kg ")))
        assertEquals(FieldValue.Integer(120), valueOf(integer, FieldEntry(text = "１２０")))
        // A decimal in a whole-number field, a word in a number field, a number out of
        // range: the core's message, in both languages, naming the field.
        for ((f, text) in listOf(integer to "120.5", number to "abc", number to "151")) {
            val e = assertThrows(HandbookException::class.java) { valueOf(f, FieldEntry(text = text)) }
            assertTrue(e.userMessage(Lang.JA).contains("体重"), e.userMessage(Lang.JA))
            assertTrue(e.userMessage(Lang.EN).isNotBlank())
        }
    }

    @Test
    fun `empty entries clear a value`() {
        assertNull(valueOf(number, FieldEntry(text = "  ")))
        assertNull(valueOf(integer, FieldEntry()))
        for (input in listOf(
            FieldInput.Text(100u, false), FieldInput.YesNo, FieldInput.When, FieldInput.Date, FieldInput.Gestation,
            FieldInput.Choice(listOf(ChoiceOption("a", "A"))), FieldInput.Photos(3u),
        )) {
            assertNull(valueOf(field(input), FieldEntry(text = if (input is FieldInput.Text) " \n " else "")), "$input")
        }
        assertNull(valueOf(field(FieldInput.DateTime), FieldEntry(time = LocalTime.NOON)))
    }

    @Test
    fun `pickers give dates, date-times, when, gestation and choices`() {
        val day = LocalDate.of(2026, 5, 1)
        fun v(input: FieldInput, entry: FieldEntry) = valueOf(field(input), entry)
        assertEquals(FieldValue.Date(day), v(FieldInput.Date, FieldEntry(date = day)))
        assertEquals(FieldValue.DateTime(day.atTime(14, 5)), v(FieldInput.DateTime, FieldEntry(date = day, time = LocalTime.of(14, 5))))
        // A day without its time goes as a day: the core asks for the time.
        assertEquals(FieldValue.Date(day), v(FieldInput.DateTime, FieldEntry(date = day)))
        assertEquals(FieldValue.No, v(FieldInput.When, FieldEntry(yes = false, date = day)))
        assertEquals(FieldValue.Yes, v(FieldInput.When, FieldEntry(yes = true)))
        assertEquals(FieldValue.When(day), v(FieldInput.When, FieldEntry(date = day)))
        assertEquals(FieldValue.Gestation(38u, 0u), v(FieldInput.Gestation, FieldEntry(text = "３８")))
        assertEquals(FieldValue.Gestation(38u, 2u), v(FieldInput.Gestation, FieldEntry(text = "38", days = "2")))
        assertThrows(HandbookException::class.java) { v(FieldInput.Gestation, FieldEntry(text = "38", days = "x")) }
        assertEquals(FieldValue.Choice("b"), v(FieldInput.Choice(listOf(ChoiceOption("b", "B"))), FieldEntry(option = "b")))
        // What is read back shows as it was entered.
        for (value in listOf(FieldValue.Number(3.1), FieldValue.Integer(7), FieldValue.When(day), FieldValue.Gestation(39u, 6u), FieldValue.Yes, FieldValue.No)) {
            val f = when (value) {
                is FieldValue.Number -> number
                is FieldValue.Integer -> field(FieldInput.Integer("", 0, 10))
                is FieldValue.Gestation -> field(FieldInput.Gestation)
                is FieldValue.When -> field(FieldInput.When)
                else -> field(FieldInput.YesNo)
            }
            assertEquals(value, valueOf(f, entryOf(value)), "$value")
        }
        assertEquals("3.1", entryOf(FieldValue.Number(3.1)).text)
        assertEquals("3", entryOf(FieldValue.Number(3.0)).text)
    }

    @Test
    fun `a second identical measurement is refused as a likely duplicate until the family confirms it`() = runBlocking {
        val today = LocalDate.of(2026, 11, 25)
        HandbookStore.inMemory(Lang.JA, today).use { store ->
            val subject = Subject.Child(store.call { addChild(aGirl("さくら", today.minusDays(40))) }.meta.id)
            suspend fun measure(): FormEditor = FormEditor.blank(store, "growth", subject).also {
                it.setText("weight_kg", "４．２")
                it.setText("length_cm", "54")
            }
            val first = measure().submit()
            assertTrue(first != null)
            val again = measure()
            assertNull(again.submit())
            val message = again.ui.value.duplicate
            assertTrue(message != null && message.contains(today.toString()), "the core's message names what exists: $message")
            assertTrue(again.ui.value.problems.isEmpty() && again.ui.value.pageProblems.isEmpty())
            assertEquals(1, store.call { formRecords("growth", subject, Lang.JA) }.size, "nothing saved before the family confirms")
            // "No": the page stays as entered, nothing saved.
            again.cancelDuplicate()
            assertNull(again.ui.value.duplicate)
            assertNull(again.submit())
            assertTrue(again.ui.value.duplicate != null)
            // "Save anyway".
            val second = again.confirmDuplicate()
            assertTrue(second != null && second.id != first!!.id, "${again.ui.value}")
            assertNull(again.ui.value.duplicate)
            assertEquals(2, store.call { formRecords("growth", subject, Lang.JA) }.size)
        }
    }

    @Test
    fun `a measurement far from the last one is saved with the core's notes`() = runBlocking {
        val today = LocalDate.of(2026, 11, 25)
        HandbookStore.inMemory(Lang.JA, today).use { store ->
            val subject = Subject.Child(store.call { addChild(aGirl("さくら", today.minusDays(56), 3.1)) }.meta.id)
            val ordinary = FormEditor.blank(store, "growth", subject)
            ordinary.setDate("measured_on", today.minusDays(1))
            ordinary.setText("weight_kg", "5.0")
            assertEquals(emptyList<String>(), ordinary.submit()!!.notes, "an ordinary 8-week weight")
            val far = FormEditor.blank(store, "growth", subject)
            far.setText("weight_kg", "12.5")
            val saved = far.submit()
            assertTrue(saved != null && saved.notes.isNotEmpty(), "12.5 kg at 8 weeks is saved with a note: $saved")
            assertEquals(saved!!.notes, far.ui.value.notes)
            assertTrue(saved.notes.all { it.isNotBlank() })
        }
    }

    @Test
    fun `the editor shows the core's message under the field, saves, raises the stool colour alert, clears a value on edit`() = runBlocking {
        val today = LocalDate.of(2026, 11, 25)
        HandbookStore.inMemory(Lang.JA, today).use { store ->
            val child = store.call { addChild(aGirl("さくら", today.minusDays(20))) }.meta.id
            val subject = Subject.Child(child)
            val growth = FormEditor.blank(store, "growth", subject)
            // The core's default: today.
            assertEquals(today, growth.entry("measured_on").date)
            // Words, not a number: the core says the field takes a number.
            growth.setText("weight_kg", "さんキロ")
            assertTrue(growth.check().isNotEmpty())
            val message = growth.ui.value.problems["weight_kg"].orEmpty()
            assertTrue(message.single().contains("体重"), "$message")
            assertNull(growth.submit())
            // Typing again clears the old message until the next check.
            growth.setText("weight_kg", "３．４５")
            assertTrue(growth.ui.value.problems["weight_kg"] == null)
            growth.setText("length_cm", "５０．５")
            val saved = growth.submit()!!
            assertTrue(saved.alerts.isEmpty())

            // Edit: clearing the length removes it from the record.
            val edit = FormEditor.open(store, "growth", saved.id)
            assertEquals("50.5", edit.entry("length_cm").text)
            edit.setText("length_cm", "")
            assertEquals(saved.id, edit.submit()!!.id)
            val back = store.call { formRead("growth", saved.id, Lang.JA) }.values.map { it.field }
            assertTrue("length_cm" !in back && "weight_kg" in back, "$back")

            // A pale stool colour (1–3) comes back as an alert to call the doctor now.
            val stool = FormEditor.blank(store, "stool_color", subject)
            val colour = stool.fields.first { it.alert != null }
            val at = colour.alert!!.atMost!!
            stool.setText(colour.id, at.toLong().toString())
            stool.fields.filter { it.required && stool.entry(it.id) == FieldEntry() }.forEach { f ->
                (f.input as? FieldInput.Choice)?.let { stool.choose(f.id, it.options.first().value) }
            }
            val alerted = stool.submit()
            assertTrue(alerted != null, "${stool.ui.value.problems} ${stool.ui.value.pageProblems}")
            assertEquals(AlertKind.CONTACT_DOCTOR_NOW, alerted!!.alerts.first().kind)
            assertTrue(stool.ui.value.alerts.first().message.isNotBlank())

            // Delete through the editor: the page lists nothing any more.
            FormEditor.open(store, "growth", saved.id).delete()
            assertTrue(store.call { formRecords("growth", subject, Lang.JA) }.isEmpty())
        }
    }
}

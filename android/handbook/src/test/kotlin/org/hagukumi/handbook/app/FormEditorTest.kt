package org.hagukumi.handbook.app

import java.time.LocalDate
import java.time.LocalTime
import kotlinx.coroutines.runBlocking
import org.hagukumi.core.AlertKind
import org.hagukumi.core.ChoiceOption
import org.hagukumi.core.FieldInput
import org.hagukumi.core.FieldValue
import org.hagukumi.core.Lang
import org.hagukumi.core.Subject
import org.hagukumi.handbook.HandbookStore
import org.hagukumi.handbook.aGirl
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** The form editor's conversions (what a Japanese keyboard and the pickers give) and its round trip with the core. */
class FormEditorTest {
    private val number = FieldInput.Number("kg", 0.2, 150.0, 0.001)
    private val integer = FieldInput.Integer("mmHg", 50, 260)

    @Test
    fun `full-width digits and a decimal comma become numbers, whole numbers integers`() {
        assertEquals(FieldValue.Number(3.125), valueOf(number, FieldEntry(text = "３．１２５")))
        assertEquals(FieldValue.Number(3.1), valueOf(number, FieldEntry(text = " 3,1 ")))
        assertEquals(FieldValue.Integer(120), valueOf(integer, FieldEntry(text = "１２０")))
        // A decimal in a whole-number field goes to the core as it is: the core says "a whole number".
        assertEquals(FieldValue.Number(120.5), valueOf(integer, FieldEntry(text = "120.5")))
        // Unreadable text is sent as text, so the core's message ("takes a number") is shown.
        assertEquals(FieldValue.Text("abc"), valueOf(number, FieldEntry(text = "abc")))
    }

    @Test
    fun `empty entries clear a value`() {
        assertNull(valueOf(number, FieldEntry(text = "  ")))
        assertNull(valueOf(integer, FieldEntry()))
        assertNull(valueOf(FieldInput.Text(100u, false), FieldEntry(text = " \n ")))
        assertNull(valueOf(FieldInput.YesNo, FieldEntry()))
        assertNull(valueOf(FieldInput.When, FieldEntry()))
        assertNull(valueOf(FieldInput.Date, FieldEntry()))
        assertNull(valueOf(FieldInput.DateTime, FieldEntry(time = LocalTime.NOON)))
        assertNull(valueOf(FieldInput.Gestation, FieldEntry()))
        assertNull(valueOf(FieldInput.Choice(listOf(ChoiceOption("a", "A"))), FieldEntry()))
        assertNull(valueOf(FieldInput.Photos(3u), FieldEntry()))
    }

    @Test
    fun `pickers give dates, date-times, when, gestation and choices`() {
        val day = LocalDate.of(2026, 5, 1)
        assertEquals(FieldValue.Date(day), valueOf(FieldInput.Date, FieldEntry(date = day)))
        assertEquals(FieldValue.DateTime(day.atTime(14, 5)), valueOf(FieldInput.DateTime, FieldEntry(date = day, time = LocalTime.of(14, 5))))
        // A day without its time goes as a day: the core asks for the time.
        assertEquals(FieldValue.Date(day), valueOf(FieldInput.DateTime, FieldEntry(date = day)))
        assertEquals(FieldValue.No, valueOf(FieldInput.When, FieldEntry(yes = false, date = day)))
        assertEquals(FieldValue.Yes, valueOf(FieldInput.When, FieldEntry(yes = true)))
        assertEquals(FieldValue.When(day), valueOf(FieldInput.When, FieldEntry(date = day)))
        assertEquals(FieldValue.Gestation(38u, 0u), valueOf(FieldInput.Gestation, FieldEntry(text = "３８")))
        assertEquals(FieldValue.Gestation(38u, 2u), valueOf(FieldInput.Gestation, FieldEntry(text = "38", days = "2")))
        assertEquals(FieldValue.Text("38+x"), valueOf(FieldInput.Gestation, FieldEntry(text = "38", days = "x")))
        assertEquals(FieldValue.Choice("b"), valueOf(FieldInput.Choice(listOf(ChoiceOption("b", "B"))), FieldEntry(option = "b")))
        // What is read back shows as it was entered.
        for (v in listOf(FieldValue.Number(3.1), FieldValue.Integer(7), FieldValue.When(day), FieldValue.Gestation(39u, 6u), FieldValue.Yes, FieldValue.No)) {
            val input = when (v) {
                is FieldValue.Number, is FieldValue.Integer -> number
                is FieldValue.Gestation -> FieldInput.Gestation
                is FieldValue.When -> FieldInput.When
                else -> FieldInput.YesNo
            }
            assertEquals(v, valueOf(input, entryOf(v)), "$v")
        }
        assertEquals("3.1", entryOf(FieldValue.Number(3.1)).text)
        assertEquals("3", entryOf(FieldValue.Number(3.0)).text)
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
            growth.setText("weight_kg", "３ｋｇ")
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

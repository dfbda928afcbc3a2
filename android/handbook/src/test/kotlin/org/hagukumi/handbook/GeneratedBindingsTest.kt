package org.hagukumi.handbook

import org.hagukumi.handbook.app.inLang
import org.hagukumi.core.BirthMeasurements
import org.hagukumi.core.Child
import org.hagukumi.core.ErrorKind
import org.hagukumi.core.Field
import org.hagukumi.core.GrowthMeasurement
import org.hagukumi.core.HandbookException
import org.hagukumi.core.Lang
import org.hagukumi.core.Sex
import org.hagukumi.ffi.Handbook
import org.hagukumi.ffi.OpenOptions
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Test
import java.time.LocalDate

/** The generated bindings without the facade: what a shell sees if it skips it. */
class GeneratedBindingsTest {
    private val newborn = "A weight of 40 kg is not possible for a newborn (expected 0.2–7 kg). " +
        "Please check the number and the decimal point."
    private val options = OpenOptions(today = LocalDate.of(2026, 1, 15))

    @Test
    fun `generated errors carry both messages and print as the English one`() {
        Handbook.inMemory(options).use { hb ->
            val child = hb.addChild(
                Child(name = "Hana", sex = Sex.FEMALE, birthDate = LocalDate.of(2025, 10, 3), birthOrder = 1u, birth = BirthMeasurements()),
            )
            val e = assertThrowing<HandbookException.Failed> {
                hb.addGrowth(GrowthMeasurement(childId = child.meta.id, measuredOn = LocalDate.of(2025, 10, 5), weightKg = 40.0))
            }
            assertEquals(ErrorKind.VALIDATION, e.kind)
            assertEquals(Field.WEIGHT, e.field)
            assertEquals(newborn, e.messages.inLang(Lang.EN))
            assertEquals("体重40kgは新生児としてありえない値です（0.2〜7kg）。数字と小数点を確認してください。", e.messages.inLang(Lang.JA))
            assertEquals(listOf(Lang.JA, Lang.EN), e.messages.map { it.lang }.take(2), "every catalog language, Japanese first")
            assertEquals(newborn, e.toString(), "Display is exported as toString()")
            assertEquals(newborn, (e as HandbookException).userMessage(Lang.EN), "the facade's message")
        }
    }

    @Test
    fun `a missing record is NotFound, named in the message`() {
        Handbook.inMemory(options).use { hb ->
            val e = assertThrowing<HandbookException.Failed> {
                hb.childSummary("0199b5a8-6c1e-7e4a-9d1b-3c2a1f0e9d8c", Lang.EN)
            }
            assertEquals(ErrorKind.NOT_FOUND, e.kind)
            // The record's kind and id are no longer fields of the error: the message names them.
            assertEquals("No child with id 0199b5a8-6c1e-7e4a-9d1b-3c2a1f0e9d8c (it may have been deleted).", e.messages.inLang(Lang.EN))
        }
    }

    @Test
    fun `a file that is not a handbook is refused`() {
        val f = kotlin.io.path.createTempFile("not-a-handbook", ".sqlite").toFile()
        try {
            f.writeText("hello, this is not SQLite at all ".repeat(200))
            val e = assertThrowing<HandbookException.Failed> { Handbook.open(f.path) }
            // SQLite reads a text file this long as a damaged database.
            assertEquals(ErrorKind.CORRUPT, e.kind)
            assertFalse(e.userCanFix)
        } finally {
            f.delete()
        }
    }
}

package org.hagukumi.handbook

import org.hagukumi.ffi.BirthMeasurements
import org.hagukumi.ffi.Child
import org.hagukumi.ffi.GrowthMeasurement
import org.hagukumi.ffi.Handbook
import org.hagukumi.ffi.HandbookException
import org.hagukumi.ffi.Lang
import org.hagukumi.ffi.OpenOptions
import org.hagukumi.ffi.RecordKind
import org.hagukumi.ffi.Sex
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/** The generated bindings without the facade: what a shell sees if it skips it. */
class GeneratedBindingsTest {
    private val newborn = "A weight of 40 kg is not possible for a newborn (expected 0.2–7 kg). " +
        "Please check the number and the decimal point."

    @Test
    fun `generated errors carry both messages and print as the English one`() {
        Handbook.inMemory(OpenOptions(today = "2026-01-15")).use { hb ->
            val child = hb.addChild(Child(name = "Hana", sex = Sex.FEMALE, birthDate = "2025-10-03", birth = BirthMeasurements()))
            val e = assertThrowing<HandbookException.Invalid> {
                hb.addGrowth(GrowthMeasurement(childId = child.id, measuredOn = "2025-10-05", weightKg = 40.0))
            }
            assertEquals(newborn, e.messageEn)
            assertEquals("体重40kgは新生児としてありえない値です（0.2〜7kg）。数字と小数点を確認してください。", e.messageJa)
            assertEquals(newborn, e.toString(), "Display is exported as toString()")
            assertEquals(newborn, org.hagukumi.handbook.HandbookException.from(e).message, "the facade's message")
        }
    }

    @Test
    fun `a missing record is NotFound with its kind`() {
        Handbook.inMemory(OpenOptions(today = "2026-01-15")).use { hb ->
            val e = assertThrowing<HandbookException.NotFound> {
                hb.childSummary("0199b5a8-6c1e-7e4a-9d1b-3c2a1f0e9d8c", Lang.EN)
            }
            assertEquals(RecordKind.CHILD, e.kind)
            assertEquals("0199b5a8-6c1e-7e4a-9d1b-3c2a1f0e9d8c", e.id)
        }
    }

    @Test
    fun `a file that is not a handbook is refused`() {
        val f = kotlin.io.path.createTempFile("not-a-handbook", ".sqlite").toFile()
        try {
            f.writeText("hello, this is not SQLite at all ".repeat(200))
            assertThrowing<HandbookException.FileUnusable> { Handbook.open(f.path) }
        } finally {
            f.delete()
        }
    }
}

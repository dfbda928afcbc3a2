package org.hagukumi.handbook.app

import java.io.IOException
import java.time.LocalDate
import java.time.ZoneId
import org.hagukumi.core.Field
import org.hagukumi.core.Lang
import org.hagukumi.core.RecordKind
import org.hagukumi.core.Subject
import org.hagukumi.core.VaccineCode
import org.hagukumi.core.BackupReport
import org.hagukumi.ffi.Change
import org.hagukumi.core.RescueReport
import org.hagukumi.core.TableRescue
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** The app's decisions that need no handbook: reading form text, back navigation, labels. */
class AppLogicTest {
    @Test
    fun `dates typed on a Japanese keyboard are read, impossible ones are not`() {
        val day = LocalDate.of(2025, 10, 3)
        for (text in listOf("2025-10-03", "2025/10/03", "2025/10/3", "2025.10.3", "２０２５／１０／０３", "２０２５－１０－０３", " 2025-10-03 ")) {
            assertEquals(day, parseDateInput(text), text)
        }
        for (text in listOf("", "3/10/2025", "2025-02-30", "25-10-03", "2025-10", "2025-1O-03", "today")) {
            assertNull(parseDateInput(text), text)
        }
        val e = assertThrows(InputException::class.java) { requireDate("2025-02-30", Field.BIRTH_DATE) }
        assertEquals(Field.BIRTH_DATE, e.field)
        assertEquals("「2025-02-30」は日付として読めません。2025-10-03 のように入力してください。", e.userMessage(Lang.JA))
    }

    @Test
    fun `numbers take a decimal comma and full-width digits, blank is not entered`() {
        assertEquals(3.1, parseNumberInput("3.1"))
        assertEquals(3.1, parseNumberInput("3,1"))
        assertEquals(3.1, parseNumberInput("３．１"))
        assertNull(optionalNumber("  ", Field.WEIGHT))
        val e = assertThrows(InputException::class.java) { optionalNumber("3kg", Field.WEIGHT) }
        assertEquals(Field.WEIGHT, e.field)
        assertNull(optionalText("   "))
        assertEquals("Y7", optionalText(" Y7 "))
    }

    @Test
    fun `back leads from each form to where it was opened, and out of the app from Home`() {
        val id = "0190b6a0-0000-7000-8000-000000000000"
        val plan = Screen.Vaccinations(id, "Hana")
        assertNull(Screen.Home.up())
        assertEquals(Screen.ChildCard(id), Screen.AddGrowth(id).up())
        assertEquals(Screen.ChildCard(id), plan.up())
        assertEquals(plan, Screen.RecordVaccination(plan, VaccineCode.BCG, 1u, "BCG").up())
        assertEquals(Screen.ChildCard(id), Screen.AddDiary(Subject.Child(id)).up())
        assertEquals(Screen.Home, Screen.AddDiary(Subject.Pregnancy(id)).up())
        assertEquals(Screen.ChildCard(id), Screen.Timeline(Subject.Child(id), "Hana").up())
        assertEquals(Screen.Home, Screen.Timeline(Subject.Pregnancy(id), "10w").up())
        for (s in listOf(Screen.ChildCard(id), Screen.AddChild, Screen.Notices, Screen.City, Screen.Sharing)) {
            assertEquals(Screen.Home, s.up(), "$s")
        }
    }

    @Test
    fun `reminders are rescheduled for doses, children, pregnancies and merges, not for the feed`() {
        assertTrue(affectsReminders(Change.Records(RecordKind.VACCINATION)))
        assertTrue(affectsReminders(Change.Records(RecordKind.CHILD)))
        assertTrue(affectsReminders(Change.Records(RecordKind.INFANT_CHECKUP)))
        assertTrue(affectsReminders(Change.Merged))
        assertFalse(affectsReminders(Change.Records(RecordKind.DIARY)))
        assertFalse(affectsReminders(Change.Records(RecordKind.GROWTH)))
        assertFalse(affectsReminders(Change.Feed))
        assertFalse(affectsReminders(Change.Photos))
    }

    @Test
    fun `a failure that is not the core's still gets a message in the app's language`() {
        assertEquals(
            "A file could not be read or written (disk gone).",
            failureMessage(IOException("disk gone"), Lang.EN),
        )
        val ja = failureMessage(IllegalStateException("boom"), Lang.JA)
        assertTrue(ja.contains("IllegalStateException") && ja.contains("もう一度"), ja)
    }

    @Test
    fun `timestamps are shown on the phone's calendar day`() {
        // 20:00 UTC is already the next morning in Japan.
        assertEquals("2026-01-15", localDay("2026-01-14T20:00:00Z", ZoneId.of("Asia/Tokyo")))
        assertEquals("2026-01-14", localDay("2026-01-14T20:00:00Z", ZoneId.of("UTC")))
        assertEquals("yesterday", localDay("yesterday"))
    }

    @Test
    fun `the rescue summary adds what was saved and lost, and says when a loss could not be counted`() {
        val report = RescueReport(
            backup = BackupReport(bundleId = "0199b5a8-6c1e-7e4a-9d1b-3c2a1f0e9d8c", records = 7uL, photos = 1uL, payloadBytes = 100uL),
            tables = listOf(
                TableRescue(table = "child", saved = 2uL, lost = 0uL, exact = true),
                TableRescue(table = "growth", saved = 5uL, lost = 3uL, exact = true),
            ),
            photosLost = 1uL,
        )
        assertTrue(rescueSummary(report, Lang.EN).startsWith("Rescue backup made: 7 records saved, 3 unreadable, 1 photos lost."))
        val uncounted = report.copy(tables = report.tables + TableRescue(table = "diary", saved = 0uL, lost = null, exact = false))
        assertTrue(rescueSummary(uncounted, Lang.EN).contains("3+ unreadable"), rescueSummary(uncounted, Lang.EN))
    }
}

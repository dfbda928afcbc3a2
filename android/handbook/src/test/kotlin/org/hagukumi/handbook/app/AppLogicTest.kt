package org.hagukumi.handbook.app

import java.io.IOException
import java.time.ZoneId
import org.hagukumi.core.Lang
import org.hagukumi.core.RecordKind
import org.hagukumi.core.Subject
import org.hagukumi.core.BackupReport
import org.hagukumi.ffi.Change
import org.hagukumi.ffi.handbookForms
import org.hagukumi.core.RescueReport
import org.hagukumi.core.TableRescue
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** The app's decisions that need no handbook: back navigation, labels, messages. */
class AppLogicTest {
    @Test
    fun `back leads from each form to where it was opened, and out of the app from Home`() {
        val id = "0190b6a0-0000-7000-8000-000000000000"
        val plan = Screen.Vaccinations(id, "Hana")
        assertNull(Screen.Home.up())
        assertEquals(Screen.ChildCard(id), Screen.Form("growth", Subject.Child(id), null, Screen.ChildCard(id)).up())
        assertEquals(Screen.ChildCard(id), plan.up())
        assertEquals(plan, Screen.Form("vaccination", Subject.Child(id), null, plan).up())
        assertEquals(Screen.Home, Screen.Form("child", null, null, Screen.Home).up())
        val page = Screen.Page(PageLink(handbookForms(Lang.EN).first { it.id == "growth" }, Subject.Child(id)))
        assertEquals(page, Screen.Form("growth", Subject.Child(id), id, page).up())
        assertEquals(Screen.Pages, page.up())
        assertEquals(Screen.ChildCard(id), Screen.Timeline(Subject.Child(id), "Hana").up())
        assertEquals(Screen.Home, Screen.Timeline(Subject.Pregnancy(id), "10w").up())
        for (s in listOf(Screen.ChildCard(id), Screen.Pages, Screen.Notices, Screen.City, Screen.Sharing)) {
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
    fun `the photo check says what is missing, remade and stray, or that all is in place`() {
        val ok = org.hagukumi.core.PhotoCheck(photos = 3u, orphanFiles = emptyList(), missing = emptyList(), unreferenced = emptyList(), repaired = false)
        assertEquals("3 photos, all in place.", photoCheckSummary(ok, Lang.EN))
        val file = org.hagukumi.core.MissingFile(photoId = "p1", file = org.hagukumi.core.PhotoFile.THUMBNAIL, path = "/x", repaired = true)
        val fixed = ok.copy(orphanFiles = listOf("/y"), missing = listOf(file), repaired = true)
        assertEquals("3 photos: 1 file remade, 1 stray file removed.", photoCheckSummary(fixed, Lang.EN))
        assertEquals("写真3枚: 見つからない・壊れたファイル1件、手帳にないファイル1件。", photoCheckSummary(fixed.copy(missing = listOf(file.copy(repaired = false)), repaired = false), Lang.JA))
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
        assertTrue(rescueSummary(report, Lang.EN).startsWith("Rescue backup made: 7 records saved, 3 unreadable, 1 photo lost."))
        val uncounted = report.copy(tables = report.tables + TableRescue(table = "diary", saved = 0uL, lost = null, exact = false))
        assertTrue(rescueSummary(uncounted, Lang.EN).contains("3+ unreadable"), rescueSummary(uncounted, Lang.EN))
    }
}

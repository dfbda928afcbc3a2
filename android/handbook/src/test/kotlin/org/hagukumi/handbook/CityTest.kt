package org.hagukumi.handbook

import kotlinx.coroutines.runBlocking
import org.hagukumi.ffi.BirthMeasurements
import org.hagukumi.ffi.Child
import org.hagukumi.ffi.FeedEntryKind
import org.hagukumi.ffi.Lang
import org.hagukumi.ffi.Sex
import org.hagukumi.ffi.sampleCityConfig
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.io.File
import java.nio.file.Files
import java.time.LocalDate

/**
 * Moving to another city (issue 8) through the facade: a handbook file follows the
 * sample city こもれび市, reads a notice, moves to ひだまり区; the records are as they
 * were, the old notices are in the archive with the read mark, and the old city's feed
 * is now refused as another city's.
 */
class CityTest {
    /** scripts/test-kotlin.sh runs the JVM from the repository root. */
    private val signedFeed = File("core/data/feed/komorebi/feed.signed.json").readBytes()
    private val today = LocalDate.of(2026, 5, 20)

    /** Another city; its key does not matter here (nothing of it is synced). */
    private val hidamari = sampleCityConfig()
        .replace("code = \"999990\"", "code = \"131016\"")
        .replace("name = \"こもれび市\"", "name = \"ひだまり区\"")

    @Test
    fun `moving keeps every record and archives the old city's notices with their marks`() = runBlocking {
        val dir = Files.createTempDirectory("hagukumi-city").toFile()
        try {
            val path = File(dir, "handbook.sqlite").path
            HandbookStore.open(path, lang = Lang.JA, today = today).use { hb ->
                assertNull(hb.currentCity())
                hb.addChild(
                    Child(
                        name = "ひなた",
                        sex = Sex.FEMALE,
                        birthDate = LocalDate.of(2026, 1, 15).iso(),
                        birth = BirthMeasurements(weightKg = 3.0),
                    ),
                )
                val first = hb.moveToCity(sampleCityConfig())
                assertFalse(first.moved)
                assertTrue(first.configChanged)
                hb.applySignedFeed(signedFeed, sampleCityConfig())
                assertTrue(hb.markFeedRead(FeedEntryKind.NOTICE, "checkup-4m"))
                val children = hb.children()

                val bad = assertThrowsBlocking<HandbookException.Feed> {
                    hb.moveToCity(hidamari.replace("https://", "http://"))
                }
                assertEquals("bad_config", bad.kind)
                assertEquals("999990", hb.currentCity()?.code)

                val moved = hb.moveToCity(hidamari)
                assertTrue(moved.moved, "$moved")
                assertEquals("999990", moved.from?.code)
                assertEquals("131016", moved.to.code)
                assertTrue(moved.archivedNotices >= 15u, "$moved")
                assertEquals(children, hb.children())
                assertTrue(hb.forYou().isEmpty())

                val wrong = assertThrowsBlocking<HandbookException.Feed> {
                    hb.applySignedFeed(signedFeed, sampleCityConfig())
                }
                assertEquals("wrong_city", wrong.kind)

                val again = hb.moveToCity(hidamari)
                assertFalse(again.moved || again.configChanged, "$again")
            }
            // In the file: reopen and look.
            HandbookStore.open(path, lang = Lang.EN, today = today).use { hb ->
                assertEquals("ひだまり区", hb.currentCity()?.name)
                val archive = hb.archivedNotices()
                assertEquals(listOf("999990"), archive.map { it.code })
                assertEquals(listOf("checkup-4m"), archive.single().notices.filter { it.read }.map { it.id })
                assertEquals(1, hb.children().size)
            }
        } finally {
            dir.deleteRecursively()
        }
    }
}

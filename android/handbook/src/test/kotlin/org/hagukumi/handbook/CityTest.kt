package org.hagukumi.handbook

import kotlinx.coroutines.runBlocking
import org.hagukumi.core.ErrorKind
import org.hagukumi.core.HandbookException
import org.hagukumi.core.Lang
import org.hagukumi.core.FeedEntryKind
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
                assertNull(hb.call { currentCity() })
                hb.call {
                    addChild(aGirl("ひなた", LocalDate.of(2026, 1, 15), weightKg = 3.0))
                }
                val first = hb.call { moveToCity(sampleCityConfig()) }
                assertFalse(first.moved)
                assertTrue(first.configChanged)
                hb.call { applySignedFeed(signedFeed, sampleCityConfig()) }
                assertTrue(hb.call { markFeedRead(FeedEntryKind.NOTICE, "checkup-4m", true) })
                val children = hb.call { children() }

                val bad = assertThrowsBlocking<HandbookException> {
                    hb.call { moveToCity(hidamari.replace("https://", "http://")) }
                }
                assertEquals(ErrorKind.FEED_BAD_CONFIG, bad.kind)
                assertEquals("999990", hb.call { currentCity() }?.code)

                val moved = hb.call { moveToCity(hidamari) }
                assertTrue(moved.moved, "$moved")
                assertEquals("999990", moved.from?.code)
                assertEquals("131016", moved.to.code)
                assertTrue(moved.archivedNotices >= 15u, "$moved")
                assertEquals(children, hb.call { children() })
                assertTrue(hb.call { forYou(hb.lang) }.isEmpty())

                val wrong = assertThrowsBlocking<HandbookException> {
                    hb.call { applySignedFeed(signedFeed, sampleCityConfig()) }
                }
                assertEquals(ErrorKind.FEED_WRONG_CITY, wrong.kind)

                val again = hb.call { moveToCity(hidamari) }
                assertFalse(again.moved || again.configChanged, "$again")
                // A city was chosen: the core's default does not replace it.
                assertEquals("131016", hb.call { ensureCity() }.code)
            }
            // In the file: reopen and look.
            HandbookStore.open(path, lang = Lang.EN, today = today).use { hb ->
                assertEquals("ひだまり区", hb.call { currentCity() }?.name)
                val archive = hb.call { archivedNotices(hb.lang) }
                assertEquals(listOf("999990"), archive.map { it.code })
                assertEquals(listOf("checkup-4m"), archive.single().notices.filter { it.read }.map { it.id })
                assertEquals(1, hb.call { children() }.size)
            }
        } finally {
            dir.deleteRecursively()
        }
    }

    @Test
    fun `a handbook without a city follows the sample city by default, once`() = runBlocking {
        HandbookStore.inMemory(lang = Lang.JA, today = today).use { hb ->
            assertNull(hb.call { currentCity() })
            val city = hb.call { ensureCity() }
            assertEquals("999990", city.code)
            assertEquals("こもれび市", city.name)
            assertEquals(city, hb.call { currentCity() })
            assertEquals(city, hb.call { ensureCity() }, "asking again changes nothing")
            assertTrue(city.toml.contains(city.feedUrl), city.toml)
        }
    }
}

package org.hagukumi.handbook

import com.sun.net.httpserver.HttpServer
import kotlinx.coroutines.runBlocking
import org.hagukumi.core.ErrorKind
import org.hagukumi.core.HandbookException
import org.hagukumi.core.Lang
import org.hagukumi.core.Pregnancy
import org.hagukumi.core.FeedEntryKind
import org.hagukumi.core.SyncResult
import org.hagukumi.ffi.sampleCityConfig
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import java.io.File
import java.net.InetSocketAddress
import java.nio.file.Files
import java.time.LocalDate
import java.util.concurrent.atomic.AtomicInteger

/**
 * The city feed (issue 5) through the facade: the bundled sample feed of こもれび市,
 * served over HTTP on 127.0.0.1 by the JDK's server with an ETag, synced, targeted on
 * the phone for two families, marked read, and synced again (304).
 */
class FeedTest {
    /** scripts/test-kotlin.sh runs the JVM from the repository root. */
    private val signedFeed = File("core/data/feed/komorebi/feed.signed.json").readBytes()
    private val today = LocalDate.of(2026, 5, 20)
    /**
     * The sample's content-hash ETag (BLAKE3 of the signed document): the only kind the
     * core keeps and sends back (docs/feed-format.md); core's sync tests pin the value.
     */
    private val etag = "\"ac1d51b69782ec1487735b2a1b8a86dfb81da697ed9b5d4fd21aef32a4b7ed73\""

    private lateinit var server: HttpServer
    private lateinit var dir: File
    private val fullAnswers = AtomicInteger()
    private val notModifiedAnswers = AtomicInteger()

    @BeforeEach
    fun start() {
        dir = Files.createTempDirectory("hagukumi-feed").toFile()
        server = HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0)
        server.createContext("/hagukumi/feed.signed.json") { exchange ->
            exchange.responseHeaders.add("ETag", etag)
            if (exchange.requestHeaders.getFirst("If-None-Match") == etag) {
                notModifiedAnswers.incrementAndGet()
                exchange.sendResponseHeaders(304, -1)
            } else {
                fullAnswers.incrementAndGet()
                exchange.responseHeaders.add("Content-Type", "application/json")
                exchange.sendResponseHeaders(200, signedFeed.size.toLong())
                exchange.responseBody.use { it.write(signedFeed) }
            }
            exchange.close()
        }
        server.start()
    }

    @AfterEach
    fun stop() {
        server.stop(0)
        dir.deleteRecursively()
    }

    /** The sample city's configuration (its pinned TEST-ONLY key) with the feed on this server. */
    private fun cityConfig(): String {
        val url = "http://127.0.0.1:${server.address.port}/hagukumi/feed.signed.json"
        return sampleCityConfig().lines().joinToString("\n") {
            if (it.startsWith("feed_url")) "feed_url = \"$url\"" else it
        }
    }

    @Test
    fun `a 10-week pregnancy and a 4-month-old see different lists, with reasons, marks persist, the second sync is a 304`() =
        runBlocking {
            val path = File(dir, "handbook.sqlite").path
            HandbookStore.open(path, lang = Lang.JA, today = today).use { hb ->
                assertNull(hb.call { feedSource() })
                // Last period 70 days before today: 10 weeks.
                hb.call { addPregnancy(Pregnancy(lmp = LocalDate.of(2026, 3, 11), fetuses = 1u)) }

                val first = hb.call { syncFeed(cityConfig()) }
                assertTrue(first is SyncResult.Applied, "$first")
                val report = (first as SyncResult.Applied).report
                assertTrue(report.added > 10u, "$report")
                assertTrue(report.newOrChanged.any { it.id == "pregnancy-handbook" }, "$report")
                val source = hb.call { feedSource() }
                assertNotNull(source)
                assertEquals("999990", source!!.cityCode, "$source")
                assertEquals(etag, source.etag)

                val pregnant = hb.call { forYou(hb.lang) }
                assertTrue(pregnant.all { it.reasons.isNotEmpty() }, "$pregnant")
                val notebook = pregnant.single { it.id == "pregnancy-handbook" }
                assertEquals("妊娠10週の方へ", notebook.reasons.first().text)
                assertEquals(FeedEntryKind.NOTICE, notebook.kind)
                assertFalse(notebook.read)
                assertFalse(pregnant.any { it.id == "checkup-4m" })

                assertTrue(hb.call { markFeedRead(FeedEntryKind.NOTICE, "pregnancy-handbook", true) })
                assertTrue(hb.call { setFeedBookmark(FeedEntryKind.NOTICE, "pregnancy-handbook", true) })
                assertFalse(hb.call { markFeedRead(FeedEntryKind.NOTICE, "no-such-notice", true) })

                // Unchanged on the server: a conditional GET answered 304.
                val second = hb.call { syncFeed(cityConfig()) }
                assertEquals(SyncResult.NotModified(expiredRemoved = 0u), second)
                assertEquals(1, fullAnswers.get())
                assertEquals(1, notModifiedAnswers.get())
            }

            // The marks are in the file: reopen and look.
            HandbookStore.open(path, lang = Lang.EN, today = today).use { hb ->
                val item = hb.call { forYou(hb.lang) }.single { it.id == "pregnancy-handbook" }
                assertTrue(item.read && item.bookmarked, "$item")
                assertEquals("For week 10 of pregnancy", item.reasons.first().text)
            }

            // The same feed for a family with a 4-month-old (born 2026-01-15).
            HandbookStore.open(File(dir, "baby.sqlite").path, lang = Lang.JA, today = today).use { hb ->
                hb.call {
                    addChild(aGirl("ひなた", LocalDate.of(2026, 1, 15), weightKg = 3.0))
                }
                assertTrue(hb.call { syncFeed(cityConfig()) } is SyncResult.Applied)
                val baby = hb.call { forYou(hb.lang) }
                val checkup = baby.single { it.id == "checkup-4m" }
                assertEquals(org.hagukumi.core.ReasonKind.CHILD, checkup.reasons.first().kind)
                assertTrue(checkup.reasons.first().text.startsWith("ひなたさん"), "${checkup.reasons}")
                assertFalse(baby.any { it.id == "pregnancy-handbook" })
            }
        }

    @Test
    fun `a feed signed by another key is refused with a typed error and the previous feed stays`() = runBlocking {
        HandbookStore.inMemory(lang = Lang.JA, today = today).use { hb ->
            hb.call { addPregnancy(Pregnancy(lmp = LocalDate.of(2026, 3, 11), fetuses = 1u)) }
            assertTrue(hb.call { syncFeed(cityConfig()) } is SyncResult.Applied)
            val before = hb.call { forYou(hb.lang) }
            val otherKey = cityConfig().replace(
                Regex("public_keys = .*"),
                "public_keys = [\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"]",
            )
            val error = assertThrowsBlocking<HandbookException> { hb.call { applySignedFeed(signedFeed, otherKey) } }
            assertEquals(ErrorKind.FEED_UNKNOWN_KEY, error.kind)
            assertFalse(error.transient)
            assertTrue(error.userMessage(Lang.JA).contains("署名"), error.userMessage(Lang.JA))
            assertEquals(before, hb.call { forYou(hb.lang) })
        }
    }

    @Test
    fun `an unreachable server is a transient feed error`() = runBlocking {
        val config = cityConfig()
        server.stop(0)
        HandbookStore.inMemory(today = today).use { hb ->
            val error = assertThrowsBlocking<HandbookException> { hb.call { syncFeed(config) } }
            assertEquals(ErrorKind.FEED_CONNECT, error.kind)
            assertTrue(error.transient)
        }
    }
}

package org.hagukumi.handbook.app

import com.sun.net.httpserver.HttpServer
import java.io.File
import java.net.InetSocketAddress
import java.nio.file.Path
import java.time.LocalDate
import kotlinx.coroutines.runBlocking
import org.hagukumi.handbook.aGirl
import org.hagukumi.core.ErrorKind
import org.hagukumi.core.Lang
import org.hagukumi.core.Pregnancy
import org.hagukumi.core.Subject
import org.hagukumi.core.VaccineCode
import org.hagukumi.ffi.sampleCityConfig
import org.hagukumi.handbook.HandbookStore
import org.hagukumi.handbook.kind
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * The daily background jobs without WorkManager: the feed sync's decision (what to
 * notify, retry or not) and the reminders' (what is due, what to take back), on real
 * handbook files and the sample city's signed feed served on 127.0.0.1.
 */
class BackgroundTest {
    @TempDir
    lateinit var dir: Path

    /** scripts/test-kotlin.sh runs the JVM from the repository root. */
    private val signedFeed = File("core/data/feed/komorebi/feed.signed.json").readBytes()
    private val today = LocalDate.of(2026, 5, 20)
    private lateinit var server: HttpServer

    @BeforeEach
    fun start() {
        server = HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0)
        server.createContext("/feed.signed.json") { exchange ->
            exchange.sendResponseHeaders(200, signedFeed.size.toLong())
            exchange.responseBody.use { it.write(signedFeed) }
            exchange.close()
        }
        server.start()
    }

    @AfterEach
    fun stop() = server.stop(0)

    private fun cityConfig(keys: String? = null) = sampleCityConfig().lines().joinToString("\n") {
        when {
            it.startsWith("feed_url") -> "feed_url = \"http://127.0.0.1:${server.address.port}/feed.signed.json\""
            keys != null && it.startsWith("public_keys") -> "public_keys = [\"$keys\"]"
            else -> it
        }
    }

    /** A handbook file of a family 10 weeks pregnant, following the city of [config]. */
    private fun family(config: String): File {
        val file = dir.resolve("handbook.sqlite").toFile()
        runBlocking {
            HandbookStore.open(file.path, Lang.JA, today).use { hb ->
                hb.call { addPregnancy(Pregnancy(lmp = LocalDate.of(2026, 3, 11), fetuses = 1u)) }
                hb.call { moveToCity(config) }
            }
        }
        return file
    }

    @Test
    fun `no handbook yet means nothing to do, and no file is created from the background`() = runBlocking {
        val file = dir.resolve("none/handbook.sqlite").toFile()
        val feed = syncFeedInBackground(file, Lang.JA, today)
        assertEquals(Outcome.SUCCESS, feed.outcome)
        assertNull(feed.value)
        assertEquals(Outcome.SUCCESS, dueRemindersInBackground(file, Lang.JA, today).outcome)
        assertFalse(file.exists())
        assertFalse(file.parentFile.exists())
    }

    @Test
    fun `the sync says what to notify the first time, and nothing when it was already seen`() = runBlocking {
        val file = family(cityConfig())
        val first = syncFeedInBackground(file, Lang.JA, today)
        assertEquals(Outcome.SUCCESS, first.outcome, "${first.error}")
        val news = first.value!!
        assertTrue(news.items.any { it.id == "pregnancy-handbook" }, "$news")
        assertTrue(news.items.none { it.read })
        assertTrue(news.title.isNotBlank() && news.summary.isNotBlank(), "$news")
        assertEquals(news.items.size, news.lines.size, "$news")

        val second = syncFeedInBackground(file, Lang.JA, today)
        assertEquals(Outcome.SUCCESS, second.outcome)
        assertEquals(emptyList<Any>(), second.value!!.items, "the same feed again: nothing new to notify")
    }

    @Test
    fun `an unreachable server is retried, a feed the city must fix is not`() = runBlocking {
        val file = family(cityConfig(keys = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="))
        val refused = syncFeedInBackground(file, Lang.JA, today)
        assertEquals(Outcome.FAILURE, refused.outcome)
        assertEquals(ErrorKind.FEED_UNKNOWN_KEY, refused.error!!.kind)

        server.stop(0)
        val offline = syncFeedInBackground(file, Lang.JA, today)
        assertEquals(Outcome.RETRY, offline.outcome)
        assertEquals(ErrorKind.FEED_CONNECT, offline.error!!.kind)
    }

    @Test
    fun `reminders due today are posted, later ones wait, recorded ones are taken back`() = runBlocking {
        val day = LocalDate.of(2026, 11, 25)
        val file = dir.resolve("baby.sqlite").toFile()
        val child = HandbookStore.open(file.path, Lang.JA, day).use { hb ->
            // Two months old: the first shots are due; the maternal RSV window opens on 2026-12-02.
            hb.call { addPregnancy(Pregnancy(lmp = LocalDate.of(2026, 5, 20), fetuses = 1u)) }
            hb.call {
                addChild(aGirl("はな", LocalDate.of(2026, 9, 25)))
            }.meta.id
        }
        val due = dueRemindersInBackground(file, Lang.JA, day)
        assertEquals(Outcome.SUCCESS, due.outcome)
        val reminders = due.value!!
        assertTrue(reminders.any { it.reminder.vaccine == VaccineCode.DPT_IPV_HIB && it.subject == Subject.Child(child) }, "$reminders")
        assertTrue(reminders.all { !it.reminder.notifyOn.isAfter(day) }, "$reminders")
        assertTrue(reminders.none { it.subject is Subject.Pregnancy }, "the RSV window opens next week")

        // The 5-in-1 dose is recorded: its notification is taken back, the others stay.
        val fiveInOne = reminders.single { it.reminder.vaccine == VaccineCode.DPT_IPV_HIB }
        HandbookStore.open(file.path, Lang.JA, day).use { hb ->
            hb.call {
                addVaccination(org.hagukumi.core.Vaccination(subject = Subject.Child(child), vaccine = VaccineCode.DPT_IPV_HIB, dose = 1u, date = day))
            }
        }
        val after = dueRemindersInBackground(file, Lang.JA, day).value!!
        val posted = reminders.map { it.notificationId } + 42
        assertEquals(listOf(fiveInOne.notificationId, 42), remindersToWithdraw(posted, after))
    }
}

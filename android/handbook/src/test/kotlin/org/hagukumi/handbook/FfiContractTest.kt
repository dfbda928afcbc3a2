package org.hagukumi.handbook

import java.io.File
import java.nio.file.Path
import java.time.LocalDate
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.async
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import kotlinx.coroutines.yield
import org.hagukumi.core.BirthMeasurements
import org.hagukumi.core.Child
import org.hagukumi.core.ErrorKind
import org.hagukumi.core.Field
import org.hagukumi.core.GrowthMeasurement
import org.hagukumi.core.HandbookException
import org.hagukumi.core.Lang
import org.hagukumi.core.RecordKind
import org.hagukumi.core.Sex
import org.hagukumi.core.ShareRole
import org.hagukumi.ffi.Change
import org.hagukumi.core.ShareScope
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * What the one-definition FFI promises Kotlin: the core's own types (dates are
 * `LocalDate`), one typed error for every failure (a malformed value the app hands
 * over included), and a change listener.
 */
class FfiContractTest {
    @TempDir
    lateinit var dir: Path

    private val today = LocalDate.of(2026, 1, 15)

    private fun hana(birth: LocalDate = LocalDate.of(2025, 10, 3)) =
        Child(name = "Hana", sex = Sex.FEMALE, birthDate = birth, birthOrder = 1u, birth = BirthMeasurements())

    @Test
    fun `a malformed date or id from Kotlin is a typed bad argument naming the field`() = runBlocking {
        val store = HandbookStore.inMemory(Lang.EN, today)
        // LocalDate writes year 10000 as "+10000-01-01", which the core refuses.
        val date = assertThrows(HandbookException::class.java) {
            runBlocking { store.call { addChild(hana(LocalDate.of(10000, 1, 1))) } }
        }
        assertEquals(ErrorKind.BAD_ARGUMENT, date.kind)
        assertEquals(Field.DATE, date.field)
        assertTrue(date.userMessage(Lang.JA).contains("+10000-01-01"), date.userMessage(Lang.JA))

        val id = assertThrows(HandbookException::class.java) {
            runBlocking { store.call { child("child-1") } }
        }
        assertEquals(ErrorKind.BAD_ARGUMENT, id.kind)
        assertEquals(Field.RECORD_ID, id.field)
        assertEquals(0, store.call { children() }.size, "nothing was written")
    }

    @Test
    fun `every error kind is an enum case the app can switch on`() = runBlocking {
        // An exhaustive `when` over ErrorKind compiles only if every case is handled;
        // this one maps each to what the app offers, and is run on every case.
        fun offer(kind: ErrorKind): String = when (kind) {
            ErrorKind.VALIDATION, ErrorKind.BAD_ARGUMENT, ErrorKind.SCHEDULE -> "fix the form"
            ErrorKind.DAMAGED -> "rescue backup"
            ErrorKind.CHOICE_NEEDED -> "ask replace or merge"
            ErrorKind.WRONG_KEY, ErrorKind.BAD_SHARE_KEY, ErrorKind.SECRET_MISMATCH -> "ask for the key again"
            else -> "show the message"
        }
        assertTrue(ErrorKind.entries.size > 70, "${ErrorKind.entries.size}")
        assertEquals(ErrorKind.entries.size, ErrorKind.entries.map { offer(it) }.size)

        val store = HandbookStore.inMemory(Lang.JA, today)
        val child = store.call { addChild(hana()) }
        val invalid = assertThrows(HandbookException::class.java) {
            runBlocking {
                store.call {
                    addGrowth(GrowthMeasurement(childId = child.meta.id, measuredOn = today, weightKg = 75.0))
                }
            }
        }
        assertEquals(ErrorKind.VALIDATION, invalid.kind)
        assertEquals(Field.WEIGHT, invalid.field)
        assertTrue(invalid.userCanFix)
        assertEquals("fix the form", offer(invalid.kind))
        store.close()
        val closed = assertThrows(HandbookException::class.java) { runBlocking { store.call { home(Lang.JA) } } }
        assertEquals(ErrorKind.CLOSED, closed.kind)
    }

    @Test
    fun `the change listener fires after a write and after a merge`() = runBlocking {
        val mother = HandbookStore.open(dir.resolve("mother/handbook.sqlite").toString(), Lang.JA, today)
        val father = HandbookStore.open(dir.resolve("father/handbook.sqlite").toString(), Lang.JA, today)
        val seen = async(start = CoroutineStart.UNDISPATCHED) {
            withTimeout(10_000) { father.changes().take(1).toList() }
        }
        yield()
        father.call { addChild(hana()) }
        // The father joins the mother's family through her share: a merge.
        val share = mother.call { createShare("Papa", ShareRole.CO_PARENT, ShareScope.Family) }
        mother.call { addChild(hana().copy(name = "Ken")) }
        val bundle = File(dir.toFile(), "to-father.share").path
        mother.call { exportShare(share.id, true, bundle) }
        val empty = HandbookStore.open(dir.resolve("father2/handbook.sqlite").toString(), Lang.JA, today)
        val merged = async(start = CoroutineStart.UNDISPATCHED) { withTimeout(10_000) { empty.changes().take(1).toList() } }
        yield()
        empty.call { importShare(bundle, share.key) }
        assertEquals(listOf(Change.Records(RecordKind.CHILD)), seen.await())
        assertEquals(listOf(Change.Merged), merged.await())
        listOf(mother, father, empty).forEach { it.close() }
    }
}

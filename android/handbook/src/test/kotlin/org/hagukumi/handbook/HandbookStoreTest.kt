package org.hagukumi.handbook

import kotlinx.coroutines.runBlocking
import org.hagukumi.ffi.BirthMeasurements
import org.hagukumi.ffi.Child
import org.hagukumi.ffi.DiaryEntry
import org.hagukumi.ffi.GrowthMeasurement
import org.hagukumi.ffi.Lang
import org.hagukumi.ffi.Mood
import org.hagukumi.ffi.NewRecord
import org.hagukumi.ffi.RecordKind
import org.hagukumi.ffi.Sex
import org.hagukumi.ffi.Subject
import org.hagukumi.ffi.TimelineRecord
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.time.LocalDate

/** The facade end to end, on a real handbook file through the real libhagukumi.so. */
class HandbookStoreTest {
    @TempDir
    lateinit var dir: Path

    private val today = LocalDate.of(2026, 1, 15)
    private val birth = LocalDate.of(2025, 10, 3)

    private fun path() = dir.resolve("family/handbook.sqlite").toString()

    private fun hana() = Child(
        name = "Hana",
        sex = Sex.FEMALE,
        birthDate = birth.iso(),
        birth = BirthMeasurements(weightKg = 3.1, lengthCm = 49.0, headCm = 33.5),
    )

    /** Open, add a child, a measurement and a diary entry; returns the child's id. */
    private suspend fun HandbookStore.fillFamily(): String {
        val child = addChild(hana())
        val saved = addGrowth(
            GrowthMeasurement(
                childId = child.id,
                measuredOn = "2025-11-03",
                weightKg = 4.2,
                lengthCm = 54.0,
                headCm = 37.0,
            ),
        )
        assertEquals(emptyList<Any>(), saved.warnings, "an ordinary 1-month weight warns about nothing")
        addDiary(
            DiaryEntry(
                subjects = listOf(Subject.Child(child.id)),
                writtenOn = "2026-01-10",
                text = "First real smile today.",
                mood = Mood.HAPPY,
            ),
        )
        return child.id
    }

    @Test
    fun `home and timeline show what was added`() = runBlocking {
        HandbookStore.open(path(), lang = Lang.EN, today = today).use { hb ->
            val childId = hb.fillFamily()

            val home = hb.home()
            assertEquals("2026-01-15", home.today)
            assertNull(home.pregnancy)
            assertEquals(1, home.children.size)
            val card = home.children.single()
            assertEquals("Hana", card.child.data.name)
            assertEquals(childId, card.child.id)
            assertEquals("0 y 3 m 12 d", card.ageLabel)
            assertEquals(3u, card.age.months)
            val weight = card.latest.weightKg!!
            assertEquals(4.2, weight.value)
            assertEquals("2025-11-03", weight.date)
            assertNotNull(weight.recordId)
            assertEquals(37.0, card.latest.headCm?.value)

            val page = hb.timeline(Subject.Child(childId), limit = 10)
            assertNull(page.nextCursor)
            assertEquals(
                listOf(RecordKind.DIARY, RecordKind.GROWTH, RecordKind.CHILD),
                page.items.map { it.kind },
            )
            assertEquals(listOf("2026-01-10", "2025-11-03", "2025-10-03"), page.items.map { it.date })
            assertEquals("Diary (happy)", page.items[0].title)
            assertEquals("First real smile today.", page.items[0].detail)
            assertEquals("Measurement", page.items[1].title)
            assertEquals("weight 4.20 kg · length 54.0 cm · head 37.0 cm", page.items[1].detail)
            assertEquals("Hana was born", page.items[2].title)
            val diary = page.items[0].record
            assertTrue(diary is TimelineRecord.Diary, "$diary")
            assertEquals(Mood.HAPPY, (diary as TimelineRecord.Diary).record.data.mood)
        }
    }

    @Test
    fun `a 40 kg newborn is refused with the parent's message in both languages`() = runBlocking {
        HandbookStore.open(path(), lang = Lang.JA, today = today).use { hb ->
            val child = hb.addChild(hana())
            val e = assertThrowsBlocking<HandbookException.Invalid> {
                hb.addGrowth(GrowthMeasurement(childId = child.id, measuredOn = "2025-10-05", weightKg = 40.0))
            }
            assertEquals(
                "A weight of 40 kg is not possible for a newborn (expected 0.2–7 kg). " +
                    "Please check the number and the decimal point.",
                e.message,
            )
            assertEquals("体重40kgは新生児としてありえない値です（0.2〜7kg）。数字と小数点を確認してください。", e.messageJa)
            assertEquals(e.messageJa, e.userMessage(Lang.JA))
            assertEquals("weight", e.field)
            assertEquals(emptyList<Any>(), hb.growth(child.id), "nothing was written")
        }
    }

    @Test
    fun `data is still there after reopening the file`() = runBlocking {
        val childId = HandbookStore.open(path(), lang = Lang.EN, today = today).use { it.fillFamily() }

        HandbookStore.open(path(), lang = Lang.EN, today = today).use { hb ->
            assertEquals(listOf(childId), hb.children().map { it.id })
            assertEquals(listOf(4.2), hb.growth(childId).map { it.data.weightKg })
            assertEquals(listOf("First real smile today."), hb.diary(Subject.Child(childId)).map { it.data.text })
            assertEquals(3, hb.timeline(Subject.Child(childId)).items.size)
            assertEquals("0 y 3 m 12 d", hb.childSummary(childId).ageLabel)
        }
    }

    @Test
    fun `calls after close fail with Closed, and closing twice is harmless`() = runBlocking {
        val hb = HandbookStore.open(path(), lang = Lang.EN, today = today)
        hb.close()
        hb.close()
        val e = assertThrowsBlocking<HandbookException.Closed> { hb.home() }
        assertEquals("The handbook is closed. Open it again.", e.message)
    }

    @Test
    fun `a batch is written whole, and the timeline pages through it`() = runBlocking {
        HandbookStore.inMemory(lang = Lang.EN, today = today).use { hb ->
            val childId = hb.addChild(hana()).id
            val entries = (1..120).map { i ->
                NewRecord.Diary(
                    DiaryEntry(
                        subjects = listOf(Subject.Child(childId)),
                        writtenOn = birth.plusDays(i.toLong() % 100).iso(),
                        text = "entry $i",
                    ),
                )
            }
            assertEquals(120, hb.addBatch(entries).size)

            val seen = mutableListOf<String>()
            var cursor: String? = null
            do {
                val page = hb.timeline(Subject.Child(childId), cursor, limit = 50)
                seen += page.items.map { it.id }
                cursor = page.nextCursor
            } while (cursor != null)
            assertEquals(121, seen.size, "120 entries and the birth")
            assertEquals(seen.size, seen.toSet().size, "no item twice")

            // One bad record: none of the batch is written.
            val bad = entries.take(3) + NewRecord.Growth(
                GrowthMeasurement(childId = childId, measuredOn = "2025-10-05", weightKg = 40.0),
            )
            assertThrowsBlocking<HandbookException.Invalid> { hb.addBatch(bad) }
            assertEquals(120, hb.diary(Subject.Child(childId)).size)
        }
    }

    @Test
    fun `a malformed date is a BadArgument, not a crash`() = runBlocking {
        HandbookStore.inMemory(lang = Lang.EN, today = today).use { hb ->
            val e = assertThrowsBlocking<HandbookException.BadArgument> {
                hb.addChild(hana().copy(birthDate = "3/10/2025"))
            }
            assertEquals("\"3/10/2025\" is not a date; write it as YYYY-MM-DD, e.g. 2025-10-03.", e.message)
        }
    }
}

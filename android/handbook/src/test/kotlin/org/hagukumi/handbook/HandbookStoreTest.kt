package org.hagukumi.handbook

import kotlinx.coroutines.runBlocking
import org.hagukumi.core.BirthMeasurements
import org.hagukumi.core.Child
import org.hagukumi.core.DiaryEntry
import org.hagukumi.core.ErrorKind
import org.hagukumi.core.Field
import org.hagukumi.core.GrowthMeasurement
import org.hagukumi.core.HandbookException
import org.hagukumi.core.Lang
import org.hagukumi.core.Mood
import org.hagukumi.core.NewRecord
import org.hagukumi.core.RecordId
import org.hagukumi.core.RecordKind
import org.hagukumi.core.Sex
import org.hagukumi.core.Subject
import org.hagukumi.core.TimelineRecord
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
        birthDate = birth,
        birthOrder = 1u,
        birth = BirthMeasurements(weightKg = 3.1, lengthCm = 49.0, headCm = 33.5),
    )

    /** Open, add a child, a measurement and a diary entry; returns the child's id. */
    private suspend fun HandbookStore.fillFamily(): RecordId {
        val child = call { addChild(hana()) }
        val saved = call {
            addGrowth(
                GrowthMeasurement(
                    childId = child.meta.id,
                    measuredOn = LocalDate.of(2025, 11, 3),
                    weightKg = 4.2,
                    lengthCm = 54.0,
                    headCm = 37.0,
                ),
            )
        }
        assertEquals(emptyList<Any>(), saved.warnings, "an ordinary 1-month weight warns about nothing")
        call {
            addDiary(
                DiaryEntry(
                    subjects = listOf(Subject.Child(child.meta.id)),
                    writtenOn = LocalDate.of(2026, 1, 10),
                    text = "First real smile today.",
                    mood = Mood.HAPPY,
                    photos = emptyList(),
                ),
            )
        }
        return child.meta.id
    }

    @Test
    fun `home and timeline show what was added`() = runBlocking {
        HandbookStore.open(path(), lang = Lang.EN, today = today).use { hb ->
            val childId = hb.fillFamily()

            val home = hb.call { home(hb.lang) }
            assertEquals(today, home.today)
            assertNull(home.pregnancy)
            assertEquals(1, home.children.size)
            val card = home.children.single()
            assertEquals("Hana", card.child.data.name)
            assertEquals(childId, card.child.meta.id)
            assertEquals("0 y 3 m 12 d", card.ageLabel)
            assertEquals(3u, card.age.months)
            val weight = card.latest.weightKg!!
            assertEquals(4.2, weight.value)
            assertEquals(LocalDate.of(2025, 11, 3), weight.date)
            assertNotNull(weight.recordId)
            assertEquals(37.0, card.latest.headCm?.value)

            val page = hb.call { timeline(Subject.Child(childId), null, 10u, hb.lang) }
            assertNull(page.nextCursor)
            assertEquals(
                listOf(RecordKind.DIARY, RecordKind.GROWTH, RecordKind.CHILD),
                page.items.map { it.kind },
            )
            assertEquals(
                listOf(LocalDate.of(2026, 1, 10), LocalDate.of(2025, 11, 3), birth),
                page.items.map { it.date },
            )
            assertEquals("Diary (happy)", page.items[0].title)
            assertEquals("First real smile today.", page.items[0].detail)
            assertEquals("Measurement", page.items[1].title)
            assertEquals("weight 4.20 kg · length 54.0 cm · head 37.0 cm", page.items[1].detail)
            assertEquals("Hana was born", page.items[2].title)
            val diary = page.items[0].record
            assertTrue(diary is TimelineRecord.Diary, "$diary")
            assertEquals(Mood.HAPPY, (diary as TimelineRecord.Diary).v1.data.mood)
        }
    }

    @Test
    fun `a 40 kg newborn is refused with the parent's message in both languages`() = runBlocking {
        HandbookStore.open(path(), lang = Lang.JA, today = today).use { hb ->
            val child = hb.call { addChild(hana()) }
            val e = assertThrowsBlocking<HandbookException> {
                hb.call {
                    addGrowth(GrowthMeasurement(childId = child.meta.id, measuredOn = LocalDate.of(2025, 10, 5), weightKg = 40.0))
                }
            }
            assertEquals(ErrorKind.VALIDATION, e.kind)
            assertEquals(
                "A weight of 40 kg is not possible for a newborn (expected 0.2–7 kg). " +
                    "Please check the number and the decimal point.",
                e.userMessage(Lang.EN),
            )
            assertEquals(
                "体重40kgは新生児としてありえない値です（0.2〜7kg）。数字と小数点を確認してください。",
                e.userMessage(Lang.JA),
            )
            assertEquals(Field.WEIGHT, e.field)
            assertTrue(e.userCanFix)
            assertEquals(emptyList<Any>(), hb.call { growth(child.meta.id) }, "nothing was written")
        }
    }

    @Test
    fun `data is still there after reopening the file`() = runBlocking {
        val childId = HandbookStore.open(path(), lang = Lang.EN, today = today).use { it.fillFamily() }

        HandbookStore.open(path(), lang = Lang.EN, today = today).use { hb ->
            assertEquals(listOf(childId), hb.call { children() }.map { it.meta.id })
            assertEquals(listOf(4.2), hb.call { growth(childId) }.map { it.data.weightKg })
            assertEquals(
                listOf("First real smile today."),
                hb.call { diary(Subject.Child(childId)) }.map { it.data.text },
            )
            assertEquals(3, hb.call { timeline(Subject.Child(childId), null, 50u, hb.lang) }.items.size)
            assertEquals("0 y 3 m 12 d", hb.call { childSummary(childId, hb.lang) }.ageLabel)
        }
    }

    @Test
    fun `calls after close fail with Closed, and closing twice is harmless`() = runBlocking {
        val hb = HandbookStore.open(path(), lang = Lang.EN, today = today)
        hb.close()
        hb.close()
        val e = assertThrowsBlocking<HandbookException> { hb.call { home(hb.lang) } }
        assertEquals(ErrorKind.CLOSED, e.kind)
        assertEquals("The handbook is closed. Open it again.", e.userMessage(Lang.EN))
    }

    @Test
    fun `a batch is written whole, and the timeline pages through it`() = runBlocking {
        HandbookStore.inMemory(lang = Lang.EN, today = today).use { hb ->
            val childId = hb.call { addChild(hana()) }.meta.id
            val entries = (1..120).map { i ->
                NewRecord.Diary(
                    DiaryEntry(
                        subjects = listOf(Subject.Child(childId)),
                        writtenOn = birth.plusDays(i.toLong() % 100),
                        text = "entry $i",
                        photos = emptyList(),
                    ),
                )
            }
            assertEquals(120, hb.call { addBatch(entries) }.size)

            val seen = mutableListOf<RecordId>()
            var cursor: String? = null
            do {
                val page = hb.call { timeline(Subject.Child(childId), cursor, 50u, hb.lang) }
                seen += page.items.map { it.id }
                cursor = page.nextCursor
            } while (cursor != null)
            assertEquals(121, seen.size, "120 entries and the birth")
            assertEquals(seen.size, seen.toSet().size, "no item twice")

            // One bad record: none of the batch is written.
            val bad = entries.take(3) + NewRecord.Growth(
                GrowthMeasurement(childId = childId, measuredOn = LocalDate.of(2025, 10, 5), weightKg = 40.0),
            )
            val e = assertThrowsBlocking<HandbookException> { hb.call { addBatch(bad) } }
            assertEquals(ErrorKind.VALIDATION, e.kind)
            assertEquals(120, hb.call { diary(Subject.Child(childId)) }.size)
        }
    }

    @Test
    fun `a malformed date or gestational age is a BadArgument, not a crash`() = runBlocking {
        HandbookStore.inMemory(lang = Lang.EN, today = today).use { hb ->
            val date = assertThrowsBlocking<HandbookException> {
                hb.call { addChild(hana().copy(birthDate = LocalDate.of(10000, 1, 1))) }
            }
            assertEquals(ErrorKind.BAD_ARGUMENT, date.kind)
            assertEquals(
                "\"+10000-01-01\" is not a valid date; write it as YYYY-MM-DD, e.g. 2025-10-03",
                date.userMessage(Lang.EN),
            )
            // The gestational age crosses as text ("38+2"): a malformed one is refused the same way.
            val ga = assertThrowsBlocking<HandbookException> {
                hb.call { addChild(hana().copy(gaAtBirth = "38 weeks")) }
            }
            assertEquals(ErrorKind.BAD_ARGUMENT, ga.kind)
            assertEquals(Field.GESTATIONAL_AGE, ga.field)
            assertTrue(ga.userMessage(Lang.EN).contains("38+2"), ga.userMessage(Lang.EN))
            assertEquals(0, hb.call { children() }.size, "nothing was written")
        }
    }
}

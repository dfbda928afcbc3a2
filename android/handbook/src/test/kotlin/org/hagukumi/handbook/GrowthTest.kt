package org.hagukumi.handbook

import org.hagukumi.handbook.app.inLang
import kotlinx.coroutines.runBlocking
import org.hagukumi.core.ErrorKind
import org.hagukumi.core.GrowthMeasurement
import org.hagukumi.core.HandbookException
import org.hagukumi.core.Lang
import org.hagukumi.core.RecordId
import org.hagukumi.core.Sex
import org.hagukumi.core.Indicator
import org.hagukumi.core.PlausibilityKind
import org.hagukumi.core.Standard
import org.hagukumi.core.XAxis
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.time.LocalDate

/** Growth charts and plausibility warnings (issue 7) through the facade. */
class GrowthTest {
    private val today = LocalDate.of(2026, 1, 15)
    private val birth = LocalDate.of(2025, 10, 3)

    private suspend fun HandbookStore.girl(): RecordId = call {
        addChild(aGirl("Hana", birth, weightKg = 3.1))
    }.meta.id

    private fun weight(id: RecordId, on: LocalDate, kg: Double) = GrowthMeasurement(childId = id, measuredOn = on, weightKg = kg)

    @Test
    fun `weight-for-age chart has the handbook's percentile curves and the child's points`() = runBlocking {
        HandbookStore.inMemory(lang = Lang.EN, today = today).use { hb ->
            val id = hb.girl()
            hb.call { addGrowth(weight(id, LocalDate.of(2025, 11, 3), 4.2)) }
            hb.call { addGrowth(weight(id, LocalDate.of(2026, 1, 5), 5.6)) }

            val chart = hb.call { growthChart(id, Indicator.WEIGHT_FOR_AGE, Standard.WHO, hb.lang) }
            assertEquals("Weight-for-age", chart.title)
            assertEquals("WHO Child Growth Standards (2006)", chart.standardLabel)
            assertEquals("kg", chart.yUnit)
            assertEquals(XAxis.AGE_DAYS, chart.xAxis)
            assertEquals(Sex.FEMALE, chart.sex)
            assertEquals(listOf("3", "10", "25", "50", "75", "90", "97"), chart.curves.map { it.label })
            assertTrue(chart.curves.all { it.points.size > 10 }, "curves are sampled for drawing")
            // The birth weight is the first point.
            assertEquals(listOf(birth, LocalDate.of(2025, 11, 3), LocalDate.of(2026, 1, 5)), chart.points.map { it.date })
            assertEquals(listOf(3.1, 4.2, 5.6), chart.points.map { it.y })
            assertEquals(listOf(0.0, 31.0, 94.0), chart.points.map { it.x })
            val z = chart.points[1].z!!
            assertTrue(z > -1.0 && z < 1.0, "4.2 kg at 1 month is near the median for a girl (z = $z)")
            assertFalse(chart.correctedAge)
        }
    }

    @Test
    fun `an implausible but possible weight is saved with a warning`() = runBlocking {
        HandbookStore.inMemory(lang = Lang.EN, today = today).use { hb ->
            val id = hb.girl()
            hb.call { addGrowth(weight(id, LocalDate.of(2025, 11, 3), 4.2)) }
            val saved = hb.call { addGrowth(weight(id, LocalDate.of(2025, 12, 3), 12.5)) }
            assertEquals(12.5, saved.record.data.weightKg)
            val w = saved.warnings.single { it.indicator == Indicator.WEIGHT_FOR_AGE }
            assertEquals(PlausibilityKind.OUTSIDE_FIVE_SD, w.kind)
            assertTrue(w.z!! > 5.0)
            assertTrue(w.messages.inLang(Lang.EN).isNotBlank() && w.messages.inLang(Lang.JA).isNotBlank())
            assertEquals(2, hb.call { growth(id) }.size, "the value was saved anyway")
            // The same check before saving.
            assertEquals(
                saved.warnings.map { it.kind },
                hb.call { growthWarnings(weight(id, LocalDate.of(2025, 12, 3), 12.5)) }.map { it.kind },
            )
        }
    }

    @Test
    fun `the handbook's own curves place a measurement and credit the survey`() = runBlocking {
        HandbookStore.inMemory(lang = Lang.JA, today = today).use { hb ->
            val id = hb.girl()
            val chart = hb.call { growthChart(id, Indicator.WEIGHT_FOR_AGE, Standard.JAPAN2023, hb.lang) }
            assertEquals(org.hagukumi.core.Bands.PERCENTILES, chart.bands)
            assertTrue(chart.attribution.contains("乳幼児身体発育調査"), chart.attribution)
            val standings = hb.call { growthStandings(weight(id, LocalDate.of(2025, 11, 3), 4.2), hb.lang) }
            assertTrue(standings.first().japan?.band != null, "$standings")
            assertTrue(standings.first().text.isNotBlank())
        }
    }

    @Test
    fun `the survey has no BMI curve`() = runBlocking {
        HandbookStore.inMemory(lang = Lang.EN, today = today).use { hb ->
            val id = hb.girl()
            val e = assertThrowsBlocking<HandbookException> {
                hb.call { growthChart(id, Indicator.BMI_FOR_AGE, Standard.JAPAN2023, hb.lang) }
            }
            assertEquals(ErrorKind.GROWTH_UNAVAILABLE, e.kind)
            assertTrue(e.userMessage(Lang.EN).contains("2023 Japanese infant growth survey"), e.userMessage(Lang.EN))
            assertTrue(e.userMessage(Lang.JA).contains("乳幼児身体発育調査"), e.userMessage(Lang.JA))
        }
    }
}

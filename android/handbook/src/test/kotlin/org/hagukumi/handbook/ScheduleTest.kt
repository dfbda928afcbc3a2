package org.hagukumi.handbook

import kotlinx.coroutines.runBlocking
import org.hagukumi.ffi.BirthMeasurements
import org.hagukumi.ffi.Child
import org.hagukumi.ffi.DoseStatus
import org.hagukumi.ffi.Lang
import org.hagukumi.ffi.Pregnancy
import org.hagukumi.ffi.ReminderKind
import org.hagukumi.ffi.Sex
import org.hagukumi.ffi.Subject
import org.hagukumi.ffi.Vaccination
import org.hagukumi.ffi.Vaccine
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.time.LocalDate

/** The vaccination plan and reminders (issue 4) through the facade. */
class ScheduleTest {
    private val today = LocalDate.of(2026, 11, 25)

    @Test
    fun `the plan counts the recorded doses and explains each line`() = runBlocking {
        HandbookStore.inMemory(lang = Lang.EN, today = today).use { hb ->
            val id = hb.addChild(
                Child(name = "Hana", sex = Sex.FEMALE, birthDate = "2026-06-01", birth = BirthMeasurements(weightKg = 3.1)),
            ).id
            hb.addVaccination(
                Vaccination(subject = Subject.Child(id), vaccine = Vaccine.HEP_B, dose = 1u, date = "2026-08-03"),
            )
            val plan = hb.vaccinationPlan(id)
            assertEquals("jp-2026-04-01", plan.scheduleVersion)
            val hepB = plan.vaccines.single { it.vaccine == Vaccine.HEP_B }
            assertEquals("Hepatitis B", hepB.name)
            assertEquals(DoseStatus.DONE, hepB.doses[0].status)
            assertEquals("2026-08-03", hepB.doses[0].given)
            // Dose 2 follows 27 days after dose 1 at the earliest (27日以上の間隔).
            assertEquals("2026-08-31", hepB.doses[1].earliest)
            assertTrue(hepB.doses.all { it.reason.isNotBlank() })
            // BCG is due before the first birthday and free until the day before it.
            val bcg = plan.vaccines.single { it.vaccine == Vaccine.BCG }.doses.single()
            assertEquals("2027-05-31", bcg.fundedUntil)
        }
    }

    @Test
    fun `reminders cover the child and the pregnancy with stable notification ids`() = runBlocking {
        HandbookStore.inMemory(lang = Lang.JA, today = today).use { hb ->
            // Two months old on 2026-11-24 (the legal reading): the first shots are due.
            val child = hb.addChild(Child(name = "はな", sex = Sex.FEMALE, birthDate = "2026-09-25", birth = BirthMeasurements())).id
            // 27w0d today: the maternal RSV window opens at 28w0d, on 2026-12-02.
            val pregnancy = hb.addPregnancy(Pregnancy(lmp = "2026-05-20")).id
            val reminders = hb.reminders(withinDays = 14)
            val fiveInOne = reminders.single { it.vaccine == Vaccine.DPT_IPV_HIB }
            assertEquals(ReminderKind.VACCINE_DOSE, fiveInOne.kind)
            assertEquals(Subject.Child(child), fiveInOne.subject)
            assertTrue(fiveInOne.title.contains("5種混合"), fiveInOne.title)
            val rsv = reminders.single { it.subject == Subject.Pregnancy(pregnancy) }
            assertEquals("2026-12-02", rsv.date)
            assertTrue(reminders.all { it.notificationId > 0 })
            assertEquals(reminders.size, reminders.map { it.id }.toSet().size)
            // The same query again gives the same ids: rescheduling replaces notifications.
            assertEquals(reminders.map { it.notificationId }, hb.reminders(withinDays = 14).map { it.notificationId })

            val rsvPlan = hb.maternalRsvPlan(pregnancy)
            assertNotNull(rsvPlan)
            assertEquals("2026-12-02", rsvPlan!!.recommendedFrom)
            assertNull(rsvPlan.given)
        }
    }
}

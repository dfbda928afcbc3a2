package org.hagukumi.handbook

import kotlinx.coroutines.runBlocking
import org.hagukumi.core.Lang
import org.hagukumi.handbook.app.inLang
import org.hagukumi.core.Pregnancy
import org.hagukumi.core.Subject
import org.hagukumi.core.Vaccination
import org.hagukumi.core.VaccineCode
import org.hagukumi.core.DoseStatus
import org.hagukumi.core.ReminderKind
import org.hagukumi.ffi.doseStatusLabel
import org.hagukumi.ffi.vaccineName
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
            val id = hb.call {
                addChild(aGirl("Hana", LocalDate.of(2026, 6, 1), weightKg = 3.1))
            }.meta.id
            hb.call {
                addVaccination(
                    Vaccination(subject = Subject.Child(id), vaccine = VaccineCode.HEP_B, dose = 1u, date = LocalDate.of(2026, 8, 3)),
                )
            }
            val plan = hb.call { vaccinationPlan(id) }
            assertEquals("jp-2026-04-01", plan.scheduleVersion)
            val hepB = plan.vaccines.single { it.code == VaccineCode.HEP_B }
            assertEquals("Hepatitis B", vaccineName(hepB.code, Lang.EN))
            assertEquals(DoseStatus.DONE, hepB.doses[0].status)
            assertEquals(LocalDate.of(2026, 8, 3), hepB.doses[0].given)
            // Dose 2 follows 27 days after dose 1 at the earliest (27日以上の間隔).
            assertEquals(LocalDate.of(2026, 8, 31), hepB.doses[1].earliest)
            assertTrue(hepB.doses.all { it.reasons.inLang(Lang.JA).isNotBlank() && it.reasons.inLang(Lang.EN).isNotBlank() })
            assertEquals("期間超過", doseStatusLabel(DoseStatus.OVERDUE, Lang.JA))
            // BCG is due before the first birthday and free until the day before it.
            val bcg = plan.vaccines.single { it.code == VaccineCode.BCG }.doses.single()
            assertEquals(LocalDate.of(2027, 5, 31), bcg.fundedUntil)
        }
    }

    @Test
    fun `reminders cover the child and the pregnancy with stable notification ids`() = runBlocking {
        HandbookStore.inMemory(lang = Lang.JA, today = today).use { hb ->
            // Two months old on 2026-11-24 (the legal reading): the first shots are due.
            val child = hb.call {
                addChild(aGirl("はな", LocalDate.of(2026, 9, 25)))
            }.meta.id
            // 27w0d today: the maternal RSV window opens at 28w0d, on 2026-12-02.
            val pregnancy = hb.call { addPregnancy(Pregnancy(lmp = LocalDate.of(2026, 5, 20), fetuses = 1u)) }.meta.id
            val reminders = hb.call { reminders(14u) }
            val fiveInOne = reminders.single { it.reminder.vaccine == VaccineCode.DPT_IPV_HIB }
            assertEquals(ReminderKind.DUE, fiveInOne.reminder.kind)
            assertEquals(Subject.Child(child), fiveInOne.subject)
            val message = fiveInOne.reminder.messages.inLang(Lang.JA)
            assertTrue(message.contains("5種混合"), message)
            val rsv = reminders.single { it.subject == Subject.Pregnancy(pregnancy) }
            assertEquals(LocalDate.of(2026, 12, 2), rsv.reminder.date)
            assertTrue(reminders.all { it.notificationId > 0 })
            assertEquals(reminders.size, reminders.map { it.id }.toSet().size)
            // The same query again gives the same ids: rescheduling replaces notifications.
            assertEquals(reminders.map { it.notificationId }, hb.call { reminders(14u) }.map { it.notificationId })

            val rsvPlan = hb.call { maternalRsvPlan(pregnancy) }
            assertNotNull(rsvPlan)
            assertEquals(LocalDate.of(2026, 12, 2), rsvPlan!!.recommendedFrom)
            assertNull(rsvPlan.given)
        }
    }
}

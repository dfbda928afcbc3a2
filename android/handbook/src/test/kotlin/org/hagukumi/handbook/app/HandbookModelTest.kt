package org.hagukumi.handbook.app

import java.io.File
import java.nio.file.Path
import java.time.LocalDate
import java.util.concurrent.atomic.AtomicInteger
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.cancel
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.runBlocking
import org.hagukumi.handbook.aGirl
import kotlinx.coroutines.withTimeout
import org.hagukumi.core.Lang
import org.hagukumi.core.RestoreMode
import org.hagukumi.core.FieldValue
import org.hagukumi.core.ShareRole
import org.hagukumi.core.VaccineCode
import org.hagukumi.core.BundleSecret
import org.hagukumi.core.ShareScope
import org.hagukumi.handbook.HandbookStore
import org.hagukumi.handbook.backupProgress
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * The app's screens without Android ([HandbookModel]), on real handbook files: what a
 * parent does through the forms, what the screens then show, and the sharing and
 * restore flows as the sharing screen drives them.
 */
class HandbookModelTest {
    @TempDir
    lateinit var dir: Path

    private val today = LocalDate.of(2026, 11, 25)
    private val scope = CoroutineScope(SupervisorJob() + Dispatchers.Default)
    private val remindersChanged = AtomicInteger()

    @AfterEach
    fun stop() = scope.cancel()

    private fun model(name: String, lang: Lang = Lang.EN) = HandbookModel(
        scope,
        dir.resolve("$name/handbook.sqlite").toString().also { File(it).parentFile.mkdirs() },
        lang,
        bundlesDir = dir.resolve("$name/cache").toFile(),
        viewsDir = dir.resolve("$name/views").toFile(),
        today = today,
        onRemindersChanged = { remindersChanged.incrementAndGet() },
    )

    private suspend fun HandbookModel.until(what: String, test: (UiState) -> Boolean): UiState =
        try {
            withTimeout(10_000) { ui.first(test) }
        } catch (e: Exception) {
            throw AssertionError("never: $what; last state ${ui.value}", e)
        }

    /** The form screen's editor, once the model opened it. */
    private suspend fun HandbookModel.editor(): FormEditor =
        until("the form open") { it.screen is Screen.Form && it.editor != null }.editor!!

    /** A child added by the family on the form screen (Home's "add a child"). */
    private suspend fun HandbookModel.addChildOnForm(name: String, born: LocalDate, weight: String = ""): String {
        openForm("child", null, back = Screen.Home).join()
        val form = editor()
        form.setText("name", name)
        form.choose("sex", "female")
        form.setDate("birth_date", born)
        form.setText("birth_weight_kg", weight)
        submitForm().join()
        return until("the child on Home") { s -> s.screen == Screen.Home && s.home?.children?.any { it.child.data.name == name } == true }
            .home!!.children.single { it.child.data.name == name }.child.meta.id
    }

    /** A pregnancy entered by its last period on the pregnancy page (Home's "add"); the form must accept it. */
    private suspend fun HandbookModel.addPregnancyOnForm(lmp: LocalDate) {
        openForm("pregnancy", null, back = Screen.Home).join()
        val form = editor()
        form.setDate("lmp", lmp)
        submitForm().join()
        assertEquals(emptyMap<String, List<String>>(), form.ui.value.problems)
    }

    private suspend fun awaitReminders(atLeast: Int) = withTimeout(10_000) {
        while (remindersChanged.get() < atLeast) delay(5)
    }

    @Test
    fun `a child entered on the form with a Japanese keyboard is saved and shown, and a dose from the plan reschedules the reminders`() = runBlocking {
        val m = model("family", Lang.JA)
        m.opened.join()
        assertEquals(0, m.ui.value.home!!.children.size)
        m.addChildOnForm("はな", LocalDate.of(2026, 9, 25), "３．１")
        val home = m.until("the child on Home") { it.home?.children?.size == 1 }
        val card = home.home!!.children.single()
        assertEquals(LocalDate.of(2026, 9, 25), card.child.data.birthDate)
        assertEquals(3.1, card.child.data.birth.weightKg)
        assertEquals(Screen.Home, home.screen)
        awaitReminders(1) // a new child has doses due: the change listener asked for reminders
        // Two months old: the first doses are due now, listed at the top of Home.
        val now = m.until("what is due now on Home") { s -> s.current.isNotEmpty() }.current
        assertTrue(now.all { !it.reminder.notifyOn.isAfter(today) }, "$now")
        assertTrue(now.any { it.reminder.vaccine == VaccineCode.HEP_B }, "$now")

        val id = card.child.meta.id
        val plan = Screen.Vaccinations(id, "はな")
        m.go(plan).join()
        val hepB = m.ui.value.plan!!.vaccines.single { it.code == VaccineCode.HEP_B }
        assertEquals(0, hepB.doses.count { it.given != null })
        // The next visit holds the doses due now, given together.
        val firstVisit = m.ui.value.visits!!.visits.first()
        assertTrue(firstVisit.doses.any { it.vaccine == VaccineCode.HEP_B }, "$firstVisit")
        assertEquals(org.hagukumi.core.Timing.STANDARD, m.ui.value.timing)
        m.setTiming(org.hagukumi.core.Timing.EARLIEST).join()
        assertEquals(org.hagukumi.core.Timing.EARLIEST, m.ui.value.timing)
        assertEquals(org.hagukumi.core.Timing.EARLIEST, m.own().call { scheduleTiming() })
        val before = remindersChanged.get()
        m.recordDose(plan, VaccineCode.HEP_B, 1u).join()
        // The vaccination page, with the vaccine and dose the plan named and today's date.
        val dose = m.editor()
        assertEquals(FieldValue.Choice("hepb"), dose.values().single { it.field == "vaccine" }.value)
        assertEquals(FieldValue.Integer(1), dose.values().single { it.field == "dose" }.value)
        assertEquals(today, dose.entry("date").date)
        dose.setText("lot", " Y7 ")
        m.submitForm().join()
        // Back on the plan, which now counts the dose; the change listener asked for new reminders.
        val after = m.until("the dose on the plan") { s ->
            s.screen == plan && s.plan?.vaccines?.single { it.code == VaccineCode.HEP_B }?.doses?.get(0)?.given == today
        }
        assertNull(after.error)
        awaitReminders(before + 1)
        val given = m.own().call { vaccinations(org.hagukumi.core.Subject.Child(id)) }.single().data
        assertEquals("Y7", given.lot)
        m.close()
    }

    @Test
    fun `a page the core refuses stays open with the core's message under each field, and nothing is written`() = runBlocking {
        val m = model("family")
        m.opened.join()
        m.openForm("child", null, back = Screen.Home).join()
        val form = m.editor()
        form.setDate("birth_date", LocalDate.of(2026, 9, 25))
        form.setText("birth_weight_kg", "about 3")
        m.submitForm().join()
        val s = m.ui.value
        assertTrue(s.screen is Screen.Form, "still on the form: ${s.screen}")
        val problems = form.ui.value.problems
        // The core's words: a name is required, "3kg" is not a number.
        assertTrue(problems["name"].orEmpty().single().contains("Name"), "$problems")
        assertTrue(problems["birth_weight_kg"].orEmpty().single().contains("number"), "$problems")
        assertTrue(problems.keys.none { it !in setOf("name", "birth_weight_kg", "sex") }, "$problems")
        assertNull(s.error)
        m.go(Screen.Home).join()
        assertEquals(0, m.ui.value.home!!.children.size)
        m.close()
    }

    @Test
    fun `the handbook's pages list each record with edit and delete, and a page that is not repeatable takes one`() = runBlocking {
        val m = model("family", Lang.JA)
        m.opened.join()
        val id = m.addChildOnForm("はな", LocalDate.of(2026, 9, 25), "3.1")
        m.go(Screen.Pages).join()
        val groups = m.until("the pages") { it.pages.isNotEmpty() }.pages
        val child = groups.single { it.owner is PageOwner.Child }
        assertEquals("はな", child.title)
        val growth = child.pages.single { it.id == "growth" }
        assertEquals(org.hagukumi.core.Subject.Child(id), growth.subject)
        val page = Screen.Page(growth)
        m.go(page).join()
        assertTrue(m.ui.value.records.isEmpty())
        assertTrue(growth.canAdd(m.ui.value.records))

        // Add from the page: back on the page, which lists the record.
        m.openForm(growth.id, growth.subject).join()
        m.editor().setText("weight_kg", "４．２")
        m.submitForm().join()
        val listed = m.until("the record on the page") { it.screen == page && it.records.size == 1 }.records.single()
        assertTrue(listed.summary.contains("4.2"), listed.summary)

        // Edit: the form opens with the record's values; a change is saved on the same record.
        m.openForm(growth.id, growth.subject, listed.id).join()
        val edit = m.editor()
        assertEquals("4.2", edit.entry("weight_kg").text)
        edit.setText("weight_kg", "4.3")
        m.submitForm().join()
        val edited = m.until("the edit listed") { it.screen == page && it.records.singleOrNull()?.summary?.contains("4.3") == true }
        assertEquals(listed.id, edited.records.single().id)

        // Delete (the screen asked first): the page lists nothing.
        m.deleteRecord(growth.id, listed.id).join()
        m.until("the page empty") { it.screen == page && it.records.isEmpty() }

        // The mother's profile is one page: once written, the page takes no second one.
        val profile = groups.single { it.owner == PageOwner.Mother }.pages.single { it.id == "mother_profile" }
        m.go(Screen.Page(profile)).join()
        m.openForm(profile.id, null).join()
        m.editor().setText("name", "山田 花子")
        m.submitForm().join()
        val one = m.until("the profile listed") { it.screen == Screen.Page(profile) && it.records.size == 1 }
        assertFalse(profile.canAdd(one.records))
        m.close()
    }

    @Test
    fun `photos picked for a diary are imported, shown and saved with it, the copies removed, a pale stool raises the alert, the FHIR file is private`() = runBlocking {
        val m = model("family", Lang.JA)
        m.opened.join()
        val id = m.addChildOnForm("はな", LocalDate.of(2026, 11, 1))
        val subject = org.hagukumi.core.Subject.Child(id)
        m.openForm("diary", subject).join()
        val diary = m.editor()
        // The screen copies what the system picker gave to the cache; the model imports and removes the copies.
        val copy = dir.resolve("picked.jpg").toFile()
        File("tests/fixtures/exif-orientation/Landscape_6.jpg").copyTo(copy)
        m.addPhotos("photos", listOf(copy)).join()
        assertFalse(copy.exists(), "the picked copy is removed once imported")
        val photos = diary.entry("photos").photos
        assertEquals(1, photos.size)
        assertTrue(File(m.ui.value.thumbnails.getValue(photos.single())).isFile)
        diary.setText("text", "はじめて笑った")
        m.submitForm().join()
        m.until("back on Home") { it.screen == Screen.Home }
        val saved = m.own().call { diary(subject) }.single().data
        assertEquals(photos, saved.photos)

        // A pale stool colour: the save comes back with the alert to call the doctor today.
        m.openForm("stool_color", subject).join()
        val stool = m.editor()
        stool.setText("color_number", "２")
        m.submitForm().join()
        val alerted = m.until("the alert") { it.alerts.isNotEmpty() }
        assertEquals(org.hagukumi.core.AlertKind.CONTACT_DOCTOR_NOW, alerted.alerts.first().kind)
        m.dismissAlerts()
        assertTrue(m.ui.value.alerts.isEmpty())
        // Home puts it first among its worries: the red card, with the record to open and no desk to call.
        m.go(Screen.Home).join()
        val worry = m.until("the worry on Home") { it.home?.worries?.isNotEmpty() == true }.home!!.worries.first()
        assertTrue(worry.callDoctorNow, "$worry")
        assertNull(worry.deskPhone)
        assertTrue(worry.message.isNotBlank())
        val record = worry.alertRecord!!
        assertEquals("stool_color", record.formId)
        assertEquals(subject, record.subject)
        assertEquals(m.own().call { formRecords("stool_color", subject, Lang.JA) }.single().id, record.record)

        // The FHIR document of the child, in a file only this app reads.
        var sent: File? = null
        m.exportFhir(id) { sent = it }.join()
        val fhir = checkNotNull(sent)
        assertTrue(fhir.readText().contains("\"resourceType\""))
        val perms = java.nio.file.Files.getPosixFilePermissions(fhir.toPath()).map { it.name }.toSet()
        assertEquals(setOf("OWNER_READ", "OWNER_WRITE"), perms)
        m.close()
    }

    @Test
    fun `a pregnancy entered on its page shows its maternal RSV dose on Home, recorded through the vaccination page`() = runBlocking {
        val m = model("family", Lang.JA)
        m.opened.join()
        // 30 weeks today: inside the maternal RSV window (28w0d–36w6d, the core's rule).
        m.addPregnancyOnForm(today.minusWeeks(30))
        val home = m.until("the pregnancy and its RSV dose on Home") { it.home?.pregnancy != null && it.maternalRsv != null }
        val rsv = home.maternalRsv!!
        assertTrue(rsv.reasons.inLang(Lang.JA).isNotBlank())
        val pregnancy = home.home!!.pregnancy!!.pregnancy.meta.id
        m.recordMaternalRsv(pregnancy, rsv.dose).join()
        val dose = m.editor()
        assertEquals(FieldValue.Choice("rsv_maternal"), dose.values().single { it.field == "vaccine" }.value)
        assertEquals(org.hagukumi.core.Subject.Pregnancy(pregnancy), dose.subject)
        m.submitForm().join()
        val after = m.until("the dose given") { it.screen == Screen.Home && it.maternalRsv?.given == today }
        assertNull(after.error)

        // The photo folder's check, from the sharing screen.
        m.sharing.checkPhotos(false).join()
        assertEquals("写真0枚、すべてそろっています。", m.ui.value.sharing.result)
        m.close()
    }

    @Test
    fun `a pregnancy's end is recorded from its page, Home then offers the city's desk, and a mistake is undone`() = runBlocking {
        val m = model("family", Lang.JA)
        m.opened.join()
        m.addPregnancyOnForm(today.minusWeeks(12))
        val id = m.until("the pregnancy on Home") { it.home?.pregnancy != null }.home!!.pregnancy!!.pregnancy.meta.id
        // The city's desk, with a phone: the sample city (core/data/feed/komorebi).
        m.own().call { moveToCity(java.io.File("core/data/feed/komorebi/city.toml").readText()) }
        m.go(Screen.Pages).join()
        val group = m.until("its pages") { s -> s.pages.any { it.owner is PageOwner.Pregnancy } }.pages.single { it.owner is PageOwner.Pregnancy }
        assertNull((group.owner as PageOwner.Pregnancy).record.data.ended)

        m.endPregnancy(id, org.hagukumi.core.PregnancyOutcome.MISCARRIAGE, today.minusDays(2)).join()
        val ended = m.until("the end on its page") { s ->
            s.pages.any { (it.owner as? PageOwner.Pregnancy)?.record?.data?.ended != null }
        }.pages.single { it.owner is PageOwner.Pregnancy }.owner as PageOwner.Pregnancy
        assertEquals(org.hagukumi.core.PregnancyEnd(org.hagukumi.core.PregnancyOutcome.MISCARRIAGE, today.minusDays(2)), ended.record.data.ended)
        m.go(Screen.Home).join()
        val home = m.until("Home without the weeks") { it.screen == Screen.Home && it.home?.pregnancy == null }.home!!
        val loss = home.worries.single { it.kind is org.hagukumi.core.WorryKind.PregnancyLoss }
        assertFalse(loss.callDoctorNow)
        val desk = m.own().call { consultationDesk() }
        assertTrue(desk?.phone != null, "the sample city names a desk with a phone: $desk")
        assertEquals(desk!!.phone, loss.deskPhone)
        assertTrue(loss.message.contains(desk.name), loss.message)
        // The desk stays on the city page after the weeks of the worry.
        m.go(Screen.City).join()
        assertEquals(desk, m.until("the desk on the city page") { it.desk != null }.desk)
        m.go(Screen.Pages).join()

        // Undone from its pages: ongoing again there, and on Home.
        m.reopenPregnancy(id).join()
        m.until("the pregnancy ongoing on its page") { s ->
            s.pages.any { (it.owner as? PageOwner.Pregnancy)?.record?.let { r -> r.meta.id == id && r.data.ended == null } == true }
        }
        m.go(Screen.Home).join()
        val back = m.until("the pregnancy back on Home") { it.home?.pregnancy != null }.home!!
        assertTrue(back.worries.none { it.kind is org.hagukumi.core.WorryKind.PregnancyLoss })
        assertNull(m.ui.value.error)
        m.close()
    }

    @Test
    fun `a second identical measurement asks before it is saved, and is saved once the family confirms`() = runBlocking {
        val m = model("family", Lang.JA)
        m.opened.join()
        val id = m.addChildOnForm("はな", LocalDate.of(2026, 10, 1), "3.1")
        val subject = org.hagukumi.core.Subject.Child(id)
        m.go(Screen.ChildCard(id)).join()
        suspend fun measure(): FormEditor {
            m.openForm("growth", subject).join()
            return m.until("a new growth form") { s -> s.editor.let { e -> e != null && e.record == null && e.form.id == "growth" && e.ui.value.saved == null } }.editor!!.also {
                it.setText("weight_kg", "4.5")
            }
        }
        measure()
        m.submitForm().join()
        m.until("the card") { it.screen == Screen.ChildCard(id) }
        val again = measure()
        m.submitForm().join()
        // Still on the form, asking: nothing saved yet.
        assertTrue(m.ui.value.screen is Screen.Form)
        assertTrue(again.ui.value.duplicate.orEmpty().contains("4.5"), again.ui.value.duplicate.orEmpty())
        assertEquals(1, m.own().call { formRecords("growth", subject, Lang.JA) }.size)
        m.confirmDuplicate().join()
        m.until("back on the card") { it.screen == Screen.ChildCard(id) }
        assertEquals(2, m.own().call { formRecords("growth", subject, Lang.JA) }.size)
        m.close()
    }

    @Test
    fun `an action that fails outside the core shows a message and the model keeps working`() = runBlocking {
        val m = model("family")
        m.opened.join()
        val id = m.addChildOnForm("Hana", LocalDate.of(2026, 9, 25))
        m.exportSummary(id) { throw java.io.IOException("no space left on device") }.join()
        assertEquals("A file could not be read or written (no space left on device).", m.ui.value.error)
        var html: String? = null
        m.exportSummary(id) { html = it }.join()
        assertTrue(html!!.contains("Hana"))
        m.close()
    }

    @Test
    fun `back goes up from a form to the card, then Home, then leaves the app`() = runBlocking {
        val m = model("family")
        m.opened.join()
        val id = m.addChildOnForm("Hana", LocalDate.of(2026, 9, 25))
        m.go(Screen.ChildCard(id)).join()
        m.openForm("growth", org.hagukumi.core.Subject.Child(id)).join()
        m.editor()
        assertTrue(m.back())
        assertEquals("Hana", m.until("the card") { it.screen == Screen.ChildCard(id) && it.child != null }.child!!.child.data.name)
        assertTrue(m.back())
        m.until("Home") { it.screen == Screen.Home }
        assertFalse(m.back())
        m.close()
    }

    @Test
    fun `a growth save stays on the card with the core's notes`() = runBlocking {
        val m = model("family")
        m.opened.join()
        val id = m.addChildOnForm("Hana", LocalDate.of(2026, 9, 25), "3.1")
        m.go(Screen.ChildCard(id)).join()
        m.openForm("growth", org.hagukumi.core.Subject.Child(id)).join()
        val form = m.editor()
        form.setDate("measured_on", LocalDate.of(2026, 11, 20))
        form.setText("weight_kg", "12.5")
        m.submitForm().join()
        val s = m.until("the card") { it.screen == Screen.ChildCard(id) && it.child != null && it.standings.isNotEmpty() }
        assertTrue(s.notes.isNotEmpty(), "12.5 kg at 8 weeks is saved with a note")
        assertEquals(12.5, s.child!!.latest.weightKg?.value)
        // Where it stands on the handbook's curves: far above the top line, in the core's words.
        val standing = s.standings.single { it.indicator == org.hagukumi.core.Indicator.WEIGHT_FOR_AGE }
        assertEquals(org.hagukumi.core.PercentileBand.ABOVE_P97, standing.japan?.band)
        assertTrue(s.chart!!.attribution.isNotBlank(), "the survey's credit under the chart")
        m.close()
    }

    @Test
    fun `a backup restores without a question on an empty handbook, and asks replace or merge on one with records`() = runBlocking {
        val backup = dir.resolve("family.hagukumi-backup").toString()
        val passphrase = "はぐくみ 2026 バックアップ"
        HandbookStore.open(dir.resolve("old.sqlite").toString(), Lang.EN, today).use { old ->
            val hana = old.call { addChild(aGirl("Hana", LocalDate.of(2026, 9, 25))) }.meta.id
            old.call { addGrowth(org.hagukumi.core.GrowthMeasurement(childId = hana, measuredOn = today, weightKg = 5.0)) }
            old.call { createBackup(backup, BundleSecret.Passphrase(passphrase), backupProgress { _, _ -> }) }
        }
        val m = model("new")
        m.opened.join()
        m.go(Screen.Sharing).join()
        m.sharing.openReceived(File(backup)).join()
        val incoming = m.ui.value.sharing.incoming!!
        assertTrue(incoming.isBackup && incoming.needsPassphrase)

        m.sharing.unlock("not the passphrase").join()
        assertNotNull(m.ui.value.sharing.incoming!!.secretError, "the field stays open with the core's message")
        assertNull(m.ui.value.sharing.incoming!!.backup)
        assertNull(m.ui.value.error)
        m.sharing.unlock(passphrase).join()
        assertEquals(listOf("Hana"), m.ui.value.sharing.incoming!!.backup!!.children)

        val reminders = remindersChanged.get()
        m.sharing.restore(null).join()
        assertEquals("Restored from the backup (2 records, 0 photos).", m.ui.value.sharing.result)
        assertEquals(listOf("Hana"), m.ui.value.home!!.children.map { it.child.data.name })
        assertTrue(remindersChanged.get() > reminders, "the restored records' reminders are scheduled")

        // Again, now that the handbook has records: the core's question is asked first.
        m.sharing.openReceived(File(backup)).join()
        m.sharing.unlock(passphrase).join()
        m.sharing.restore(null).join()
        assertTrue(m.ui.value.sharing.incoming!!.choiceNeeded)
        assertNull(m.ui.value.sharing.result, "nothing restored before the family chose")
        m.sharing.restore(RestoreMode.MERGE).join()
        assertNull(m.ui.value.error)
        assertEquals("Merged the backup (0 updated, 2 already there).", m.ui.value.sharing.result)
        assertNull(m.ui.value.sharing.incoming)
        m.close()
    }

    @Test
    fun `the other parent's share is merged and the screens and reminders follow the change`() = runBlocking {
        val mother = model("mother")
        val father = model("father")
        mother.opened.join()
        father.opened.join()
        mother.addChildOnForm("Hana", LocalDate.of(2026, 9, 25))
        mother.go(Screen.Sharing).join()
        mother.sharing.createShare("Papa", ShareRole.CO_PARENT, ShareScope.Family).join()
        val share = mother.ui.value.sharing.shown!!
        assertEquals(listOf("Papa"), mother.ui.value.sharing.shares.map { it.name })
        var sent: File? = null
        mother.sharing.exportShare(share) { sent = it }.join()
        val bundle = checkNotNull(sent)
        assertTrue(bundle.name.startsWith("Papa-2026-11-25"), bundle.name)

        father.go(Screen.Sharing).join()
        father.sharing.openReceived(bundle).join()
        father.sharing.unlock(share.key).join()
        assertEquals(ShareRole.CO_PARENT, father.ui.value.sharing.incoming!!.share!!.role)
        // The father looks at Home (empty) while the import runs.
        father.go(Screen.Home).join()
        assertEquals(0, father.ui.value.home!!.children.size)
        val reminders = remindersChanged.get()
        father.sharing.importIncoming().join()
        assertTrue(father.ui.value.sharing.result!!.startsWith("Joined the family's handbook"), father.ui.value.sharing.result)
        // Nothing re-read Home by hand: the handbook's change (a merge) did.
        val home = father.until("Hana at home") { it.home?.children?.size == 1 }
        assertEquals(listOf("Hana"), home.home!!.children.map { it.child.data.name })
        awaitReminders(reminders + 1)
        mother.close()
        father.close()
    }
}

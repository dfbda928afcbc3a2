package org.hagukumi.handbook.app

import java.io.File
import java.io.IOException
import java.time.LocalDate
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.NonCancellable
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.hagukumi.core.Answer
import org.hagukumi.core.ErrorKind
import org.hagukumi.core.FieldInput
import org.hagukumi.core.FieldValue
import org.hagukumi.core.FormTarget
import org.hagukumi.core.GrowthMeasurement
import org.hagukumi.core.HandbookException
import org.hagukumi.core.Lang
import org.hagukumi.core.PregnancyEnd
import org.hagukumi.core.PregnancyOutcome
import org.hagukumi.core.RecordId
import org.hagukumi.core.RecordKind
import org.hagukumi.core.Subject
import org.hagukumi.core.VaccineCode
import org.hagukumi.ffi.Change
import org.hagukumi.ffi.PhotoImport
import org.hagukumi.ffi.handbookForms
import org.hagukumi.ffi.vaccineName
import org.hagukumi.core.FamilyView
import org.hagukumi.core.ForYouItem
import org.hagukumi.core.Indicator
import org.hagukumi.core.Standard
import org.hagukumi.handbook.HandbookStore
import org.hagukumi.handbook.kind
import org.hagukumi.handbook.userMessage

/**
 * The app's screens without Android: holds the open handbook, turns the family's
 * actions into core calls and puts what the core returns in [ui]. The Android
 * ViewModel only creates it on `viewModelScope`; Compose only draws [ui].
 *
 * Every action runs on [scope] (the store's calls hop to Dispatchers.IO) and returns
 * its [Job]; any failure becomes a message in [lang], never a crash. The screens
 * re-read when the handbook says it changed ([HandbookStore.changes]): own writes,
 * merged shares, synced feeds.
 */
class HandbookModel(
    private val scope: CoroutineScope,
    /** The family's own handbook file. */
    internal val path: String,
    val lang: Lang,
    /** Where bundles are written and received files copied to (the app's cache). */
    internal val bundlesDir: File,
    /** Where the family views (grandparents' read-only handbooks) are kept. */
    internal val viewsDir: File,
    /** Pins "today" (tests, demos); null in the app. */
    private val today: LocalDate? = null,
    /** The records that decide reminders changed: reschedule them (ReminderWorker). */
    internal val onRemindersChanged: () -> Unit = {},
) {
    internal val state = MutableStateFlow(UiState(lang))
    val ui: StateFlow<UiState> = state.asStateFlow()

    /** Sharing and backups of the family's own handbook. */
    val sharing = SharingModel(this)

    private var store: HandbookStore? = null
    /** The family view being shown, if any; [store] stays open beside it. */
    private var viewStore: HandbookStore? = null

    /** Why the handbook did not open, if it did not: every action then shows it. */
    private var openFailure: HandbookException? = null

    /** Done when the handbook is open (or failed to open); every action waits for it. */
    val opened: Job = scope.launch {
        try {
            val opened = HandbookStore.open(path, lang, today)
            store = opened
            scope.launch { opened.changes().collect { onChange(it) } }
            refreshHome()
        } catch (e: HandbookException) {
            openFailure = e
            report(e)
        }
    }

    fun go(screen: Screen): Job {
        state.update {
            it.copy(
                screen = screen,
                error = null,
                notes = emptyList(),
                plan = if (screen is Screen.Vaccinations) null else it.plan,
                lastMove = if (screen == Screen.City) null else it.lastMove,
                sharing = if (screen == Screen.Sharing) SharingUi() else it.sharing,
                editor = if (screen == it.screen) it.editor else null,
                records = if (screen == it.screen) it.records else emptyList(),
            )
        }
        return act { load(screen) }
    }

    /** Back one screen; false on Home outside a family view (the system then leaves the app). */
    fun back(): Boolean {
        val up = state.value.screen.up()
        when {
            up != null -> go(up)
            state.value.viewing != null -> leaveView()
            else -> return false
        }
        return true
    }

    /** Read what [screen] shows from the handbook. */
    private suspend fun load(screen: Screen) {
        when (screen) {
            Screen.Home -> refreshHome()
            is Screen.ChildCard -> loadChild(screen.childId)
            is Screen.Timeline -> {
                val page = store().call { timeline(screen.subject, null, PAGE, lang) }
                state.update { it.copy(timeline = page.items, nextCursor = page.nextCursor) }
            }
            is Screen.Vaccinations -> {
                val plan = store().call { vaccinationPlan(screen.childId) }
                val visits = store().call { vaccinationVisits(screen.childId) }
                val timing = store().call { scheduleTiming() }
                state.update { it.copy(plan = plan, visits = visits, timing = timing) }
            }
            Screen.Notices -> {
                val list = store().call { forYou(lang) }
                state.update { it.copy(notices = list) }
            }
            Screen.City -> {
                val city = own().call { currentCity() }
                val archive = own().call { archivedNotices(lang) }
                val desk = own().call { consultationDesk() }
                state.update { it.copy(city = city, archive = archive, desk = desk) }
            }
            Screen.Sharing -> sharing.load()
            Screen.Pages -> {
                val forms = HandbookStore.io { handbookForms(lang) }
                val pregnancies = store().call { pregnancies() }
                val children = store().call { children() }
                state.update { it.copy(pages = HandbookPages.groups(forms, pregnancies, children, lang)) }
            }
            is Screen.Page -> {
                val records = store().call { formRecords(screen.link.id, screen.link.subject, lang) }
                state.update { it.copy(records = records) }
            }
            is Screen.Form -> loadForm(screen)
        }
    }

    /**
     * The form of [screen], unless it is open already: a change of the handbook while
     * the family types (a photo imported, a synced feed) keeps what was entered.
     */
    private suspend fun loadForm(screen: Screen.Form) {
        val open = state.value.editor
        if (open != null && open.form.id == screen.formId && open.record == screen.record && open.subject == screen.subject) return
        val editor = if (screen.record == null) {
            FormEditor.blank(own(), screen.formId, screen.subject)
        } else {
            FormEditor.open(store(), screen.formId, screen.record)
        }
        screen.preset.forEach(editor::preset)
        val photos = editor.fields.filter { it.input is FieldInput.Photos }.flatMap { editor.entry(it.id).photos }
        val thumbnails = photos.associateWith { store().call { photo(it) }.thumbnail.path }
        state.update { if (it.screen == screen) it.copy(editor = editor, thumbnails = thumbnails) else it }
    }

    /** The handbook changed: the screen shown re-reads, and the reminders follow the records. */
    private suspend fun onChange(change: Change) {
        if (affectsReminders(change)) onRemindersChanged()
        try {
            load(state.value.screen)
        } catch (e: CancellationException) {
            throw e
        } catch (e: Exception) {
            report(e)
        }
    }

    fun loadMoreTimeline(): Job? {
        val screen = state.value.screen as? Screen.Timeline ?: return null
        val cursor = state.value.nextCursor ?: return null
        return act {
            val page = store().call { timeline(screen.subject, cursor, PAGE, lang) }
            state.update { it.copy(timeline = it.timeline + page.items, nextCursor = page.nextCursor) }
        }
    }

    /** Opening a notice marks it read (the mark survives the city's updates of it). */
    fun readNotice(item: ForYouItem) = act {
        if (!item.read) store().call { markFeedRead(item.kind, item.id, true) }
        load(Screen.Notices)
    }

    fun toggleBookmark(item: ForYouItem) = act {
        store().call { setFeedBookmark(item.kind, item.id, !item.bookmarked) }
        load(Screen.Notices)
    }

    /** Move to the city of [cityConfigToml]; the screen then shows what was archived. */
    fun moveToCity(cityConfigToml: String) = act {
        val report = own().call { moveToCity(cityConfigToml) }
        state.update { it.copy(lastMove = report) }
        load(Screen.City)
        // The new city's notices now rather than at tomorrow's sync; a failure here is
        // the sync's (network), not the move's, which is done: the daily sync retries.
        if (report.moved) runCatching { own().call { syncCurrentCity() } }
    }

    /**
     * The family's choice of when to be nudged: by the standard period (the default) or
     * as early as the law allows. The plan and the reminders follow (the change listener).
     */
    fun setTiming(timing: org.hagukumi.core.Timing) = act {
        own().call { setScheduleTiming(timing) }
        state.update { it.copy(timing = timing) }
    }

    /**
     * Open the one form screen on a page: a new record of [formId] about [subject], or
     * the edit of [record]; back and a save lead to [back].
     */
    fun openForm(formId: String, subject: Subject?, record: RecordId? = null, back: Screen = state.value.screen) =
        go(Screen.Form(formId, subject, record, back))

    /**
     * Record a dose shown on the vaccination plan: the vaccination page with the
     * vaccine (the core's option named as the plan names it) and the dose filled in.
     */
    fun recordDose(plan: Screen.Vaccinations, vaccine: VaccineCode, dose: UInt) =
        recordDose(Subject.Child(plan.childId), vaccine, dose, plan)

    /** Record the maternal RSV dose of the pregnancy on Home (its plan is [UiState.maternalRsv]). */
    fun recordMaternalRsv(pregnancyId: RecordId, dose: UInt) =
        recordDose(Subject.Pregnancy(pregnancyId), VaccineCode.RSV_MATERNAL, dose, Screen.Home)

    private fun recordDose(subject: Subject, vaccine: VaccineCode, dose: UInt, back: Screen) = act {
        val form = own().call { form(VACCINATION_FORM, subject, null, lang) }
        val name = vaccineName(vaccine, lang)
        val option = form.sections.flatMap { it.fields }.firstNotNullOfOrNull { f ->
            (f.input as? FieldInput.Choice)?.options?.firstOrNull { it.label == name }?.let { Answer(f.id, FieldValue.Choice(it.value)) }
        }
        val preset = listOfNotNull(option, Answer(DOSE_FIELD, FieldValue.Integer(dose.toLong())))
        go(Screen.Form(VACCINATION_FORM, subject, null, back, preset)).join()
    }

    /**
     * Save the page on the form screen. Problems stay on the form, by field (the
     * core's words), and so does a likely duplicate (the form asks "save anyway?":
     * [confirmDuplicate]); a save goes back where the form was opened from, with the
     * alerts the core raised, its notes ("saved, but please check") and, for a
     * measurement, where it stands on the curves.
     */
    fun submitForm() = save { it.submit() }

    /** The family confirmed the likely duplicate the form showed: save it anyway. */
    fun confirmDuplicate() = save { it.confirmDuplicate() }

    private fun save(submit: suspend (FormEditor) -> org.hagukumi.core.FormSaved?) = act {
        val screen = state.value.screen as? Screen.Form ?: return@act
        val editor = state.value.editor ?: return@act
        val saved = submit(editor) ?: return@act
        val growth = if (editor.form.target == FormTarget.Record(RecordKind.GROWTH)) measurement(editor.subject, saved.id) else null
        val standings = growth?.let { own().call { growthStandings(it, lang) } }.orEmpty()
        go(screen.back).join()
        state.update { it.copy(alerts = saved.alerts, standings = standings, notes = saved.notes) }
    }

    /** The measurement saved as [id] for the child [subject], to say where it stands. */
    private suspend fun measurement(subject: Subject?, id: RecordId): GrowthMeasurement? {
        val child = (subject as? Subject.Child)?.v1 ?: return null
        return own().call { growth(child) }.firstOrNull { it.meta.id == id }?.data
    }

    /**
     * Record that pregnancy [pregnancyId] ended without a birth (the pages screen asked
     * first, with the outcome and the day): the core stops its weeks, reminders and
     * pregnancy notices, keeps its pages, and Home offers the city's desk.
     */
    fun endPregnancy(pregnancyId: RecordId, outcome: PregnancyOutcome, date: LocalDate) = act {
        own().call { endPregnancy(pregnancyId, PregnancyEnd(outcome, date)) }
        load(state.value.screen)
    }

    /** Undo [endPregnancy] recorded by mistake: the pregnancy is ongoing again. */
    fun reopenPregnancy(pregnancyId: RecordId) = act {
        own().call { reopenPregnancy(pregnancyId) }
        load(state.value.screen)
    }

    /** Delete a record of a page (the screen asked first), then show the page again. */
    fun deleteRecord(formId: String, record: RecordId) = act {
        own().call { formDelete(formId, record) }
        val screen = state.value.screen
        if (screen is Screen.Form && screen.record == record) go(screen.back).join() else load(screen)
    }

    /**
     * Import photos the family picked (copied to [files] by the screen, which are
     * deleted once read) and add them to the photo field [fieldId]; a refused file
     * (HEIC, too large) is said in the core's words and the others are kept.
     */
    fun addPhotos(fieldId: String, files: List<File>) = act {
        val editor = state.value.editor ?: return@act files.forEach { it.delete() }
        val results = try {
            own().call { importPhotos(files.map { it.path }, null, null) }
        } finally {
            withContext(NonCancellable + Dispatchers.IO) { files.forEach { it.delete() } }
        }
        val photos = results.mapNotNull { (it as? PhotoImport.Imported)?.photo }
        editor.setPhotos(fieldId, (editor.entry(fieldId).photos + photos.map { it.id }).distinct())
        state.update { s -> s.copy(thumbnails = s.thumbnails + photos.associate { it.id to it.thumbnail.path }) }
        results.firstNotNullOfOrNull { it as? PhotoImport.Refused }?.let { throw it.error }
    }

    /** The alerts after a save were read. */
    fun dismissAlerts() = state.update { it.copy(alerts = emptyList()) }

    /** The child's printable summary (HTML, in the app's language), handed to [onReady]. */
    fun exportSummary(childId: RecordId, onReady: (String) -> Unit) = act {
        onReady(store().call { exportSummaryHtml(childId, lang) })
    }

    /**
     * The child's records as a FHIR document (the core's JSON), written to a cache file
     * only this app can read and handed to [send] (the share sheet).
     */
    fun exportFhir(childId: RecordId, send: (File) -> Unit) = act {
        val json = store().call { exportFhir(childId) }
        val file = File(bundlesDir, "hagukumi-fhir-${childId.take(8)}.json")
        withContext(Dispatchers.IO) {
            bundlesDir.mkdirs()
            file.delete()
            file.createNewFile()
            // Health data: readable by this app only, before anything is written.
            file.setReadable(false, false)
            file.setWritable(false, false)
            file.setReadable(true, true)
            file.setWritable(true, true)
            file.writeText(json)
        }
        send(file)
    }

    /** A failure outside the core (a file the phone could not copy), in the app's words. */
    fun showError(message: String) = state.update { it.copy(error = message) }

    fun dismissMessages() = state.update { it.copy(error = null, notes = emptyList(), standings = emptyList()) }

    /** Show another family's read-only view on Home instead of this family's handbook. */
    fun openView(view: FamilyView) = act {
        closeView()
        viewStore = HandbookStore.open(view.path, lang, today)
        state.update { it.copy(viewing = view) }
        go(Screen.Home).join()
    }

    /** Back to the family's own handbook. */
    fun leaveView() = act {
        closeView()
        go(Screen.Home).join()
    }

    private suspend fun closeView() {
        val open = viewStore ?: return
        viewStore = null
        state.update { it.copy(viewing = null) }
        withContext(Dispatchers.IO) { runCatching { open.close() } }
    }

    internal suspend fun refreshHome() {
        val home = store().call { home(lang) }
        val readOnly = store().call { identity() }.readOnly
        val current = store().call { reminders(0u) }.filter { !it.reminder.notifyOn.isAfter(home.today) }
        // The maternal RSV vaccine of the ongoing pregnancy (none without dating).
        val rsv = home.pregnancy?.let { p -> store().call { maternalRsvPlan(p.pregnancy.meta.id) } }
        state.update { it.copy(home = home, readOnly = readOnly, current = current, maternalRsv = rsv) }
    }

    private suspend fun loadChild(childId: RecordId) {
        val summary = store().call { childSummary(childId, lang) }
        // The handbook's own curves (the 2023 survey), as the paper handbook draws them.
        val chart = store().call { growthChart(childId, Indicator.WEIGHT_FOR_AGE, Standard.JAPAN2023, lang) }
        state.update { it.copy(child = summary, chart = chart) }
    }

    /** The handbook the screens show: a family view while one is open, else the family's own. */
    private fun store(): HandbookStore = viewStore ?: own()

    /** The family's own handbook (writes, sharing and backups always act on it). */
    internal fun own(): HandbookStore = store ?: throw (openFailure ?: IllegalStateException("the handbook is not open"))

    /**
     * Run an action after the handbook opened. Whatever it throws becomes the message
     * shown (the core's, in [lang], or the app's for a form value or a file), never a
     * crash and never silence.
     */
    internal fun act(block: suspend () -> Unit): Job = scope.launch {
        opened.join()
        try {
            block()
        } catch (e: CancellationException) {
            throw e
        } catch (e: Exception) {
            report(e)
        }
    }

    private fun report(e: Exception) {
        state.update { it.copy(error = failureMessage(e, lang)) }
        // The core found a damaged page: its message says to make a rescue backup, and
        // the sharing screen offers one from now on.
        if (e is HandbookException && e.kind == ErrorKind.DAMAGED) sharing.update { it.copy(damaged = true) }
    }

    /** Close the handbooks (a checkpoint each): call when the screens are gone, on a scope that outlives them. */
    suspend fun close() = withContext(NonCancellable + Dispatchers.IO) {
        listOfNotNull(store, viewStore).forEach { runCatching { it.close() } }
        store = null
        viewStore = null
    }

    private companion object {
        const val PAGE = 50u
        /** The vaccination page and its dose field (core/data/forms/records.toml). */
        const val VACCINATION_FORM = "vaccination"
        const val DOSE_FIELD = "dose"
    }
}

/** Whether [change] can change which reminders are due (doses, checkups, children, a merge). */
fun affectsReminders(change: Change): Boolean = when (change) {
    is Change.Records -> change.kind in setOf(
        RecordKind.CHILD, RecordKind.VACCINATION, RecordKind.INFANT_CHECKUP,
        RecordKind.PREGNANCY, RecordKind.DELIVERY,
    )
    Change.Merged, Change.Schedule -> true
    Change.Feed, Change.Photos -> false
}

/** The message for a failed action, in [lang]: the core's words for its errors, the app's for the rest. */
fun failureMessage(e: Throwable, lang: Lang): String = when (e) {
    is HandbookException -> e.userMessage(lang)
    is IOException -> lang.text("app-failure-file", "detail" to (e.message ?: e.javaClass.simpleName))
    else -> lang.text("app-failure-unexpected", "detail" to e.javaClass.simpleName)
}

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
import org.hagukumi.core.BirthMeasurements
import org.hagukumi.core.Child
import org.hagukumi.core.DiaryEntry
import org.hagukumi.core.ErrorKind
import org.hagukumi.core.Field
import org.hagukumi.core.GrowthMeasurement
import org.hagukumi.core.HandbookException
import org.hagukumi.core.Lang
import org.hagukumi.core.Mood
import org.hagukumi.core.RecordId
import org.hagukumi.core.RecordKind
import org.hagukumi.core.Sex
import org.hagukumi.core.Subject
import org.hagukumi.core.Vaccination
import org.hagukumi.ffi.Change
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
                warnings = emptyList(),
                plan = if (screen is Screen.Vaccinations) null else it.plan,
                lastMove = if (screen == Screen.City) null else it.lastMove,
                sharing = if (screen == Screen.Sharing) SharingUi() else it.sharing,
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
                state.update { it.copy(city = city, archive = archive) }
            }
            Screen.Sharing -> sharing.load()
            Screen.AddChild, is Screen.AddGrowth, is Screen.AddDiary, is Screen.RecordVaccination -> Unit
        }
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

    fun addChild(name: String, birthDate: String, sex: Sex, birthWeight: String) = act {
        val child = Child(
            name = name,
            sex = sex,
            birthDate = requireDate(birthDate, Field.BIRTH_DATE),
            // A singleton; twins are recorded through a delivery, which numbers them.
            birthOrder = 1u,
            birth = BirthMeasurements(weightKg = optionalNumber(birthWeight, Field.WEIGHT)),
        )
        own().call { addChild(child) }
        go(Screen.Home)
    }

    fun addGrowth(childId: RecordId, date: String, weight: String, length: String, head: String) = act {
        val m = GrowthMeasurement(
            childId = childId,
            measuredOn = requireDate(date, Field.DATE),
            weightKg = optionalNumber(weight, Field.WEIGHT),
            lengthCm = optionalNumber(length, Field.LENGTH),
            headCm = optionalNumber(head, Field.HEAD),
        )
        val saved = own().call { addGrowth(m) }
        val standings = own().call { growthStandings(m, lang) }
        // Stay on the card and show the warnings, if any (the value is saved either way),
        // and where the measurement stands.
        state.update { it.copy(screen = Screen.ChildCard(childId), warnings = saved.warnings, standings = standings) }
        loadChild(childId)
    }

    /**
     * The family's choice of when to be nudged: by the standard period (the default) or
     * as early as the law allows. The plan and the reminders follow (the change listener).
     */
    fun setTiming(timing: org.hagukumi.core.Timing) = act {
        own().call { setScheduleTiming(timing) }
        state.update { it.copy(timing = timing) }
    }

    fun addVaccination(screen: Screen.RecordVaccination, date: String, brand: String, lot: String, clinic: String) = act {
        val v = Vaccination(
            subject = Subject.Child(screen.plan.childId),
            vaccine = screen.vaccine,
            dose = screen.dose,
            date = requireDate(date, Field.DATE),
            brand = optionalText(brand),
            lot = optionalText(lot),
            clinic = optionalText(clinic),
        )
        own().call { addVaccination(v) }
        // Back to the plan, which now counts the dose; the change reschedules the reminders.
        go(screen.plan)
    }

    fun addDiary(subject: Subject, date: String, text: String, mood: Mood?) = act {
        val entry = DiaryEntry(
            subjects = listOf(subject),
            writtenOn = requireDate(date, Field.DATE),
            text = text,
            mood = mood,
            photos = emptyList(),
        )
        own().call { addDiary(entry) }
        go(Screen.Home)
    }

    /** The child's printable summary (HTML, in the app's language), handed to [onReady]. */
    fun exportSummary(childId: RecordId, onReady: (String) -> Unit) = act {
        onReady(store().call { exportSummaryHtml(childId, lang) })
    }

    /** A failure outside the core (a file the phone could not copy), in the app's words. */
    fun showError(message: String) = state.update { it.copy(error = message) }

    fun dismissMessages() = state.update { it.copy(error = null, warnings = emptyList()) }

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
        state.update { it.copy(home = home, readOnly = readOnly, current = current) }
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
    is InputException -> e.userMessage(lang)
    is IOException -> lang.t(
        "ファイルを読み書きできませんでした（${e.message ?: e.javaClass.simpleName}）。",
        "A file could not be read or written (${e.message ?: e.javaClass.simpleName}).",
    )
    else -> lang.t(
        "思わぬエラーで操作を終えられませんでした（${e.javaClass.simpleName}）。もう一度お試しください。",
        "Something unexpected stopped this action (${e.javaClass.simpleName}). Please try again.",
    )
}

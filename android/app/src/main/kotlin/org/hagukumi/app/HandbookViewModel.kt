package org.hagukumi.app

import android.app.Application
import androidx.lifecycle.ViewModel
import androidx.lifecycle.ViewModelProvider
import androidx.lifecycle.viewModelScope
import androidx.lifecycle.viewmodel.initializer
import androidx.lifecycle.viewmodel.viewModelFactory
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.launch
import org.hagukumi.ffi.ArchivedCity
import org.hagukumi.ffi.Child
import org.hagukumi.ffi.ChildSummary
import org.hagukumi.ffi.CityInfo
import org.hagukumi.ffi.DiaryEntry
import org.hagukumi.ffi.ForYouItem
import org.hagukumi.ffi.GrowthChart
import org.hagukumi.ffi.GrowthMeasurement
import org.hagukumi.ffi.HomeSummary
import org.hagukumi.ffi.Indicator
import org.hagukumi.ffi.Lang
import org.hagukumi.ffi.MoveReport
import org.hagukumi.ffi.PlausibilityWarning
import org.hagukumi.ffi.Subject
import org.hagukumi.ffi.TimelineItem
import org.hagukumi.ffi.Vaccination
import org.hagukumi.ffi.VaccinationPlan
import org.hagukumi.ffi.Vaccine
import org.hagukumi.handbook.HandbookException
import org.hagukumi.handbook.HandbookStore

/** Where the user is. Navigation is this value; there is nothing else to restore. */
sealed interface Screen {
    data object Home : Screen
    data class ChildCard(val childId: String) : Screen
    data class Timeline(val subject: Subject, val title: String) : Screen
    data object AddChild : Screen
    data class AddGrowth(val childId: String) : Screen
    data class AddDiary(val subject: Subject) : Screen
    data class Vaccinations(val childId: String, val name: String) : Screen
    /** Record a dose shown on [plan]; [title] names the vaccine and dose as the plan does. */
    /** The city's notices for this family ("for you"), with their reasons. */
    data object Notices : Screen
    /** Settings › City / 市区町村: the city followed, moving, the archive. */
    data object City : Screen
    data class RecordVaccination(val plan: Vaccinations, val vaccine: Vaccine, val dose: UInt, val title: String) : Screen
}

/** What the screens draw. Everything in it comes from the core, already in [lang]. */
data class UiState(
    val lang: Lang,
    val screen: Screen = Screen.Home,
    val home: HomeSummary? = null,
    val child: ChildSummary? = null,
    val chart: GrowthChart? = null,
    val timeline: List<TimelineItem> = emptyList(),
    /** The vaccination plan of the child on [Screen.Vaccinations]. */
    val plan: VaccinationPlan? = null,
    val nextCursor: String? = null,
    /** The city's "for you" list on [Screen.Notices]. */
    val notices: List<ForYouItem> = emptyList(),
    /** On [Screen.City]: the city followed, the archive of cities left, the last move. */
    val city: CityInfo? = null,
    val archive: List<ArchivedCity> = emptyList(),
    val lastMove: MoveReport? = null,
    /** The parent-facing message of the last failed action, in [lang]. */
    val error: String? = null,
    /** Warnings about the measurement just saved ("is 75 kg right?"). */
    val warnings: List<PlausibilityWarning> = emptyList(),
)

/**
 * Holds the open handbook and turns user actions into core calls. The store's calls
 * are suspend functions that run on Dispatchers.IO, so everything here is launched
 * from [viewModelScope] on the main thread without blocking it.
 *
 * [onVaccinationRecorded] refreshes the reminders (ReminderWorker), kept out of here
 * so the model needs no Android context.
 */
class HandbookViewModel(
    private val path: String,
    lang: Lang,
    private val onVaccinationRecorded: () -> Unit = {},
) : ViewModel() {
    private val state = MutableStateFlow(UiState(lang))
    val ui: StateFlow<UiState> = state.asStateFlow()

    private var store: HandbookStore? = null

    init {
        act {
            store = HandbookStore.open(path, lang)
            refreshHome()
        }
    }

    fun go(screen: Screen) {
        state.update { it.copy(screen = screen, error = null, warnings = emptyList()) }
        when (screen) {
            Screen.Home -> act { refreshHome() }
            is Screen.ChildCard -> act { loadChild(screen.childId) }
            is Screen.Timeline -> act {
                val page = store().timeline(screen.subject)
                state.update { it.copy(timeline = page.items, nextCursor = page.nextCursor) }
            }
            is Screen.Vaccinations -> act {
                state.update { it.copy(plan = null) }
                val plan = store().vaccinationPlan(screen.childId)
                state.update { it.copy(plan = plan) }
            }
            Screen.Notices -> act { loadNotices() }
            Screen.City -> act {
                state.update { it.copy(lastMove = null) }
                loadCity()
            }
            else -> Unit
        }
    }

    /** Opening a notice marks it read (the mark survives the city's updates of it). */
    fun readNotice(item: ForYouItem) = act {
        if (!item.read) store().markFeedRead(item.kind, item.id, read = true)
        loadNotices()
    }

    fun toggleBookmark(item: ForYouItem) = act {
        store().setFeedBookmark(item.kind, item.id, on = !item.bookmarked)
        loadNotices()
    }

    /** Move to the city of [cityConfigToml]; the screen then shows what was archived. */
    fun moveToCity(cityConfigToml: String) = act {
        val report = store().moveToCity(cityConfigToml)
        state.update { it.copy(lastMove = report) }
        loadCity()
        // The new city's notices, now rather than at tomorrow's sync.
        if (report.moved) runCatching { store().syncCurrentCity() }
    }

    private suspend fun loadCity() {
        val city = store().currentCity()
        val archive = store().archivedNotices()
        state.update { it.copy(city = city, archive = archive) }
    }

    private suspend fun loadNotices() {
        val list = store().forYou()
        state.update { it.copy(notices = list) }
    }

    fun loadMoreTimeline() {
        val screen = state.value.screen as? Screen.Timeline ?: return
        val cursor = state.value.nextCursor ?: return
        act {
            val page = store().timeline(screen.subject, cursor)
            state.update { it.copy(timeline = it.timeline + page.items, nextCursor = page.nextCursor) }
        }
    }

    fun addChild(child: Child) = act {
        store().addChild(child)
        go(Screen.Home)
    }

    fun addGrowth(m: GrowthMeasurement) = act {
        val saved = store().addGrowth(m)
        loadChild(m.childId)
        // Stay on the card and show the warnings, if any: the value is saved either way.
        state.update { it.copy(screen = Screen.ChildCard(m.childId), warnings = saved.warnings) }
    }

    fun addVaccination(v: Vaccination) = act {
        store().addVaccination(v)
        onVaccinationRecorded()
        // Back to the plan, which now counts the dose.
        (state.value.screen as? Screen.RecordVaccination)?.let { go(it.plan) }
    }

    fun addDiary(entry: DiaryEntry) = act {
        store().addDiary(entry)
        go(Screen.Home)
    }

    /** The child's printable summary (HTML, in the app's language), handed to [onReady]. */
    fun exportSummary(childId: String, onReady: (String) -> Unit) = act {
        onReady(store().exportSummaryHtml(childId))
    }

    fun dismissMessages() = state.update { it.copy(error = null, warnings = emptyList()) }

    private suspend fun refreshHome() {
        val home = store().home()
        state.update { it.copy(home = home) }
    }

    private suspend fun loadChild(childId: String) {
        val summary = store().childSummary(childId)
        val chart = store().growthChart(childId, Indicator.WEIGHT_FOR_AGE)
        state.update { it.copy(child = summary, chart = chart) }
    }

    private fun store(): HandbookStore = checkNotNull(store) { "the handbook is not open yet" }

    /** Run an action; a refused one shows the core's message instead of crashing. */
    private fun act(block: suspend () -> Unit) {
        viewModelScope.launch {
            try {
                block()
            } catch (e: HandbookException) {
                state.update { it.copy(error = e.userMessage(it.lang)) }
            }
        }
    }

    override fun onCleared() {
        val s = store ?: return
        // The checkpoint writes: off the main thread, and past the ViewModel's scope.
        @Suppress("OPT_IN_USAGE")
        kotlinx.coroutines.GlobalScope.launch(Dispatchers.IO) { runCatching { s.close() } }
    }

    companion object {
        fun factory(app: Application): ViewModelProvider.Factory = viewModelFactory {
            initializer {
                HandbookViewModel(app.handbookFile().path, deviceLang()) { ReminderWorker.runOnce(app) }
            }
        }
    }
}

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
import kotlinx.coroutines.withContext
import java.io.File
import org.hagukumi.ffi.ArchivedCity
import org.hagukumi.ffi.BundleSecret
import org.hagukumi.ffi.FamilyView
import org.hagukumi.ffi.RestoreMode
import org.hagukumi.ffi.ShareInfo
import org.hagukumi.ffi.ShareRole
import org.hagukumi.ffi.ShareScope
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
    /** 家族と共有・バックアップ: shares and their keys, received files, family views, backups. */
    data object Sharing : Screen
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
    /** On [Screen.Sharing]: the shares, views, and the file being received or restored. */
    val sharing: SharingUi = SharingUi(),
    /**
     * The family view (another family's read-only handbook) shown instead of this
     * family's own by Home, Child and Timeline; null for the own handbook.
     */
    val viewing: FamilyView? = null,
    /** The handbook shown is read-only (the core's `identity().readOnly`): no add or edit actions. */
    val readOnly: Boolean = false,
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
    /** Where bundles are written and received files copied to (the app's cache). */
    private val bundlesDir: File,
    /** Where the family views (grandparents' read-only handbooks) are kept. */
    private val viewsDir: File,
    private val onVaccinationRecorded: () -> Unit = {},
) : ViewModel() {
    private val state = MutableStateFlow(UiState(lang))
    val ui: StateFlow<UiState> = state.asStateFlow()

    private var store: HandbookStore? = null
    /** The family view being shown, if any; [store] stays open beside it. */
    private var viewStore: HandbookStore? = null

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
            Screen.Sharing -> act {
                state.update { it.copy(sharing = SharingUi()) }
                loadSharing()
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

    /** A failure outside the core (a file the phone could not copy), in the app's words. */
    fun showError(message: String) = state.update { it.copy(error = message) }

    fun dismissMessages() = state.update { it.copy(error = null, warnings = emptyList()) }

    private suspend fun refreshHome() {
        val home = store().home()
        val readOnly = store().identity().readOnly
        state.update { it.copy(home = home, readOnly = readOnly) }
    }

    private suspend fun loadChild(childId: String) {
        val summary = store().childSummary(childId)
        val chart = store().growthChart(childId, Indicator.WEIGHT_FOR_AGE)
        state.update { it.copy(child = summary, chart = chart) }
    }

    /** The handbook the screens show: a family view while one is open, else the family's own. */
    private fun store(): HandbookStore = viewStore ?: own()

    /** The family's own handbook (sharing and backups always act on it). */
    private fun own(): HandbookStore = checkNotNull(store) { "the handbook is not open yet" }

    /** Run an action; a refused one shows the core's message instead of crashing. */
    private fun act(block: suspend () -> Unit) {
        viewModelScope.launch {
            try {
                block()
            } catch (e: HandbookException) {
                state.update { it.copy(error = e.userMessage(it.lang)) }
                // The core found a damaged page: its message says to make a rescue backup,
                // and the sharing screen offers one from now on.
                if (e is HandbookException.Damaged) updateSharing { it.copy(damaged = true) }
            }
        }
    }

    override fun onCleared() {
        val open = listOfNotNull(store, viewStore)
        // The checkpoint writes: off the main thread, and past the ViewModel's scope.
        @Suppress("OPT_IN_USAGE")
        kotlinx.coroutines.GlobalScope.launch(Dispatchers.IO) { open.forEach { s -> runCatching { s.close() } } }
    }

    // ------------------------------------------------------------ sharing and backup
    // The rules (what a share carries, merging, keys, passphrases) are the core's; these
    // only call it and put what it returns on the screen.

    private suspend fun loadSharing() {
        val own = own()
        val shares = own.shares()
        val children = own.children()
        val pregnancies = own.pregnancies()
        val views = HandbookStore.familyViews(viewsDir.path)
        state.update {
            it.copy(sharing = it.sharing.copy(shares = shares, children = children, pregnancies = pregnancies, views = views))
        }
    }

    private fun updateSharing(change: (SharingUi) -> SharingUi) =
        state.update { it.copy(sharing = change(it.sharing)) }

    /** Create a share; its key is shown at once (QR code and text). */
    fun createShare(name: String, role: ShareRole, scope: ShareScope) = act {
        val share = own().createShare(name, role, scope)
        loadSharing()
        updateSharing { it.copy(shown = share) }
    }

    fun showKey(share: ShareInfo?) = updateSharing { it.copy(shown = share) }

    fun removeShare(share: ShareInfo) = act {
        own().removeShare(share.id)
        updateSharing { it.copy(shown = null) }
        loadSharing()
    }

    /** Write what is new for [share] to a cache file and hand it to [send] (the share sheet). */
    fun exportShare(share: ShareInfo, send: (File) -> Unit) = act {
        val file = bundleFile("${share.name}-${own().today()}.hagukumi-share")
        own().exportShare(share.id, file.path)
        loadSharing()
        send(file)
    }

    /** A received file, copied to [file]: the core's header says share or backup, key or passphrase. */
    fun openReceived(file: File) = act {
        val info = HandbookStore.bundleFileInfo(file.path)
        updateSharing {
            it.copy(incoming = Incoming(file.path, isBackup = info.isBackup, needsPassphrase = info.needsPassphrase), result = null)
        }
    }

    fun cancelIncoming() = updateSharing { it.copy(incoming = null, progress = null) }

    /** Check the typed key (or passphrase) and show what the file holds before importing. */
    fun unlock(secret: String) = act {
        val incoming = state.value.sharing.incoming ?: return@act
        secretRefused {
            if (incoming.isBackup) {
                val info = HandbookStore.inspectBackup(incoming.path, incoming.secretOf(secret))
                updateSharing { it.copy(incoming = incoming.copy(secret = secret, backup = info, secretError = null)) }
            } else {
                val peek = HandbookStore.peekShare(incoming.path, secret)
                updateSharing { it.copy(incoming = incoming.copy(secret = secret, share = peek, secretError = null)) }
            }
        }
    }

    /** Import the unlocked share: the other parent's into this handbook, a grandparent's into a family view. */
    fun importIncoming() = act {
        val incoming = state.value.sharing.incoming ?: return@act
        val peek = incoming.share ?: return@act
        val key = incoming.secret ?: return@act
        val report = secretRefused {
            when (peek.role) {
                ShareRole.CO_PARENT -> own().importShare(incoming.path, key)
                ShareRole.VIEWER -> HandbookStore.importShareToViews(viewsDir.path, incoming.path, key)
            }
        } ?: return@act
        updateSharing { it.copy(incoming = null, result = importSummary(report, state.value.lang)) }
        loadSharing()
        if (peek.role == ShareRole.CO_PARENT) {
            refreshHome()
            onVaccinationRecorded() // the other parent's doses change what is due
        }
    }

    /**
     * Restore the unlocked backup. With [mode] null the core refuses ("choice_needed")
     * when this handbook has records; the screen then asks replace or merge and calls
     * again with the choice.
     */
    fun restore(mode: RestoreMode?) = act {
        val incoming = state.value.sharing.incoming ?: return@act
        val secret = incoming.secret ?: return@act
        updateSharing { it.copy(progress = 0f, incoming = incoming.copy(choiceNeeded = false)) }
        try {
            val report = own().restoreBackup(incoming.path, incoming.secretOf(secret), mode, ::onProgress)
            updateSharing { it.copy(incoming = null, result = restoreSummary(report, state.value.lang)) }
            // Everything may have changed: the screens read the restored handbook.
            refreshHome()
            loadSharing()
            onVaccinationRecorded() // reminders from the restored records
        } catch (e: HandbookException.Share) {
            if (e.kind != "choice_needed") throw e
            updateSharing { it.copy(incoming = incoming.copy(choiceNeeded = true)) }
        } finally {
            updateSharing { it.copy(progress = null) }
        }
    }

    /** Back up the whole handbook with [passphrase] to a cache file, then offer to save or send it. */
    fun createBackup(passphrase: String) = act {
        val file = bundleFile("hagukumi-${own().today()}.hagukumi-backup")
        updateSharing { it.copy(progress = 0f, result = null) }
        try {
            own().createBackup(file.path, BundleSecret.Passphrase(passphrase), ::onProgress)
        } finally {
            updateSharing { it.copy(progress = null) }
        }
        updateSharing { it.copy(backupFile = file.path) }
    }

    /**
     * After a [HandbookException.Damaged]: save everything the core can still read from the
     * handbook file into an encrypted backup (cache file), then offer to save or send it,
     * with what was saved and lost. Works from the file even when it no longer opens.
     */
    fun createRescueBackup(passphrase: String) = act {
        val file = bundleFile("hagukumi-rescue-${java.time.LocalDate.now()}.hagukumi-backup")
        updateSharing { it.copy(progress = 0f, result = null) }
        val report = try {
            HandbookStore.createRescueBackup(path, file.path, BundleSecret.Passphrase(passphrase), ::onProgress)
        } finally {
            updateSharing { it.copy(progress = null) }
        }
        val saved = report.tables.sumOf { it.saved.toLong() }
        val lost = report.tables.sumOf { it.lost.toLong() }
        val lang = state.value.lang
        updateSharing {
            it.copy(
                backupFile = file.path,
                result = lang.t(
                    "救出バックアップを作りました: ${saved}件を保存、読めなかった記録 ${lost}件、写真 ${report.photosLost}枚。このファイルを保存し、「バックアップから復元」で戻してください。",
                    "Rescue backup made: $saved records saved, $lost unreadable, ${report.photosLost} photos lost. Save this file, then use \"Restore from a backup\".",
                ),
            )
        }
    }

    /** Called on the working thread; the state flow takes updates from any thread. */
    private fun onProgress(done: Long, total: Long) =
        updateSharing { it.copy(progress = if (total > 0) done.toFloat() / total else 0f) }

    /** Show another family's read-only view on Home instead of this family's handbook. */
    fun openView(view: FamilyView) = act {
        closeView()
        val opened = HandbookStore.open(view.path, state.value.lang)
        viewStore = opened
        state.update { it.copy(viewing = view) }
        go(Screen.Home)
    }

    /** Back to the family's own handbook. */
    fun leaveView() = act {
        closeView()
        go(Screen.Home)
    }

    private suspend fun closeView() {
        val open = viewStore ?: return
        viewStore = null
        state.update { it.copy(viewing = null) }
        runCatching { withContext(Dispatchers.IO) { open.close() } }
    }

    /** A wrong key or passphrase keeps the field open with the core's message under it. */
    private suspend fun <T> secretRefused(block: suspend () -> T): T? =
        try {
            block()
        } catch (e: HandbookException.Share) {
            if (e.kind != "wrong_key") throw e
            updateSharing { s -> s.copy(incoming = s.incoming?.copy(secretError = e.userMessage(state.value.lang))) }
            null
        }

    private fun bundleFile(name: String): File {
        bundlesDir.mkdirs()
        // A share's name is the family's text: keep it out of the path's syntax.
        return File(bundlesDir, name.replace(Regex("[/\\\\:*?\"<>|]"), "_"))
    }

    companion object {
        fun factory(app: Application): ViewModelProvider.Factory = viewModelFactory {
            initializer {
                HandbookViewModel(
                    app.handbookFile().path,
                    deviceLang(),
                    bundlesDir = app.cacheDir.resolve("bundles"),
                    viewsDir = app.filesDir.resolve("views"),
                ) { ReminderWorker.runOnce(app) }
            }
        }
    }
}

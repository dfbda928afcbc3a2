package org.hagukumi.handbook.app

import org.hagukumi.core.ChildRecord
import org.hagukumi.core.ChildSummary
import org.hagukumi.core.HomeSummary
import org.hagukumi.core.Lang
import org.hagukumi.core.PregnancyRecord
import org.hagukumi.core.RecordId
import org.hagukumi.core.Subject
import org.hagukumi.core.TimelineItem
import org.hagukumi.core.Answer
import org.hagukumi.core.FormAlert
import org.hagukumi.core.FormRecordLine
import org.hagukumi.core.ArchivedCity
import org.hagukumi.core.BackupInfo
import org.hagukumi.core.BundleSecret
import org.hagukumi.ffi.CityInfo
import org.hagukumi.core.FamilyView
import org.hagukumi.core.ForYouItem
import org.hagukumi.ffi.GrowthChart
import org.hagukumi.ffi.IncomingShareInfo
import org.hagukumi.core.MoveReport
import org.hagukumi.core.ShareInfo
import org.hagukumi.core.VaccinationPlan

/** Where the user is. Navigation is this value; there is nothing else to restore. */
sealed interface Screen {
    data object Home : Screen
    data class ChildCard(val childId: RecordId) : Screen
    data class Timeline(val subject: Subject, val title: String) : Screen
    data class Vaccinations(val childId: RecordId, val name: String) : Screen
    /** The handbook's pages: the mother's, each pregnancy's, each child's, the family's ([HandbookPages]). */
    data object Pages : Screen
    /** One page's records, each with edit and delete, and "add" where the page takes another. */
    data class Page(val link: PageLink) : Screen
    /**
     * Any page of the handbook, filled in the one form screen: a new record of
     * [formId] about [subject] ([record] null) or the edit of [record]. [preset]: values
     * put in first (the vaccine and dose chosen on the plan). Back and a save lead to [back].
     */
    data class Form(
        val formId: String,
        val subject: Subject?,
        val record: RecordId?,
        val back: Screen,
        val preset: List<Answer> = emptyList(),
    ) : Screen
    /** The city's notices for this family ("for you"), with their reasons. */
    data object Notices : Screen
    /** Settings › City / 市区町村: the city followed, moving, the archive. */
    data object City : Screen
    /** 家族と共有・バックアップ: shares and their keys, received files, family views, backups. */
    data object Sharing : Screen
}

/**
 * The screen "back" leads to: a form to the card it was opened from, a card to Home;
 * null on Home (the system's back then leaves the app).
 */
fun Screen.up(): Screen? = when (this) {
    Screen.Home -> null
    is Screen.Vaccinations -> Screen.ChildCard(childId)
    is Screen.Form -> back
    is Screen.Page -> Screen.Pages
    is Screen.Timeline -> (subject as? Subject.Child)?.let { Screen.ChildCard(it.v1) } ?: Screen.Home
    is Screen.ChildCard, Screen.Pages, Screen.Notices, Screen.City, Screen.Sharing -> Screen.Home
}

/** What the screens draw. Everything in it comes from the core, already in [lang]. */
data class UiState(
    val lang: Lang,
    val screen: Screen = Screen.Home,
    val home: HomeSummary? = null,
    /**
     * What needs doing now (overdue doses, deadlines, checkups, the next prenatal
     * visit), in the core's order, urgent ones first: the top of Home.
     */
    val current: List<org.hagukumi.core.FamilyReminder> = emptyList(),
    /** The maternal RSV vaccine of the pregnancy on Home: its status and the core's reason. */
    val maternalRsv: org.hagukumi.core.DosePlan? = null,
    val child: ChildSummary? = null,
    val chart: GrowthChart? = null,
    val timeline: List<TimelineItem> = emptyList(),
    val nextCursor: String? = null,
    /** The vaccination plan of the child on [Screen.Vaccinations]. */
    val plan: VaccinationPlan? = null,
    /** The next clinic visits of that child: doses given together, each day respecting every interval. */
    val visits: org.hagukumi.core.VisitPlan? = null,
    /** When reminders nudge: the standard period, or as early as allowed. */
    val timing: org.hagukumi.core.Timing = org.hagukumi.core.Timing.STANDARD,
    /** The city's "for you" list on [Screen.Notices]. */
    val notices: List<ForYouItem> = emptyList(),
    /** On [Screen.City]: the city followed, the archive of cities left, the last move's summary. */
    val city: CityInfo? = null,
    val archive: List<ArchivedCity> = emptyList(),
    val lastMove: MoveReport? = null,
    /** On [Screen.City]: the city's consultation desk (こども家庭センター), if it names one. */
    val desk: org.hagukumi.core.ConsultationDesk? = null,
    /** On [Screen.Sharing]: the shares, views, and the file being received or restored. */
    val sharing: SharingUi = SharingUi(),
    /**
     * The family view (another family's read-only handbook) shown instead of this
     * family's own by Home, Child and Timeline; null for the own handbook.
     */
    val viewing: FamilyView? = null,
    /** On [Screen.Pages]: the handbook's pages, grouped as the paper handbook is. */
    val pages: List<PageGroup> = emptyList(),
    /** On [Screen.Page]: the page's records, oldest first, each with its line of values. */
    val records: List<FormRecordLine> = emptyList(),
    /** On [Screen.Form]: the page being filled (its entries and the core's messages). */
    val editor: FormEditor? = null,
    /** Photos shown on the form, by id: their thumbnails' files. */
    val thumbnails: Map<String, String> = emptyMap(),
    /** What the family must hear at once after a save (the stool colour card …): a dialog. */
    val alerts: List<FormAlert> = emptyList(),
    /** The handbook shown is read-only (the core's `identity().readOnly`): no add or edit actions. */
    val readOnly: Boolean = false,
    /** The parent-facing message of the last failed action, in [lang]. */
    val error: String? = null,
    /** The core's notes on the record just saved ("saved, but is 75 kg right?"). */
    val notes: List<String> = emptyList(),
    /** Where the measurement just saved stands on the handbook's curves (the core's sentences). */
    val standings: List<org.hagukumi.core.Standing> = emptyList(),
)

/** What the sharing screen draws; everything in it comes from the core. */
data class SharingUi(
    val shares: List<ShareInfo> = emptyList(),
    /** To name a share's child and to pick one for a new share. */
    val children: List<ChildRecord> = emptyList(),
    val pregnancies: List<PregnancyRecord> = emptyList(),
    val views: List<FamilyView> = emptyList(),
    /** The share whose key is shown (QR code and text). */
    val shown: ShareInfo? = null,
    /** A received share or a backup being opened. */
    val incoming: Incoming? = null,
    /** 0..1 while a backup is written or restored. */
    val progress: Float? = null,
    /** The core reported the handbook file damaged: offer the rescue backup. */
    val damaged: Boolean = false,
    /** The backup just written (in the cache), to save or send. */
    val backupFile: String? = null,
    /** What the last import or restore did, in the app's language. */
    val result: String? = null,
    /** The last check of the photo folder (missing files, files the handbook does not know). */
    val photoCheck: org.hagukumi.core.PhotoCheck? = null,
)

/** A received file (copied to [path]) and how far the family got in opening it. */
data class Incoming(
    val path: String,
    val isBackup: Boolean,
    /** Unlocked by a passphrase rather than a share key (as the file's header says). */
    val needsPassphrase: Boolean,
    /** The key or passphrase the core accepted. */
    val secret: String? = null,
    /** The core's message for a wrong key or passphrase: the field stays open. */
    val secretError: String? = null,
    val share: IncomingShareInfo? = null,
    val backup: BackupInfo? = null,
    /** The core's restore question was "replace or merge?": the screen asks it. */
    val choiceNeeded: Boolean = false,
) {
    fun secretOf(text: String): BundleSecret =
        if (needsPassphrase) BundleSecret.Passphrase(text) else BundleSecret.ShareKey(text)
}

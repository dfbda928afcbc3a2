package org.hagukumi.handbook

import java.time.LocalDate
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import org.hagukumi.ffi.BackupInfo
import org.hagukumi.ffi.BundleFileInfo
import org.hagukumi.ffi.FamilyView
import org.hagukumi.ffi.IncomingShareInfo
import org.hagukumi.ffi.BackupProgress
import org.hagukumi.ffi.BackupReport
import org.hagukumi.ffi.RescueReport
import org.hagukumi.ffi.BundleSecret
import org.hagukumi.ffi.HandbookIdentity
import org.hagukumi.ffi.RestoreMode
import org.hagukumi.ffi.RestoreReport
import org.hagukumi.ffi.ShareExport
import org.hagukumi.ffi.ShareImport
import org.hagukumi.ffi.ShareInfo
import org.hagukumi.ffi.ShareRole
import org.hagukumi.ffi.ShareScope
import org.hagukumi.ffi.ApplyReport
import org.hagukumi.ffi.ArchivedCity
import org.hagukumi.ffi.Child
import org.hagukumi.ffi.ChildRecord
import org.hagukumi.ffi.ChildSummary
import org.hagukumi.ffi.CityInfo
import org.hagukumi.ffi.Delivery
import org.hagukumi.ffi.DeliveryRecord
import org.hagukumi.ffi.DeliveryRecorded
import org.hagukumi.ffi.DentalCheckup
import org.hagukumi.ffi.DentalRecord
import org.hagukumi.ffi.DiaryEntry
import org.hagukumi.ffi.DiaryRecord
import org.hagukumi.ffi.DosePlan
import org.hagukumi.ffi.FeedEntryKind
import org.hagukumi.ffi.FeedSourceInfo
import org.hagukumi.ffi.ForYouItem
import org.hagukumi.ffi.GrowthChart
import org.hagukumi.ffi.GrowthMeasurement
import org.hagukumi.ffi.GrowthRecord
import org.hagukumi.ffi.GrowthSaved
import org.hagukumi.ffi.Handbook
import org.hagukumi.ffi.HomeSummary
import org.hagukumi.ffi.ImportProgress
import org.hagukumi.ffi.Indicator
import org.hagukumi.ffi.InfantCheckupEntry
import org.hagukumi.ffi.InfantCheckupRecord
import org.hagukumi.ffi.Lang
import org.hagukumi.ffi.MotherProfile
import org.hagukumi.ffi.MotherProfileRecord
import org.hagukumi.ffi.MoveReport
import org.hagukumi.ffi.NewRecord
import org.hagukumi.ffi.Newborn
import org.hagukumi.ffi.OpenOptions
import org.hagukumi.ffi.Photo
import org.hagukumi.ffi.PhotoCheck
import org.hagukumi.ffi.PhotoImport
import org.hagukumi.ffi.PlausibilityWarning
import org.hagukumi.ffi.Pregnancy
import org.hagukumi.ffi.PregnancyRecord
import org.hagukumi.ffi.PregnancySummary
import org.hagukumi.ffi.PrenatalCheckup
import org.hagukumi.ffi.PrenatalCheckupRecord
import org.hagukumi.ffi.Reminder
import org.hagukumi.ffi.Standard
import org.hagukumi.ffi.Subject
import org.hagukumi.ffi.SyncResult
import org.hagukumi.ffi.TimelinePage
import org.hagukumi.ffi.Vaccination
import org.hagukumi.ffi.VaccinationPlan
import org.hagukumi.ffi.VaccinationRecord

/**
 * The handbook as the Android app uses it: every call is a `suspend` function that runs
 * the (blocking, sub-millisecond) Rust call on [dispatcher], [Dispatchers.IO] by default,
 * so no caller can block the main thread with a disk write. Errors are
 * [HandbookException]s carrying the parent-facing message in English and Japanese.
 *
 * Screens get render-ready values in [lang]; the records and summaries are the
 * generated `org.hagukumi.ffi` types, used as they are (ids and dates are ISO strings;
 * see [iso] and [toLocalDate]).
 */
class HandbookStore private constructor(
    private val ffi: Handbook,
    /** The language of labels, timeline lines and summaries. */
    val lang: Lang,
    private val dispatcher: CoroutineDispatcher,
) : AutoCloseable {

    companion object {
        /**
         * Open (or create) the handbook file at [path]. [today] pins "today" for tests,
         * demos and screenshots; leave it null in the app.
         */
        suspend fun open(
            path: String,
            lang: Lang = Lang.JA,
            today: LocalDate? = null,
            dispatcher: CoroutineDispatcher = Dispatchers.IO,
        ): HandbookStore = withContext(dispatcher) {
            val ffi = rethrowing { Handbook.openWith(path, OpenOptions(today = today?.iso())) }
            HandbookStore(ffi, lang, dispatcher)
        }

        /** A handbook in memory only (Compose previews, tests). */
        suspend fun inMemory(
            lang: Lang = Lang.JA,
            today: LocalDate? = null,
            dispatcher: CoroutineDispatcher = Dispatchers.IO,
        ): HandbookStore = withContext(dispatcher) {
            val ffi = rethrowing { Handbook.inMemory(OpenOptions(today = today?.iso())) }
            HandbookStore(ffi, lang, dispatcher)
        }

        /** What a received file is (share or backup) and what unlocks it (key or passphrase). */
        suspend fun bundleFileInfo(path: String, dispatcher: CoroutineDispatcher = Dispatchers.IO): BundleFileInfo =
            withContext(dispatcher) { rethrowing { org.hagukumi.ffi.bundleFileInfo(path) } }

        /** Check a share's key and read whom it is from and about, before importing. */
        suspend fun peekShare(path: String, key: String, dispatcher: CoroutineDispatcher = Dispatchers.IO): IncomingShareInfo =
            withContext(dispatcher) { rethrowing { org.hagukumi.ffi.peekShare(path, key) } }

        /**
         * Import a grandparent's (viewer) bundle into its family's read-only view under
         * [viewsDir]; open [ShareImport.viewPath] with [open] to show it.
         */
        suspend fun importShareToViews(
            viewsDir: String,
            path: String,
            key: String,
            dispatcher: CoroutineDispatcher = Dispatchers.IO,
        ): ShareImport = withContext(dispatcher) { rethrowing { org.hagukumi.ffi.importShareToViews(viewsDir, path, key) } }

        /** The other families' read-only views kept under [viewsDir]. */
        suspend fun familyViews(viewsDir: String, dispatcher: CoroutineDispatcher = Dispatchers.IO): List<FamilyView> =
            withContext(dispatcher) { rethrowing { org.hagukumi.ffi.familyViews(viewsDir) } }

        /** Check a backup's secret and read what it holds, without restoring. */
        suspend fun inspectBackup(
            path: String,
            secret: BundleSecret,
            dispatcher: CoroutineDispatcher = Dispatchers.IO,
        ): BackupInfo = withContext(dispatcher) { rethrowing { org.hagukumi.ffi.inspectBackup(path, secret) } }

        /**
         * After [HandbookException.Damaged]: copy everything that can still be read from the
         * handbook file at [handbookPath] into a backup at [path], and report per table what
         * was saved and lost. Restore it with [restoreBackup] (replace). Reads the file
         * directly, so it works even when the handbook no longer opens.
         */
        suspend fun createRescueBackup(
            handbookPath: String,
            path: String,
            secret: BundleSecret,
            onProgress: ((doneBytes: Long, totalBytes: Long) -> Unit)? = null,
            dispatcher: CoroutineDispatcher = Dispatchers.IO,
        ): RescueReport = withContext(dispatcher) {
            rethrowing { org.hagukumi.ffi.createRescueBackup(handbookPath, path, secret, progressRelay(onProgress)) }
        }
    }

    private suspend fun <T> io(block: (Handbook) -> T): T =
        withContext(dispatcher) { rethrowing { block(ffi) } }

    /** Today in Japan (or the pinned date). */
    suspend fun today(): LocalDate = io { it.today() }.toLocalDate()

    // ---------------------------------------------------------------- screens

    suspend fun home(): HomeSummary = io { it.home(lang) }

    suspend fun timeline(subject: Subject, cursor: String? = null, limit: Int = 50): TimelinePage =
        io { it.timeline(subject, cursor, limit.coerceAtLeast(1).toUInt(), lang) }

    suspend fun childSummary(childId: String): ChildSummary = io { it.childSummary(childId, lang) }

    suspend fun pregnancySummary(pregnancyId: String): PregnancySummary? =
        io { it.pregnancySummary(pregnancyId, lang) }

    suspend fun growthChart(childId: String, indicator: Indicator, standard: Standard = Standard.WHO): GrowthChart =
        io { it.growthChart(childId, indicator, standard, lang) }

    /** Warnings a measurement would get, before saving it. */
    suspend fun growthWarnings(measurement: GrowthMeasurement): List<PlausibilityWarning> =
        io { it.growthWarnings(measurement) }

    /** A child's vaccination plan under the Japanese schedule in force today. */
    suspend fun vaccinationPlan(childId: String): VaccinationPlan = io { it.vaccinationPlan(childId, lang) }

    /**
     * A child's records as a FHIR R4 Bundle (JSON), for a clinic abroad or another app:
     * hand it to the share sheet as `application/fhir+json`.
     */
    suspend fun exportFhir(childId: String): String = io { it.exportFhir(childId) }

    /**
     * A child's printable summary in the store's language: one self-contained HTML
     * document. Print it (or save it as PDF) by loading it into a `WebView` and passing
     * `webView.createPrintDocumentAdapter(name)` to `PrintManager.print`.
     */
    suspend fun exportSummaryHtml(childId: String): String = io { it.exportSummaryHtml(childId, lang) }

    /** The maternal RSV vaccine for a pregnancy (28w0d–36w6d). */
    suspend fun maternalRsvPlan(pregnancyId: String): DosePlan? = io { it.maternalRsvPlan(pregnancyId, lang) }

    /**
     * Import photos from files, each independently (a refused file leaves nothing and
     * the others still import); [onProgress] gets (done, total) as files finish.
     */
    suspend fun importPhotos(
        paths: List<String>,
        entry: String? = null,
        onProgress: ((done: Int, total: Int) -> Unit)? = null,
    ): List<PhotoImport> {
        val relay = onProgress?.let { report ->
            object : ImportProgress {
                override fun onProgress(done: UInt, total: UInt) = report(done.toInt(), total.toInt())
            }
        }
        return io { it.importPhotos(paths, entry, relay) }
    }

    /** Import one photo from a picker's bytes (JPEG, PNG or WebP). */
    suspend fun importPhotoBytes(bytes: ByteArray, entry: String? = null): Photo =
        io { it.importPhotoBytes(bytes, entry) }

    suspend fun photo(id: String): Photo = io { it.photo(id) }
    suspend fun photos(): List<Photo> = io { it.photos() }
    suspend fun checkPhotos(repair: Boolean = false): PhotoCheck = io { it.checkPhotos(repair) }

    /**
     * What falls due within [withinDays] days for the whole family, by date: the app
     * schedules one local notification per item, keyed by [Reminder.notificationId].
     */
    suspend fun reminders(withinDays: Int = 30): List<Reminder> =
        io { it.reminders(withinDays.coerceAtLeast(0).toUInt(), lang) }

    // ---------------------------------------------------------------- city feed

    /**
     * The city's notices, events and support programmes for this family today, in
     * [lang], each with the reasons it matched (computed on the phone).
     */
    suspend fun forYou(): List<ForYouItem> = io { it.forYou(lang) }

    /** Mark a feed entry read or unread; false if the feed has no such entry. */
    suspend fun markFeedRead(kind: FeedEntryKind, id: String, read: Boolean = true): Boolean =
        io { it.markFeedRead(kind, id, read) }

    /** Bookmark a feed entry or remove the bookmark; false if there is no such entry. */
    suspend fun setFeedBookmark(kind: FeedEntryKind, id: String, on: Boolean): Boolean =
        io { it.setFeedBookmark(kind, id, on) }

    /** Where the applied feed came from and when it was last checked; null before the first sync. */
    suspend fun feedSource(): FeedSourceInfo? = io { it.feedSource() }

    /**
     * Download the city's feed if it changed, verify it against the key pinned in
     * [cityConfigToml] and apply it. Waits for the network (seconds) on [dispatcher];
     * call it from a background worker. A failure is [HandbookException.Feed] (or a
     * storage error) and leaves the previous feed as it was.
     */
    suspend fun syncFeed(cityConfigToml: String): SyncResult = io { it.syncFeed(cityConfigToml) }

    /** Verify and apply a signed feed file obtained without the network (bundled, demo). */
    suspend fun applySignedFeed(signedFeed: ByteArray, cityConfigToml: String): ApplyReport =
        io { it.applySignedFeed(signedFeed, cityConfigToml) }

    // ---------------------------------------------------------------- city (市区町村)

    /** The city chosen with [moveToCity]; null before one is chosen. */
    suspend fun currentCity(): CityInfo? = io { it.currentCity() }

    /**
     * Follow the city of [cityConfigToml] from now on: the old city's notices are
     * archived with their marks ([archivedNotices]), every record is kept. Moving to
     * the city already followed changes nothing (`moved` false); an invalid
     * configuration is [HandbookException.Feed] with kind `bad_config`.
     */
    suspend fun moveToCity(cityConfigToml: String): MoveReport = io { it.moveToCity(cityConfigToml) }

    /** The notices of the cities the family left, the most recently left first, in [lang]. */
    suspend fun archivedNotices(): List<ArchivedCity> = io { it.archivedNotices(lang) }

    /** [syncFeed] with the stored city; [HandbookException.Feed] `no_city` before one is chosen. */
    suspend fun syncCurrentCity(): SyncResult = io { it.syncCurrentCity() }

    // ---------------------------------------------------------------- lists

    suspend fun motherProfile(): MotherProfileRecord? = io { it.motherProfile() }
    suspend fun pregnancies(): List<PregnancyRecord> = io { it.pregnancies() }
    suspend fun prenatalCheckups(pregnancyId: String): List<PrenatalCheckupRecord> =
        io { it.prenatalCheckups(pregnancyId) }
    suspend fun deliveryOf(pregnancyId: String): DeliveryRecord? = io { it.deliveryOf(pregnancyId) }
    suspend fun children(): List<ChildRecord> = io { it.children() }
    suspend fun child(id: String): ChildRecord = io { it.child(id) }
    suspend fun growth(childId: String): List<GrowthRecord> = io { it.growth(childId) }
    suspend fun infantCheckups(childId: String): List<InfantCheckupRecord> = io { it.infantCheckups(childId) }
    suspend fun vaccinations(subject: Subject): List<VaccinationRecord> = io { it.vaccinations(subject) }
    suspend fun dental(subject: Subject): List<DentalRecord> = io { it.dental(subject) }
    suspend fun diary(subject: Subject): List<DiaryRecord> = io { it.diary(subject) }

    // ---------------------------------------------------------------- actions

    suspend fun setMotherProfile(profile: MotherProfile): MotherProfileRecord = io { it.setMotherProfile(profile) }

    suspend fun addPregnancy(p: Pregnancy): PregnancyRecord = io { it.addPregnancy(p) }
    suspend fun updatePregnancy(id: String, p: Pregnancy): PregnancyRecord = io { it.updatePregnancy(id, p) }
    suspend fun deletePregnancy(id: String) = io { it.deletePregnancy(id) }

    suspend fun addPrenatalCheckup(c: PrenatalCheckup): PrenatalCheckupRecord = io { it.addPrenatalCheckup(c) }
    suspend fun updatePrenatalCheckup(id: String, c: PrenatalCheckup): PrenatalCheckupRecord =
        io { it.updatePrenatalCheckup(id, c) }
    suspend fun deletePrenatalCheckup(id: String) = io { it.deletePrenatalCheckup(id) }

    suspend fun recordDelivery(d: Delivery, newborns: List<Newborn>): DeliveryRecorded =
        io { it.recordDelivery(d, newborns) }
    suspend fun updateDelivery(id: String, d: Delivery): DeliveryRecord = io { it.updateDelivery(id, d) }
    suspend fun deleteDelivery(id: String) = io { it.deleteDelivery(id) }

    suspend fun addChild(c: Child): ChildRecord = io { it.addChild(c) }
    suspend fun updateChild(id: String, c: Child): ChildRecord = io { it.updateChild(id, c) }
    suspend fun deleteChild(id: String) = io { it.deleteChild(id) }

    /** Saves the measurement; [GrowthSaved.warnings] asks the parent to look again. */
    suspend fun addGrowth(m: GrowthMeasurement): GrowthSaved = io { it.addGrowth(m) }
    suspend fun updateGrowth(id: String, m: GrowthMeasurement): GrowthSaved = io { it.updateGrowth(id, m) }
    suspend fun deleteGrowth(id: String) = io { it.deleteGrowth(id) }

    suspend fun addInfantCheckup(e: InfantCheckupEntry): InfantCheckupRecord = io { it.addInfantCheckup(e) }
    suspend fun updateInfantCheckup(id: String, e: InfantCheckupEntry): InfantCheckupRecord =
        io { it.updateInfantCheckup(id, e) }
    suspend fun deleteInfantCheckup(id: String) = io { it.deleteInfantCheckup(id) }

    suspend fun addVaccination(v: Vaccination): VaccinationRecord = io { it.addVaccination(v) }
    suspend fun updateVaccination(id: String, v: Vaccination): VaccinationRecord = io { it.updateVaccination(id, v) }
    suspend fun deleteVaccination(id: String) = io { it.deleteVaccination(id) }

    suspend fun addDental(c: DentalCheckup): DentalRecord = io { it.addDental(c) }
    suspend fun updateDental(id: String, c: DentalCheckup): DentalRecord = io { it.updateDental(id, c) }
    suspend fun deleteDental(id: String) = io { it.deleteDental(id) }

    suspend fun addDiary(e: DiaryEntry): DiaryRecord = io { it.addDiary(e) }
    suspend fun updateDiary(id: String, e: DiaryEntry): DiaryRecord = io { it.updateDiary(id, e) }
    suspend fun deleteDiary(id: String) = io { it.deleteDiary(id) }

    // ---------------------------------------------------------------- sharing and backup

    /** Who this handbook is: the family, this copy, and whether it is a read-only view. */
    suspend fun identity(): HandbookIdentity = io { it.identity() }

    /**
     * Create a share (共有先) and its key: [ShareRole.VIEWER] for grandparents (one child
     * or pregnancy, read-only), [ShareRole.CO_PARENT] for the other parent (the whole
     * family, merged both ways). Show [ShareInfo.key] as a QR code for their phone.
     */
    suspend fun createShare(name: String, role: ShareRole, scope: ShareScope): ShareInfo =
        io { it.createShare(name, role, scope) }

    suspend fun shares(): List<ShareInfo> = io { it.shares() }
    suspend fun removeShare(id: String) = io { it.removeShare(id) }

    /** Write the share's next bundle (what changed since the last one; [full]: all) to [path]. */
    suspend fun exportShare(id: String, path: String, full: Boolean = false): ShareExport =
        io { it.exportShare(id, full, path) }

    /** Import the other parent's bundle into this handbook (a new phone joins the family). */
    suspend fun importShare(path: String, key: String): ShareImport = io { it.importShare(path, key) }

    /** Back up the whole handbook (records and photos) to one encrypted file at [path]. */
    suspend fun createBackup(
        path: String,
        secret: BundleSecret,
        onProgress: ((doneBytes: Long, totalBytes: Long) -> Unit)? = null,
    ): BackupReport = io { it.createBackup(path, secret, progressRelay(onProgress)) }

    /**
     * Restore a backup into this handbook. With [mode] null, a handbook that has records
     * throws [HandbookException.Share] with kind "choice_needed": ask the family
     * whether to replace or merge, and call again with their choice.
     */
    suspend fun restoreBackup(
        path: String,
        secret: BundleSecret,
        mode: RestoreMode? = null,
        onProgress: ((doneBytes: Long, totalBytes: Long) -> Unit)? = null,
    ): RestoreReport = io { it.restoreBackup(path, secret, mode, progressRelay(onProgress)) }

    /** Many records in one transaction: all are written, or none. Returns the new ids. */
    suspend fun addBatch(records: List<NewRecord>): List<String> = io { it.addBatch(records) }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Checkpoint and close the file. Blocking (one fsync): call it off the main thread,
     * e.g. in `withContext(Dispatchers.IO)` when the app stops. Closing twice is
     * harmless; later calls fail with [HandbookException.Closed]. The few bytes of the
     * Rust object left behind are freed by uniffi's cleaner with this object.
     */
    override fun close() {
        rethrowing { ffi.closeFile() }
    }
}

/** Forwards a backup's or restore's byte progress to a Kotlin lambda. */
private fun progressRelay(onProgress: ((Long, Long) -> Unit)?): BackupProgress? =
    onProgress?.let { report ->
        object : BackupProgress {
            override fun onProgress(doneBytes: ULong, totalBytes: ULong) =
                report(doneBytes.toLong(), totalBytes.toLong())
        }
    }

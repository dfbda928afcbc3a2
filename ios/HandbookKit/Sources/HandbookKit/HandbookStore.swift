import Dispatch
import Foundation
@_exported import Hagukumi

/// The handbook as the iOS app uses it.
///
/// The Rust calls are blocking and sub-millisecond, but a write ends with an fsync and a
/// phone's flash can stall, so none of them may run on the main actor, nor on Swift's
/// cooperative pool (blocking there starves other tasks). Every call is therefore an
/// `async` function that runs the blocking call on one serial dispatch queue, which also
/// keeps the calls in order. Errors are `HandbookError`s whose `localizedDescription` is
/// the English message and whose `messageJa` is the Japanese one.
///
/// Records and summaries are the generated `Hagukumi` types (ids and dates are ISO
/// strings, e.g. "2025-10-03").
public final class HandbookStore: Sendable {
    private let ffi: Handbook
    /// The language of labels, timeline lines and summaries.
    public let lang: Lang
    private let queue: DispatchQueue

    private init(ffi: Handbook, lang: Lang, queue: DispatchQueue) {
        self.ffi = ffi
        self.lang = lang
        self.queue = queue
    }

    /// Open (or create) the handbook file at `path`. `today` ("YYYY-MM-DD") pins the
    /// date for tests, demos and screenshots; leave it nil in the app.
    public static func open(path: String, lang: Lang = .ja, today: String? = nil) async throws -> HandbookStore {
        let queue = DispatchQueue(label: "org.hagukumi.handbook")
        let ffi = try await onQueue(queue) { try Handbook.openWith(path: path, options: OpenOptions(today: today)) }
        return HandbookStore(ffi: ffi, lang: lang, queue: queue)
    }

    /// A handbook in memory only (SwiftUI previews, tests).
    public static func inMemory(lang: Lang = .ja, today: String? = nil) async throws -> HandbookStore {
        let queue = DispatchQueue(label: "org.hagukumi.handbook")
        let ffi = try await onQueue(queue) { try Handbook.inMemory(options: OpenOptions(today: today)) }
        return HandbookStore(ffi: ffi, lang: lang, queue: queue)
    }

    private static func onQueue<T: Sendable>(
        _ queue: DispatchQueue, _ body: @escaping @Sendable () throws -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }

    private func run<T: Sendable>(_ body: @escaping @Sendable (Handbook) throws -> T) async throws -> T {
        let ffi = self.ffi
        return try await Self.onQueue(queue) { try body(ffi) }
    }

    /// Today in Japan (or the pinned date), "YYYY-MM-DD".
    public func today() async throws -> String { try await run { try $0.today() } }

    // MARK: screens

    public func home() async throws -> HomeSummary {
        let lang = self.lang
        return try await run { try $0.home(lang: lang) }
    }

    public func timeline(_ subject: Subject, cursor: String? = nil, limit: UInt32 = 50) async throws -> TimelinePage {
        let lang = self.lang
        return try await run { try $0.timeline(subject: subject, cursor: cursor, limit: limit, lang: lang) }
    }

    public func childSummary(_ childId: String) async throws -> ChildSummary {
        let lang = self.lang
        return try await run { try $0.childSummary(childId: childId, lang: lang) }
    }

    public func pregnancySummary(_ pregnancyId: String) async throws -> PregnancySummary? {
        let lang = self.lang
        return try await run { try $0.pregnancySummary(pregnancyId: pregnancyId, lang: lang) }
    }

    public func growthChart(_ childId: String, indicator: Indicator, standard: Standard = .who) async throws -> GrowthChart {
        let lang = self.lang
        return try await run { try $0.growthChart(childId: childId, indicator: indicator, standard: standard, lang: lang) }
    }

    /// Warnings a measurement would get, before saving it.
    public func growthWarnings(_ m: GrowthMeasurement) async throws -> [PlausibilityWarning] {
        try await run { try $0.growthWarnings(measurement: m) }
    }

    /// A child's records as a FHIR R4 Bundle (JSON), for a clinic abroad or another
    /// app: share it as `application/fhir+json`.
    public func exportFhir(_ childId: String) async throws -> String {
        try await run { try $0.exportFhir(childId: childId) }
    }

    /// A child's printable summary in the store's language: one self-contained HTML
    /// document. Turn it into a PDF with `WKWebView.createPDF` after loading it, or print
    /// it through `UIPrintInteractionController` with a `UIMarkupTextPrintFormatter`.
    public func exportSummaryHtml(_ childId: String) async throws -> String {
        let lang = self.lang
        return try await run { try $0.exportSummaryHtml(childId: childId, lang: lang) }
    }

    /// A child's vaccination plan under the Japanese schedule in force today.
    public func vaccinationPlan(_ childId: String) async throws -> VaccinationPlan {
        let lang = self.lang
        return try await run { try $0.vaccinationPlan(childId: childId, lang: lang) }
    }

    /// The maternal RSV vaccine for a pregnancy (28w0d–36w6d).
    public func maternalRsvPlan(_ pregnancyId: String) async throws -> DosePlan? {
        let lang = self.lang
        return try await run { try $0.maternalRsvPlan(pregnancyId: pregnancyId, lang: lang) }
    }

    /// Import photos from files, each independently (a refused file leaves nothing and
    /// the others still import); `progress` gets (done, total) as files finish, on the
    /// handbook's queue.
    public func importPhotos(
        _ paths: [String], entry: String? = nil,
        progress: (@Sendable (UInt32, UInt32) -> Void)? = nil
    ) async throws -> [PhotoImport] {
        let relay = progress.map(ProgressRelay.init)
        return try await run { try $0.importPhotos(paths: paths, entry: entry, progress: relay) }
    }

    /// Import one photo from a picker's bytes (JPEG, PNG or WebP; convert HEIC first).
    public func importPhotoBytes(_ bytes: Data, entry: String? = nil) async throws -> Photo {
        try await run { try $0.importPhotoBytes(bytes: bytes, entry: entry) }
    }

    public func photo(_ id: String) async throws -> Photo { try await run { try $0.photo(id: id) } }
    public func photos() async throws -> [Photo] { try await run { try $0.photos() } }
    public func checkPhotos(repair: Bool = false) async throws -> PhotoCheck {
        try await run { try $0.checkPhotos(repair: repair) }
    }

    /// What falls due within `withinDays` days for the whole family, by date: the app
    /// schedules one local notification per item, keyed by `Reminder.id`.
    public func reminders(withinDays: UInt32 = 30) async throws -> [Reminder] {
        let lang = self.lang
        return try await run { try $0.reminders(withinDays: withinDays, lang: lang) }
    }

    // MARK: city feed

    /// The city's notices, events and support programmes for this family today, in
    /// `lang`, each with the reasons it matched (computed on the phone).
    public func forYou() async throws -> [ForYouItem] {
        let lang = self.lang
        return try await run { try $0.forYou(lang: lang) }
    }

    /// Mark a feed entry read or unread; false if the feed has no such entry.
    @discardableResult
    public func markFeedRead(_ kind: FeedEntryKind, id: String, read: Bool = true) async throws -> Bool {
        try await run { try $0.markFeedRead(kind: kind, id: id, read: read) }
    }

    /// Bookmark a feed entry or remove the bookmark; false if there is no such entry.
    @discardableResult
    public func setFeedBookmark(_ kind: FeedEntryKind, id: String, on: Bool) async throws -> Bool {
        try await run { try $0.setFeedBookmark(kind: kind, id: id, on: on) }
    }

    /// Where the applied feed came from and when it was last checked; nil before the first sync.
    public func feedSource() async throws -> FeedSourceInfo? { try await run { try $0.feedSource() } }

    /// Download the city's feed if it changed, verify it against the key pinned in
    /// `cityConfigToml` and apply it. Waits for the network (seconds); it runs on its
    /// own queue so that the screens' calls on the handbook's queue are not held up
    /// (the core syncs on its own connection to the file). Throws `.Feed` (or a
    /// storage error); the previous feed is kept on any failure.
    public func syncFeed(cityConfigToml: String) async throws -> SyncResult {
        let ffi = self.ffi
        return try await Self.onQueue(Self.syncQueue) { try ffi.syncFeed(cityConfigToml: cityConfigToml) }
    }

    /// Verify and apply a signed feed file obtained without the network (bundled, demo).
    @discardableResult
    public func applySignedFeed(_ signedFeed: Data, cityConfigToml: String) async throws -> ApplyReport {
        try await run { try $0.applySignedFeed(signedFeed: signedFeed, cityConfigToml: cityConfigToml) }
    }

    /// Where syncs wait for the network, apart from the handbook's serial queue.
    private static let syncQueue = DispatchQueue(label: "org.hagukumi.feed-sync")

    // MARK: city (市区町村)

    /// The city chosen with `moveToCity`; nil before one is chosen.
    public func currentCity() async throws -> CityInfo? { try await run { try $0.currentCity() } }

    /// Follow the city of `cityConfigToml` from now on: the old city's notices are
    /// archived with their marks (`archivedNotices()`), every record is kept. Moving to
    /// the city already followed changes nothing (`moved` false); an invalid
    /// configuration throws `.Feed` with kind `bad_config`.
    @discardableResult
    public func moveToCity(cityConfigToml: String) async throws -> MoveReport {
        try await run { try $0.moveToCity(cityConfigToml: cityConfigToml) }
    }

    /// The notices of the cities the family left, the most recently left first, in `lang`.
    public func archivedNotices() async throws -> [ArchivedCity] {
        let lang = self.lang
        return try await run { try $0.archivedNotices(lang: lang) }
    }

    /// `syncFeed` with the stored city; throws `.Feed` with kind `no_city` before one is chosen.
    public func syncCurrentCity() async throws -> SyncResult {
        let ffi = self.ffi
        return try await Self.onQueue(Self.syncQueue) { try ffi.syncCurrentCity() }
    }

    // MARK: lists

    public func motherProfile() async throws -> MotherProfileRecord? { try await run { try $0.motherProfile() } }
    public func pregnancies() async throws -> [PregnancyRecord] { try await run { try $0.pregnancies() } }
    public func prenatalCheckups(_ pregnancyId: String) async throws -> [PrenatalCheckupRecord] {
        try await run { try $0.prenatalCheckups(pregnancyId: pregnancyId) }
    }
    public func deliveryOf(_ pregnancyId: String) async throws -> DeliveryRecord? {
        try await run { try $0.deliveryOf(pregnancyId: pregnancyId) }
    }
    public func children() async throws -> [ChildRecord] { try await run { try $0.children() } }
    public func child(_ id: String) async throws -> ChildRecord { try await run { try $0.child(id: id) } }
    public func growth(_ childId: String) async throws -> [GrowthRecord] { try await run { try $0.growth(childId: childId) } }
    public func infantCheckups(_ childId: String) async throws -> [InfantCheckupRecord] {
        try await run { try $0.infantCheckups(childId: childId) }
    }
    public func vaccinations(_ subject: Subject) async throws -> [VaccinationRecord] {
        try await run { try $0.vaccinations(subject: subject) }
    }
    public func dental(_ subject: Subject) async throws -> [DentalRecord] { try await run { try $0.dental(subject: subject) } }
    public func diary(_ subject: Subject) async throws -> [DiaryRecord] { try await run { try $0.diary(subject: subject) } }

    // MARK: actions

    public func setMotherProfile(_ p: MotherProfile) async throws -> MotherProfileRecord {
        try await run { try $0.setMotherProfile(profile: p) }
    }

    public func addPregnancy(_ p: Pregnancy) async throws -> PregnancyRecord { try await run { try $0.addPregnancy(pregnancy: p) } }
    public func updatePregnancy(_ id: String, _ p: Pregnancy) async throws -> PregnancyRecord {
        try await run { try $0.updatePregnancy(id: id, pregnancy: p) }
    }
    public func deletePregnancy(_ id: String) async throws { try await run { try $0.deletePregnancy(id: id) } }

    public func addPrenatalCheckup(_ c: PrenatalCheckup) async throws -> PrenatalCheckupRecord {
        try await run { try $0.addPrenatalCheckup(checkup: c) }
    }
    public func updatePrenatalCheckup(_ id: String, _ c: PrenatalCheckup) async throws -> PrenatalCheckupRecord {
        try await run { try $0.updatePrenatalCheckup(id: id, checkup: c) }
    }
    public func deletePrenatalCheckup(_ id: String) async throws { try await run { try $0.deletePrenatalCheckup(id: id) } }

    public func recordDelivery(_ d: Delivery, newborns: [Newborn]) async throws -> DeliveryRecorded {
        try await run { try $0.recordDelivery(delivery: d, newborns: newborns) }
    }
    public func updateDelivery(_ id: String, _ d: Delivery) async throws -> DeliveryRecord {
        try await run { try $0.updateDelivery(id: id, delivery: d) }
    }
    public func deleteDelivery(_ id: String) async throws { try await run { try $0.deleteDelivery(id: id) } }

    public func addChild(_ c: Child) async throws -> ChildRecord { try await run { try $0.addChild(child: c) } }
    public func updateChild(_ id: String, _ c: Child) async throws -> ChildRecord {
        try await run { try $0.updateChild(id: id, child: c) }
    }
    public func deleteChild(_ id: String) async throws { try await run { try $0.deleteChild(id: id) } }

    /// Saves the measurement; `warnings` asks the parent to look at it again.
    public func addGrowth(_ m: GrowthMeasurement) async throws -> GrowthSaved {
        try await run { try $0.addGrowth(measurement: m) }
    }
    public func updateGrowth(_ id: String, _ m: GrowthMeasurement) async throws -> GrowthSaved {
        try await run { try $0.updateGrowth(id: id, measurement: m) }
    }
    public func deleteGrowth(_ id: String) async throws { try await run { try $0.deleteGrowth(id: id) } }

    public func addInfantCheckup(_ e: InfantCheckupEntry) async throws -> InfantCheckupRecord {
        try await run { try $0.addInfantCheckup(entry: e) }
    }
    public func updateInfantCheckup(_ id: String, _ e: InfantCheckupEntry) async throws -> InfantCheckupRecord {
        try await run { try $0.updateInfantCheckup(id: id, entry: e) }
    }
    public func deleteInfantCheckup(_ id: String) async throws { try await run { try $0.deleteInfantCheckup(id: id) } }

    public func addVaccination(_ v: Vaccination) async throws -> VaccinationRecord {
        try await run { try $0.addVaccination(vaccination: v) }
    }
    public func updateVaccination(_ id: String, _ v: Vaccination) async throws -> VaccinationRecord {
        try await run { try $0.updateVaccination(id: id, vaccination: v) }
    }
    public func deleteVaccination(_ id: String) async throws { try await run { try $0.deleteVaccination(id: id) } }

    public func addDental(_ c: DentalCheckup) async throws -> DentalRecord { try await run { try $0.addDental(checkup: c) } }
    public func updateDental(_ id: String, _ c: DentalCheckup) async throws -> DentalRecord {
        try await run { try $0.updateDental(id: id, checkup: c) }
    }
    public func deleteDental(_ id: String) async throws { try await run { try $0.deleteDental(id: id) } }

    public func addDiary(_ e: DiaryEntry) async throws -> DiaryRecord { try await run { try $0.addDiary(entry: e) } }
    public func updateDiary(_ id: String, _ e: DiaryEntry) async throws -> DiaryRecord {
        try await run { try $0.updateDiary(id: id, entry: e) }
    }
    public func deleteDiary(_ id: String) async throws { try await run { try $0.deleteDiary(id: id) } }

    /// Many records in one transaction: all are written, or none. Returns the new ids.
    public func addBatch(_ records: [NewRecord]) async throws -> [String] {
        try await run { try $0.addBatch(records: records) }
    }

    // MARK: sharing and backup

    /// Who this handbook is: the family, this copy, and whether it is a read-only view.
    public func identity() async throws -> HandbookIdentity { try await run { try $0.identity() } }

    /// Create a share (共有先) and its key: `.viewer` for grandparents (one child or
    /// pregnancy, read-only), `.coParent` for the other parent (the whole family,
    /// merged both ways). Show `key` as a QR code for their phone.
    public func createShare(name: String, role: ShareRole, scope: ShareScope) async throws -> ShareInfo {
        try await run { try $0.createShare(name: name, role: role, scope: scope) }
    }

    public func shares() async throws -> [ShareInfo] { try await run { try $0.shares() } }
    public func removeShare(_ id: String) async throws { try await run { try $0.removeShare(id: id) } }

    /// Write the share's next bundle (what changed since the last one; `full`: all) to `path`.
    public func exportShare(_ id: String, to path: String, full: Bool = false) async throws -> ShareExport {
        try await run { try $0.exportShare(id: id, full: full, path: path) }
    }

    /// Import the other parent's bundle into this handbook (a new phone joins the family).
    public func importShare(path: String, key: String) async throws -> ShareImport {
        try await run { try $0.importShare(path: path, key: key) }
    }

    /// Back up the whole handbook (records and photos) to one encrypted file at `path`;
    /// `progress` gets (done, total) bytes on the handbook's queue.
    public func createBackup(
        to path: String, secret: BundleSecret,
        progress: (@Sendable (UInt64, UInt64) -> Void)? = nil
    ) async throws -> BackupReport {
        let relay = progress.map(BackupProgressRelay.init)
        return try await run { try $0.createBackup(path: path, secret: secret, progress: relay) }
    }

    /// Restore a backup into this handbook. With `mode` nil, a handbook that has records
    /// throws `.Share` with kind "choice_needed": ask the family to replace or merge,
    /// and call again with their choice.
    public func restoreBackup(
        from path: String, secret: BundleSecret, mode: RestoreMode? = nil,
        progress: (@Sendable (UInt64, UInt64) -> Void)? = nil
    ) async throws -> RestoreReport {
        let relay = progress.map(BackupProgressRelay.init)
        return try await run {
            try $0.restoreBackup(backupPath: path, secret: secret, mode: mode, progress: relay)
        }
    }

    /// What a received file is (share or backup) and what unlocks it (key or passphrase).
    public static func bundleFileInfo(path: String) async throws -> BundleFileInfo {
        try await onQueue(filesQueue) { try Hagukumi.bundleFileInfo(path: path) }
    }

    /// Check a share's key and read whom it is from and about, before importing.
    public static func peekShare(path: String, key: String) async throws -> IncomingShareInfo {
        try await onQueue(filesQueue) { try Hagukumi.peekShare(path: path, key: key) }
    }

    /// Import a grandparent's (viewer) bundle into its family's read-only view under
    /// `viewsDir`; open `viewPath` with `open(path:)` to show it.
    public static func importShareToViews(viewsDir: String, path: String, key: String) async throws -> ShareImport {
        try await onQueue(filesQueue) { try Hagukumi.importShareToViews(viewsDir: viewsDir, path: path, key: key) }
    }

    /// The other families' read-only views kept under `viewsDir`.
    public static func familyViews(viewsDir: String) async throws -> [FamilyView] {
        try await onQueue(filesQueue) { try Hagukumi.familyViews(viewsDir: viewsDir) }
    }

    /// Check a backup's secret and read what it holds, without restoring.
    public static func inspectBackup(path: String, secret: BundleSecret) async throws -> BackupInfo {
        try await onQueue(filesQueue) { try Hagukumi.inspectBackup(path: path, secret: secret) }
    }

    /// After `HandbookError.Damaged`: copy everything that can still be read from the
    /// handbook file at `handbookPath` into a backup at `path`, and report per table what
    /// was saved and lost. Restore it with `restoreBackup` (replace). Reads the file
    /// directly, so it works even when the handbook no longer opens.
    public static func createRescueBackup(
        handbookPath: String,
        to path: String,
        secret: BundleSecret,
        progress: (@Sendable (UInt64, UInt64) -> Void)? = nil
    ) async throws -> RescueReport {
        let relay = progress.map(BackupProgressRelay.init)
        return try await onQueue(filesQueue) {
            try Hagukumi.createRescueBackup(handbookPath: handbookPath, outPath: path, secret: secret, progress: relay)
        }
    }

    /// Where bundle files are read outside any one handbook's queue.
    private static let filesQueue = DispatchQueue(label: "org.hagukumi.bundles")

    // MARK: lifecycle

    /// Checkpoint and close the file. Call when the app moves to the background: iOS
    /// kills a suspended app that holds a file lock (0xdead10cc). Closing twice is
    /// harmless; later calls throw `HandbookError.Closed`.
    public func close() async throws { try await run { try $0.closeFile() } }
}

/// Forwards the core's import progress to a Swift closure.
private final class ProgressRelay: ImportProgress {
    private let report: @Sendable (UInt32, UInt32) -> Void

    init(_ report: @escaping @Sendable (UInt32, UInt32) -> Void) {
        self.report = report
    }

    func onProgress(done: UInt32, total: UInt32) {
        report(done, total)
    }
}

/// Forwards a backup's or restore's byte progress to a Swift closure.
private final class BackupProgressRelay: BackupProgress {
    private let report: @Sendable (UInt64, UInt64) -> Void

    init(_ report: @escaping @Sendable (UInt64, UInt64) -> Void) {
        self.report = report
    }

    func onProgress(doneBytes: UInt64, totalBytes: UInt64) {
        report(doneBytes, totalBytes)
    }
}

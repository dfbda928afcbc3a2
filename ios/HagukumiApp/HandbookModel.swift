import Foundation
import HandbookKit

/// The open handbook and what the screens show. Every call goes through HandbookStore,
/// whose async functions run the Rust calls off the main actor.
@MainActor
final class HandbookModel: ObservableObject {
    @Published private(set) var home: HomeSummary?
    /// The parent-facing message of the last refused action, in `lang`.
    @Published var error: String?
    /// Warnings about the measurement just saved (it was saved anyway).
    @Published var warnings: [PlausibilityWarning] = []
    /// The family view (another family's read-only handbook) shown instead of the
    /// family's own by Home, Child and Timeline; nil for the own handbook.
    @Published private(set) var viewing: FamilyView?
    /// The handbook shown is read-only (the core's `identity().readOnly`): no add actions.
    @Published private(set) var readOnly = false
    /// 0...1 while a backup is written or restored.
    @Published private(set) var progress: Double?
    /// The core reported the handbook file damaged: Sharing & backup offers the rescue backup.
    @Published private(set) var damaged = false

    let lang: Lang = Locale.current.language.languageCode?.identifier == "ja" ? .ja : .en
    private var store: HandbookStore?
    /// The open family view, beside `store`.
    private var viewStore: HandbookStore?
    private let reminders = ReminderScheduler()

    private var path: String { Self.handbookPath }

    func open() async {
        guard store == nil else { return }
        await perform {
            let store = try await HandbookStore.open(path: self.path, lang: self.lang)
            self.store = store
            // Protect the file while the phone is locked (bundled SQLite cannot do it).
            try? FileManager.default.setAttributes(
                [.protectionKey: FileProtectionType.completeUntilFirstUserAuthentication],
                ofItemAtPath: self.path
            )
            if let view = self.viewing {
                self.viewStore = try await HandbookStore.open(path: view.path, lang: self.lang)
            }
            try await self.reloadHome()
        }
    }

    /// Closes the own handbook and the family view (kept in `viewing`, reopened by `open`).
    func close() async {
        let open = [store, viewStore].compactMap { $0 }
        store = nil
        viewStore = nil
        for store in open { await perform { try await store.close() } }
    }

    func refresh() async {
        await perform { try await self.reloadHome() }
    }

    private func reloadHome() async throws {
        let store = try requireStore()
        home = try await store.home()
        readOnly = try await store.identity().readOnly
    }

    func childSummary(_ id: String) async -> ChildSummary? {
        await value { try await self.requireStore().childSummary(id) }
    }

    func weightChart(_ id: String) async -> GrowthChart? {
        await value { try await self.requireStore().growthChart(id, indicator: .weightForAge) }
    }

    /// The child's printable summary (HTML, in the app's language).
    func summaryHtml(_ childId: String) async -> String? {
        await value { try await self.requireStore().exportSummaryHtml(childId) }
    }

    func vaccinationPlan(_ childId: String) async -> VaccinationPlan? {
        await value { try await self.requireStore().vaccinationPlan(childId) }
    }

    /// Re-schedules the local notifications from the core's reminders (30 days ahead).
    /// Quiet on failure: there is nothing for the parent to do, the next run retries.
    func rescheduleReminders() async {
        guard let store, let items = try? await store.reminders(withinDays: 30) else { return }
        await reminders.schedule(items, lang: lang)
    }

    func timeline(_ subject: Subject, cursor: String?) async -> TimelinePage? {
        await value { try await self.requireStore().timeline(subject, cursor: cursor) }
    }

    // MARK: city feed

    func forYou() async -> [ForYouItem] {
        await value { try await self.requireStore().forYou() } ?? []
    }

    func markNoticeRead(_ item: ForYouItem) async {
        _ = await perform { try await self.requireStore().markFeedRead(item.kind, id: item.id) }
    }

    func setNoticeBookmark(_ item: ForYouItem, on: Bool) async {
        _ = await perform { try await self.requireStore().setFeedBookmark(item.kind, id: item.id, on: on) }
    }

    /// Pull to refresh on the notices: a sync now. A network failure says so; the
    /// notices already synced stay.
    func syncFeed() async {
        _ = await perform { _ = try await FeedRefresh.syncCity(self.requireStore()) }
    }

    // MARK: city (市区町村)

    func currentCity() async -> CityInfo? {
        await value { try await self.requireStore().currentCity() } ?? nil
    }

    func archivedNotices() async -> [ArchivedCity] {
        await value { try await self.requireStore().archivedNotices() } ?? []
    }

    /// Move to the city of `cityConfigToml` (every record is kept, the old city's
    /// notices are archived), then fetch the new city's notices right away.
    func moveToCity(_ cityConfigToml: String) async -> MoveReport? {
        let report = await value { try await self.requireStore().moveToCity(cityConfigToml: cityConfigToml) }
        if report?.moved == true { await syncFeed() }
        return report
    }

    /// The file the background refresh opens on its own.
    nonisolated static var handbookPath: String {
        let dir = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
        return dir.appendingPathComponent("handbook.sqlite").path
    }

    /// Returns true when saved (the form then closes).
    func addChild(_ child: Child) async -> Bool {
        await perform { _ = try await self.requireStore().addChild(child); self.home = try await self.requireStore().home() }
    }

    func addGrowth(_ m: GrowthMeasurement) async -> Bool {
        await perform {
            let saved = try await self.requireStore().addGrowth(m)
            self.warnings = saved.warnings
            self.home = try await self.requireStore().home()
        }
    }

    /// A recorded dose changes what is due: the reminders are scheduled again.
    func addVaccination(_ v: Vaccination) async -> Bool {
        let saved = await perform { _ = try await self.requireStore().addVaccination(v) }
        if saved { await rescheduleReminders() }
        return saved
    }

    func addDiary(_ entry: DiaryEntry) async -> Bool {
        await perform { _ = try await self.requireStore().addDiary(entry) }
    }

    /// The handbook the screens show: the family view while one is open, else the own one.
    private func requireStore() throws -> HandbookStore {
        if let viewStore { return viewStore }
        return try requireOwn()
    }

    /// The family's own handbook: sharing and backups always act on it.
    private func requireOwn() throws -> HandbookStore {
        guard let store else { throw HandbookError.Closed(messageEn: "The handbook is closed.", messageJa: "手帳は閉じられています。") }
        return store
    }

    // MARK: sharing and backup
    // The rules (scopes, merging, keys, passphrases) are the core's; these call it and
    // hand the results to SharingView.

    /// Where the family views (grandparents' read-only handbooks) are kept.
    nonisolated static var viewsDir: String {
        let dir = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
        return dir.appendingPathComponent("views").path
    }

    /// Where bundles are written for sending, and received files copied to.
    nonisolated static var bundlesDir: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("bundles")
    }

    func shares() async -> [ShareInfo] { await value { try await self.requireOwn().shares() } ?? [] }
    func ownChildren() async -> [ChildRecord] { await value { try await self.requireOwn().children() } ?? [] }
    func ownPregnancies() async -> [PregnancyRecord] { await value { try await self.requireOwn().pregnancies() } ?? [] }
    func familyViews() async -> [FamilyView] { await value { try await HandbookStore.familyViews(viewsDir: Self.viewsDir) } ?? [] }

    /// Throws, like the calls below that run in sheets: the sheet shows the message itself.
    func createShare(name: String, role: ShareRole, scope: ShareScope) async throws -> ShareInfo {
        try await requireOwn().createShare(name: name, role: role, scope: scope)
    }

    func removeShare(_ share: ShareInfo) async {
        await perform { try await self.requireOwn().removeShare(share.id) }
    }

    /// What is new for `share`, written to a temporary file for the share sheet.
    func exportShare(_ share: ShareInfo) async -> URL? {
        await value {
            let own = try self.requireOwn()
            let today = try await own.today()
            let url = try Self.bundleURL("\(share.name)-\(today).hagukumi-share")
            _ = try await own.exportShare(share.id, to: url.path)
            return url
        }
    }

    /// Share or backup, key or passphrase: the file's header, read by the core.
    func bundleFileInfo(_ path: String) async -> BundleFileInfo? {
        await value { try await HandbookStore.bundleFileInfo(path: path) }
    }

    /// Throws: the view tells a wrong key (`shareErrorKind == "wrong_key"`, the field
    /// stays open) from other failures.
    func peekShare(path: String, key: String) async throws -> IncomingShareInfo {
        try await HandbookStore.peekShare(path: path, key: key)
    }

    func inspectBackup(path: String, secret: BundleSecret) async throws -> BackupInfo {
        try await HandbookStore.inspectBackup(path: path, secret: secret)
    }

    /// The other parent's share into this handbook; a grandparent's into a family view.
    func importShare(path: String, key: String, role: ShareRole) async throws -> ShareImport {
        switch role {
        case .coParent:
            let report = try await requireOwn().importShare(path: path, key: key)
            try await reloadHome()
            await rescheduleReminders()
            return report
        case .viewer:
            return try await HandbookStore.importShareToViews(viewsDir: Self.viewsDir, path: path, key: key)
        }
    }

    /// Back up the own handbook to a temporary file; progress is published.
    func createBackup(passphrase: String) async throws -> URL {
        progress = 0
        defer { progress = nil }
        let own = try requireOwn()
        let today = try await own.today()
        let url = try Self.bundleURL("hagukumi-\(today).hagukumi-backup")
        _ = try await own.createBackup(to: url.path, secret: .passphrase(passphrase: passphrase), progress: progressRelay())
        return url
    }

    /// Restore into the own handbook. Throws `.Share` "choice_needed" when `mode` is nil
    /// and the handbook has records: the view asks replace or merge and calls again.
    func restoreBackup(path: String, secret: BundleSecret, mode: RestoreMode?) async throws -> RestoreReport {
        progress = 0
        defer { progress = nil }
        let report = try await requireOwn().restoreBackup(from: path, secret: secret, mode: mode, progress: progressRelay())
        try await reloadHome()
        await rescheduleReminders()
        return report
    }

    /// Called on the handbook's queue; hops to the main actor.
    private func progressRelay() -> @Sendable (UInt64, UInt64) -> Void {
        { done, total in
            Task { @MainActor in self.progress = total > 0 ? Double(done) / Double(total) : 0 }
        }
    }

    /// Show another family's read-only view on Home instead of the own handbook.
    func openView(_ view: FamilyView) async {
        await leaveView()
        await perform {
            self.viewStore = try await HandbookStore.open(path: view.path, lang: self.lang)
            self.viewing = view
            try await self.reloadHome()
        }
    }

    func leaveView() async {
        let open = viewStore
        viewStore = nil
        viewing = nil
        if let open { await perform { try await open.close() } }
        await refresh()
    }

    /// Shows a refusal's message in the app's language (for the errors a view handles itself).
    func show(_ error: Error) {
        if let e = error as? HandbookError { note(e) } else { self.error = error.localizedDescription }
    }

    /// Shows the core's message; a damaged file also turns on the rescue backup.
    private func note(_ e: HandbookError) {
        error = e.message(lang)
        if case .Damaged = e { damaged = true }
    }

    /// After a damaged-file error: everything the core can still read from the handbook
    /// file, in an encrypted backup (a temporary file) to save, then restore. Works from
    /// the file even when it no longer opens.
    func createRescueBackup(passphrase: String) async throws -> (URL, RescueReport) {
        progress = 0
        defer { progress = nil }
        let url = try Self.bundleURL("hagukumi-rescue-\(UUID().uuidString.prefix(8)).hagukumi-backup")
        let report = try await HandbookStore.createRescueBackup(
            handbookPath: path, to: url.path, secret: .passphrase(passphrase: passphrase), progress: progressRelay()
        )
        return (url, report)
    }

    private nonisolated static func bundleURL(_ name: String) throws -> URL {
        try FileManager.default.createDirectory(at: bundlesDir, withIntermediateDirectories: true)
        // A share's name is the family's text: keep it out of the path's syntax.
        let safe = name.components(separatedBy: CharacterSet(charactersIn: "/\\:*?\"<>|")).joined(separator: "_")
        return bundlesDir.appendingPathComponent(safe)
    }

    @discardableResult
    private func perform(_ body: () async throws -> Void) async -> Bool {
        do {
            try await body()
            return true
        } catch let e as HandbookError {
            note(e)
        } catch {
            self.error = error.localizedDescription
        }
        return false
    }

    private func value<T: Sendable>(_ body: () async throws -> T) async -> T? {
        var result: T?
        await perform { result = try await body() }
        return result
    }
}

extension Lang {
    /// The app's own chrome (buttons, headings) in the UI language.
    func t(_ ja: String, _ en: String) -> String { self == .ja ? ja : en }
}

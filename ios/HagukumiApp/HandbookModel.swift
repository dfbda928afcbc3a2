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

    let lang: Lang = Locale.current.language.languageCode?.identifier == "ja" ? .ja : .en
    private var store: HandbookStore?
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
            self.home = try await store.home()
        }
    }

    func close() async {
        guard let store else { return }
        self.store = nil
        await perform { try await store.close() }
    }

    func refresh() async {
        await perform { self.home = try await self.requireStore().home() }
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

    private func requireStore() throws -> HandbookStore {
        guard let store else { throw HandbookError.Closed(messageEn: "The handbook is closed.", messageJa: "手帳は閉じられています。") }
        return store
    }

    @discardableResult
    private func perform(_ body: () async throws -> Void) async -> Bool {
        do {
            try await body()
            return true
        } catch let e as HandbookError {
            error = e.message(lang)
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

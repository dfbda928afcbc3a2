import Foundation
import HandbookKit

/// The open handbooks (HandbookSession) and what every screen shares: the home summary,
/// the last refusal's message, backup progress. Calls go through `HandbookStore.call`,
/// off the main actor; after every change of the handbook shown (a write, a merge, a
/// restore, a feed sync) the core tells `changes()`, and the model re-reads Home and bumps
/// `revision`, which screens use as their `.task(id:)`: no screen re-reads by hand.
@MainActor
final class HandbookModel: ObservableObject {
    @Published private(set) var home: HomeSummary?
    /// The parent-facing message of the last refused action, in `lang`.
    @Published var error: String?
    /// Every page of the handbook as the core describes it, in the paper order.
    @Published private(set) var pages: HandbookPages?
    /// What needs doing now (overdue doses, deadlines of free vaccination, checkups,
    /// the next prenatal visit), in the core's order: shown at the top of Home.
    @Published private(set) var current: [FamilyReminder] = []
    /// The family view (another family's read-only handbook) shown instead of the own one.
    @Published private(set) var viewing: FamilyView?
    /// The handbook shown is read-only (the core's `identity().readOnly`): no add actions.
    @Published private(set) var readOnly = false
    /// 0...1 while a backup is written or restored.
    @Published private(set) var progress: Double?
    /// A refusal's remedy was the rescue backup: Sharing & backup offers it.
    @Published private(set) var damaged = false
    /// Changes whenever the handbook shown changed.
    @Published private(set) var revision = 0

    let lang = HagukumiApp.deviceLang
    let session = HandbookSession(path: HandbookModel.handbookPath, lang: HagukumiApp.deviceLang)
    private let reminders = ReminderScheduler()
    private var watching: [Task<Void, Never>] = []

    /// The file the background refresh opens on its own.
    nonisolated static var handbookPath: String { supportDir.appendingPathComponent("handbook.sqlite").path }
    /// Where the family views (grandparents' read-only handbooks) are kept.
    nonisolated static var viewsDir: String { supportDir.appendingPathComponent("views").path }
    /// Where bundles are written for sending, and received files copied to.
    nonisolated static var bundlesDir: URL { FileManager.default.temporaryDirectory.appendingPathComponent("bundles") }
    private nonisolated static var supportDir: URL {
        FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
    }

    func open() async {
        await perform {
            try await self.session.open()
            // Protect the file while the phone is locked (bundled SQLite cannot do it).
            try? FileManager.default.setAttributes(
                [.protectionKey: FileProtectionType.completeUntilFirstUserAuthentication], ofItemAtPath: Self.handbookPath
            )
        }
        if pages == nil { await perform { self.pages = try await HandbookPages.load(lang: self.lang) } }
        await shownChanged()
        await rescheduleReminders()
    }

    /// Closes the own handbook and the family view (reopened by `open`).
    func close() async {
        watching.forEach { $0.cancel() }
        watching = []
        await perform { try await self.session.close() }
    }

    func refresh() async { await reloadHome() }

    /// One call on the handbook the screens show; nil after a refusal, whose message is
    /// shown. `waitsForNetwork`: a feed sync, on its own queue.
    func call<T: Sendable>(
        waitsForNetwork: Bool = false, _ body: @escaping @Sendable (Handbook) throws -> T
    ) async -> T? {
        var result: T?
        await perform {
            guard let store = await self.session.shown else { return }
            result = try await store.call(waitsForNetwork: waitsForNetwork, body)
        }
        return result
    }

    /// One call on the family's own handbook (sharing, backups); throws, for the sheets
    /// that show the message themselves.
    func callOwn<T: Sendable>(_ body: @escaping @Sendable (Handbook) throws -> T) async throws -> T {
        try await ownStore().call(body)
    }

    func ownStore() async throws -> HandbookStore {
        try await session.open()
        return await session.ownStore!
    }

    /// The handbook the screens show, for the form screens' own calls (FormEditor).
    func shownStore() async -> HandbookStore? { await session.shown }

    /// Re-schedules the local notifications from the core's reminders (30 days ahead).
    /// Quiet on failure: there is nothing for the parent to do, the next run retries.
    func rescheduleReminders() async {
        guard let store = await session.ownStore,
              let items = try? await store.call({ try $0.reminders(withinDays: 30) })
        else { return }
        await reminders.schedule(items, lang: lang)
        let today = home?.today
        current = items.filter { item in today.map { item.reminder.notifyOn <= $0 } ?? false }
    }

    /// Show another family's read-only view instead of the own handbook.
    func openView(_ view: FamilyView) async {
        await perform { try await self.session.openView(view) }
        await shownChanged()
    }

    func leaveView() async {
        await perform { try await self.session.leaveView() }
        await shownChanged()
    }

    /// A backup's or restore's byte progress, published on the main actor.
    func progressReporter() -> BackupProgress {
        progress = 0
        return backupProgress { done, total in
            Task { @MainActor in self.progress = total > 0 ? Double(done) / Double(total) : 0 }
        }
    }

    func endProgress() { progress = nil }

    /// Shows a refusal's message in the app's language (for the errors a sheet handles itself).
    func show(_ error: Error) {
        guard let e = error as? HandbookError else { self.error = error.localizedDescription; return }
        self.error = e.userMessage(lang)
        if e.remedy == .rescueBackup { damaged = true }
    }

    /// Watch the handbook shown now (Home and the screens re-read) and the own one (a
    /// record or a merge can change what falls due: the reminders are scheduled again).
    private func shownChanged() async {
        viewing = await session.viewing
        watching.forEach { $0.cancel() }
        watching = []
        if let shown = await session.shown {
            watching.append(Task { [weak self] in
                for await _ in shown.changes() { await self?.reloadHome() }
            })
        }
        if let own = await session.ownStore {
            watching.append(Task { [weak self] in
                for await change in own.changes() {
                    switch change {
                    // The reminder timing (a setting of the plan) changes what falls due when.
                    case .records, .merged, .schedule: await self?.rescheduleReminders()
                    case .feed, .photos: break
                    }
                }
            })
        }
        await reloadHome()
    }

    private func reloadHome() async {
        await perform {
            guard let store = await self.session.shown else { return }
            self.home = try await store.call { [lang] in try $0.home(lang: lang) }
            self.readOnly = try await store.call { try $0.identity() }.readOnly
        }
        revision += 1
    }

    private func perform(_ body: () async throws -> Void) async {
        do { try await body() } catch { show(error) }
    }
}

extension String {
    /// A sentence of Localizable.xcstrings with its placeholders filled in:
    /// `String(localized: "home_due").filled(date, days)`. `%1$@`, `%2$@`… take the
    /// argument of that number (Japanese often puts them in another order), a bare `%@` the
    /// next one, `%%` is a percent sign. Only `%@` is used (every value is passed as text),
    /// so no C varargs are involved and a missing argument shows as nothing, not a crash
    /// (tests/app_resources.rs checks that every call passes one per placeholder).
    func filled(_ args: String...) -> String {
        var out = ""
        var next = 0
        var rest = Substring(self)
        while let percent = rest.firstIndex(of: "%") {
            out += rest[..<percent]
            rest = rest[rest.index(after: percent)...]
            if rest.first == "%" {
                out += "%"
                rest = rest.dropFirst()
                continue
            }
            let digits = rest.prefix { $0.isNumber }
            var index = next
            if !digits.isEmpty, rest.dropFirst(digits.count).first == "$", let n = Int(digits) {
                index = n - 1
                rest = rest.dropFirst(digits.count + 1)
            } else {
                next += 1
            }
            if rest.first == "@" {
                rest = rest.dropFirst()
                if args.indices.contains(index) { out += args[index] }
            } else {
                out += "%"
            }
        }
        return out + rest
    }
}

import Foundation
import Hagukumi

/// The handbooks the app has open: the family's own, and while one is shown, another
/// family's read-only view (a grandparent's). Screens read `shown`; sharing and backups
/// act on `own`. Both are closed together when the app goes to the background, and
/// `open()` reopens both, the view included.
public actor HandbookSession {
    public nonisolated let path: String
    public nonisolated let lang: Lang
    private let today: CalendarDay?
    /// The stores stay after `close()`: a screen's call then throws the core's `.closed`
    /// error (and message) instead of reaching a handbook the app no longer holds.
    private var own: HandbookStore?
    /// The view shown instead of the own handbook, kept across `close()`.
    private var view: (info: FamilyView, store: HandbookStore)?
    private var isOpen = false
    private var opening: Task<Void, Error>?

    /// `today` pins the date (tests, demos); nil in the app.
    public init(path: String, lang: Lang, today: CalendarDay? = nil) {
        self.path = path
        self.lang = lang
        self.today = today
    }

    /// The handbook the screens show: the family view while one is chosen, else the
    /// family's own; nil before the first `open()`.
    public var shown: HandbookStore? { view?.store ?? own }

    /// The family's own handbook: sharing and backups act on it.
    public var ownStore: HandbookStore? { own }

    /// The family view shown instead of the own handbook.
    public var viewing: FamilyView? { view?.info }

    /// Open the own handbook and the view being shown. Concurrent calls (launch and
    /// becoming active) share one opening; opening an open session changes nothing.
    public func open() async throws {
        if let opening { return try await opening.value }
        guard !isOpen else { return }
        let task = Task { try await self.openBoth() }
        opening = task
        defer { opening = nil }
        try await task.value
    }

    private func openBoth() async throws {
        own = try await HandbookStore.open(path: path, lang: lang, today: today)
        if let info = view?.info {
            view = (info, try await HandbookStore.open(path: info.path, lang: lang, today: today))
        }
        isOpen = true
    }

    /// Checkpoint and close both (the view stays chosen, reopened by `open()`); the
    /// first failure is thrown after both were tried.
    public func close() async throws {
        isOpen = false
        var failure: Error?
        for store in [own, view?.store].compactMap({ $0 }) {
            do { try await store.close() } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
    }

    /// Show `family` (one of `familyViews`) instead of the own handbook.
    public func openView(_ family: FamilyView) async throws {
        try await leaveView()
        view = (family, try await HandbookStore.open(path: family.path, lang: lang, today: today))
    }

    /// Back to the own handbook.
    public func leaveView() async throws {
        let store = view?.store
        view = nil
        try await store?.close()
    }
}

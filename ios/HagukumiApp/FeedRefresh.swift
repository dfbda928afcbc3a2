import BackgroundTasks
import Foundation
import HandbookKit
import UserNotifications

/// The city information feed in the background (issue 5): a BGAppRefreshTask syncs
/// the city's feed (a conditional GET: an unchanged feed costs one 304), and new items
/// that are for this family get one local notification. Targeting happens in the core,
/// on the phone; nothing about the family is sent.
///
/// Setup (see ../README.md): Info.plist lists `taskIdentifier` under
/// `BGTaskSchedulerPermittedIdentifiers`, and `UIBackgroundModes` contains `fetch`.
/// The handler is registered by the scene's `.backgroundTask(.appRefresh(…))` modifier
/// (HagukumiApp.swift); `schedule()` asks iOS for the next run, which iOS times itself
/// (typically at most a few times a day).
///
/// The city: the one stored in the handbook, chosen in Settings › City (CityView.swift);
/// a handbook with none yet starts with the bundled sample city こもれび市, whose
/// `city.toml` (TEST-ONLY key) comes from the library (`sampleCityConfig()`).
enum FeedRefresh {
    static let taskIdentifier = "org.hagukumi.feed-refresh"

    /// The city configuration a handbook follows until the family picks one.
    static var defaultCityConfig: String { sampleCityConfig() }

    /// Sync the handbook's city, choosing the default city first if none is stored.
    @discardableResult
    static func syncCity(_ store: HandbookStore) async throws -> SyncResult {
        if try await store.currentCity() == nil {
            try await store.moveToCity(cityConfigToml: defaultCityConfig)
        }
        return try await store.syncCurrentCity()
    }

    /// Ask for the next refresh, not before `hours` from now. Submitting again replaces
    /// the pending request.
    static func schedule(hours: Double = 12) {
        let request = BGAppRefreshTaskRequest(identifier: taskIdentifier)
        request.earliestBeginDate = Date(timeIntervalSinceNow: hours * 3600)
        try? BGTaskScheduler.shared.submit(request)
    }

    /// One refresh: sync on its own connection to the file, notify, close. Runs while
    /// the app is in the background, so the handbook is opened and closed here
    /// (iOS kills a suspended app that holds the file lock).
    static func run(path: String, lang: Lang) async {
        schedule()
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard let store = try? await HandbookStore.open(path: path, lang: lang) else { return }
        let news = await newItemsForUs(store)
        // Close before the task ends: the checkpoint must not be left to a suspended app.
        try? await store.close()
        await notify(news, lang: lang)
    }

    /// Sync; the new or changed items that are for this family and not read yet.
    private static func newItemsForUs(_ store: HandbookStore) async -> [ForYouItem] {
        guard let result = try? await syncCity(store),
              case let .applied(report) = result,
              let items = try? await store.forYou()
        else { return [] }
        let fresh = Set(report.newOrChanged.map { "\($0.kind):\($0.id)" })
        return items.filter { !$0.read && fresh.contains("\($0.kind):\($0.id)") }
    }

    /// One notification for the new items, replacing the previous one.
    private static func notify(_ items: [ForYouItem], lang: Lang) async {
        guard let first = items.first else { return }
        let center = UNUserNotificationCenter.current()
        let settings = await center.notificationSettings()
        guard settings.authorizationStatus == .authorized || settings.authorizationStatus == .provisional else { return }
        let content = UNMutableNotificationContent()
        content.title = items.count == 1
            ? first.title
            : lang.t("市から\(items.count)件のお知らせ", "\(items.count) notices from the city")
        content.body = items.map { "\($0.title)（\($0.reasons.first?.text ?? "")）" }.joined(separator: "\n")
        content.sound = .default
        let request = UNNotificationRequest(identifier: "hagukumi.feed", content: content, trigger: nil)
        try? await center.add(request)
    }
}

import BackgroundTasks
import Foundation
import HandbookKit
import UserNotifications

/// The city information feed in the background (issue 5): a BGAppRefreshTask runs
/// `BackgroundRefresh` (HandbookKit), where the core follows the default city if none was
/// chosen, syncs it (a conditional GET: an unchanged feed costs one 304) and says what to
/// notify, worded; this posts that one notification. Targeting happens in the core, on the
/// phone; nothing about the family is sent.
///
/// Setup (see ../README.md): Info.plist lists `taskIdentifier` under
/// `BGTaskSchedulerPermittedIdentifiers`, and `UIBackgroundModes` contains `fetch`.
/// The handler is registered by the scene's `.backgroundTask(.appRefresh(…))` modifier
/// (HagukumiApp.swift); `schedule()` asks iOS for the next run, which iOS times itself.
enum FeedRefresh {
    static let taskIdentifier = "org.hagukumi.feed-refresh"

    /// Ask for the next refresh, not before `hours` from now. Submitting again replaces
    /// the pending request.
    static func schedule(hours: Double = 12) {
        let request = BGAppRefreshTaskRequest(identifier: taskIdentifier)
        request.earliestBeginDate = Date(timeIntervalSinceNow: hours * 3600)
        try? BGTaskScheduler.shared.submit(request)
    }

    /// One refresh: the handbook is opened, synced and closed by `BackgroundRefresh`;
    /// a transient failure (network) asks for an earlier retry.
    static func run(path: String, lang: Lang) async {
        switch await BackgroundRefresh.run(path: path, lang: lang) {
        case let .news(news):
            schedule()
            await notify(news)
        case .failed(retrySoon: true):
            schedule(hours: 1)
        case .failed(retrySoon: false), .noHandbook:
            schedule()
        }
    }

    /// One notification for the new items, replacing the previous one.
    private static func notify(_ news: FeedNews) async {
        guard !news.items.isEmpty else { return }
        let center = UNUserNotificationCenter.current()
        let status = await center.notificationSettings().authorizationStatus
        guard status == .authorized || status == .provisional else { return }
        let content = UNMutableNotificationContent()
        content.title = news.title
        content.body = news.lines.joined(separator: "\n")
        content.sound = .default
        try? await center.add(UNNotificationRequest(identifier: "hagukumi.feed", content: content, trigger: nil))
    }
}

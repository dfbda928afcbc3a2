import HandbookKit
import SwiftUI
import UIKit
import UserNotifications

/// The iOS app: SwiftUI screens over HandbookKit. Build with Xcode after
/// ../build-xcframework.sh (see ../README.md).
@main
struct HagukumiApp: App {
    @StateObject private var model = HandbookModel()
    @Environment(\.scenePhase) private var scenePhase
    /// The notification center holds its delegate weakly; this keeps it for the
    /// app's lifetime. Set in `init`, before launch finishes, as iOS asks.
    private static let reminderPresenter = ReminderPresenter()

    /// The UI language (the model and the background task, which has no model, use it).
    nonisolated static var deviceLang: Lang {
        // The localization iOS chose for the app's own text (Localizable.xcstrings, from the
        // user's whole list of preferred languages), so the core's sentences match it.
        Bundle.main.preferredLocalizations.first == "ja" ? .ja : .en
    }

    init() {
        UNUserNotificationCenter.current().delegate = Self.reminderPresenter
    }

    var body: some Scene {
        WindowGroup {
            NavigationStack {
                HomeView()
            }
            .environmentObject(model)
            // Also on `.active` below; the session opens once.
            .task { await model.open() }
        }
        // The city feed's background refresh (FeedRefresh.swift): iOS calls this when it
        // runs the BGAppRefreshTask; the identifier is in Info.plist.
        .backgroundTask(.appRefresh(FeedRefresh.taskIdentifier)) {
            await FeedRefresh.run(path: HandbookModel.handbookPath, lang: HagukumiApp.deviceLang)
        }
        .onChange(of: scenePhase) { _, phase in
            switch phase {
            case .background:
                // iOS kills a suspended app that still holds the SQLite file lock
                // (0xdead10cc): checkpoint and close, inside a background task so that iOS
                // lets the close finish before it suspends the app.
                BackgroundWork.run(name: "org.hagukumi.close") {
                    await model.close()
                    FeedRefresh.schedule()
                }
            case .active:
                Task { await model.open() }
            default:
                break
            }
        }
    }
}

/// Work that must finish after the app leaves the foreground, between
/// `beginBackgroundTask` and `endBackgroundTask` (ended once: when the work is done, or
/// when iOS says the time is up).
@MainActor
final class BackgroundWork {
    private var id: UIBackgroundTaskIdentifier = .invalid

    static func run(name: String, _ work: @escaping @MainActor () async -> Void) {
        let task = BackgroundWork()
        task.id = UIApplication.shared.beginBackgroundTask(withName: name) { task.end() }
        Task { @MainActor in
            await work()
            task.end()
        }
    }

    private func end() {
        guard id != .invalid else { return }
        UIApplication.shared.endBackgroundTask(id)
        id = .invalid
    }
}

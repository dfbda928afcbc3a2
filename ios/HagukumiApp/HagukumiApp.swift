import HandbookKit
import SwiftUI
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

    /// The UI language, as HandbookModel picks it (the background task has no model).
    nonisolated static var deviceLang: Lang {
        Locale.current.language.languageCode?.identifier == "ja" ? .ja : .en
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
            .task {
                await model.open()
                // Also on `.active` below; running twice is harmless (same identifiers).
                await model.rescheduleReminders()
            }
        }
        // The city feed's background refresh (FeedRefresh.swift): iOS calls this when it
        // runs the BGAppRefreshTask; the identifier is in Info.plist.
        .backgroundTask(.appRefresh(FeedRefresh.taskIdentifier)) {
            await FeedRefresh.run(path: HandbookModel.handbookPath, lang: HagukumiApp.deviceLang)
        }
        .onChange(of: scenePhase) { _, phase in
            // iOS kills a suspended app that still holds the SQLite file lock
            // (0xdead10cc): checkpoint and close when leaving the foreground.
            Task {
                switch phase {
                case .background:
                    await model.close()
                    FeedRefresh.schedule()
                case .active:
                    await model.open()
                    await model.rescheduleReminders()
                default: break
                }
            }
        }
    }
}

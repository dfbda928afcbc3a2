import Foundation
import Hagukumi

/// One run of the city feed's background refresh (the app's BGAppRefreshTask): open the
/// handbook file, let the core follow the default city if none was chosen, sync and choose
/// what to notify (`backgroundSync`), and close the file before the task ends (iOS kills
/// a suspended app that holds the file lock). The app only posts the notification.
public enum BackgroundRefresh {
    public enum Outcome: Sendable, Equatable {
        /// No handbook yet (the app was never opened): nothing was created.
        case noHandbook
        /// Synced; post one notification when `items` is not empty.
        case news(FeedNews)
        /// Failed; `retrySoon`: the error is transient (network, busy server), ask for
        /// an earlier run; otherwise wait for the usual one.
        case failed(retrySoon: Bool)
    }

    public static func run(path: String, lang: Lang, today: CalendarDay? = nil) async -> Outcome {
        guard FileManager.default.fileExists(atPath: path) else { return .noHandbook }
        let store: HandbookStore
        do {
            store = try await HandbookStore.open(path: path, lang: lang, today: today)
        } catch {
            return .failed(retrySoon: (error as? HandbookError)?.transient ?? false)
        }
        let outcome: Outcome
        do {
            outcome = .news(try await store.call(waitsForNetwork: true) { try $0.backgroundSync(lang: lang) })
        } catch {
            outcome = .failed(retrySoon: (error as? HandbookError)?.transient ?? false)
        }
        try? await store.close()
        return outcome
    }
}

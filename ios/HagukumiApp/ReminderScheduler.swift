import Foundation
import HandbookKit
import UserNotifications

/// Local notifications for what the core says falls due (`reminders(withinDays:)`). What
/// to post, when, and what to remove is `ReminderPlan` (HandbookKit, tested); this hands
/// it to `UNUserNotificationCenter`. It can run as often as wanted: when the app becomes
/// active and after every change of the records (HandbookModel).
///
/// The work runs off the main actor: `UNNotification` and `UNNotificationSettings` are
/// not `Sendable`, so they stay inside these functions and only strings and dates leave.
struct ReminderScheduler: Sendable {
    /// The day due items were last shown (they are shown once a day).
    private static let dueShownKey = "hagukumi.reminders.dueShownOn"

    nonisolated func schedule(_ reminders: [Reminder], lang: Lang) async {
        let center = UNUserNotificationCenter.current()
        guard await Self.authorized(center) else { return }
        let calendar = Calendar.current
        let now = Date()
        let defaults = UserDefaults.standard
        let dueShownToday = (defaults.object(forKey: Self.dueShownKey) as? Date).map { calendar.isDateInToday($0) } ?? false
        let plan = ReminderPlan(reminders, lang: lang, now: now, calendar: calendar, dueShownToday: dueShownToday)

        let pending = await center.pendingNotificationRequests().map(\.identifier)
        center.removePendingNotificationRequests(withIdentifiers: ReminderPlan.ours(pending))
        let delivered = await center.deliveredNotifications().map(\.request.identifier)
        center.removeDeliveredNotifications(withIdentifiers: plan.stale(delivered: delivered))

        for planned in plan.notifications {
            let trigger: UNNotificationTrigger
            if let fireAt = planned.fireAt {
                let at = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: fireAt)
                trigger = UNCalendarNotificationTrigger(dateMatching: at, repeats: false)
            } else {
                trigger = UNTimeIntervalNotificationTrigger(timeInterval: 5, repeats: false)
            }
            let content = UNMutableNotificationContent()
            content.title = planned.title
            content.body = planned.body
            content.sound = .default
            // A refused request (e.g. notifications just turned off) is retried next run.
            try? await center.add(UNNotificationRequest(identifier: planned.identifier, content: content, trigger: trigger))
        }
        if plan.showsDueItems { defaults.set(now, forKey: Self.dueShownKey) }
    }

    /// Asks once: iOS shows the prompt only while the status is `.notDetermined`.
    private nonisolated static func authorized(_ center: UNUserNotificationCenter) async -> Bool {
        switch await center.notificationSettings().authorizationStatus {
        case .authorized, .provisional, .ephemeral:
            return true
        case .notDetermined:
            return (try? await center.requestAuthorization(options: [.alert, .sound])) ?? false
        case .denied:
            return false
        @unknown default:
            return false
        }
    }
}

/// Shows reminders that arrive while the app is open (without a delegate iOS drops
/// them). Tapping a notification opens the app, which is all it needs to do.
final class ReminderPresenter: NSObject, UNUserNotificationCenterDelegate, Sendable {
    nonisolated func userNotificationCenter(
        _ center: UNUserNotificationCenter,
        willPresent notification: UNNotification,
        withCompletionHandler completionHandler: @escaping (UNNotificationPresentationOptions) -> Void
    ) {
        completionHandler([.banner, .list, .sound])
    }
}

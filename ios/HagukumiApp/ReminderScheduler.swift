import Foundation
import HandbookKit
import UserNotifications

/// Local notifications for what the core says falls due (`HandbookStore.reminders`).
///
/// Every run replaces what the previous run scheduled (identifiers start with
/// `hagukumi.`), so it can run as often as wanted: when the app becomes active and after
/// a vaccination is recorded.
///
/// - A reminder whose date is still ahead fires at 9:00 local time on that date
///   (`UNCalendarNotificationTrigger`).
/// - A reminder already due (that 9:00 has passed; the core keeps overdue items in the
///   list, dated today at the latest) cannot be scheduled in the past, so it fires a few
///   seconds from now, but only on the first run of the day: the day of the last such
///   batch is kept in `UserDefaults`, and later runs that day leave due items out.
///   `ReminderPresenter` lets them show while the app is open.
/// - Delivered notifications for items no longer due (the dose was recorded) are removed.
///
/// iOS keeps at most 64 pending notifications per app; a family's 30 days stay far below.
///
/// The work runs off the main actor: `UNNotification` and `UNNotificationSettings` are
/// not `Sendable`, so they stay inside these functions and only strings and dates leave.
struct ReminderScheduler: Sendable {
    private static let prefix = "hagukumi."
    private static let dueShownKey = "hagukumi.reminders.dueShownOn"
    /// The hour (local time) of a reminder on its date.
    private static let hour = 9

    nonisolated func schedule(_ reminders: [Reminder], lang: Lang) async {
        let center = UNUserNotificationCenter.current()
        guard await Self.authorized(center) else { return }

        let ids = Set(reminders.map { Self.prefix + $0.id })
        let pending = await center.pendingNotificationRequests()
            .map(\.identifier)
            .filter { $0.hasPrefix(Self.prefix) }
        center.removePendingNotificationRequests(withIdentifiers: pending)
        let stale = await center.deliveredNotifications()
            .map(\.request.identifier)
            .filter { $0.hasPrefix(Self.prefix) && !ids.contains($0) }
        center.removeDeliveredNotifications(withIdentifiers: stale)

        let calendar = Calendar.current
        let now = Date()
        let defaults = UserDefaults.standard
        let dueShownToday = (defaults.object(forKey: Self.dueShownKey) as? Date)
            .map { calendar.isDateInToday($0) } ?? false
        var showedDue = false

        for reminder in reminders {
            guard let at = Self.components(reminder.date) else { continue }
            let trigger: UNNotificationTrigger
            if let fireDate = calendar.date(from: at), fireDate > now {
                trigger = UNCalendarNotificationTrigger(dateMatching: at, repeats: false)
            } else if dueShownToday {
                continue
            } else {
                trigger = UNTimeIntervalNotificationTrigger(timeInterval: 5, repeats: false)
                showedDue = true
            }
            let content = UNMutableNotificationContent()
            // The child's name; the pregnancy's reminders have none.
            content.title = reminder.name.isEmpty ? lang.t("はぐくみ", "Hagukumi") : reminder.name
            content.body = reminder.title
            content.sound = .default
            let request = UNNotificationRequest(identifier: Self.prefix + reminder.id, content: content, trigger: trigger)
            // A refused request (e.g. notifications just turned off) is retried next run.
            try? await center.add(request)
        }
        if showedDue { defaults.set(now, forKey: Self.dueShownKey) }
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

    /// 9:00 on an ISO date from the core ("2026-05-01"), in the phone's calendar and zone.
    private nonisolated static func components(_ iso: String) -> DateComponents? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: hour, minute: 0)
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

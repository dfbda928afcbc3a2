import Foundation
import Hagukumi

/// Which local notifications to keep for the core's reminders (`reminders(withinDays:)`,
/// already in the core's order: overdue and deadline items first), decided here so the
/// app only hands them to `UNUserNotificationCenter`.
///
/// - A reminder whose notification day (`notifyOn`) is still ahead fires at 9:00 local
///   time on that day.
/// - A reminder already due (that 9:00 has passed; the core keeps overdue items, dated
///   today at the latest) cannot be scheduled in the past: it fires soon, but only on the
///   first run of the day (`dueShownToday`), so reopening the app does not repeat it.
/// - Every run replaces what the previous run scheduled (identifiers start with
///   `prefix`); delivered notifications for items no longer due are removed (`stale`).
public struct ReminderPlan: Sendable, Equatable {
    public static let prefix = "hagukumi."
    /// The hour (local time) of a reminder on its date.
    public static let hour = 9

    public struct Notification: Sendable, Equatable {
        public let identifier: String
        public let title: String
        public let body: String
        /// When to fire; nil: a few seconds from now (already due).
        public let fireAt: Date?
    }

    public let notifications: [Notification]
    /// Due items are shown now: remember today, so later runs today leave them out.
    public let showsDueItems: Bool
    /// Every reminder's identifier, scheduled now or not (a due one already shown today).
    private let current: Set<String>

    public init(_ reminders: [FamilyReminder], lang: Lang, now: Date, calendar: Calendar, dueShownToday: Bool) {
        var notifications: [Notification] = []
        var showsDue = false
        for reminder in reminders {
            let d = reminder.reminder.notifyOn
            let at = calendar.date(from: DateComponents(year: d.year, month: d.month, day: d.day, hour: Self.hour))
            guard let at else { continue }
            let fireAt: Date? = at > now ? at : nil
            if fireAt == nil {
                if dueShownToday { continue }
                showsDue = true
            }
            notifications.append(Notification(
                identifier: Self.prefix + reminder.id,
                // The child's name; the pregnancy's reminders have none.
                title: reminder.name.isEmpty ? lang.text("app-name") : reminder.name,
                body: reminder.reminder.messages.inLang(lang),
                fireAt: fireAt
            ))
        }
        self.notifications = notifications
        self.showsDueItems = showsDue
        self.current = Set(reminders.map { Self.prefix + $0.id })
    }

    /// Of the app's pending requests, those this run replaces (all of ours).
    public static func ours(_ identifiers: [String]) -> [String] {
        identifiers.filter { $0.hasPrefix(prefix) }
    }

    /// Of the delivered notifications, ours whose item is no longer due (the dose was recorded).
    public func stale(delivered identifiers: [String]) -> [String] {
        Self.ours(identifiers).filter { !current.contains($0) }
    }
}

// Calendar values of the handbook, as the generated bindings hand them over.
//
// Written by hand (the rest of this target is generated): the core's dates are days
// of the calendar (a birthday, a checkup's day), not instants, so they are not
// Foundation `Date`s — a `Date` would move a birthday when the phone's time zone
// changes. The generated code converts the core's ISO text with `init(iso:)` and
// `iso` (configured in core/uniffi.toml). The core always sends well-formed text; a
// value the core refuses (2025-02-30, year 10000) comes back as a `HandbookError`
// of kind `.badArgument` naming the field.
import Foundation

/// A day of the calendar: year, month (1–12), day (1–31).
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// From `YYYY-MM-DD`; a malformed text (never sent by the core) gives 0000-00-00,
    /// which the core refuses if it is ever sent back.
    public init(iso: String) {
        let parts = iso.split(separator: "-").map { Int($0) ?? 0 }
        self.init(year: parts.count > 0 ? parts[0] : 0,
                  month: parts.count > 1 ? parts[1] : 0,
                  day: parts.count > 2 ? parts[2] : 0)
    }

    /// `YYYY-MM-DD`, what the core reads.
    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public var description: String { iso }

    /// The day in `calendar` (the phone's, for pickers and display).
    public func date(in calendar: Calendar = Calendar(identifier: .gregorian)) -> Date? {
        calendar.date(from: DateComponents(year: year, month: month, day: day))
    }

    /// The day a picker's `Date` falls on in `calendar`.
    public init(_ date: Date, in calendar: Calendar = Calendar(identifier: .gregorian)) {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: c.year ?? 0, month: c.month ?? 0, day: c.day ?? 0)
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// A local date and time (a birth), to the minute, in Japan's civil time.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var day: CalendarDay
    public var hour: Int
    public var minute: Int

    public init(day: CalendarDay, hour: Int, minute: Int) {
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    /// From `YYYY-MM-DDTHH:MM`.
    public init(iso: String) {
        let halves = iso.split(separator: "T", maxSplits: 1).map(String.init)
        let time = (halves.count > 1 ? halves[1] : "").split(separator: ":").map { Int($0) ?? 0 }
        self.init(day: CalendarDay(iso: halves.first ?? ""),
                  hour: time.count > 0 ? time[0] : 0,
                  minute: time.count > 1 ? time[1] : 0)
    }

    /// `YYYY-MM-DDTHH:MM`, what the core reads.
    public var iso: String {
        day.iso + String(format: "T%02d:%02d", hour, minute)
    }

    public var description: String { iso }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        (a.day, a.hour, a.minute) < (b.day, b.hour, b.minute)
    }
}

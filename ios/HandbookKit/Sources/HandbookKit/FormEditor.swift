import Foundation
import Hagukumi

/// What a person entered in one field, as the native control holds it: a switch, a
/// picker's day, the text of a number pad. `FormEditor` turns it into the core's
/// `FieldValue` by the field's `FieldInput`; the core decides whether it is right.
public enum FieldEntry: Equatable, Hashable, Sendable {
    /// A yes/no question.
    case yesNo(Bool)
    /// "When did …?": no, or yes with the day if it is known.
    case when(happened: Bool, on: CalendarDay?)
    case date(CalendarDay)
    case dateTime(LocalDateTime)
    /// Weeks and days of pregnancy, from two wheels.
    case gestation(weeks: Int, days: Int)
    /// The text of a text field, or of a number field as typed (full-width digits,
    /// the unit, a decimal comma: all are read).
    case typed(String)
    /// A choice, by the option's stable value.
    case choice(String)
    /// Photos already imported into the handbook, by id.
    case photos([String])
}

/// One page of the handbook being filled in: the form the core described, what was
/// entered in each field, and the core's messages about it. A plain value (the view
/// keeps it in `@State`): every rule, message and default is the core's; this only
/// converts the controls' values and holds them.
public struct FormEditor: Equatable, Sendable {
    /// The form as the core described it for this subject (a delivery has a section
    /// per baby the pregnancy expects).
    public private(set) var form: Form
    /// Whom the record is about; nil for the family's pages, the mother's profile, a
    /// new pregnancy or child.
    public let subject: Subject?
    /// The record edited; nil for a new one.
    public private(set) var record: RecordId?
    /// What was entered, by field id.
    public private(set) var entries: [String: FieldEntry] = [:]
    /// The core's messages by field id, in the user's language.
    public private(set) var problems: [String: [String]] = [:]
    /// The core's messages about the whole record (or about a field the form no
    /// longer shows).
    public private(set) var recordProblems: [String] = []
    /// The core's words when the last save was refused because the record looks like
    /// one already saved (the same day's measurement, the same dose): the app asks the
    /// family, and `submit(in:force: true)` saves it anyway. Nil otherwise.
    public private(set) var duplicate: String?

    /// A form as the core filled it: `formBlank` (its defaults) or `formRead` (a record).
    public init(_ filled: FilledForm) {
        form = filled.form
        subject = filled.subject
        record = filled.record
        for answer in filled.values {
            guard let field = form.field(answer.field) else { continue }
            entries[answer.field] = Self.entry(of: answer.value, for: field.input)
        }
    }

    /// The form's sections to draw (each field id once: the walk test holds the core
    /// to it).
    public var sections: [FormSection] { form.sections }

    /// The form's fields, in order.
    public var fields: [FormField] { sections.flatMap(\.fields) }

    /// What was entered in `field` (nil: nothing). Setting clears the field's messages:
    /// they were about the old value.
    public subscript(field: String) -> FieldEntry? {
        get { entries[field] }
        set {
            entries[field] = newValue
            problems[field] = nil
            duplicate = nil
        }
    }

    /// The messages to show under `field`.
    public func messages(for field: String) -> [String] { problems[field] ?? [] }

    /// Nothing for the core to complain about since the last check.
    public var isClean: Bool { problems.isEmpty && recordProblems.isEmpty }

    /// The values to send, in the form's order; a field left empty is not sent (the
    /// core then says if it was required).
    public var values: [Answer] {
        fields.compactMap { field in
            guard let entry = entries[field.id], let value = Self.value(of: entry, for: field.input) else {
                return nil
            }
            return Answer(field: field.id, value: value)
        }
    }

    /// The filled form as the core reads it (`force`: save even if it looks like a
    /// record already there, after the family confirmed).
    public func input(force: Bool = false) -> FormInput {
        FormInput(form: form.id, subject: subject, record: record, values: values, force: force)
    }

    /// Show the core's problems: each under its field, the others for the record.
    public mutating func show(_ found: [FieldProblem]) {
        problems = [:]
        recordProblems = []
        for problem in found {
            if let id = problem.field, form.field(id) != nil {
                problems[id, default: []].append(problem.message)
            } else {
                recordProblems.append(problem.message)
            }
        }
    }

    /// Choose the option of `field` labelled `label`, as another screen names it (a
    /// dose from the vaccination plan opens the vaccination page with its vaccine).
    /// False when the field has no such option: nothing is chosen.
    @discardableResult
    public mutating func choose(_ field: String, labelled label: String) -> Bool {
        guard case let .choice(options)? = form.field(field)?.input,
              let option = options.first(where: { $0.label == label }) else { return false }
        self[field] = .choice(option.value)
        return true
    }

    // MARK: - Through the facade

    /// A new record's form with the core's defaults.
    public static func blank(_ id: String, subject: Subject?, in store: HandbookStore) async throws -> FormEditor {
        let lang = store.lang
        return FormEditor(try await store.call { try $0.formBlank(id: id, subject: subject, lang: lang) })
    }

    /// A saved record in its form, for editing.
    public static func edit(_ id: String, record: RecordId, in store: HandbookStore) async throws -> FormEditor {
        let lang = store.lang
        return FormEditor(try await store.call { try $0.formRead(id: id, record: record, lang: lang) })
    }

    /// Ask the core what is wrong (it writes nothing); true when nothing is.
    @discardableResult
    public mutating func check(in store: HandbookStore) async throws -> Bool {
        let (input, lang) = (self.input(), store.lang)
        show(try await store.call { try $0.formCheck(input: input, lang: lang) })
        return isClean
    }

    /// Check, then save: the alerts the family must hear at once and the growth notes
    /// worth a second look, or nil when nothing was saved: the core found problems
    /// (shown under their fields), or the record looks like one already saved
    /// (`duplicate` holds the core's words; after the family confirms, submit again
    /// with `force`). After a save the editor edits the saved record, so a second tap
    /// saves the same record again instead of a copy.
    public mutating func submit(in store: HandbookStore, force: Bool = false) async throws -> FormSaved? {
        duplicate = nil
        guard try await check(in: store) else { return nil }
        let (input, lang) = (self.input(force: force), store.lang)
        do {
            let saved = try await store.call { try $0.formSubmit(input: input, lang: lang) }
            record = saved.id
            return saved
        } catch let error as HandbookError where error.kind == .likelyDuplicate {
            duplicate = error.userMessage(lang)
            return nil
        } catch let error as HandbookError where error.userCanFix {
            // Changed between the check and the save (another device's share merged).
            recordProblems = [error.userMessage(lang)]
            return nil
        }
    }

    /// The family chose not to save the apparent duplicate: the question is closed,
    /// what was entered stays.
    public mutating func dismissDuplicate() { duplicate = nil }

    /// Delete a record of the page `id`.
    public static func delete(_ id: String, record: RecordId, in store: HandbookStore) async throws {
        try await store.call { try $0.formDelete(id: id, record: record) }
    }

    // MARK: - Conversion

    /// The core's value for what a control holds, by the field's input (nil: nothing
    /// entered). Typed text that is not a number is sent as text, so that the core
    /// says, in its words, that the field takes a number.
    public static func value(of entry: FieldEntry, for input: FieldInput) -> FieldValue? {
        switch (input, entry) {
        case let (.yesNo, .yesNo(yes)):
            return yes ? .yes : .no
        case let (.when, .when(happened, on)):
            guard happened else { return .no }
            return on.map { .when(date: $0) } ?? .yes
        case let (.date, .date(day)):
            return .date(date: day)
        case let (.dateTime, .dateTime(at)):
            return .dateTime(at: at)
        case let (.gestation, .gestation(weeks, days)):
            return .gestation(weeks: UInt8(clamping: weeks), days: UInt8(clamping: days))
        case let (.number(unit, _, _, _), .typed(text)):
            let t = numberText(text, unit: unit)
            guard !t.isEmpty else { return nil }
            return Double(t).map { .number(value: $0) } ?? .text(text: text)
        case let (.integer(unit, _, _), .typed(text)):
            let t = numberText(text, unit: unit)
            guard !t.isEmpty else { return nil }
            if let whole = Int64(t) { return .integer(value: whole) }
            return Double(t).map { .number(value: $0) } ?? .text(text: text)
        case let (.choice, .choice(option)):
            return .choice(option: option)
        case let (.text, .typed(text)):
            return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : .text(text: text)
        case let (.photos, .photos(refs)):
            return refs.isEmpty ? nil : .photos(refs: refs)
        default:
            return nil
        }
    }

    /// What a control shows for a saved value (the reverse of `value(of:for:)`).
    public static func entry(of value: FieldValue, for input: FieldInput) -> FieldEntry? {
        switch (input, value) {
        case (.yesNo, .yes): return .yesNo(true)
        case (.yesNo, .no): return .yesNo(false)
        case let (.when, .when(date)): return .when(happened: true, on: date)
        case (.when, .yes): return .when(happened: true, on: nil)
        case (.when, .no): return .when(happened: false, on: nil)
        case let (.date, .date(date)): return .date(date)
        case let (.dateTime, .dateTime(at)): return .dateTime(at)
        case let (.gestation, .gestation(weeks, days)): return .gestation(weeks: Int(weeks), days: Int(days))
        case let (.number, .number(x)), let (.integer, .number(x)): return .typed(numberShown(x))
        case let (.number, .integer(n)), let (.integer, .integer(n)): return .typed(String(n))
        case let (.choice, .choice(option)): return .choice(option)
        case let (.text, .text(text)): return .typed(text)
        case let (.photos, .photos(refs)): return .photos(refs)
        default: return nil
        }
    }

    /// A number as typed on a Japanese or an English keyboard, ready for `Double`:
    /// full-width digits, signs and letters made ASCII, spaces and the unit dropped, a comma
    /// followed by one or two digits read as a decimal comma (3,5 kg), other commas as
    /// thousands separators (3,120 g).
    public static func numberText(_ text: String, unit: String = "") -> String {
        var t = String(text.map { c -> Character in
            guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return c }
            switch scalar.value {
            // Full-width ASCII (０-９, ．, ，, ｋｇ …) as ASCII.
            case 0xFF01...0xFF5E: return UnicodeScalar(scalar.value - 0xFEE0).map(Character.init) ?? c
            case 0x3001: return ","
            case 0x2212: return "-"
            default: return c
            }
        })
        t = t.filter { !$0.isWhitespace }
        let unitText = unit.filter { !$0.isWhitespace }
        if !unitText.isEmpty, t.hasSuffix(unitText) { t.removeLast(unitText.count) }
        if let comma = t.lastIndex(of: ","), !t.contains(".") {
            let after = t[t.index(after: comma)...]
            if t.filter({ $0 == "," }).count == 1, (1...2).contains(after.count), after.allSatisfy(\.isNumber) {
                t.replaceSubrange(comma...comma, with: ".")
            }
        }
        return t.replacingOccurrences(of: ",", with: "")
    }

    /// A stored number as the text field shows it: 3.12, 50 (not 50.0).
    public static func numberShown(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }
}

extension Form {
    /// The field `id`, if the form has it.
    public func field(_ id: String) -> FormField? {
        for section in sections { if let f = section.fields.first(where: { $0.id == id }) { return f } }
        return nil
    }
}

extension FieldInput {
    /// The unit to show beside a number field ("kg", "cm"), if any.
    public var unit: String? {
        switch self {
        case let .number(unit, _, _, _), let .integer(unit, _, _): return unit.isEmpty ? nil : unit
        default: return nil
        }
    }

    /// The most characters a text field takes.
    public var maxLength: Int? {
        if case let .text(maxLen, _) = self { return Int(maxLen) }
        return nil
    }

    /// Whether the number pad needs a decimal point.
    public var isDecimal: Bool {
        if case let .number(_, _, _, step) = self { return step != step.rounded() }
        return false
    }
}

extension LocalDateTime {
    /// The minute a picker's `Date` falls on in `calendar` (the phone's).
    public init(_ date: Date, in calendar: Calendar = Calendar(identifier: .gregorian)) {
        let c = calendar.dateComponents([.hour, .minute], from: date)
        self.init(day: CalendarDay(date, in: calendar), hour: c.hour ?? 0, minute: c.minute ?? 0)
    }

    /// The instant a picker shows for this minute in `calendar`.
    public func date(in calendar: Calendar = Calendar(identifier: .gregorian)) -> Date? {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute))
    }
}

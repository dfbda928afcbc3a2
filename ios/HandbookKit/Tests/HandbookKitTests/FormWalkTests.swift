import Foundation
import HandbookKit
import XCTest

/// Every form the core describes (`handbookForms`, not a hand-picked list), walked
/// through the real library as the app's one form screen uses it: a blank form, every
/// field filled with a valid sample made from its input, checked clean, saved, read
/// back, edited, listed, deleted; and for every field one invalid value, which the core
/// must report under that field. A page added to the core's data is walked here
/// without a line of Swift.
final class FormWalkTests: XCTestCase {
    private static let today = day("2026-11-25")
    /// Born about 13 months ago; the pregnancy's last period about 20 weeks ago.
    private static let born = day("2025-10-25")
    private static let lmp = day("2026-07-08")

    private struct Family {
        let store: HandbookStore
        let child: RecordId
        let pregnancy: RecordId
    }

    private func family() async throws -> Family {
        let store = try await HandbookStore.inMemory(lang: .ja, today: Self.today)
        _ = try await store.call {
            try $0.setMotherProfile(profile: MotherProfile(name: "山田 花子", birthDate: day("1994-04-01")))
        }
        let child = try await store.call { try $0.addChild(data: .named("はな", born: Self.born.iso)) }.meta.id
        let pregnancy = try await store.call {
            try $0.addPregnancy(data: Pregnancy(lmp: Self.lmp, fetuses: 1))
        }.meta.id
        return Family(store: store, child: child, pregnancy: pregnancy)
    }

    /// The subjects a form's records are about, for this family.
    private func subjects(_ kind: SubjectKind, _ f: Family) -> [Subject?] {
        switch kind {
        case .child: return [.child(f.child)]
        case .pregnancy: return [.pregnancy(f.pregnancy)]
        case .childOrPregnancy: return [.child(f.child), .pregnancy(f.pregnancy)]
        case .family: return [nil]
        }
    }

    /// What the walk did, for the report and the figures.
    private final class Report: @unchecked Sendable {
        /// Form×subject pairs filled, checked, saved, read back, edited, listed, deleted.
        var cycled = 0
        var pairs = 0
        var fields = 0
        var invalid = 0
        var needed: [String] = []
        /// Fields filled in the pairs that went through the whole cycle.
        var cycledFields = 0
        /// Saves the core took for a likely duplicate, confirmed as the family would.
        var confirmed: [String] = []
    }

    func testEveryFormIsFilledCheckedSavedReadEditedListedAndDeleted() async throws {
        let f = try await family()
        let forms = try handbookForms(lang: .ja)
        XCTAssertGreaterThan(forms.count, 20, "the handbook's pages")
        // Every kind of record the core saves has a form.
        for kind in [RecordKind.motherProfile, .pregnancy, .prenatalCheckup, .delivery, .child, .growth,
                     .infantCheckup, .vaccination, .dental, .diary] {
            XCTAssertTrue(forms.contains { $0.target == .record(kind: kind) }, "no form saves \(kind)")
        }
        let report = Report()
        for form in forms {
            for subject in subjects(form.subject, f) {
                try await walk(form.id, subject: subject, family: f, report: report)
            }
        }
        print("[forms] \(forms.count) forms, \(report.pairs) form×subject pairs, \(report.fields) fields filled "
            + "and \(report.invalid) invalid values each reported under its field; \(report.cycled) pairs "
            + "saved, read back, edited, listed and deleted")
        print("[forms] full cycle: \(report.cycled) form×subject pairs × \(report.cycledFields) fields")
        for line in report.needed { print("[forms] needed more than the first sample: \(line)") }
        for line in report.confirmed { print("[forms] a likely duplicate, confirmed: \(line)") }
        XCTAssertEqual(report.invalid, report.fields, "every field refused its invalid value")
        XCTAssertEqual(report.cycled, report.pairs, "every form × subject went through the whole cycle")
    }

    /// The English label of each field, by form and field id.
    private lazy var enLabels: [String: [String: String]] = {
        var labels: [String: [String: String]] = [:]
        for form in (try? handbookForms(lang: .en)) ?? [] {
            for field in form.sections.flatMap(\.fields) where labels[form.id]?[field.id] == nil {
                labels[form.id, default: [:]][field.id] = field.label
            }
        }
        return labels
    }()

    private func walk(_ id: String, subject: Subject?, family f: Family, report: Report) async throws {
        let store = f.store
        let name = "\(id) (\(subject.map { "\($0)" } ?? "no subject"))"
        let blank = try await store.call { try $0.formBlank(id: id, subject: subject, lang: .ja) }
        XCTAssertEqual(blank.form.id, id)
        XCTAssertNil(blank.record)
        // Each field once by id: an answer names its field by id alone.
        let fields = blank.form.sections.flatMap(\.fields)
        XCTAssertEqual(Set(fields.map(\.id)).count, fields.count, "\(name): a field id used twice")
        XCTAssertFalse(fields.isEmpty, "\(name): a form without fields")
        report.pairs += 1
        report.fields += fields.count

        // A valid sample for every field; where the record's rules refuse one, the next
        // candidate of the fields the core names.
        var choice: [String: Int] = [:]
        let defaults = Dictionary(blank.values.map { ($0.field, $0.value) }, uniquingKeysWith: { a, _ in a })
        func values() -> [Answer] {
            fields.map { field in
                Answer(field: field.id, value: choice[field.id].map { samples(field)[$0] }
                    ?? defaults[field.id] ?? samples(field)[0])
            }
        }
        var problems: [FieldProblem] = []
        for _ in 0..<60 {
            let input = FormInput(form: id, subject: subject, record: nil, values: values(), force: false)
            problems = try await store.call { try $0.formCheck(input: input, lang: .ja) }
            guard !problems.isEmpty else { break }
            var moved = false
            for p in problems {
                guard let field = p.field, let at = fields.firstIndex(where: { $0.id == field }) else { continue }
                // The refused field's next candidate; when it has none left, the choice
                // just before it (a detail the form takes only with その他 / 有 beside it).
                let candidates = [at] + fields[..<at].indices.reversed().filter {
                    if case .choice = fields[$0].input { return true } else { return false }
                }.prefix(1)
                for i in candidates {
                    let fd = fields[i]
                    let next = (choice[fd.id] ?? (defaults[fd.id] == nil ? 0 : -1)) + 1
                    if next < samples(fd).count { choice[fd.id] = next; moved = true; break }
                }
            }
            if !moved { break }
        }
        if !choice.isEmpty {
            report.needed.append("\(name): " + choice.keys.sorted().map { key in
                "\(key) = \(samples(fields.first { $0.id == key }!)[choice[key]!])"
            }.joined(separator: ", "))
        }
        let sent = values()

        // One invalid value per field: the core names that field.
        for field in fields {
            var bad = sent
            let i = bad.firstIndex { $0.field == field.id }!
            bad[i] = Answer(field: field.id, value: invalid(field))
            let input = FormInput(form: id, subject: subject, record: nil, values: bad)
            let found = try await store.call { try $0.formCheck(input: input, lang: .ja) }
            let mine = found.filter { $0.field == field.id }
            XCTAssertFalse(mine.isEmpty, "\(name): \(invalid(field)) in \(field.id) not reported: \(found)")
            for p in mine {
                XCTAssertTrue(p.message.contains(field.label), "\(name): \(p.message) does not name \(field.label)")
            }
            // In English too, naming the field by its English label.
            let english = try await store.call { try $0.formCheck(input: input, lang: .en) }.filter { $0.field == field.id }
            let label = enLabels[id]?[field.id] ?? field.id
            XCTAssertTrue(english.contains { $0.message.contains(label) }, "\(name): \(english) does not name \(label)")
            report.invalid += mine.isEmpty ? 0 : 1
        }

        // Every refusal of the samples names its field (the walk changes that one).
        for p in problems {
            XCTFail("\(name): no valid sample found: \(p.field ?? "no field named"): \(p.message)")
        }
        guard problems.isEmpty else { return }

        // Save, read back.
        let new = FormInput(form: id, subject: subject, record: nil, values: sent)
        let saved: FormSaved
        do {
            saved = try await store.call { try $0.formSubmit(input: new, lang: .ja) }
        } catch let error as HandbookError where error.kind == .likelyDuplicate {
            // A record the walk saved before looks like this one (the child a delivery
            // added, named and born as this child's sample): confirmed, as the app asks.
            report.confirmed.append("\(name): \(error.userMessage(.en).prefix(80))")
            let forced = FormInput(form: id, subject: subject, record: nil, values: sent, force: true)
            saved = try await store.call { try $0.formSubmit(input: forced, lang: .ja) }
        }
        let read = try await store.call { try $0.formRead(id: id, record: saved.id, lang: .ja) }
        XCTAssertEqual(read.record, saved.id)
        let readFields = read.form.sections.flatMap(\.fields)
        for answer in sent where !isBlank(answer.value) {
            guard let field = readFields.first(where: { $0.id == answer.field }) else {
                // A delivery's baby sections are saved as children, not read back with it.
                XCTAssertTrue(answer.field.hasPrefix("baby"), "\(name): \(answer.field) is not in the form read back")
                continue
            }
            let back = read.values.first { $0.field == answer.field }?.value
            XCTAssertEqual(back.map { same($0, field) }, same(answer.value, field),
                           "\(name): \(answer.field) read back as \(back.map { "\($0)" } ?? "nothing")")
        }

        // A record opened to edit can be saved again as it is: every required field
        // the form read back shows has its value (a field the record does not keep,
        // such as a delivery's baby sections once the babies are children, is not shown).
        let unanswered = readFields.filter { f in f.required && !read.values.contains { $0.field == f.id } }.map(\.id)
        XCTAssertEqual(unanswered, [], "\(name): required fields read back empty")
        let asRead = FormInput(form: id, subject: read.subject, record: saved.id, values: read.values)
        let asReadProblems = try await store.call { try $0.formCheck(input: asRead, lang: .ja) }
        XCTAssertEqual(asReadProblems.map(\.message), [], "\(name): refused as read back")

        // Edit one field to another valid value, save as an edit of the same record.
        var edited: (field: String, value: FieldValue)?
        var current = read.values
        var refusals: [String] = []
        for field in readFields {
            let now = current.first { $0.field == field.id }?.value
            for candidate in samples(field) where candidate != now && !isBlank(candidate) {
                var values = current.filter { $0.field != field.id }
                values.append(Answer(field: field.id, value: candidate))
                let input = FormInput(form: id, subject: read.subject, record: saved.id, values: values)
                let found = try await store.call { try $0.formCheck(input: input, lang: .ja) }
                if found.isEmpty {
                    edited = (field.id, candidate)
                    current = values
                    break
                }
                refusals += found.prefix(1).map { "\(field.id)=\(candidate): \($0.field ?? "-"): \($0.message)" }
            }
            if edited != nil { break }
        }
        guard let edited else {
            return XCTFail("\(name): no field could be changed (subject \(read.subject.map { "\($0)" } ?? "none")): "
                + refusals.prefix(5).joined(separator: " | "))
        }
        let edit = FormInput(form: id, subject: read.subject, record: saved.id, values: current)
        let again = try await store.call { try $0.formSubmit(input: edit, lang: .ja) }
        XCTAssertEqual(again.id, saved.id, "\(name): an edit saves the same record")
        let reread = try await store.call { try $0.formRead(id: id, record: saved.id, lang: .ja) }
        let field = readFields.first { $0.id == edited.field }!
        XCTAssertEqual(reread.values.first { $0.field == edited.field }.map { same($0.value, field) },
                       same(edited.value, field), "\(name): the edit of \(edited.field) was not kept")

        // Listed on its page, then deleted.
        let listSubject = read.subject ?? subject
        let lines = try await store.call { try $0.formRecords(id: id, subject: listSubject, lang: .ja) }
        XCTAssertTrue(lines.contains { $0.id == saved.id }, "\(name): not listed: \(lines)")
        XCTAssertFalse(lines.first { $0.id == saved.id }?.summary.isEmpty ?? true, "\(name): an empty line")
        try await store.call { try $0.formDelete(id: id, record: saved.id) }
        let after = try await store.call { try $0.formRecords(id: id, subject: listSubject, lang: .ja) }
        XCTAssertFalse(after.contains { $0.id == saved.id }, "\(name): still listed after delete")
        let gone = await handbookError { _ = try await store.call { try $0.formRead(id: id, record: saved.id, lang: .ja) } }
        XCTAssertNotNil(gone)
        report.cycled += 1
        report.cycledFields += fields.count
    }

    /// Every sample of every field, as the app's controls hold it and back: what the
    /// form screen shows for a saved value is what it sends again.
    func testEveryFieldsSamplesRoundTripThroughTheEditorsControls() throws {
        var fields = 0
        for form in try handbookForms(lang: .ja) {
            for field in form.sections.flatMap(\.fields) {
                fields += 1
                for sample in samples(field) where !isBlank(sample) {
                    let entry = FormEditor.entry(of: sample, for: field.input)
                    XCTAssertNotNil(entry, "\(form.id).\(field.id): no control for \(sample)")
                    XCTAssertEqual(entry.flatMap { FormEditor.value(of: $0, for: field.input) }, sample,
                                   "\(form.id).\(field.id)")
                }
            }
        }
        XCTAssertGreaterThan(fields, 100)
    }

    /// The editor draws and sends each field once, for every form.
    func testTheEditorDrawsAndSendsEachFieldOnceForEveryForm() async throws {
        let f = try await family()
        for form in try handbookForms(lang: .ja) {
            for subject in subjects(form.subject, f) {
                var editor = try await FormEditor.blank(form.id, subject: subject, in: f.store)
                for field in editor.fields { editor[field.id] = FormEditor.entry(of: samples(field)[0], for: field.input) }
                let ids = editor.values.map(\.field)
                XCTAssertEqual(ids.count, Set(ids).count, "\(form.id): a field sent twice")
                let drawn = editor.sections.flatMap(\.fields).map(\.id)
                XCTAssertEqual(drawn.count, Set(drawn).count, "\(form.id): a field drawn twice")
                XCTAssertEqual(Set(drawn), Set(form.sections.flatMap(\.fields).map(\.id)), "\(form.id): a field not drawn")
                XCTAssertEqual(editor.input().form, form.id)
                XCTAssertEqual(editor.input().subject, subject)
                XCTAssertFalse(editor.input().force, "a duplicate is saved only after the family confirms")
            }
        }
    }

    // MARK: - Samples, from the field's input alone

    /// Valid values for a field, the plainest first: inside min…max on the step, the
    /// first option, today for dates, "テスト", 39+0; then other plausible ones the
    /// walk tries when the record's rules refuse the first.
    private func samples(_ field: FormField) -> [FieldValue] {
        // Today first, then back to 30 years ago (a mother's birthday), then ahead (a
        // due date, a next appointment).
        let offsets = [0, -7, -30, -91, -182, -365, -3650, -10950, 7, 30, 91, 182, 280]
        let days = offsets.map { Self.today.adding(days: $0) }
        switch field.input {
        case .yesNo: return [.yes, .no]
        case .when: return days.map { .when(date: $0) } + [.no]
        case .date: return days.map { .date(date: $0) }
        case .dateTime: return days.map { .dateTime(at: LocalDateTime(day: $0, hour: 10, minute: 30)) }
        case .gestation: return [.gestation(weeks: 39, days: 0), .gestation(weeks: 20, days: 0),
                                 .gestation(weeks: 30, days: 0), .gestation(weeks: 12, days: 0)]
        case let .number(_, min, max, step):
            let fractions = [0.5, 0.25, 0.1, 0.75, 0.05, 0.02, 0.9, 0.01, 0.0, 1.0]
            var seen: [Double] = []
            for fraction in fractions {
                let x = min + ((max - min) * fraction / step).rounded(.down) * step
                let value = (x / step).rounded() * step
                if value >= min, value <= max, !seen.contains(value) { seen.append(value) }
            }
            return seen.map { .number(value: $0) }
        case let .integer(_, min, max):
            let fractions = [0.5, 0.25, 0.1, 0.75, 0.05, 0.02, 0.9, 0.01, 0.0, 1.0]
            var seen: [Int64] = []
            for fraction in fractions {
                let x = min + Int64((Double(max - min) * fraction).rounded(.down))
                if !seen.contains(x) { seen.append(x) }
            }
            return seen.map { .integer(value: $0) }
        case let .choice(options):
            return options.map { .choice(option: $0.value) }
        case let .text(maxLen, _):
            return ["テスト", "テスト2"].map { .text(text: String($0.prefix(Int(maxLen)))) }
        case .photos:
            return [.photos(refs: [])]
        }
    }

    /// A value the field must refuse: out of range, not an option, too long, too many,
    /// or of the wrong type.
    private func invalid(_ field: FormField) -> FieldValue {
        switch field.input {
        case .yesNo: return .date(date: Self.today)
        case .when: return .integer(value: 1)
        case .date: return .yes
        case .dateTime: return .date(date: Self.today)
        case .gestation: return .gestation(weeks: 50, days: 0)
        case let .number(_, _, max, step): return .number(value: max + step * 10)
        case let .integer(_, _, max): return .integer(value: max + 1)
        case .choice: return .choice(option: "no-such-option")
        case let .text(maxLen, _): return .text(text: String(repeating: "あ", count: Int(maxLen) + 1))
        case let .photos(max): return .photos(refs: (0...max).map { "photo-\($0)" })
        }
    }

    private func isBlank(_ value: FieldValue) -> Bool {
        if case let .photos(refs) = value { return refs.isEmpty }
        return false
    }

    /// A value as the core keeps it: whole numbers of a number field as numbers, text
    /// trimmed.
    private func same(_ value: FieldValue, _ field: FormField) -> FieldValue {
        switch (field.input, value) {
        case let (.number, .integer(n)): return .number(value: Double(n))
        case let (.integer, .number(x)): return .integer(value: Int64(x))
        case let (.text, .text(t)): return .text(text: t.trimmingCharacters(in: .whitespacesAndNewlines))
        default: return value
        }
    }
}

extension CalendarDay {
    /// The day `days` later (earlier when negative).
    func adding(days: Int) -> CalendarDay {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(byAdding: .day, value: days, to: self.date(in: calendar)!)!
        return CalendarDay(date, in: calendar)
    }
}

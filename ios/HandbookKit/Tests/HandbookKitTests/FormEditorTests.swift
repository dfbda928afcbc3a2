import Foundation
import HandbookKit
import XCTest

/// The form state the app's one form screen keeps (FormEditor) and the handbook's
/// navigation (HandbookPages), on real handbooks through the real library.
final class FormEditorTests: XCTestCase {
    private static let today = day("2026-11-25")

    private func store() async throws -> (HandbookStore, RecordId) {
        let hb = try await HandbookStore.inMemory(lang: .ja, today: Self.today)
        let child = try await hb.call { try $0.addChild(data: .named("はな", born: "2025-10-25")) }.meta.id
        return (hb, child)
    }

    func testTypedNumbersAreReadAsAJapaneseKeyboardTypesThem() {
        let kg = FieldInput.number(unit: "kg", min: 0.2, max: 150, step: 0.001)
        let g = FieldInput.integer(unit: "g", min: 300, max: 6000)
        XCTAssertEqual(FormEditor.value(of: .typed("３．１２"), for: kg), .number(value: 3.12))
        XCTAssertEqual(FormEditor.value(of: .typed(" 9.4 kg"), for: kg), .number(value: 9.4))
        XCTAssertEqual(FormEditor.value(of: .typed("９．４ｋｇ"), for: kg), .number(value: 9.4))
        XCTAssertEqual(FormEditor.value(of: .typed("3,5"), for: kg), .number(value: 3.5), "a decimal comma")
        XCTAssertEqual(FormEditor.value(of: .typed("３，１２０ｇ"), for: g), .integer(value: 3120), "thousands")
        XCTAssertEqual(FormEditor.value(of: .typed("3120"), for: g), .integer(value: 3120))
        XCTAssertEqual(FormEditor.value(of: .typed("－１"), for: g), .integer(value: -1))
        // Not a whole number, not a number: sent as they are, for the core to refuse in its words.
        XCTAssertEqual(FormEditor.value(of: .typed("3.5"), for: g), .number(value: 3.5))
        XCTAssertEqual(FormEditor.value(of: .typed("three"), for: kg), .text(text: "three"))
        XCTAssertNil(FormEditor.value(of: .typed("  "), for: kg), "blank is not entered")
        XCTAssertNil(FormEditor.value(of: .typed(""), for: .text(maxLen: 10, multiline: false)))
        XCTAssertEqual(FormEditor.entry(of: .number(value: 50), for: kg), .typed("50"))
        XCTAssertEqual(FormEditor.entry(of: .number(value: 3.12), for: kg), .typed("3.12"))
    }

    func testPickersYesNoWhenGestationAndChoicesBecomeTheCoresValues() {
        let d = day("2026-11-20")
        XCTAssertEqual(FormEditor.value(of: .yesNo(true), for: .yesNo), .yes)
        XCTAssertEqual(FormEditor.value(of: .yesNo(false), for: .yesNo), .no)
        XCTAssertEqual(FormEditor.value(of: .when(happened: true, on: d), for: .when), .when(date: d))
        XCTAssertEqual(FormEditor.value(of: .when(happened: true, on: nil), for: .when), .yes)
        XCTAssertEqual(FormEditor.value(of: .when(happened: false, on: d), for: .when), .no, "no: the day is dropped")
        XCTAssertEqual(FormEditor.value(of: .date(d), for: .date), .date(date: d))
        let at = LocalDateTime(day: d, hour: 4, minute: 5)
        var tokyo = Calendar(identifier: .gregorian)
        tokyo.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        XCTAssertEqual(at.date(in: tokyo).map { LocalDateTime($0, in: tokyo) }, at, "the date-time picker's round trip")
        XCTAssertEqual(FormEditor.value(of: .dateTime(at), for: .dateTime), .dateTime(at: at))
        XCTAssertEqual(FormEditor.value(of: .gestation(weeks: 39, days: 2), for: .gestation),
                       .gestation(weeks: 39, days: 2))
        XCTAssertEqual(FormEditor.value(of: .gestation(weeks: -1, days: 300), for: .gestation),
                       .gestation(weeks: 0, days: 255), "clamped; the core refuses it")
        let options = FieldInput.choice(options: [ChoiceOption(value: "a", label: "A")])
        XCTAssertEqual(FormEditor.value(of: .choice("a"), for: options), .choice(option: "a"))
        XCTAssertEqual(FormEditor.value(of: .photos([]), for: .photos(max: 3)), nil)
        XCTAssertEqual(FormEditor.value(of: .photos(["p"]), for: .photos(max: 3)), .photos(refs: ["p"]))
        XCTAssertNil(FormEditor.value(of: .date(d), for: .yesNo), "a control of another type is not sent")
        for (value, input) in [(FieldValue.when(date: d), FieldInput.when), (.yes, .when), (.no, .when),
                               (.gestation(weeks: 12, days: 6), .gestation), (.choice(option: "a"), options)] {
            XCTAssertEqual(FormEditor.entry(of: value, for: input).flatMap { FormEditor.value(of: $0, for: input) },
                           value, "round trip of \(value)")
        }
    }

    func testAGrowthPageTypedInFullWidthIsSavedReadBackEditedAndDeleted() async throws {
        let (hb, child) = try await store()
        var editor = try await FormEditor.blank("growth", subject: .child(child), in: hb)
        XCTAssertEqual(editor["measured_on"], .date(Self.today), "the core's default: today")
        editor["weight_kg"] = .typed("９．４")
        editor["length_cm"] = .typed("７５．２ｃｍ")
        editor["notes"] = .typed("  ")
        let saved = try await editor.submit(in: hb)
        XCTAssertEqual(saved?.alerts, [])
        let id = try XCTUnwrap(saved?.id)
        XCTAssertEqual(editor.record, id, "a second save edits the same record")

        var edit = try await FormEditor.edit("growth", record: id, in: hb)
        XCTAssertEqual(edit["weight_kg"], .typed("9.4"))
        XCTAssertEqual(edit["length_cm"], .typed("75.2"))
        XCTAssertNil(edit["notes"], "blank text was not stored")
        edit["weight_kg"] = .typed("9.5")
        let again = try await edit.submit(in: hb)
        XCTAssertEqual(again?.id, id)
        let lines = try await hb.call { try $0.formRecords(id: "growth", subject: .child(child), lang: .ja) }
        XCTAssertEqual(lines.map(\.id), [id])
        XCTAssertTrue(lines[0].summary.contains("9.5"), lines[0].summary)

        try await FormEditor.delete("growth", record: id, in: hb)
        let after = try await hb.call { try $0.formRecords(id: "growth", subject: .child(child), lang: .ja) }
        XCTAssertEqual(after, [])
    }

    func testTheCoresProblemsShowUnderTheirFieldsAndGoWhenTheFieldChanges() async throws {
        let (hb, child) = try await store()
        var editor = try await FormEditor.blank("growth", subject: .child(child), in: hb)
        editor["weight_kg"] = .typed("９９９")
        editor["length_cm"] = .typed("abc")
        let saved = try await editor.submit(in: hb)
        XCTAssertNil(saved, "nothing saved")
        XCTAssertEqual(editor.messages(for: "weight_kg").count, 1)
        XCTAssertTrue(editor.messages(for: "weight_kg")[0].contains("体重"), editor.messages(for: "weight_kg")[0])
        XCTAssertTrue(editor.messages(for: "length_cm")[0].contains("数値"), "the core says it takes a number")
        XCTAssertEqual(editor.messages(for: "head_cm"), [])
        editor["weight_kg"] = .typed("9.4")
        XCTAssertEqual(editor.messages(for: "weight_kg"), [], "the message was about the old value")
        XCTAssertFalse(editor.messages(for: "length_cm").isEmpty)
        let lines = try await hb.call { try $0.formRecords(id: "growth", subject: .child(child), lang: .ja) }
        XCTAssertEqual(lines, [])

        // A required field left empty: the core's message, under it.
        var diary = try await FormEditor.blank("diary", subject: .child(child), in: hb)
        let clean = try await diary.check(in: hb)
        XCTAssertFalse(clean)
        XCTAssertFalse(diary.messages(for: "text").isEmpty)
    }

    func testAStoolColourNearTheCardsFirstNumbersComesBackAsAnAlert() async throws {
        let (hb, child) = try await store()
        var editor = try await FormEditor.blank("stool_color", subject: .child(child), in: hb)
        editor["color_number"] = .typed("２")
        let saved = try await editor.submit(in: hb)
        let alerts = try XCTUnwrap(saved?.alerts)
        XCTAssertEqual(alerts.map(\.kind), [.contactDoctorNow])
        XCTAssertTrue(alerts[0].message.contains("便色カード"), alerts[0].message)

        var fine = try await FormEditor.blank("stool_color", subject: .child(child), in: hb)
        fine["color_number"] = .typed("6")
        let ok = try await fine.submit(in: hb, force: true)
        XCTAssertEqual(ok?.alerts, [])
    }

    func testADiaryPageKeepsAPhotoImportedThroughTheImportCall() async throws {
        let fixture = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("tests/fixtures/exif-orientation/Landscape_6.jpg").path
        let dir = TempDir()
        defer { dir.remove() }
        let hb = try await HandbookStore.open(path: dir.path("handbook.sqlite3"), lang: .ja, today: Self.today)
        let child = try await hb.call { try $0.addChild(data: .named("はな", born: "2025-10-25")) }.meta.id
        let imported = try await hb.call { try $0.importPhotos(paths: [fixture], entry: nil, progress: nil) }
        guard case let .imported(photo, _) = imported[0] else { return XCTFail("\(imported)") }

        var editor = try await FormEditor.blank("diary", subject: .child(child), in: hb)
        editor["text"] = .typed("はじめて笑った")
        editor["photos"] = .photos([photo.id])
        let diarySaved = try await editor.submit(in: hb)
        let id = try XCTUnwrap(diarySaved?.id)
        let read = try await FormEditor.edit("diary", record: id, in: hb)
        XCTAssertEqual(read["photos"], .photos([photo.id]))
        XCTAssertEqual(read["text"], .typed("はじめて笑った"))
    }

    func testEveryPageHasAPlaceInTheNavigationInTheHandbooksOrder() async throws {
        let (hb, child) = try await store()
        let pregnancy = try await hb.call { try $0.addPregnancy(data: Pregnancy(lmp: day("2026-07-08"), fetuses: 1)) }.meta.id
        let pages = try await HandbookPages.load(lang: .ja)
        XCTAssertEqual(pages.forms.map(\.id), try handbookForms(lang: .ja).map(\.id))
        XCTAssertEqual(pages.parts.map(\.part), [.mother, .child, .family], "the paper handbook's parts")
        XCTAssertEqual(pages.parts.flatMap(\.forms).count, pages.forms.count)
        for part in pages.parts {
            XCTAssertTrue(part.forms.allSatisfy { $0.part == part.part })
            XCTAssertEqual(part.forms.map(\.order), part.forms.map(\.order).sorted(), "\(part.part) by page order")
        }
        let owners: [PageOwner] = [.mother, .pregnancy(pregnancy), .child(child), .family]
        var placed = Set<String>()
        for owner in owners {
            let list = pages.pages(for: owner)
            let order = list.map { pages.forms.firstIndex(of: $0.form)! }
            XCTAssertEqual(order, order.sorted(), "\(owner): the handbook's order")
            for page in list {
                placed.insert(page.form.id)
                // Each page's subject is the one the core asks for.
                switch page.form.subject {
                case .family: XCTAssertNil(page.subject)
                case .child: XCTAssertEqual(page.subject, .child(child))
                case .pregnancy: XCTAssertEqual(page.subject, .pregnancy(pregnancy))
                case .childOrPregnancy: XCTAssertEqual(page.subject, owner.subject)
                }
                // A blank of every page opens for its owner.
                let blank = try await page.blank(in: hb)
                XCTAssertEqual(blank.form.id, page.form.id)
                _ = try await page.records(in: hb)
            }
        }
        XCTAssertEqual(placed, Set(pages.forms.map(\.id)), "every page the core describes is reachable")

        let childPages = pages.pages(for: .child(child))
        let own = try XCTUnwrap(childPages.first { $0.form.target == .record(kind: .child) })
        XCTAssertEqual(own.record, child, "the child's own page is that child")
        XCTAssertFalse(own.canAdd(besides: []))
        let ownRecords = try await own.records(in: hb)
        XCTAssertEqual(own.single(in: ownRecords), child)
        XCTAssertTrue(childPages.contains { $0.form.target == .record(kind: .growth) })
        XCTAssertFalse(childPages.contains { $0.form.target == .record(kind: .prenatalCheckup) })
        let mother = pages.pages(for: .mother).map(\.form.target)
        XCTAssertEqual(mother.first, .record(kind: .motherProfile))
        XCTAssertTrue(mother.contains(.record(kind: .pregnancy)))
        XCTAssertTrue(pages.pages(for: .family).contains { $0.form.target == .record(kind: .child) }, "adding a child")
        let rsv = try XCTUnwrap(pages.page(recording: .vaccination, for: .pregnancy(pregnancy)))
        XCTAssertEqual(rsv.subject, .pregnancy(pregnancy), "the maternal RSV vaccine")

        let listed = try await pages.owners(in: hb).map(\.owner)
        XCTAssertEqual(listed, owners)

        // A page of one record: added once, then opened to edit.
        let profile = try XCTUnwrap(pages.pages(for: .mother).first)
        XCTAssertTrue(profile.canAdd(besides: []))
        var editor = try await profile.blank(in: hb)
        editor["name"] = .typed("山田 花子")
        _ = try await editor.submit(in: hb)
        let records = try await profile.records(in: hb)
        XCTAssertFalse(profile.canAdd(besides: records))
        XCTAssertEqual(profile.single(in: records), records.first?.id)
    }

    func testADoseFromThePlanPrefillsTheVaccinationPage() async throws {
        let (hb, child) = try await store()
        let pages = try await HandbookPages.load(lang: .ja)
        let page = try XCTUnwrap(pages.page(recording: .vaccination, for: .child(child)))
        let plan = try await hb.call { try $0.vaccinationPlan(childId: child) }
        XCTAssertFalse(plan.vaccines.isEmpty)
        for vaccine in plan.vaccines {
            var editor = try await page.blank(in: hb)
            let name = vaccineName(vaccine: vaccine.code, lang: .ja)
            XCTAssertTrue(editor.choose("vaccine", labelled: name), "\(name) is not an option")
            XCTAssertFalse(editor.choose("vaccine", labelled: name + "?"))
        }
        let due = try XCTUnwrap(plan.vaccines.first { $0.doses.contains { $0.status == .overdue || $0.status == .due } })
        let dose = due.doses.first { $0.status == .overdue || $0.status == .due }!
        var editor = try await page.blank(in: hb)
        XCTAssertTrue(editor.choose("vaccine", labelled: vaccineName(vaccine: due.code, lang: .ja)))
        editor["dose"] = .typed("\(dose.dose)")
        editor["date"] = .date(Self.today)
        let saved = try await editor.submit(in: hb)
        XCTAssertNotNil(saved, "\(editor.problems) \(editor.recordProblems)")
        let given = try await hb.call { try $0.vaccinations(subject: .child(child)) }
        XCTAssertEqual(given.map(\.data.dose), [dose.dose])
        XCTAssertEqual(given.map(\.data.vaccine), [due.code])
    }
}

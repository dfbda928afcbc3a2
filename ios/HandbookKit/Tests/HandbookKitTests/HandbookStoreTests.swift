import Foundation
import HandbookKit
import XCTest

/// The facade end to end, on a real handbook file through the real libhagukumi.
final class HandbookStoreTests: XCTestCase {
    private let today = "2026-01-15"
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("hagukumi-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private var path: String { dir.appendingPathComponent("family/handbook.sqlite").path }

    private func hana() -> Child {
        Child(
            name: "Hana", sex: .female, birthDate: "2025-10-03",
            birth: BirthMeasurements(weightKg: 3.1, lengthCm: 49.0, headCm: 33.5)
        )
    }

    /// Adds a child, a measurement and a diary entry; returns the child's id.
    private func fillFamily(_ hb: HandbookStore) async throws -> String {
        let child = try await hb.addChild(hana())
        let saved = try await hb.addGrowth(GrowthMeasurement(
            childId: child.id, measuredOn: "2025-11-03", weightKg: 4.2, lengthCm: 54.0, headCm: 37.0
        ))
        XCTAssertEqual(saved.warnings, [], "an ordinary 1-month weight warns about nothing")
        _ = try await hb.addDiary(DiaryEntry(
            subjects: [.child(id: child.id)], writtenOn: "2026-01-10", text: "First real smile today.", mood: .happy
        ))
        return child.id
    }

    func testHomeAndTimelineShowWhatWasAdded() async throws {
        let hb = try await HandbookStore.open(path: path, lang: .en, today: today)
        let childId = try await fillFamily(hb)

        let home = try await hb.home()
        XCTAssertEqual(home.today, "2026-01-15")
        XCTAssertNil(home.pregnancy)
        XCTAssertEqual(home.children.count, 1)
        let card = try XCTUnwrap(home.children.first)
        XCTAssertEqual(card.child.id, childId)
        XCTAssertEqual(card.child.data.name, "Hana")
        XCTAssertEqual(card.ageLabel, "0 y 3 m 12 d")
        XCTAssertEqual(card.age.months, 3)
        let weight = try XCTUnwrap(card.latest.weightKg)
        XCTAssertEqual(weight.value, 4.2)
        XCTAssertEqual(weight.date, "2025-11-03")
        XCTAssertNotNil(weight.recordId)
        XCTAssertEqual(card.latest.headCm?.value, 37.0)

        let page = try await hb.timeline(.child(id: childId), limit: 10)
        XCTAssertNil(page.nextCursor)
        XCTAssertEqual(page.items.map(\.kind), [.diary, .growth, .child])
        XCTAssertEqual(page.items.map(\.date), ["2026-01-10", "2025-11-03", "2025-10-03"])
        XCTAssertEqual(page.items[0].title, "Diary (happy)")
        XCTAssertEqual(page.items[0].detail, "First real smile today.")
        XCTAssertEqual(page.items[1].title, "Measurement")
        XCTAssertEqual(page.items[1].detail, "weight 4.20 kg · length 54.0 cm · head 37.0 cm")
        XCTAssertEqual(page.items[2].title, "Hana was born")
        guard case let .diary(record) = page.items[0].record else {
            return XCTFail("expected a diary record, got \(page.items[0].record)")
        }
        XCTAssertEqual(record.data.mood, .happy)
        try await hb.close()
    }

    func testA40KgNewbornIsRefusedWithTheParentsMessage() async throws {
        let hb = try await HandbookStore.open(path: path, lang: .ja, today: today)
        let child = try await hb.addChild(hana())
        do {
            _ = try await hb.addGrowth(GrowthMeasurement(childId: child.id, measuredOn: "2025-10-05", weightKg: 40.0))
            XCTFail("a 40 kg newborn was accepted")
        } catch let error as HandbookError {
            guard case let .Invalid(field, messageEn, messageJa) = error else {
                return XCTFail("expected Invalid, got \(error)")
            }
            let english = "A weight of 40 kg is not possible for a newborn (expected 0.2–7 kg). "
                + "Please check the number and the decimal point."
            XCTAssertEqual(field, "weight")
            XCTAssertEqual(messageEn, english)
            XCTAssertEqual(messageJa, "体重40kgは新生児としてありえない値です（0.2〜7kg）。数字と小数点を確認してください。")
            XCTAssertEqual(error.localizedDescription, english)
            XCTAssertEqual(error.message(.ja), messageJa)
        }
        let stored = try await hb.growth(child.id)
        XCTAssertEqual(stored, [], "nothing was written")
        try await hb.close()
    }

    func testDataIsStillThereAfterReopening() async throws {
        let first = try await HandbookStore.open(path: path, lang: .en, today: today)
        let childId = try await fillFamily(first)
        try await first.close()

        let hb = try await HandbookStore.open(path: path, lang: .en, today: today)
        let children = try await hb.children()
        XCTAssertEqual(children.map(\.id), [childId])
        let growth = try await hb.growth(childId)
        XCTAssertEqual(growth.map(\.data.weightKg), [4.2])
        let diary = try await hb.diary(.child(id: childId))
        XCTAssertEqual(diary.map(\.data.text), ["First real smile today."])
        let page = try await hb.timeline(.child(id: childId))
        XCTAssertEqual(page.items.count, 3)
        let summary = try await hb.childSummary(childId)
        XCTAssertEqual(summary.ageLabel, "0 y 3 m 12 d")
        try await hb.close()
    }

    func testCallsAfterCloseThrowClosed() async throws {
        let hb = try await HandbookStore.open(path: path, lang: .en, today: today)
        try await hb.close()
        try await hb.close()
        do {
            _ = try await hb.home()
            XCTFail("home() after close() succeeded")
        } catch let error as HandbookError {
            guard case .Closed = error else { return XCTFail("expected Closed, got \(error)") }
            XCTAssertEqual(error.messageEn, "The handbook is closed. Open it again.")
        }
    }

    func testABatchIsWrittenWhole() async throws {
        let hb = try await HandbookStore.inMemory(lang: .en, today: today)
        let childId = try await hb.addChild(hana()).id
        let entries: [NewRecord] = (1...120).map { i in
            .diary(data: DiaryEntry(subjects: [.child(id: childId)], writtenOn: "2026-01-0\(i % 9 + 1)", text: "entry \(i)"))
        }
        let ids = try await hb.addBatch(entries)
        XCTAssertEqual(ids.count, 120)

        var seen: [String] = []
        var cursor: String? = nil
        repeat {
            let page = try await hb.timeline(.child(id: childId), cursor: cursor, limit: 50)
            seen += page.items.map(\.id)
            cursor = page.nextCursor
        } while cursor != nil
        XCTAssertEqual(seen.count, 121, "120 entries and the birth")
        XCTAssertEqual(Set(seen).count, seen.count, "no item twice")

        let bad = Array(entries.prefix(3)) + [
            .growth(data: GrowthMeasurement(childId: childId, measuredOn: "2025-10-05", weightKg: 40.0)),
        ]
        do {
            _ = try await hb.addBatch(bad)
            XCTFail("a batch with a 40 kg newborn was accepted")
        } catch HandbookError.Invalid {
            // expected
        }
        let diary = try await hb.diary(.child(id: childId))
        XCTAssertEqual(diary.count, 120)
    }
}

import Foundation
import HandbookKit
import XCTest

/// The facade end to end, on a real handbook file through the real libhagukumi.
final class HandbookStoreTests: XCTestCase {
    private let today = day("2026-01-15")
    private let dir = TempDir()

    override func tearDownWithError() throws { dir.remove() }

    private var path: String { dir.path("family/handbook.sqlite") }

    private func hana() -> Child {
        Child(
            name: "Hana", sex: .female, birthDate: day("2025-10-03"), birthOrder: 1,
            birth: BirthMeasurements(weightKg: 3.1, lengthCm: 49.0, headCm: 33.5)
        )
    }

    /// Adds a child, a measurement and a diary entry; returns the child's id.
    private func fillFamily(_ hb: HandbookStore) async throws -> RecordId {
        let child = try await hb.call { [hana = hana()] in try $0.addChild(data: hana) }
        let childId = child.meta.id
        let saved = try await hb.call {
            try $0.addGrowth(measurement: GrowthMeasurement(
                childId: childId, measuredOn: day("2025-11-03"), weightKg: 4.2, lengthCm: 54.0, headCm: 37.0
            ))
        }
        XCTAssertEqual(saved.warnings, [], "an ordinary 1-month weight warns about nothing")
        _ = try await hb.call {
            try $0.addDiary(data: DiaryEntry(
                subjects: [.child(childId)], writtenOn: day("2026-01-10"), text: "First real smile today.",
                mood: .happy, photos: []
            ))
        }
        return childId
    }

    func testHomeAndTimelineShowWhatWasAdded() async throws {
        let hb = try await HandbookStore.open(path: path, lang: .en, today: today)
        let childId = try await fillFamily(hb)

        let home = try await hb.call { try $0.home(lang: .en) }
        XCTAssertEqual(home.today, day("2026-01-15"))
        XCTAssertNil(home.pregnancy)
        XCTAssertEqual(home.children.count, 1)
        let card = try XCTUnwrap(home.children.first)
        XCTAssertEqual(card.child.meta.id, childId)
        XCTAssertEqual(card.child.data.name, "Hana")
        XCTAssertEqual(card.ageLabel, "0 y 3 m 12 d")
        XCTAssertEqual(card.age.months, 3)
        let weight = try XCTUnwrap(card.latest.weightKg)
        XCTAssertEqual(weight.value, 4.2)
        XCTAssertEqual(weight.date, day("2025-11-03"))
        XCTAssertNotNil(weight.recordId)
        XCTAssertEqual(card.latest.headCm?.value, 37.0)

        let page = try await hb.call { try $0.timeline(subject: .child(childId), cursor: nil, limit: 10, lang: .en) }
        XCTAssertNil(page.nextCursor)
        XCTAssertEqual(page.items.map(\.kind), [.diary, .growth, .child])
        XCTAssertEqual(page.items.map(\.date), [day("2026-01-10"), day("2025-11-03"), day("2025-10-03")])
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
        let child = try await hb.call { [hana = hana()] in try $0.addChild(data: hana) }
        let error = await handbookError {
            _ = try await hb.call {
                try $0.addGrowth(measurement: GrowthMeasurement(
                    childId: child.meta.id, measuredOn: day("2025-10-05"), weightKg: 40.0
                ))
            }
        }
        guard case let .Failed(kind, field, userCanFix, transient, messages)? = error else { return }
        let inEnglish = messages.inLang(.en), inJapanese = messages.inLang(.ja)
        let english = "A weight of 40 kg is not possible for a newborn (expected 0.2–7 kg). "
            + "Please check the number and the decimal point."
        XCTAssertEqual(kind, .validation)
        XCTAssertEqual(field, .weight)
        XCTAssertTrue(userCanFix)
        XCTAssertFalse(transient)
        XCTAssertEqual(inEnglish, english)
        XCTAssertEqual(inJapanese, "体重40kgは新生児としてありえない値です（0.2〜7kg）。数字と小数点を確認してください。")
        XCTAssertEqual(error?.localizedDescription, english)
        XCTAssertEqual(error?.userMessage(.ja), inJapanese)
        XCTAssertEqual(error?.kind, .validation)
        XCTAssertEqual(error?.field, .weight)
        let stored = try await hb.call { try $0.growth(childId: child.meta.id) }
        XCTAssertEqual(stored, [], "nothing was written")
        try await hb.close()
    }

    func testDataIsStillThereAfterReopening() async throws {
        let first = try await HandbookStore.open(path: path, lang: .en, today: today)
        let childId = try await fillFamily(first)
        try await first.close()

        let hb = try await HandbookStore.open(path: path, lang: .en, today: today)
        let children = try await hb.call { try $0.children() }
        XCTAssertEqual(children.map(\.meta.id), [childId])
        let growth = try await hb.call { try $0.growth(childId: childId) }
        XCTAssertEqual(growth.map(\.data.weightKg), [4.2])
        let diary = try await hb.call { try $0.diary(subject: .child(childId)) }
        XCTAssertEqual(diary.map(\.data.text), ["First real smile today."])
        let page = try await hb.call { try $0.timeline(subject: .child(childId), cursor: nil, limit: 50, lang: .en) }
        XCTAssertEqual(page.items.count, 3)
        let summary = try await hb.call { try $0.childSummary(childId: childId, lang: .en) }
        XCTAssertEqual(summary.ageLabel, "0 y 3 m 12 d")
        try await hb.close()
    }

    func testCallsAfterCloseThrowClosed() async throws {
        let hb = try await HandbookStore.open(path: path, lang: .en, today: today)
        try await hb.close()
        try await hb.close()
        let error = await handbookError { _ = try await hb.call { try $0.home(lang: .en) } }
        XCTAssertEqual(error?.kind, .closed)
        XCTAssertEqual(error?.userMessage(.en), "The handbook is closed. Open it again.")
    }

    func testABatchIsWrittenWhole() async throws {
        let hb = try await HandbookStore.inMemory(lang: .en, today: today)
        let childId = try await hb.call { [hana = hana()] in try $0.addChild(data: hana) }.meta.id
        let entries: [NewRecord] = (1...120).map { i in
            .diary(data: DiaryEntry(
                subjects: [.child(childId)], writtenOn: day("2026-01-0\(i % 9 + 1)"), text: "entry \(i)", photos: []
            ))
        }
        let ids = try await hb.call { try $0.addBatch(records: entries) }
        XCTAssertEqual(ids.count, 120)

        var seen: [RecordId] = []
        var cursor: String? = nil
        repeat {
            let page = try await hb.call { [cursor] in
                try $0.timeline(subject: .child(childId), cursor: cursor, limit: 50, lang: .en)
            }
            seen += page.items.map(\.id)
            cursor = page.nextCursor
        } while cursor != nil
        XCTAssertEqual(seen.count, 121, "120 entries and the birth")
        XCTAssertEqual(Set(seen).count, seen.count, "no item twice")

        let bad = Array(entries.prefix(3)) + [
            .growth(data: GrowthMeasurement(childId: childId, measuredOn: day("2025-10-05"), weightKg: 40.0)),
        ]
        let error = await handbookError { _ = try await hb.call { try $0.addBatch(records: bad) } }
        XCTAssertEqual(error?.kind, .validation)
        let diary = try await hb.call { try $0.diary(subject: .child(childId)) }
        XCTAssertEqual(diary.count, 120)
    }

    /// The threading rule: no call runs on the main thread, and calls run one at a time
    /// even when many tasks call at once.
    func testCallsRunOffTheMainThreadOneAtATime() async throws {
        let hb = try await HandbookStore.inMemory(lang: .en, today: today)
        let childId = try await hb.call { [hana = hana()] in try $0.addChild(data: hana) }.meta.id
        let log = CallLog()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<40 {
                group.addTask {
                    _ = try await hb.call { handbook in
                        log.enter(main: Thread.isMainThread)
                        defer { log.leave() }
                        return try handbook.addDiary(data: DiaryEntry(
                            subjects: [.child(childId)], writtenOn: day("2026-01-10"), text: "entry \(i)", photos: []
                        ))
                    }
                }
            }
            try await group.waitForAll()
        }
        XCTAssertEqual(log.calls, 40)
        XCTAssertEqual(log.onMain, 0, "a call ran on the main thread")
        XCTAssertEqual(log.maxInside, 1, "two calls ran at the same time")
        let diary = try await hb.call { try $0.diary(subject: .child(childId)) }
        XCTAssertEqual(diary.count, 40)

        // Called from the main actor (as the app's screens call it), the call still runs off it.
        let fromMain = try await Self.callFromMainActor(hb)
        XCTAssertEqual(fromMain.callerOnMain, true)
        XCTAssertEqual(fromMain.bodyOnMain, false, "a call from the main actor ran on the main thread")
    }

    @MainActor
    private static func callFromMainActor(_ hb: HandbookStore) async throws -> (callerOnMain: Bool, bodyOnMain: Bool) {
        let callerOnMain = Thread.isMainThread
        let bodyOnMain = try await hb.call { _ in Thread.isMainThread }
        return (callerOnMain, bodyOnMain)
    }
}

/// Counts calls that are inside the handbook at once (from the queue's threads).
private final class CallLog: @unchecked Sendable {
    private let lock = NSLock()
    private var inside = 0
    private(set) var maxInside = 0
    private(set) var calls = 0
    private(set) var onMain = 0

    func enter(main: Bool) {
        lock.lock()
        defer { lock.unlock() }
        inside += 1
        calls += 1
        maxInside = max(maxInside, inside)
        if main { onMain += 1 }
        // Stay inside a little, so that a concurrent call would overlap.
        lock.unlock()
        usleep(2000)
        lock.lock()
    }

    func leave() {
        lock.lock()
        inside -= 1
        lock.unlock()
    }
}

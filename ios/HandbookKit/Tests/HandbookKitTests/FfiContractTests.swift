import Foundation
import HandbookKit
import XCTest

/// What the one-definition FFI promises Swift: the core's own types (days are
/// `CalendarDay`, never instants), one typed error for every failure (a malformed value
/// the app hands over included), and a change stream.
final class FfiContractTests: XCTestCase {
    private let today = day("2026-01-15")
    private let dir = TempDir()

    override func tearDownWithError() throws { dir.remove() }

    func testAMalformedDateOrIdFromSwiftIsATypedBadArgumentNamingTheField() async throws {
        let hb = try await HandbookStore.inMemory(lang: .en, today: today)
        // 30 February: a CalendarDay holds it, the core refuses it when it crosses.
        let february30 = Child(
            name: "Hana", sex: .female, birthDate: CalendarDay(year: 2025, month: 2, day: 30), birthOrder: 1,
            birth: BirthMeasurements()
        )
        let date = await handbookError { _ = try await hb.call { try $0.addChild(data: february30) } }
        XCTAssertEqual(date?.kind, .badArgument)
        XCTAssertEqual(date?.field, .date)
        XCTAssertTrue(date?.userMessage(.en).contains("2025-02-30") ?? false, date?.userMessage(.en) ?? "")
        XCTAssertFalse(date?.userMessage(.ja).isEmpty ?? true)

        let id = await handbookError { _ = try await hb.call { try $0.child(id: "child-1") } }
        XCTAssertEqual(id?.kind, .badArgument)
        XCTAssertEqual(id?.field, .recordId)
        // In a record too, and nothing is written.
        let growth = await handbookError {
            _ = try await hb.call {
                try $0.addGrowth(measurement: GrowthMeasurement(childId: "child-1", measuredOn: day("2026-01-15"), weightKg: 4.0))
            }
        }
        XCTAssertEqual(growth?.kind, .badArgument)
        XCTAssertEqual(growth?.field, .recordId)
        let children = try await hb.call { try $0.children() }
        XCTAssertEqual(children, [], "nothing was written")
    }

    /// A birth's local date and time and its gestational age cross as themselves; a
    /// malformed one is a bad argument naming its field, and nothing is written.
    func testADeliveryKeepsItsLocalTimeAndGestationalAge() async throws {
        let hb = try await HandbookStore.inMemory(lang: .en, today: today)
        let pregnancy = try await hb.call { try $0.addPregnancy(data: Pregnancy(lmp: day("2025-04-10"), fetuses: 1)) }.meta.id
        func delivery(at: LocalDateTime, ga: GestationalAge) -> Delivery {
            Delivery(pregnancyId: pregnancy, deliveredAt: at, gaAtBirth: ga, method: .vaginal)
        }
        let born = LocalDateTime(day: day("2026-01-08"), hour: 23, minute: 41)
        let baby = [Newborn(name: "Sora", sex: .male, birth: BirthMeasurements(weightKg: 3.2))]

        let hour25 = delivery(at: LocalDateTime(day: day("2026-01-08"), hour: 25, minute: 0), ga: "38+2")
        let time = await handbookError { _ = try await hb.call { try $0.recordDelivery(delivery: hour25, newborns: baby) } }
        XCTAssertEqual(time?.kind, .badArgument)
        XCTAssertEqual(time?.field, .deliveredAt)
        let week38day9 = delivery(at: born, ga: "38+9")
        let ga = await handbookError { _ = try await hb.call { try $0.recordDelivery(delivery: week38day9, newborns: baby) } }
        XCTAssertEqual(ga?.kind, .badArgument)
        XCTAssertEqual(ga?.field, .gestationalAge)
        let none = try await hb.call { try $0.children() }
        XCTAssertEqual(none, [], "nothing was written")

        let recorded = try await hb.call { [d = delivery(at: born, ga: "38+2")] in try $0.recordDelivery(delivery: d, newborns: baby) }
        XCTAssertEqual(recorded.delivery.data.deliveredAt, born)
        XCTAssertEqual(recorded.delivery.data.gaAtBirth, "38+2")
        XCTAssertEqual(recorded.children.map(\.data.birthDate), [day("2026-01-08")], "born on the local day, not a UTC one")
        XCTAssertEqual(recorded.children.first?.data.gaAtBirth, "38+2")
    }

    /// Every kind the generated code knows, read through its own converter (case 1, 2,
    /// … until one is unknown), so the list cannot fall behind the core.
    private func everyKind() -> [ErrorKind] {
        var kinds: [ErrorKind] = []
        for index in Int32(1)... {
            var buffer = (data: Data(withUnsafeBytes(of: index.bigEndian) { Array($0) }), offset: 0)
            guard let kind = try? FfiConverterTypeErrorKind.read(from: &buffer) else { break }
            kinds.append(kind)
        }
        return kinds
    }

    func testEveryErrorKindIsAnEnumCaseTheAppCanSwitchOn() async throws {
        let kinds = everyKind()
        XCTAssertGreaterThan(kinds.count, 70)
        XCTAssertEqual(Set(kinds).count, kinds.count)
        // `remedy` is an exhaustive `switch` over ErrorKind (no `default`), run on every case.
        let remedies = Dictionary(grouping: kinds, by: \.remedy)
        XCTAssertEqual(remedies.values.map(\.count).reduce(0, +), kinds.count)
        XCTAssertEqual(remedies[.rescueBackup], [.damaged])
        XCTAssertEqual(remedies[.chooseReplaceOrMerge], [.choiceNeeded])
        XCTAssertTrue(remedies[.enterTheSecretAgain]?.contains(.wrongKey) ?? false)
        XCTAssertTrue(remedies[.showTheMessage]?.contains(.validation) ?? false)

        // Reached for real: a form error, a missing record, a closed handbook.
        let hb = try await HandbookStore.inMemory(lang: .ja, today: today)
        let child = try await hb.call { try $0.addChild(data: .named("Hana", born: "2025-10-03")) }
        let invalid = await handbookError {
            _ = try await hb.call {
                try $0.addGrowth(measurement: GrowthMeasurement(childId: child.meta.id, measuredOn: day("2026-01-15"), weightKg: 75.0))
            }
        }
        XCTAssertEqual(invalid?.kind, .validation)
        XCTAssertEqual(invalid?.field, .weight)
        XCTAssertEqual(invalid?.userCanFix, true)
        XCTAssertEqual(invalid?.remedy, .showTheMessage)
        let missing = await handbookError {
            _ = try await hb.call { try $0.child(id: "0190b6a0-0000-7000-8000-000000000000") }
        }
        XCTAssertEqual(missing?.kind, .notFound)
        try await hb.close()
        let closed = await handbookError { _ = try await hb.call { try $0.home(lang: .ja) } }
        XCTAssertEqual(closed?.kind, .closed)
        XCTAssertEqual(closed?.transient, false)
    }

    func testTheChangeStreamYieldsAfterAWriteAndAfterAMerge() async throws {
        let mother = try await HandbookStore.open(path: dir.path("mother/handbook.sqlite"), lang: .ja, today: today)
        let father = try await HandbookStore.open(path: dir.path("father/handbook.sqlite"), lang: .ja, today: today)

        let written = father.changes()
        _ = try await father.call { try $0.addChild(data: .named("Hana", born: "2025-10-03")) }
        let afterWrite = await firstChange(written)
        XCTAssertEqual(afterWrite, .records(kind: .child))

        // The father's phone joins the mother's family through her co-parent share: a merge.
        let share = try await mother.call { try $0.createShare(name: "Papa", role: .coParent, scope: .family) }
        _ = try await mother.call { try $0.addChild(data: .named("Ken", born: "2025-10-03", sex: .male)) }
        let bundle = dir.path("to-father.share")
        _ = try await mother.call { try $0.exportShare(id: share.id, full: true, path: bundle) }
        let joining = try await HandbookStore.open(path: dir.path("father2/handbook.sqlite"), lang: .ja, today: today)
        let merged = joining.changes()
        let report = try await joining.call { try $0.importShare(path: bundle, key: share.key) }
        XCTAssertTrue(report.joined)
        let afterMerge = await firstChange(merged)
        XCTAssertEqual(afterMerge, .merged)

        // A cancelled iteration ends the registration; later writes still succeed.
        _ = try await joining.call { try $0.addChild(data: .named("Mei", born: "2025-12-01")) }
        for hb in [mother, father, joining] { try await hb.close() }
    }

    /// The stream's first change, or nil if none comes within 10 s (the test then fails
    /// on the comparison instead of hanging).
    private func firstChange(_ stream: AsyncStream<Change>) async -> Change? {
        await withTaskGroup(of: Change?.self) { group in
            group.addTask {
                for await change in stream { return change }
                return nil
            }
            group.addTask {
                try? await Task.sleep(nanoseconds: 10_000_000_000)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }
}

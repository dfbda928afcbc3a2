import HandbookKit
import XCTest

/// Growth charts and plausibility warnings (issue 7) through the facade.
final class GrowthTests: XCTestCase {
    private func girl(_ hb: HandbookStore) async throws -> String {
        try await hb.addChild(Child(
            name: "Hana", sex: .female, birthDate: "2025-10-03", birth: BirthMeasurements(weightKg: 3.1)
        )).id
    }

    func testWeightForAgeChart() async throws {
        let hb = try await HandbookStore.inMemory(lang: .en, today: "2026-01-15")
        let id = try await girl(hb)
        _ = try await hb.addGrowth(GrowthMeasurement(childId: id, measuredOn: "2025-11-03", weightKg: 4.2))
        _ = try await hb.addGrowth(GrowthMeasurement(childId: id, measuredOn: "2026-01-05", weightKg: 5.6))

        let chart = try await hb.growthChart(id, indicator: .weightForAge)
        XCTAssertEqual(chart.title, "Weight-for-age")
        XCTAssertEqual(chart.standardLabel, "WHO Child Growth Standards (2006)")
        XCTAssertEqual(chart.yUnit, "kg")
        XCTAssertEqual(chart.xAxis, .ageDays)
        XCTAssertEqual(chart.sex, .female)
        XCTAssertEqual(chart.curves.map(\.label), ["3", "10", "25", "50", "75", "90", "97"])
        XCTAssertTrue(chart.curves.allSatisfy { $0.points.count > 10 })
        // The birth weight is the first point.
        XCTAssertEqual(chart.points.map(\.date), ["2025-10-03", "2025-11-03", "2026-01-05"])
        XCTAssertEqual(chart.points.map(\.y), [3.1, 4.2, 5.6])
        XCTAssertEqual(chart.points.map(\.x), [0.0, 31.0, 94.0])
        let z = try XCTUnwrap(chart.points[1].z)
        XCTAssertTrue(z > -1 && z < 1, "4.2 kg at 1 month is near the median for a girl (z = \(z))")
        XCTAssertFalse(chart.correctedAge)
    }

    func testImplausibleWeightIsSavedWithAWarning() async throws {
        let hb = try await HandbookStore.inMemory(lang: .en, today: "2026-01-15")
        let id = try await girl(hb)
        _ = try await hb.addGrowth(GrowthMeasurement(childId: id, measuredOn: "2025-11-03", weightKg: 4.2))
        let saved = try await hb.addGrowth(GrowthMeasurement(childId: id, measuredOn: "2025-12-03", weightKg: 12.5))
        XCTAssertEqual(saved.record.data.weightKg, 12.5)
        let warning = try XCTUnwrap(saved.warnings.first { $0.indicator == .weightForAge })
        XCTAssertEqual(warning.kind, .outsideFiveSd)
        XCTAssertGreaterThan(try XCTUnwrap(warning.z), 5.0)
        XCTAssertFalse(warning.messageEn.isEmpty)
        XCTAssertFalse(warning.messageJa.isEmpty)
        let stored = try await hb.growth(id)
        XCTAssertEqual(stored.count, 2, "the value was saved anyway")
    }

    func testJapan2023IsUnavailable() async throws {
        let hb = try await HandbookStore.inMemory(lang: .en, today: "2026-01-15")
        let id = try await girl(hb)
        do {
            _ = try await hb.growthChart(id, indicator: .weightForAge, standard: .japan2023)
            XCTFail("the Japan 2023 chart was drawn")
        } catch let error as HandbookError {
            guard case .GrowthUnavailable = error else { return XCTFail("expected GrowthUnavailable, got \(error)") }
            XCTAssertTrue(error.messageEn.contains("japan2023"), error.messageEn)
        }
    }
}

import HandbookKit
import XCTest

/// Growth charts and plausibility warnings (issue 7) through the facade.
final class GrowthTests: XCTestCase {
    private func girl(_ hb: HandbookStore) async throws -> RecordId {
        try await hb.call { try $0.addChild(data: .named("Hana", born: "2025-10-03", weightKg: 3.1)) }.meta.id
    }

    private func weigh(_ hb: HandbookStore, _ id: RecordId, _ on: String, _ kg: Double) async throws -> GrowthSaved {
        try await hb.call { try $0.addGrowth(measurement: GrowthMeasurement(childId: id, measuredOn: day(on), weightKg: kg)) }
    }

    func testWeightForAgeChart() async throws {
        let hb = try await HandbookStore.inMemory(lang: .en, today: day("2026-01-15"))
        let id = try await girl(hb)
        _ = try await weigh(hb, id, "2025-11-03", 4.2)
        _ = try await weigh(hb, id, "2026-01-05", 5.6)

        let chart = try await hb.call { try $0.growthChart(childId: id, indicator: .weightForAge, standard: .who, lang: .en) }
        XCTAssertEqual(chart.title, "Weight-for-age")
        XCTAssertEqual(chart.standardLabel, "WHO Child Growth Standards (2006)")
        XCTAssertEqual(chart.yUnit, "kg")
        XCTAssertEqual(chart.xAxis, .ageDays)
        XCTAssertEqual(chart.sex, .female)
        XCTAssertEqual(chart.curves.map(\.label), ["3", "10", "25", "50", "75", "90", "97"])
        XCTAssertTrue(chart.curves.allSatisfy { $0.points.count > 10 })
        // The birth weight is the first point.
        XCTAssertEqual(chart.points.map(\.date), [day("2025-10-03"), day("2025-11-03"), day("2026-01-05")])
        XCTAssertEqual(chart.points.map(\.y), [3.1, 4.2, 5.6])
        XCTAssertEqual(chart.points.map(\.x), [0.0, 31.0, 94.0])
        let z = try XCTUnwrap(chart.points[1].z)
        XCTAssertTrue(z > -1 && z < 1, "4.2 kg at 1 month is near the median for a girl (z = \(z))")
        XCTAssertFalse(chart.correctedAge)
    }

    func testImplausibleWeightIsSavedWithAWarning() async throws {
        let hb = try await HandbookStore.inMemory(lang: .en, today: day("2026-01-15"))
        let id = try await girl(hb)
        _ = try await weigh(hb, id, "2025-11-03", 4.2)
        let saved = try await weigh(hb, id, "2025-12-03", 12.5)
        XCTAssertEqual(saved.record.data.weightKg, 12.5)
        let warning = try XCTUnwrap(saved.warnings.first { $0.indicator == .weightForAge })
        XCTAssertEqual(warning.kind, .outsideFiveSd)
        XCTAssertGreaterThan(try XCTUnwrap(warning.z), 5.0)
        XCTAssertFalse(warning.messages.inLang(.en).isEmpty)
        XCTAssertFalse(warning.messages.inLang(.ja).isEmpty)
        let stored = try await hb.call { try $0.growth(childId: id) }
        XCTAssertEqual(stored.count, 2, "the value was saved anyway")
    }

    func testTheHandbooksOwnCurvesPlaceAMeasurementAndCreditTheSurvey() async throws {
        let hb = try await HandbookStore.inMemory(lang: .ja, today: day("2026-01-15"))
        let id = try await girl(hb)
        let chart = try await hb.call { try $0.growthChart(childId: id, indicator: .weightForAge, standard: .japan2023, lang: .ja) }
        XCTAssertEqual(chart.bands, .percentiles)
        XCTAssertTrue(chart.attribution.contains("乳幼児身体発育調査"), chart.attribution)
        let m = GrowthMeasurement(childId: id, measuredOn: day("2025-11-03"), weightKg: 4.2)
        let standings = try await hb.call { try $0.growthStandings(measurement: m, lang: .ja) }
        XCTAssertNotNil(standings.first?.japan?.band, "\(standings)")
        XCTAssertFalse(standings.first?.text.isEmpty ?? true)
    }

    func testTheSurveyHasNoBmiCurve() async throws {
        let hb = try await HandbookStore.inMemory(lang: .en, today: day("2026-01-15"))
        let id = try await girl(hb)
        let error = await handbookError {
            _ = try await hb.call { try $0.growthChart(childId: id, indicator: .bmiForAge, standard: .japan2023, lang: .en) }
        }
        XCTAssertEqual(error?.kind, .growthUnavailable)
        XCTAssertTrue(error?.userMessage(.en).contains("2023 Japanese infant growth survey") ?? false, error?.userMessage(.en) ?? "")
        XCTAssertTrue(error?.userMessage(.ja).contains("乳幼児身体発育調査") ?? false, error?.userMessage(.ja) ?? "")
    }
}

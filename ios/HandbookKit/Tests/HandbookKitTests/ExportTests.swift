import Foundation
import HandbookKit
import XCTest

/// Export for others (issue 8): the FHIR Bundle and the printable summary through the facade.
final class ExportTests: XCTestCase {
    func testFhirBundleHoldsTheChildTheDoseAndTheMeasurement() async throws {
        let hb = try await HandbookStore.inMemory(lang: .en, today: day("2026-01-15"))
        let id = try await hb.call { try $0.addChild(data: .named("Hana", born: "2025-10-03")) }.meta.id
        _ = try await hb.call {
            try $0.addGrowth(measurement: GrowthMeasurement(
                childId: id, measuredOn: day("2025-12-03"), weightKg: 5.0, lengthCm: 58.0, position: .recumbent
            ))
        }
        _ = try await hb.call {
            try $0.addVaccination(data: Vaccination(
                subject: .child(id), vaccine: .hepB, dose: 1, date: day("2025-12-03"), lot: "Y7"
            ))
        }

        let json = try await hb.call { try $0.exportFhir(childId: id) }
        let bundle = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        )
        XCTAssertEqual(bundle["resourceType"] as? String, "Bundle")
        XCTAssertEqual(bundle["type"] as? String, "collection")
        let entries = try XCTUnwrap(bundle["entry"] as? [[String: Any]])
        let resources = entries.compactMap { $0["resource"] as? [String: Any] }
        func of(_ kind: String) -> [[String: Any]] {
            resources.filter { $0["resourceType"] as? String == kind }
        }
        func code(_ r: [String: Any], _ key: String) -> String? {
            ((r[key] as? [String: Any])?["coding"] as? [[String: Any]])?.first?["code"] as? String
        }

        let patient = try XCTUnwrap(of("Patient").first)
        XCTAssertEqual(patient["id"] as? String, id)
        XCTAssertEqual(patient["gender"] as? String, "female")
        XCTAssertEqual(patient["birthDate"] as? String, "2025-10-03")

        let immunization = try XCTUnwrap(of("Immunization").first)
        XCTAssertEqual(immunization["status"] as? String, "completed")
        XCTAssertEqual(immunization["lotNumber"] as? String, "Y7")
        XCTAssertEqual(code(immunization, "vaccineCode"), "45")

        let observations = of("Observation")
        XCTAssertEqual(observations.compactMap { code($0, "code") }, ["29463-7", "8306-3"])
        let weight = try XCTUnwrap(observations.first)
        let quantity = try XCTUnwrap(weight["valueQuantity"] as? [String: Any])
        XCTAssertEqual(quantity["value"] as? Double, 5.0)
        XCTAssertEqual(quantity["code"] as? String, "kg")
        XCTAssertEqual((weight["subject"] as? [String: Any])?["reference"] as? String, "urn:uuid:\(id)")
    }

    func testSummaryIsHtmlWithTheChildsNameEscaped() async throws {
        let hb = try await HandbookStore.inMemory(lang: .ja, today: day("2026-01-15"))
        let id = try await hb.call { try $0.addChild(data: .named("<b>はな</b>", born: "2025-10-03", weightKg: 3.1)) }.meta.id
        let html = try await hb.call { try $0.exportSummaryHtml(childId: id, lang: .ja) }
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("&lt;b&gt;はな&lt;/b&gt;"))
        XCTAssertFalse(html.contains("<b>"))
        XCTAssertTrue(html.contains("<html lang=\"ja\">"))
    }

    func testUnknownChildIsNotFound() async throws {
        let hb = try await HandbookStore.inMemory(lang: .en, today: day("2026-01-15"))
        let error = await handbookError {
            _ = try await hb.call { try $0.exportFhir(childId: "0190b6a0-0000-7000-8000-000000000000") }
        }
        XCTAssertEqual(error?.kind, .notFound)
    }
}

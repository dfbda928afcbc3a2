import Foundation
import HandbookKit
import XCTest

/// Moving to another city (issue 8) through the facade: a handbook file follows the
/// sample city こもれび市, reads a notice, moves to ひだまり区; the records are as they
/// were, the old notices are in the archive with the read mark, and the old city's
/// feed is now refused as another city's.
final class CityTests: XCTestCase {
    private static let signedFeed = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("core/data/feed/komorebi/feed.signed.json")
    private let today = "2026-05-20"

    /// Another city; its key does not matter here (nothing of it is synced).
    private let hidamari = sampleCityConfig()
        .replacingOccurrences(of: "code = \"999990\"", with: "code = \"131016\"")
        .replacingOccurrences(of: "name = \"こもれび市\"", with: "name = \"ひだまり区\"")

    private func feedKind(_ body: () async throws -> Void) async -> String? {
        do {
            try await body()
        } catch let HandbookError.Feed(kind, _, _, _) {
            return kind
        } catch {
            XCTFail("\(error)")
        }
        return nil
    }

    func testMovingKeepsEveryRecordAndArchivesTheOldCitysNotices() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("handbook.sqlite3").path
        let feed = try Data(contentsOf: Self.signedFeed)
        do {
            let hb = try await HandbookStore.open(path: path, lang: .ja, today: today)
            let none = try await hb.currentCity()
            XCTAssertNil(none)
            _ = try await hb.addChild(Child(
                name: "ひなた", sex: .female, birthDate: "2026-01-15", birth: BirthMeasurements(weightKg: 3.0)
            ))
            let first = try await hb.moveToCity(cityConfigToml: sampleCityConfig())
            XCTAssertFalse(first.moved)
            XCTAssertTrue(first.configChanged)
            try await hb.applySignedFeed(feed, cityConfigToml: sampleCityConfig())
            let marked = try await hb.markFeedRead(.notice, id: "checkup-4m")
            XCTAssertTrue(marked)
            let children = try await hb.children()

            let bad = await feedKind {
                try await hb.moveToCity(cityConfigToml: self.hidamari.replacingOccurrences(of: "https://", with: "http://"))
            }
            XCTAssertEqual(bad, "bad_config")

            let moved = try await hb.moveToCity(cityConfigToml: hidamari)
            XCTAssertTrue(moved.moved)
            XCTAssertEqual(moved.from?.code, "999990")
            XCTAssertEqual(moved.to.code, "131016")
            XCTAssertGreaterThanOrEqual(moved.archivedNotices, 15)
            let after = try await hb.children()
            XCTAssertEqual(after, children)
            let forYou = try await hb.forYou()
            XCTAssertTrue(forYou.isEmpty)

            let wrong = await feedKind {
                try await hb.applySignedFeed(feed, cityConfigToml: sampleCityConfig())
            }
            XCTAssertEqual(wrong, "wrong_city")
            let again = try await hb.moveToCity(cityConfigToml: hidamari)
            XCTAssertFalse(again.moved || again.configChanged)
            try await hb.close()
        }

        let reopened = try await HandbookStore.open(path: path, lang: .en, today: today)
        let city = try await reopened.currentCity()
        XCTAssertEqual(city?.name, "ひだまり区")
        let archive = try await reopened.archivedNotices()
        XCTAssertEqual(archive.map(\.code), ["999990"])
        XCTAssertEqual(archive.first?.notices.filter(\.read).map(\.id), ["checkup-4m"])
        try await reopened.close()
    }
}

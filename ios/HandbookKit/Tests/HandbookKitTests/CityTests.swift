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
    private let today = day("2026-05-20")

    /// Another city; its key does not matter here (nothing of it is synced).
    private static let hidamari = sampleCityConfig()
        .replacingOccurrences(of: "code = \"999990\"", with: "code = \"131016\"")
        .replacingOccurrences(of: "name = \"こもれび市\"", with: "name = \"ひだまり区\"")

    func testMovingKeepsEveryRecordAndArchivesTheOldCitysNotices() async throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.path("handbook.sqlite3")
        let feed = try Data(contentsOf: Self.signedFeed)
        let hidamari = Self.hidamari
        do {
            let hb = try await HandbookStore.open(path: path, lang: .ja, today: today)
            let none = try await hb.call { try $0.currentCity() }
            XCTAssertNil(none)
            _ = try await hb.call { try $0.addChild(data: .named("ひなた", born: "2026-01-15", weightKg: 3.0)) }
            let first = try await hb.call { try $0.moveToCity(cityConfigToml: sampleCityConfig()) }
            XCTAssertFalse(first.moved)
            XCTAssertTrue(first.configChanged)
            _ = try await hb.call { try $0.applySignedFeed(signedFeed: feed, cityConfigToml: sampleCityConfig()) }
            let marked = try await hb.call { try $0.markFeedRead(kind: .notice, id: "checkup-4m", read: true) }
            XCTAssertTrue(marked)
            let children = try await hb.call { try $0.children() }

            let bad = await handbookError {
                _ = try await hb.call {
                    try $0.moveToCity(cityConfigToml: hidamari.replacingOccurrences(of: "https://", with: "http://"))
                }
            }
            XCTAssertEqual(bad?.kind, .feedBadConfig)

            let moved = try await hb.call { try $0.moveToCity(cityConfigToml: hidamari) }
            XCTAssertTrue(moved.moved)
            XCTAssertEqual(moved.from?.code, "999990")
            XCTAssertEqual(moved.to.code, "131016")
            XCTAssertGreaterThanOrEqual(moved.archivedNotices, 15)
            let after = try await hb.call { try $0.children() }
            XCTAssertEqual(after, children)
            let forYou = try await hb.call { try $0.forYou(lang: .ja) }
            XCTAssertTrue(forYou.isEmpty)

            let wrong = await handbookError {
                _ = try await hb.call { try $0.applySignedFeed(signedFeed: feed, cityConfigToml: sampleCityConfig()) }
            }
            XCTAssertEqual(wrong?.kind, .feedWrongCity)
            let again = try await hb.call { try $0.moveToCity(cityConfigToml: hidamari) }
            XCTAssertFalse(again.moved || again.configChanged)
            // ensureCity keeps the city the family chose.
            let ensured = try await hb.call { try $0.ensureCity() }
            XCTAssertEqual(ensured.code, "131016")
            try await hb.close()
        }

        let reopened = try await HandbookStore.open(path: path, lang: .en, today: today)
        let city = try await reopened.call { try $0.currentCity() }
        XCTAssertEqual(city?.name, "ひだまり区")
        let archive = try await reopened.call { try $0.archivedNotices(lang: .en) }
        XCTAssertEqual(archive.map(\.code), ["999990"])
        XCTAssertEqual(archive.first?.notices.filter(\.read).map(\.id), ["checkup-4m"])
        try await reopened.close()
    }

    func testAHandbookWithNoCityFollowsTheDefaultCity() async throws {
        let hb = try await HandbookStore.inMemory(lang: .ja, today: today)
        let city = try await hb.call { try $0.ensureCity() }
        XCTAssertEqual(city.code, "999990")
        let stored = try await hb.call { try $0.currentCity() }
        XCTAssertEqual(stored, city)
    }
}

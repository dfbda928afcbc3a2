import Foundation
import HandbookKit
import XCTest

/// The city feed (issue 5) through the facade, against a real HTTP server on 127.0.0.1:
/// the project's own `hagukumi feed serve` (ETag, 304), serving the bundled sample feed
/// of こもれび市. Foundation on Linux has no HTTP server, so the test runs the CLI
/// binary built by `cargo build -p hagukumi-cli` as a child process.
final class FeedTests: XCTestCase {
    /// The repository root, found from this file's path.
    private static let repo = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    private static let cli = repo.appendingPathComponent("target/debug/hagukumi").path
    private static let signedFeed = repo.appendingPathComponent("core/data/feed/komorebi/feed.signed.json")
    private let today = day("2026-05-20")

    /// `hagukumi feed serve DIR --port 0`, and the URL it printed.
    private final class FeedServer {
        let process = Process()
        let url: String

        init(dir: URL) throws {
            let out = Pipe()
            process.executableURL = URL(fileURLWithPath: FeedTests.cli)
            process.arguments = ["--lang", "en", "feed", "serve", dir.path, "--port", "0"]
            process.standardOutput = out
            try process.run()
            // The server prints its address on its first line: "… http://127.0.0.1:PORT/ …".
            var text = ""
            let deadline = Date().addingTimeInterval(10)
            while !text.contains("\n"), Date() < deadline {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
            }
            guard let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) else {
                process.terminate()
                throw NSError(domain: "FeedTests", code: 1, userInfo: [
                    NSLocalizedDescriptionKey: "hagukumi feed serve printed no address: \(text)",
                ])
            }
            url = String(text[range]) + "feed.signed.json"
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    private var dir: URL!
    private var server: FeedServer!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.cli) else {
            XCTFail("\(Self.cli) is missing: run `cargo build -p hagukumi-cli` first (scripts/test-swift.sh should)")
            throw XCTSkip("no CLI binary")
        }
        dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        let served = dir.appendingPathComponent("served")
        try FileManager.default.createDirectory(at: served, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.signedFeed, to: served.appendingPathComponent("feed.signed.json"))
        server = try FeedServer(dir: served)
    }

    override func tearDownWithError() throws {
        server?.stop()
        if let dir { try? FileManager.default.removeItem(at: dir) }
    }

    /// The sample city's configuration (its pinned TEST-ONLY key) with the feed on the local server.
    private func cityConfig() -> String {
        sampleCityConfig().split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("feed_url") ? "feed_url = \"\(server.url)\"" : String(line)
        }.joined(separator: "\n")
    }

    func testTwoFamiliesSeeTheirOwnListsMarksPersistAndTheSecondSyncIsNotModified() async throws {
        let path = dir.appendingPathComponent("handbook.sqlite3").path
        let config = cityConfig()
        do {
            let hb = try await HandbookStore.open(path: path, lang: .ja, today: today)
            let none = try await hb.call { try $0.feedSource() }
            XCTAssertNil(none)
            // Last period 70 days before today: 10 weeks.
            _ = try await hb.call { try $0.addPregnancy(data: Pregnancy(lmp: day("2026-03-11"), fetuses: 1)) }

            let first = try await hb.call(waitsForNetwork: true) { try $0.syncFeed(cityConfigToml: config) }
            guard case let .applied(report) = first else { return XCTFail("not applied: \(first)") }
            XCTAssertGreaterThan(report.added, 10)
            XCTAssertTrue(report.newOrChanged.contains { $0.id == "pregnancy-handbook" })
            let source = try await hb.call { try $0.feedSource() }
            XCTAssertEqual(source?.cityCode, "999990")
            XCTAssertNotNil(source?.etag)

            let list = try await hb.call { try $0.forYou(lang: .ja) }
            XCTAssertTrue(list.allSatisfy { !$0.reasons.isEmpty })
            let notebook = try XCTUnwrap(list.first { $0.id == "pregnancy-handbook" })
            XCTAssertEqual(notebook.reasons.first?.text, "妊娠10週の方へ")
            XCTAssertFalse(notebook.read)
            XCTAssertFalse(list.contains { $0.id == "checkup-4m" })

            let marked = try await hb.call { try $0.markFeedRead(kind: .notice, id: "pregnancy-handbook", read: true) }
            XCTAssertTrue(marked)
            let missing = try await hb.call { try $0.markFeedRead(kind: .notice, id: "no-such-notice", read: true) }
            XCTAssertFalse(missing)

            // Unchanged on the server: the conditional GET is answered 304.
            let second = try await hb.call(waitsForNetwork: true) { try $0.syncFeed(cityConfigToml: config) }
            XCTAssertEqual(second, .notModified(expiredRemoved: 0))
            try await hb.close()
        }

        // The mark is in the file.
        let reopened = try await HandbookStore.open(path: path, lang: .en, today: today)
        let reopenedList = try await reopened.call { try $0.forYou(lang: .en) }
        let item = try XCTUnwrap(reopenedList.first { $0.id == "pregnancy-handbook" })
        XCTAssertTrue(item.read)
        XCTAssertEqual(item.reasons.first?.text, "For week 10 of pregnancy")
        try await reopened.close()

        // The same feed for a family with a 4-month-old.
        let baby = try await HandbookStore.inMemory(lang: .ja, today: today)
        _ = try await baby.call { try $0.addChild(data: .named("ひなた", born: "2026-01-15", weightKg: 3.0)) }
        let applied = try await baby.call(waitsForNetwork: true) { try $0.syncFeed(cityConfigToml: config) }
        guard case .applied = applied else { return XCTFail("not applied: \(applied)") }
        let babyList = try await baby.call { try $0.forYou(lang: .ja) }
        let checkup = try XCTUnwrap(babyList.first { $0.id == "checkup-4m" })
        XCTAssertEqual(checkup.reasons.first?.kind, .child)
        XCTAssertFalse(babyList.contains { $0.id == "pregnancy-handbook" })
    }

    func testAFeedSignedByAnotherKeyIsRefusedAndTheAppliedFeedStays() async throws {
        let config = cityConfig()
        let hb = try await HandbookStore.inMemory(lang: .ja, today: today)
        _ = try await hb.call { try $0.addPregnancy(data: Pregnancy(lmp: day("2026-03-11"), fetuses: 1)) }
        _ = try await hb.call(waitsForNetwork: true) { try $0.syncFeed(cityConfigToml: config) }
        let before = try await hb.call { try $0.forYou(lang: .ja) }
        XCTAssertFalse(before.isEmpty)

        let otherKey = config.split(separator: "\n").map { line in
            line.hasPrefix("public_keys")
                ? "public_keys = [\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"]" : String(line)
        }.joined(separator: "\n")
        let signed = try Data(contentsOf: Self.signedFeed)
        let error = await handbookError {
            _ = try await hb.call { try $0.applySignedFeed(signedFeed: signed, cityConfigToml: otherKey) }
        }
        XCTAssertEqual(error?.kind, .feedUnknownKey)
        XCTAssertEqual(error?.transient, false)
        XCTAssertTrue(error?.userMessage(.ja).contains("署名") ?? false, error?.userMessage(.ja) ?? "")
        let after = try await hb.call { try $0.forYou(lang: .ja) }
        XCTAssertEqual(after, before)
    }

    /// The background refresh: the core syncs the city the handbook follows and says what
    /// to notify; the file is closed after (it opens again at once).
    func testBackgroundRefreshNotifiesNewItemsForTheFamilyOnceAndClosesTheFile() async throws {
        let path = dir.appendingPathComponent("family/handbook.sqlite3").path
        let config = cityConfig()
        let missing = await BackgroundRefresh.run(path: path, lang: .ja, today: today)
        XCTAssertEqual(missing, .noHandbook)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "a refresh created a handbook")

        let hb = try await HandbookStore.open(path: path, lang: .ja, today: today)
        _ = try await hb.call { try $0.addPregnancy(data: Pregnancy(lmp: day("2026-03-11"), fetuses: 1)) }
        _ = try await hb.call { try $0.moveToCity(cityConfigToml: config) }
        try await hb.close()

        guard case let .news(news) = await BackgroundRefresh.run(path: path, lang: .ja, today: today) else {
            return XCTFail("the refresh failed")
        }
        XCTAssertTrue(news.items.contains { $0.id == "pregnancy-handbook" })
        XCTAssertFalse(news.items.contains { $0.id == "checkup-4m" }, "not for this family")
        XCTAssertEqual(news.lines.count, news.items.count)
        XCTAssertEqual(news.title, news.items.count == 1 ? news.items[0].title : "市から\(news.items.count)件のお知らせ")
        XCTAssertFalse(news.summary.isEmpty)

        // Unchanged on the server: nothing new to notify.
        let again = await BackgroundRefresh.run(path: path, lang: .ja, today: today)
        guard case let .news(second) = again else { return XCTFail("\(again)") }
        XCTAssertEqual(second.items, [])

        // The file was closed: it opens and the feed is there.
        let reopened = try await HandbookStore.open(path: path, lang: .ja, today: today)
        let source = try await reopened.call { try $0.feedSource() }
        XCTAssertEqual(source?.cityCode, "999990")
        try await reopened.close()

        // The server is gone: a transient failure, retried soon.
        server.stop()
        server = nil
        let offline = await BackgroundRefresh.run(path: path, lang: .ja, today: today)
        XCTAssertEqual(offline, .failed(retrySoon: true))
    }
}

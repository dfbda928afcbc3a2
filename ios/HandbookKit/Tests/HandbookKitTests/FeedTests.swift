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
    private let today = "2026-05-20"

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
        do {
            let hb = try await HandbookStore.open(path: path, lang: .ja, today: today)
            let none = try await hb.feedSource()
            XCTAssertNil(none)
            // Last period 70 days before today: 10 weeks.
            _ = try await hb.addPregnancy(Pregnancy(lmp: "2026-03-11"))

            let first = try await hb.syncFeed(cityConfigToml: cityConfig())
            guard case let .applied(report) = first else { return XCTFail("not applied: \(first)") }
            XCTAssertGreaterThan(report.added, 10)
            XCTAssertTrue(report.newOrChanged.contains { $0.id == "pregnancy-handbook" })
            let source = try await hb.feedSource()
            XCTAssertEqual(source?.cityCode, "999990")
            XCTAssertNotNil(source?.etag)

            let list = try await hb.forYou()
            XCTAssertTrue(list.allSatisfy { !$0.reasons.isEmpty })
            let notebook = try XCTUnwrap(list.first { $0.id == "pregnancy-handbook" })
            XCTAssertEqual(notebook.reasons.first?.text, "妊娠10週の方へ")
            XCTAssertFalse(notebook.read)
            XCTAssertFalse(list.contains { $0.id == "checkup-4m" })

            let marked = try await hb.markFeedRead(.notice, id: "pregnancy-handbook")
            XCTAssertTrue(marked)
            let missing = try await hb.markFeedRead(.notice, id: "no-such-notice")
            XCTAssertFalse(missing)

            // Unchanged on the server: the conditional GET is answered 304.
            let second = try await hb.syncFeed(cityConfigToml: cityConfig())
            XCTAssertEqual(second, .notModified(expiredRemoved: 0))
            try await hb.close()
        }

        // The mark is in the file.
        let reopened = try await HandbookStore.open(path: path, lang: .en, today: today)
        let reopenedList = try await reopened.forYou()
        let item = try XCTUnwrap(reopenedList.first { $0.id == "pregnancy-handbook" })
        XCTAssertTrue(item.read)
        XCTAssertEqual(item.reasons.first?.text, "For week 10 of pregnancy")
        try await reopened.close()

        // The same feed for a family with a 4-month-old.
        let baby = try await HandbookStore.inMemory(lang: .ja, today: today)
        _ = try await baby.addChild(Child(
            name: "ひなた", sex: .female, birthDate: "2026-01-15", birth: BirthMeasurements(weightKg: 3.0)
        ))
        let applied = try await baby.syncFeed(cityConfigToml: cityConfig())
        guard case .applied = applied else { return XCTFail("not applied: \(applied)") }
        let babyList = try await baby.forYou()
        let checkup = try XCTUnwrap(babyList.first { $0.id == "checkup-4m" })
        XCTAssertEqual(checkup.reasons.first?.kind, "child")
        XCTAssertFalse(babyList.contains { $0.id == "pregnancy-handbook" })
    }

    func testAFeedSignedByAnotherKeyIsRefusedAndTheAppliedFeedStays() async throws {
        let hb = try await HandbookStore.inMemory(lang: .ja, today: today)
        _ = try await hb.addPregnancy(Pregnancy(lmp: "2026-03-11"))
        _ = try await hb.syncFeed(cityConfigToml: cityConfig())
        let before = try await hb.forYou()
        XCTAssertFalse(before.isEmpty)

        let otherKey = cityConfig().split(separator: "\n").map { line in
            line.hasPrefix("public_keys")
                ? "public_keys = [\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"]" : String(line)
        }.joined(separator: "\n")
        do {
            try await hb.applySignedFeed(Data(contentsOf: Self.signedFeed), cityConfigToml: otherKey)
            XCTFail("a feed signed by another key was applied")
        } catch let error as HandbookError {
            guard case let .Feed(kind, transient, _, ja) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(kind, "unknown_key")
            XCTAssertFalse(transient)
            XCTAssertTrue(ja.contains("署名"), ja)
            XCTAssertFalse(error.isTransientFeedError)
        }
        let after = try await hb.forYou()
        XCTAssertEqual(after, before)
    }
}

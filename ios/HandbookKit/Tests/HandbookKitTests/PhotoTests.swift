import Foundation
import HandbookKit
import XCTest

/// Photo import (issue 6) through the facade, on a real JPEG with an EXIF rotation.
final class PhotoTests: XCTestCase {
    /// tests/fixtures at the repository root, found from this file's path.
    private let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("tests/fixtures/exif-orientation/Landscape_6.jpg").path

    private final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var steps: [[UInt32]] = []
        func add(_ done: UInt32, _ total: UInt32) { lock.lock(); steps.append([done, total]); lock.unlock() }
        var all: [[UInt32]] { lock.lock(); defer { lock.unlock() }; return steps }
    }

    func testRotatedJpegIsStoredUprightAndHeicIsRefused() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let heic = dir.appendingPathComponent("photo.jpg")
        var bytes = Data([0, 0, 0, 0x18])
        bytes.append(contentsOf: Array("ftypheic".utf8) + [0, 0, 0, 0] + Array("mif1heic".utf8))
        try bytes.write(to: heic)

        let hb = try await HandbookStore.open(
            path: dir.appendingPathComponent("handbook.sqlite3").path, lang: .en, today: day("2026-11-25")
        )
        let fixture = self.fixture
        let log = Log()
        let progress = importProgress { done, total in log.add(done, total) }
        let results = try await hb.call {
            try $0.importPhotos(paths: [fixture, heic.path], entry: nil, progress: progress)
        }
        XCTAssertEqual(log.all, [[0, 2], [1, 2], [2, 2]])

        guard case let .imported(photo, deduplicated) = results[0] else {
            return XCTFail("not imported: \(results[0])")
        }
        XCTAssertFalse(deduplicated)
        XCTAssertGreaterThan(photo.display.width, photo.display.height, "stored upright")
        XCTAssertEqual(photo.thumbnail.width, 320)
        XCTAssertTrue(FileManager.default.fileExists(atPath: photo.thumbnail.path))

        guard case let .refused(error) = results[1] else {
            return XCTFail("not refused: \(results[1])")
        }
        XCTAssertEqual(error.kind, .photoHeic)
        XCTAssertTrue(error.userMessage(.en).contains("HEIC"), error.userMessage(.en))

        let again = try await hb.call { try $0.importPhotos(paths: [fixture], entry: nil, progress: nil) }
        guard case let .imported(same, dedup) = again[0] else { return XCTFail("\(again)") }
        XCTAssertTrue(dedup)
        XCTAssertEqual(same.id, photo.id)
        let stored = try await hb.call { try $0.photos() }
        XCTAssertEqual(stored.map(\.id), [photo.id])
        let check = try await hb.call { try $0.checkPhotos(repair: false) }
        XCTAssertEqual(check.missing.count, 0)
        try await hb.close()
    }
}

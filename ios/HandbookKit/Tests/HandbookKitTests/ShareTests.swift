import Foundation
import HandbookKit
import XCTest

/// Family sharing and backups (issue 8) through the facade, on real files.
final class ShareTests: XCTestCase {
    private let dir = TempDir()

    override func setUpWithError() throws {
        try FileManager.default.createDirectory(at: dir.url, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { dir.remove() }

    private func path(_ name: String) -> String { dir.path(name) }

    private func open(_ name: String) async throws -> HandbookStore {
        try await HandbookStore.open(path: path("\(name)/handbook.sqlite3"), lang: .en, today: day("2026-11-25"))
    }

    private func addChild(_ hb: HandbookStore, _ name: String) async throws -> RecordId {
        try await hb.call { try $0.addChild(data: .named(name, born: "2025-09-01")) }.meta.id
    }

    private func weigh(_ hb: HandbookStore, _ id: RecordId, _ on: String, _ kg: Double) async throws {
        _ = try await hb.call { try $0.addGrowth(measurement: GrowthMeasurement(childId: id, measuredOn: day(on), weightKg: kg)) }
    }

    func testParentsConvergeAndGrandparentsGetAReadOnlyView() async throws {
        let mother = try await open("mother")
        let father = try await open("father")
        let hana = try await addChild(mother, "Hana")
        let toFather = try await mother.call { try $0.createShare(name: "Papa", role: .coParent, scope: .family) }
        let first = try await mother.call { [p = path("to-father-1.share")] in try $0.exportShare(id: toFather.id, full: false, path: p) }
        XCTAssertTrue(first.full)
        let joined = try await father.call { [p = path("to-father-1.share")] in try $0.importShare(path: p, key: toFather.key) }
        XCTAssertTrue(joined.joined)
        let motherFamily = try await mother.call { try $0.identity() }.familyId
        let fatherFamily = try await father.call { try $0.identity() }.familyId
        XCTAssertEqual(motherFamily, fatherFamily)

        // One logs a measurement, the other a diary entry; then both ways.
        try await weigh(father, hana, "2025-11-01", 5.0)
        _ = try await mother.call {
            try $0.addDiary(data: DiaryEntry(subjects: [.child(hana)], writtenOn: day("2025-11-02"), text: "First smile", photos: []))
        }
        let toMother = try await father.call { try $0.createShare(name: "Mama", role: .coParent, scope: .family) }
        _ = try await father.call { [p = path("to-mother.share")] in try $0.exportShare(id: toMother.id, full: false, path: p) }
        _ = try await mother.call { [p = path("to-father-2.share")] in try $0.exportShare(id: toFather.id, full: false, path: p) }
        _ = try await mother.call { [p = path("to-mother.share")] in try $0.importShare(path: p, key: toMother.key) }
        let second = try await father.call { [p = path("to-father-2.share")] in try $0.importShare(path: p, key: toFather.key) }
        XCTAssertEqual(second.applied, 1)
        let motherGrowth = try await mother.call { try $0.growth(childId: hana) }.map(\.meta.id)
        let fatherGrowth = try await father.call { try $0.growth(childId: hana) }.map(\.meta.id)
        XCTAssertEqual(motherGrowth, fatherGrowth)
        XCTAssertEqual(motherGrowth.count, 1)
        let fatherDiary = try await father.call { try $0.diary(subject: .child(hana)) }
        XCTAssertEqual(fatherDiary.map(\.data.text), ["First smile"])
        let twice = try await father.call { [p = path("to-father-2.share")] in try $0.importShare(path: p, key: toFather.key) }
        XCTAssertTrue(twice.alreadyImported)
        XCTAssertEqual(twice.applied, 0)

        // Grandparents: one child, read-only.
        let toGrandma = try await mother.call { try $0.createShare(name: "Grandma", role: .viewer, scope: .child(id: hana)) }
        let grandma = path("grandma.share"), views = path("grandma/views")
        _ = try await mother.call { try $0.exportShare(id: toGrandma.id, full: false, path: grandma) }
        let peek = try await HandbookStore.io { try peekShare(path: grandma, key: toGrandma.key) }
        XCTAssertEqual(peek.subjects, ["Hana"])
        let imported = try await HandbookStore.io { try importShareToViews(viewsDir: views, path: grandma, key: toGrandma.key) }
        let kept = try await HandbookStore.io { try familyViews(viewsDir: views) }
        XCTAssertEqual(kept.map(\.children), [["Hana"]])
        let view = try await HandbookStore.open(path: try XCTUnwrap(imported.viewPath), lang: .en, today: day("2026-11-25"))
        let readOnly = try await view.call { try $0.identity() }.readOnly
        XCTAssertTrue(readOnly)
        let viewGrowth = try await view.call { try $0.growth(childId: hana) }
        XCTAssertEqual(viewGrowth.count, 1)
        let edit = await handbookError { try await self.weigh(view, hana, "2025-11-20", 5.3) }
        XCTAssertEqual(edit?.kind, .readOnlyView)

        // Another share's key: refused by kind.
        let other = try await mother.call { try $0.createShare(name: "Other", role: .viewer, scope: .child(id: hana)) }
        let elsewhere = path("elsewhere")
        let wrong = await handbookError {
            _ = try await HandbookStore.io { try importShareToViews(viewsDir: elsewhere, path: grandma, key: other.key) }
        }
        XCTAssertEqual(wrong?.kind, .wrongKey)
        try await view.close()
        try await mother.close()
        try await father.close()
    }

    func testBackupRestoresOntoANewPhoneAndAsksBeforeReplacingRecords() async throws {
        let secret = BundleSecret.passphrase(passphrase: "はぐくみ 2026 バックアップ")
        let backup = path("family.backup")
        let old = try await open("old")
        let hana = try await addChild(old, "Hana")
        try await weigh(old, hana, "2025-10-01", 4.1)
        let report = try await old.call { try $0.createBackup(path: backup, secret: secret, progress: nil) }
        XCTAssertEqual(report.records, 2)
        try await old.close()

        let info = try await HandbookStore.io { try bundleFileInfo(path: backup) }
        XCTAssertTrue(info.isBackup && info.needsPassphrase)
        let inspected = try await HandbookStore.io { try inspectBackup(path: backup, secret: secret) }
        XCTAssertEqual(inspected.children, ["Hana"])

        let new = try await open("new")
        let nothingToAsk = try await new.call { try $0.restoreQuestion() }
        XCTAssertEqual(nothingToAsk, RestoreQuestion.none)
        let restored = try await new.call { try $0.restoreBackup(backupPath: backup, secret: secret, mode: nil, progress: nil) }
        XCTAssertEqual(restored.mode, .replace)
        let names = try await new.call { try $0.children() }.map(\.data.name)
        XCTAssertEqual(names, ["Hana"])
        // Now the handbook has records: the question comes first, as data.
        let ask = try await new.call { try $0.restoreQuestion() }
        XCTAssertEqual(ask, .replaceOrMerge)
        let unasked = await handbookError {
            _ = try await new.call { try $0.restoreBackup(backupPath: backup, secret: secret, mode: nil, progress: nil) }
        }
        XCTAssertEqual(unasked?.kind, .choiceNeeded)
        let merged = try await new.call { try $0.restoreBackup(backupPath: backup, secret: secret, mode: .merge, progress: nil) }
        XCTAssertEqual(merged.merged?.applied, 0)
        let wrong = await handbookError {
            _ = try await new.call {
                try $0.restoreBackup(
                    backupPath: backup, secret: .passphrase(passphrase: "not the passphrase"), mode: .replace, progress: nil
                )
            }
        }
        XCTAssertEqual(wrong?.kind, .wrongKey)
        try await new.close()
    }

    func testARescueBackupSavesEveryReadableRecordAndRestoresLikeAnyBackup() async throws {
        let secret = BundleSecret.passphrase(passphrase: "はぐくみ 2026 救出バックアップ")
        let old = try await open("old")
        let hana = try await addChild(old, "Hana")
        try await weigh(old, hana, "2025-10-01", 4.1)
        try await weigh(old, hana, "2025-11-01", 5.0)
        try await old.close()

        let outbox = dir.url.appendingPathComponent("rescue")
        let (rescueURL, report) = try await BundleFiles.createRescueBackup(
            handbookPath: path("old/handbook.sqlite3"), passphrase: "はぐくみ 2026 救出バックアップ", to: outbox
        )
        XCTAssertTrue(rescueURL.lastPathComponent.hasPrefix("hagukumi-rescue-"), rescueURL.lastPathComponent)
        let rescue = rescueURL.path
        XCTAssertEqual(report.backup.records, 3)
        XCTAssertEqual(report.rowsLost, 0)
        XCTAssertEqual(report.photosLost, 0)
        XCTAssertTrue(report.tables.allSatisfy { $0.lost == 0 }, "\(report.tables)")
        XCTAssertEqual(report.tables.first { $0.table == "growth" }?.saved, 2)

        let new = try await open("new")
        let restored = try await new.call { try $0.restoreBackup(backupPath: rescue, secret: secret, mode: nil, progress: nil) }
        XCTAssertEqual(restored.mode, .replace)
        let children = try await new.call { try $0.children() }
        XCTAssertEqual(children.map(\.data.name), ["Hana"])
        let growth = try await new.call { try $0.growth(childId: children[0].meta.id) }
        XCTAssertEqual(growth.count, 2)
        try await new.close()

        // A file that is no handbook at all is refused, and no backup is left behind.
        let notes = path("notes.txt"), nothing = dir.url.appendingPathComponent("nothing")
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: notes))
        let refused = await handbookError {
            _ = try await BundleFiles.createRescueBackup(handbookPath: notes, passphrase: "はぐくみ 2026 救出バックアップ", to: nothing)
        }
        XCTAssertNotNil(refused)
        let left = try FileManager.default.contentsOfDirectory(atPath: nothing.path)
        XCTAssertEqual(left, [], "no backup is left behind")
    }
}

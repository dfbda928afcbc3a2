import Foundation
import HandbookKit
import XCTest

/// Family sharing and backups (issue 8) through the facade, on real files.
final class ShareTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    private func open(_ name: String) async throws -> HandbookStore {
        try await HandbookStore.open(path: path("\(name)/handbook.sqlite3"), lang: .en, today: "2026-11-25")
    }

    private func child(_ name: String) -> Child {
        Child(name: name, sex: .female, birthDate: "2025-09-01", birth: BirthMeasurements())
    }

    private func shareKind(_ body: () async throws -> Void) async -> String? {
        do {
            try await body()
            return nil
        } catch let error as HandbookError {
            return error.shareErrorKind
        } catch {
            return "\(error)"
        }
    }

    func testParentsConvergeAndGrandparentsGetAReadOnlyView() async throws {
        let mother = try await open("mother")
        let father = try await open("father")
        let hana = try await mother.addChild(child("Hana")).id
        let toFather = try await mother.createShare(name: "Papa", role: .coParent, scope: .family)
        let first = try await mother.exportShare(toFather.id, to: path("to-father-1.share"))
        XCTAssertTrue(first.full)
        let joined = try await father.importShare(path: path("to-father-1.share"), key: toFather.key)
        XCTAssertTrue(joined.joined)
        let motherFamily = try await mother.identity().familyId
        let fatherFamily = try await father.identity().familyId
        XCTAssertEqual(motherFamily, fatherFamily)

        // One logs a measurement, the other a diary entry; then both ways.
        _ = try await father.addGrowth(GrowthMeasurement(childId: hana, measuredOn: "2025-11-01", weightKg: 5.0))
        _ = try await mother.addDiary(DiaryEntry(
            subjects: [.child(id: hana)], writtenOn: "2025-11-02", text: "First smile", mood: nil, photos: []
        ))
        let toMother = try await father.createShare(name: "Mama", role: .coParent, scope: .family)
        _ = try await father.exportShare(toMother.id, to: path("to-mother.share"))
        _ = try await mother.exportShare(toFather.id, to: path("to-father-2.share"))
        _ = try await mother.importShare(path: path("to-mother.share"), key: toMother.key)
        let second = try await father.importShare(path: path("to-father-2.share"), key: toFather.key)
        XCTAssertEqual(second.applied, 1)
        let motherGrowth = try await mother.growth(hana).map(\.id)
        let fatherGrowth = try await father.growth(hana).map(\.id)
        XCTAssertEqual(motherGrowth, fatherGrowth)
        XCTAssertEqual(motherGrowth.count, 1)
        let fatherDiary = try await father.diary(.child(id: hana))
        XCTAssertEqual(fatherDiary.map(\.data.text), ["First smile"])
        let twice = try await father.importShare(path: path("to-father-2.share"), key: toFather.key)
        XCTAssertTrue(twice.alreadyImported)
        XCTAssertEqual(twice.applied, 0)

        // Grandparents: one child, read-only.
        let toGrandma = try await mother.createShare(name: "Grandma", role: .viewer, scope: .child(id: hana))
        _ = try await mother.exportShare(toGrandma.id, to: path("grandma.share"))
        let peek = try await HandbookStore.peekShare(path: path("grandma.share"), key: toGrandma.key)
        XCTAssertEqual(peek.subjects, ["Hana"])
        let imported = try await HandbookStore.importShareToViews(
            viewsDir: path("grandma/views"), path: path("grandma.share"), key: toGrandma.key
        )
        let views = try await HandbookStore.familyViews(viewsDir: path("grandma/views"))
        XCTAssertEqual(views.map(\.children), [["Hana"]])
        let view = try await HandbookStore.open(path: try XCTUnwrap(imported.viewPath), lang: .en, today: "2026-11-25")
        let readOnly = try await view.identity().readOnly
        XCTAssertTrue(readOnly)
        let viewGrowth = try await view.growth(hana)
        XCTAssertEqual(viewGrowth.count, 1)
        do {
            _ = try await view.addGrowth(GrowthMeasurement(childId: hana, measuredOn: "2025-11-20", weightKg: 5.3))
            XCTFail("a view accepted an edit")
        } catch let error as HandbookError {
            guard case .ReadOnly = error else { return XCTFail("\(error)") }
        }

        // Another share's key: refused by kind.
        let other = try await mother.createShare(name: "Other", role: .viewer, scope: .child(id: hana))
        let wrong = await shareKind {
            _ = try await HandbookStore.importShareToViews(
                viewsDir: self.path("elsewhere"), path: self.path("grandma.share"), key: other.key
            )
        }
        XCTAssertEqual(wrong, "wrong_key")
        try await view.close()
        try await mother.close()
        try await father.close()
    }

    func testBackupRestoresOntoANewPhoneAndAsksBeforeReplacingRecords() async throws {
        let secret = BundleSecret.passphrase(passphrase: "はぐくみ 2026 バックアップ")
        let old = try await open("old")
        let hana = try await old.addChild(child("Hana")).id
        _ = try await old.addGrowth(GrowthMeasurement(childId: hana, measuredOn: "2025-10-01", weightKg: 4.1))
        let report = try await old.createBackup(to: path("family.backup"), secret: secret)
        XCTAssertEqual(report.records, 2)
        try await old.close()

        let info = try await HandbookStore.bundleFileInfo(path: path("family.backup"))
        XCTAssertTrue(info.isBackup && info.needsPassphrase)
        let inspected = try await HandbookStore.inspectBackup(path: path("family.backup"), secret: secret)
        XCTAssertEqual(inspected.children, ["Hana"])

        let new = try await open("new")
        let restored = try await new.restoreBackup(from: path("family.backup"), secret: secret)
        XCTAssertEqual(restored.mode, .replace)
        let names = try await new.children().map(\.data.name)
        XCTAssertEqual(names, ["Hana"])
        let ask = await shareKind { _ = try await new.restoreBackup(from: self.path("family.backup"), secret: secret) }
        XCTAssertEqual(ask, "choice_needed")
        let merged = try await new.restoreBackup(from: path("family.backup"), secret: secret, mode: .merge)
        XCTAssertEqual(merged.applied, 0)
        let wrong = await shareKind {
            _ = try await new.restoreBackup(
                from: self.path("family.backup"), secret: .passphrase(passphrase: "not the passphrase"), mode: .replace
            )
        }
        XCTAssertEqual(wrong, "wrong_key")
        try await new.close()
    }

    func testARescueBackupSavesEveryReadableRecordAndRestoresLikeAnyBackup() async throws {
        let secret = BundleSecret.passphrase(passphrase: "はぐくみ 2026 救出バックアップ")
        let old = try await open("old")
        let hana = try await old.addChild(child("Hana")).id
        _ = try await old.addGrowth(GrowthMeasurement(childId: hana, measuredOn: "2025-10-01", weightKg: 4.1))
        _ = try await old.addGrowth(GrowthMeasurement(childId: hana, measuredOn: "2025-11-01", weightKg: 5.0))
        try await old.close()

        let report = try await HandbookStore.createRescueBackup(
            handbookPath: path("old/handbook.sqlite3"), to: path("rescue.backup"), secret: secret
        )
        XCTAssertEqual(report.backup.records, 3)
        XCTAssertEqual(report.photosLost, 0)
        XCTAssertTrue(report.tables.allSatisfy { $0.lost == 0 }, "\(report.tables)")
        XCTAssertEqual(report.tables.first { $0.table == "growth" }?.saved, 2)

        let new = try await open("new")
        let restored = try await new.restoreBackup(from: path("rescue.backup"), secret: secret)
        XCTAssertEqual(restored.mode, .replace)
        let children = try await new.children()
        XCTAssertEqual(children.map(\.data.name), ["Hana"])
        let growth = try await new.growth(children[0].id)
        XCTAssertEqual(growth.count, 2)
        try await new.close()

        // A file that is no handbook at all is refused, and no backup is left behind.
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: path("notes.txt")))
        do {
            _ = try await HandbookStore.createRescueBackup(
                handbookPath: path("notes.txt"), to: path("nothing.backup"), secret: secret
            )
            XCTFail("a text file was rescued")
        } catch is HandbookError {}
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("nothing.backup")))
    }
}

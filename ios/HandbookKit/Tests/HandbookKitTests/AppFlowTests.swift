import Foundation
import HandbookKit
import XCTest

/// The app's logic that is not drawing (reminders to post, a received file's steps, the
/// open handbooks), on real handbooks through the real library.
final class AppFlowTests: XCTestCase {
    private let dir = TempDir()

    override func tearDownWithError() throws { dir.remove() }

    private func open(_ name: String, today: String = "2026-11-25") async throws -> HandbookStore {
        try await HandbookStore.open(path: dir.path("\(name)/handbook.sqlite3"), lang: .ja, today: day(today))
    }

    private var tokyo: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        return calendar
    }

    func testRemindersAheadFireAt9AndDueOnesOnlyOnTheFirstRunOfTheDay() async throws {
        let hb = try await HandbookStore.inMemory(lang: .ja, today: day("2026-11-25"))
        _ = try await hb.call { try $0.addChild(data: .named("はな", born: "2026-09-25")) }
        _ = try await hb.call { try $0.addPregnancy(data: Pregnancy(lmp: day("2026-05-20"), fetuses: 1)) }
        let reminders = try await hb.call { try $0.reminders(withinDays: 14) }
        let noon = try XCTUnwrap(tokyo.date(from: DateComponents(year: 2026, month: 11, day: 25, hour: 12)))
        let due = reminders.filter { $0.reminder.notifyOn <= day("2026-11-25") }
        let ahead = reminders.filter { $0.reminder.notifyOn > day("2026-11-25") }
        XCTAssertFalse(due.isEmpty, "the 2-month doses are due")
        XCTAssertFalse(ahead.isEmpty, "the maternal RSV vaccine is ahead")

        let first = ReminderPlan(reminders, lang: .ja, now: noon, calendar: tokyo, dueShownToday: false)
        XCTAssertEqual(first.notifications.count, reminders.count)
        XCTAssertTrue(first.showsDueItems)
        for (reminder, planned) in zip(reminders, first.notifications) {
            XCTAssertEqual(planned.identifier, "hagukumi.\(reminder.id)")
            XCTAssertEqual(planned.body, reminder.reminder.messages.inLang(.ja))
            XCTAssertEqual(planned.title, reminder.name.isEmpty ? "はぐくみ" : reminder.name)
            if reminder.reminder.notifyOn > day("2026-11-25") {
                let at = try XCTUnwrap(planned.fireAt)
                let c = tokyo.dateComponents([.year, .month, .day, .hour, .minute], from: at)
                XCTAssertEqual(CalendarDay(year: c.year!, month: c.month!, day: c.day!), reminder.reminder.notifyOn)
                XCTAssertEqual([c.hour, c.minute], [9, 0])
            } else {
                XCTAssertNil(planned.fireAt, "a due reminder fires now, not in the past")
            }
        }
        let later = ReminderPlan(reminders, lang: .ja, now: noon, calendar: tokyo, dueShownToday: true)
        XCTAssertEqual(later.notifications.map(\.identifier), ahead.map { "hagukumi.\($0.id)" })
        XCTAssertFalse(later.showsDueItems)

        // Delivered: a due item shown this morning stays; one no longer due goes; others' stay.
        let shown = "hagukumi.\(due[0].id)"
        let stale = later.stale(delivered: [shown, "hagukumi.vaccine-recorded-since", "other.app"])
        XCTAssertEqual(stale, ["hagukumi.vaccine-recorded-since"])
        XCTAssertEqual(ReminderPlan.ours([shown, "other.app"]), [shown])
    }

    func testAReceivedBackupAsksBeforeReplacingAndAWrongPassphraseAsksAgain() async throws {
        let old = try await open("old")
        _ = try await old.call { try $0.addChild(data: .named("Hana", born: "2025-09-01")) }
        let backupURL = try await BundleFiles.createBackup(of: old, passphrase: "はぐくみ 2026", to: dir.url)
        XCTAssertEqual(backupURL.lastPathComponent, "hagukumi-2026-11-25.hagukumi-backup")
        let backup = backupURL.path
        try await old.close()

        let file = try await ReceivedBundle.open(path: backup)
        XCTAssertTrue(file.info.isBackup && file.info.needsPassphrase)
        let new = try await open("new")
        let wrong = await handbookError { _ = try await file.unlock("not the passphrase", for: new) }
        XCTAssertEqual(wrong?.remedy, .enterTheSecretAgain)

        guard case let .backup(info, question) = try await file.unlock("はぐくみ 2026", for: new) else {
            return XCTFail("not a backup")
        }
        XCTAssertEqual(info.children, ["Hana"])
        XCTAssertEqual(question, RestoreQuestion.none, "an empty handbook: nothing to ask")
        let steps = StepLog()
        let restored = try await file.restore(
            "はぐくみ 2026", mode: nil, into: new, progress: backupProgress { done, total in steps.add(done, total) }
        )
        XCTAssertEqual(restored.mode, .replace)
        XCTAssertEqual(steps.last?.0, steps.last?.1, "progress ends at the total")

        guard case let .backup(_, asked) = try await file.unlock("はぐくみ 2026", for: new) else { return XCTFail() }
        XCTAssertEqual(asked, .replaceOrMerge, "now it has records: ask replace or merge")
        let merged = try await file.restore("はぐくみ 2026", mode: .merge, into: new)
        XCTAssertEqual(merged.mode, .merge)
        try await new.close()
    }

    func testAReceivedShareGoesToTheHandbookOrToAFamilyViewByItsRole() async throws {
        let mother = try await open("mother")
        let hana = try await mother.call { try $0.addChild(data: .named("Hana", born: "2025-09-01")) }.meta.id
        let papa = try await mother.call { try $0.createShare(name: "Papa/パパ", role: .coParent, scope: .family) }
        let grandma = try await mother.call { try $0.createShare(name: "Grandma", role: .viewer, scope: .child(id: hana)) }
        let outbox = dir.url.appendingPathComponent("outbox")
        let toPapa = try await BundleFiles.exportShare(papa, from: mother, to: outbox)
        XCTAssertEqual(toPapa.deletingLastPathComponent().standardizedFileURL.path, outbox.standardizedFileURL.path)
        XCTAssertEqual(toPapa.lastPathComponent, "Papa_パパ-2026-11-25.hagukumi-share", "the name's slash is no folder")
        let toGrandma = try await BundleFiles.exportShare(grandma, from: mother, to: outbox)
        XCTAssertEqual(toGrandma.lastPathComponent, "Grandma-2026-11-25.hagukumi-share")

        let father = try await open("father")
        let views = dir.path("views")
        for (key, url) in [(papa.key, toPapa), (grandma.key, toGrandma)] {
            let file = try await ReceivedBundle.open(path: url.path)
            XCTAssertFalse(file.info.isBackup)
            guard case let .share(info) = try await file.unlock(key, for: father) else { return XCTFail("not a share") }
            _ = try await file.importShare(info, key: key, into: father, viewsDir: views)
        }
        let children = try await father.call { try $0.children() }
        XCTAssertEqual(children.map(\.data.name), ["Hana"], "the co-parent's share merged into the handbook")
        let kept = try await HandbookStore.io { try familyViews(viewsDir: views) }
        XCTAssertEqual(kept.map(\.children), [["Hana"]], "the viewer's share went to a family view")
        try await mother.close()
        try await father.close()
    }

    func testARescueCountsTheRowsLostOnlyWhenEveryTableCouldBeCounted() {
        func report(_ lost: [UInt64?]) -> RescueReport {
            RescueReport(
                backup: BackupReport(bundleId: "0199b5a8-6c1e-7e4a-9d1b-3c2a1f0e9d8c", records: 5, photos: 0, payloadBytes: 100),
                tables: lost.enumerated().map { TableRescue(table: "t\($0.offset)", saved: 2, lost: $0.element, exact: true) },
                photosLost: 0
            )
        }
        XCTAssertEqual(report([0, 0]).rowsLost, 0)
        XCTAssertEqual(report([1, 2]).rowsLost, 3)
        XCTAssertNil(report([1, nil]).rowsLost, "an uncounted loss is not shown as a number")
    }

    func testTheSessionShowsAFamilyViewAndReopensItAfterBackgrounding() async throws {
        let grandma = try await open("grandma")
        let mother = try await open("mother")
        let hana = try await mother.call { try $0.addChild(data: .named("Hana", born: "2025-09-01")) }.meta.id
        let share = try await mother.call { try $0.createShare(name: "Grandma", role: .viewer, scope: .child(id: hana)) }
        let bundle = dir.path("grandma.share"), views = dir.path("views")
        _ = try await mother.call { try $0.exportShare(id: share.id, full: false, path: bundle) }
        _ = try await HandbookStore.io { try importShareToViews(viewsDir: views, path: bundle, key: share.key) }
        let families = try await HandbookStore.io { try familyViews(viewsDir: views) }
        let family = try XCTUnwrap(families.first)
        try await grandma.close()

        let session = HandbookSession(path: dir.path("grandma/handbook.sqlite3"), lang: .ja, today: day("2026-11-25"))
        let closed = await session.shown
        XCTAssertNil(closed)
        try await session.open()
        try await session.open()
        let own = try await XCTUnwrapAsync(await session.shown)
        let ownIsReadOnly = try await own.call { try $0.identity() }.readOnly
        XCTAssertFalse(ownIsReadOnly)

        try await session.openView(family)
        let view = try await XCTUnwrapAsync(await session.shown)
        let viewChildren = try await view.call { try $0.children() }
        XCTAssertEqual(viewChildren.map(\.data.name), ["Hana"])
        let ownStore = await session.ownStore
        XCTAssertTrue(ownStore === own, "sharing and backups still act on the own handbook")

        // Backgrounding closes both; becoming active reopens both, the view still shown.
        try await session.close()
        let afterClose = try await XCTUnwrapAsync(await session.shown)
        let closedView = await handbookError { _ = try await afterClose.call { try $0.children() } }
        XCTAssertEqual(closedView?.kind, .closed, "a screen's call after backgrounding gets the core's error")
        let closedOwn = await handbookError { _ = try await own.call { try $0.children() } }
        XCTAssertEqual(closedOwn?.kind, .closed)
        try await session.open()
        let reopened = try await XCTUnwrapAsync(await session.shown)
        let readOnly = try await reopened.call { try $0.identity() }.readOnly
        XCTAssertTrue(readOnly)
        let viewing = await session.viewing
        XCTAssertEqual(viewing, family)

        try await session.leaveView()
        let back = try await XCTUnwrapAsync(await session.shown)
        let backChildren = try await back.call { try $0.children() }
        XCTAssertEqual(backChildren, [], "the own handbook again")
        try await session.close()
        try await mother.close()
    }
}

private func XCTUnwrapAsync<T>(_ value: T?, file: StaticString = #filePath, line: UInt = #line) async throws -> T {
    try XCTUnwrap(value, file: file, line: line)
}

private final class StepLog: @unchecked Sendable {
    private let lock = NSLock()
    private var steps: [(UInt64, UInt64)] = []
    func add(_ done: UInt64, _ total: UInt64) { lock.lock(); steps.append((done, total)); lock.unlock() }
    var last: (UInt64, UInt64)? { lock.lock(); defer { lock.unlock() }; return steps.last }
}

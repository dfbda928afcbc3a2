import HandbookKit
import XCTest

/// The vaccination plan and reminders (issue 4) through the facade.
final class ScheduleTests: XCTestCase {
    func testPlanCountsRecordedDosesAndExplainsEachLine() async throws {
        let hb = try await HandbookStore.inMemory(lang: .en, today: "2026-11-25")
        let id = try await hb.addChild(Child(
            name: "Hana", sex: .female, birthDate: "2026-06-01", birth: BirthMeasurements(weightKg: 3.1)
        )).id
        _ = try await hb.addVaccination(Vaccination(
            subject: .child(id: id), vaccine: .hepB, dose: 1, date: "2026-08-03"
        ))
        let plan = try await hb.vaccinationPlan(id)
        XCTAssertEqual(plan.scheduleVersion, "jp-2026-04-01")
        let hepB = try XCTUnwrap(plan.vaccines.first { $0.vaccine == .hepB })
        XCTAssertEqual(hepB.name, "Hepatitis B")
        XCTAssertEqual(hepB.doses[0].status, .done)
        XCTAssertEqual(hepB.doses[0].given, "2026-08-03")
        // 27日以上の間隔: dose 2 on the 28th day after dose 1 at the earliest.
        XCTAssertEqual(hepB.doses[1].earliest, "2026-08-31")
        XCTAssertTrue(hepB.doses.allSatisfy { !$0.reason.isEmpty })
        let bcg = try XCTUnwrap(plan.vaccines.first { $0.vaccine == .bcg }?.doses.first)
        XCTAssertEqual(bcg.fundedUntil, "2027-05-31")
    }

    func testRemindersCoverChildAndPregnancyWithStableIds() async throws {
        let hb = try await HandbookStore.inMemory(lang: .ja, today: "2026-11-25")
        let child = try await hb.addChild(Child(name: "はな", sex: .female, birthDate: "2026-09-25", birth: BirthMeasurements())).id
        let pregnancy = try await hb.addPregnancy(Pregnancy(lmp: "2026-05-20")).id
        let reminders = try await hb.reminders(withinDays: 14)
        let fiveInOne = try XCTUnwrap(reminders.first { $0.vaccine == .dptIpvHib })
        XCTAssertEqual(fiveInOne.kind, .vaccineDose)
        XCTAssertEqual(fiveInOne.subject, .child(id: child))
        XCTAssertTrue(fiveInOne.title.contains("5種混合"), fiveInOne.title)
        let rsv = try XCTUnwrap(reminders.first { $0.subject == .pregnancy(id: pregnancy) })
        XCTAssertEqual(rsv.date, "2026-12-02")
        XCTAssertTrue(reminders.allSatisfy { $0.notificationId > 0 })
        XCTAssertEqual(Set(reminders.map(\.id)).count, reminders.count)
        let again = try await hb.reminders(withinDays: 14)
        XCTAssertEqual(again.map(\.notificationId), reminders.map(\.notificationId))

        let rsvPlan = try await hb.maternalRsvPlan(pregnancy)
        XCTAssertEqual(rsvPlan?.recommendedFrom, "2026-12-02")
        XCTAssertNil(rsvPlan?.given)
    }
}

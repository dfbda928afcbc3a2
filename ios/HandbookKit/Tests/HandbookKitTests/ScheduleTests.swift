import HandbookKit
import XCTest

/// The vaccination plan and reminders (issue 4) through the facade.
final class ScheduleTests: XCTestCase {
    func testPlanCountsRecordedDosesAndExplainsEachLine() async throws {
        let hb = try await HandbookStore.inMemory(lang: .en, today: day("2026-11-25"))
        let id = try await hb.call { try $0.addChild(data: .named("Hana", born: "2026-06-01", weightKg: 3.1)) }.meta.id
        _ = try await hb.call {
            try $0.addVaccination(data: Vaccination(subject: .child(id), vaccine: .hepB, dose: 1, date: day("2026-08-03")))
        }
        let plan = try await hb.call { try $0.vaccinationPlan(childId: id) }
        XCTAssertEqual(plan.scheduleVersion, "jp-2026-04-01")
        let hepB = try XCTUnwrap(plan.vaccines.first { $0.code == .hepB })
        XCTAssertEqual(vaccineName(vaccine: hepB.code, lang: .en), "Hepatitis B")
        XCTAssertEqual(hepB.doses[0].status, .done)
        XCTAssertEqual(hepB.doses[0].given, day("2026-08-03"))
        // 27日以上の間隔: dose 2 on the 28th day after dose 1 at the earliest.
        XCTAssertEqual(hepB.doses[1].earliest, day("2026-08-31"))
        XCTAssertTrue(hepB.doses.allSatisfy { !$0.reasons.inLang(.ja).isEmpty && !$0.reasons.inLang(.en).isEmpty })
        XCTAssertEqual(doseStatusLabel(status: .overdue, lang: .ja), "期間超過")
        let bcg = try XCTUnwrap(plan.vaccines.first { $0.code == .bcg }?.doses.first)
        XCTAssertEqual(bcg.fundedUntil, day("2027-05-31"))
    }

    func testRemindersCoverChildAndPregnancyWithStableIds() async throws {
        let hb = try await HandbookStore.inMemory(lang: .ja, today: day("2026-11-25"))
        let child = try await hb.call { try $0.addChild(data: .named("はな", born: "2026-09-25")) }.meta.id
        let pregnancy = try await hb.call { try $0.addPregnancy(data: Pregnancy(lmp: day("2026-05-20"), fetuses: 1)) }.meta.id
        let reminders = try await hb.call { try $0.reminders(withinDays: 14) }
        let fiveInOne = try XCTUnwrap(reminders.first { $0.reminder.vaccine == .dptIpvHib })
        XCTAssertEqual(fiveInOne.reminder.kind, .due)
        XCTAssertEqual(fiveInOne.subject, .child(child))
        let message = fiveInOne.reminder.messages.inLang(.ja)
        XCTAssertTrue(message.contains("5種混合"), message)
        let rsv = try XCTUnwrap(reminders.first { $0.subject == .pregnancy(pregnancy) })
        XCTAssertEqual(rsv.reminder.date, day("2026-12-02"))
        XCTAssertTrue(reminders.allSatisfy { $0.notificationId > 0 })
        XCTAssertEqual(Set(reminders.map(\.id)).count, reminders.count)
        let again = try await hb.call { try $0.reminders(withinDays: 14) }
        XCTAssertEqual(again.map(\.notificationId), reminders.map(\.notificationId))

        let rsvPlan = try await hb.call { try $0.maternalRsvPlan(pregnancyId: pregnancy) }
        XCTAssertEqual(rsvPlan?.recommendedFrom, day("2026-12-02"))
        XCTAssertNil(rsvPlan?.given)
    }
}

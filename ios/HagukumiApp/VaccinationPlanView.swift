import HandbookKit
import SwiftUI

/// A child's vaccination plan as the core computed it: one section per vaccine, each
/// dose with its status and the core's one-sentence reason (which carries the dates).
/// Doses that can be given now offer to record one; the core checks what is entered.
struct VaccinationPlanView: View {
    let childId: RecordId
    let name: String
    @EnvironmentObject private var model: HandbookModel
    @State private var plan: VaccinationPlan?
    @State private var recording: DoseToRecord?

    var body: some View {
        let lang = model.lang
        List {
            if let plan {
                ForEach(plan.vaccines, id: \.vaccine) { vaccine in
                    Section(vaccine.name) {
                        // A dose given too early is listed, then planned again: the
                        // number can repeat, so rows are identified by position.
                        ForEach(Array(vaccine.doses.enumerated()), id: \.offset) { _, dose in
                            DoseRow(dose: dose, lang: lang, record: recordAction(vaccine, dose, lang))
                        }
                    }
                }
                Section {
                    Text(lang.t("スケジュール: \(plan.scheduleVersion)", "Schedule: \(plan.scheduleVersion)"))
                        .font(.caption)
                }
            }
        }
        .navigationTitle(lang.t("\(name)の予防接種", "Vaccinations: \(name)"))
        .task(id: model.revision) { await load() }
        .sheet(item: $recording) { dose in
            RecordVaccinationForm(childId: childId, dose: dose)
        }
    }

    private func recordAction(_ vaccine: VaccinePlan, _ dose: DosePlan, _ lang: Lang) -> (() -> Void)? {
        // A family view (read-only) shows the plan; doses are recorded by the family.
        guard !model.readOnly, dose.status == .due || dose.status == .overdue else { return nil }
        let title = lang.t("\(vaccine.name) \(dose.dose)回目", "\(vaccine.name), dose \(dose.dose)")
        return { recording = DoseToRecord(vaccine: vaccine.vaccine, dose: dose.dose, title: title) }
    }

    private func load() async {
        let (id, lang) = (childId, model.lang)
        plan = await model.call { try $0.vaccinationPlan(childId: id, lang: lang) }
    }
}

/// The dose the record form is for.
struct DoseToRecord: Identifiable {
    let vaccine: VaccineCode
    let dose: UInt32
    /// The vaccine's name and the dose, as the plan shows them.
    let title: String
    var id: String { "\(vaccine)-\(dose)" }
}

private struct DoseRow: View {
    let dose: DosePlan
    let lang: Lang
    let record: (() -> Void)?

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            HStack {
                Text(lang.t("\(dose.dose)回目", "Dose \(dose.dose)")).font(.headline)
                StatusChip(status: dose.status, lang: lang)
                Spacer()
                if let record {
                    // Borderless: only the button reacts, not the whole row.
                    Button(lang.t("接種を記録", "Record"), action: record).buttonStyle(.borderless)
                }
            }
            Text(dose.reason).font(.subheadline)
        }
    }
}

/// A label, not a button: the status is the core's, nothing to tap.
private struct StatusChip: View {
    let status: DoseStatus
    let lang: Lang

    var body: some View {
        let (label, color) = style
        Text(label)
            .font(.caption)
            .padding(.horizontal, 8)
            .padding(.vertical, 2)
            .background(color.opacity(0.18), in: Capsule())
    }

    private var style: (String, Color) {
        switch status {
        case .done: return (lang.t("接種済み", "Done"), .green)
        case .invalid: return (lang.t("数えられない接種", "Not counted"), .red)
        case .upcoming: return (lang.t("まだ先", "Not yet"), .gray)
        case .due: return (lang.t("接種時期", "Due"), .blue)
        case .overdue: return (lang.t("時期を過ぎています", "Overdue"), .orange)
        case .notEligible: return (lang.t("対象外", "Not applicable"), .gray)
        }
    }
}

import HandbookKit
import SwiftUI

/// A child's vaccination plan as the core computed it: the next clinic visits (doses
/// given together, each visit's day respecting every interval), then one section per
/// vaccine, each dose with the core's one word for its status and its one-sentence
/// reason (which carries the dates). Doses that can be given now offer to record one;
/// the core checks what is entered.
struct VaccinationPlanView: View {
    let childId: RecordId
    let name: String
    @EnvironmentObject private var model: HandbookModel
    @State private var plan: VaccinationPlan?
    @State private var visits: VisitPlan?
    @State private var timing: Timing = .standard
    @State private var recording: DoseToRecord?

    var body: some View {
        let lang = model.lang
        List {
            if let visits, !visits.visits.isEmpty {
                Section(String(localized: "vaccination_next_visits")) {
                    ForEach(visits.visits.prefix(3), id: \.date) { visit in
                        VStack(alignment: .leading, spacing: 2) {
                            Text(visit.date.iso).font(.headline)
                            Text(visit.doses.map { "\(vaccineName(vaccine: $0.vaccine, lang: lang)) \(String(localized: "vaccination_dose_short").filled("\($0.dose)"))" }
                                .joined(separator: String(localized: "list_separator")))
                                .font(.subheadline)
                        }
                    }
                }
            }
            if let plan {
                // One warning per record left out, in the core's order: identified by position.
                ForEach(Array(plan.warnings.enumerated()), id: \.offset) { _, warning in
                    Text(warning.messages.inLang(lang)).foregroundStyle(.orange)
                }
                ForEach(plan.vaccines, id: \.code) { vaccine in
                    Section(vaccineName(vaccine: vaccine.code, lang: lang)) {
                        // A dose given too early is listed, then planned again: the
                        // number can repeat, so rows are identified by position.
                        ForEach(Array(vaccine.doses.enumerated()), id: \.offset) { _, dose in
                            DoseRow(dose: dose, lang: lang, record: recordAction(vaccine, dose, lang))
                        }
                    }
                }
                Section {
                    if !model.readOnly {
                        // The family's choice: nudges by the standard period (the default),
                        // or from the first day the law allows.
                        Picker(String(localized: "vaccination_reminders"), selection: $timing) {
                            Text(String(localized: "vaccination_standard_period")).tag(Timing.standard)
                            Text(String(localized: "vaccination_as_early_as_allowed")).tag(Timing.earliest)
                        }
                        .onChange(of: timing) { _, chosen in
                            Task { _ = await model.call { try $0.setScheduleTiming(timing: chosen) } }
                        }
                    }
                    Text(String(localized: "vaccination_schedule").filled("\(plan.scheduleVersion)"))
                        .font(.caption)
                }
            }
        }
        .navigationTitle(String(localized: "vaccination_vaccinations").filled("\(name)"))
        .task(id: model.revision) { await load() }
        .sheet(item: $recording) { dose in
            if let page = model.pages?.page(recording: .vaccination, for: .child(childId)) {
                NavigationStack {
                    // The vaccination page with the plan's vaccine and dose filled in.
                    FormView(formId: page.form.id, subject: page.subject) { editor in
                        editor.choose("vaccine", labelled: vaccineName(vaccine: dose.vaccine, lang: lang))
                        editor["dose"] = .typed(String(dose.dose))
                    }
                }
            }
        }
    }

    private func recordAction(_ vaccine: VaccinePlan, _ dose: DosePlan, _ lang: Lang) -> (() -> Void)? {
        // A family view (read-only) shows the plan; doses are recorded by the family.
        guard !model.readOnly, dose.status == .due || dose.status == .overdue else { return nil }
        let name = vaccineName(vaccine: vaccine.code, lang: lang)
        let title = String(localized: "vaccination_vaccine_dose").filled("\(name)", "\(dose.dose)")
        return { recording = DoseToRecord(vaccine: vaccine.code, dose: dose.dose, title: title) }
    }

    private func load() async {
        let id = childId
        plan = await model.call { try $0.vaccinationPlan(childId: id) }
        visits = await model.call { try $0.vaccinationVisits(childId: id) }
        timing = await model.call { try $0.scheduleTiming() } ?? .standard
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
                Text(String(localized: "vaccination_dose").filled("\(dose.dose)")).font(.headline)
                StatusChip(status: dose.status, lang: lang)
                Spacer()
                if let record {
                    // Borderless: only the button reacts, not the whole row.
                    Button(String(localized: "vaccination_record"), action: record).buttonStyle(.borderless)
                }
            }
            Text(dose.reasons.inLang(lang)).font(.subheadline)
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

    /// The core's one word for the status (the same in the CLI and the printed
    /// summary); only the colour is the app's.
    private var style: (String, Color) {
        let label = doseStatusLabel(status: status, lang: lang)
        switch status {
        case .done: return (label, .green)
        case .invalid: return (label, .red)
        case .upcoming, .notEligible: return (label, .gray)
        case .due: return (label, .blue)
        case .overdue: return (label, .orange)
        }
    }
}

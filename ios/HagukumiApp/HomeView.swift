import HandbookKit
import SwiftUI

struct HomeView: View {
    @EnvironmentObject private var model: HandbookModel
    @State private var addingChild = false
    /// The maternal RSV vaccine's plan for the pregnancy (28w0d–36w6d), as the core words it.
    @State private var rsv: DosePlan?

    var body: some View {
        let lang = model.lang
        List {
            if let view = model.viewing {
                Section {
                    Text(String(localized: "home_records_read_only").filled("\(view.children.joined(separator: String(localized: "list_separator")))")).font(.headline)
                    Button(String(localized: "home_back_to_my_handbook")) { Task { await model.leaveView() } }
                }
            }
            if let home = model.home {
                // The core's worries before anything else, in its order: a page's
                // "call the doctor now" first, as a red card.
                ForEach(Array(home.worries.enumerated()), id: \.offset) { _, worry in
                    WorryCard(worry: worry, lang: lang)
                }
                Section { Text(home.today.iso).font(.caption) }
                if !model.current.isEmpty {
                    // The core's order: overdue and deadline items first, marked.
                    Section(String(localized: "home_now")) {
                        ForEach(model.current, id: \.id) { item in
                            VStack(alignment: .leading, spacing: 2) {
                                Text(reminderKindLabel(kind: item.reminder.kind, lang: lang))
                                    .font(.caption)
                                    .foregroundStyle(item.reminder.urgent ? .red : .secondary)
                                Text(item.reminder.messages.inLang(lang))
                                    .fontWeight(item.reminder.urgent ? .semibold : .regular)
                                if let deadline = item.reminder.deadline {
                                    Text(String(localized: "home_deadline").filled("\(deadline.iso)")).font(.caption)
                                }
                            }
                        }
                    }
                }
                if let mother = home.mother {
                    Section { Text(mother.data.name).font(.title2) }
                }
                if let p = home.pregnancy {
                    Section {
                        NavigationLink {
                            TimelineView(subject: .pregnancy(p.pregnancy.meta.id), title: p.gestationalAgeLabel)
                        } label: {
                            VStack(alignment: .leading) {
                                Text(p.gestationalAgeLabel).font(.headline)
                                Text(String(localized: "home_due").filled("\(p.dueDate)", "\(p.daysUntilDue)"))
                                if let next = p.nextVisit { Text(String(localized: "home_next_visit").filled("\(next)")) }
                                if let gain = p.weightGain { WeightGainView(gain: gain, lang: lang) }
                            }
                        }
                        if let rsv {
                            VStack(alignment: .leading, spacing: 2) {
                                Text("\(vaccineName(vaccine: .rsvMaternal, lang: lang)) · \(doseStatusLabel(status: rsv.status, lang: lang))")
                                    .font(.subheadline)
                                Text(rsv.reasons.inLang(lang)).font(.caption)
                            }
                        }
                        NavigationLink(String(localized: "home_pregnancy_pages")) {
                            PagesView(owner: .pregnancy(p.pregnancy.meta.id), title: p.gestationalAgeLabel)
                        }
                    }
                }
                Section {
                    ForEach(home.children, id: \.child.meta.id) { card in
                        NavigationLink {
                            ChildView(childId: card.child.meta.id)
                        } label: {
                            ChildCardView(card: card, lang: lang)
                        }
                    }
                    if !model.readOnly {
                        Button(String(localized: "home_add_child")) { addingChild = true }
                    }
                }
                Section {
                    NavigationLink(String(localized: "home_every_page_of_handbook")) { HandbookPagesView() }
                }
                if !model.readOnly {
                    Section {
                        NavigationLink(String(localized: "home_news_from_city")) { NoticesView() }
                        NavigationLink(String(localized: "home_city_settings")) { CityView() }
                        NavigationLink(String(localized: "home_sharing_backup")) { SharingView() }
                    }
                }
            }
        }
        .navigationTitle(String(localized: "home_title"))
        .refreshable { await model.refresh() }
        .task(id: model.revision) { await loadRsv() }
        .sheet(isPresented: $addingChild) {
            if let page = model.pages?.page(recording: .child, for: .family) {
                NavigationStack { FormView(formId: page.form.id, subject: page.subject) }
            }
        }
        .alert(String(localized: "home_please_check"), isPresented: Binding(
            get: { model.error != nil }, set: { if !$0 { model.error = nil } }
        )) {
            Button("OK") { model.error = nil }
        } message: {
            Text(model.error ?? "")
        }
    }
}

extension HomeView {
    private func loadRsv() async {
        guard let id = model.home?.pregnancy?.pregnancy.meta.id else { rsv = nil; return }
        rsv = await model.call { try $0.maternalRsvPlan(pregnancyId: id) } ?? nil
    }
}

/// One worry: the core's sentence; for a page's "call the doctor now", an unmistakable
/// red card (the sentence itself says whom to call); for the others, the city's desk to
/// call or open when the city names one.
private struct WorryCard: View {
    let worry: Worry
    let lang: Lang

    var body: some View {
        if worry.isContactDoctorNow {
            Section {
                VStack(alignment: .leading, spacing: 6) {
                    Label(String(localized: "home_see_doctor_now"), systemImage: "exclamationmark.triangle.fill")
                        .font(.headline)
                    Text(worry.message).fontWeight(.semibold)
                }
                .foregroundStyle(Color.white)
                .listRowBackground(Color.red)
            }
        } else {
            Section {
                Text(worry.message)
                if let desk = worry.desk {
                    if let call = desk.callURL {
                        Link(String(localized: "home_call_desk").filled("\(desk.name(lang))"), destination: call)
                    }
                    if let page = desk.pageURL {
                        Link(String(localized: "home_open_desk_page").filled("\(desk.name(lang))"), destination: page)
                    }
                }
            }
        }
    }
}

struct ChildCardView: View {
    let card: ChildSummary
    let lang: Lang

    var body: some View {
        VStack(alignment: .leading, spacing: 2) {
            Text(card.child.data.name).font(.headline)
            Text(card.ageLabel)
            if let corrected = card.correctedAgeLabel { Text(String(localized: "home_corrected").filled("\(corrected)")) }
            if let w = card.latest.weightKg { MeasuredLine(text: String(localized: "home_weight_kg").filled("\(w.value)", "\(w.date)"), measured: w) }
            if let l = card.latest.lengthCm { MeasuredLine(text: String(localized: "home_length_cm").filled("\(l.value)", "\(l.date)"), measured: l) }
            if let h = card.latest.headCm { MeasuredLine(text: String(localized: "home_head_cm").filled("\(h.value)", "\(h.date)"), measured: h) }
            if let next = card.nextCheckup {
                Text(String(localized: "home_next_checkup").filled("\(next.label)", "\(next.from)", "\(next.until)"))
                    .font(.caption)
            }
        }
    }
}

/// Weight gain against the JSOG guidance for the pre-pregnancy BMI: the core's sentence
/// (BMI, class, range), the gain so far beside the range, and the source.
struct WeightGainView: View {
    let gain: WeightGain
    let lang: Lang

    var body: some View {
        VStack(alignment: .leading, spacing: 2) {
            Text(gain.guidance.texts.inLang(lang)).font(.subheadline)
            if let soFar = gain.gainSoFarKg {
                // String(format:) is not localised: always a decimal point.
                Text(String(localized: "home_gained_so_far_kg").filled("\(String(format: "%+.1f", soFar))", "\(range)"))
                if let position = gain.position { positionText(position) }
            }
            Text(String(localized: "home_source").filled("\(gain.guidance.source)")).font(.caption2)
        }
    }

    private var range: String {
        let max = String(format: "%.0f", gain.guidance.maxKg)
        guard let minKg = gain.guidance.minKg else { return String(localized: "home_up_to_kg").filled("\(max)") }
        let min = String(format: "%.0f", minKg)
        return String(localized: "home_kg_range").filled("\(min)", "\(max)")
    }

    /// The range is for the whole pregnancy, so "below" is expected until near the end.
    @ViewBuilder
    private func positionText(_ position: GainPosition) -> some View {
        switch position {
        case .above:
            Text(String(localized: "home_above_guide_worth_talking"))
                .foregroundStyle(.red)
        case .within:
            Text(String(localized: "home_within_guide"))
        case .below:
            Text(String(localized: "home_not_yet_at_guide"))
        }
    }
}

/// A latest measurement and where it stands on the handbook's curves (the core's
/// sentence: band and percentile of the 2023 survey, WHO's z alongside).
private struct MeasuredLine: View {
    let text: String
    let measured: Measured

    var body: some View {
        VStack(alignment: .leading, spacing: 1) {
            Text(text)
            if let standing = measured.standing {
                Text(standing.text)
                    .font(.caption)
                    .foregroundStyle(standing.outsideUsualRange ? .orange : .secondary)
            }
        }
    }
}

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
                    Text(lang.t("\(view.children.joined(separator: "・"))の記録（閲覧のみ）",
                                "\(view.children.joined(separator: ", ")): records (read-only)")).font(.headline)
                    Button(lang.t("自分の手帳に戻る", "Back to my handbook")) { Task { await model.leaveView() } }
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
                    Section(lang.t("いま必要なこと", "Now")) {
                        ForEach(model.current, id: \.id) { item in
                            VStack(alignment: .leading, spacing: 2) {
                                Text(reminderKindLabel(kind: item.reminder.kind, lang: lang))
                                    .font(.caption)
                                    .foregroundStyle(item.reminder.urgent ? .red : .secondary)
                                Text(lang == .ja ? item.reminder.messageJa : item.reminder.messageEn)
                                    .fontWeight(item.reminder.urgent ? .semibold : .regular)
                                if let deadline = item.reminder.deadline {
                                    Text(lang.t("期限 \(deadline.iso)", "By \(deadline.iso)")).font(.caption)
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
                                Text(lang.t("出産予定日 \(p.dueDate)（あと\(p.daysUntilDue)日）", "Due \(p.dueDate) (\(p.daysUntilDue) days)"))
                                if let next = p.nextVisit { Text(lang.t("次回健診 \(next)", "Next visit \(next)")) }
                                if let gain = p.weightGain { WeightGainView(gain: gain, lang: lang) }
                            }
                        }
                        if let rsv {
                            VStack(alignment: .leading, spacing: 2) {
                                Text("\(vaccineName(vaccine: .rsvMaternal, lang: lang)) · \(doseStatusLabel(status: rsv.status, lang: lang))")
                                    .font(.subheadline)
                                Text(lang == .ja ? rsv.reasonJa : rsv.reasonEn).font(.caption)
                            }
                        }
                        NavigationLink(lang.t("妊娠のページ", "Pregnancy pages")) {
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
                        Button(lang.t("お子さんを追加", "Add a child")) { addingChild = true }
                    }
                }
                Section {
                    NavigationLink(lang.t("母子健康手帳の全ページ", "Every page of the handbook")) { HandbookPagesView() }
                }
                if !model.readOnly {
                    Section {
                        NavigationLink(lang.t("市からのお知らせ", "News from the city")) { NoticesView() }
                        NavigationLink(lang.t("市区町村の設定", "City")) { CityView() }
                        NavigationLink(lang.t("家族と共有・バックアップ", "Sharing & backup")) { SharingView() }
                    }
                }
            }
        }
        .navigationTitle(lang.t("はぐくみ", "Hagukumi"))
        .refreshable { await model.refresh() }
        .task(id: model.revision) { await loadRsv() }
        .sheet(isPresented: $addingChild) {
            if let page = model.pages?.page(recording: .child, for: .family) {
                NavigationStack { FormView(formId: page.form.id, subject: page.subject) }
            }
        }
        .alert(lang.t("確認してください", "Please check"), isPresented: Binding(
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
                    Label(lang.t("すぐに受診してください", "See a doctor now"), systemImage: "exclamationmark.triangle.fill")
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
                        Link(lang.t("\(desk.name(lang))に電話する", "Call \(desk.name(lang))"), destination: call)
                    }
                    if let page = desk.pageURL {
                        Link(lang.t("\(desk.name(lang))のページを開く", "Open \(desk.name(lang))'s page"), destination: page)
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
            if let corrected = card.correctedAgeLabel { Text(lang.t("修正 \(corrected)", "corrected \(corrected)")) }
            if let w = card.latest.weightKg { MeasuredLine(text: lang.t("体重 \(w.value) kg（\(w.date)）", "Weight \(w.value) kg (\(w.date))"), measured: w) }
            if let l = card.latest.lengthCm { MeasuredLine(text: lang.t("身長 \(l.value) cm（\(l.date)）", "Length \(l.value) cm (\(l.date))"), measured: l) }
            if let h = card.latest.headCm { MeasuredLine(text: lang.t("頭囲 \(h.value) cm（\(h.date)）", "Head \(h.value) cm (\(h.date))"), measured: h) }
            if let next = card.nextCheckup {
                Text(lang.t("次の健診: \(next.label)（\(next.from)〜\(next.until)）", "Next: \(next.label) (\(next.from) – \(next.until))"))
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
            Text(lang.t(gain.guidance.textJa, gain.guidance.textEn)).font(.subheadline)
            if let soFar = gain.gainSoFarKg {
                // String(format:) is not localised: always a decimal point.
                Text(lang.t("これまでの増加 \(String(format: "%+.1f", soFar)) kg（目安 \(range)）",
                            "Gained so far \(String(format: "%+.1f", soFar)) kg (guide: \(range))"))
                if let position = gain.position { positionText(position) }
            }
            Text(lang.t("出典: \(gain.guidance.source)", "Source: \(gain.guidance.source)")).font(.caption2)
        }
    }

    private var range: String {
        let max = String(format: "%.0f", gain.guidance.maxKg)
        guard let minKg = gain.guidance.minKg else { return lang.t("\(max) kg まで", "up to \(max) kg") }
        let min = String(format: "%.0f", minKg)
        return lang.t("\(min)〜\(max) kg", "\(min)–\(max) kg")
    }

    /// The range is for the whole pregnancy, so "below" is expected until near the end.
    @ViewBuilder
    private func positionText(_ position: GainPosition) -> some View {
        switch position {
        case .above:
            Text(lang.t("目安を超えています。健診で相談しましょう。", "Above the guide: worth talking over at your next checkup."))
                .foregroundStyle(.red)
        case .within:
            Text(lang.t("目安の範囲内です。", "Within the guide."))
        case .below:
            Text(lang.t("妊娠全期間の目安にはまだ届いていません。", "Not yet at the guide for the whole pregnancy."))
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

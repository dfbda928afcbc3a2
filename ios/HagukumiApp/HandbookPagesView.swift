import HandbookKit
import SwiftUI

// The whole handbook as the paper one is ordered: the mother's pages, each pregnancy's,
// each child's, the family's (HandbookKit's HandbookPages decides which page goes
// where and about whom); each page lists its records with edit and delete, and every
// page is drawn by FormView.

/// The handbook's root: the mother, each pregnancy, each child, the family.
struct HandbookPagesView: View {
    @EnvironmentObject private var model: HandbookModel
    @State private var owners: [(owner: PageOwner, label: String)] = []

    var body: some View {
        let lang = model.lang
        List {
            ForEach(Array(owners.enumerated()), id: \.offset) { _, item in
                NavigationLink {
                    PagesView(owner: item.owner, title: title(item.owner, lang))
                } label: {
                    VStack(alignment: .leading) {
                        Text(title(item.owner, lang)).font(.headline)
                        if !item.label.isEmpty { Text(item.label).font(.caption) }
                    }
                }
            }
        }
        .navigationTitle(lang.t("母子健康手帳", "The handbook"))
        .task(id: model.revision) { await load() }
    }

    private func load() async {
        guard let pages = model.pages, let store = await model.shownStore() else { return }
        do { owners = try await pages.owners(in: store) } catch { model.show(error) }
    }

    private func title(_ owner: PageOwner, _ lang: Lang) -> String {
        switch owner {
        case .mother: return lang.t("お母さん", "The mother")
        case .pregnancy: return lang.t("妊娠", "Pregnancy")
        case .child: return lang.t("お子さん", "Child")
        case .family: return lang.t("家族", "The family")
        }
    }
}

/// One owner's pages, in the handbook's order.
struct PagesView: View {
    let owner: PageOwner
    let title: String
    @EnvironmentObject private var model: HandbookModel

    var body: some View {
        List {
            if case let .pregnancy(id) = owner { PregnancyEndSection(id: id) }
            ForEach(model.pages?.pages(for: owner) ?? []) { page in
                NavigationLink(page.title) { PageView(page: page) }
            }
        }
        .navigationTitle(title)
    }
}

/// A pregnancy that ended without a birth (a miscarriage, a stillbirth, a termination):
/// recorded here, or undone when it was recorded by mistake, each only after a
/// confirmation that says what will change. Nothing is deleted either way.
private struct PregnancyEndSection: View {
    let id: RecordId
    @EnvironmentObject private var model: HandbookModel
    @State private var pregnancy: PregnancyRecord?
    @State private var ending = false
    @State private var reopening = false

    var body: some View {
        let lang = model.lang
        Section {
            if let ended = pregnancy?.data.ended {
                Text("\(ended.outcome.label(lang))（\(ended.date.iso)）")
                if !model.readOnly {
                    Button(lang.t("この記録を取り消す（まちがえて記録したとき）", "Undo this (recorded by mistake)")) { reopening = true }
                }
            } else if pregnancy != nil, !model.readOnly {
                Button(lang.t("流産・死産などで妊娠が終わったことを記録する", "Record that the pregnancy ended without a birth")) {
                    ending = true
                }
            }
        }
        .task(id: model.revision) { await load() }
        .sheet(isPresented: $ending) { NavigationStack { EndPregnancySheet(id: id) } }
        .confirmationDialog(lang.t("妊娠の終了の記録を取り消しますか？", "Undo the end of this pregnancy?"),
                            isPresented: $reopening, titleVisibility: .visible) {
            Button(lang.t("取り消す", "Undo")) { Task { await reopen() } }
            Button(lang.t("やめる", "Cancel"), role: .cancel) {}
        } message: {
            Text(lang.t("妊娠中の記録として、週数やお知らせがまた表示されます。",
                        "The pregnancy is shown as ongoing again, with its weeks and reminders."))
        }
    }

    private func load() async {
        pregnancy = await model.call { [id] in try $0.pregnancy(id: id) }
    }

    private func reopen() async {
        if let record = await model.call({ [id] in try $0.reopenPregnancy(id: id) }) { pregnancy = record }
    }
}

/// How and when the pregnancy ended: nothing is chosen for her; recorded only after she
/// has read what it will be recorded as.
private struct EndPregnancySheet: View {
    let id: RecordId
    @EnvironmentObject private var model: HandbookModel
    @Environment(\.dismiss) private var dismiss
    @State private var outcome: PregnancyOutcome?
    @State private var date = Date()
    @State private var confirming = false

    var body: some View {
        let lang = model.lang
        Form {
            Section {
                Picker(lang.t("どのように", "What happened"), selection: $outcome) {
                    Text("—").tag(PregnancyOutcome?.none)
                    ForEach(PregnancyOutcome.all, id: \.self) { Text($0.label(lang)).tag(PregnancyOutcome?.some($0)) }
                }
                DatePicker(lang.t("日付", "Date"), selection: $date, displayedComponents: .date)
            }
            Section {
                Text(lang.t("記録すると、この妊娠の週数、健診の予定、妊娠中のお知らせは表示されなくなります。日記と写真はそのまま残ります。",
                            "Once recorded, the weeks, checkup dates and pregnancy reminders are no longer shown. Her diary and photos stay."))
                    .font(.caption)
            }
        }
        .navigationTitle(lang.t("妊娠の終了", "The end of the pregnancy"))
        .toolbar {
            ToolbarItem(placement: .cancellationAction) { Button(lang.t("やめる", "Cancel")) { dismiss() } }
            ToolbarItem(placement: .confirmationAction) {
                Button(lang.t("記録する", "Record")) { confirming = true }.disabled(outcome == nil)
            }
        }
        .confirmationDialog(question(lang), isPresented: $confirming, titleVisibility: .visible) {
            Button(lang.t("記録する", "Record"), role: .destructive) { Task { await record() } }
            Button(lang.t("やめる", "Cancel"), role: .cancel) {}
        } message: {
            Text(lang.t("まちがえたときは、妊娠のページから取り消せます。",
                        "If this is a mistake, it can be undone from the pregnancy's page."))
        }
    }

    private var end: PregnancyEnd? {
        outcome.map { PregnancyEnd(outcome: $0, date: CalendarDay(date, in: .current)) }
    }

    private func question(_ lang: Lang) -> String {
        guard let end else { return "" }
        return lang.t("この妊娠を「\(end.outcome.label(lang))（\(end.date.iso)）」として記録しますか？",
                      "Record this pregnancy as \"\(end.outcome.label(lang)) (\(end.date.iso))\"?")
    }

    private func record() async {
        guard let end else { return }
        if await model.call({ [id] in try $0.endPregnancy(id: id, end: end) }) != nil { dismiss() }
    }
}

/// A page's records, each line as the core words it; tap to edit, swipe to delete
/// (after asking), add a new one where the page takes another.
struct PageView: View {
    let page: HandbookPage
    @EnvironmentObject private var model: HandbookModel
    @State private var records: [FormRecordLine] = []
    @State private var adding = false
    @State private var deleting: FormRecordLine?

    var body: some View {
        let lang = model.lang
        List {
            ForEach(records, id: \.id) { line in
                NavigationLink {
                    FormView(formId: page.form.id, subject: page.subject, record: line.id)
                } label: {
                    VStack(alignment: .leading, spacing: 2) {
                        if let date = line.date { Text(date.iso).font(.caption) }
                        Text(line.summary)
                    }
                }
                .swipeActions {
                    if !model.readOnly {
                        Button(lang.t("削除", "Delete"), role: .destructive) { deleting = line }
                    }
                }
            }
        }
        .navigationTitle(page.title)
        .toolbar {
            if !model.readOnly, page.canAdd(besides: records) {
                Button(lang.t("追加", "Add")) { adding = true }
            }
        }
        .sheet(isPresented: $adding) {
            NavigationStack { FormView(formId: page.form.id, subject: page.subject) }
        }
        .confirmationDialog(lang.t("この記録を削除しますか？", "Delete this record?"), isPresented: Binding(
            get: { deleting != nil }, set: { if !$0 { deleting = nil } }
        ), titleVisibility: .visible) {
            Button(lang.t("削除", "Delete"), role: .destructive) { Task { await delete() } }
        } message: {
            Text(deleting?.summary ?? "")
        }
        .task(id: model.revision) { await load() }
    }

    private func load() async {
        guard let store = await model.shownStore() else { return }
        do { records = try await page.records(in: store) } catch { model.show(error) }
    }

    private func delete() async {
        guard let line = deleting, let store = await model.shownStore() else { return }
        deleting = nil
        do { try await FormEditor.delete(page.form.id, record: line.id, in: store) } catch { model.show(error) }
    }
}

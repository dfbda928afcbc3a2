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
        List {
            ForEach(Array(owners.enumerated()), id: \.offset) { _, item in
                NavigationLink {
                    PagesView(owner: item.owner, title: title(item.owner))
                } label: {
                    VStack(alignment: .leading) {
                        Text(title(item.owner)).font(.headline)
                        if !item.label.isEmpty { Text(item.label).font(.caption) }
                    }
                }
            }
        }
        .navigationTitle(String(localized: "pages_title"))
        .task(id: model.revision) { await load() }
    }

    private func load() async {
        guard let pages = model.pages, let store = await model.shownStore() else { return }
        do { owners = try await pages.owners(in: store) } catch { model.show(error) }
    }

    private func title(_ owner: PageOwner) -> String {
        switch owner {
        case .mother: return String(localized: "pages_mother")
        case .pregnancy: return String(localized: "pages_pregnancy")
        case .child: return String(localized: "pages_child")
        case .family: return String(localized: "pages_family")
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
                Text(String(localized: "pages_outcome_date").filled(ended.outcome.label(lang), ended.date.iso))
                if !model.readOnly {
                    Button(String(localized: "pages_undo_this_recorded_by")) { reopening = true }
                }
            } else if pregnancy != nil, !model.readOnly {
                Button(String(localized: "pages_record_that_pregnancy_ended")) {
                    ending = true
                }
            }
        }
        .task(id: model.revision) { await load() }
        .sheet(isPresented: $ending) { NavigationStack { EndPregnancySheet(id: id) } }
        .confirmationDialog(String(localized: "pages_undo_end_of_this"),
                            isPresented: $reopening, titleVisibility: .visible) {
            Button(String(localized: "pages_undo")) { Task { await reopen() } }
            Button(String(localized: "pages_cancel"), role: .cancel) {}
        } message: {
            Text(String(localized: "pages_pregnancy_is_shown_as"))
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
                Picker(String(localized: "pages_what_happened"), selection: $outcome) {
                    Text("—").tag(PregnancyOutcome?.none)
                    ForEach(PregnancyOutcome.all, id: \.self) { Text($0.label(lang)).tag(PregnancyOutcome?.some($0)) }
                }
                DatePicker(String(localized: "pages_date"), selection: $date, displayedComponents: .date)
            }
            Section {
                Text(String(localized: "pages_once_recorded_weeks_checkup"))
                    .font(.caption)
            }
        }
        .navigationTitle(String(localized: "pages_end_of_pregnancy"))
        .toolbar {
            ToolbarItem(placement: .cancellationAction) { Button(String(localized: "pages_cancel")) { dismiss() } }
            ToolbarItem(placement: .confirmationAction) {
                Button(String(localized: "pages_record")) { confirming = true }.disabled(outcome == nil)
            }
        }
        .confirmationDialog(question(lang), isPresented: $confirming, titleVisibility: .visible) {
            Button(String(localized: "pages_record"), role: .destructive) { Task { await record() } }
            Button(String(localized: "pages_cancel"), role: .cancel) {}
        } message: {
            Text(String(localized: "pages_if_this_is_mistake"))
        }
    }

    private var end: PregnancyEnd? {
        outcome.map { PregnancyEnd(outcome: $0, date: CalendarDay(date, in: .current)) }
    }

    private func question(_ lang: Lang) -> String {
        guard let end else { return "" }
        return String(localized: "pages_record_this_pregnancy_as").filled("\(end.outcome.label(lang))", "\(end.date.iso)")
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
                        Button(String(localized: "pages_delete"), role: .destructive) { deleting = line }
                    }
                }
            }
        }
        .navigationTitle(page.title)
        .toolbar {
            if !model.readOnly, page.canAdd(besides: records) {
                Button(String(localized: "pages_add")) { adding = true }
            }
        }
        .sheet(isPresented: $adding) {
            NavigationStack { FormView(formId: page.form.id, subject: page.subject) }
        }
        .confirmationDialog(String(localized: "pages_delete_this_record"), isPresented: Binding(
            get: { deleting != nil }, set: { if !$0 { deleting = nil } }
        ), titleVisibility: .visible) {
            Button(String(localized: "pages_delete"), role: .destructive) { Task { await delete() } }
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

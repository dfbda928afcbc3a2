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
        List(model.pages?.pages(for: owner) ?? []) { page in
            NavigationLink(page.title) { PageView(page: page) }
        }
        .navigationTitle(title)
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

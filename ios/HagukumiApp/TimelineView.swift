import HandbookKit
import SwiftUI

struct TimelineView: View {
    let subject: Subject
    let title: String
    @EnvironmentObject private var model: HandbookModel
    @State private var items: [TimelineItem] = []
    @State private var cursor: String?

    var body: some View {
        List {
            ForEach(items, id: \.id) { item in
                VStack(alignment: .leading, spacing: 2) {
                    Text(item.date.iso).font(.caption)
                    Text(item.title).font(.headline)
                    if !item.detail.isEmpty { Text(item.detail) }
                }
            }
            if cursor != nil {
                Button(String(localized: "timeline_more")) { Task { await loadPage() } }
            }
        }
        .navigationTitle(title)
        // The first page, again after every change of the handbook.
        .task(id: model.revision) { await loadPage(first: true) }
    }

    private func loadPage(first: Bool = false) async {
        let (subject, cursor, lang) = (self.subject, first ? nil : self.cursor, model.lang)
        guard let page = await model.call({ try $0.timeline(subject: subject, cursor: cursor, limit: 50, lang: lang) }) else {
            return
        }
        items = (first ? [] : items) + page.items
        self.cursor = page.nextCursor
    }
}

import HandbookKit
import SwiftUI

struct TimelineView: View {
    let subject: Subject
    let title: String
    @EnvironmentObject private var model: HandbookModel
    @State private var items: [TimelineItem] = []
    @State private var cursor: String?
    @State private var loaded = false

    var body: some View {
        List {
            ForEach(items, id: \.id) { item in
                VStack(alignment: .leading, spacing: 2) {
                    Text(item.date).font(.caption)
                    Text(item.title).font(.headline)
                    if !item.detail.isEmpty { Text(item.detail) }
                }
            }
            if cursor != nil {
                Button(model.lang.t("さらに表示", "More")) { Task { await loadPage() } }
            }
        }
        .navigationTitle(title)
        .task {
            guard !loaded else { return }
            loaded = true
            await loadPage()
        }
    }

    private func loadPage() async {
        guard let page = await model.timeline(subject, cursor: cursor) else { return }
        items += page.items
        cursor = page.nextCursor
    }
}

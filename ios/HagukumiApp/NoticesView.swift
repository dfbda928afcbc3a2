import HandbookKit
import SwiftUI

/// The city's notices, events and support programmes for this family ("for you"),
/// each with the reasons it is shown. Opening one marks it read.
struct NoticesView: View {
    @EnvironmentObject private var model: HandbookModel
    @State private var items: [ForYouItem] = []

    var body: some View {
        List {
            if items.isEmpty {
                Text(String(localized: "notices_no_notices_for_you"))
            }
            ForEach(items, id: \.id) { item in
                VStack(alignment: .leading, spacing: 4) {
                    Text(item.categoryLabel).font(.caption)
                    Text(item.title).font(item.read ? .body : .headline)
                    ForEach(item.reasons, id: \.text) { reason in
                        Text(reason.text).font(.subheadline).foregroundStyle(.secondary)
                    }
                    Text(item.body).font(.callout)
                    if let until = item.validUntil { Text(String(localized: "notices_valid_until").filled("\(until)")).font(.caption2) }
                    if let url = item.url, let link = URL(string: url) { Link(url, destination: link).font(.caption) }
                }
                .contentShape(Rectangle())
                .onTapGesture { Task { await read(item) } }
                .swipeActions {
                    Button(item.bookmarked ? String(localized: "notices_unbookmark") : String(localized: "notices_bookmark")) {
                        Task { await bookmark(item) }
                    }
                }
            }
        }
        .navigationTitle(String(localized: "notices_news_from_city"))
        // Again after every change (a sync in the background or by pulling).
        .task(id: model.revision) { await load() }
        // Pull to refresh: the default city if none was chosen, then a sync now. A
        // network failure says so; the notices already synced stay.
        .refreshable {
            _ = await model.call(waitsForNetwork: true) { _ = try $0.ensureCity(); return try $0.syncCurrentCity() }
        }
    }

    private func load() async {
        let lang = model.lang
        items = await model.call { try $0.forYou(lang: lang) } ?? []
    }

    private func read(_ item: ForYouItem) async {
        let (kind, id) = (item.kind, item.id)
        if !item.read { _ = await model.call { try $0.markFeedRead(kind: kind, id: id, read: true) } }
        await load()
    }

    private func bookmark(_ item: ForYouItem) async {
        let (kind, id, on) = (item.kind, item.id, !item.bookmarked)
        _ = await model.call { try $0.setFeedBookmark(kind: kind, id: id, on: on) }
        await load()
    }
}

import HandbookKit
import SwiftUI

/// The city's notices, events and support programmes for this family ("for you"),
/// each with the reasons it is shown. Opening one marks it read.
struct NoticesView: View {
    @EnvironmentObject private var model: HandbookModel
    @State private var items: [ForYouItem] = []

    var body: some View {
        let lang = model.lang
        List {
            if items.isEmpty {
                Text(lang.t("いまお知らせはありません", "No notices for you right now"))
            }
            ForEach(items, id: \.id) { item in
                VStack(alignment: .leading, spacing: 4) {
                    Text(item.categoryLabel).font(.caption)
                    Text(item.title).font(item.read ? .body : .headline)
                    ForEach(item.reasons, id: \.text) { reason in
                        Text(reason.text).font(.subheadline).foregroundStyle(.secondary)
                    }
                    Text(item.body).font(.callout)
                    if let until = item.validUntil { Text(lang.t("\(until) まで", "Until \(until)")).font(.caption2) }
                    if let url = item.url, let link = URL(string: url) { Link(url, destination: link).font(.caption) }
                }
                .contentShape(Rectangle())
                .onTapGesture { Task { await read(item) } }
                .swipeActions {
                    Button(item.bookmarked ? lang.t("保存を外す", "Unbookmark") : lang.t("保存", "Bookmark")) {
                        Task { await model.setNoticeBookmark(item, on: !item.bookmarked); await load() }
                    }
                }
            }
        }
        .navigationTitle(lang.t("市からのお知らせ", "News from the city"))
        .task { await load() }
        .refreshable {
            await model.syncFeed()
            await load()
        }
    }

    private func load() async { items = await model.forYou() }

    private func read(_ item: ForYouItem) async {
        if !item.read { await model.markNoticeRead(item) }
        await load()
    }
}

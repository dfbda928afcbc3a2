import HandbookKit
import SwiftUI
import UniformTypeIdentifiers

/// Settings › City / 市区町村: the city whose notices the family receives, moving to
/// another (every record is kept; the old city's notices are archived and listed
/// here), and the archive.
struct CityView: View {
    @EnvironmentObject private var model: HandbookModel
    @State private var current: CityInfo?
    @State private var archive: [ArchivedCity] = []
    @State private var lastMove: MoveReport?
    @State private var importing = false

    /// The cities offered to pick from (`city.toml` texts). For now the bundled sample
    /// city; a city that publishes a feed is added here, or given to the family as a file.
    private let bundled: [(label: String, toml: String)] = [(String(localized: "city_sample"), sampleCityConfig())]

    var body: some View {
        List {
            Section(String(localized: "city_current_city")) {
                if let current {
                    Text(String(localized: "city_name_code").filled(current.name, "\(current.code)")).font(.headline)
                    Text(current.feedUrl).font(.caption).foregroundStyle(.secondary)
                } else {
                    Text(String(localized: "city_not_chosen_yet"))
                }
                if let lastMove { Text(summary(lastMove)).font(.callout) }
            }
            Section {
                ForEach(bundled, id: \.label) { city in
                    Button(city.label) { Task { await move(city.toml) } }
                }
                Button(String(localized: "city_choose_from_file_city")) { importing = true }
            } header: {
                Text(String(localized: "city_after_moving"))
            } footer: {
                Text(String(localized: "city_every_record_stays_old"))
            }
            ForEach(archive, id: \.code) { city in
                Section(String(localized: "city_notices_of_archived").filled("\(city.name)")) {
                    ForEach(city.notices, id: \.id) { notice in
                        VStack(alignment: .leading, spacing: 4) {
                            Text(notice.categoryLabel).font(.caption)
                            Text(notice.title).font(.body)
                            if let date = notice.date { Text(date.iso).font(.caption2) }
                            Text(notice.body).font(.callout).foregroundStyle(.secondary)
                        }
                    }
                }
            }
        }
        .navigationTitle(String(localized: "city_title"))
        .task(id: model.revision) { await load() }
        .fileImporter(isPresented: $importing, allowedContentTypes: [.data, .plainText]) { result in
            guard case let .success(url) = result else { return }
            // A city.toml is a few hundred bytes; the core checks it before anything changes.
            let granted = url.startAccessingSecurityScopedResource()
            defer { if granted { url.stopAccessingSecurityScopedResource() } }
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }
            Task { await move(text) }
        }
    }

    private func load() async {
        let lang = model.lang
        current = await model.call { try $0.currentCity() } ?? nil
        archive = await model.call { try $0.archivedNotices(lang: lang) } ?? []
    }

    /// Every record is kept and the old city's notices are archived; a move fetches the
    /// new city's notices at once. The screens re-read on the change.
    private func move(_ toml: String) async {
        lastMove = await model.call { try $0.moveToCity(cityConfigToml: toml) }
        if lastMove?.moved == true {
            _ = await model.call(waitsForNetwork: true) { try $0.syncCurrentCity() }
        }
    }

    private func summary(_ r: MoveReport) -> String {
        if r.moved {
            let from = r.from?.name ?? ""
            return String(localized: "city_moved").filled("\(from)", "\(r.to.name)", "\(r.archivedNotices)")
        }
        return r.configChanged
            ? String(localized: "city_now_following").filled("\(r.to.name)")
            : String(localized: "city_already_following").filled("\(r.to.name)")
    }
}

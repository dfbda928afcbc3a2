import HandbookKit
import SwiftUI

struct ChildView: View {
    let childId: RecordId
    @EnvironmentObject private var model: HandbookModel
    @State private var summary: ChildSummary?
    @State private var chart: GrowthChart?
    /// The page being added from here (a measurement, a diary entry).
    @State private var adding: HandbookPage?
    /// The FHIR bundle written for the share sheet.
    @State private var fhir: URL?

    var body: some View {
        let lang = model.lang
        List {
            if let summary {
                Section { ChildCardView(card: summary, lang: lang) }
                Section {
                    if !model.readOnly {
                        ForEach(quickPages) { page in
                            Button(page.title) { adding = page }
                        }
                    }
                    NavigationLink(String(localized: "child_handbook_pages")) {
                        PagesView(owner: .child(childId), title: summary.child.data.name)
                    }
                    NavigationLink(String(localized: "child_timeline")) {
                        TimelineView(subject: .child(childId), title: summary.child.data.name)
                    }
                    NavigationLink(String(localized: "child_vaccination_plan")) {
                        VaccinationPlanView(childId: childId, name: summary.child.data.name)
                    }
                }
            }
            if let chart {
                Section {
                    GrowthChartView(chart: chart).frame(height: 240)
                } header: {
                    Text("\(chart.title) · \(chart.standardLabel)")
                } footer: {
                    // The source credit the survey asks for, under every chart.
                    Text(chart.attribution).font(.caption2)
                }
            }
        }
        .toolbar {
            Button(String(localized: "child_print_pdf")) { Task { await printSummary() } }
            Button("FHIR") { Task { await exportFhir() } }
        }
        .sheet(item: Binding(get: { fhir.map(SharedFile.init) }, set: { if $0 == nil { removeFhir() } })) {
            ActivitySheet(url: $0.url)
        }
        // Again after every change of the handbook (a measurement saved, a share merged).
        .task(id: model.revision) { await load() }
        .sheet(item: $adding) { page in
            NavigationStack { FormView(formId: page.form.id, subject: page.subject) }
        }
    }

    /// The pages added most often, offered at the top: a measurement and a diary entry
    /// (the child's other pages are under 手帳のページ).
    private var quickPages: [HandbookPage] {
        [RecordKind.growth, .diary].compactMap { model.pages?.page(recording: $0, for: .child(childId)) }
    }

    /// The core writes the HTML; the phone makes the PDF with its own Japanese fonts
    /// (the print sheet's "Save to Files" or share gives the PDF).
    private func printSummary() async {
        let (id, lang) = (childId, model.lang)
        guard let html = await model.call({ try $0.exportSummaryHtml(childId: id, lang: lang) }) else { return }
        SummaryPrinter.shared.print(html: html, jobName: "Hagukumi - \(summary?.child.data.name ?? "")")
    }

    /// The child's records as a FHIR R4 bundle (the core writes it), for a clinic's
    /// system: written to a private temporary file for the share sheet, removed after.
    private func exportFhir() async {
        let id = childId
        guard let json = await model.call({ try $0.exportFhir(childId: id) }) else { return }
        let url = HandbookModel.bundlesDir.appendingPathComponent("hagukumi-fhir-\(id.prefix(8)).json")
        do {
            try FileManager.default.createDirectory(at: HandbookModel.bundlesDir, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try Data(json.utf8).write(to: url, options: [.atomic, .completeFileProtection])
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
            fhir = url
        } catch {
            model.show(error)
        }
    }

    private func removeFhir() {
        if let fhir { try? FileManager.default.removeItem(at: fhir) }
        fhir = nil
    }

    private func load() async {
        let (id, lang) = (childId, model.lang)
        summary = await model.call { try $0.childSummary(childId: id, lang: lang) }
        chart = await model.call { try $0.growthChart(childId: id, indicator: .weightForAge, standard: .who, lang: lang) }
    }
}

/// Draws the chart the core computed: curves as lines, the child's points as dots.
struct GrowthChartView: View {
    let chart: GrowthChart

    var body: some View {
        Canvas { context, size in
            func at(_ x: Double, _ y: Double) -> CGPoint {
                CGPoint(
                    x: (x - chart.xMin) / (chart.xMax - chart.xMin) * size.width,
                    y: size.height - (y - chart.yMin) / (chart.yMax - chart.yMin) * size.height
                )
            }
            for curve in chart.curves {
                var path = Path()
                for (i, p) in curve.points.enumerated() {
                    if i == 0 { path.move(to: at(p.x, p.y)) } else { path.addLine(to: at(p.x, p.y)) }
                }
                let median = curve.percentile == 50 || curve.sd == 0
                context.stroke(path, with: .color(median ? .green : .green.opacity(0.35)), lineWidth: 1.5)
            }
            for p in chart.points {
                let c = at(p.x, p.y)
                context.fill(Path(ellipseIn: CGRect(x: c.x - 3, y: c.y - 3, width: 6, height: 6)), with: .color(.pink))
            }
        }
    }
}

/// A file handed to the share sheet.
struct SharedFile: Identifiable {
    let url: URL
    var id: String { url.path }
}

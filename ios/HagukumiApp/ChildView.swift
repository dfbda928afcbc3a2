import HandbookKit
import SwiftUI

struct ChildView: View {
    let childId: RecordId
    @EnvironmentObject private var model: HandbookModel
    @State private var summary: ChildSummary?
    @State private var chart: GrowthChart?
    @State private var addingGrowth = false
    @State private var addingDiary = false

    var body: some View {
        let lang = model.lang
        List {
            if let summary {
                Section { ChildCardView(card: summary, lang: lang) }
                Section {
                    if !model.readOnly {
                        Button(lang.t("身体測定", "Measure")) { addingGrowth = true }
                        Button(lang.t("日記", "Diary")) { addingDiary = true }
                    }
                    NavigationLink(lang.t("記録", "Timeline")) {
                        TimelineView(subject: .child(childId), title: summary.child.data.name)
                    }
                    NavigationLink(lang.t("予防接種の予定", "Vaccination plan")) {
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
            Button(lang.t("印刷・PDF", "Print / PDF")) { Task { await printSummary() } }
        }
        // Again after every change of the handbook (a measurement saved, a share merged).
        .task(id: model.revision) { await load() }
        .sheet(isPresented: $addingGrowth) { AddGrowthForm(childId: childId) }
        .sheet(isPresented: $addingDiary) { AddDiaryForm(subject: .child(childId)) }
        .alert(lang.t("保存しました。確認してください", "Saved. Please check"), isPresented: Binding(
            get: { !model.warnings.isEmpty }, set: { if !$0 { model.warnings = [] } }
        )) {
            Button("OK") { model.warnings = [] }
        } message: {
            Text(model.warnings.map { lang == .ja ? $0.messageJa : $0.messageEn }.joined(separator: "\n"))
        }
        // Where the measurement just saved stands (band and percentile on the handbook's
        // curves, the core's sentences), when there was nothing to warn about.
        .alert(lang.t("保存しました", "Saved"), isPresented: Binding(
            get: { model.warnings.isEmpty && !model.standings.isEmpty }, set: { if !$0 { model.standings = [] } }
        )) {
            Button("OK") { model.standings = [] }
        } message: {
            Text(model.standings.map(\.text).joined(separator: "\n"))
        }
    }

    /// The core writes the HTML; the phone makes the PDF with its own Japanese fonts
    /// (the print sheet's "Save to Files" or share gives the PDF).
    private func printSummary() async {
        let (id, lang) = (childId, model.lang)
        guard let html = await model.call({ try $0.exportSummaryHtml(childId: id, lang: lang) }) else { return }
        SummaryPrinter.shared.print(html: html, jobName: "Hagukumi - \(summary?.child.data.name ?? "")")
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

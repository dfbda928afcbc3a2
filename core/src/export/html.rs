//! A child's printable summary: one self-contained HTML document, in Japanese or
//! English, for a parent to print or hand over as a PDF.
//!
//! Self-contained on purpose: no script, no stylesheet, font or image fetched from
//! anywhere (the growth charts are inline SVG), so the file shows the same on a
//! clinic's computer years later, and a phone can render it offline. Every piece of
//! text from the records is HTML-escaped: a name is data, never markup.
//!
//! The PDF is made by the phones, not here (a PDF of Japanese text needs a CJK font
//! embedded, megabytes the phone already has): Android loads the HTML into a `WebView`
//! and prints it with `createPrintDocumentAdapter` + `PrintManager` ("Save as PDF" is
//! one of the printers); iOS renders it with `WKWebView.createPDF` or hands it to
//! `UIPrintInteractionController` through a `UIMarkupTextPrintFormatter`. The print CSS
//! sets A4 and keeps a table row, a chart and a section heading from being split.

use std::fmt::Write as _;

use chrono::NaiveDate;
use uuid::Uuid;

use super::{ChildRecords, ExportError, filled_sections, page_order};
use crate::forms::{self, AlertKind, FieldInput, FilledBy, Form, FormField};
use crate::growth::{
    self, ChildGrowthFacts, Indicator, IndicatorResult, Measurement, Standard, render_svg,
};
use crate::lang::Lang;
use crate::model::{Answer, FieldValue, InfantCheckupRecord, PageEntry, Record};
use crate::model::{LengthPosition, age_between};
use crate::schedule::{DoseStatus, Plan};
use crate::store::Handbook;
use crate::t;

/// Escape text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const CSS: &str = r#"
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic", "Meiryo", system-ui, sans-serif;
       font-size: 10.5pt; line-height: 1.45; color: #222; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2::first-letter, h3::first-letter { text-transform: uppercase; }
h2 { font-size: 12.5pt; border-bottom: 1.5px solid #c96; padding-bottom: 1mm; margin: 7mm 0 2.5mm; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
.meta { color: #555; font-size: 9pt; margin: 0 0 4mm; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; }
thead { display: table-header-group; }
th, td { border: 0.5pt solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #f6efe6; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr, .chart, dl { break-inside: avoid; page-break-inside: avoid; }
dl.profile { display: grid; grid-template-columns: max-content 1fr; gap: 0.8mm 5mm; margin: 0; }
dl.profile dt { color: #555; }
dl.profile dd { margin: 0; }
.chart { margin: 2mm 0 4mm; }
.chart svg { width: 100%; height: auto; display: block; }
.status-overdue { color: #b00020; font-weight: 600; }
.status-due { color: #8a5a00; font-weight: 600; }
.none { color: #777; }
ul.milestones { margin: 0; padding-left: 4.5mm; }
section.alert { border: 2.5pt solid #b00020; background: #fdecee; color: #5c0010; padding: 3mm 4mm; margin: 2mm 0 5mm; break-inside: avoid; page-break-inside: avoid; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
section.alert h2 { color: #b00020; border: none; margin: 0 0 1.5mm; padding: 0; font-size: 14pt; }
section.alert p { margin: 0 0 1.5mm; font-weight: 600; }
section.alert ul { margin: 0; padding-left: 5mm; }
article.page { margin: 0 0 4mm; }
article.page h3 .when { color: #555; font-weight: normal; font-size: 9.5pt; margin-left: 2mm; }
table.answers th[scope="row"] { background: none; font-weight: normal; width: 55%; }
table.answers thead th small { font-weight: normal; color: #666; margin-left: 2mm; }
table.answers.clinician thead th { background: #e8eef6; }
td.raised { color: #b00020; font-weight: 700; }
td.day { white-space: nowrap; }
footer { margin-top: 8mm; color: #666; font-size: 8.5pt; border-top: 0.5pt solid #ccc; padding-top: 2mm; }
@media print { body { padding: 0; max-width: none; } .page-break { break-before: page; page-break-before: always; } }
"#;

/// The summary of one child, as one HTML document.
pub fn summary(hb: &Handbook, child_id: Uuid, lang: Lang) -> Result<String, ExportError> {
    summary_of(hb, &ChildRecords::read(hb, child_id)?, lang)
}

/// The summary of records already read (the charts and the plan come from `hb`).
pub(crate) fn summary_of(
    hb: &Handbook,
    records: &ChildRecords,
    lang: Lang,
) -> Result<String, ExportError> {
    let child_id = records.child.id();
    let plan = hb.vaccination_plan(child_id)?;
    let mut charts = Vec::new();
    for indicator in [
        Indicator::WeightForAge,
        Indicator::LengthHeightForAge,
        Indicator::HeadForAge,
    ] {
        // The curves of the paper handbook (令和5年乳幼児身体発育調査); the table below
        // keeps WHO's z-scores.
        let data = hb.growth_chart(child_id, indicator, Standard::default_for(indicator))?;
        if !data.points.is_empty() {
            charts.push(render_svg(&data, lang));
        }
    }
    let rows = growth_rows(records, lang)?;
    Ok(render(records, &rows, &plan, &charts, hb.today(), lang))
}

/// One line of the growth table: the values as entered and WHO's reading of each.
struct GrowthRow {
    date: NaiveDate,
    at_birth: bool,
    weight_kg: Option<f64>,
    length_cm: Option<f64>,
    position: Option<LengthPosition>,
    head_cm: Option<f64>,
    results: Vec<IndicatorResult>,
    notes: Option<String>,
    /// Why the row could not be read against the standard (a date before the birth,
    /// a value outside every table): the row is shown, flagged, without a reading.
    problem: Option<String>,
}

/// WHO's reading of a measurement, or the reason there is none: one impossible row
/// (stored before merges were checked) is flagged, not a failed export.
fn reading(
    facts: &ChildGrowthFacts,
    m: &Measurement,
    lang: Lang,
) -> Result<(Vec<IndicatorResult>, Option<String>), ExportError> {
    match growth::assess(facts, m, Standard::Who) {
        Ok(results) => Ok((results, None)),
        Err(
            e @ (growth::GrowthError::BeforeBirth { .. } | growth::GrowthError::OutOfRange { .. }),
        ) => {
            // The growth module's reason is English: English shows it, Japanese says
            // what to check instead of English inside a Japanese sentence.
            let why = t!(lang, "export-unreadable-row", detail = e.to_string());
            Ok((Vec::new(), Some(why)))
        }
        Err(e) => Err(crate::HandbookError::from(e).into()),
    }
}

fn growth_rows(records: &ChildRecords, lang: Lang) -> Result<Vec<GrowthRow>, ExportError> {
    let c = &records.child.data;
    let facts = ChildGrowthFacts {
        sex: c.sex,
        birth: c.birth_date,
        ga_at_birth: c.ga_at_birth,
    };
    let mut rows = Vec::new();
    let b = &c.birth;
    if b.weight_kg.is_some() || b.length_cm.is_some() || b.head_cm.is_some() {
        let m = Measurement {
            date: c.birth_date,
            weight_kg: b.weight_kg,
            length_cm: b.length_cm,
            position: Some(LengthPosition::Recumbent),
            head_cm: b.head_cm,
        };
        let (results, problem) = reading(&facts, &m, lang)?;
        rows.push(GrowthRow {
            date: c.birth_date,
            at_birth: true,
            weight_kg: b.weight_kg,
            length_cm: b.length_cm,
            position: m.position,
            head_cm: b.head_cm,
            results,
            notes: None,
            problem,
        });
    }
    for r in &records.growth {
        let g = &r.data;
        let m = Measurement {
            date: g.measured_on,
            weight_kg: g.weight_kg,
            length_cm: g.length_cm,
            position: g.position,
            head_cm: g.head_cm,
        };
        let (results, problem) = reading(&facts, &m, lang)?;
        rows.push(GrowthRow {
            date: g.measured_on,
            at_birth: false,
            weight_kg: g.weight_kg,
            length_cm: g.length_cm,
            position: g.position,
            head_cm: g.head_cm,
            results,
            notes: g.notes.clone(),
            problem,
        });
    }
    Ok(rows)
}

fn render(
    records: &ChildRecords,
    rows: &[GrowthRow],
    plan: &Plan,
    charts: &[String],
    today: NaiveDate,
    lang: Lang,
) -> String {
    let c = &records.child.data;
    let mut h = String::with_capacity(64 * 1024 + charts.iter().map(String::len).sum::<usize>());
    let title = t!(lang, "export-title", name = c.name.as_str());
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{lang_code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Hagukumi\">\n<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        lang_code = lang.code(),
        title = escape(&title),
    );
    let _ = write!(
        h,
        "<header>\n<h1>{}</h1>\n<p class=\"meta\">{}</p>\n</header>\n",
        escape(&title),
        escape(&t!(lang, "export-prepared-on", date = today.to_string())),
    );
    alert_box(&mut h, records, lang);

    // Profile and birth.
    let _ = write!(
        h,
        "<section>\n<h2>{}</h2>\n<dl class=\"profile\">\n",
        escape(&t!(lang, "export-child"))
    );
    dl(&mut h, &t!(lang, "export-name"), &c.name);
    if let Some(kana) = c.name_kana.as_deref().filter(|k| !k.trim().is_empty()) {
        dl(&mut h, &t!(lang, "export-name-kana"), kana);
    }
    dl(&mut h, &t!(lang, "export-sex"), c.sex.label(lang));
    dl(
        &mut h,
        &t!(lang, "export-birth-date"),
        &c.birth_date.to_string(),
    );
    if let Some(age) = age_between(c.birth_date, today) {
        dl(&mut h, &t!(lang, "export-age"), &age.label(lang));
    }
    h.push_str("</dl>\n");
    let b = &c.birth;
    let mut birth: Vec<(String, String)> = Vec::new();
    // The rows of 出産の状態 that tell a doctor how the child was born (the mother's
    // own rows, blood loss and transfusion, stay in her part of the handbook).
    if let Some(d) = records.delivery.as_ref().map(|r| &r.data) {
        birth.push((
            t!(lang, "export-born-at"),
            d.delivered_at.format("%Y-%m-%d %H:%M").to_string(),
        ));
        if let Some(p) = d.presentation {
            let v = match d.presentation_other.as_deref() {
                Some(o) => t!(
                    lang,
                    "export-choice-other",
                    choice = p.label(lang),
                    other = o
                ),
                None => p.label(lang).to_string(),
            };
            birth.push((t!(lang, "export-presentation"), v));
        }
        birth.push((
            t!(lang, "export-delivery-method"),
            d.method.label(lang).to_string(),
        ));
        if let Some(label) = d.labor_duration_label(lang) {
            birth.push((t!(lang, "export-labor-duration"), label));
        }
    }
    if let Some(ga) = c.ga_at_birth {
        birth.push((
            t!(lang, "export-ga-at-birth"),
            t!(
                lang,
                "export-ga-value",
                weeks = ga.weeks(),
                days = ga.day_of_week()
            ),
        ));
    }
    let grams = |kg: f64| format!("{:.0}", kg * 1000.0);
    let cm = |v: f64| format!("{v:.1}");
    if let Some(w) = b.weight_kg {
        birth.push((
            t!(lang, "export-weight"),
            t!(lang, "export-grams", g = grams(w)),
        ));
    }
    if let Some(l) = b.length_cm {
        birth.push((t!(lang, "export-length"), t!(lang, "export-cm", cm = cm(l))));
    }
    if let Some(v) = b.head_cm {
        birth.push((t!(lang, "export-head"), t!(lang, "export-cm", cm = cm(v))));
    }
    if let Some(v) = b.chest_cm {
        birth.push((t!(lang, "export-chest"), t!(lang, "export-cm", cm = cm(v))));
    }
    if let Some(v) = b.apgar_1min {
        birth.push((t!(lang, "export-apgar-1min"), v.to_string()));
    }
    if let Some(v) = b.apgar_5min {
        birth.push((t!(lang, "export-apgar-5min"), v.to_string()));
    }
    if let Some(f) = b
        .findings
        .as_deref()
        .map(str::trim)
        .filter(|f| !f.is_empty())
    {
        birth.push((t!(lang, "export-birth-findings"), f.to_string()));
    }
    let _ = writeln!(h, "<h3>{}</h3>", escape(&t!(lang, "export-at-birth")));
    if birth.is_empty() {
        none(&mut h, &t!(lang, "export-nothing-recorded"));
    } else {
        h.push_str("<dl class=\"profile\">\n");
        for (k, v) in &birth {
            dl(&mut h, k, v);
        }
        h.push_str("</dl>\n");
    }
    h.push_str("</section>\n");

    pages_section(&mut h, records, lang);
    growth_section(&mut h, rows, charts, c.birth_date, lang);
    vaccination_section(&mut h, records, plan, lang);

    let _ = write!(
        h,
        "<footer>{} {}</footer>\n</body>\n</html>\n",
        escape(&t!(
            lang,
            "export-footer",
            version = plan.schedule_version.as_str()
        )),
        escape(&t!(lang, "export-footer-clinical")),
    );
    h
}

fn dl(h: &mut String, term: &str, value: &str) {
    let _ = writeln!(h, "<dt>{}</dt><dd>{}</dd>", escape(term), escape(value));
}

fn none(h: &mut String, text: &str) {
    let _ = writeln!(h, "<p class=\"none\">{}</p>", escape(text));
}

/// "7.50 kg" with WHO's z and percentile when the value was scored.
fn value_cell(
    value: Option<f64>,
    unit: &str,
    digits: usize,
    result: Option<&IndicatorResult>,
    lang: Lang,
) -> String {
    let Some(v) = value else {
        return "<td class=\"num\">—</td>".into();
    };
    let mut s = escape(&t!(
        lang,
        "export-value-unit",
        value = format!("{v:.digits$}"),
        unit = unit
    ));
    if let Some(r) = result {
        match (r.z, r.percentile) {
            (Some(z), Some(p)) => {
                let _ = write!(s, "<br><small>z {z:+.2} · P{p:.0}</small>");
            }
            _ => {
                let _ = write!(
                    s,
                    "<br><small>{}</small>",
                    escape(&t!(lang, "export-not-scored"))
                );
            }
        }
    }
    format!("<td class=\"num\">{s}</td>")
}

fn growth_section(
    h: &mut String,
    rows: &[GrowthRow],
    charts: &[String],
    birth: NaiveDate,
    lang: Lang,
) {
    let _ = write!(
        h,
        "<section>\n<h2>{}</h2>\n",
        escape(&t!(lang, "export-growth"))
    );
    if rows.is_empty() {
        none(h, &t!(lang, "export-no-measurements"));
        h.push_str("</section>\n");
        return;
    }
    let _ = writeln!(
        h,
        "<p class=\"meta\">{}</p>",
        escape(&t!(lang, "export-growth-legend"))
    );
    let _ = write!(
        h,
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        escape(&t!(lang, "export-date")),
        escape(&t!(lang, "export-age-column")),
        escape(&t!(lang, "export-weight")),
        escape(&t!(lang, "export-length-height")),
        escape(&t!(lang, "export-head-column")),
        escape(&t!(lang, "export-notes")),
    );
    for r in rows {
        let find = |i: Indicator| r.results.iter().find(|x| x.indicator == i);
        let age = find(Indicator::WeightForAge)
            .or_else(|| find(Indicator::LengthHeightForAge))
            .or_else(|| find(Indicator::HeadForAge))
            .map(|x| x.age.label(lang))
            .or_else(|| age_between(birth, r.date).map(|a| a.label(lang).to_string()))
            .unwrap_or_default();
        let age = if r.at_birth {
            t!(lang, "export-at-birth-age")
        } else {
            age
        };
        let length_unit = match r.position {
            Some(LengthPosition::Recumbent) => t!(lang, "export-cm-lying"),
            Some(LengthPosition::Standing) => t!(lang, "export-cm-standing"),
            None => "cm".to_string(),
        };
        let length = value_cell(
            r.length_cm,
            &length_unit,
            1,
            find(Indicator::LengthHeightForAge),
            lang,
        );
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td>{}{}{}<td>{}</td></tr>",
            r.date,
            escape(&age),
            value_cell(r.weight_kg, "kg", 2, find(Indicator::WeightForAge), lang),
            length,
            value_cell(r.head_cm, "cm", 1, find(Indicator::HeadForAge), lang),
            escape(
                &[r.problem.as_deref(), r.notes.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
        );
    }
    h.push_str("</tbody>\n</table>\n");
    for svg in charts {
        // The chart is our own SVG (its text escaped by the renderer); only the XML
        // declaration, which has no place inside HTML, is dropped.
        let body = svg
            .strip_prefix(r#"<?xml version="1.0" encoding="UTF-8"?>"#)
            .unwrap_or(svg)
            .trim_start();
        let _ = writeln!(h, "<div class=\"chart\">{body}</div>");
    }
    if !charts.is_empty() {
        // The terms of the survey's data ask for this wherever its values are shown.
        let _ = writeln!(
            h,
            "<p class=\"note attribution\">{}</p>",
            Standard::Japan2023.attribution(lang)
        );
    }
    h.push_str("</section>\n");
}

fn vaccination_section(h: &mut String, records: &ChildRecords, plan: &Plan, lang: Lang) {
    let _ = write!(
        h,
        "<section class=\"page-break\">\n<h2>{}</h2>\n",
        escape(&t!(lang, "export-vaccinations"))
    );
    let _ = writeln!(h, "<h3>{}</h3>", escape(&t!(lang, "export-given")));
    if records.vaccinations.is_empty() {
        none(h, &t!(lang, "export-no-doses"));
    } else {
        let _ = write!(
            h,
            "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
            escape(&t!(lang, "export-given-on")),
            escape(&t!(lang, "export-vaccine")),
            escape(&t!(lang, "export-dose")),
            escape(&t!(lang, "export-product")),
            escape(&t!(lang, "export-lot")),
            escape(&t!(lang, "export-clinic")),
        );
        for v in &records.vaccinations {
            let d = &v.data;
            // The Japanese name stays beside another language's, as the clinic's
            // records and the handbook print it (once, when it reads the same).
            let (named, ja) = (d.vaccine.label(lang), d.vaccine.label(Lang::Ja));
            let name = if named.contains(ja) {
                named.to_string()
            } else {
                t!(lang, "export-vaccine-name", name = named, ja = ja)
            };
            let _ = writeln!(
                h,
                "<tr><td class=\"day\">{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                d.date,
                escape(&name),
                d.dose,
                escape(d.brand.as_deref().unwrap_or("")),
                escape(d.lot.as_deref().unwrap_or("")),
                escape(d.clinic.as_deref().unwrap_or("")),
            );
        }
        h.push_str("</tbody>\n</table>\n");
    }

    let _ = writeln!(h, "<h3>{}</h3>", escape(&t!(lang, "export-next-doses")));
    let open: Vec<_> = plan
        .vaccines
        .iter()
        .flat_map(|v| v.doses.iter().map(move |d| (v.code, d)))
        .filter(|(_, d)| {
            matches!(
                d.status,
                DoseStatus::Overdue | DoseStatus::Due | DoseStatus::Upcoming
            )
        })
        .collect();
    if open.is_empty() {
        none(h, &t!(lang, "export-no-planned-doses"));
    } else {
        let _ = write!(
            h,
            "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
            escape(&t!(lang, "export-vaccine")),
            escape(&t!(lang, "export-dose")),
            escape(&t!(lang, "export-status")),
            escape(&t!(lang, "export-recommended")),
            escape(&t!(lang, "export-why")),
        );
        for (code, d) in open {
            // The status word is the core's, the same as in the CLI and the apps.
            let status = d.status.label(lang);
            let class = match d.status {
                DoseStatus::Overdue => "status-overdue",
                DoseStatus::Due => "status-due",
                _ => "",
            };
            let window = match (d.recommended_from.or(d.earliest), d.recommended_until) {
                (Some(a), Some(b)) => format!("{a} – {b}"),
                (Some(a), None) => format!("{a} –"),
                (None, Some(b)) => format!("– {b}"),
                (None, None) => String::new(),
            };
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"{class}\">{}</td><td>{}</td><td>{}</td></tr>",
                escape(code.label(lang)),
                d.dose,
                escape(status),
                escape(&window),
                escape(&d.reason(lang)),
            );
        }
        h.push_str("</tbody>\n</table>\n");
    }
    if !plan.warnings.is_empty() {
        let _ = writeln!(h, "<h3>{}</h3>\n<ul>", escape(&t!(lang, "export-left-out")));
        for w in &plan.warnings {
            let _ = writeln!(h, "<li>{}</li>", escape(&w.message(lang)));
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</section>\n");
}

/// The value an alert threshold reads (a number, or a choice whose value is one).
fn alert_reading(v: &FieldValue) -> Option<f64> {
    match v {
        FieldValue::Number { value } => Some(*value),
        FieldValue::Integer { value } => Some(*value as f64),
        FieldValue::Choice { option } => option.parse().ok(),
        _ => None,
    }
}

/// Whether a value raises its field's alert (stool colour 1–3).
fn raises(f: &FormField, v: &FieldValue) -> Option<AlertKind> {
    let alert = f.alert.as_ref()?;
    alert.raised_by(alert_reading(v)?).then_some(alert.kind)
}

fn day(date: NaiveDate, lang: Lang) -> String {
    forms::date_text(date, lang)
}

/// What must not be missed, at the top of the first page: a stool colour of card
/// numbers 1–3 (biliary atresia) with the card's own instruction, and the checks that
/// gave it. A record of the past is still shown: the summary is what a doctor reads.
fn alert_box(h: &mut String, records: &ChildRecords, lang: Lang) {
    let mut raised: Vec<(AlertKind, String)> = Vec::new();
    for p in &records.pages {
        let e = &p.data;
        let Ok(form) = forms::form(&e.page, lang) else {
            continue;
        };
        for a in &e.answers {
            let Some(f) = form.field(&a.field) else {
                continue;
            };
            if let Some(kind) = raises(f, &a.value) {
                let line = t!(
                    lang,
                    "export-alert-line",
                    date = day(e.date, lang),
                    page = form.title.as_str(),
                    field = f.label.as_str(),
                    value = forms::display_value(f, &a.value, lang)
                );
                raised.push((kind, line));
            }
        }
    }
    for kind in [AlertKind::ContactDoctorNow, AlertKind::TalkToDesk] {
        let lines: Vec<&String> = raised
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, l)| l)
            .collect();
        if lines.is_empty() {
            continue;
        }
        let title = forms::alert_title(kind, lang);
        let _ = write!(
            h,
            "<section class=\"alert\" role=\"alert\">\n<h2>⚠ {}</h2>\n<p>{}</p>\n<ul>\n",
            escape(&title),
            escape(&forms::alert_message(kind, lang))
        );
        for l in lines {
            let _ = writeln!(h, "<li>{}</li>", escape(l));
        }
        h.push_str("</ul>\n</section>\n");
    }
}

/// One item of the handbook's pages, in the paper's order.
enum PageItem<'a> {
    Checkup(&'a Record<InfantCheckupRecord>),
    /// Entries of one page (one entry, or all of a repeatable page's, as a table).
    Page(&'a str, Vec<&'a Record<PageEntry>>),
}

/// The child's pages of the handbook in the paper's order and words: the newborn
/// period, 検査の記録, the stool-colour checks, and every checkup with the parents'
/// record and the clinic's, each under its own heading.
fn pages_section(h: &mut String, records: &ChildRecords, lang: Lang) {
    let _ = write!(
        h,
        "<section>\n<h2>{}</h2>\n",
        escape(&t!(lang, "export-pages"))
    );
    let mut items: Vec<(u32, NaiveDate, PageItem)> = Vec::new();
    for c in &records.checkups {
        let order = forms::checkup_form_id(c.data.checkup).map_or(u32::MAX, |p| page_order(&p));
        items.push((order, c.data.date, PageItem::Checkup(c)));
    }
    for p in &records.pages {
        let e = &p.data;
        let repeatable = forms::form(&e.page, lang).is_ok_and(|f| f.repeatable);
        if repeatable
            && let Some((_, _, PageItem::Page(_, entries))) = items
                .iter_mut()
                .find(|(_, _, i)| matches!(i, PageItem::Page(page, _) if *page == e.page))
        {
            entries.push(p);
            continue;
        }
        items.push((
            page_order(&e.page),
            e.date,
            PageItem::Page(&e.page, vec![p]),
        ));
    }
    // Stable: the pages come in date order within a page already.
    items.sort_by_key(|(order, date, _)| (*order, *date));
    if items.is_empty() {
        none(h, &t!(lang, "export-nothing-recorded"));
    }
    for (_, _, item) in &items {
        match item {
            PageItem::Checkup(c) => checkup_block(h, c, lang),
            PageItem::Page(page, entries) => {
                let Ok(form) = forms::form(page, lang) else {
                    continue;
                };
                if form.repeatable {
                    page_table(h, &form, entries, lang);
                } else {
                    for e in entries {
                        let when = match form.fields().any(|f| f.id == "date") {
                            true => day(e.data.date, lang),
                            false => t!(lang, "export-written-on", date = day(e.data.date, lang)),
                        };
                        let _ = writeln!(
                            h,
                            "<article class=\"page\">\n<h3>{}<span class=\"when\">{}</span></h3>",
                            escape(&form.title),
                            escape(&when)
                        );
                        answer_tables(h, &form, &e.data.answers, lang);
                        h.push_str("</article>\n");
                    }
                }
            }
        }
    }
    h.push_str("</section>\n");
}

/// The filled sections of a page, one table each, headed by the section's title and
/// who writes it (the parents, or the clinic).
fn answer_tables(h: &mut String, form: &Form, answers: &[Answer], lang: Lang) {
    for s in filled_sections(form, answers) {
        // The section's printed title (保護者の記録【…】, …児健康診査, 検査の記録), and who
        // writes it; a section without a title is named by its writer.
        let (class, group, who) = match s.filled_by {
            FilledBy::Guardian => (
                "guardian",
                t!(lang, "export-parents-record"),
                t!(lang, "export-written-by-parents"),
            ),
            FilledBy::Clinician => (
                "clinician",
                t!(lang, "export-checkup"),
                t!(lang, "export-written-by-clinic"),
            ),
        };
        let head = format!(
            "{}<small>{}</small>",
            escape(s.title.unwrap_or(&group)),
            escape(&who)
        );
        let _ = write!(
            h,
            "<table class=\"answers {class}\">\n<thead><tr><th colspan=\"2\">{head}</th></tr></thead>\n<tbody>\n"
        );
        for (f, v) in &s.answers {
            let raised = raises(f, v).is_some();
            let _ = writeln!(
                h,
                "<tr><th scope=\"row\">{}</th><td{}>{}</td></tr>",
                escape(&f.label),
                if raised { " class=\"raised\"" } else { "" },
                escape(&forms::display_value(f, v, lang)),
            );
        }
        h.push_str("</tbody>\n</table>\n");
    }
}

/// A repeatable page (the stool-colour checks) as one table, a row per entry.
fn page_table(h: &mut String, form: &Form, entries: &[&Record<PageEntry>], lang: Lang) {
    let rows: Vec<Vec<Answer>> = entries
        .iter()
        .map(|e| {
            let mut values = vec![Answer::new("date", FieldValue::Date { date: e.data.date })];
            values.extend(e.data.answers.iter().cloned());
            values
        })
        .collect();
    let columns: Vec<&FormField> = form
        .fields()
        .filter(|f| rows.iter().any(|r| r.iter().any(|a| a.field == f.id)))
        .fold(Vec::new(), |mut cols, f| {
            if !cols.iter().any(|c: &&FormField| c.id == f.id) {
                cols.push(f);
            }
            cols
        });
    let _ = write!(
        h,
        "<article class=\"page\">\n<h3>{}</h3>\n<table>\n<thead><tr>",
        escape(&form.title)
    );
    for c in &columns {
        let _ = write!(h, "<th>{}</th>", escape(&c.label));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for r in &rows {
        h.push_str("<tr>");
        for c in &columns {
            match r.iter().find(|a| a.field == c.id) {
                Some(a) => {
                    let raised = raises(c, &a.value).is_some();
                    let class = match (raised, &c.input) {
                        (true, _) => " class=\"raised\"",
                        (false, FieldInput::Date) => " class=\"day\"",
                        _ => "",
                    };
                    let _ = write!(
                        h,
                        "<td{class}>{}{}</td>",
                        escape(&forms::display_value(c, &a.value, lang)),
                        if raised { " ⚠" } else { "" },
                    );
                }
                None => h.push_str("<td></td>"),
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n</article>\n");
}

/// One checkup: the page's title and day, the visit (clinic, findings, notes), then
/// the parents' record and the clinic's, as the page prints them.
fn checkup_block(h: &mut String, c: &Record<InfantCheckupRecord>, lang: Lang) {
    let d = &c.data;
    let form = forms::checkup_form_id(d.checkup).and_then(|p| forms::form(&p, lang).ok());
    let title = form
        .as_ref()
        .map_or_else(|| d.checkup.label(lang).to_string(), |f| f.title.clone());
    let _ = writeln!(
        h,
        "<article class=\"page\">\n<h3>{}<span class=\"when\">{}</span></h3>",
        escape(&title),
        escape(&t!(lang, "export-seen-on", date = day(d.date, lang)))
    );
    // The page's 施設名又は担当者名 and 特記事項 are the record's clinic and findings:
    // they print in the clinic's table under the form's own labels. Without the
    // page in this edition they print here.
    let on_page = form.is_some();
    let visit: Vec<(String, &str)> = [
        (
            t!(lang, "export-clinic"),
            d.clinic.as_deref().filter(|_| !on_page),
        ),
        (
            t!(lang, "export-findings"),
            d.findings.as_deref().filter(|_| !on_page),
        ),
        (t!(lang, "export-notes"), d.notes.as_deref()),
    ]
    .into_iter()
    .filter_map(|(k, v)| Some((k, v.map(str::trim).filter(|v| !v.is_empty())?)))
    .collect();
    if !visit.is_empty() {
        h.push_str("<dl class=\"profile\">\n");
        for (k, v) in visit {
            dl(h, &k, v);
        }
        h.push_str("</dl>\n");
    }
    match &form {
        Some(form) => {
            let mut values = d.answers.clone();
            for (id, v) in [("clinic", &d.clinic), ("findings", &d.findings)] {
                if let Some(v) = v.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
                    values.push(Answer::new(id, FieldValue::Text { text: v.into() }));
                }
            }
            answer_tables(h, form, &values, lang)
        }
        None if !d.answers.is_empty() => none(h, &t!(lang, "export-page-not-in-edition")),
        None => {}
    }
    h.push_str("</article>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreadable_growth_row_is_explained_in_japanese_without_english() {
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        let facts = ChildGrowthFacts {
            sex: crate::model::Sex::Female,
            birth: day("2025-02-01"),
            ga_at_birth: None,
        };
        let m = Measurement {
            date: day("2025-01-01"),
            weight_kg: Some(3.0),
            length_cm: None,
            position: None,
            head_cm: None,
        };
        let (_, ja) = reading(&facts, &m, Lang::Ja).unwrap();
        let ja = ja.unwrap();
        assert!(
            !ja.split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w.len() > 1),
            "{ja}"
        );
        let (_, en) = reading(&facts, &m, Lang::En).unwrap();
        assert!(en.unwrap().starts_with("This record cannot be read: "));
    }
}

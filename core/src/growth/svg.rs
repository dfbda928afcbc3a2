//! The chart as a picture: an SVG drawn like the handbook's growth page (shaded
//! percentile bands, labelled lines, the child's points joined in date order), and a
//! PNG made from it for sharing and for the CLI.
//!
//! The shells draw [`ChartData`] natively; this rendering exists for exports, the CLI
//! and for checking by eye what the shells should look like.

use std::fmt::Write as _;
#[cfg(feature = "png")]
use std::sync::{Arc, LazyLock};

#[cfg(feature = "png")]
use resvg::{tiny_skia, usvg};

#[cfg(feature = "png")]
use super::GrowthError;
use super::chart::{ChartData, XAxis};
use super::{Indicator, Lang, Standard};
use crate::model::Sex;

const W: f64 = 900.0;
const H: f64 = 640.0;
const LEFT: f64 = 72.0;
const RIGHT: f64 = 64.0;
const TOP: f64 = 78.0;
const BOTTOM: f64 = 78.0;

/// WHO's average month length, used to put month ticks on a day axis.
const DAYS_PER_MONTH: f64 = 30.4375;

/// Font stack: a Japanese Gothic first so kana and kanji render (Debian's
/// fonts-ipafont-gothic provides IPAGothic; phones have their own).
const FONT: &str = "IPAGothic, 'IPAexGothic', 'Noto Sans CJK JP', 'Noto Sans JP', \
                    'Hiragino Sans', 'Yu Gothic', sans-serif";

struct Palette {
    outer: &'static str,
    middle: &'static str,
    inner: &'static str,
    line: &'static str,
    point: &'static str,
}

/// Blue for boys and pink for girls, as the handbook's two pages are printed.
fn palette(sex: Sex) -> Palette {
    match sex {
        Sex::Male => Palette {
            outer: "#dcebfa",
            middle: "#c2dbf5",
            inner: "#a6caef",
            line: "#3b78b8",
            point: "#c0392b",
        },
        Sex::Female => Palette {
            outer: "#fbe3ec",
            middle: "#f6cadb",
            inner: "#f0afc8",
            line: "#c2507f",
            point: "#1f5fa8",
        },
    }
}

/// Draws the chart. The output is a standalone SVG 1.1 document (900 × 640 user
/// units) with a `<title>` on every point giving its date, value, z and percentile.
pub fn render_svg(data: &ChartData, lang: Lang) -> String {
    let pal = palette(data.sex);
    let plot_w = W - LEFT - RIGHT;
    let plot_h = H - TOP - BOTTOM;
    let (x0, x1) = (data.x_min, data.x_max.max(data.x_min + 1e-9));
    let y_step = nice_step((data.y_max - data.y_min) / 10.0);
    let y0 = (data.y_min / y_step).floor() * y_step;
    let y1 = (data.y_max / y_step).ceil() * y_step;
    let sx = |x: f64| LEFT + (x - x0) / (x1 - x0) * plot_w;
    let sy = |y: f64| TOP + plot_h - (y - y0) / (y1 - y0) * plot_h;

    let mut s = String::with_capacity(64 * 1024);
    let _ = write!(
        s,
        r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="{FONT}">
<rect x="0" y="0" width="{W}" height="{H}" fill="#ffffff"/>
"##
    );

    // Title and subtitle.
    let sex = match data.sex {
        Sex::Male => crate::t!(lang, "growth-chart-boy"),
        Sex::Female => crate::t!(lang, "growth-chart-girl"),
    };
    let title = crate::t!(
        lang,
        "growth-chart-title",
        quantity = axis_quantity(data.indicator, data.x_axis, lang),
        sex = sex
    );
    let percentile_lines = data.curves.first().and_then(|c| c.percentile).is_some();
    let lines = if percentile_lines {
        crate::t!(lang, "growth-chart-percentile-lines")
    } else {
        crate::t!(lang, "growth-chart-sd-lines")
    };
    let subtitle = crate::t!(
        lang,
        "growth-chart-subtitle",
        standard = data.standard.label(lang),
        lines = lines
    );
    let _ = writeln!(
        s,
        r##"<text x="{LEFT}" y="34" font-size="22" font-weight="bold" fill="#222">{}</text>
<text x="{LEFT}" y="58" font-size="14" fill="#555">{}</text>"##,
        esc(&title),
        esc(&subtitle)
    );

    // Grid and ticks.
    let _ = writeln!(s, r##"<g stroke="#e4e4e4" stroke-width="1">"##);
    let x_ticks = x_ticks(data.x_axis, x0, x1);
    for (x, _) in &x_ticks {
        let _ = writeln!(
            s,
            r#"<line x1="{:.1}" y1="{TOP}" x2="{:.1}" y2="{:.1}"/>"#,
            sx(*x),
            sx(*x),
            TOP + plot_h
        );
    }
    let mut y = y0;
    while y <= y1 + y_step * 1e-6 {
        let _ = writeln!(
            s,
            r#"<line x1="{LEFT}" y1="{:.1}" x2="{:.1}" y2="{:.1}"/>"#,
            sy(y),
            LEFT + plot_w,
            sy(y)
        );
        y += y_step;
    }
    let _ = writeln!(s, "</g>");

    // Bands: outermost first so inner ones paint over them.
    let n = data.curves.len();
    // The 2025 handbook shades only the P3–P97 band and draws the inner lines on it.
    let fills: &[&str] = match data.standard {
        Standard::Japan2023 => &[pal.middle],
        Standard::Who => &[pal.outer, pal.middle, pal.inner],
    };
    let _ = writeln!(s, r#"<g class="bands" stroke="none">"#);
    for (k, fill) in fills.iter().enumerate() {
        if n >= 2 * (k + 1) {
            let (lo, hi) = (&data.curves[k], &data.curves[n - 1 - k]);
            let mut d = String::new();
            for (i, p) in hi.points.iter().enumerate() {
                let _ = write!(
                    d,
                    "{}{:.1},{:.1} ",
                    if i == 0 { "M" } else { "L" },
                    sx(p.x),
                    sy(p.y)
                );
            }
            for p in lo.points.iter().rev() {
                let _ = write!(d, "L{:.1},{:.1} ", sx(p.x), sy(p.y));
            }
            let _ = writeln!(s, r#"<path d="{}Z" fill="{fill}"/>"#, d.trim_end());
        }
    }
    let _ = writeln!(s, "</g>");

    // Curves and their labels at the right end.
    let _ = writeln!(s, r#"<g class="curves" fill="none">"#);
    for c in &data.curves {
        let median = c.z == 0.0;
        let mut pts = String::new();
        for p in &c.points {
            let _ = write!(pts, "{:.1},{:.1} ", sx(p.x), sy(p.y));
        }
        let _ = writeln!(
            s,
            r#"<polyline points="{}" stroke="{}" stroke-width="{}"{}/>"#,
            pts.trim_end(),
            pal.line,
            if median { 2.2 } else { 1.0 },
            if median || c.z.abs() > 1.8 {
                ""
            } else {
                r#" stroke-dasharray="5 3""#
            }
        );
    }
    let _ = writeln!(s, "</g>");
    let _ = writeln!(
        s,
        r##"<g class="curve-labels" font-size="12" fill="{}">"##,
        pal.line
    );
    let mut last_label_y = f64::INFINITY;
    for c in &data.curves {
        // Skip a label that would overlap the one below it (narrow bands at birth).
        if let Some(p) = c.points.last() {
            let ly = sy(p.y) + 4.0;
            if last_label_y - ly >= 11.0 {
                let _ = writeln!(
                    s,
                    r#"<text x="{:.1}" y="{ly:.1}">{}</text>"#,
                    sx(p.x) + 5.0,
                    esc(&c.label)
                );
                last_label_y = ly;
            }
        }
    }
    let head = if percentile_lines {
        crate::t!(lang, "growth-chart-percentile-head")
    } else {
        String::new()
    };
    for (i, line) in head.lines().enumerate() {
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" font-size="11">{}</text>"#,
            LEFT + plot_w + 5.0,
            TOP - 18.0 + 13.0 * i as f64,
            esc(line)
        );
    }
    let _ = writeln!(s, "</g>");

    // Frame and axes labels.
    let _ = writeln!(
        s,
        r##"<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#888" stroke-width="1.2"/>"##
    );
    let _ = writeln!(s, r##"<g font-size="12" fill="#333">"##);
    for (x, label) in &x_ticks {
        if let Some(label) = label {
            let _ = writeln!(
                s,
                r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
                sx(*x),
                TOP + plot_h + 18.0,
                esc(&label.text(lang))
            );
        }
    }
    let mut y = y0;
    while y <= y1 + y_step * 1e-6 {
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
            LEFT - 6.0,
            sy(y) + 4.0,
            fmt_num(y, y_step)
        );
        y += y_step;
    }
    let _ = writeln!(s, "</g>");
    let x_label = x_axis_label(data.x_axis, data.corrected_age, lang);
    let _ = writeln!(
        s,
        r##"<text x="{:.1}" y="{:.1}" font-size="14" text-anchor="middle" fill="#222">{}</text>"##,
        LEFT + plot_w / 2.0,
        TOP + plot_h + 42.0,
        esc(&x_label)
    );
    let y_label = crate::t!(
        lang,
        "growth-chart-y-axis",
        quantity = crate::text::text(lang, data.indicator.measure_id()),
        unit = data.y_unit
    );
    let _ = writeln!(
        s,
        r##"<text x="18" y="{:.1}" font-size="14" text-anchor="middle" fill="#222" transform="rotate(-90 18 {:.1})">{}</text>"##,
        TOP + plot_h / 2.0,
        TOP + plot_h / 2.0,
        esc(&y_label)
    );

    // The child's points, joined in date order.
    if !data.points.is_empty() {
        let mut pts = String::new();
        for p in &data.points {
            let _ = write!(pts, "{:.1},{:.1} ", sx(p.x), sy(p.y));
        }
        let _ = writeln!(
            s,
            r#"<polyline class="child-line" points="{}" fill="none" stroke="{}" stroke-width="1.8"/>"#,
            pts.trim_end(),
            pal.point
        );
        let _ = writeln!(s, r#"<g class="child-points">"#);
        for p in &data.points {
            let z =
                p.z.map(|z| format!("{z:+.2}"))
                    .unwrap_or_else(|| "—".into());
            let pct = p
                .percentile
                .map(|v| format!("{v:.1}"))
                .unwrap_or_else(|| "—".into());
            let tip = crate::t!(
                lang,
                "growth-chart-point",
                date = p.date.to_string(),
                age = p.age.label(lang),
                value = fmt_num(p.y, 0.01),
                unit = data.y_unit,
                z = z.as_str(),
                percentile = pct
            );
            let _ = writeln!(
                s,
                r##"<circle class="point" cx="{:.1}" cy="{:.1}" r="4.5" fill="{}" stroke="#ffffff" stroke-width="1.5" data-date="{}" data-z="{z}"><title>{}</title></circle>"##,
                sx(p.x),
                sy(p.y),
                pal.point,
                p.date,
                esc(&tip)
            );
        }
        let _ = writeln!(s, "</g>");
    }

    // Footer: source, and what was not drawn.
    let source = data.standard.attribution(lang);
    let footer = if data.points_not_shown > 0 {
        crate::t!(
            lang,
            "growth-chart-footer-not-shown",
            source = source,
            n = data.points_not_shown
        )
    } else {
        source.to_string()
    };
    let _ = writeln!(
        s,
        r##"<text x="{LEFT}" y="{:.1}" font-size="11" fill="#777">{}</text>"##,
        H - 10.0,
        esc(&footer)
    );
    s.push_str("</svg>\n");
    s
}

fn axis_quantity(indicator: Indicator, axis: XAxis, lang: Lang) -> String {
    match (indicator, axis) {
        (Indicator::WeightForLengthHeight, XAxis::HeightCm) => {
            crate::t!(lang, "growth-chart-weight-for-height")
        }
        (Indicator::WeightForLengthHeight, _) => crate::t!(lang, "growth-chart-weight-for-length"),
        (i, _) => i.label(lang).to_string(),
    }
}

fn x_axis_label(axis: XAxis, corrected: bool, lang: Lang) -> String {
    match axis {
        XAxis::AgeDays if corrected => crate::t!(lang, "growth-chart-x-corrected-age"),
        XAxis::AgeDays => crate::t!(lang, "growth-chart-x-age"),
        XAxis::LengthCm => crate::t!(lang, "growth-chart-x-length"),
        XAxis::HeightCm => crate::t!(lang, "growth-chart-x-height"),
    }
}

/// A tick label that depends on the language.
enum TickLabel {
    Months(u32),
    Years(u32),
    Cm(f64),
}

impl TickLabel {
    fn text(&self, lang: Lang) -> String {
        match self {
            TickLabel::Months(m) => crate::t!(lang, "growth-chart-tick-months", months = *m),
            TickLabel::Years(y) => crate::t!(lang, "growth-chart-tick-years", years = *y),
            TickLabel::Cm(c) => format!("{c:.0}"),
        }
    }
}

fn x_ticks(axis: XAxis, x0: f64, x1: f64) -> Vec<(f64, Option<TickLabel>)> {
    let mut out = Vec::new();
    match axis {
        XAxis::AgeDays => {
            let months = (x1 / DAYS_PER_MONTH).round() as u32;
            let (every, label_every) = if months <= 12 {
                (1, 1)
            } else if months <= 24 {
                (1, 2)
            } else {
                (6, 12)
            };
            let mut m = 0;
            while m <= months {
                let label = if m % label_every == 0 {
                    Some(if months > 24 && m > 0 {
                        TickLabel::Years(m / 12)
                    } else {
                        TickLabel::Months(m)
                    })
                } else {
                    None
                };
                // The last month tick is drawn at the axis end (365 days = 12 months).
                let x = if m == months {
                    x1
                } else {
                    f64::from(m) * DAYS_PER_MONTH
                };
                out.push((x, label));
                m += every;
            }
        }
        XAxis::LengthCm | XAxis::HeightCm => {
            let mut c = (x0 / 5.0).ceil() * 5.0;
            while c <= x1 + 1e-9 {
                out.push((c, Some(TickLabel::Cm(c))));
                c += 5.0;
            }
        }
    }
    out
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let p = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|k| k * p)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * p)
}

fn fmt_num(v: f64, step: f64) -> String {
    let decimals = if step >= 1.0 {
        0
    } else {
        (-step.log10()).ceil() as usize
    };
    format!("{v:.decimals$}")
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// System fonts, loaded once: scanning them takes tens of milliseconds. The
/// sans-serif fallback is pointed at a Japanese Gothic when one is installed, so
/// labels never come out as empty boxes.
#[cfg(feature = "png")]
static FONTS: LazyLock<Arc<usvg::fontdb::Database>> = LazyLock::new(|| {
    let mut db = usvg::fontdb::Database::new();
    db.load_system_fonts();
    let cjk = [
        "IPAGothic",
        "IPAexGothic",
        "Noto Sans CJK JP",
        "Noto Sans JP",
        "Hiragino Sans",
    ]
    .into_iter()
    .find(|name| {
        db.faces()
            .any(|f| f.families.iter().any(|(fam, _)| fam == name))
    });
    if let Some(name) = cjk {
        db.set_sans_serif_family(name);
    }
    Arc::new(db)
});

/// Renders an SVG (from [`render_svg`]) to PNG at its own size. Behind the `png`
/// feature: the CLI draws PNGs, the phone apps draw the chart data natively and do
/// not carry a rasteriser and font loader.
///
/// Japanese labels need a CJK font on the machine (Debian: `fonts-ipafont-gothic`).
#[cfg(feature = "png")]
pub fn render_png(svg: &str) -> Result<Vec<u8>, GrowthError> {
    let opt = usvg::Options {
        fontdb: FONTS.clone(),
        font_family: "sans-serif".into(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &opt).map_err(|e| GrowthError::Render(e.to_string()))?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| GrowthError::Render(format!("{}×{}", size.width(), size.height())))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| GrowthError::Render(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::growth::{ChildGrowthFacts, Measurement, chart};
    use crate::model::LengthPosition;
    use chrono::NaiveDate;

    fn sample() -> (ChildGrowthFacts, Vec<Measurement>) {
        let child = ChildGrowthFacts {
            sex: Sex::Male,
            birth: "2025-04-10".parse::<NaiveDate>().unwrap(),
            ga_at_birth: None,
        };
        let ms = (0..13u32)
            .map(|k| {
                let mut m = Measurement::on(child.birth + chrono::Months::new(k));
                m.weight_kg = Some(3.1 + 0.65 * f64::from(k) - 0.02 * f64::from(k * k));
                m.length_cm = Some(50.0 + 2.3 * f64::from(k));
                m.position = Some(LengthPosition::Recumbent);
                m
            })
            .collect();
        (child, ms)
    }

    /// Minimal XML well-formedness: every tag closes in order, attributes are quoted,
    /// and no bare `&` or `<` appears in text. (No XML parser is a dependency of the
    /// core; usvg's parser is exercised by the PNG test below as well.)
    fn assert_well_formed(xml: &str) {
        let body = xml
            .strip_prefix(r#"<?xml version="1.0" encoding="UTF-8"?>"#)
            .expect("XML declaration");
        let mut stack: Vec<String> = Vec::new();
        let mut rest = body;
        while let Some(i) = rest.find('<') {
            let text = &rest[..i];
            assert!(!text.contains('>'), "stray > in {text:?}");
            for (j, _) in text.match_indices('&') {
                let t = &text[j..];
                assert!(
                    ["&amp;", "&lt;", "&gt;", "&quot;"]
                        .iter()
                        .any(|e| t.starts_with(e)),
                    "bare & in {text:?}"
                );
            }
            let end = rest[i..].find('>').expect("unclosed tag") + i;
            let tag = &rest[i + 1..end];
            assert!(!tag.contains('<'), "< inside tag {tag:?}");
            assert_eq!(tag.matches('"').count() % 2, 0, "unbalanced quotes {tag:?}");
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(
                    stack.pop().as_deref(),
                    Some(name.trim()),
                    "mismatched </{name}>"
                );
            } else if !tag.ends_with('/') {
                let name = tag.split_whitespace().next().unwrap().to_string();
                stack.push(name);
            }
            rest = &rest[end + 1..];
        }
        assert!(rest.trim().is_empty());
        assert!(stack.is_empty(), "unclosed: {stack:?}");
    }

    #[test]
    fn svg_is_well_formed_and_contains_every_point() {
        let (child, ms) = sample();
        let data = chart(&child, &ms, Indicator::WeightForAge, Standard::Who).unwrap();
        for lang in [Lang::Ja, Lang::En] {
            let svg = render_svg(&data, lang);
            assert_well_formed(&svg);
            assert_eq!(svg.matches(r#"class="point""#).count(), 13);
            for m in &ms {
                assert!(svg.contains(&format!(r#"data-date="{}""#, m.date)));
            }
            assert_eq!(svg.matches("<polyline").count(), 7 + 1);
        }
        let ja = render_svg(&data, Lang::Ja);
        assert!(ja.contains("体重（男の子）"));
        assert!(ja.contains("6か月"));
        let en = render_svg(&data, Lang::En);
        assert!(en.contains("Weight-for-age (boy)"));
    }

    /// #16: "1 record(s) not shown" took its plural in code; the footer is one
    /// sentence per language now.
    #[test]
    fn the_footer_counts_records_not_shown_per_language() {
        let child = ChildGrowthFacts {
            sex: Sex::Female,
            birth: "2025-04-10".parse::<NaiveDate>().unwrap(),
            ga_at_birth: Some(crate::model::gestation::GestationalAge::from_weeks_days(
                30, 0,
            )),
        };
        let mut m = Measurement::on(child.birth);
        m.weight_kg = Some(1.4);
        let data = chart(&child, &[m], Indicator::WeightForAge, Standard::Who).unwrap();
        assert_eq!(data.points_not_shown, 1);
        let en = render_svg(&data, Lang::En);
        assert!(
            en.contains("  /  1 record not shown (before the due date or off the table)"),
            "{en}"
        );
        let ja = render_svg(&data, Lang::Ja);
        assert!(ja.contains("　／　表示できない記録 1 件（出産予定日前など）"));
    }

    #[test]
    fn svg_escapes_and_handles_an_empty_chart() {
        let (child, _) = sample();
        let data = chart(&child, &[], Indicator::HeadForAge, Standard::Who).unwrap();
        let svg = render_svg(&data, Lang::Ja);
        assert_well_formed(&svg);
        assert!(!svg.contains("class=\"point\""));
        assert_eq!(esc("a<b&c"), "a&lt;b&amp;c");
    }

    #[cfg(feature = "png")]
    #[test]
    fn png_renders_from_the_svg() {
        let (child, ms) = sample();
        let data = chart(&child, &ms, Indicator::LengthHeightForAge, Standard::Who).unwrap();
        let png = render_png(&render_svg(&data, Lang::Ja)).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert!(png.len() > 10_000);
        assert!(matches!(render_png("not svg"), Err(GrowthError::Render(_))));
    }

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(0.7), 1.0);
        assert_eq!(nice_step(1.3), 2.0);
        assert_eq!(nice_step(3.0), 5.0);
        assert_eq!(nice_step(0.04), 0.05);
        assert_eq!(fmt_num(2.5, 0.5), "2.5");
        assert_eq!(fmt_num(12.0, 2.0), "12");
    }
}

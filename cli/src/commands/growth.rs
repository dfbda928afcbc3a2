//! `growth assess` (one measurement, no handbook needed) and `growth survey` (a city's
//! checkup CSV, WHO Anthro-compatible), plus the standing lines `growth add/list` print.

use std::io::{BufReader, BufWriter, IsTerminal as _, Write as _};
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;
use hagukumi_core::growth::{
    self, ChildGrowthFacts, GrowthError, Indicator, Measurement, NotScored, PercentileBand,
    Standard, Standing,
};
use hagukumi_core::model::{GestationalAge, LengthPosition, Sex};
use hagukumi_core::{Lang, t};
use serde::Serialize;

use crate::ctx::Ctx;
use crate::error::{CliError, Result};
use crate::parse;

#[derive(Debug, Args)]
pub struct AssessArgs {
    /// male or female
    #[arg(long, value_parser = parse::sex)]
    sex: Sex,
    /// Birth date
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date)]
    birth: NaiveDate,
    /// Date measured
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date)]
    date: NaiveDate,
    /// Weight in kg (or grams with g)
    #[arg(long, value_name = "KG", value_parser = parse::weight_kg)]
    weight: Option<f64>,
    /// Length or height in cm
    #[arg(long, value_name = "CM", value_parser = parse::length_cm)]
    length: Option<f64>,
    /// How the length was measured: lying (recumbent) or standing
    #[arg(long, value_parser = parse::position)]
    position: Option<LengthPosition>,
    /// Head circumference in cm
    #[arg(long, value_name = "CM", value_parser = parse::length_cm)]
    head: Option<f64>,
    /// Gestational age at birth, e.g. 35+2 (age is corrected until 2 years)
    #[arg(long, value_name = "WEEKS+DAYS", value_parser = parse::gestational_age)]
    ga: Option<GestationalAge>,
    /// japan2023 or who [default: japan2023 for weight, length and head; who for BMI
    /// and weight-for-length]
    #[arg(long, value_parser = parse_standard)]
    standard: Option<Standard>,
}

fn parse_standard(s: &str) -> std::result::Result<Standard, crate::error::InputError> {
    s.parse()
        .map_err(|e: GrowthError| crate::parse::refused(|lang| e.message(lang)))
}

/// One indicator of `growth assess --json`.
#[derive(Debug, Serialize)]
struct Assessed {
    indicator: Indicator,
    standard: Standard,
    /// As entered (BMI computed).
    value: f64,
    /// As compared (WHO: length shifted by 0.7 cm when measured the other way).
    value_compared: f64,
    age_days_used: i64,
    age_corrected: bool,
    age_label: String,
    percentile: Option<f64>,
    percentile_interpolated: bool,
    band: Option<PercentileBand>,
    band_label: Option<&'static str>,
    z: Option<f64>,
    not_scored: Option<NotScored>,
    not_scored_reason: Option<String>,
    warnings: Vec<String>,
}

pub fn assess(ctx: &Ctx, a: AssessArgs) -> Result<()> {
    if a.weight.is_none() && a.length.is_none() && a.head.is_none() {
        return Err(CliError::input(|lang| t!(lang, "cli-assess-nothing")));
    }
    let facts = ChildGrowthFacts {
        sex: a.sex,
        birth: a.birth,
        ga_at_birth: a.ga,
    };
    let mut m = Measurement::on(a.date);
    m.weight_kg = a.weight;
    m.length_cm = a.length;
    m.position = a.position;
    m.head_cm = a.head;
    let who = growth::assess(&facts, &m, Standard::Who).map_err(handbook)?;
    let japan = growth::assess(&facts, &m, Standard::Japan2023).map_err(handbook)?;
    let warnings = growth::plausibility(&facts, None, &m);
    let mut out = Vec::new();
    for w in &who {
        let standard = a.standard.unwrap_or(Standard::default_for(w.indicator));
        let r = match standard {
            Standard::Who => w,
            Standard::Japan2023 => japan
                .iter()
                .find(|j| j.indicator == w.indicator)
                .unwrap_or(w),
        };
        let age = &r.age;
        out.push(Assessed {
            indicator: r.indicator,
            standard: r.standard,
            value: r.measured,
            value_compared: r.value,
            age_days_used: age.days_used,
            age_corrected: age.is_corrected,
            age_label: age.label(ctx.lang),
            percentile: r.percentile,
            percentile_interpolated: r.percentile_interpolated,
            band: r.band,
            band_label: r.band.map(|b| b.label(ctx.lang)),
            z: r.z,
            not_scored: r.not_scored,
            not_scored_reason: r.not_scored.map(|n| n.message(ctx.lang)),
            warnings: warnings
                .iter()
                .filter(|x| x.indicator.is_none_or(|i| i == r.indicator))
                .map(|x| x.message(ctx.lang).to_string())
                .collect(),
        });
    }
    if ctx.json {
        return ctx.print_json(&out);
    }
    for r in &out {
        let value = fmt_value(r.indicator, r.value);
        let reading = match (&r.not_scored_reason, r.band_label) {
            (Some(why), _) => why.clone(),
            (None, Some(band)) => match (r.percentile, r.percentile_interpolated, r.z) {
                (Some(p), true, _) => t!(
                    ctx.lang,
                    "cli-assess-interpolated",
                    band = band,
                    percentile = format!("{p:.0}")
                ),
                (Some(p), false, Some(z)) => format!("{band} (P{p:.1}, z {z:+.2})"),
                _ => band.to_string(),
            },
            (None, None) => "—".into(),
        };
        outln!(
            "{}  {value}  {}  [{}]",
            r.indicator.label(ctx.lang),
            reading,
            r.standard.label(ctx.lang)
        );
        for w in &r.warnings {
            errln!("{}", t!(ctx.lang, "cli-assess-check", warning = w.as_str()));
        }
    }
    if let Some(first) = out.first()
        && first.age_corrected
    {
        outln!(
            "{}",
            t!(
                ctx.lang,
                "cli-assess-corrected-age",
                age = first.age_label.as_str()
            )
        );
    }
    Ok(())
}

fn handbook(e: GrowthError) -> CliError {
    CliError::Handbook(hagukumi_core::HandbookError::from(e))
}

fn fmt_value(indicator: Indicator, v: f64) -> String {
    match indicator {
        Indicator::WeightForAge | Indicator::WeightForLengthHeight => format!("{v:.2} kg"),
        Indicator::BmiForAge => format!("{v:.1} kg/m²"),
        _ => format!("{v:.1} cm"),
    }
}

/// "体重 7.50 kg: 25〜50パーセンタイル（約38・線の間を補間）／WHO z −0.42（P34）"
pub fn standing_line(lang: Lang, s: &Standing) -> String {
    format!(
        "{} {}: {}",
        s.indicator.label(lang),
        fmt_value(s.indicator, s.value),
        s.text
    )
}

/// The short reading for a table cell: "P25–50 (~38)", "<P3", "—".
pub fn short(s: Option<&Standing>) -> String {
    let Some(j) = s.and_then(|s| s.japan.as_ref()) else {
        return "—".into();
    };
    let band = match j.band {
        Some(PercentileBand::BelowP3) => "<P3".to_string(),
        Some(PercentileBand::AboveP97) => "≥P97".to_string(),
        Some(b) => {
            let (lo, hi) = b
                .as_str()
                .trim_start_matches('p')
                .split_once("_to_p")
                .unwrap_or(("", ""));
            format!("P{lo}–{hi}")
        }
        None => return "—".into(),
    };
    match j.percentile.filter(|_| j.percentile_interpolated) {
        Some(p) if !j.band.is_some_and(PercentileBand::outside_shaded_band) => {
            format!("{band} (~{p:.0})")
        }
        _ => band,
    }
}

#[derive(Debug, Args)]
pub struct SurveyArgs {
    /// Checkup CSV: id, sex, birth_date, date, weight_kg, length_cm, measure, head_cm
    /// (or 番号, 性別, 生年月日, 測定日, 体重, 身長, 測定方法, 頭囲; sex 1/2, m/f or 男/女;
    /// measure l/h; UTF-8 or Shift_JIS)
    #[arg(value_name = "IN.csv")]
    input: PathBuf,
    /// Where to write the scored CSV (UTF-8)
    #[arg(long, value_name = "OUT.csv")]
    out: PathBuf,
    /// Also write an HTML report of prevalences by age group, with charts
    #[arg(long, value_name = "report.html")]
    report: Option<PathBuf>,
}

pub fn survey(ctx: &Ctx, a: SurveyArgs) -> Result<()> {
    let io = |path: &PathBuf| {
        let path = path.clone();
        move |source| CliError::Io { path, source }
    };
    if a.out == a.input {
        return Err(CliError::input(|lang| t!(lang, "cli-survey-out-is-input")));
    }
    let input = std::fs::File::open(&a.input).map_err(io(&a.input))?;
    let total = input.metadata().map(|m| m.len()).unwrap_or(0);
    let output = hagukumi_core::store::private::open_options()
        .write(true)
        .create(true)
        .truncate(true)
        .open(&a.out)
        .map_err(io(&a.out))?;
    let show_progress = std::io::stderr().is_terminal() && !ctx.json;
    let mut progress = |bytes: u64| {
        if show_progress && total > 0 {
            let pct = (bytes as f64 / total as f64 * 100.0).min(100.0);
            let filled = (pct / 5.0) as usize;
            let mut err = std::io::stderr();
            let _ = write!(
                err,
                "\r[{}{}] {pct:5.1} %",
                "#".repeat(filled),
                " ".repeat(20 - filled.min(20))
            );
            let _ = err.flush();
        }
    };
    let summary = growth::survey(
        ctx.lang,
        BufReader::with_capacity(256 * 1024, input),
        BufWriter::with_capacity(256 * 1024, output),
        &mut progress,
    )
    .map_err(|e| match e {
        growth::SurveyError::Read(source) => CliError::Io {
            path: a.input.clone(),
            source,
        },
        growth::SurveyError::Write(source) => CliError::Io {
            path: a.out.clone(),
            source,
        },
        other => {
            let path = a.input.display().to_string();
            let texts = hagukumi_core::text::every_lang(|lang| other.message(lang));
            CliError::input(move |lang| {
                format!("{path}: {}", hagukumi_core::text::text_in(&texts, lang))
            })
        }
    })?;
    if show_progress {
        errln!("");
    }
    if let Some(report) = &a.report {
        hagukumi_core::store::private::write(report, summary.report_html(ctx.lang).as_bytes())
            .map_err(io(report))?;
    }
    if ctx.json {
        return ctx.print_json(&summary);
    }
    outln!(
        "{}",
        t!(
            ctx.lang,
            "cli-survey-scored",
            input = a.input.display().to_string(),
            out = a.out.display().to_string(),
            rows = summary.rows,
            errors = summary.rows_with_errors
        )
    );
    for e in &summary.errors {
        errln!(
            "{}",
            t!(
                ctx.lang,
                "cli-survey-line",
                line = e.line,
                message = e.message.as_str()
            )
        );
    }
    let flagged = t!(ctx.lang, "cli-survey-flagged");
    if let Some(all) = summary.groups.last() {
        for p in &all.indicators {
            outln!(
                "  {:<5} n={:<8} {} {:<6} % < -2: {:>5}  % > +2: {:>5}",
                p.indicator,
                p.n,
                flagged,
                p.flagged,
                p.pct_below_minus2
                    .map(|v| format!("{v:.1}"))
                    .unwrap_or_else(|| "—".into()),
                p.pct_above_plus2
                    .map(|v| format!("{v:.1}"))
                    .unwrap_or_else(|| "—".into()),
            );
        }
    }
    if let Some(r) = &a.report {
        outln!(
            "{}",
            t!(
                ctx.lang,
                "cli-survey-report",
                path = r.display().to_string()
            )
        );
    }
    Ok(())
}

//! Survey mode for 保健師: a city's checkup CSV in, WHO Anthro's z-score and flag
//! columns out (plus the Japanese band of each measure), and prevalences by age group.
//!
//! Compatible with WHO Anthro (the `anthro` R package behind WHO's Anthro Survey
//! Analyser, `anthro_zscores()`): age in days from the two dates; length/height
//! converted by ±0.7 cm to the table's method at 731 days (`clenhei`); BMI from
//! `clenhei`; weight-for-length before 731 days (45–110 cm), weight-for-height from
//! 731 days (65–120 cm), LMS interpolated between the 0.1 cm rows; WHO's rule beyond
//! ±3 SD for weight, weight-for-length/height and BMI; z-scores rounded to 2 decimals
//! and only for children under 60 months; flags on the rounded z with WHO Anthro's
//! limits (`man/anthro_zscores.Rd`): `flen` |zlen| > 6, `fwei` zwei < −6 or > 5,
//! `fwfl`, `fbmi`, `fhc` |z| > 5. Flagged z-scores stay in the output (as WHO Anthro
//! writes them) and are left out of the prevalences.
//!
//! The file is read one line at a time (a line longer than [`MAX_LINE_BYTES`] is
//! refused), so memory stays flat whatever the number of rows. A row that cannot be
//! read (a bad date, an unknown sex) is written with its `error` column filled and no
//! z-scores: nothing is dropped.

use std::io::{BufRead, Write};

use chrono::NaiveDate;
use encoding_rs::SHIFT_JIS;
use serde::Serialize;

use super::japan::PercentileBand;
use super::{ChildGrowthFacts, GrowthError, Indicator, Lang, Measurement, Standard, assess};
use crate::model::{LengthPosition, Sex};

/// Longest line accepted: a checkup row is a few hundred bytes.
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// Row errors kept in the summary (all are in the output's `error` column).
const MAX_ERRORS_KEPT: usize = 20;

/// WHO Anthro computes z-scores for children under 60 months only (age in days /
/// 30.4375, unrounded).
const MAX_AGE_MONTHS: f64 = 60.0;

/// Why the survey stopped, in the reader's language through [`SurveyError::message`]
/// (`Display` is the English one).
#[derive(Debug)]
pub enum SurveyError {
    Read(std::io::Error),
    Write(std::io::Error),
    Empty,
    MissingColumn {
        missing: &'static str,
        found: String,
    },
    LineTooLong {
        line: u64,
        limit: usize,
    },
    Encoding {
        line: u64,
    },
    Growth(GrowthError),
}

impl SurveyError {
    /// The error in `lang`, for the CLI and staff.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SurveyError::Read(e) => {
                crate::t!(lang, "growth-survey-error-read", detail = e.to_string())
            }
            SurveyError::Write(e) => {
                crate::t!(lang, "growth-survey-error-write", detail = e.to_string())
            }
            SurveyError::Empty => crate::t!(lang, "growth-survey-error-empty"),
            SurveyError::MissingColumn { missing, found } => crate::t!(
                lang,
                "growth-survey-error-missing-column",
                missing = *missing,
                found = found
            ),
            SurveyError::LineTooLong { line, limit } => crate::t!(
                lang,
                "growth-survey-error-line-too-long",
                line = *line,
                limit = *limit
            ),
            SurveyError::Encoding { line } => {
                crate::t!(lang, "growth-survey-error-encoding", line = *line)
            }
            SurveyError::Growth(e) => e.message(lang),
        }
    }
}

impl std::fmt::Display for SurveyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for SurveyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SurveyError::Read(e) | SurveyError::Write(e) => Some(e),
            SurveyError::Growth(e) => Some(e),
            _ => None,
        }
    }
}

impl From<GrowthError> for SurveyError {
    fn from(e: GrowthError) -> Self {
        SurveyError::Growth(e)
    }
}

/// A row that could not be read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SurveyRowError {
    pub line: u64,
    pub message: String,
}

/// One indicator in one age group: WHO Anthro's prevalence figures (non-flagged
/// z-scores only).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IndicatorPrevalence {
    /// zlen, zwei, zwfl, zbmi, zhc.
    pub indicator: String,
    pub n: u64,
    pub flagged: u64,
    pub mean_z: Option<f64>,
    pub sd_z: Option<f64>,
    pub pct_below_minus3: Option<f64>,
    pub pct_below_minus2: Option<f64>,
    pub pct_above_plus1: Option<f64>,
    pub pct_above_plus2: Option<f64>,
    pub pct_above_plus3: Option<f64>,
}

/// WHO Anthro's age groups (months): 0–5, 6–11, 12–23, 24–35, 36–47, 48–59, and all.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgeGroupPrevalence {
    /// "00-05 mo" … "48-59 mo", "all".
    pub group: String,
    pub indicators: Vec<IndicatorPrevalence>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SurveySummary {
    pub rows: u64,
    pub rows_with_errors: u64,
    /// The first row errors (all of them are in the output's `error` column).
    pub errors: Vec<SurveyRowError>,
    /// Rows of children 60 months or older: written, not scored.
    pub rows_not_scored_age: u64,
    pub shift_jis: bool,
    pub groups: Vec<AgeGroupPrevalence>,
    /// Counts per Japanese band (below P3 … above P97) for weight, length/height, head.
    pub japan_bands: Vec<JapanBandCounts>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JapanBandCounts {
    pub measure: String,
    /// In [`PercentileBand::ALL`] order.
    pub counts: Vec<u64>,
}

const INDICATORS: [(&str, &str); 5] = [
    ("zlen", "flen"),
    ("zwei", "fwei"),
    ("zwfl", "fwfl"),
    ("zbmi", "fbmi"),
    ("zhc", "fhc"),
];

const GROUPS: [(&str, f64, f64); 6] = [
    ("00-05 mo", 0.0, 6.0),
    ("06-11 mo", 6.0, 12.0),
    ("12-23 mo", 12.0, 24.0),
    ("24-35 mo", 24.0, 36.0),
    ("36-47 mo", 36.0, 48.0),
    ("48-59 mo", 48.0, 60.0),
];

/// WHO Anthro's flag: true when the (rounded) z is outside the plausible range.
pub fn who_flag(indicator: Indicator, z: f64) -> bool {
    match indicator {
        Indicator::LengthHeightForAge => z.abs() > 6.0,
        Indicator::WeightForAge => !(-6.0..=5.0).contains(&z),
        Indicator::WeightForLengthHeight | Indicator::BmiForAge | Indicator::HeadForAge => {
            z.abs() > 5.0
        }
    }
}

#[derive(Default, Clone, Copy)]
struct Acc {
    n: u64,
    flagged: u64,
    sum: f64,
    sum2: f64,
    below3: u64,
    below2: u64,
    above1: u64,
    above2: u64,
    above3: u64,
}

impl Acc {
    fn add(&mut self, z: f64, flagged: bool) {
        if flagged {
            self.flagged += 1;
            return;
        }
        self.n += 1;
        self.sum += z;
        self.sum2 += z * z;
        self.below3 += u64::from(z < -3.0);
        self.below2 += u64::from(z < -2.0);
        self.above1 += u64::from(z > 1.0);
        self.above2 += u64::from(z > 2.0);
        self.above3 += u64::from(z > 3.0);
    }

    fn finish(&self, indicator: &str) -> IndicatorPrevalence {
        let n = self.n as f64;
        let pct = |k: u64| (self.n > 0).then(|| 100.0 * k as f64 / n);
        let mean = (self.n > 0).then(|| self.sum / n);
        let sd = (self.n > 1).then(|| ((self.sum2 - self.sum * self.sum / n) / (n - 1.0)).sqrt());
        IndicatorPrevalence {
            indicator: indicator.to_string(),
            n: self.n,
            flagged: self.flagged,
            mean_z: mean,
            sd_z: sd,
            pct_below_minus3: pct(self.below3),
            pct_below_minus2: pct(self.below2),
            pct_above_plus1: pct(self.above1),
            pct_above_plus2: pct(self.above2),
            pct_above_plus3: pct(self.above3),
        }
    }
}

/// Output columns, in order.
pub const OUTPUT_COLUMNS: [&str; 25] = [
    "id",
    "sex",
    "birth_date",
    "date",
    "age_days",
    "weight_kg",
    "length_cm",
    "measure",
    "head_cm",
    "clenhei",
    "cbmi",
    "zlen",
    "flen",
    "zwei",
    "fwei",
    "zwfl",
    "fwfl",
    "zbmi",
    "fbmi",
    "zhc",
    "fhc",
    "jp_weight_band",
    "jp_length_band",
    "jp_head_band",
    "error",
];

/// Headers a city's own spreadsheet may already use, and the column each one means.
const JAPANESE_HEADERS: [(&str, &str); 12] = [
    ("性別", "sex"),
    ("生年月日", "birth_date"),
    ("測定日", "date"),
    ("計測日", "date"),
    ("健診日", "date"),
    ("体重", "weight_kg"),
    ("身長", "length_cm"),
    ("測定方法", "measure"),
    ("計測方法", "measure"),
    ("頭囲", "head_cm"),
    ("番号", "id"),
    ("受診者番号", "id"),
];

const INPUT_COLUMNS: [&str; 8] = [
    "id",
    "sex",
    "birth_date",
    "date",
    "weight_kg",
    "length_cm",
    "measure",
    "head_cm",
];

/// Reads the survey CSV from `input`, writes the scored CSV to `output` (UTF-8), and
/// returns the prevalences. A row that cannot be read says why in `lang`, in the
/// output's `error` column and in the summary. `progress` is called with the bytes
/// read so far, about every 10,000 rows and at the end.
pub fn survey(
    lang: Lang,
    mut input: impl BufRead,
    mut output: impl Write,
    progress: &mut dyn FnMut(u64),
) -> Result<SurveySummary, SurveyError> {
    let mut reader = LineReader::default();
    let header = reader.next(&mut input)?.ok_or(SurveyError::Empty)?;
    let names: Vec<String> = split_csv(&header)
        .into_iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
        .collect();
    let mut idx = [None; 8];
    for (i, want) in INPUT_COLUMNS.iter().enumerate() {
        idx[i] = names
            .iter()
            .position(|n| n == want || JAPANESE_HEADERS.contains(&(n.as_str(), *want)));
    }
    for (i, required) in [(1, "sex"), (2, "birth_date"), (3, "date")] {
        if idx[i].is_none() {
            return Err(SurveyError::MissingColumn {
                missing: required,
                found: names.join(", "),
            });
        }
    }
    write_row(&mut output, OUTPUT_COLUMNS.iter().copied()).map_err(SurveyError::Write)?;

    let mut acc = [[Acc::default(); 5]; GROUPS.len() + 1];
    let mut bands = [[0u64; 8]; 3];
    let mut summary = SurveySummary {
        rows: 0,
        rows_with_errors: 0,
        errors: Vec::new(),
        rows_not_scored_age: 0,
        shift_jis: false,
        groups: Vec::new(),
        japan_bands: Vec::new(),
    };
    let mut out_cells: Vec<String> = Vec::with_capacity(OUTPUT_COLUMNS.len());
    while let Some(line) = reader.next(&mut input)? {
        if line.trim().is_empty() {
            continue;
        }
        summary.rows += 1;
        let cells = split_csv(&line);
        let get = |i: usize| -> &str {
            idx[i]
                .and_then(|c| cells.get(c))
                .map(|s| s.trim())
                .unwrap_or("")
        };
        out_cells.clear();
        for i in [0, 1, 2, 3] {
            out_cells.push(get(i).to_string());
        }
        let scored = score_row(lang, get(1), get(2), get(3), get(4), get(5), get(6), get(7));
        match scored {
            Ok(row) => {
                out_cells.push(row.age_days.to_string());
                for i in [4, 5, 6, 7] {
                    out_cells.push(get(i).to_string());
                }
                out_cells.push(opt(row.clenhei, 2));
                out_cells.push(opt(row.cbmi, 2));
                let months = row.age_days as f64 / super::japan::DAYS_PER_MONTH;
                if !row.age_ok {
                    summary.rows_not_scored_age += 1;
                }
                let group = GROUPS
                    .iter()
                    .position(|(_, lo, hi)| months >= *lo && months < *hi);
                for (k, z) in row.z.iter().enumerate() {
                    match z {
                        Some((z, f)) => {
                            out_cells.push(format!("{z:.2}"));
                            out_cells.push(u8::from(*f).to_string());
                            if let Some(g) = group {
                                acc[g][k].add(*z, *f);
                            }
                            acc[GROUPS.len()][k].add(*z, *f);
                        }
                        None => {
                            out_cells.push(String::new());
                            out_cells.push(String::new());
                        }
                    }
                }
                for (m, b) in row.bands.iter().enumerate() {
                    match b {
                        Some(b) => {
                            bands[m][*b as usize] += 1;
                            out_cells.push(b.as_str().to_string());
                        }
                        None => out_cells.push(String::new()),
                    }
                }
                out_cells.push(String::new());
            }
            Err(message) => {
                out_cells.push(String::new());
                for i in [4, 5, 6, 7] {
                    out_cells.push(get(i).to_string());
                }
                out_cells.extend(std::iter::repeat_n(String::new(), 15));
                summary.rows_with_errors += 1;
                if summary.errors.len() < MAX_ERRORS_KEPT {
                    summary.errors.push(SurveyRowError {
                        line: reader.line,
                        message: message.clone(),
                    });
                }
                out_cells.push(message);
            }
        }
        write_row(&mut output, out_cells.iter().map(String::as_str)).map_err(SurveyError::Write)?;
        if summary.rows.is_multiple_of(10_000) {
            progress(reader.bytes);
        }
    }
    output.flush().map_err(SurveyError::Write)?;
    progress(reader.bytes);
    summary.shift_jis = reader.shift_jis == Some(true);
    summary.groups = GROUPS
        .iter()
        .map(|(g, _, _)| *g)
        .chain(["all"])
        .zip(acc.iter())
        .map(|(g, a)| AgeGroupPrevalence {
            group: g.to_string(),
            indicators: INDICATORS
                .iter()
                .zip(a.iter())
                .map(|((name, _), a)| a.finish(name))
                .collect(),
        })
        .collect();
    summary.japan_bands = ["weight", "length", "head"]
        .iter()
        .zip(bands.iter())
        .map(|(m, c)| JapanBandCounts {
            measure: m.to_string(),
            counts: c.to_vec(),
        })
        .collect();
    Ok(summary)
}

/// One scored row.
struct ScoredRow {
    age_days: i64,
    age_ok: bool,
    clenhei: Option<f64>,
    cbmi: Option<f64>,
    /// zlen, zwei, zwfl, zbmi, zhc: rounded z and flag.
    z: [Option<(f64, bool)>; 5],
    /// weight, length, head.
    bands: [Option<PercentileBand>; 3],
}

pub(crate) fn parse_sex(s: &str) -> Option<Sex> {
    match s {
        "1" | "m" | "M" | "male" | "Male" | "男" => Some(Sex::Male),
        "2" | "f" | "F" | "female" | "Female" | "女" => Some(Sex::Female),
        _ => None,
    }
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%Y/%m/%d"))
        .ok()
}

fn parse_num(lang: Lang, column: &str, s: &str) -> Result<Option<f64>, String> {
    if s.is_empty() || s.eq_ignore_ascii_case("na") {
        return Ok(None);
    }
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(Some(v)),
        _ => Err(crate::t!(
            lang,
            "growth-survey-row-not-a-number",
            column = column,
            value = format!("{s:?}")
        )),
    }
}

#[allow(clippy::too_many_arguments)]
fn score_row(
    lang: Lang,
    sex: &str,
    birth: &str,
    date: &str,
    weight: &str,
    length: &str,
    measure: &str,
    head: &str,
) -> Result<ScoredRow, String> {
    let sex = parse_sex(sex).ok_or_else(|| {
        crate::t!(
            lang,
            "growth-survey-row-sex",
            column = "sex",
            value = format!("{sex:?}")
        )
    })?;
    let bad_date = |column: &str, value: &str| {
        crate::t!(
            lang,
            "growth-survey-row-date",
            column = column,
            value = format!("{value:?}")
        )
    };
    let birth = parse_date(birth).ok_or_else(|| bad_date("birth_date", birth))?;
    let date = parse_date(date).ok_or_else(|| bad_date("date", date))?;
    let age_days = (date - birth).num_days();
    if age_days < 0 {
        return Err(crate::t!(lang, "growth-survey-row-before-birth"));
    }
    let position = match measure {
        "" => None,
        "l" | "L" => Some(LengthPosition::Recumbent),
        "h" | "H" => Some(LengthPosition::Standing),
        other => {
            return Err(crate::t!(
                lang,
                "growth-survey-row-measure",
                column = "measure",
                value = format!("{other:?}")
            ));
        }
    };
    let mut m = Measurement::on(date);
    m.weight_kg = parse_num(lang, "weight_kg", weight)?.filter(|v| *v > 0.0);
    m.length_cm = parse_num(lang, "length_cm", length)?.filter(|v| *v > 0.0);
    m.head_cm = parse_num(lang, "head_cm", head)?.filter(|v| *v > 0.0);
    m.position = position;
    let facts = ChildGrowthFacts {
        sex,
        birth,
        ga_at_birth: None,
    };
    let age_ok = (age_days as f64 / super::japan::DAYS_PER_MONTH) < MAX_AGE_MONTHS;
    let who = assess(&facts, &m, Standard::Who).map_err(|e| e.message(lang))?;
    let clenhei = m.length_cm.map(|l| {
        let (adj, _, _) = super::assess::adjusted_length(age_days, l, position);
        adj
    });
    let cbmi = m
        .weight_kg
        .zip(clenhei)
        .map(|(w, l)| w / (l / 100.0 * l / 100.0));
    let mut z = [None; 5];
    if age_ok {
        for r in &who {
            let k = match r.indicator {
                Indicator::LengthHeightForAge => 0,
                Indicator::WeightForAge => 1,
                Indicator::WeightForLengthHeight => 2,
                Indicator::BmiForAge => 3,
                Indicator::HeadForAge => 4,
            };
            if let Some(raw) = r.z {
                let rounded = (raw * 100.0).round() / 100.0;
                z[k] = Some((rounded, who_flag(r.indicator, rounded)));
            }
        }
    }
    let mut bands = [None; 3];
    for r in assess(&facts, &m, Standard::Japan2023).map_err(|e| e.message(lang))? {
        let k = match r.indicator {
            Indicator::WeightForAge => 0,
            Indicator::LengthHeightForAge => 1,
            Indicator::HeadForAge => 2,
            _ => continue,
        };
        bands[k] = r.band;
    }
    Ok(ScoredRow {
        age_days,
        age_ok,
        clenhei,
        cbmi,
        z,
        bands,
    })
}

fn opt(v: Option<f64>, decimals: usize) -> String {
    v.map(|v| format!("{v:.decimals$}")).unwrap_or_default()
}

/// Reads lines as bytes, decides the encoding on the first non-ASCII line (BOM or
/// valid UTF-8 → UTF-8, else Shift_JIS/CP932) and keeps to it.
#[derive(Default)]
struct LineReader {
    buf: Vec<u8>,
    line: u64,
    bytes: u64,
    shift_jis: Option<bool>,
}

impl LineReader {
    fn next(&mut self, input: &mut impl BufRead) -> Result<Option<String>, SurveyError> {
        self.buf.clear();
        self.line += 1;
        // Read at most MAX_LINE_BYTES + 1 so a file with no newline cannot fill memory.
        let mut limited = std::io::Read::take(&mut *input, MAX_LINE_BYTES as u64 + 1);
        let n = limited
            .read_until(b'\n', &mut self.buf)
            .map_err(SurveyError::Read)?;
        if n == 0 {
            return Ok(None);
        }
        self.bytes += n as u64;
        if self.buf.len() > MAX_LINE_BYTES {
            return Err(SurveyError::LineTooLong {
                line: self.line,
                limit: MAX_LINE_BYTES,
            });
        }
        while matches!(self.buf.last(), Some(b'\n' | b'\r')) {
            self.buf.pop();
        }
        let mut bytes = &self.buf[..];
        if self.line == 1
            && let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF")
        {
            bytes = rest;
            self.shift_jis = Some(false);
        }
        if bytes.is_ascii() {
            return Ok(Some(String::from_utf8_lossy(bytes).into_owned()));
        }
        let sjis = *self
            .shift_jis
            .get_or_insert_with(|| std::str::from_utf8(bytes).is_err());
        let text = if sjis {
            SHIFT_JIS
                .decode_without_bom_handling_and_without_replacement(bytes)
                .map(|c| c.into_owned())
        } else {
            std::str::from_utf8(bytes).ok().map(str::to_string)
        };
        text.map(Some)
            .ok_or(SurveyError::Encoding { line: self.line })
    }
}

/// Splits one CSV line: commas, double-quoted fields with "" for a quote.
fn split_csv(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if cur.trim().is_empty() => {
                cur.clear();
                quoted = true;
            }
            (',', false) => out.push(std::mem::take(&mut cur)),
            (c, _) => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// Writes one CSV row; fields that Excel would run as a formula get a leading `'`.
fn write_row<'a>(
    out: &mut impl Write,
    cells: impl Iterator<Item = &'a str>,
) -> std::io::Result<()> {
    let mut first = true;
    for c in cells {
        if !first {
            out.write_all(b",")?;
        }
        first = false;
        let guarded;
        let c = if c.starts_with(['=', '+', '@', '\t', '\r']) {
            guarded = format!("'{c}");
            guarded.as_str()
        } else {
            c
        };
        if c.contains([',', '"', '\n', '\r']) {
            out.write_all(b"\"")?;
            out.write_all(c.replace('"', "\"\"").as_bytes())?;
            out.write_all(b"\"")?;
        } else {
            out.write_all(c.as_bytes())?;
        }
    }
    out.write_all(b"\n")
}

impl SurveySummary {
    /// A standalone HTML report: prevalences by age group as tables and bar charts
    /// (% below −2 SD for stunting, underweight, wasting; % above +2 SD for
    /// weight-for-length/height), and the Japanese bands.
    pub fn report_html(&self, lang: Lang) -> String {
        use std::fmt::Write as _;
        let fmt = |v: Option<f64>| v.map(|v| format!("{v:.1}")).unwrap_or_else(|| "—".into());
        let fmt2 = |v: Option<f64>| v.map(|v| format!("{v:.2}")).unwrap_or_else(|| "—".into());
        let mut s = String::with_capacity(32 * 1024);
        let _ = write!(
            s,
            "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title>\
             <style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse;margin:1em 0}}\
             td,th{{border:1px solid #bbb;padding:3px 8px;text-align:right}}th{{background:#eef}}\
             caption{{font-weight:bold;text-align:left}}</style></head><body>\n<h1>{}</h1>\n",
            lang.code(),
            esc(&crate::t!(lang, "growth-survey-report-title")),
            esc(&crate::t!(lang, "growth-survey-report-heading"))
        );
        let _ = writeln!(
            s,
            "<p>{}</p>",
            esc(&crate::t!(
                lang,
                "growth-survey-report-counts",
                rows = self.rows,
                errors = self.rows_with_errors,
                old = self.rows_not_scored_age
            ))
        );
        let names = [
            ("zlen", crate::t!(lang, "growth-survey-zlen")),
            ("zwei", crate::t!(lang, "growth-survey-zwei")),
            ("zwfl", crate::t!(lang, "growth-survey-zwfl")),
            ("zbmi", crate::t!(lang, "growth-survey-zbmi")),
            ("zhc", crate::t!(lang, "growth-survey-zhc")),
        ];
        let groups: Vec<String> = self
            .groups
            .iter()
            .map(|g| group_label(&g.group, lang))
            .collect();
        for (k, (code, label)) in names.iter().enumerate() {
            let _ = writeln!(
                s,
                "<table><caption>{} ({code})</caption><tr><th>{}</th><th>n</th><th>{}</th>\
                 <th>% &lt; −3</th><th>% &lt; −2</th><th>% &gt; +1</th><th>% &gt; +2</th><th>% &gt; +3</th>\
                 <th>{}</th><th>SD</th></tr>",
                esc(label),
                esc(&crate::t!(lang, "growth-survey-column-age")),
                esc(&crate::t!(lang, "growth-survey-column-flagged")),
                esc(&crate::t!(lang, "growth-survey-column-mean"))
            );
            for (g, name) in self.groups.iter().zip(&groups) {
                let p = &g.indicators[k];
                let _ = writeln!(
                    s,
                    "<tr><td data-group=\"{}\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    esc(&g.group),
                    esc(name),
                    p.n,
                    p.flagged,
                    fmt(p.pct_below_minus3),
                    fmt(p.pct_below_minus2),
                    fmt(p.pct_above_plus1),
                    fmt(p.pct_above_plus2),
                    fmt(p.pct_above_plus3),
                    fmt2(p.mean_z),
                    fmt2(p.sd_z)
                );
            }
            s.push_str("</table>\n");
            // The chart: the headline prevalence per age group.
            let (what, pick): (&str, fn(&IndicatorPrevalence) -> Option<f64>) =
                if *code == "zwfl" || *code == "zbmi" {
                    ("% > +2 SD", |p| p.pct_above_plus2)
                } else {
                    ("% < −2 SD", |p| p.pct_below_minus2)
                };
            s.push_str(&bar_chart(
                &format!("{label}: {what}"),
                self.groups
                    .iter()
                    .zip(&groups)
                    .map(|(g, name)| (g.group.as_str(), name.as_str(), pick(&g.indicators[k]))),
            ));
        }
        let _ = writeln!(
            s,
            "<table><caption>{}</caption><tr><th></th>{}</tr>",
            esc(&crate::t!(lang, "growth-survey-bands")),
            PercentileBand::ALL
                .iter()
                .map(|b| format!("<th>{}</th>", esc(b.label(lang))))
                .collect::<String>()
        );
        for b in &self.japan_bands {
            let measure = match b.measure.as_str() {
                "weight" => Indicator::WeightForAge.measure_id(),
                "length" => Indicator::LengthHeightForAge.measure_id(),
                _ => Indicator::HeadForAge.measure_id(),
            };
            let _ = writeln!(
                s,
                "<tr><td data-measure=\"{}\">{}</td>{}</tr>",
                esc(&b.measure),
                esc(&crate::text::text(lang, measure)),
                b.counts
                    .iter()
                    .map(|c| format!("<td>{c}</td>"))
                    .collect::<String>()
            );
        }
        s.push_str("</table>\n");
        let _ = writeln!(
            s,
            "<p><small>{}<br>{}</small></p></body></html>",
            esc(Standard::Who.attribution(lang)),
            esc(Standard::Japan2023.attribution(lang))
        );
        s
    }
}

/// An age group's name for people ("0〜5か月", "0–5 months"); its code ("00-05 mo",
/// WHO Anthro's) stays in the JSON and in the report's `data-group`.
fn group_label(code: &str, lang: Lang) -> String {
    match GROUPS.iter().find(|(g, _, _)| *g == code) {
        Some((_, from, to)) => crate::t!(lang, "growth-survey-group", from = *from, to = *to - 1.0),
        None => crate::t!(lang, "growth-survey-group-all"),
    }
}

/// A horizontal bar chart as inline SVG (percentages 0–100 scaled to the largest):
/// one bar per (code, label, value).
fn bar_chart<'a>(
    title: &str,
    bars: impl Iterator<Item = (&'a str, &'a str, Option<f64>)>,
) -> String {
    use std::fmt::Write as _;
    let bars: Vec<_> = bars.collect();
    let max = bars
        .iter()
        .filter_map(|(_, _, v)| *v)
        .fold(1.0_f64, f64::max)
        .max(5.0);
    let h = 24.0 * bars.len() as f64 + 30.0;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"520\" height=\"{h}\" class=\"bar-chart\">\
         <text x=\"0\" y=\"16\" font-size=\"13\" font-weight=\"bold\">{}</text>\n",
        esc(title)
    );
    for (i, (code, label, v)) in bars.iter().enumerate() {
        let y = 28.0 + 24.0 * i as f64;
        let w = v.map_or(0.0, |v| v / max * 340.0);
        let _ = writeln!(
            s,
            "<text x=\"0\" y=\"{:.0}\" font-size=\"12\" data-group=\"{}\">{}</text><rect x=\"100\" y=\"{y:.0}\" width=\"{w:.1}\" height=\"16\" fill=\"#4a7fb5\"/>\
             <text x=\"{:.1}\" y=\"{:.0}\" font-size=\"12\">{}</text>",
            y + 12.0,
            esc(code),
            esc(label),
            106.0 + w,
            y + 12.0,
            v.map(|v| format!("{v:.1}%")).unwrap_or_else(|| "—".into())
        );
    }
    s.push_str("</svg>\n");
    s
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    //! Against WHO's own outputs: `core/data/growth/who-anthro-test/survey_z_st.csv`,
    //! WHO's igrowup example survey with the z-scores and flags WHO's macro computed
    //! (see that folder's README for where it comes from). No value there was written
    //! here.
    use super::*;

    const WHO_OUTPUT: &str = include_str!("../../data/growth/who-anthro-test/survey_z_st.csv");

    /// WHO's file gives age in days, not dates: the input is rebuilt with a fixed
    /// birth date and date = birth + _agedays.
    fn who_rows() -> Vec<std::collections::HashMap<String, String>> {
        let mut lines = WHO_OUTPUT.lines();
        let header: Vec<String> = lines
            .next()
            .unwrap()
            .split(',')
            .map(str::to_string)
            .collect();
        lines
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                header
                    .iter()
                    .cloned()
                    .zip(l.split(',').map(str::to_string))
                    .collect()
            })
            .collect()
    }

    fn run(input: &str) -> (SurveySummary, Vec<Vec<String>>) {
        let mut out = Vec::new();
        let summary = survey(Lang::Ja, input.as_bytes(), &mut out, &mut |_| {}).unwrap();
        let text = String::from_utf8(out).unwrap();
        let rows = text.lines().map(split_csv).collect();
        (summary, rows)
    }

    #[test]
    fn matches_who_anthro_outputs_on_whos_example_survey() {
        let birth = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
        let rows = who_rows();
        let mut input =
            String::from("id,sex,birth_date,date,weight_kg,length_cm,measure,head_cm\n");
        for r in &rows {
            let days: i64 = r["_agedays"].parse().unwrap();
            let _ = std::fmt::Write::write_fmt(
                &mut input,
                format_args!(
                    "{},{},{},{},{},{},{},{}\n",
                    r["id"],
                    r["GENDER"],
                    birth,
                    birth + chrono::Duration::days(days),
                    r["WEIGHT"],
                    r["HEIGHT"],
                    r["measure"],
                    r["HEAD"]
                ),
            );
        }
        let (_, out) = run(&input);
        let col = |name: &str| OUTPUT_COLUMNS.iter().position(|c| *c == name).unwrap();
        let (mut compared, mut within, mut flags_equal, mut flags) = (0, 0, 0, 0);
        let mut age_excluded = 0;
        let mut misses = Vec::new();
        for (r, ours) in rows.iter().zip(&out[1..]) {
            let months: f64 = r["_agedays"].parse::<f64>().unwrap() / 30.4375;
            for (z, f) in [
                ("ZLEN", "FLEN"),
                ("ZWEI", "FWEI"),
                ("ZWFL", "FWFL"),
                ("ZBMI", "FBMI"),
                ("ZHC", "FHC"),
            ] {
                let theirs = r[&format!("_{z}")].trim();
                if theirs.is_empty() {
                    continue;
                }
                if months >= 60.0 {
                    // igrowup scored up to day 1856; WHO Anthro (and this tool)
                    // stops before 60 months.
                    age_excluded += 1;
                    assert_eq!(ours[col(&z.to_lowercase())], "", "id {}", r["id"]);
                    continue;
                }
                compared += 1;
                let theirs: f64 = theirs.parse().unwrap();
                let got: f64 = ours[col(&z.to_lowercase())]
                    .parse()
                    .unwrap_or_else(|_| panic!("id {} {z}: no z", r["id"]));
                if (got - theirs).abs() <= 0.01 + 1e-9 {
                    within += 1;
                } else {
                    misses.push(format!("id {} {z}: WHO {theirs}, ours {got}", r["id"]));
                }
                flags += 1;
                if r[&format!("_{f}")].trim() == ours[col(&f.to_lowercase())] {
                    flags_equal += 1;
                } else {
                    misses.push(format!("id {} {f} differs", r["id"]));
                }
            }
        }
        let share = within as f64 / compared as f64;
        eprintln!(
            "WHO Anthro comparison: {within}/{compared} z-scores within 0.01 ({:.3} %), \
             {flags_equal}/{flags} flags equal, {age_excluded} z-scores of children ≥ 60 months \
             excluded; misses: {misses:?}",
            share * 100.0
        );
        assert!(compared > 1500, "{compared}");
        assert!(share >= 0.999, "{misses:?}");
        assert_eq!(flags_equal, flags, "{misses:?}");
    }

    #[test]
    fn flags_follow_who_anthro_limits() {
        assert!(who_flag(Indicator::LengthHeightForAge, -6.01));
        assert!(!who_flag(Indicator::LengthHeightForAge, 6.0));
        assert!(who_flag(Indicator::WeightForAge, 5.01));
        assert!(!who_flag(Indicator::WeightForAge, -6.0));
        assert!(who_flag(Indicator::WeightForAge, -6.01));
        for i in [
            Indicator::WeightForLengthHeight,
            Indicator::BmiForAge,
            Indicator::HeadForAge,
        ] {
            assert!(who_flag(i, 5.01) && who_flag(i, -5.01) && !who_flag(i, 5.0));
        }
    }

    #[test]
    fn who_anthro_spellings_shift_jis_and_bad_rows() {
        let text = "ID,Sex,birth_date,date,weight_kg,length_cm,measure,head_cm\n\
                    山田,m,2024/01/10,2024/07/10,7.9,67.5,L,43.5\n\
                    b,F,2023-01-10,2024-01-10,8.9,74.0,h,\n\
                    c,x,2023-01-10,2024-01-10,8.9,74.0,h,\n\
                    d,2,2023-01-10,2022-01-10,8.9,,,\n\
                    =cmd,2,2023-01-10,2024-01-10,abc,,,\n";
        let (sjis, _, _) = SHIFT_JIS.encode(text);
        let mut out = Vec::new();
        let summary = survey(Lang::Ja, &sjis[..], &mut out, &mut |_| {}).unwrap();
        assert!(summary.shift_jis);
        assert_eq!(summary.rows, 5);
        assert_eq!(summary.rows_with_errors, 3);
        let out = String::from_utf8(out).unwrap();
        let rows: Vec<Vec<String>> = out.lines().map(split_csv).collect();
        assert_eq!(rows[0].len(), OUTPUT_COLUMNS.len());
        assert_eq!(rows[1][0], "山田");
        assert_ne!(rows[1][11], "", "zlen computed");
        assert!(!rows[1][21].is_empty(), "Japanese weight band");
        // Standing at 12 months: +0.7 cm.
        assert_eq!(rows[2][9], "74.70");
        // #16: the error column is in one language (was "English / 日本語").
        assert!(rows[3][24].contains("sex"));
        assert!(rows[3][24].contains("性別は 1/2・m/f"), "{}", rows[3][24]);
        assert!(rows[4][24].contains("birth_date"), "{}", rows[4][24]);
        assert_eq!(rows[5][0], "'=cmd");
        assert!(rows[5][24].contains("weight_kg"));
        assert!(summary.errors.iter().any(|e| e.line == 4));
    }

    #[test]
    fn japanese_headers_are_understood() {
        let (s, rows) = run("番号,性別,生年月日,測定日,体重,身長,測定方法,頭囲\n\
             a,男,2024-01-01,2024-04-01,6.4,62.0,l,40.5\n");
        assert_eq!(s.rows_with_errors, 0, "{:?}", s.errors);
        assert_eq!(rows[1][0], "a");
        assert!(!rows[1][13].is_empty(), "zwei");
        assert!(!rows[1][19].is_empty(), "zhc");
    }

    #[test]
    fn missing_columns_and_endless_lines_are_refused() {
        let mut out = Vec::new();
        assert!(matches!(
            survey(
                Lang::Ja,
                &b"id,sex,date\n1,1,2024-01-01\n"[..],
                &mut out,
                &mut |_| {}
            ),
            Err(SurveyError::MissingColumn {
                missing: "birth_date",
                ..
            })
        ));
        let long = vec![b'a'; MAX_LINE_BYTES + 10];
        assert!(matches!(
            survey(Lang::Ja, &long[..], &mut out, &mut |_| {}),
            Err(SurveyError::LineTooLong { line: 1, .. })
        ));
        assert!(matches!(
            survey(Lang::Ja, &b""[..], &mut out, &mut |_| {}),
            Err(SurveyError::Empty)
        ));
    }

    #[test]
    fn prevalences_count_only_unflagged_scores_per_age_group() {
        let (s, _) = run(
            "id,sex,birth_date,date,weight_kg,length_cm,measure,head_cm\n\
             a,1,2024-01-01,2024-04-01,3.0,,,\n\
             b,1,2024-01-01,2024-04-01,6.4,,,\n\
             c,1,2024-01-01,2024-04-01,40,,,\n",
        );
        let g = &s.groups[0];
        assert_eq!(g.group, "00-05 mo");
        let zwei = &g.indicators[1];
        assert_eq!((zwei.n, zwei.flagged), (2, 1));
        assert_eq!(zwei.pct_below_minus3, Some(50.0));
        assert_eq!(s.groups[6].indicators[1].n, 2);
        let html = s.report_html(Lang::Ja);
        assert!(html.contains("00-05 mo") && html.contains("<svg"));
        assert!(html.contains("令和5年乳幼児身体発育調査"));
    }

    /// #16: the Japanese report named age groups "00-05 mo" and measures "weight";
    /// the English row errors carried Japanese after a slash.
    #[test]
    fn the_report_and_the_row_errors_are_in_one_language() {
        let input = "id,sex,birth_date,date,weight_kg,length_cm,measure,head_cm\n\
                     a,1,2024-01-01,2024-04-01,6.4,62.0,l,40.5\n\
                     b,x,2024-01-01,2024-04-01,6.4,,,\n";
        let mut out = Vec::new();
        let s = survey(Lang::En, input.as_bytes(), &mut out, &mut |_| {}).unwrap();
        let en = &s.errors[0].message;
        assert_eq!(en, r#"sex: "x" is not 1/2, m/f or male/female"#);
        let ja = s.report_html(Lang::Ja);
        assert!(ja.contains(">0〜5か月<") && ja.contains(">全体<"), "{ja}");
        assert!(ja.contains(">体重<") && !ja.contains(">weight<"), "{ja}");
        assert!(!ja.contains(">00-05 mo<") && !ja.contains(">all<"), "{ja}");
        let en = s.report_html(Lang::En);
        assert!(
            en.contains(">0–5 months<") && en.contains(">Weight<"),
            "{en}"
        );
    }
}

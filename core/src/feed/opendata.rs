//! Import of the municipal standard open data sets (自治体標準オープンデータセット):
//! イベント一覧, 子育て施設一覧, 医療機関一覧, as cities really have them.
//!
//! In practice the files come as UTF-8 with a BOM (Excel's "CSV UTF-8"), plain UTF-8,
//! or Shift_JIS/CP932 (Excel's plain "CSV"), with CRLF line ends: the encoding is
//! detected (BOM → UTF-8; valid UTF-8 → UTF-8; else CP932). UTF-16 (Excel's "Unicode
//! テキスト") and EUC-JP are recognised and refused with the Excel save option that
//! works. Columns are found by their Japanese header, so column order and a city's
//! extra columns do not matter.
//!
//! Staff fix mistakes in Excel, so every problem of a file is reported at once (up
//! to [`MAX_PROBLEMS`]), each with the row number Excel shows (the header is row 1;
//! a value spanning lines is still one row), the column name and the fix, in
//! Japanese or English ([`CsvError::message`]). Values are read the way offices
//! write them: full-width digits, 和暦 (令和/平成), `2026年6月10日`, `13:30:00`,
//! `13時30分`, `有/無/あり/なし/○/×`, ranges with `〜 ～ -`.
//!
//! Ids are stable across re-exports (docs/feed-format.md, "Ids of CSV rows"): the
//! `ID` column when the file has one, else a hash of what identifies the row (its
//! name, date, time and place), never the `NO` column, which cities renumber whenever
//! they regenerate the file: a family's read mark must stay on its event.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::NaiveDate;
use encoding_rs::{EUC_JP, SHIFT_JIS};

use super::format::{Audience, ChildcareFacility, Event, MedicalInstitution, Span};
use crate::lang::Lang;

/// Largest CSV file accepted (a city's lists are kilobytes to a few megabytes).
pub const MAX_CSV_BYTES: usize = 32 * 1024 * 1024;

/// Most problems reported for one file: enough to fix a whole column in one go, not
/// a screenful per row of a file in the wrong format.
pub const MAX_PROBLEMS: usize = 50;

/// The column a city adds to say whom an event is for, in Japanese
/// (「妊娠20〜27週」「1歳6か月〜2歳」; [`parse_audience`]).
pub const AUDIENCE_COLUMN: &str = "配信対象";

/// The older city column: the child's age in months, `3-4` or `12-`.
pub const MONTHS_COLUMN: &str = "対象月齢";

/// The encoding a file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8Bom,
    Utf8,
    ShiftJis,
}

/// Why a file could not be imported. Nothing is imported from a file with an error.
/// Its text (`Display`) is [`CsvError::message`] in English.
#[derive(Debug, Clone, PartialEq)]
pub enum CsvError {
    TooLarge {
        limit: usize,
    },
    /// Excel's "Unicode テキスト": UTF-16, tab-separated.
    Utf16,
    EucJp,
    Encoding {
        offset: usize,
    },
    /// The header (row 1) lacks a column the data set requires; `found` are the
    /// file's headers, as written.
    MissingColumn {
        missing: String,
        found: Vec<String>,
    },
    /// Every problem found, in row order, at most [`MAX_PROBLEMS`]; `more` were not
    /// listed.
    Rows {
        problems: Vec<CsvProblem>,
        more: usize,
    },
}

impl std::fmt::Display for CsvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for CsvError {}

impl CsvError {
    /// The message for staff, in `lang` (one line per problem).
    pub fn message(&self, lang: Lang) -> String {
        let save_as = || crate::t!(lang, "feed-csv-save-as");
        match self {
            CsvError::TooLarge { limit } => crate::t!(lang, "feed-csv-too-large", limit = *limit),
            CsvError::Utf16 => crate::t!(lang, "feed-csv-utf16", save_as = save_as()),
            CsvError::EucJp => crate::t!(lang, "feed-csv-euc-jp", save_as = save_as()),
            CsvError::Encoding { offset } => crate::t!(
                lang,
                "feed-csv-encoding",
                offset = *offset,
                save_as = save_as()
            ),
            CsvError::MissingColumn { missing, found } => crate::t!(
                lang,
                "feed-csv-missing-column",
                missing = missing,
                found = crate::text::join(lang, found)
            ),
            CsvError::Rows { problems, more } => problems_text(problems, *more, lang),
        }
    }

    /// A stable machine-readable name.
    pub fn kind(&self) -> &'static str {
        match self {
            CsvError::TooLarge { .. } => "too_large",
            CsvError::Utf16 => "utf16",
            CsvError::EucJp => "euc_jp",
            CsvError::Encoding { .. } => "encoding",
            CsvError::MissingColumn { .. } => "missing_column",
            CsvError::Rows { .. } => "rows",
        }
    }
}

fn problems_text(problems: &[CsvProblem], more: usize, lang: Lang) -> String {
    let mut lines: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
    if more > 0 {
        lines.push(crate::t!(
            lang,
            "feed-csv-more",
            more = more,
            listed = problems.len()
        ));
    }
    lines.join("\n")
}

/// One problem in one cell (or row) of a file.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvProblem {
    /// The row number Excel shows (the header is row 1).
    pub row: u64,
    /// The column's header, when the problem is in one cell.
    pub column: Option<String>,
    pub kind: ProblemKind,
}

/// What is wrong, with what is needed to say how to fix it.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// The row has another number of cells than the header.
    ColumnCount {
        found: usize,
        expected: usize,
    },
    /// A required cell is empty.
    Empty,
    NotADate {
        value: String,
    },
    NotATime {
        value: String,
    },
    NotANumber {
        value: String,
    },
    NotYesNo {
        value: String,
    },
    EndBeforeStart {
        start: NaiveDate,
        end: NaiveDate,
    },
    NotAnAudience {
        value: String,
    },
    /// Two rows have the same id (the same `ID`, or, without an `ID` column, the
    /// same name, date, time and place).
    SameId {
        id: String,
        first_row: u64,
    },
}

impl CsvProblem {
    /// `row 3, column 開始日: "7月1日" is not a date; write …` in `lang`. The column is
    /// the file's own header (the data set's Japanese name), in every language.
    pub fn message(&self, lang: Lang) -> String {
        let at = match &self.column {
            Some(c) => crate::t!(lang, "feed-csv-at-cell", row = self.row, column = c),
            None => crate::t!(lang, "feed-csv-at-row", row = self.row),
        };
        use ProblemKind as P;
        let what = match &self.kind {
            P::ColumnCount { found, expected } => crate::t!(
                lang,
                "feed-csv-column-count",
                found = *found,
                expected = *expected
            ),
            P::Empty => crate::t!(lang, "feed-csv-empty"),
            P::NotADate { value } => crate::t!(lang, "feed-csv-not-a-date", value = value),
            P::NotATime { value } => crate::t!(lang, "feed-csv-not-a-time", value = value),
            P::NotANumber { value } => crate::t!(lang, "feed-csv-not-a-number", value = value),
            P::NotYesNo { value } => crate::t!(lang, "feed-csv-not-yes-no", value = value),
            P::EndBeforeStart { start, end } => crate::t!(
                lang,
                "feed-csv-end-before-start",
                start = start.to_string(),
                end = end.to_string()
            ),
            P::NotAnAudience { value } => {
                crate::t!(lang, "feed-csv-not-an-audience", value = value)
            }
            P::SameId { id, first_row } => {
                crate::t!(lang, "feed-csv-same-id", id = id, first_row = *first_row)
            }
        };
        crate::t!(lang, "feed-csv-problem", at = at, what = what)
    }
}

/// Decode a CSV file's bytes, detecting the encoding.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), CsvError> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(CsvError::TooLarge {
            limit: MAX_CSV_BYTES,
        });
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") || looks_utf16(bytes) {
        return Err(CsvError::Utf16);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest)
            .map(|s| (s.to_string(), Encoding::Utf8Bom))
            .map_err(|e| CsvError::Encoding {
                offset: e.valid_up_to() + 3,
            });
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((s.to_string(), Encoding::Utf8));
    }
    let (text, had_errors) = SHIFT_JIS.decode_without_bom_handling(bytes);
    let (euc, euc_errors) = EUC_JP.decode_without_bom_handling(bytes);
    // EUC-JP kanji often decode "cleanly" as Shift_JIS half-width katakana: a file
    // that reads as EUC-JP with fewer of those is EUC-JP.
    if !euc_errors && (had_errors || halfwidth_kana(&euc) < halfwidth_kana(&text)) {
        return Err(CsvError::EucJp);
    }
    if had_errors {
        let offset = text.find('\u{FFFD}').unwrap_or(0);
        return Err(CsvError::Encoding { offset });
    }
    Ok((text.into_owned(), Encoding::ShiftJis))
}

/// UTF-16 without a BOM: text never holds a NUL byte, while UTF-16 has one in every
/// ASCII character (and a newline or comma is ASCII); and it decodes cleanly.
fn looks_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    head.len() >= 4
        && head.contains(&0)
        && [encoding_rs::UTF_16LE, encoding_rs::UTF_16BE]
            .iter()
            .any(|e| !e.decode_without_bom_handling(head).1)
}

fn halfwidth_kana(s: &str) -> usize {
    s.chars()
        .filter(|c| ('\u{FF61}'..='\u{FF9F}').contains(c))
        .count()
}

/// Full-width ASCII (digits, `：`, `／`, `－`) and the ideographic space as their
/// plain forms, trimmed: how a value is compared, never how text is stored.
pub fn plain(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '\u{2212}' | '\u{2010}' | '\u{2011}' | '\u{2013}' => '-',
            other => other,
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// A parsed table: the header and the rows, with their Excel row numbers.
struct Table {
    columns: HashMap<String, usize>,
    headers: Vec<String>,
    rows: Vec<(u64, Vec<String>)>,
}

fn table(text: &str, problems: &mut Vec<CsvProblem>) -> Table {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map(|h| h.iter().map(|h| h.trim().to_string()).collect())
        .unwrap_or_default();
    let columns = headers
        .iter()
        .enumerate()
        .map(|(i, h)| (h.clone(), i))
        .collect();
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        // The record index is the row Excel shows, less one (the header is record 0,
        // row 1), whatever the line ends and however many lines a quoted value spans.
        let row = reader.position().record() + 1;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(_) => {
                // Only invalid UTF-8 fails here, and `text` is a str: stop reading.
                break;
            }
        }
        if record.iter().all(|f| f.trim().is_empty()) {
            continue; // Excel leaves empty rows at the end
        }
        if record.len() != headers.len() {
            problems.push(CsvProblem {
                row,
                column: None,
                kind: ProblemKind::ColumnCount {
                    found: record.len(),
                    expected: headers.len(),
                },
            });
            continue;
        }
        rows.push((row, record.iter().map(|f| f.trim().to_string()).collect()));
    }
    Table {
        columns,
        headers,
        rows,
    }
}

/// One row, with lookups by header; problems are collected, not returned, so that
/// every mistake of a row (and of the file) is reported at once.
struct RowRef<'a> {
    table: &'a Table,
    row: u64,
    fields: &'a [String],
    problems: RefCell<Vec<CsvProblem>>,
}

impl RowRef<'_> {
    fn text(&self, header: &str) -> Option<String> {
        self.table
            .columns
            .get(header)
            .and_then(|i| self.fields.get(*i))
            .filter(|v| !v.is_empty())
            .cloned()
    }

    fn problem(&self, header: &str, kind: ProblemKind) {
        self.problems.borrow_mut().push(CsvProblem {
            row: self.row,
            column: Some(header.to_string()),
            kind,
        });
    }

    fn required(&self, header: &str) -> String {
        self.text(header).unwrap_or_else(|| {
            self.problem(header, ProblemKind::Empty);
            String::new()
        })
    }

    /// A value read by `parse`, or a problem made by `bad` from the cell's text.
    fn parsed<T>(
        &self,
        header: &str,
        parse: impl FnOnce(&str) -> Option<T>,
        bad: impl FnOnce(String) -> ProblemKind,
    ) -> Option<T> {
        let v = self.text(header)?;
        let out = parse(&plain(&v));
        if out.is_none() {
            self.problem(header, bad(v));
        }
        out
    }

    fn date(&self, header: &str) -> Option<NaiveDate> {
        self.parsed(header, parse_date, |value| ProblemKind::NotADate { value })
    }

    fn time(&self, header: &str) -> Option<String> {
        self.parsed(header, parse_time, |value| ProblemKind::NotATime { value })
    }

    fn number(&self, header: &str) -> Option<f64> {
        self.parsed(
            header,
            |v| v.parse::<f64>().ok().filter(|n| n.is_finite()),
            |value| ProblemKind::NotANumber { value },
        )
    }

    fn yes_no(&self, header: &str) -> Option<bool> {
        self.parsed(header, parse_yes_no, |value| ProblemKind::NotYesNo {
            value,
        })
    }

    /// The row's id (module doc): the `ID` column, else `{prefix}-` and the first 16
    /// hex digits of the BLAKE3 hash of `identity` (docs/feed-format.md).
    fn id(&self, prefix: &str, identity: &[&str]) -> String {
        if let Some(id) = self.text("ID") {
            return plain(&id);
        }
        content_id(prefix, identity)
    }

    /// The audience: the `配信対象` column, else the older `対象月齢`.
    fn audience(&self) -> Audience {
        if self.table.columns.contains_key(AUDIENCE_COLUMN) {
            return self
                .parsed(AUDIENCE_COLUMN, parse_audience, |value| {
                    ProblemKind::NotAnAudience { value }
                })
                .unwrap_or_default();
        }
        self.parsed(MONTHS_COLUMN, parse_months, |value| {
            ProblemKind::NotAnAudience { value }
        })
        .map(|span| Audience {
            child_age_months: Some(span),
            ..Default::default()
        })
        .unwrap_or_default()
    }
}

/// The id of a row without an `ID` column: `{prefix}-` + the first 16 lowercase hex
/// digits of BLAKE3 over the identity fields, each [`plain`], joined by U+001F.
pub fn content_id(prefix: &str, identity: &[&str]) -> String {
    let joined = identity
        .iter()
        .map(|s| plain(s))
        .collect::<Vec<_>>()
        .join("\u{1F}");
    let hash = blake3::hash(joined.as_bytes()).to_hex();
    format!("{prefix}-{}", &hash.as_str()[..16])
}

type Ymd = (i32, u32, u32);

/// Eras of the Japanese calendar a date in a current file can be in: name, its
/// one-letter abbreviation, first day, last day. 平成 began 1989-01-08 (元号を改める
/// 政令, 昭和64年政令第1号) and 令和 2019-05-01 (元号を改める政令, 平成31年政令第143号).
const ERAS: [(&str, char, Ymd, Option<Ymd>); 2] = [
    ("令和", 'R', (2019, 5, 1), None),
    ("平成", 'H', (1989, 1, 8), Some((2019, 4, 30))),
];

/// `2026-06-10`, `2026/6/10`, `20260610`, `2026.6.10`, `2026年6月10日`,
/// `令和8年6月10日`, `令和元年5月1日`, `R8.6.10` (after [`plain`]).
pub fn parse_date(v: &str) -> Option<NaiveDate> {
    let v = plain(v);
    for f in ["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y.%m.%d", "%Y年%m月%d日"] {
        if let Ok(d) = NaiveDate::parse_from_str(&v, f) {
            return Some(d);
        }
    }
    for (name, letter, first, last) in ERAS {
        let rest = v
            .strip_prefix(name)
            .or_else(|| v.strip_prefix(letter))
            .or_else(|| v.strip_prefix(letter.to_ascii_lowercase()));
        let Some(rest) = rest else { continue };
        let nums: Vec<&str> = rest
            .split(['年', '月', '日', '.', '/', '-'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let [y, m, d] = nums[..] else { return None };
        let y: i32 = if y == "元" { 1 } else { y.parse().ok()? };
        let date = NaiveDate::from_ymd_opt(first.0 + y - 1, m.parse().ok()?, d.parse().ok()?)?;
        let start = NaiveDate::from_ymd_opt(first.0, first.1, first.2)?;
        let end = last.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
        return (y >= 1 && date >= start && end.is_none_or(|e| date <= e)).then_some(date);
    }
    None
}

/// `9:30`, `09:30`, `13:30:00`, `13時30分`, `13時` as `HH:MM` (24:00 allowed, for
/// "until midnight").
pub fn parse_time(v: &str) -> Option<String> {
    let v = plain(v);
    let (h, m) = if let Some((h, rest)) = v.split_once('時') {
        let m = rest.strip_suffix('分').unwrap_or(rest).trim();
        (h.trim(), if m.is_empty() { "0" } else { m })
    } else {
        let mut parts = v.split(':');
        let h = parts.next()?;
        let m = parts.next()?;
        match parts.next() {
            None => {}
            Some(s) if s.len() == 2 && s.parse::<u32>().is_ok_and(|s| s < 60) => {}
            Some(_) => return None,
        }
        if parts.next().is_some() || m.len() != 2 {
            return None;
        }
        (h, m)
    };
    let h: u32 = h.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then(|| format!("{h:02}:{m:02}"))
}

/// 有/無 as the standard writes them, and how offices also write them.
pub fn parse_yes_no(v: &str) -> Option<bool> {
    match plain(v).as_str() {
        "有" | "有り" | "あり" | "○" | "〇" | "◯" | "はい" => Some(true),
        "無" | "無し" | "なし" | "×" | "✕" | "いいえ" => Some(false),
        _ => None,
    }
}

/// The separators of a range: `〜` (wave dash), `～` (full-width tilde), `~`, `-`.
const RANGE: [char; 4] = ['〜', '～', '~', '-'];

/// The older `対象月齢` column: `3-4`, `12-`, `-6` (months).
fn parse_months(v: &str) -> Option<Span> {
    let v = plain(v);
    let (from, to) = v.split_once(RANGE).unwrap_or((&v, &v));
    let num = |s: &str| -> Option<Option<u32>> {
        let s = s.trim();
        if s.is_empty() {
            Some(None)
        } else {
            s.parse().ok().map(Some)
        }
    };
    let span = Span {
        from: num(from)?,
        to: num(to)?,
    };
    ordered(span)
}

fn ordered(span: Span) -> Option<Span> {
    match (span.from, span.to) {
        (Some(f), Some(t)) if t < f => None,
        (None, None) => None,
        _ => Some(span),
    }
}

/// An age as written in Japanese, in completed months: `1歳6か月` → 18, `2歳` → 24,
/// `3か月` → 3; with `upper`, a bare year means the whole year (`2歳` → 35), as
/// 「〜2歳」 includes two-year-olds.
fn age_months(s: &str, upper: bool) -> Option<u32> {
    let s = s.trim();
    let month_words = ["か月", "ヶ月", "ケ月", "カ月", "ヵ月", "箇月"];
    let (years, rest) = match s.split_once('歳') {
        Some((y, rest)) => (Some(y.trim().parse::<u32>().ok()?), rest.trim()),
        None => (None, s),
    };
    let months = if rest.is_empty() {
        None
    } else {
        let n = month_words
            .iter()
            .find_map(|w| rest.strip_suffix(w))?
            .trim();
        Some(n.parse::<u32>().ok()?)
    };
    match (years, months) {
        (Some(y), None) => Some(y * 12 + if upper { 11 } else { 0 }),
        (Some(y), Some(m)) if m < 12 => Some(y * 12 + m),
        (None, Some(m)) => Some(m),
        _ => None,
    }
}

/// The `配信対象` column, in Japanese: terms separated by `、` `,` `;` `・`, each one
/// of `妊娠20〜27週` (weeks, either end open: `妊娠36週〜`, `妊娠〜15週`), `妊娠中`,
/// `0〜3か月`, `1歳6か月〜2歳`, `3歳以上`, `1歳未満` (the child's age; a year as the
/// upper end includes that whole year), `生後28日まで` / `生後0〜28日` (days), or
/// empty / `どなたでも` / `すべて` (everyone). At most one of each kind.
pub fn parse_audience(v: &str) -> Option<Audience> {
    // 才 is the everyday way of writing 歳.
    let v = plain(v).replace('才', "歳");
    let mut a = Audience::default();
    for term in v.split(['、', ',', ';', '；', '・', '，']) {
        let t = term.trim();
        if t.is_empty() || t == "どなたでも" || t == "すべて" || t == "全員" {
            continue;
        }
        if let Some(rest) = t.strip_prefix("妊娠") {
            if a.pregnancy_weeks.is_some() {
                return None;
            }
            a.pregnancy_weeks = Some(if rest == "中" {
                Span {
                    from: Some(0),
                    to: None,
                }
            } else {
                number_range(rest, "週")?
            });
        } else if let Some(rest) = t.strip_prefix("生後") {
            if a.child_age_days.is_some() || !rest.contains('日') {
                return None;
            }
            a.child_age_days = Some(number_range(rest, "日")?);
        } else {
            if a.child_age_months.is_some() {
                return None;
            }
            a.child_age_months = Some(age_range(t)?);
        }
    }
    if let Some(w) = a.pregnancy_weeks.and_then(|s| s.from)
        && w > 45
    {
        return None;
    }
    a.has_stage_criteria().then_some(a).or_else(|| {
        // An empty or "everyone" cell.
        v.split(['、', ',', ';', '；', '・', '，'])
            .all(|t| matches!(t.trim(), "" | "どなたでも" | "すべて" | "全員"))
            .then(Audience::default)
    })
}

/// `20〜27週`, `20週〜27週`, `36週〜`, `36週以降`, `〜15週`, `15週まで`, `22週`.
fn number_range(s: &str, unit: &str) -> Option<Span> {
    let num = |x: &str| -> Option<Option<u32>> {
        let x = x.trim();
        let x = x.strip_suffix(unit).unwrap_or(x).trim();
        if x.is_empty() {
            Some(None)
        } else {
            x.parse().ok().map(Some)
        }
    };
    let s = s.trim();
    if let Some(x) = s.strip_suffix("以降").or_else(|| s.strip_suffix("以上")) {
        return ordered(Span {
            from: num(x)?.or(Some(0)),
            to: None,
        });
    }
    if let Some(x) = s.strip_suffix("まで") {
        return ordered(Span {
            from: None,
            to: num(x)?,
        });
    }
    let span = match s.split_once(RANGE) {
        Some((f, t)) => Span {
            from: num(f)?,
            to: num(t)?,
        },
        None => {
            let n = num(s)??;
            Span {
                from: Some(n),
                to: Some(n),
            }
        }
    };
    ordered(span)
}

/// `0〜3か月`, `1歳6か月〜2歳`, `3歳以上`, `1歳未満`, `4か月`, `3歳`.
fn age_range(s: &str) -> Option<Span> {
    let s = s.trim();
    if let Some(x) = s.strip_suffix("以上").or_else(|| s.strip_suffix("以降")) {
        return ordered(Span {
            from: Some(age_months(x, false)?),
            to: None,
        });
    }
    if let Some(x) = s.strip_suffix("未満") {
        return ordered(Span {
            from: None,
            to: Some(age_months(x, false)?.checked_sub(1)?),
        });
    }
    if let Some(x) = s.strip_suffix("まで") {
        return ordered(Span {
            from: None,
            to: Some(age_months(x, true)?),
        });
    }
    match s.split_once(RANGE) {
        Some((f, t)) => {
            // `0〜3か月`: a bare number before the separator takes the unit after it.
            let (f, t) = (f.trim(), t.trim());
            let from = if f.is_empty() {
                None
            } else if f.chars().all(|c| c.is_ascii_digit()) {
                let unit_months = !t.contains('歳');
                let n: u32 = f.parse().ok()?;
                Some(if unit_months { n } else { n * 12 })
            } else {
                Some(age_months(f, false)?)
            };
            let to = if t.is_empty() {
                None
            } else {
                Some(age_months(t, true)?)
            };
            ordered(Span { from, to })
        }
        None => Some(Span {
            from: Some(age_months(s, false)?),
            to: Some(age_months(s, true)?),
        }),
    }
}

/// Read every row with `f`; the rows' problems and duplicate ids are collected, and
/// the file is refused as a whole if there is any.
fn each<T>(
    bytes: &[u8],
    required: &[&str],
    id_of: impl Fn(&T) -> &str,
    f: impl Fn(&RowRef<'_>) -> T,
) -> Result<(Vec<T>, Encoding), CsvError> {
    let (text, encoding) = decode(bytes)?;
    let mut problems = Vec::new();
    let t = table(&text, &mut problems);
    for r in required {
        if !t.columns.contains_key(*r) {
            return Err(CsvError::MissingColumn {
                missing: (*r).to_string(),
                found: t.headers.clone(),
            });
        }
    }
    let mut out = Vec::with_capacity(t.rows.len());
    let mut seen: HashMap<String, u64> = HashMap::new();
    for (row, fields) in &t.rows {
        let r = RowRef {
            table: &t,
            row: *row,
            fields,
            problems: RefCell::new(Vec::new()),
        };
        let item = f(&r);
        let id = id_of(&item).to_string();
        problems.extend(r.problems.into_inner());
        if let Some(first_row) = seen.get(&id) {
            problems.push(CsvProblem {
                row: *row,
                column: None,
                kind: ProblemKind::SameId {
                    id,
                    first_row: *first_row,
                },
            });
        } else {
            seen.insert(id, *row);
        }
        out.push(item);
    }
    if problems.is_empty() {
        return Ok((out, encoding));
    }
    problems.sort_by_key(|p| p.row);
    let more = problems.len().saturating_sub(MAX_PROBLEMS);
    problems.truncate(MAX_PROBLEMS);
    Err(CsvError::Rows { problems, more })
}

/// イベント一覧. A city column `配信対象` (or the older `対象月齢`) becomes the
/// audience.
pub fn events(bytes: &[u8]) -> Result<(Vec<Event>, Encoding), CsvError> {
    each(
        bytes,
        &["イベント名"],
        |e: &Event| &e.id,
        |r| {
            let name = r.required("イベント名");
            let start_date = r.date("開始日");
            let end_date = r.date("終了日");
            if let (Some(start), Some(end)) = (start_date, end_date)
                && end < start
            {
                r.problem("終了日", ProblemKind::EndBeforeStart { start, end });
            }
            let start_time = r.time("開始時間");
            let place_name = r.text("場所名称");
            let address = r.text("住所");
            let date_text = start_date.map(|d| d.to_string()).unwrap_or_default();
            let place = place_name.as_deref().or(address.as_deref()).unwrap_or("");
            Event {
                id: r.id(
                    "event",
                    &[
                        &name,
                        &date_text,
                        start_time.as_deref().unwrap_or(""),
                        place,
                    ],
                ),
                name,
                name_kana: r.text("イベント名_カナ"),
                name_en: r.text("イベント名_英語"),
                start_date,
                end_date,
                start_time,
                end_time: r.time("終了時間"),
                date_note: r.text("開始日時特記事項"),
                description: r.text("説明"),
                fee: r.text("料金(基本)"),
                fee_detail: r.text("料金(詳細)"),
                contact_name: r.text("連絡先名称"),
                contact_phone: r.text("連絡先電話番号"),
                contact_extension: r.text("連絡先内線番号"),
                organizer: r.text("主催者"),
                place_name,
                address,
                address_detail: r.text("方書"),
                latitude: r.number("緯度"),
                longitude: r.number("経度"),
                access: r.text("アクセス方法"),
                parking: r.text("駐車場情報"),
                capacity: r.text("定員"),
                application_deadline_date: r.date("参加申込終了日"),
                application_deadline_time: r.text("参加申込終了時間"),
                application_method: r.text("参加申込方法"),
                url: r.text("URL"),
                remarks: r.text("備考"),
                audience: r.audience(),
            }
        },
    )
}

/// 子育て施設一覧.
pub fn childcare_facilities(bytes: &[u8]) -> Result<(Vec<ChildcareFacility>, Encoding), CsvError> {
    each(
        bytes,
        &["名称"],
        |f: &ChildcareFacility| &f.id,
        |r| {
            let name = r.required("名称");
            let address = r.text("住所");
            ChildcareFacility {
                id: r.id("facility", &[&name, address.as_deref().unwrap_or("")]),
                name,
                name_kana: r.text("名称_カナ"),
                kind: r.text("種別"),
                address,
                address_detail: r.text("方書"),
                latitude: r.number("緯度"),
                longitude: r.number("経度"),
                access: r.text("アクセス方法"),
                parking: r.text("駐車場情報"),
                phone: r.text("電話番号"),
                extension: r.text("内線番号"),
                fax: r.text("FAX番号"),
                corporate_number: r.text("法人番号"),
                organization: r.text("団体名"),
                authorized_on: r.text("認可等年月日"),
                capacity: r.text("収容定員"),
                accepted_ages: r.text("受入年齢"),
                days: r.text("利用可能曜日"),
                open_time: r.time("開始時間"),
                close_time: r.time("終了時間"),
                hours_note: r.text("利用可能日時特記事項"),
                temporary_care: r.yes_no("一時預かりの有無"),
                url: r.text("URL"),
                remarks: r.text("備考"),
            }
        },
    )
}

/// 医療機関一覧.
pub fn medical_institutions(bytes: &[u8]) -> Result<(Vec<MedicalInstitution>, Encoding), CsvError> {
    each(
        bytes,
        &["名称"],
        |m: &MedicalInstitution| &m.id,
        |r| {
            let name = r.required("名称");
            let address = r.text("住所");
            MedicalInstitution {
                id: r.id("medical", &[&name, address.as_deref().unwrap_or("")]),
                name,
                name_kana: r.text("名称_カナ"),
                kind: r.text("医療機関の種類"),
                address,
                address_detail: r.text("方書"),
                latitude: r.number("緯度"),
                longitude: r.number("経度"),
                phone: r.text("電話番号"),
                extension: r.text("内線番号"),
                fax: r.text("FAX番号"),
                corporate_number: r.text("法人番号"),
                corporation_name: r.text("法人の名称"),
                institution_code: r.text("医療機関コード"),
                days: r.text("診療曜日"),
                open_time: r.time("診療開始時間"),
                close_time: r.time("診療終了時間"),
                hours_note: r.text("診療日時特記事項"),
                after_hours: r.text("時間外における対応"),
                departments: r
                    .text("診療科目")
                    .map(|v| {
                        v.split([';', '；'])
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default(),
                beds: r.text("病床数"),
                url: r.text("URL"),
                remarks: r.text("備考"),
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVENTS: &str = "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,イベント名,開始日,終了日,開始時間,終了時間,場所名称,説明,対象月齢\n\
        99990,1,架空県,こもれび市,離乳食教室,2026-06-10,2026-06-10,10:00,11:30,保健センター,はじめての離乳食,4-6\n\
        99990,2,架空県,こもれび市,親子ひろば,2026/7/1,,09:30,,子育て支援センター,\"自由に遊べます、予約不要\",\n";

    fn problems(err: CsvError) -> Vec<CsvProblem> {
        match err {
            CsvError::Rows { problems, .. } => problems,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn utf8_bom_and_shift_jis_files_read_the_same() {
        let utf8 = EVENTS.as_bytes().to_vec();
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(EVENTS.as_bytes());
        let (sjis, _, unmappable) = SHIFT_JIS.encode(EVENTS);
        assert!(!unmappable);
        let (a, ea) = events(&utf8).unwrap();
        let (b, eb) = events(&bom).unwrap();
        let (c, ec) = events(&sjis).unwrap();
        assert_eq!(
            (ea, eb, ec),
            (Encoding::Utf8, Encoding::Utf8Bom, Encoding::ShiftJis)
        );
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].name, "離乳食教室");
        assert_eq!(a[0].start_date, Some("2026-06-10".parse().unwrap()));
        assert_eq!(
            a[0].audience.child_age_months,
            Some(Span {
                from: Some(4),
                to: Some(6)
            })
        );
        assert_eq!(a[1].start_date, Some("2026-07-01".parse().unwrap()));
        assert_eq!(
            a[1].description.as_deref(),
            Some("自由に遊べます、予約不要")
        );
    }

    /// Issue #20, point 2: ids come from what the row is, not from `NO`.
    #[test]
    fn ids_do_not_depend_on_the_no_column_or_row_order() {
        let (a, _) = events(EVENTS.as_bytes()).unwrap();
        let lines: Vec<&str> = EVENTS.lines().collect();
        let renumbered = format!(
            "{}\n{}\n{}\n",
            lines[0],
            lines[2].replacen(",2,", ",1,", 1),
            lines[1].replacen(",1,", ",7,", 1)
        );
        let (b, _) = events(renumbered.as_bytes()).unwrap();
        assert_eq!(b[0].name, a[1].name);
        assert_eq!(
            (b[0].id.as_str(), b[1].id.as_str()),
            (a[1].id.as_str(), a[0].id.as_str())
        );
        assert!(
            a[0].id.starts_with("event-") && a[0].id.len() == 22,
            "{}",
            a[0].id
        );
        // The documented derivation (docs/feed-format.md).
        let expected =
            blake3::hash("離乳食教室\u{1F}2026-06-10\u{1F}10:00\u{1F}保健センター".as_bytes());
        assert_eq!(a[0].id, format!("event-{}", &expected.to_hex()[..16]));
        // An ID column wins.
        let with_id = EVENTS
            .replacen(",NO,", ",ID,", 1)
            .replacen("99990,1,", "99990,rinyu-2026-06,", 1)
            .replacen("99990,2,", "99990,hiroba,", 1);
        let (c, _) = events(with_id.as_bytes()).unwrap();
        assert_eq!(
            (c[0].id.as_str(), c[1].id.as_str()),
            ("rinyu-2026-06", "hiroba")
        );
    }

    #[test]
    fn two_rows_that_are_the_same_event_are_refused_with_both_rows() {
        let lines: Vec<&str> = EVENTS.lines().collect();
        let text = format!(
            "{}\n{}\n{}\n",
            lines[0],
            lines[1],
            lines[1].replacen(",1,", ",3,", 1)
        );
        let p = problems(events(text.as_bytes()).unwrap_err());
        assert!(
            matches!(p[0].kind, ProblemKind::SameId { first_row: 2, .. }),
            "{p:?}"
        );
        assert_eq!(p[0].row, 3);
        assert!(
            p[0].message(Lang::Ja).contains("ID 列"),
            "{}",
            p[0].message(Lang::Ja)
        );
    }

    /// Issue #20, point 3: the row number Excel shows, for CRLF files and for values
    /// spanning lines.
    #[test]
    fn rows_are_numbered_as_excel_shows_them() {
        let crlf = EVENTS.replace('\n', "\r\n").replace("2026/7/1", "7月1日");
        let p = problems(events(crlf.as_bytes()).unwrap_err());
        assert_eq!((p[0].row, p[0].column.as_deref()), (3, Some("開始日")));
        let multiline = EVENTS
            .replace("はじめての離乳食", "\"はじめての\r\n離乳食\"")
            .replace('\n', "\r\n")
            .replace("2026/7/1", "7月1日");
        let p = problems(events(multiline.as_bytes()).unwrap_err());
        assert_eq!(p[0].row, 3);
    }

    #[test]
    fn every_problem_of_a_file_is_reported_at_once_in_both_languages() {
        let text = EVENTS
            .replace("2026/7/1", "7月1日")
            .replace("11:30", "11時半ごろ")
            .replace("自由に遊べます、予約不要\"", "x\",foo");
        let p = problems(events(text.as_bytes()).unwrap_err());
        assert_eq!(p.len(), 2, "{p:?}");
        assert_eq!((p[0].row, p[0].column.as_deref()), (2, Some("終了時間")));
        assert_eq!((p[1].row, p[1].column.as_deref()), (3, None));
        let err = events(text.as_bytes()).unwrap_err();
        let ja = err.message(Lang::Ja);
        assert!(
            ja.contains("2行目「終了時間」: 「11時半ごろ」は時刻として読めません"),
            "{ja}"
        );
        assert!(ja.contains("3行目: 列が 13 個あります"), "{ja}");
        assert!(
            err.message(Lang::En).contains("row 2, column 終了時間"),
            "{err}"
        );
        // Beyond the limit, the rest is counted.
        let mut many = EVENTS.lines().next().unwrap().to_string();
        for i in 0..(MAX_PROBLEMS + 7) {
            many.push_str(&format!("\n1,{i},県,市,教室{i},いつか,,,,,,\n"));
        }
        match events(many.as_bytes()).unwrap_err() {
            CsvError::Rows { problems, more } => {
                assert_eq!((problems.len(), more), (MAX_PROBLEMS, 7));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn values_as_offices_write_them() {
        for (text, date) in [
            ("令和9年1月15日", "2027-01-15"),
            ("令和元年5月1日", "2019-05-01"),
            ("R8.6.10", "2026-06-10"),
            ("平成31年4月30日", "2019-04-30"),
            ("２０２６年６月１０日", "2026-06-10"),
            ("２０２６／６／１０", "2026-06-10"),
        ] {
            assert_eq!(parse_date(text), Some(date.parse().unwrap()), "{text}");
        }
        for bad in [
            "平成31年5月1日",
            "令和1年4月30日",
            "7月1日",
            "令和0年1月1日",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        for (text, time) in [
            ("13:30:00", "13:30"),
            ("13時30分", "13:30"),
            ("9時", "09:00"),
            ("9:30", "09:30"),
            ("１３：３０", "13:30"),
            ("24:00", "24:00"),
        ] {
            assert_eq!(parse_time(text).as_deref(), Some(time), "{text}");
        }
        for bad in ["25:00", "13:3", "13:30:99", "午後1時"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
        for (text, v) in [
            ("有", true),
            ("あり", true),
            ("○", true),
            ("無", false),
            ("なし", false),
            ("×", false),
        ] {
            assert_eq!(parse_yes_no(text), Some(v), "{text}");
        }
        assert_eq!(parse_yes_no("たぶん"), None);
    }

    #[test]
    fn the_audience_column_reads_japanese_stages() {
        let span = |from, to| Some(Span { from, to });
        let a = parse_audience("妊娠20〜27週").unwrap();
        assert_eq!(a.pregnancy_weeks, span(Some(20), Some(27)));
        assert!(!a.has_child_criteria());
        let a = parse_audience("1歳6か月〜2歳").unwrap();
        assert_eq!(a.child_age_months, span(Some(18), Some(35)));
        let a = parse_audience("妊娠３６週～、０～３か月").unwrap();
        assert_eq!(a.pregnancy_weeks, span(Some(36), None));
        assert_eq!(a.child_age_months, span(Some(0), Some(3)));
        assert_eq!(
            parse_audience("1歳未満").unwrap().child_age_months,
            span(None, Some(11))
        );
        assert_eq!(
            parse_audience("3歳以上").unwrap().child_age_months,
            span(Some(36), None)
        );
        assert_eq!(
            parse_audience("0〜3才").unwrap().child_age_months,
            span(Some(0), Some(47))
        );
        assert_eq!(
            parse_audience("生後28日まで").unwrap().child_age_days,
            span(None, Some(28))
        );
        assert_eq!(
            parse_audience("妊娠中").unwrap().pregnancy_weeks,
            span(Some(0), None)
        );
        assert_eq!(parse_audience("どなたでも"), Some(Audience::default()));
        for bad in [
            "妊婦さん向け",
            "妊娠27〜20週",
            "2歳〜1歳",
            "0〜3か月、4〜6か月",
            "妊娠50週",
        ] {
            assert_eq!(parse_audience(bad), None, "{bad}");
        }
        let csv = "イベント名,開始日,場所名称,配信対象\r\n両親学級,2026-06-20,保健センター,妊娠20〜27週\r\n";
        let (rows, _) = events(csv.as_bytes()).unwrap();
        assert_eq!(rows[0].audience.pregnancy_weeks, span(Some(20), Some(27)));
    }

    #[test]
    fn utf16_and_euc_jp_files_are_named_with_the_excel_option_to_use() {
        let mut utf16 = vec![0xFF, 0xFE];
        for u in EVENTS.encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        let err = events(&utf16).unwrap_err();
        assert_eq!(err, CsvError::Utf16);
        assert!(
            err.message(Lang::Ja).contains("CSV UTF-8 (コンマ区切り)"),
            "{}",
            err.message(Lang::Ja)
        );
        let no_bom = utf16[2..].to_vec();
        assert_eq!(events(&no_bom).unwrap_err(), CsvError::Utf16);
        let (euc, _, unmappable) = EUC_JP.encode(EVENTS);
        assert!(!unmappable);
        let err = events(&euc).unwrap_err();
        assert_eq!(err, CsvError::EucJp);
        assert!(err.message(Lang::Ja).contains("EUC-JP"));
    }

    #[test]
    fn bytes_that_are_no_text_are_refused() {
        let err = decode(&[0x82, 0xA0, 0xFF, 0xFF, 0x80]).unwrap_err();
        assert!(matches!(err, CsvError::Encoding { .. }), "{err:?}");
    }

    #[test]
    fn facilities_and_medical_institutions() {
        let f = "NO,名称,住所,種別,一時預かりの有無,開始時間,終了時間\n1,ひだまり保育園,中央1-1,認可私立保育所,あり,7:00,19:00\n";
        let (rows, _) = childcare_facilities(f.as_bytes()).unwrap();
        assert_eq!(rows[0].temporary_care, Some(true));
        assert_eq!(rows[0].open_time.as_deref(), Some("07:00"));
        let bad = f.replace(",あり,", ",たぶん,");
        let p = problems(childcare_facilities(bad.as_bytes()).unwrap_err());
        assert_eq!(
            (p[0].row, p[0].column.as_deref()),
            (2, Some("一時預かりの有無"))
        );
        let m = "NO,名称,診療科目\n1,こもれび小児科,小児科;アレルギー科\n";
        let (rows, _) = medical_institutions(m.as_bytes()).unwrap();
        assert_eq!(rows[0].departments, ["小児科", "アレルギー科"]);
        let missing = "NO,施設名\n1,x\n";
        assert!(matches!(
            medical_institutions(missing.as_bytes()),
            Err(CsvError::MissingColumn { .. })
        ));
    }

    /// #16: the headers found were joined with ", " inside the Japanese sentence.
    #[test]
    fn a_missing_column_lists_the_headers_found_in_the_language_of_the_message() {
        let err = medical_institutions("NO,施設名,住所\n1,x,y\n".as_bytes()).unwrap_err();
        assert_eq!(
            err.message(Lang::Ja),
            "1行目（見出し）に「名称」の列がありません（見つかった列: NO、施設名、住所）。"
        );
        assert_eq!(
            err.to_string(),
            "The header (row 1) has no 名称 column (found: NO, 施設名, 住所)."
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        /// The libFuzzer-free fallback of core/fuzz's `csv_import`.
        #[test]
        fn importing_never_panics(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048)) {
            let _ = events(&bytes);
            let _ = childcare_facilities(&bytes);
            let _ = medical_institutions(&bytes);
        }

        #[test]
        fn mutated_csv_never_panics(pos in 0usize..4096, byte in proptest::prelude::any::<u8>()) {
            let mut bytes = EVENTS.as_bytes().to_vec();
            let n = bytes.len();
            bytes[pos % n] = byte;
            let _ = events(&bytes);
        }

        #[test]
        fn audience_and_dates_never_panic(s in "\\PC{0,24}") {
            let _ = parse_audience(&s);
            let _ = parse_date(&s);
            let _ = parse_time(&s);
        }
    }
}

//! Presentation: numbers with their units, gestational ages, tables aligned for
//! terminals where a kanji is two columns wide, and text made safe for a terminal.

use std::borrow::Cow;

use hagukumi_core::model::GestationalAge;
use hagukumi_core::{Lang, t, tid};

/// Shown instead of a character that would control the terminal.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Whether `c` would act on a terminal or reorder the text around it rather than be
/// shown: C0 and C1 control characters (ESC starts "clear the screen", "set the
/// window title", colours), DEL, and the bidirectional overrides and isolates that
/// make text display in another order than it is stored. Newline and tab are text.
fn controls_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text made safe to print: every character that would control the terminal is
/// replaced by [`REPLACEMENT`]; a Windows line end ("\r\n") becomes "\n".
///
/// Names, diary text, feed titles and bundle contents are written by others (a
/// co-parent's share, a city's feed, a file from a chat), so every line the CLI
/// prints passes through here: the `out!`, `outln!` and `errln!` macros call it, so
/// no command can forget to. JSON output is escaped by [`json_text`] first and so
/// reaches here already clean.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(controls_terminal) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        out.push(if controls_terminal(c) { REPLACEMENT } else { c });
    }
    Cow::Owned(out)
}

/// A value for one line of a table or a label/value list: like [`clean`], and a
/// newline is shown as a space, so that a name cannot start a line of its own (a fake
/// "URGENT" row under the real ones).
pub fn one_line(s: &str) -> Cow<'_, str> {
    match clean(s) {
        Cow::Borrowed(b) if !b.contains('\n') => Cow::Borrowed(b),
        other => Cow::Owned(other.replace('\n', " ")),
    }
}

/// JSON for stdout. serde_json escapes C0 controls but writes DEL, C1 controls and
/// the bidirectional overrides as they are; they are escaped here as `\uXXXX`, which
/// reads back as the same string (outside strings JSON text has none of them).
pub fn json_text(json: &str) -> Cow<'_, str> {
    if !json.chars().any(controls_terminal) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if controls_terminal(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Growth weight: kilograms with two decimals ("9.00 kg").
pub fn kg(v: f64) -> String {
    format!("{v:.2} kg")
}

/// The mother's weight: one decimal, as clinic scales print it ("58.1 kg").
pub fn adult_kg(v: f64) -> String {
    format!("{v:.1} kg")
}

/// Birth weight in grams, as the handbook writes it ("3020 g").
pub fn grams(kg: f64) -> String {
    format!("{:.0} g", kg * 1000.0)
}

pub fn cm(v: f64) -> String {
    format!("{v:.1} cm")
}

pub fn opt<T>(v: Option<T>, f: impl FnOnce(T) -> String) -> String {
    v.map(f).unwrap_or_else(|| "—".to_string())
}

/// "28週3日" in Japanese, "28w3d" in English.
pub fn ga(lang: Lang, ga: GestationalAge) -> String {
    t!(lang, "cli-ga", weeks = ga.weeks(), days = ga.day_of_week())
}

/// A text in round brackets after what it explains: 「（…）」 / " (…)".
pub fn paren(lang: Lang, s: &str) -> String {
    t!(lang, "cli-paren", text = s)
}

/// Columns a character takes in a terminal: 2 for East Asian wide and fullwidth
/// characters (kanji, kana, fullwidth punctuation), else 1. A small table instead of
/// a dependency; it covers every character the handbook prints.
fn char_width(c: char) -> usize {
    let c = c as u32;
    let wide = matches!(c,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F
        | 0x1F900..=0x1F9FF
        | 0x20000..=0x3FFFD);
    if wide { 2 } else { 1 }
}

pub fn width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// `s` followed by spaces up to `w` columns.
pub fn pad(s: &str, w: usize) -> String {
    let mut out = s.to_string();
    out.extend(std::iter::repeat_n(' ', w.saturating_sub(width(s))));
    out
}

fn pad_left(s: &str, w: usize) -> String {
    let mut out: String = std::iter::repeat_n(' ', w.saturating_sub(width(s))).collect();
    out.push_str(s);
    out
}

/// Label/value lines with the values aligned: "体重     9.00 kg".
pub fn pairs(indent: &str, rows: &[(String, String)]) -> String {
    let w = rows.iter().map(|(l, _)| width(l)).max().unwrap_or(0);
    rows.iter()
        .map(|(l, v)| format!("{indent}{}  {}\n", pad(l, w), one_line(v)))
        .collect()
}

/// A plain text table: a header, then one line per row; numeric columns right-aligned.
#[derive(Debug, Default)]
pub struct Table {
    headers: Vec<String>,
    right: Vec<bool>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// Columns as (header, right-aligned?).
    pub fn new<S: AsRef<str>>(columns: &[(S, bool)]) -> Self {
        Table {
            headers: columns
                .iter()
                .map(|(h, _)| h.as_ref().to_string())
                .collect(),
            right: columns.iter().map(|(_, r)| *r).collect(),
            rows: Vec::new(),
        }
    }

    /// One row; each cell is shown on its one line ([`one_line`]).
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(
            cells
                .into_iter()
                .map(|c| match one_line(&c) {
                    Cow::Borrowed(_) => c,
                    Cow::Owned(o) => o,
                })
                .collect(),
        );
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn render(&self, indent: &str) -> String {
        let n = self.headers.len();
        let widths: Vec<usize> = (0..n)
            .map(|i| {
                std::iter::once(&self.headers[i])
                    .chain(self.rows.iter().filter_map(|r| r.get(i)))
                    .map(|s| width(s))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let line = |cells: &[String]| {
            let mut out = String::from(indent);
            for (i, w) in widths.iter().enumerate() {
                let cell = cells.get(i).map(String::as_str).unwrap_or("");
                let last = i + 1 == n;
                if self.right.get(i).copied().unwrap_or(false) {
                    out.push_str(&pad_left(cell, *w));
                } else if last {
                    out.push_str(cell);
                } else {
                    out.push_str(&pad(cell, *w));
                }
                if !last {
                    out.push_str("  ");
                }
            }
            out.truncate(out.trim_end().len());
            out.push('\n');
            out
        };
        // A table whose headers are all empty is a list of aligned lines.
        let mut out = if self.headers.iter().all(String::is_empty) {
            String::new()
        } else {
            line(&self.headers)
        };
        for row in &self.rows {
            out.push_str(&line(row));
        }
        out
    }
}

/// What an edit changed, one line per field: "体重: 6.2 → 6.4". Both records are
/// compared as their JSON (nested values such as a child's birth measurements by
/// their inner fields), so every kind is shown the same way.
pub fn changes<T: serde::Serialize>(lang: Lang, before: &T, after: &T) -> Vec<String> {
    let flat = |v: &T| {
        let mut out = Vec::new();
        flatten("", &serde_json::to_value(v).unwrap_or_default(), &mut out);
        out
    };
    let (old, new) = (flat(before), flat(after));
    let mut lines = Vec::new();
    for (key, value) in &new {
        let previous = old
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| "—".into());
        if &previous != value {
            lines.push(format!(
                "{}: {} → {}",
                field_label(lang, key),
                one_line(&previous),
                one_line(value)
            ));
        }
    }
    lines
}

fn flatten(prefix: &str, v: &serde_json::Value, out: &mut Vec<(String, String)>) {
    use serde_json::Value;
    match v {
        Value::Object(map) if !map.is_empty() && (prefix.is_empty() || prefix == "birth") => {
            for (k, inner) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, inner, out);
            }
        }
        Value::Null => out.push((prefix.to_string(), "—".into())),
        Value::String(s) => out.push((prefix.to_string(), s.clone())),
        Value::Number(n) => {
            let unit = [("_kg", " kg"), ("_cm", " cm"), ("_ml", " mL")]
                .into_iter()
                .find(|(suffix, _)| prefix.ends_with(suffix))
                .map_or("", |(_, unit)| unit);
            out.push((prefix.to_string(), format!("{n}{unit}")));
        }
        other => out.push((prefix.to_string(), other.to_string())),
    }
}

/// The label of a record field as the forms print it; the JSON name for any other.
fn field_label(lang: Lang, key: &str) -> String {
    let id = match key {
        "measured_on" => tid!("cli-field-measured-on"),
        "date" | "written_on" => tid!("cli-field-date"),
        "weight_kg" | "birth.weight_kg" => tid!("cli-field-weight"),
        "length_cm" | "birth.length_cm" => tid!("cli-field-length"),
        "head_cm" | "birth.head_cm" => tid!("cli-field-head"),
        "chest_cm" | "birth.chest_cm" => tid!("cli-field-chest"),
        "birth.apgar_1min" => tid!("cli-field-apgar-1min"),
        "birth.apgar_5min" => tid!("cli-field-apgar-5min"),
        "position" => tid!("cli-field-position"),
        "notes" => tid!("cli-field-notes"),
        "checkup" => tid!("cli-field-checkup"),
        "milestones" => tid!("cli-field-milestones"),
        "findings" => tid!("cli-field-findings"),
        "clinic" => tid!("cli-field-clinic"),
        "vaccine" => tid!("cli-field-vaccine"),
        "dose" => tid!("cli-field-dose"),
        "brand" => tid!("cli-field-brand"),
        "lot" => tid!("cli-field-lot"),
        "subject" | "subjects" => tid!("cli-field-subject"),
        "teeth_present" => tid!("cli-field-teeth"),
        "caries" => tid!("cli-field-caries"),
        "fluoride_applied" => tid!("cli-field-fluoride"),
        "text" => tid!("cli-field-text"),
        "mood" => tid!("cli-field-mood"),
        "photos" => tid!("cli-field-photos"),
        "bp_systolic" => tid!("cli-field-bp-systolic"),
        "bp_diastolic" => tid!("cli-field-bp-diastolic"),
        "urine_protein" => tid!("cli-field-urine-protein"),
        "urine_glucose" => tid!("cli-field-urine-glucose"),
        "fundal_height_cm" => tid!("cli-field-fundal-height"),
        "abdominal_girth_cm" => tid!("cli-field-abdominal-girth"),
        "oedema" => tid!("cli-field-oedema"),
        "next_visit" => tid!("cli-field-next-visit"),
        "delivered_at" => tid!("cli-field-delivered-at"),
        "ga_at_birth" => tid!("cli-field-ga-at-birth"),
        "method" => tid!("cli-field-method"),
        "blood_loss_ml" => tid!("cli-field-blood-loss"),
        "place" => tid!("cli-field-place"),
        "attendant" => tid!("cli-field-attendant"),
        "name" => tid!("cli-field-name"),
        "name_kana" => tid!("cli-field-name-kana"),
        "sex" => tid!("cli-field-sex"),
        "birth_date" => tid!("cli-field-birth-date"),
        "birth_order" => tid!("cli-field-birth-order"),
        other => return other.to_string(),
    };
    hagukumi_core::text::text(lang, id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(kg(9.0), "9.00 kg");
        assert_eq!(adult_kg(58.13), "58.1 kg");
        assert_eq!(grams(3.02), "3020 g");
        assert_eq!(cm(74.0), "74.0 cm");
        assert_eq!(
            ga(Lang::Ja, GestationalAge::from_weeks_days(28, 3)),
            "28週3日"
        );
        assert_eq!(
            ga(Lang::En, GestationalAge::from_weeks_days(28, 3)),
            "28w3d"
        );
    }

    #[test]
    fn kanji_are_two_columns() {
        assert_eq!(width("体重"), 4);
        assert_eq!(width("weight"), 6);
        assert_eq!(width("ひなた（女）"), 12);
        assert_eq!(pad("身長", 6), "身長  ");
    }

    #[test]
    fn terminal_controls_are_replaced_and_text_is_kept() {
        let hostile = "\u{1b}[2J\u{1b}]0;pwned\u{7}a\u{9b}31m\u{7f}\u{202e}b\u{2066}";
        assert_eq!(
            clean(hostile),
            "\u{FFFD}[2J\u{FFFD}]0;pwned\u{FFFD}a\u{FFFD}31m\u{FFFD}\u{FFFD}b\u{FFFD}"
        );
        assert!(matches!(clean("ひなた\n\tよく寝た"), Cow::Borrowed(_)));
        assert_eq!(clean("a\r\nb\rc"), "a\nb\u{FFFD}c");
        assert_eq!(one_line("Aoi\nURGENT"), "Aoi URGENT");
        let json = serde_json::to_string(&serde_json::json!({ "name": hostile })).unwrap();
        let escaped = json_text(&json);
        assert!(!escaped.chars().any(controls_terminal), "{escaped}");
        let back: serde_json::Value = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back["name"], hostile);
    }

    #[test]
    fn tables_align_mixed_scripts() {
        let mut t = Table::new(&[("日付", false), ("体重", true), ("メモ", false)]);
        t.row(vec!["2026-05-20".into(), "9.00 kg".into(), "元気".into()]);
        t.row(vec!["2026-04-20".into(), "10.25 kg".into(), String::new()]);
        let out = t.render("");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "日付            体重  メモ");
        assert_eq!(lines[1], "2026-05-20   9.00 kg  元気");
        assert_eq!(lines[2], "2026-04-20  10.25 kg");
    }
}

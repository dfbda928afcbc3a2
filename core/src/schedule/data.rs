//! The bundled schedule files: their TOML shape, the small vocabulary of ages and
//! intervals they are written in, and the checks that run once when they are parsed.
//!
//! The numbers live in `core/data/schedule/*.toml` (with the source of each) so that a
//! schedule change is a new file, not a code change, and an old record stays explainable
//! under the version that was in force. Parsing happens once (see [`schedules`]); a broken
//! bundled file is caught by a unit test and, at run time, surfaces as
//! `ScheduleError::DataCorrupt` rather than a panic.
//!
//! The files hold no words: a dose's `label`, a dose's or a funding extension's `note`
//! name messages of the catalogs (`core/data/text/<lang>.ftl`, section `schedule`), and
//! each version's title is a message named by its version:
//!
//! | message                          | text                                          |
//! |----------------------------------|-----------------------------------------------|
//! | `schedule-data-dose-<label>`     | a dose's name (「1期初回1回目」, "primary 1")   |
//! | `schedule-data-note-<note>`      | a note added to a dose's reason               |
//! | `schedule-data-title-<version>`  | the version's title                           |
//!
//! Names repeat across doses and versions (「1回目」 is one message). A file naming a
//! message some catalog lacks is refused when parsed. The ids are computed, so the
//! catalog test cannot see them in the code: `tests` here checks instead that the
//! catalogs have exactly the `schedule-data-…` messages the bundled files name.

use std::collections::BTreeSet;
use std::str::FromStr;
use std::sync::LazyLock;

use chrono::{Duration, NaiveDate};
use serde::Deserialize;

use super::VaccineCode;
use super::age;
use crate::model::InfantCheckup;

/// Every bundled version, oldest first. Add a file here when the schedule changes.
const BUNDLED: &[(&str, &str)] = &[
    (
        "jp-2024-04-01.toml",
        include_str!("../../data/schedule/jp-2024-04-01.toml"),
    ),
    (
        "jp-2026-04-01.toml",
        include_str!("../../data/schedule/jp-2026-04-01.toml"),
    ),
];

/// The parsed versions, or the first problem found (file name and message).
static SCHEDULES: LazyLock<Result<Vec<Schedule>, (String, String)>> = LazyLock::new(|| {
    let mut out = Vec::new();
    for (name, text) in BUNDLED {
        let s = Schedule::parse(text).map_err(|m| (name.to_string(), m))?;
        out.push(s);
    }
    out.sort_by_key(|s| s.effective_from);
    Ok(out)
});

/// The brand code of `vaccine` that `typed` names in any bundled version (「ロタリックス」
/// → `rotarix`), if the schedule lists brands for it.
pub fn brand_code(vaccine: VaccineCode, typed: &str) -> Option<&'static str> {
    schedules()
        .ok()?
        .iter()
        .rev()
        .filter_map(|s| s.vaccine(vaccine))
        .find_map(|r| r.brand_code(typed))
}

/// Whether the bundled versions list brands for `vaccine` (a record's brand is then
/// one of them).
pub fn has_brands(vaccine: VaccineCode) -> bool {
    schedules().is_ok_and(|all| {
        all.iter()
            .filter_map(|s| s.vaccine(vaccine))
            .any(|r| !r.brands.is_empty())
    })
}

/// All bundled versions, parsed once.
pub fn schedules() -> Result<&'static [Schedule], (String, String)> {
    match &*SCHEDULES {
        Ok(v) => Ok(v.as_slice()),
        Err(e) => Err(e.clone()),
    }
}

/// A point in a child's life, as the schedule's legal text names it. Resolved against a
/// birth date by [`AgeMark::on`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeMark {
    /// 出生N日後 (`"0d"` is the day of birth).
    Days(u32),
    /// 出生N週M日後 (`"6w0d"`).
    WeeksDays(u32, u32),
    /// 生後N月に至った日 (`"2m"`).
    Months(u32),
    /// N歳に達した日 (`"13y"`).
    Years(u32),
    /// First day of the school year in which the child reaches N (`"fy_start:12y"`).
    FyStartOfAge(u32),
    /// Last day of that school year (`"fy_end:16y"`).
    FyEndOfAge(u32),
    /// 小学校就学の始期に達する日の一年前の日 (`"preschool_start"`).
    PreschoolStart,
    /// 小学校就学の始期に達する日の前日 (`"preschool_end"`).
    PreschoolEnd,
    /// A fixed civil date (`"2027-03-31"`), for transitional measures.
    Date(NaiveDate),
}

/// An [`AgeMark`] shifted by whole days (`"18m+1d"` = the day after 1歳6か月に至った日,
/// for "満1歳6か月を超え").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub base: AgeMark,
    pub offset_days: i32,
}

impl Mark {
    pub fn on(self, birth: NaiveDate) -> NaiveDate {
        let base = match self.base {
            AgeMark::Days(n) => birth + Duration::days(n as i64),
            AgeMark::WeeksDays(w, d) => age::weeks_days_after(birth, w, d),
            AgeMark::Months(n) => age::months_reached(birth, n),
            AgeMark::Years(n) => age::years_reached(birth, n),
            AgeMark::FyStartOfAge(n) => age::fiscal_year_start(age::years_reached(birth, n)),
            AgeMark::FyEndOfAge(n) => age::fiscal_year_end(age::years_reached(birth, n)),
            AgeMark::PreschoolStart => age::preschool_year_start(birth),
            AgeMark::PreschoolEnd => age::preschool_year_end(birth),
            AgeMark::Date(d) => d,
        };
        base + Duration::days(self.offset_days as i64)
    }
}

fn num(s: &str) -> Result<u32, String> {
    s.parse::<u32>()
        .map_err(|_| format!("{s:?} is not a whole number"))
}

impl FromStr for Mark {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return Ok(Mark {
                base: AgeMark::Date(d),
                offset_days: 0,
            });
        }
        let (head, offset_days) = match s.rfind(['+', '-']) {
            Some(i) if i > 0 => {
                let tail = s[i + 1..]
                    .strip_suffix('d')
                    .ok_or_else(|| format!("{s:?}: an offset is written +Nd or -Nd"))?;
                let n = num(tail)? as i32;
                (&s[..i], if s[i..].starts_with('-') { -n } else { n })
            }
            _ => (s, 0),
        };
        let base = if head == "preschool_start" {
            AgeMark::PreschoolStart
        } else if head == "preschool_end" {
            AgeMark::PreschoolEnd
        } else if let Some(y) = head
            .strip_prefix("fy_start:")
            .and_then(|r| r.strip_suffix('y'))
        {
            AgeMark::FyStartOfAge(num(y)?)
        } else if let Some(y) = head
            .strip_prefix("fy_end:")
            .and_then(|r| r.strip_suffix('y'))
        {
            AgeMark::FyEndOfAge(num(y)?)
        } else if let Some((w, d)) = head.split_once('w') {
            let d = d
                .strip_suffix('d')
                .ok_or_else(|| format!("{s:?}: weeks need days, as 6w0d"))?;
            AgeMark::WeeksDays(num(w)?, num(d)?)
        } else if let Some(n) = head.strip_suffix('d') {
            AgeMark::Days(num(n)?)
        } else if let Some(n) = head.strip_suffix('m') {
            AgeMark::Months(num(n)?)
        } else if let Some(n) = head.strip_suffix('y') {
            AgeMark::Years(num(n)?)
        } else {
            return Err(format!(
                "{s:?} is not an age mark (6w0d, 2m, 13y, fy_start:12y, preschool_start, YYYY-MM-DD, with an optional +Nd/-Nd)"
            ));
        };
        Ok(Mark { base, offset_days })
    }
}

/// "N日以上の間隔" (`"27d"`) or "N月以上の間隔" (`"6m"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interval {
    Days(u32),
    Months(u32),
}

impl Interval {
    /// Earliest next dose keeping at least this interval after `prev`.
    pub fn earliest_after(self, prev: NaiveDate) -> NaiveDate {
        match self {
            Interval::Days(n) => age::after_days_interval(prev, n),
            Interval::Months(n) => age::after_months_interval(prev, n),
        }
    }

    /// Last date keeping at most this interval after `prev` ("56日までの間隔").
    pub fn latest_after(self, prev: NaiveDate) -> NaiveDate {
        match self {
            Interval::Days(n) => age::within_days_interval(prev, n),
            Interval::Months(n) => age::after_months_interval(prev, n),
        }
    }

    /// 「27日」「6か月」 / "27 days", "6 months".
    pub fn label(self, lang: crate::Lang) -> String {
        match self {
            Interval::Days(n) => crate::t!(lang, "schedule-interval-days", n = n),
            Interval::Months(n) => crate::t!(lang, "schedule-interval-months", n = n),
        }
    }
}

impl FromStr for Interval {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(n) = s.strip_suffix('d') {
            Ok(Interval::Days(num(n)?))
        } else if let Some(n) = s.strip_suffix('m') {
            Ok(Interval::Months(num(n)?))
        } else {
            Err(format!("{s:?} is not an interval (27d or 6m)"))
        }
    }
}

fn de_parse<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: FromStr<Err = String>,
{
    let s = String::deserialize(d)?;
    s.parse().map_err(serde::de::Error::custom)
}

fn de_parse_opt<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: FromStr<Err = String>,
{
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(s) => s.parse().map(Some).map_err(serde::de::Error::custom),
    }
}

fn de_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let s = String::deserialize(d)?;
    NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(serde::de::Error::custom)
}

fn de_code<'de, D: serde::Deserializer<'de>>(d: D) -> Result<VaccineCode, D::Error> {
    let s = String::deserialize(d)?;
    s.parse().map_err(serde::de::Error::custom)
}

fn de_codes<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<VaccineCode>, D::Error> {
    let v = Vec::<String>::deserialize(d)?;
    v.iter()
        .map(|s| s.parse().map_err(serde::de::Error::custom))
        .collect()
}

fn de_checkup<'de, D: serde::Deserializer<'de>>(d: D) -> Result<InfantCheckup, D::Error> {
    let s = String::deserialize(d)?;
    s.parse().map_err(serde::de::Error::custom)
}

/// A window between two marks, both days included.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    #[serde(deserialize_with = "de_parse")]
    pub from: Mark,
    #[serde(deserialize_with = "de_parse")]
    pub until: Mark,
}

/// A cited document.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub section: String,
    pub url: String,
    /// Publication or last-update date as the document states it.
    pub date: String,
    /// `primary` (law, MHLW, JPS) or `secondary` (a municipal page quoting them).
    pub kind: String,
}

/// Minimum gap between different injected live vaccines (実施要領, since 2020-10-01).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LiveRule {
    #[serde(deserialize_with = "de_parse")]
    pub interval: Interval,
    #[serde(deserialize_with = "de_codes")]
    pub vaccines: Vec<VaccineCode>,
    pub sources: Vec<String>,
    pub verified: bool,
}

/// Which earlier dose an interval is measured from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum After {
    /// The dose immediately before in the series.
    Prev,
    /// The most recent counted dose of the series, whichever it is (boosters after a
    /// primary series that was cut short).
    Last,
    /// A given dose number.
    Dose(u32),
}

impl FromStr for After {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "prev" => Ok(After::Prev),
            "last" => Ok(After::Last),
            n => num(n)
                .map(After::Dose)
                .map_err(|_| format!("after = {s:?}: expected prev, last or a dose number")),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntervalRule {
    #[serde(deserialize_with = "de_parse")]
    pub after: After,
    /// "N日以上の間隔": absent when only a recommended spacing is given (HPV 3rd dose: 6
    /// months after the 1st is the standard, the minimum is counted from the 2nd).
    #[serde(default, deserialize_with = "de_parse_opt")]
    pub min: Option<Interval>,
    /// The minimum when an earlier dose of the series was skipped (Hib booster: 27 days
    /// after the last primary dose instead of 7 months).
    #[serde(default, deserialize_with = "de_parse_opt")]
    pub min_if_skipped: Option<Interval>,
    #[serde(default, deserialize_with = "de_parse_opt")]
    pub rec_min: Option<Interval>,
    #[serde(default, deserialize_with = "de_parse_opt")]
    pub rec_max: Option<Interval>,
    /// Id (in `[[sources]]`) of the document this interval comes from, so a planned
    /// visit can cite the rule that set its date; the vaccine's own sources otherwise.
    #[serde(default)]
    pub source: Option<String>,
}

/// A later last funded day for children born in a range (transitional measures).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FundingExtension {
    #[serde(deserialize_with = "de_date")]
    pub born_from: NaiveDate,
    #[serde(deserialize_with = "de_date")]
    pub born_until: NaiveDate,
    #[serde(deserialize_with = "de_parse")]
    pub until: Mark,
    /// Names the note added to the dose's reason (`schedule-data-note-<note>`).
    pub note: String,
}

impl FundingExtension {
    /// The note added to the dose's reason, in `lang`.
    pub fn note(&self, lang: crate::Lang) -> String {
        crate::text::text(lang, &note_id(&self.note))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DoseRule {
    pub dose: u32,
    /// Names the dose's name in the catalogs (`schedule-data-dose-<label>`).
    pub label: String,
    #[serde(default, deserialize_with = "de_parse_opt")]
    pub min_age: Option<Mark>,
    /// Last day the dose may be given at all; if it passes, the dose is skipped.
    #[serde(default, deserialize_with = "de_parse_opt")]
    pub max_age: Option<Mark>,
    /// Skip this dose when the previous counted dose was given after this mark
    /// (PCV: no primary 3rd dose when the 2nd came after 生後12月).
    #[serde(default, deserialize_with = "de_parse_opt")]
    pub skip_if_prev_after: Option<Mark>,
    #[serde(default)]
    pub intervals: Vec<IntervalRule>,
    pub recommended: Option<Window>,
    /// Overrides the vaccine's funded window (MR 1期 and 2期 differ).
    pub funded: Option<Window>,
    #[serde(default)]
    pub funding_extension: Vec<FundingExtension>,
    /// Names a note added to the first dose's reason (`schedule-data-note-<note>`).
    #[serde(default)]
    pub note: Option<String>,
}

impl DoseRule {
    /// The dose's name in `lang` (「1期初回1回目」, "primary 1").
    pub fn label(&self, lang: crate::Lang) -> String {
        crate::text::text(lang, &dose_id(&self.label))
    }

    /// The dose's own note in `lang`, if it has one.
    pub fn note(&self, lang: crate::Lang) -> Option<String> {
        let note = self.note.as_deref()?;
        Some(crate::text::text(lang, &note_id(note)))
    }
}

/// The message of a dose's name `label`.
fn dose_id(label: &str) -> String {
    format!("schedule-data-dose-{label}")
}

/// The message of a note named `note`.
fn note_id(note: &str) -> String {
    format!("schedule-data-note-{note}")
}

/// The message of version `version`'s title.
fn title_id(version: &str) -> String {
    format!("schedule-data-title-{version}")
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    pub id: String,
    /// The product this variant is for (rotavirus: `rotarix` or `rotateq`).
    pub brand: Option<String>,
    /// This variant applies when the first dose is (or would be, today) given on or before
    /// this mark; variants are tried in file order.
    #[serde(default, deserialize_with = "de_parse_opt")]
    pub first_dose_until: Option<Mark>,
    pub dose: Vec<DoseRule>,
}

/// Influenza-style vaccines that restart every season.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seasonal {
    /// First day of the season, "MM-DD".
    pub start: String,
    /// Recommended to be finished by, "MM-DD" (in the season's second calendar year if
    /// before `start`).
    pub recommended_until: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VaccineRule {
    #[serde(deserialize_with = "de_code")]
    pub code: VaccineCode,
    /// 定期 (publicly funded) or 任意.
    pub routine: bool,
    pub funded: Option<Window>,
    /// Only for children of this sex ("female" for routine HPV).
    pub sex: Option<String>,
    /// Records are matched to dose slots by their number (MR 1期/2期, JE 1期/2期) rather
    /// than in date order.
    #[serde(default)]
    pub numbered: bool,
    /// Shown only when the child has a dose of one of these (the 4-in-1 + Hib path).
    #[serde(default, deserialize_with = "de_codes")]
    pub only_if_started: Vec<VaccineCode>,
    /// Hidden when the child has a dose of one of these (5-in-1 after 4-in-1 + Hib).
    #[serde(default, deserialize_with = "de_codes")]
    pub hidden_if_started: Vec<VaccineCode>,
    /// Known brands; a record with another brand is refused. Empty: any text.
    #[serde(default)]
    pub brands: Vec<String>,
    /// The names each brand is printed with (「ロタリックス」 for `rotarix`), accepted
    /// as the brand.
    #[serde(default)]
    pub brand_names: std::collections::BTreeMap<String, Vec<String>>,
    /// Switching brand mid-series is refused (rotavirus).
    #[serde(default)]
    pub same_brand: bool,
    pub seasonal: Option<Seasonal>,
    pub sources: Vec<String>,
    pub verified: bool,
    /// How the numbers were checked, or why they could not be.
    #[serde(default)]
    pub note: String,
    pub variant: Vec<Variant>,
}

impl VaccineRule {
    /// The brand code `typed` names: a code of `brands` or one of its printed names,
    /// as typed on any keyboard ([`crate::model::choice::normalize`]).
    pub fn brand_code(&self, typed: &str) -> Option<&str> {
        let key = crate::model::choice::normalize(typed);
        self.brands
            .iter()
            .find(|b| {
                crate::model::choice::normalize(b) == key
                    || self.brand_names.get(b.as_str()).is_some_and(|names| {
                        names
                            .iter()
                            .any(|n| crate::model::choice::normalize(n) == key)
                    })
            })
            .map(String::as_str)
    }

    /// The largest dose number any variant has.
    pub fn max_dose(&self) -> u32 {
        self.variant
            .iter()
            .flat_map(|v| v.dose.iter().map(|d| d.dose))
            .max()
            .unwrap_or(0)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckupRule {
    #[serde(deserialize_with = "de_checkup")]
    pub code: InfantCheckup,
    #[serde(deserialize_with = "de_parse")]
    pub from: Mark,
    #[serde(deserialize_with = "de_parse")]
    pub until: Mark,
    pub sources: Vec<String>,
    pub verified: bool,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Maternal {
    #[serde(deserialize_with = "de_code")]
    pub code: VaccineCode,
    /// Gestational age window, "28w0d" .. "36w6d" from the LMP.
    pub from: String,
    pub until: String,
    #[serde(deserialize_with = "de_date")]
    pub routine_from: NaiveDate,
    pub sources: Vec<String>,
    pub verified: bool,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    pub schema: u32,
    pub version: String,
    #[serde(deserialize_with = "de_date")]
    pub effective_from: NaiveDate,
    pub sources: Vec<Source>,
    pub live_rule: LiveRule,
    pub vaccine: Vec<VaccineRule>,
    pub checkup: Vec<CheckupRule>,
    pub maternal: Maternal,
}

impl Schedule {
    /// Parses and checks one schedule file. The checks catch what the type system cannot:
    /// dose numbers, source ids, windows that are empty for every birth date.
    pub fn parse(text: &str) -> Result<Schedule, String> {
        let s: Schedule = toml::from_str(text).map_err(|e| e.to_string())?;
        s.check()?;
        Ok(s)
    }

    fn check(&self) -> Result<(), String> {
        if self.schema != 1 {
            return Err(format!(
                "schema {} is not supported (expected 1)",
                self.schema
            ));
        }
        for id in self.text_ids() {
            if let Some(lang) = crate::Lang::all().find(|l| !crate::text::has(*l, &id)) {
                return Err(format!("the {} catalog has no message {id}", lang.code()));
            }
        }
        let ids: BTreeSet<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        let cite = |what: &str, list: &[String]| -> Result<(), String> {
            if list.is_empty() {
                return Err(format!("{what}: no source cited"));
            }
            for id in list {
                if !ids.contains(id.as_str()) {
                    return Err(format!("{what}: unknown source id {id:?}"));
                }
            }
            Ok(())
        };
        cite("live_rule", &self.live_rule.sources)?;
        cite("maternal", &self.maternal.sources)?;
        self.maternal
            .from
            .parse::<crate::model::gestation::GestationalAge>()
            .map_err(|e| e.to_string())?;
        self.maternal
            .until
            .parse::<crate::model::gestation::GestationalAge>()
            .map_err(|e| e.to_string())?;
        let mut seen = BTreeSet::new();
        for v in &self.vaccine {
            let code = v.code.as_str();
            if !seen.insert(v.code) {
                return Err(format!("vaccine {code} is listed twice"));
            }
            if v.code == VaccineCode::RsvMaternal {
                return Err("rsv_maternal belongs in [maternal], not [[vaccine]]".into());
            }
            cite(code, &v.sources)?;
            if v.routine && v.funded.is_none() {
                return Err(format!("{code}: a routine vaccine needs a funded window"));
            }
            if v.variant.is_empty() {
                return Err(format!("{code}: no variant"));
            }
            for var in &v.variant {
                for (i, d) in var.dose.iter().enumerate() {
                    if d.dose != i as u32 + 1 {
                        return Err(format!(
                            "{code}/{}: doses must be numbered 1, 2, 3… in order (found {} at position {})",
                            var.id,
                            d.dose,
                            i + 1
                        ));
                    }
                    for r in &d.intervals {
                        if let Some(id) = &r.source {
                            cite(code, std::slice::from_ref(id))?;
                        }
                        if let After::Dose(n) = r.after
                            && (n == 0 || n >= d.dose)
                        {
                            return Err(format!(
                                "{code}/{} dose {}: interval after dose {n}, which is not earlier",
                                var.id, d.dose
                            ));
                        }
                    }
                    if d.dose == 1 && d.intervals.iter().any(|r| r.after != After::Last) {
                        return Err(format!("{code}/{}: dose 1 cannot have an interval", var.id));
                    }
                }
                if let Some(b) = v.brand_names.keys().find(|b| !v.brands.contains(b)) {
                    return Err(format!("{code}: brand_names names {b:?}, not in brands"));
                }
                if let (Some(b), false) = (&var.brand, v.brands.is_empty())
                    && !v.brands.contains(b)
                {
                    return Err(format!("{code}/{}: brand {b:?} is not in brands", var.id));
                }
            }
            if let Some(s) = &v.seasonal {
                parse_month_day(&s.start)?;
                parse_month_day(&s.recommended_until)?;
            }
        }
        for c in &self.checkup {
            cite(c.code.as_str(), &c.sources)?;
        }
        for code in InfantCheckup::ALL {
            if !self.checkup.iter().any(|c| c.code == code) {
                return Err(format!("checkup {code} has no window"));
            }
        }
        Ok(())
    }

    /// The cited document with this id.
    /// The version's title in `lang` (`schedule-data-title-<version>`).
    pub fn title(&self, lang: crate::Lang) -> String {
        crate::text::text(lang, &title_id(&self.version))
    }

    /// Every catalog message the file names (titles, dose names, notes).
    pub(crate) fn text_ids(&self) -> BTreeSet<String> {
        let mut ids = BTreeSet::from([title_id(&self.version)]);
        for d in self
            .vaccine
            .iter()
            .flat_map(|v| &v.variant)
            .flat_map(|v| &v.dose)
        {
            ids.insert(dose_id(&d.label));
            ids.extend(d.note.as_deref().map(note_id));
            ids.extend(d.funding_extension.iter().map(|x| note_id(&x.note)));
        }
        ids
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn vaccine(&self, code: VaccineCode) -> Option<&VaccineRule> {
        self.vaccine.iter().find(|v| v.code == code)
    }
}

/// "10-01" → (10, 1).
pub fn parse_month_day(s: &str) -> Result<(u32, u32), String> {
    let bad = || format!("{s:?} is not MM-DD");
    let (m, d) = s.split_once('-').ok_or_else(bad)?;
    let (m, d) = (num(m).map_err(|_| bad())?, num(d).map_err(|_| bad())?);
    if NaiveDate::from_ymd_opt(2024, m, d).is_none() {
        return Err(bad());
    }
    Ok((m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// The bundled files must parse: a typo there would otherwise only show at run time.
    #[test]
    fn every_bundled_schedule_parses_and_checks() {
        let all = schedules().unwrap_or_else(|(f, e)| panic!("{f}: {e}"));
        assert!(!all.is_empty());
        for s in all {
            assert!(s.version.starts_with("jp-"), "{}", s.version);
            // Every child vaccine code but the maternal one has rules.
            for code in VaccineCode::ALL {
                if code != VaccineCode::RsvMaternal {
                    assert!(s.vaccine(code).is_some(), "{} lacks {code}", s.version);
                }
            }
        }
    }

    /// The `schedule-data-…` messages of `lang`'s catalog, with their attributes.
    fn data_messages(lang: crate::Lang) -> BTreeSet<String> {
        let resource = fluent_syntax::parser::parse(lang.catalog())
            .unwrap_or_else(|(_, e)| panic!("{lang:?} catalog: {e:?}"));
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m)
                    if m.id.name.starts_with("schedule-data-") =>
                {
                    assert!(
                        m.attributes.is_empty(),
                        "{lang:?}: {} has attributes",
                        m.id.name
                    );
                    Some(m.id.name.to_string())
                }
                _ => None,
            })
            .collect()
    }

    /// Why the catalog test lets `schedule-data-…` messages be: the bundled files name
    /// them (computed ids, no literal in the code), and here every file is walked.
    /// Every catalog has each message a file names, and none that no file names.
    #[test]
    fn the_catalogs_have_exactly_the_messages_the_schedule_files_name() {
        let all = schedules().unwrap_or_else(|(f, e)| panic!("{f}: {e}"));
        let named: BTreeSet<String> = all.iter().flat_map(Schedule::text_ids).collect();
        assert!(named.contains("schedule-data-dose-dose-1"), "{named:?}");
        for lang in crate::Lang::all() {
            assert_eq!(data_messages(lang), named, "{lang:?}");
        }
    }

    #[test]
    fn the_files_words_come_from_the_catalogs() {
        let s = &schedules().unwrap()[1];
        assert_eq!(
            s.title(crate::Lang::Ja),
            "定期・任意予防接種スケジュール(2026年4月1日以降)"
        );
        let je = s.vaccine(VaccineCode::Je).unwrap();
        let d1 = &je.variant[0].dose[0];
        assert_eq!(d1.label(crate::Lang::Ja), "1期初回1回目");
        assert_eq!(d1.label(crate::Lang::En), "1st period, primary 1");
        assert_eq!(
            d1.funding_extension[0].note(crate::Lang::Ja),
            "特例対象(20歳未満まで)"
        );
        assert_eq!(d1.note(crate::Lang::En), None);
        // A file naming a message no catalog has is refused.
        let text = BUNDLED[1]
            .1
            .replacen("label = \"dose-1\"", "label = \"no-such-dose\"", 1);
        let e = Schedule::parse(&text).unwrap_err();
        assert!(e.contains("schedule-data-dose-no-such-dose"), "{e}");
    }

    #[test]
    fn broken_files_are_refused_with_a_message() {
        assert!(Schedule::parse("schema = 1").is_err());
        assert!(Schedule::parse("not toml [").is_err());
        let good = BUNDLED[0].1;
        let bad = good.replacen("schema = 1", "schema = 9", 1);
        assert!(Schedule::parse(&bad).unwrap_err().contains("schema 9"));
    }

    #[test]
    fn marks_parse_and_resolve() {
        let b = d("2026-07-31");
        for (text, want) in [
            ("0d", "2026-07-31"),
            ("6w0d", "2026-09-11"),
            ("2m", "2026-09-30"),
            ("1y", "2027-07-30"),
            ("18m+1d", "2028-01-31"),
            ("5m-1d", "2026-12-29"),
            ("fy_start:12y", "2038-04-01"),
            ("fy_end:16y", "2043-03-31"),
            ("preschool_start", "2032-04-01"),
            ("preschool_end", "2033-03-31"),
            ("2027-03-31", "2027-03-31"),
        ] {
            let m: Mark = text.parse().unwrap();
            assert_eq!(m.on(b), d(want), "{text}");
        }
        for bad in ["", "2", "6w", "x2m", "fy_start:12", "2m+1"] {
            assert!(bad.parse::<Mark>().is_err(), "{bad}");
        }
    }

    #[test]
    fn intervals_parse() {
        assert_eq!("27d".parse::<Interval>(), Ok(Interval::Days(27)));
        assert_eq!("6m".parse::<Interval>(), Ok(Interval::Months(6)));
        assert!("6".parse::<Interval>().is_err());
    }
}

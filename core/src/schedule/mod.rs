//! The vaccination schedule engine: "which shot is next, and until when is it free?"
//!
//! The rules are data (`core/data/schedule/jp-*.toml`, one file per schedule version,
//! each number with its source); this module reads them once ([`data`]), does the Japanese
//! legal date arithmetic in one explicit place ([`age`]) and walks a child's recorded doses
//! against them ([`engine`]). Everything is a pure function of the child's facts and
//! `today` (a civil date in Asia/Tokyo chosen by the caller), so the shells and the CLI
//! get the same answer and tests need no clock.
//!
//! Doses that do not count (too early, too soon after the previous one, too soon after
//! another injected live vaccine) are reported as `invalid` with the reason, and the plan
//! is computed as if they had not been given: that is how the 実施要領 treats them.

pub mod age;
pub mod codes;
pub mod data;
mod engine;
#[cfg(test)]
mod reminder_tests;
mod reminders;
#[cfg(test)]
mod rule_tests;
mod visits;

pub use codes::VaccineCode;
pub use reminders::{
    Reminder, ReminderKind, maternal_reminders, notification_id, prenatal_visit_reminder,
    sort_reminders,
};
pub use visits::{Visit, VisitDose, VisitPlan};

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize, Serializer};

use crate::model::gestation::GestationalAge;
use crate::model::{InfantCheckup, Sex};
use crate::text::Localized;

/// One dose as recorded in the handbook (or typed as `--dose CODE:N:DATE[:BRAND]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GivenDose {
    pub vaccine: VaccineCode,
    /// 1-based within the series (MR 1期 = 1, 2期 = 2; JE 1期 = 1..3, 2期 = 4).
    pub dose: u32,
    pub date: NaiveDate,
    /// Product; required to tell rotavirus schedules apart (`rotarix` / `rotateq`).
    pub brand: Option<String>,
}

/// What the engine needs to know about a child.
#[derive(Debug, Clone, Copy)]
pub struct ChildFacts<'a> {
    pub birth: NaiveDate,
    /// Routine HPV is for girls; `None` plans it as for a girl.
    pub sex: Option<Sex>,
    pub doses: &'a [GivenDose],
    pub checkups_done: &'a [InfantCheckup],
    /// When the family wants to be nudged (a handbook setting).
    pub timing: Timing,
}

/// When doses are planned and nudged: by the standard period (標準的な接種期間, the
/// default: the dates a Japanese clinic and the city's letters go by), or from the
/// first day the law allows, for a family that chose "as early as allowed".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Timing {
    #[default]
    Standard,
    Earliest,
}

impl Timing {
    pub const ALL: [Timing; 2] = [Timing::Standard, Timing::Earliest];

    pub fn as_str(self) -> &'static str {
        match self {
            Timing::Standard => "standard",
            Timing::Earliest => "earliest",
        }
    }

    /// What the CLI and the apps print for each choice (標準的な接種期間,
    /// 受けられる最初の日).
    pub fn label_id(self) -> &'static str {
        match self {
            Timing::Standard => crate::tid!("schedule-timing-standard"),
            Timing::Earliest => crate::tid!("schedule-timing-earliest"),
        }
    }
}

crate::model::choice::choice!(Timing, crate::tid!("schedule-what-timing"));

impl fmt::Display for Timing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A word other than `standard` or `earliest`.
pub type UnknownTiming = crate::model::UnknownChoice;

/// The whole plan for a child, under one schedule version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "uniffi",
    derive(uniffi::Record),
    uniffi(name = "VaccinationPlan")
)]
pub struct Plan {
    pub schedule_version: String,
    pub vaccines: Vec<VaccinePlan>,
    /// Records the plan was made without (see [`plan_skipping`]); empty from [`plan`],
    /// which refuses them instead.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<PlanWarning>,
}

/// A record a plan was made without, and why: a dose dated after today (a phone
/// whose clock ran ahead), before the birth, with a dose number its series does not
/// have, of an unknown product; or the child's birth date itself, after today. The
/// screen shows it next to the plan so the family can fix the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PlanWarning {
    /// The record (filled in by the handbook; `None` for the child's own record, or
    /// when the doses were not read from a handbook).
    pub record: Option<uuid::Uuid>,
    /// Index of the dose in [`ChildFacts::doses`]; `None` for the child's birth date.
    #[serde(skip)]
    pub dose_index: Option<u32>,
    #[serde(serialize_with = "ser_opt_code")]
    pub vaccine: Option<VaccineCode>,
    pub dose: Option<u32>,
    pub date: Option<NaiveDate>,
    /// Why the record was left out, in every catalog language ([`PlanWarning::message`]).
    pub messages: Vec<Localized>,
}

impl PlanWarning {
    /// Why the record was left out, in `lang`.
    pub fn message(&self, lang: crate::Lang) -> std::borrow::Cow<'_, str> {
        crate::text::text_in(&self.messages, lang)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VaccinePlan {
    #[serde(serialize_with = "ser_code")]
    pub code: VaccineCode,
    pub doses: Vec<DosePlan>,
}

/// One dose line. Dates are `None` where they do not apply (`funded_until` of a voluntary
/// vaccine, the window of a dose that is no longer possible).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DosePlan {
    pub dose: u32,
    pub status: DoseStatus,
    pub given: Option<NaiveDate>,
    pub earliest: Option<NaiveDate>,
    pub recommended_from: Option<NaiveDate>,
    pub recommended_until: Option<NaiveDate>,
    pub funded_until: Option<NaiveDate>,
    /// The last day the dose may be given at all (an age limit in the law: rotavirus
    /// 24w0d, Hib primary doses before 1 year); `None` where only funding ends.
    pub latest: Option<NaiveDate>,
    /// The interval rule that set `earliest`, with its source, when one did.
    pub rule: Option<RuleNote>,
    /// Why the dose has its status, in every catalog language ([`DosePlan::reason`]);
    /// empty in a plan made without texts (the reminders' walk).
    pub reasons: Vec<Localized>,
}

impl DosePlan {
    /// Why the dose has its status, in `lang`.
    pub fn reason(&self, lang: crate::Lang) -> std::borrow::Cow<'_, str> {
        crate::text::text_in(&self.reasons, lang)
    }
}

/// An interval rule as a screen cites it: "at least 27 days after the previous dose
/// on 2026-06-01 (source)".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RuleNote {
    /// The rule as the screen cites it, in every catalog language ([`RuleNote::text`]).
    pub texts: Vec<Localized>,
    /// Id of the document in the schedule file's `[[sources]]`.
    pub source_id: String,
    pub source_title: String,
}

impl RuleNote {
    /// The rule in `lang`.
    pub fn text(&self, lang: crate::Lang) -> std::borrow::Cow<'_, str> {
        crate::text::text_in(&self.texts, lang)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum DoseStatus {
    /// Given and counted.
    Done,
    /// Given but not counted (too early, interval too short); see the reason.
    Invalid,
    /// Not yet possible.
    Upcoming,
    /// Possible now, within the recommended window (or no window is set).
    Due,
    /// Possible now, but past the recommended window.
    Overdue,
    /// Not possible or not funded any more, or not needed for this child.
    NotEligible,
}

impl DoseStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DoseStatus::Done => "done",
            DoseStatus::Invalid => "invalid",
            DoseStatus::Upcoming => "upcoming",
            DoseStatus::Due => "due",
            DoseStatus::Overdue => "overdue",
            DoseStatus::NotEligible => "not_eligible",
        }
    }

    /// The one word each status has on every screen, in the CLI and in the printed
    /// summary (an overdue dose is `{ -overdue }`, 「期間超過」, everywhere).
    pub fn label_id(self) -> &'static str {
        match self {
            DoseStatus::Done => crate::tid!("schedule-status-done"),
            DoseStatus::Invalid => crate::tid!("schedule-status-invalid"),
            DoseStatus::Upcoming => crate::tid!("schedule-status-upcoming"),
            DoseStatus::Due => crate::tid!("schedule-status-due"),
            DoseStatus::Overdue => crate::tid!("schedule-status-overdue"),
            DoseStatus::NotEligible => crate::tid!("schedule-status-not-eligible"),
        }
    }

    pub fn label(self, lang: crate::Lang) -> &'static str {
        crate::model::choice::static_text(lang, self.label_id())
    }
}

impl fmt::Display for DoseStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

pub(crate) fn ser_code<S: Serializer>(c: &VaccineCode, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(c.as_str())
}

pub(crate) fn ser_opt_code<S: Serializer>(
    c: &Option<VaccineCode>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match c {
        Some(c) => s.serialize_some(c.as_str()),
        None => s.serialize_none(),
    }
}

pub(crate) fn ser_opt_checkup<S: Serializer>(
    c: &Option<InfantCheckup>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match c {
        Some(c) => s.serialize_some(c.as_str()),
        None => s.serialize_none(),
    }
}

/// What went wrong, with enough context to show the user which record to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScheduleError {
    DoseBeforeBirth {
        vaccine: VaccineCode,
        dose: u32,
        date: NaiveDate,
        birth: NaiveDate,
    },
    DoseInFuture {
        vaccine: VaccineCode,
        dose: u32,
        date: NaiveDate,
        today: NaiveDate,
    },
    DoseOutOfRange {
        vaccine: VaccineCode,
        dose: u32,
        max: u32,
    },
    UnknownBrand {
        vaccine: VaccineCode,
        brand: String,
        expected: String,
    },
    BrandSwitch {
        vaccine: VaccineCode,
        first: String,
        first_date: NaiveDate,
        second: String,
        second_date: NaiveDate,
    },
    NotAChildVaccine {
        vaccine: VaccineCode,
    },
    TodayBeforeBirth {
        birth: NaiveDate,
        today: NaiveDate,
    },
    NoScheduleInForce {
        date: NaiveDate,
        earliest: NaiveDate,
    },
    DataCorrupt {
        file: String,
        message: String,
    },
    LmpAfterToday {
        lmp: NaiveDate,
        today: NaiveDate,
    },
    MaternalDoseOutsidePregnancy {
        date: NaiveDate,
        lmp: NaiveDate,
        today: NaiveDate,
    },
}

impl ScheduleError {
    /// The message in `lang`, from the catalog (the English is also its `Display`).
    pub fn message(&self, lang: crate::Lang) -> String {
        use ScheduleError::*;
        let d = |d: &NaiveDate| d.to_string();
        match self {
            DoseBeforeBirth {
                vaccine,
                dose,
                date,
                birth,
            } => crate::t!(
                lang,
                "schedule-error-dose-before-birth",
                vaccine = vaccine.label(lang),
                code = vaccine.as_str(),
                dose = *dose,
                date = d(date),
                birth = d(birth)
            ),
            DoseInFuture {
                vaccine,
                dose,
                date,
                today,
            } => crate::t!(
                lang,
                "schedule-error-dose-in-future",
                vaccine = vaccine.label(lang),
                code = vaccine.as_str(),
                dose = *dose,
                date = d(date),
                today = d(today)
            ),
            DoseOutOfRange { vaccine, dose, max } => crate::t!(
                lang,
                "schedule-error-dose-out-of-range",
                vaccine = vaccine.label(lang),
                code = vaccine.as_str(),
                dose = *dose,
                max = *max
            ),
            UnknownBrand {
                vaccine,
                brand,
                expected,
            } => crate::t!(
                lang,
                "schedule-error-unknown-brand",
                vaccine = vaccine.label(lang),
                code = vaccine.as_str(),
                brand = brand.as_str(),
                expected = expected.as_str()
            ),
            BrandSwitch {
                vaccine,
                first,
                first_date,
                second,
                second_date,
            } => crate::t!(
                lang,
                "schedule-error-brand-switch",
                vaccine = vaccine.label(lang),
                code = vaccine.as_str(),
                first = first.as_str(),
                first_date = d(first_date),
                second = second.as_str(),
                second_date = d(second_date)
            ),
            NotAChildVaccine { vaccine } => crate::t!(
                lang,
                "schedule-error-not-a-child-vaccine",
                vaccine = vaccine.label(lang),
                code = vaccine.as_str()
            ),
            TodayBeforeBirth { birth, today } => crate::t!(
                lang,
                "schedule-error-today-before-birth",
                birth = d(birth),
                today = d(today)
            ),
            NoScheduleInForce { date, earliest } => crate::t!(
                lang,
                "schedule-error-no-schedule",
                date = d(date),
                earliest = d(earliest)
            ),
            DataCorrupt { file, message } => crate::t!(
                lang,
                "schedule-error-data-corrupt",
                file = file.as_str(),
                message = message.as_str()
            ),
            LmpAfterToday { lmp, today } => crate::t!(
                lang,
                "schedule-error-lmp-after-today",
                lmp = d(lmp),
                today = d(today)
            ),
            MaternalDoseOutsidePregnancy { date, lmp, today } => crate::t!(
                lang,
                "schedule-error-maternal-outside-pregnancy",
                date = d(date),
                lmp = d(lmp),
                today = d(today)
            ),
        }
    }
}

impl fmt::Display for ScheduleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(crate::Lang::En))
    }
}

impl std::error::Error for ScheduleError {}

/// The schedule version in force on `date`: the newest whose effective date is not later.
fn schedule_on(date: NaiveDate) -> Result<&'static data::Schedule, ScheduleError> {
    let all = data::schedules()
        .map_err(|(file, message)| ScheduleError::DataCorrupt { file, message })?;
    let first = all.first().ok_or_else(|| ScheduleError::DataCorrupt {
        file: "(bundle)".into(),
        message: "no schedule file is bundled".into(),
    })?;
    all.iter()
        .rev()
        .find(|s| s.effective_from <= date)
        .ok_or(ScheduleError::NoScheduleInForce {
            date,
            earliest: first.effective_from,
        })
}

/// The child's vaccination plan as of `today`, under the schedule version in force then.
pub fn plan(child: &ChildFacts, today: NaiveDate) -> Result<Plan, ScheduleError> {
    let schedule = schedule_on(today)?;
    engine::plan(schedule, child, today, true)
}

/// The plan a screen shows: [`plan`] made from the doses it can be made with, with a
/// [`PlanWarning`] for each record it had to leave out, so that one bad record (typed
/// by an older app, merged before merges were checked, dated by a clock that ran
/// ahead) never hides the rest. A child born after `today` gets an empty plan and a
/// warning. Only a fault of the bundled schedule data is an error.
pub fn plan_skipping(child: &ChildFacts, today: NaiveDate) -> Result<Plan, ScheduleError> {
    let schedule = schedule_on(today)?;
    Ok(engine_skipping(schedule, child, today, true)?.0)
}

/// [`plan_skipping`] on `schedule`, with the doses it planned with.
fn engine_skipping(
    schedule: &data::Schedule,
    child: &ChildFacts,
    today: NaiveDate,
    texts: bool,
) -> Result<(Plan, Vec<GivenDose>), ScheduleError> {
    let warn = |index: Option<usize>, e: &ScheduleError| {
        let g = index.map(|i| &child.doses[i]);
        PlanWarning {
            record: None,
            dose_index: index.and_then(|i| u32::try_from(i).ok()),
            vaccine: g.map(|g| g.vaccine),
            dose: g.map(|g| g.dose),
            date: Some(g.map_or(child.birth, |g| g.date)),
            messages: crate::text::every_lang(|lang| e.message(lang)),
        }
    };
    if today < child.birth {
        let e = ScheduleError::TodayBeforeBirth {
            birth: child.birth,
            today,
        };
        let plan = Plan {
            schedule_version: schedule.version.clone(),
            vaccines: Vec::new(),
            warnings: vec![warn(None, &e)],
        };
        return Ok((plan, Vec::new()));
    }
    // The engine names the first record it cannot plan with; leave that out and ask
    // again, until it plans (each round leaves out at least one dose).
    let mut kept: Vec<usize> = (0..child.doses.len()).collect();
    let mut warnings = Vec::new();
    loop {
        let doses: Vec<GivenDose> = kept.iter().map(|&i| child.doses[i].clone()).collect();
        let facts = ChildFacts {
            doses: &doses,
            ..*child
        };
        let e = match engine::plan(schedule, &facts, today, texts) {
            Ok(mut plan) => {
                plan.warnings = warnings;
                return Ok((plan, doses));
            }
            Err(e) => e,
        };
        let (left_out, still): (Vec<usize>, Vec<usize>) =
            kept.iter().partition(|&&i| e.is_about(&child.doses[i]));
        if left_out.is_empty() {
            return Err(e);
        }
        warnings.extend(left_out.into_iter().map(|i| warn(Some(i), &e)));
        kept = still;
    }
}

impl ScheduleError {
    /// Whether this error is about the recorded dose `g` (one the plan can leave out).
    fn is_about(&self, g: &GivenDose) -> bool {
        use ScheduleError::*;
        match self {
            DoseBeforeBirth {
                vaccine,
                dose,
                date,
                ..
            }
            | DoseInFuture {
                vaccine,
                dose,
                date,
                ..
            } => g.vaccine == *vaccine && g.dose == *dose && g.date == *date,
            DoseOutOfRange { vaccine, dose, .. } => g.vaccine == *vaccine && g.dose == *dose,
            NotAChildVaccine { vaccine } => g.vaccine == *vaccine,
            UnknownBrand { vaccine, brand, .. } => {
                g.vaccine == *vaccine && g.brand.as_deref() == Some(brand)
            }
            BrandSwitch {
                vaccine,
                second,
                second_date,
                ..
            } => {
                g.vaccine == *vaccine
                    && g.brand.as_deref() == Some(second)
                    && g.date == *second_date
            }
            TodayBeforeBirth { .. }
            | NoScheduleInForce { .. }
            | DataCorrupt { .. }
            | LmpAfterToday { .. }
            | MaternalDoseOutsidePregnancy { .. } => false,
        }
    }
}

/// Reminders for one child: what is due, overdue, about to lose funding or to pass
/// its age limit, and the infant checkups open or about to close, ordered as a screen
/// shows them ([`sort_reminders`]). `within_days` bounds how far ahead items dated in
/// the future are listed (the phones schedule a notification for each). Planned as
/// [`plan_skipping`] does: a dose it cannot plan with is left out (the plan's warnings
/// say which), and a child born after `today` has none.
pub fn reminders(
    child: &ChildFacts,
    today: NaiveDate,
    within_days: u32,
) -> Result<Vec<Reminder>, ScheduleError> {
    let schedule = schedule_on(today)?;
    if today < child.birth {
        return Ok(Vec::new());
    }
    // Statuses and dates only: the reminders write their own messages.
    let (plan, _) = engine_skipping(schedule, child, today, false)?;
    let mut out = reminders::for_child(schedule, child, &plan, today, within_days);
    sort_reminders(&mut out, today, |r| r);
    Ok(out)
}

/// The next clinic visits for a child: which doses can be given together (同時接種)
/// on one day and the first day the next visit respects every interval rule, for the
/// coming year. Planned from the doses [`plan_skipping`] keeps.
pub fn visits(child: &ChildFacts, today: NaiveDate) -> Result<VisitPlan, ScheduleError> {
    let schedule = schedule_on(today)?;
    let (plan, doses) = engine_skipping(schedule, child, today, false)?;
    let facts = ChildFacts {
        doses: &doses,
        ..*child
    };
    visits::plan_visits(schedule, &facts, today, plan.warnings)
}

/// Maternal RSV vaccine (routine from 2026-04-01, 妊娠28週0日–36週6日), dated from the
/// LMP (or the LMP an ultrasound due date implies, see `model::gestation`).
pub fn maternal_plan(
    lmp: NaiveDate,
    today: NaiveDate,
    rsv_given: Option<NaiveDate>,
) -> Result<DosePlan, ScheduleError> {
    let schedule = schedule_on(today)?;
    if lmp > today {
        return Err(ScheduleError::LmpAfterToday { lmp, today });
    }
    engine::maternal(&schedule.maternal, lmp, today, rsv_given)
}

/// Gestational-age helper re-exported for the shells' pregnancy page.
pub fn gestational_age(lmp: NaiveDate, date: NaiveDate) -> Option<GestationalAge> {
    GestationalAge::on(lmp, date)
}

/// Infant checkup windows (both days included) from the newest bundled schedule. Empty
/// if the bundled data is corrupt (which a unit test rules out); never panics.
pub fn checkup_windows(birth: NaiveDate) -> Vec<(InfantCheckup, NaiveDate, NaiveDate)> {
    match data::schedules() {
        Ok(all) => match all.last() {
            Some(s) => s
                .checkup
                .iter()
                .map(|c| (c.code, c.from.on(birth), c.until.on(birth)))
                .collect(),
            None => Vec::new(),
        },
        Err(_) => Vec::new(),
    }
}

/// Why a `--dose` argument was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseDoseError {
    Shape(String),
    Code {
        text: String,
        source: codes::UnknownVaccineCode,
    },
    Number {
        text: String,
        number: String,
    },
    Date {
        text: String,
        date: String,
    },
    EmptyBrand {
        text: String,
    },
}

impl ParseDoseError {
    /// The message in `lang`, from the catalog (the English is also its `Display`).
    pub fn message(&self, lang: crate::Lang) -> String {
        match self {
            ParseDoseError::Shape(text) => {
                crate::t!(lang, "schedule-dose-arg-shape", text = text.as_str())
            }
            ParseDoseError::Code { text, source } => crate::t!(
                lang,
                "schedule-dose-arg-code",
                text = text.as_str(),
                reason = source.message(lang)
            ),
            ParseDoseError::Number { text, number } => crate::t!(
                lang,
                "schedule-dose-arg-number",
                text = text.as_str(),
                number = number.as_str()
            ),
            ParseDoseError::Date { text, date } => crate::t!(
                lang,
                "schedule-dose-arg-date",
                text = text.as_str(),
                date = date.as_str()
            ),
            ParseDoseError::EmptyBrand { text } => {
                crate::t!(lang, "schedule-dose-arg-empty-brand", text = text.as_str())
            }
        }
    }
}

impl fmt::Display for ParseDoseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(crate::Lang::En))
    }
}

impl std::error::Error for ParseDoseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ParseDoseError::Code { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl FromStr for GivenDose {
    type Err = ParseDoseError;

    /// `CODE:N:YYYY-MM-DD[:BRAND]`, e.g. `rotavirus:1:2026-06-01:rotarix`. The brand is
    /// lower-cased; whether it is known is checked by [`plan`], which knows the series.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = s.split(':').collect();
        if !(3..=4).contains(&parts.len()) {
            return Err(ParseDoseError::Shape(s.to_string()));
        }
        let vaccine =
            parts[0]
                .trim()
                .parse::<VaccineCode>()
                .map_err(|source| ParseDoseError::Code {
                    text: s.to_string(),
                    source,
                })?;
        let dose = parts[1]
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| ParseDoseError::Number {
                text: s.to_string(),
                number: parts[1].to_string(),
            })?;
        let date = NaiveDate::parse_from_str(parts[2].trim(), "%Y-%m-%d").map_err(|_| {
            ParseDoseError::Date {
                text: s.to_string(),
                date: parts[2].to_string(),
            }
        })?;
        let brand = match parts.get(3) {
            None => None,
            Some(b) if b.trim().is_empty() => {
                return Err(ParseDoseError::EmptyBrand {
                    text: s.to_string(),
                });
            }
            Some(b) => Some(b.trim().to_ascii_lowercase()),
        };
        Ok(GivenDose {
            vaccine,
            dose,
            date,
            brand,
        })
    }
}

impl fmt::Display for GivenDose {
    /// The `--dose` form, so a dose round-trips through text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.vaccine, self.dose, self.date)?;
        if let Some(b) = &self.brand {
            write!(f, ":{b}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn timing_accepts_the_japanese_printed() {
        assert_eq!("標準的な接種期間".parse::<Timing>(), Ok(Timing::Standard));
        assert_eq!("受けられる最初の日".parse::<Timing>(), Ok(Timing::Earliest));
        assert_eq!(" Earliest ".parse::<Timing>(), Ok(Timing::Earliest));
        assert!("soon".parse::<Timing>().is_err());
        assert_eq!("最短".parse::<Timing>(), Ok(Timing::Earliest));
        assert_eq!("ＥＡＲＬＩＥＳＴ".parse::<Timing>(), Ok(Timing::Earliest));
    }

    #[test]
    fn dose_argument_parses() {
        let g: GivenDose = "rotavirus:1:2026-06-01:RotaRix".parse().unwrap();
        assert_eq!(
            g,
            GivenDose {
                vaccine: VaccineCode::Rotavirus,
                dose: 1,
                date: d("2026-06-01"),
                brand: Some("rotarix".into())
            }
        );
        assert_eq!(g.to_string(), "rotavirus:1:2026-06-01:rotarix");
        let g: GivenDose = "mr:2:2031-05-01".parse().unwrap();
        assert_eq!(g.brand, None);
        assert_eq!(g.to_string().parse::<GivenDose>().unwrap(), g);
    }

    #[test]
    fn bad_dose_arguments_say_what_is_wrong() {
        for (text, want) in [
            ("mr:1", "is not CODE:N:YYYY-MM-DD"),
            ("mr:1:2026-01-01:x:y", "is not CODE:N:YYYY-MM-DD"),
            ("polio:1:2026-01-01", "Unknown vaccine \"polio\""),
            ("mr:0:2026-01-01", "not a whole number from 1"),
            ("mr:x:2026-01-01", "not a whole number from 1"),
            ("mr:1:2026-02-30", "is not a date"),
            ("mr:1:2026-01-01:", "brand after the last ':' is empty"),
        ] {
            let err = text.parse::<GivenDose>().unwrap_err().to_string();
            assert!(err.contains(want), "{text}: {err}");
        }
    }

    #[test]
    fn notification_ids_are_stable_and_positive() {
        assert_eq!(
            notification_id("vaccine:pcv:2"),
            notification_id("vaccine:pcv:2")
        );
        assert_ne!(
            notification_id("vaccine:pcv:2"),
            notification_id("vaccine:pcv:3")
        );
        assert!(notification_id("checkup:18m") >= 0);
        // FNV-1a of the empty string, masked.
        assert_eq!(notification_id(""), 0x011c_9dc5);
    }

    #[test]
    fn no_schedule_before_the_first_version() {
        let child = ChildFacts {
            birth: d("2023-06-01"),
            sex: None,
            doses: &[],
            checkups_done: &[],
            timing: Timing::Standard,
        };
        let err = plan(&child, d("2024-03-31")).unwrap_err();
        assert!(
            matches!(err, ScheduleError::NoScheduleInForce { .. }),
            "{err}"
        );
    }
}

#[cfg(test)]
mod version_tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// The plan uses the schedule version in force on "today": a child born on
    /// 2024-02-29 looked at in 2024 gets the 2024 version; a date before the first
    /// bundled version is a typed refusal, never a plan from rules not yet in force.
    #[test]
    fn the_version_in_force_on_today_is_used() {
        let child = ChildFacts {
            birth: d("2024-02-29"),
            sex: Some(Sex::Female),
            doses: &[],
            checkups_done: &[],
            timing: Timing::Standard,
        };
        assert_eq!(
            plan(&child, d("2024-06-01")).unwrap().schedule_version,
            "jp-2024-04-01"
        );
        assert_eq!(
            plan(&child, d("2026-03-31")).unwrap().schedule_version,
            "jp-2024-04-01"
        );
        assert_eq!(
            plan(&child, d("2026-04-01")).unwrap().schedule_version,
            "jp-2026-04-01"
        );
        assert!(matches!(
            plan(&child, d("2024-03-31")),
            Err(ScheduleError::NoScheduleInForce { .. })
        ));
    }

    /// Maternal RSV became routine on 2026-04-01 (MHLW; municipal pages): a pregnancy
    /// whose 28w0d–36w6d window closed before then was self-paid.
    #[test]
    fn maternal_rsv_before_it_was_routine_is_voluntary() {
        let lmp = d("2025-01-01"); // window 2025-07-16 .. 2025-09-16
        let p = maternal_plan(lmp, d("2025-08-01"), None).unwrap();
        assert_eq!(p.status, DoseStatus::Due);
        assert_eq!(p.funded_until, None);
        assert!(
            p.reason(crate::Lang::En).contains("voluntary"),
            "{}",
            p.reason(crate::Lang::En)
        );
        let p = maternal_plan(d("2026-01-01"), d("2026-07-20"), None).unwrap();
        assert_eq!(p.status, DoseStatus::Due);
        assert!(p.funded_until.is_some());
    }
}

//! Reminders: what the family should hear about, and in which order.
//!
//! Each item has a kind (what matters about it), its date (when it applies, and when
//! the phone notifies), a deadline where there is one, and its message in both
//! languages. The phones schedule one local notification per item, keyed by its id:
//! ids are stable for the same child and item, so a new list replaces the old
//! notifications instead of adding to them. The order is decided here, not by the apps.

use std::cmp::Ordering;

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use super::data::Schedule;
use super::engine::fmt_d;
use super::{
    ChildFacts, DosePlan, DoseStatus, Plan, Timing, VaccineCode, ser_opt_checkup, ser_opt_code,
};
use crate::Lang;
use crate::model::{InfantCheckup, Sex};
use crate::text::Localized;

/// Days before a deadline (the end of 公費, an age limit) on which the family is told:
/// a month ahead, then two weeks and one week ahead, as issue #19 asks.
pub const DEADLINE_STEPS: [i64; 3] = [30, 14, 7];

/// Days after the funded period ended during which the list still says so, so that a
/// dose does not drop off the list silently. A product choice, not a rule of law.
pub const ENDED_SHOWN_DAYS: i64 = 30;

/// Days before an infant checkup window closes on which the family is reminded again.
/// A product choice (windows are a month or more long), not a rule of law.
pub const CHECKUP_CLOSING_DAYS: i64 = 7;

/// What a reminder is about; one word per kind, the same in JSON and on every screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// The standard period of a dose is open (or opens on the item's date).
    Due,
    /// The standard period is over; the dose can still be given.
    Overdue,
    /// 公費 (free vaccination) ends within 30 days; again at 14 and 7 (and once after
    /// it ended).
    FundingEnds,
    /// The legal age limit of the dose is near.
    LastChance,
    /// The next prenatal visit the mother entered.
    PrenatalVisit,
    /// An infant checkup window opens or is about to close.
    CheckupDue,
}

impl ReminderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderKind::Due => "due",
            ReminderKind::Overdue => "overdue",
            ReminderKind::FundingEnds => "funding_ends",
            ReminderKind::LastChance => "last_chance",
            ReminderKind::PrenatalVisit => "prenatal_visit",
            ReminderKind::CheckupDue => "checkup_due",
        }
    }

    /// The word a screen shows for the kind; `overdue` is the same word as the dose
    /// status [`super::DoseStatus::Overdue`].
    pub fn label_id(self) -> &'static str {
        match self {
            ReminderKind::Due => DoseStatus::Due.label_id(),
            ReminderKind::Overdue => DoseStatus::Overdue.label_id(),
            ReminderKind::FundingEnds => crate::tid!("schedule-reminder-funding-ends"),
            ReminderKind::LastChance => crate::tid!("schedule-reminder-last-chance"),
            ReminderKind::PrenatalVisit => crate::tid!("schedule-reminder-prenatal-visit"),
            ReminderKind::CheckupDue => crate::tid!("schedule-reminder-checkup-due"),
        }
    }

    pub fn label(self, lang: crate::Lang) -> &'static str {
        crate::model::choice::static_text(lang, self.label_id())
    }

    /// Overdue and deadline items come first.
    fn rank(self) -> u8 {
        match self {
            ReminderKind::Overdue => 0,
            ReminderKind::LastChance => 1,
            ReminderKind::FundingEnds => 2,
            _ => 3,
        }
    }
}

/// Something the family is told, and the shells turn into a local notification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Reminder {
    /// Stable across runs for the same child and item (`vaccine:pcv:2`,
    /// `vaccine:bcg:1:funding_ends:14`, `checkup:18m`), so a shell replaces rather than
    /// duplicates a notification; a dose that turns from due to overdue keeps its id.
    /// Prefixed with the subject's id in a family list.
    pub id: String,
    pub kind: ReminderKind,
    #[serde(serialize_with = "ser_opt_code")]
    pub vaccine: Option<VaccineCode>,
    pub dose: Option<u32>,
    #[serde(serialize_with = "ser_opt_checkup")]
    pub checkup: Option<InfantCheckup>,
    /// When it applies: the day the standard period opens, the day a deadline warning
    /// is given, the visit day. May be in the past for an item that is current.
    pub date: NaiveDate,
    /// The day a phone notifies: `date`, or today for an item already current.
    pub notify_on: NaiveDate,
    /// The last day: the end of the standard period, of 公費, the age limit, the end of
    /// a checkup window; `None` where there is none.
    pub deadline: Option<NaiveDate>,
    /// Current and about something overdue or a deadline: shown first and marked.
    pub urgent: bool,
    /// What the notification says, in every catalog language ([`Reminder::message`]):
    /// a phone shows it later, in the language chosen then.
    pub messages: Vec<Localized>,
}

impl Reminder {
    /// A positive 31-bit number derived from [`Reminder::id`] (FNV-1a), for platforms whose
    /// notification ids are integers (Android). Stable across versions of this code.
    pub fn notification_id(&self) -> i32 {
        notification_id(&self.id)
    }

    /// What the notification says, in `lang`.
    pub fn message(&self, lang: Lang) -> std::borrow::Cow<'_, str> {
        crate::text::text_in(&self.messages, lang)
    }

    fn new(id: String, kind: ReminderKind, date: NaiveDate, today: NaiveDate) -> Reminder {
        Reminder {
            id,
            kind,
            vaccine: None,
            dose: None,
            checkup: None,
            date,
            notify_on: date.max(today),
            deadline: None,
            urgent: date <= today && kind.rank() < 3,
            messages: Vec::new(),
        }
    }
}

/// FNV-1a of `s`, masked to a positive `i32`.
pub fn notification_id(s: &str) -> i32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in s.as_bytes() {
        h ^= *b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    (h & 0x7fff_ffff) as i32
}

/// Sorts items (reminders, or anything holding one) the way every screen shows them:
/// current items before future ones; among current ones overdue, then age limits,
/// then the end of 公費, then the rest; then by date and id, so the order is total
/// and the same on every run.
pub fn sort_reminders<T>(items: &mut [T], today: NaiveDate, get: impl Fn(&T) -> &Reminder) {
    items.sort_by(|a, b| order(get(a), get(b), today));
}

fn order(a: &Reminder, b: &Reminder, today: NaiveDate) -> Ordering {
    let key = |r: &Reminder| (r.date > today, r.kind.rank(), r.date);
    key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
}

/// The reminders of one child from their plan (unsorted).
pub(super) fn for_child(
    s: &Schedule,
    child: &ChildFacts,
    plan: &Plan,
    today: NaiveDate,
    within_days: u32,
) -> Vec<Reminder> {
    let horizon = today + Duration::days(within_days as i64);
    let mut out = Vec::new();
    for vp in &plan.vaccines {
        let code = vp.code;
        let open = vp.doses.iter().find(|d| {
            matches!(
                d.status,
                DoseStatus::Due | DoseStatus::Overdue | DoseStatus::Upcoming
            )
        });
        match open {
            Some(d) => dose_items(&mut out, code, d, child.timing, today, horizon),
            None => funding_ended(&mut out, s, child, code, &vp.doses, today),
        }
    }
    for c in &s.checkup {
        if child.checkups_done.contains(&c.code) {
            continue;
        }
        let (from, until) = (c.from.on(child.birth), c.until.on(child.birth));
        checkup_items(&mut out, c.code, from, until, today, horizon);
    }
    out.retain(|r| r.date <= horizon);
    out
}

/// The maternal RSV dose of a pregnancy as reminders (due, and the end of its window).
pub fn maternal_reminders(plan: &DosePlan, today: NaiveDate, within_days: u32) -> Vec<Reminder> {
    let horizon = today + Duration::days(within_days as i64);
    let mut out = Vec::new();
    if plan.status != DoseStatus::NotEligible && plan.status != DoseStatus::Done {
        dose_items(
            &mut out,
            VaccineCode::RsvMaternal,
            plan,
            Timing::Standard,
            today,
            horizon,
        );
    }
    out.retain(|r| r.date <= horizon);
    out
}

/// 「B型肝炎 2回目」 / "Hepatitis B dose 2".
fn dose_name(lang: Lang, code: VaccineCode, dose: u32) -> String {
    crate::t!(
        lang,
        "schedule-dose-name",
        vaccine = code.label(lang),
        dose = dose
    )
}

/// Fills the reminder's message in every catalog language.
fn say(r: &mut Reminder, message: impl Fn(Lang) -> String) {
    r.messages = crate::text::every_lang(message);
}

/// The items of a vaccine's next open dose: due or overdue, and the deadline warnings.
fn dose_items(
    out: &mut Vec<Reminder>,
    code: VaccineCode,
    d: &DosePlan,
    timing: Timing,
    today: NaiveDate,
    horizon: NaiveDate,
) {
    let Some(e) = d.earliest else { return };
    let id = format!("vaccine:{}:{}", code.as_str(), d.dose);
    let name = |lang| dose_name(lang, code, d.dose);
    let item = |kind, date| {
        let mut r = Reminder::new(id.clone(), kind, date, today);
        r.vaccine = Some(code);
        r.dose = Some(d.dose);
        r
    };
    if d.status == DoseStatus::Overdue {
        let mut r = item(ReminderKind::Overdue, today);
        r.deadline = d.funded_until.or(d.latest);
        // "none": no deadline (the catalog selects on it).
        let until = r.deadline.map_or_else(|| "none".to_string(), fmt_d);
        say(&mut r, |lang| {
            crate::t!(
                lang,
                "schedule-reminder-overdue",
                name = name(lang),
                until = until.as_str()
            )
        });
        out.push(r);
    } else {
        // The day the family is nudged: the standard period's first day, or the first
        // day allowed for a family that chose "as early as allowed".
        let opens = match timing {
            Timing::Standard => d.recommended_from.map_or(e, |f| f.max(e)),
            Timing::Earliest => e,
        };
        let blocked = d.status == DoseStatus::Upcoming && opens <= today;
        // Items beyond the look-ahead are not built at all (most of a toddler's
        // series are years away): the list is rebuilt on every screen.
        if !blocked && opens <= horizon {
            let mut r = item(ReminderKind::Due, opens);
            // The end of the standard period; where the dose has none (MR 1期), the
            // last day it is free or allowed.
            r.deadline = d.recommended_until.or(d.funded_until).or(d.latest);
            // "none": no end of the standard period; due now (the catalog selects).
            let until = d
                .recommended_until
                .map_or_else(|| "none".to_string(), fmt_d);
            let from = if opens <= today {
                "none".to_string()
            } else {
                fmt_d(opens)
            };
            say(&mut r, |lang| {
                crate::t!(
                    lang,
                    "schedule-reminder-due",
                    name = name(lang),
                    from = from.as_str(),
                    until = until.as_str()
                )
            });
            out.push(r);
        }
    }
    // The deadline: the age limit when funding lasts as long (after it, the dose
    // cannot be given at all), else the end of 公費.
    let (kind, deadline) = match (d.latest, d.funded_until) {
        (Some(l), f) if f.is_none_or(|f| f >= l) => (ReminderKind::LastChance, l),
        (_, Some(f)) => (ReminderKind::FundingEnds, f),
        _ => return,
    };
    if e > deadline || today > deadline {
        return;
    }
    for (step, at) in steps(deadline, today, horizon) {
        let left = (deadline - at.max(today)).num_days();
        let mut r = item(kind, at);
        r.id = format!("{id}:{}:{step}", kind.as_str());
        r.deadline = Some(deadline);
        let day = fmt_d(deadline);
        let last = kind == ReminderKind::LastChance;
        say(&mut r, |lang| {
            let name = name(lang);
            let day = day.as_str();
            if last {
                crate::t!(
                    lang,
                    "schedule-reminder-last-chance-left",
                    name = name,
                    day = day,
                    left = left
                )
            } else {
                crate::t!(
                    lang,
                    "schedule-reminder-funding-ends-left",
                    name = name,
                    day = day,
                    left = left
                )
            }
        });
        out.push(r);
    }
}

/// The deadline warnings to list on `today`: the latest step already reached (the
/// current warning; earlier ones are superseded), and the later steps up to `horizon`
/// (for the phones to schedule).
fn steps(
    deadline: NaiveDate,
    today: NaiveDate,
    horizon: NaiveDate,
) -> impl Iterator<Item = (i64, NaiveDate)> {
    let at = move |step: i64| deadline - Duration::days(step);
    let current = DEADLINE_STEPS
        .iter()
        .copied()
        .rfind(move |s| at(*s) <= today);
    DEADLINE_STEPS
        .into_iter()
        .filter(move |s| Some(*s) == current || (at(*s) > today && at(*s) <= horizon))
        .map(move |s| (s, at(s)))
}

/// A vaccine with no open dose whose funded period ended lately: said once, so the
/// dose does not drop off the list silently. Not for a series that is complete, and
/// not for HPV on a boy's page (never funded for him).
fn funding_ended(
    out: &mut Vec<Reminder>,
    s: &Schedule,
    child: &ChildFacts,
    code: VaccineCode,
    doses: &[DosePlan],
    today: NaiveDate,
) {
    let female_only = s
        .vaccine(code)
        .is_some_and(|r| r.sex.as_deref() == Some("female"));
    if female_only && child.sex == Some(Sex::Male) {
        return;
    }
    let Some(d) = doses
        .iter()
        .find(|d| d.status == DoseStatus::NotEligible && d.given.is_none())
    else {
        return;
    };
    let Some(f) = d.funded_until else { return };
    if d.latest.is_some_and(|l| l <= f) || today <= f {
        return;
    }
    let ended = f + Duration::days(1);
    if (today - ended).num_days() >= ENDED_SHOWN_DAYS {
        return;
    }
    let mut r = Reminder::new(
        format!("vaccine:{}:{}:funding_ends:0", code.as_str(), d.dose),
        ReminderKind::FundingEnds,
        ended,
        today,
    );
    r.vaccine = Some(code);
    r.dose = Some(d.dose);
    r.deadline = Some(f);
    let day = fmt_d(f);
    say(&mut r, |lang| {
        crate::t!(
            lang,
            "schedule-reminder-funding-ended",
            name = dose_name(lang, code, d.dose),
            day = day.as_str()
        )
    });
    out.push(r);
}

/// An infant checkup: when its window opens, and again shortly before it closes.
fn checkup_items(
    out: &mut Vec<Reminder>,
    code: InfantCheckup,
    from: NaiveDate,
    until: NaiveDate,
    today: NaiveDate,
    horizon: NaiveDate,
) {
    if until < today || from > horizon {
        return;
    }
    let closing = (until - Duration::days(CHECKUP_CLOSING_DAYS)).max(from);
    let id = format!("checkup:{}", code.as_str());
    let day = fmt_d(until);
    let item = |id: String, date: NaiveDate| {
        let mut r = Reminder::new(id, ReminderKind::CheckupDue, date, today);
        r.checkup = Some(code);
        r.deadline = Some(until);
        r
    };
    if today < closing || closing == from {
        let mut r = item(id.clone(), from);
        say(&mut r, |lang| {
            crate::t!(
                lang,
                "schedule-reminder-checkup-open",
                checkup = code.label(lang),
                day = day.as_str()
            )
        });
        out.push(r);
    }
    if closing > from && closing <= horizon {
        let left = (until - closing.max(today)).num_days();
        let mut r = item(format!("{id}:closing"), closing);
        say(&mut r, |lang| {
            crate::t!(
                lang,
                "schedule-reminder-checkup-closing",
                checkup = code.label(lang),
                day = day.as_str(),
                left = left
            )
        });
        out.push(r);
    }
}

/// The next prenatal visit the mother entered, as a reminder (id `prenatal_visit`: one
/// per pregnancy, so a new date replaces the old notification).
pub fn prenatal_visit_reminder(date: NaiveDate, today: NaiveDate) -> Reminder {
    let mut r = Reminder::new(
        "prenatal_visit".into(),
        ReminderKind::PrenatalVisit,
        date,
        today,
    );
    r.deadline = Some(date);
    let day = fmt_d(date);
    // "none": today (the catalog selects on it).
    let day = if date == today {
        "none".to_string()
    } else {
        day
    };
    say(&mut r, |lang| {
        crate::t!(lang, "schedule-reminder-prenatal", day = day.as_str())
    });
    r
}

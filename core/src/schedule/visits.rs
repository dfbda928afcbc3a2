//! Clinic visits, planned: Japan gives several vaccines at one visit (同時接種, allowed
//! for any combination by the 定期接種実施要領), so a family plans trips to the clinic,
//! not single doses.
//!
//! The plan is a walk forward from today: at each visit every dose whose time has come
//! is given together; the plan is then made again as if they had been given that day,
//! and the next visit is the first day a dose's time comes again, which respects every
//! interval rule because the engine set those days. Doses whose time comes within
//! [`GROUPING_DAYS`] of the first are given at the same visit when none of the doses
//! already at it would leave its standard period by waiting (a clinic gives the 2-month
//! doses again together four weeks later, not the 5-in-1 at three weeks alone).

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use super::data::Schedule;
use super::engine;
use super::{
    ChildFacts, DoseStatus, GivenDose, PlanWarning, RuleNote, ScheduleError, Timing, VaccineCode,
    ser_code,
};

/// How many days a visit waits for doses that become possible soon after the first
/// one. A planning choice of this app (one trip instead of two a week apart), not a
/// rule of law; the interval rules themselves are never shortened by it.
pub const GROUPING_DAYS: i64 = 7;

/// At most this many visits are planned (a year of visits is fewer than ten).
const MAX_VISITS: usize = 24;

/// The visits planned for the coming year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VisitPlan {
    pub schedule_version: String,
    /// Visits are planned up to this day (a year from today).
    pub until: NaiveDate,
    pub visits: Vec<Visit>,
    /// Records the plan was made without (see [`super::plan_skipping`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<PlanWarning>,
}

/// One trip to the clinic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Visit {
    pub date: NaiveDate,
    pub doses: Vec<VisitDose>,
}

/// A dose given at a visit, and why that day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VisitDose {
    #[serde(serialize_with = "ser_code")]
    pub vaccine: VaccineCode,
    pub dose: u32,
    pub status: DoseStatus,
    /// The first day the rules allow it (the visit may be later).
    pub earliest: NaiveDate,
    pub recommended_from: Option<NaiveDate>,
    pub recommended_until: Option<NaiveDate>,
    pub funded_until: Option<NaiveDate>,
    /// A voluntary (self-paid) vaccine.
    pub voluntary: bool,
    /// The interval rule that set `earliest`, with its source; `None` for a first dose
    /// (set by age and the standard period).
    pub rule: Option<RuleNote>,
}

/// A dose whose time has come or will come: when, and until when it may wait.
struct Candidate {
    opens: NaiveDate,
    /// The last day it can wait to without leaving its standard period (or its
    /// funded period / age limit when it has no standard period or is past it).
    wait_until: Option<NaiveDate>,
    dose: VisitDose,
}

pub(super) fn plan_visits(
    s: &Schedule,
    child: &ChildFacts,
    today: NaiveDate,
    warnings: Vec<PlanWarning>,
) -> Result<VisitPlan, ScheduleError> {
    let until = super::age::same_day_months_later(today, 12).unwrap_or(today + Duration::days(365));
    let mut doses: Vec<GivenDose> = child.doses.to_vec();
    let mut visits = Vec::new();
    let mut on = today;
    while visits.len() < MAX_VISITS {
        let facts = ChildFacts {
            doses: &doses,
            ..*child
        };
        let plan = engine::plan(s, &facts, on, true)?;
        let mut next: Vec<Candidate> = plan
            .vaccines
            .iter()
            .filter_map(|v| candidate(s, v.code, &v.doses, child.timing, on))
            .filter(|c| c.opens <= until)
            .collect();
        if next.is_empty() {
            break;
        }
        next.sort_by_key(|c| (c.opens, c.dose.vaccine));
        let mut date = next[0].opens;
        let mut wait_until = next[0].wait_until;
        for c in &next[1..] {
            let soon = (c.opens - next[0].opens).num_days() <= GROUPING_DAYS;
            if soon && wait_until.is_none_or(|w| c.opens <= w) {
                date = c.opens;
                wait_until = match (wait_until, c.wait_until) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
            }
        }
        let given: Vec<VisitDose> = next
            .into_iter()
            .filter(|c| c.opens <= date)
            .map(|c| c.dose)
            .collect();
        doses.extend(given.iter().map(|g| GivenDose {
            vaccine: g.vaccine,
            dose: g.dose,
            date,
            brand: None,
        }));
        visits.push(Visit { date, doses: given });
        on = date;
    }
    Ok(VisitPlan {
        schedule_version: s.version.clone(),
        until,
        visits,
        warnings,
    })
}

/// The next dose of a vaccine as a visit candidate, if it can be given at all.
fn candidate(
    s: &Schedule,
    code: VaccineCode,
    lines: &[super::DosePlan],
    timing: Timing,
    on: NaiveDate,
) -> Option<Candidate> {
    let d = lines.iter().find(|d| {
        matches!(
            d.status,
            DoseStatus::Due | DoseStatus::Overdue | DoseStatus::Upcoming
        )
    })?;
    let e = d.earliest?;
    let opens = match (timing, d.status) {
        (Timing::Earliest, _) | (_, DoseStatus::Overdue) => e,
        (Timing::Standard, _) => d.recommended_from.map_or(e, |f| f.max(e)),
    }
    .max(on);
    let limit = match (d.funded_until, d.latest) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let wait_until = match d.status {
        DoseStatus::Overdue => limit,
        _ => d.recommended_until.or(limit),
    };
    Some(Candidate {
        opens,
        wait_until,
        dose: VisitDose {
            vaccine: code,
            dose: d.dose,
            // On the visit day: overdue stays overdue, anything else is due then.
            status: match d.status {
                DoseStatus::Overdue => DoseStatus::Overdue,
                _ => DoseStatus::Due,
            },
            earliest: e,
            recommended_from: d.recommended_from,
            recommended_until: d.recommended_until,
            funded_until: d.funded_until,
            voluntary: s.vaccine(code).is_some_and(|r| !r.routine),
            rule: d.rule.clone(),
        },
    })
}

//! The vaccination plan, the maternal RSV dose and the family's reminders, as the
//! shells show them: a plan screen per child, and local notifications scheduled from
//! [`Reminder`]s (keyed by `notification_id`, so rescheduling replaces, never doubles).

use hagukumi_core::schedule as core_schedule;
use hagukumi_core::store as core_store;

use chrono::NaiveDate;
use hagukumi_core::Lang;
use hagukumi_core::model::{InfantCheckup, Subject};
use hagukumi_core::schedule::VaccineCode;

/// Where a dose stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum DoseStatus {
    /// Given, and it counts.
    Done,
    /// Given, but it does not count (too early, too soon after the previous dose); the
    /// reason says why, and the dose is planned again.
    Invalid,
    /// Not yet possible.
    Upcoming,
    /// Can be given now.
    Due,
    /// Past the recommended window; still possible.
    Overdue,
    /// Not needed or no longer possible (the reason says which).
    NotEligible,
}

impl From<core_schedule::DoseStatus> for DoseStatus {
    fn from(s: core_schedule::DoseStatus) -> Self {
        use core_schedule::DoseStatus as C;
        match s {
            C::Done => DoseStatus::Done,
            C::Invalid => DoseStatus::Invalid,
            C::Upcoming => DoseStatus::Upcoming,
            C::Due => DoseStatus::Due,
            C::Overdue => DoseStatus::Overdue,
            C::NotEligible => DoseStatus::NotEligible,
        }
    }
}

/// One dose line of the plan.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DosePlan {
    pub dose: u32,
    pub status: DoseStatus,
    pub given: Option<NaiveDate>,
    pub earliest: Option<NaiveDate>,
    pub recommended_from: Option<NaiveDate>,
    pub recommended_until: Option<NaiveDate>,
    /// The last day the dose is free (public funding); `None` for voluntary vaccines.
    pub funded_until: Option<NaiveDate>,
    /// One sentence on why, in the requested language.
    pub reason: String,
    pub reason_ja: String,
    pub reason_en: String,
}

impl DosePlan {
    fn from_core(d: core_schedule::DosePlan, lang: Lang) -> Self {
        let reason = match lang {
            Lang::Ja => d.reason_ja.clone(),
            Lang::En => d.reason_en.clone(),
        };
        DosePlan {
            dose: d.dose,
            status: d.status.into(),
            given: d.given,
            earliest: d.earliest,
            recommended_from: d.recommended_from,
            recommended_until: d.recommended_until,
            funded_until: d.funded_until,
            reason,
            reason_ja: d.reason_ja,
            reason_en: d.reason_en,
        }
    }
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct VaccinePlan {
    pub vaccine: VaccineCode,
    /// The vaccine's name in the requested language.
    pub name: String,
    pub doses: Vec<DosePlan>,
}

/// A child's vaccination plan under the schedule version in force today.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct VaccinationPlan {
    /// The schedule data file the plan was computed from (e.g. "jp-2026-04-01").
    pub schedule_version: String,
    pub vaccines: Vec<VaccinePlan>,
}

impl VaccinationPlan {
    pub(crate) fn from_core(p: core_schedule::Plan, lang: Lang) -> Self {
        VaccinationPlan {
            schedule_version: p.schedule_version,
            vaccines: p
                .vaccines
                .into_iter()
                .map(|v| VaccinePlan {
                    vaccine: v.code,
                    name: match lang {
                        Lang::Ja => v.code.name_ja(),
                        Lang::En => v.code.name_en(),
                    }
                    .to_string(),
                    doses: v
                        .doses
                        .into_iter()
                        .map(|d| DosePlan::from_core(d, lang))
                        .collect(),
                })
                .collect(),
        }
    }
}

pub(crate) fn dose_plan(d: core_schedule::DosePlan, lang: Lang) -> DosePlan {
    DosePlan::from_core(d, lang)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum ReminderKind {
    VaccineDose,
    Checkup,
}

/// Something to turn into a local notification.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Reminder {
    /// Unique in the family and stable across runs: the subject's id and the item.
    pub id: String,
    /// A positive 31-bit number derived from `id`, for Android's integer notification ids.
    pub notification_id: i32,
    pub subject: Subject,
    /// The child's name; empty for the pregnancy.
    pub name: String,
    pub kind: ReminderKind,
    pub vaccine: Option<VaccineCode>,
    pub dose: Option<u32>,
    pub checkup: Option<InfantCheckup>,
    /// The day it falls due (in the past for items already due or overdue).
    pub date: NaiveDate,
    pub status: Option<DoseStatus>,
    /// The notification's title in the requested language.
    pub title: String,
}

impl Reminder {
    pub(crate) fn from_core(r: core_store::FamilyReminder, lang: Lang) -> Self {
        let inner = r.reminder;
        Reminder {
            id: r.id,
            notification_id: r.notification_id,
            subject: r.subject,
            name: r.name,
            kind: match inner.kind {
                core_schedule::ReminderKind::VaccineDose => ReminderKind::VaccineDose,
                core_schedule::ReminderKind::Checkup => ReminderKind::Checkup,
            },
            vaccine: inner.vaccine,
            dose: inner.dose,
            checkup: inner.checkup,
            date: inner.date,
            status: inner.status.map(Into::into),
            title: match lang {
                Lang::Ja => inner.title_ja,
                Lang::En => inner.title_en,
            },
        }
    }
}

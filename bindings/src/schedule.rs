//! The vaccination plan, the clinic visits, the maternal RSV dose and the family's
//! reminders: the core's own types (`hagukumi_core::schedule`), in the order and with
//! the words the core chose. The shells schedule local notifications from
//! [`FamilyReminder`]s (keyed by `notification_id`, so rescheduling replaces, never
//! doubles) and show urgent items first, as listed.

use hagukumi_core::Lang;
use hagukumi_core::foreign::RecordId;
pub use hagukumi_core::schedule::{
    DosePlan, DoseStatus, Plan as VaccinationPlan, PlanWarning, Reminder, ReminderKind, RuleNote,
    Timing, VaccineCode, VaccinePlan, Visit, VisitDose, VisitPlan,
};
pub use hagukumi_core::store::FamilyReminder;

use crate::error::Result;
use crate::handbook::{Change, Handbook};

#[uniffi::export]
impl Handbook {
    /// A child's vaccination plan from the doses recorded, under the Japanese schedule
    /// in force today: every dose's status, dates, the rule that set its earliest date
    /// and a one-sentence reason. Doses the plan could not use (dated after today) are
    /// in `warnings`, never a failure.
    pub fn vaccination_plan(&self, child_id: RecordId) -> Result<VaccinationPlan> {
        self.with(|hb| Ok(hb.vaccination_plan(child_id)?))
    }

    /// The next trips to the clinic: which doses can be given together (同時接種) and
    /// the earliest day of each visit that respects every interval, a year ahead.
    pub fn vaccination_visits(&self, child_id: RecordId) -> Result<VisitPlan> {
        self.with(|hb| Ok(hb.vaccination_visits(child_id)?))
    }

    /// The maternal RSV vaccine (28w0d–36w6d) for a pregnancy; `None` when the
    /// pregnancy has no dating.
    pub fn maternal_rsv_plan(&self, pregnancy_id: RecordId) -> Result<Option<DosePlan>> {
        self.with(|hb| Ok(hb.maternal_rsv_plan(pregnancy_id)?))
    }

    /// What to notify within `within_days` for every child and the ongoing pregnancy,
    /// in the core's order: current items first (overdue, age limits, the end of free
    /// vaccination, then the rest), then future ones by date.
    pub fn reminders(&self, within_days: u32) -> Result<Vec<FamilyReminder>> {
        self.with(|hb| Ok(hb.reminders(within_days)?))
    }

    /// When the family is nudged: by the standard period (the default) or as early as
    /// the law allows.
    pub fn schedule_timing(&self) -> Result<Timing> {
        self.with(|hb| Ok(hb.schedule_timing()?))
    }

    pub fn set_schedule_timing(&self, timing: Timing) -> Result<()> {
        self.write(Change::Schedule, |hb| Ok(hb.set_schedule_timing(timing)?))
    }
}

/// The vaccine's name as the handbook prints it ("B型肝炎", "Hepatitis B").
#[uniffi::export]
pub fn vaccine_name(vaccine: VaccineCode, lang: Lang) -> String {
    vaccine.label(lang).to_string()
}

/// The one word a dose status has on every screen ("期間超過", "overdue").
#[uniffi::export]
pub fn dose_status_label(status: DoseStatus, lang: Lang) -> String {
    status.label(lang).to_string()
}

/// The one word a reminder kind has on every screen.
#[uniffi::export]
pub fn reminder_kind_label(kind: ReminderKind, lang: Lang) -> String {
    kind.label(lang).to_string()
}

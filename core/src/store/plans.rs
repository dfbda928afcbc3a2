//! The schedule and growth engines applied to the records in the handbook: a child's
//! vaccination plan from the doses recorded, the reminders for the whole family, growth
//! charts and plausibility warnings. The engines are pure; this module only gathers
//! their inputs from the store.

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use super::Handbook;
use crate::error::{HandbookError, Result};
use crate::growth::{
    self, ChartData, ChildGrowthFacts, Indicator, Measurement, PlausibilityWarning, Standard,
};
use crate::model::*;
use crate::schedule::{
    self, ChildFacts, DosePlan, DoseStatus, GivenDose, Plan, Reminder, ScheduleError, VaccineCode,
};

/// A reminder and whom it is for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FamilyReminder {
    pub subject: Subject,
    /// The child's name, or "" for the pregnancy.
    pub name: String,
    /// Unique across the family: the subject's id and the item ("<uuid>:vaccine:pcv:2").
    pub id: String,
    /// A positive 31-bit number from `id`, for platforms whose notification ids are
    /// integers (Android).
    pub notification_id: i32,
    pub reminder: Reminder,
}

impl Handbook {
    /// A child's recorded doses, and the id of each record.
    fn given_doses(&self, child_id: Uuid) -> Result<(Vec<GivenDose>, Vec<Uuid>)> {
        Ok(self
            .vaccinations(Subject::Child(child_id))?
            .into_iter()
            .map(|v| {
                let id = v.id();
                let dose = GivenDose {
                    vaccine: v.data.vaccine,
                    dose: v.data.dose,
                    date: v.data.date,
                    brand: v.data.brand.map(|b| b.to_ascii_lowercase()),
                };
                (dose, id)
            })
            .unzip())
    }

    /// A child's vaccination plan as of today, from the doses recorded. A record the
    /// plan cannot use (a dose dated after today, a dose number its series does not
    /// have) is left out and named in the plan's warnings: the screen never fails
    /// for one record.
    pub fn vaccination_plan(&self, child_id: Uuid) -> Result<Plan> {
        let child = self.child(child_id)?;
        let (doses, ids) = self.given_doses(child_id)?;
        let checkups = self.checkups_done(child_id)?;
        let facts = ChildFacts {
            birth: child.data.birth_date,
            sex: Some(child.data.sex),
            doses: &doses,
            checkups_done: &checkups,
        };
        let mut plan = schedule::plan_skipping(&facts, self.today())?;
        for w in &mut plan.warnings {
            w.record = Some(w.dose_index.map_or(child_id, |i| ids[i]));
        }
        Ok(plan)
    }

    fn checkups_done(&self, child_id: Uuid) -> Result<Vec<InfantCheckup>> {
        Ok(self
            .infant_checkups(child_id)?
            .into_iter()
            .map(|r| r.data.checkup)
            .collect())
    }

    /// The maternal RSV vaccine for a pregnancy, as of today.
    pub fn maternal_rsv_plan(&self, pregnancy_id: Uuid) -> Result<Option<DosePlan>> {
        let preg = self.pregnancy(pregnancy_id)?;
        let Some(lmp) = preg.data.dating_lmp() else {
            return Ok(None);
        };
        let given = self
            .vaccinations(Subject::Pregnancy(pregnancy_id))?
            .into_iter()
            .find(|v| v.data.vaccine == VaccineCode::RsvMaternal)
            .map(|v| v.data.date);
        Ok(Some(schedule::maternal_plan(lmp, self.today(), given)?))
    }

    /// Everything that becomes due within `within_days` (or is due or overdue now), for
    /// every child and the ongoing pregnancy, ordered by date. The shells schedule a
    /// local notification per item, keyed by its `id`.
    pub fn reminders(&self, within_days: u32) -> Result<Vec<FamilyReminder>> {
        let today = self.today();
        let mut out = Vec::new();
        for child in self.children()? {
            let (doses, _) = self.given_doses(child.id())?;
            let checkups = self.checkups_done(child.id())?;
            let facts = ChildFacts {
                birth: child.data.birth_date,
                sex: Some(child.data.sex),
                doses: &doses,
                checkups_done: &checkups,
            };
            for reminder in schedule::reminders(&facts, today, within_days)? {
                out.push(family_reminder(
                    Subject::Child(child.id()),
                    child.data.name.clone(),
                    reminder,
                ));
            }
        }
        for preg in self.ongoing_pregnancies()? {
            // A maternal dose recorded outside the pregnancy (dated after today by a
            // clock that ran ahead) shows on the pregnancy's own page; it does not
            // take the children's reminders down with it.
            let plan = match self.maternal_rsv_plan(preg.id()) {
                Ok(Some(plan)) => plan,
                Ok(None)
                | Err(HandbookError::Schedule(
                    ScheduleError::MaternalDoseOutsidePregnancy { .. }
                    | ScheduleError::LmpAfterToday { .. },
                )) => continue,
                Err(e) => return Err(e),
            };
            if let Some(reminder) = maternal_reminder(&plan, today, within_days) {
                out.push(family_reminder(
                    Subject::Pregnancy(preg.id()),
                    String::new(),
                    reminder,
                ));
            }
        }
        out.sort_by(|a, b| {
            a.reminder
                .date
                .cmp(&b.reminder.date)
                .then_with(|| a.id.cmp(&b.id))
        });
        Ok(out)
    }

    fn growth_facts(child: &Record<Child>) -> ChildGrowthFacts {
        ChildGrowthFacts {
            sex: child.data.sex,
            birth: child.data.birth_date,
            ga_at_birth: child.data.ga_at_birth,
        }
    }

    /// The child's measurements as the growth engine reads them, the birth
    /// measurement first.
    fn growth_measurements(&self, child: &Record<Child>) -> Result<Vec<Measurement>> {
        let b = &child.data.birth;
        let mut all = Vec::new();
        if b.weight_kg.is_some() || b.length_cm.is_some() || b.head_cm.is_some() {
            all.push(Measurement {
                date: child.data.birth_date,
                weight_kg: b.weight_kg,
                length_cm: b.length_cm,
                position: Some(LengthPosition::Recumbent),
                head_cm: b.head_cm,
            });
        }
        all.extend(
            self.growth(child.id())?
                .into_iter()
                .map(|r| to_measurement(&r.data)),
        );
        Ok(all)
    }

    /// Chart data for one indicator: the reference curves and the child's points with
    /// z-scores and percentiles, ready for the shells to draw.
    pub fn growth_chart(
        &self,
        child_id: Uuid,
        indicator: Indicator,
        standard: Standard,
    ) -> Result<ChartData> {
        let child = self.child(child_id)?;
        let measurements = self.growth_measurements(&child)?;
        Ok(growth::chart(
            &Self::growth_facts(&child),
            &measurements,
            indicator,
            standard,
        )?)
    }

    /// Where a measurement stands: for each indicator it has, the Japanese 2023
    /// survey's band and interpolated percentile, WHO's z alongside, with the sentence
    /// to show (what `growth add` answers and the apps show under a saved record).
    pub fn growth_standings(
        &self,
        m: &GrowthMeasurement,
        lang: crate::lang::Lang,
    ) -> Result<Vec<growth::Standing>> {
        let child = self.child(m.child_id)?;
        Ok(growth::standings(
            &Self::growth_facts(&child),
            &to_measurement(m),
            lang,
        )?)
    }

    /// Warnings about a measurement (a likely typo such as 75 kg for 7.5 kg, or a jump
    /// of more than 2 SD since the previous one). They never block saving: the shells
    /// show them next to the saved record.
    pub fn growth_warnings(&self, m: &GrowthMeasurement) -> Result<Vec<PlausibilityWarning>> {
        let child = self.child(m.child_id)?;
        let new = to_measurement(m);
        let previous = self
            .growth_measurements(&child)?
            .into_iter()
            .rfind(|p| p.date < m.measured_on);
        Ok(growth::plausibility(
            &Self::growth_facts(&child),
            previous.as_ref(),
            &new,
        ))
    }
}

fn to_measurement(m: &GrowthMeasurement) -> Measurement {
    Measurement {
        date: m.measured_on,
        weight_kg: m.weight_kg,
        length_cm: m.length_cm,
        position: m.position,
        head_cm: m.head_cm,
    }
}

fn family_reminder(subject: Subject, name: String, reminder: Reminder) -> FamilyReminder {
    let subject_id = match subject {
        Subject::Child(id) | Subject::Pregnancy(id) => id,
    };
    let id = format!("{subject_id}:{}", reminder.id);
    FamilyReminder {
        subject,
        name,
        notification_id: schedule::notification_id(&id),
        id,
        reminder,
    }
}

/// The maternal RSV dose as a reminder, when it is open and due within the window.
fn maternal_reminder(plan: &DosePlan, today: NaiveDate, within_days: u32) -> Option<Reminder> {
    if !matches!(
        plan.status,
        DoseStatus::Due | DoseStatus::Upcoming | DoseStatus::Overdue
    ) {
        return None;
    }
    let date = plan.recommended_from.or(plan.earliest)?;
    if (date - today).num_days() > i64::from(within_days) {
        return None;
    }
    Some(Reminder {
        id: "vaccine:rsv_maternal:1".into(),
        kind: schedule::ReminderKind::VaccineDose,
        vaccine: Some(VaccineCode::RsvMaternal),
        dose: Some(1),
        checkup: None,
        date,
        status: Some(plan.status),
        title_ja: format!("{}の接種", VaccineCode::RsvMaternal.name_ja()),
        title_en: format!("{} vaccination", VaccineCode::RsvMaternal.name_en()),
    })
}

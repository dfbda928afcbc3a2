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
    self, ChildFacts, DosePlan, GivenDose, Plan, Reminder, ScheduleError, Timing, VaccineCode,
    VisitPlan,
};

/// A reminder and whom it is for.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
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
            timing: self.schedule_timing()?,
        };
        let mut plan = schedule::plan_skipping(&facts, self.today())?;
        for w in &mut plan.warnings {
            w.record = Some(
                w.dose_index
                    .and_then(|i| ids.get(usize::try_from(i).ok()?).copied())
                    .unwrap_or(child_id),
            );
        }
        Ok(plan)
    }

    /// The next clinic visits of a child for the coming year (同時接種: the doses
    /// given together, and the first day each next visit respects every interval).
    /// Like [`Handbook::vaccination_plan`], a record it cannot plan with is left out
    /// and named in the warnings.
    pub fn vaccination_visits(&self, child_id: Uuid) -> Result<VisitPlan> {
        let child = self.child(child_id)?;
        let (doses, ids) = self.given_doses(child_id)?;
        let facts = ChildFacts {
            birth: child.data.birth_date,
            sex: Some(child.data.sex),
            doses: &doses,
            checkups_done: &[],
            timing: self.schedule_timing()?,
        };
        let mut plan = schedule::visits(&facts, self.today())?;
        for w in &mut plan.warnings {
            w.record = Some(
                w.dose_index
                    .and_then(|i| ids.get(usize::try_from(i).ok()?).copied())
                    .unwrap_or(child_id),
            );
        }
        Ok(plan)
    }

    /// When the family wants vaccination reminders: by the standard period (the
    /// default) or as early as allowed. A setting of this phone's handbook, not a
    /// record: it is not shared with the other parent's phone.
    pub fn schedule_timing(&self) -> Result<Timing> {
        let value: Option<String> = self
            .conn()
            .prepare_cached("SELECT value FROM settings WHERE key = 'schedule_timing'")
            .and_then(|mut st| {
                let mut rows = st.query([])?;
                rows.next()?.map(|r| r.get(0)).transpose()
            })
            .map_err(HandbookError::sql("reading the settings"))?;
        // A value this build does not know (written by a newer app) reads as the
        // default rather than making every plan fail.
        Ok(value.and_then(|v| v.parse().ok()).unwrap_or_default())
    }

    /// Saves [`Handbook::schedule_timing`]. Allowed in a grandparent's read-only view
    /// too (it changes no record), not in a file opened read-only.
    pub fn set_schedule_timing(&mut self, timing: Timing) -> Result<()> {
        if self.file_read_only {
            return Err(HandbookError::ReadOnlyFile {
                path: self.path.clone().unwrap_or_default(),
                upgrade: false,
            });
        }
        self.conn()
            .execute(
                "INSERT INTO settings (key, value) VALUES ('schedule_timing', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [timing.as_str()],
            )
            .map_err(HandbookError::sql("saving the settings"))?;
        Ok(())
    }

    fn checkups_done(&self, child_id: Uuid) -> Result<Vec<InfantCheckup>> {
        Ok(self
            .infant_checkups(child_id)?
            .into_iter()
            .map(|r| r.data.checkup)
            .collect())
    }

    /// The maternal RSV vaccine for a pregnancy, as of today; `None` once it ended
    /// in a loss.
    pub fn maternal_rsv_plan(&self, pregnancy_id: Uuid) -> Result<Option<DosePlan>> {
        let preg = self.pregnancy(pregnancy_id)?;
        self.maternal_rsv_plan_of(&preg)
    }

    /// [`Handbook::maternal_rsv_plan`] of a pregnancy already loaded.
    /// `None` for a pregnancy that ended in a loss: there is no dose to plan.
    fn maternal_rsv_plan_of(&self, preg: &Record<Pregnancy>) -> Result<Option<DosePlan>> {
        if preg.data.ended.is_some() {
            return Ok(None);
        }
        let Some(lmp) = preg.data.dating_lmp() else {
            return Ok(None);
        };
        let given = self
            .vaccinations(Subject::Pregnancy(preg.id()))?
            .into_iter()
            .find(|v| v.data.vaccine == VaccineCode::RsvMaternal)
            .map(|v| v.data.date);
        Ok(Some(schedule::maternal_plan(lmp, self.today(), given)?))
    }

    /// Everything the family should hear about within `within_days` (and what is
    /// current now), for every child and the ongoing pregnancy, in the order the
    /// screens show it ([`schedule::sort_reminders`]: overdue and deadline items
    /// first). The shells schedule a local notification per item, keyed by its `id`,
    /// on its `notify_on` day, and replace the whole set when the list changes.
    pub fn reminders(&self, within_days: u32) -> Result<Vec<FamilyReminder>> {
        let today = self.today();
        let timing = self.schedule_timing()?;
        let mut out = Vec::new();
        for child in self.children()? {
            let (doses, _) = self.given_doses(child.id())?;
            let checkups = self.checkups_done(child.id())?;
            let facts = ChildFacts {
                birth: child.data.birth_date,
                sex: Some(child.data.sex),
                doses: &doses,
                checkups_done: &checkups,
                timing,
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
            if let Some(reminder) = self.prenatal_visit(&preg, today, within_days)? {
                out.push(family_reminder(
                    Subject::Pregnancy(preg.id()),
                    String::new(),
                    reminder,
                ));
            }
            // A maternal dose recorded outside the pregnancy (dated after today by a
            // clock that ran ahead) shows on the pregnancy's own page; it does not
            // take the children's reminders down with it.
            let plan = match self.maternal_rsv_plan_of(&preg) {
                Ok(Some(plan)) => plan,
                Ok(None)
                | Err(HandbookError::Schedule(
                    ScheduleError::MaternalDoseOutsidePregnancy { .. }
                    | ScheduleError::LmpAfterToday { .. },
                )) => continue,
                Err(e) => return Err(e),
            };
            for reminder in schedule::maternal_reminders(&plan, today, within_days) {
                out.push(family_reminder(
                    Subject::Pregnancy(preg.id()),
                    String::new(),
                    reminder,
                ));
            }
        }
        schedule::sort_reminders(&mut out, today, |f| &f.reminder);
        Ok(out)
    }

    /// The next prenatal visit the mother entered (`next_visit` of her latest
    /// checkup), from today until `within_days` ahead. One id per pregnancy, so a
    /// changed date replaces the notification.
    fn prenatal_visit(
        &self,
        preg: &Record<Pregnancy>,
        today: NaiveDate,
        within_days: u32,
    ) -> Result<Option<Reminder>> {
        // The pregnancy is loaded already: list its checkups without checking it again.
        let Some(last) = super::records::list::<PrenatalCheckup>(
            self.conn(),
            "pregnancy_id = ?1",
            Some(preg.id()),
            "date, id",
        )?
        .pop() else {
            return Ok(None);
        };
        let Some(date) = last.data.next_visit else {
            return Ok(None);
        };
        if date < today || (date - today).num_days() > i64::from(within_days) {
            return Ok(None);
        }
        Ok(Some(schedule::prenatal_visit_reminder(date, today)))
    }

    pub(super) fn growth_facts(child: &Record<Child>) -> ChildGrowthFacts {
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

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::clock::FixedClock;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// The timing setting is kept in the file (a new open reads it back), changes the
    /// reminders, and is refused in a file opened read-only.
    #[test]
    fn the_timing_setting_is_kept_and_used() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("handbook.sqlite3");
        let open = || {
            Handbook::open(&path)
                .unwrap()
                .with_clock(FixedClock::on(d("2026-06-05")))
        };
        let mut hb = open();
        assert_eq!(hb.schedule_timing().unwrap(), Timing::Standard);
        hb.add_child(Child {
            name: "あおい".into(),
            name_kana: None,
            sex: Sex::Female,
            birth_date: d("2026-04-01"),
            birth_order: 1,
            ga_at_birth: None,
            delivery_id: None,
            birth: BirthMeasurements::default(),
        })
        .unwrap();
        let bcg = |hb: &Handbook| {
            hb.reminders(7)
                .unwrap()
                .iter()
                .any(|r| r.reminder.vaccine == Some(VaccineCode::Bcg))
        };
        assert!(!bcg(&hb));
        hb.set_schedule_timing(Timing::Earliest).unwrap();
        drop(hb);
        let hb = open();
        assert_eq!(hb.schedule_timing().unwrap(), Timing::Earliest);
        assert!(bcg(&hb));
        drop(hb);
        let mut ro = Handbook::open_read_only(&path).unwrap();
        assert!(matches!(
            ro.set_schedule_timing(Timing::Standard),
            Err(HandbookError::ReadOnlyFile { .. })
        ));
        assert_eq!(ro.schedule_timing().unwrap(), Timing::Earliest);
    }
}

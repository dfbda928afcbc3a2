//! Owner of `mother_profile`, `pregnancies`, `prenatal_checkups` and `deliveries`.

use rusqlite::types::Value;
use rusqlite::{Row, Transaction};
use uuid::Uuid;

use super::records::*;
use super::{Handbook, WriteCtx};
use crate::error::{Field, HandbookError, Result, ValidationError};
use crate::model::{
    Child, Delivery, GestationalAge, MotherProfile, Newborn, Pregnancy, PregnancyEnd,
    PregnancyOutcome, PrenatalCheckup, Record, RecordKind, validate,
};

impl Stored for MotherProfile {
    const KIND: RecordKind = RecordKind::MotherProfile;
    const TABLE: &'static str = "mother_profile";
    const COLUMNS: &'static [&'static str] = &[
        "name",
        "name_kana",
        "birth_date",
        "blood_type",
        "height_cm",
        "district",
        "notes",
    ];

    fn to_values(&self) -> Vec<Value> {
        vec![
            text(&self.name),
            opt_text(&self.name_kana),
            opt_date(self.birth_date),
            opt_text(&self.blood_type),
            real(self.height_cm),
            opt_text(&self.district),
            opt_text(&self.notes),
        ]
    }

    fn from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        Ok(MotherProfile {
            name: row.get(at)?,
            name_kana: row.get(at + 1)?,
            birth_date: opt_date_col(row, at + 2)?,
            blood_type: row.get(at + 3)?,
            height_cm: row.get(at + 4)?,
            district: row.get(at + 5)?,
            notes: row.get(at + 6)?,
        })
    }

    fn validate(&self, _tx: &Transaction<'_>, rules: &Rules) -> Result<()> {
        Ok(validate::mother_profile(self, rules.today)?)
    }
}

impl Stored for Pregnancy {
    const KIND: RecordKind = RecordKind::Pregnancy;
    const TABLE: &'static str = "pregnancies";
    const COLUMNS: &'static [&'static str] = &[
        "lmp",
        "ultrasound_due_date",
        "fetuses",
        "pre_pregnancy_weight_kg",
        "notes",
        "outcome",
        "ended_on",
    ];

    fn to_values(&self) -> Vec<Value> {
        vec![
            opt_date(self.lmp),
            opt_date(self.ultrasound_due_date),
            Value::Integer(i64::from(self.fetuses)),
            real(self.pre_pregnancy_weight_kg),
            opt_text(&self.notes),
            self.ended.map_or(Value::Null, |e| text(e.outcome.as_str())),
            opt_date(self.ended.map(|e| e.date)),
        ]
    }

    fn from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        let outcome: Option<PregnancyOutcome> =
            parse_opt_col(row, at + 5, "pregnancy outcome", |s| s.parse().ok())?;
        let ended_on = opt_date_col(row, at + 6)?;
        Ok(Pregnancy {
            lmp: opt_date_col(row, at)?,
            ultrasound_due_date: opt_date_col(row, at + 1)?,
            fetuses: row.get(at + 2)?,
            pre_pregnancy_weight_kg: row.get(at + 3)?,
            notes: row.get(at + 4)?,
            // The table's CHECK keeps the two together.
            ended: outcome
                .zip(ended_on)
                .map(|(outcome, date)| PregnancyEnd { outcome, date }),
        })
    }

    fn validate(&self, _tx: &Transaction<'_>, rules: &Rules) -> Result<()> {
        validate::pregnancy(self, rules.today)?;
        if let Some(end) = self.ended {
            check_end(self, end, rules.today)?;
        }
        Ok(())
    }

    /// Her diary entries about the pregnancy are never deleted as a side effect, nor
    /// left pointing at a deleted pregnancy where no list can reach them: while one
    /// exists the deletion is refused ([`ValidationError::PregnancyHasDiary`]).
    ///
    /// Why refuse rather than move or delete them: what she wrote and the photos she
    /// kept of a pregnancy are what a mother would least expect to lose by tidying a
    /// record, and there is no other page they belong to (a pregnancy that ended in a
    /// loss has no child to move them to, and one that ended in a birth already has
    /// its own child's pages). A loss is recorded with `end_pregnancy`, which keeps
    /// everything; a pregnancy entered by mistake has no entries, or she deletes the
    /// ones she means to, one by one, seeing each.
    fn on_delete(tx: &Transaction<'_>, id: Uuid, ctx: &WriteCtx) -> Result<()> {
        let entries = diary_entries_about(tx, id)?;
        if entries > 0 {
            return Err(ValidationError::PregnancyHasDiary {
                pregnancy: id,
                entries,
            }
            .into());
        }
        for table in [
            "prenatal_checkups",
            "deliveries",
            "vaccinations",
            "dental",
            "pages",
        ] {
            tombstone_where(tx, table, "pregnancy_id", id, ctx)?;
        }
        Ok(())
    }
}

impl Stored for PrenatalCheckup {
    const KIND: RecordKind = RecordKind::PrenatalCheckup;
    const TABLE: &'static str = "prenatal_checkups";
    const COLUMNS: &'static [&'static str] = &[
        "pregnancy_id",
        "date",
        "weight_kg",
        "bp_systolic",
        "bp_diastolic",
        "urine_protein",
        "urine_glucose",
        "fundal_height_cm",
        "abdominal_girth_cm",
        "oedema",
        "clinic",
        "notes",
        "next_visit",
    ];

    fn to_values(&self) -> Vec<Value> {
        vec![
            id(self.pregnancy_id),
            date(self.date),
            real(self.weight_kg),
            int(self.bp_systolic.map(i64::from)),
            int(self.bp_diastolic.map(i64::from)),
            self.urine_protein.map_or(Value::Null, |d| text(d.as_str())),
            self.urine_glucose.map_or(Value::Null, |d| text(d.as_str())),
            real(self.fundal_height_cm),
            real(self.abdominal_girth_cm),
            self.oedema.map_or(Value::Null, |o| text(o.as_str())),
            opt_text(&self.clinic),
            opt_text(&self.notes),
            opt_date(self.next_visit),
        ]
    }

    fn from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        Ok(PrenatalCheckup {
            pregnancy_id: uuid_col(row, at)?,
            date: date_col(row, at + 1)?,
            weight_kg: row.get(at + 2)?,
            bp_systolic: row.get(at + 3)?,
            bp_diastolic: row.get(at + 4)?,
            urine_protein: parse_opt_col(row, at + 5, "dipstick result", |s| s.parse().ok())?,
            urine_glucose: parse_opt_col(row, at + 6, "dipstick result", |s| s.parse().ok())?,
            fundal_height_cm: row.get(at + 7)?,
            abdominal_girth_cm: row.get(at + 8)?,
            oedema: parse_opt_col(row, at + 9, "oedema grade", |s| s.parse().ok())?,
            clinic: row.get(at + 10)?,
            notes: row.get(at + 11)?,
            next_visit: opt_date_col(row, at + 12)?,
        })
    }

    fn validate(&self, tx: &Transaction<'_>, rules: &Rules) -> Result<()> {
        let preg: Pregnancy = rules.parent(tx, self.pregnancy_id)?;
        // After a loss there is no prenatal checkup (her checkup then is a 産婦健診):
        // a prenatal row dated later would bring the weeks back on her timeline.
        if let (Some(end), false) = (preg.ended, rules.merged)
            && self.date > end.date
        {
            return Err(ValidationError::PregnancyEnded {
                pregnancy: self.pregnancy_id,
                on: end.date,
            }
            .into());
        }
        Ok(validate::prenatal_checkup(self, &preg, rules.today)?)
    }
}

impl Stored for Delivery {
    const KIND: RecordKind = RecordKind::Delivery;
    const TABLE: &'static str = "deliveries";
    const COLUMNS: &'static [&'static str] = &[
        "pregnancy_id",
        "delivered_at",
        "ga_days",
        "method",
        "place",
        "attendant",
        "notes",
        "blood_loss_ml",
        "presentation",
        "presentation_other",
        "course_notes",
        "labor_minutes",
        "blood_loss_grade",
        "transfusion",
        "transfusion_detail",
        "certificate",
        "midwife",
        "other_attendant",
    ];

    fn to_values(&self) -> Vec<Value> {
        vec![
            id(self.pregnancy_id),
            Value::Text(self.delivered_at.format("%Y-%m-%dT%H:%M:%S").to_string()),
            Value::Integer(i64::from(self.ga_at_birth.days())),
            text(self.method.as_str()),
            opt_text(&self.place),
            opt_text(&self.attendant),
            opt_text(&self.notes),
            self.blood_loss_ml
                .map_or(Value::Null, |ml| Value::Integer(i64::from(ml))),
            self.presentation.map_or(Value::Null, |p| text(p.as_str())),
            opt_text(&self.presentation_other),
            opt_text(&self.course_notes),
            int(self.labor_minutes.map(i64::from)),
            self.blood_loss_grade
                .map_or(Value::Null, |g| text(g.as_str())),
            self.transfusion.map_or(Value::Null, |t| text(t.as_str())),
            opt_text(&self.transfusion_detail),
            self.certificate.map_or(Value::Null, |c| text(c.as_str())),
            opt_text(&self.midwife),
            opt_text(&self.other_attendant),
        ]
    }

    fn from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        Ok(Delivery {
            pregnancy_id: uuid_col(row, at)?,
            delivered_at: parse_col(row, at + 1, "date and time", |s| s.parse().ok())?,
            ga_at_birth: GestationalAge::from_days(row.get(at + 2)?),
            method: parse_col(row, at + 3, "delivery method", |s| s.parse().ok())?,
            place: row.get(at + 4)?,
            attendant: row.get(at + 5)?,
            notes: row.get(at + 6)?,
            blood_loss_ml: row.get(at + 7)?,
            presentation: parse_opt_col(row, at + 8, "presentation", |s| s.parse().ok())?,
            presentation_other: row.get(at + 9)?,
            course_notes: row.get(at + 10)?,
            labor_minutes: row.get(at + 11)?,
            blood_loss_grade: parse_opt_col(row, at + 12, "blood loss grade", |s| s.parse().ok())?,
            transfusion: parse_opt_col(row, at + 13, "transfusion", |s| s.parse().ok())?,
            transfusion_detail: row.get(at + 14)?,
            certificate: parse_opt_col(row, at + 15, "certificate", |s| s.parse().ok())?,
            midwife: row.get(at + 16)?,
            other_attendant: row.get(at + 17)?,
        })
    }

    fn validate(&self, tx: &Transaction<'_>, rules: &Rules) -> Result<()> {
        let preg: Pregnancy = rules.parent(tx, self.pregnancy_id)?;
        // A pregnancy recorded as ended in a loss has no delivery; typed in, one is
        // refused (reopen it first if the loss was recorded by mistake). A merge takes
        // it: the other phone recorded the birth before it saw the loss, and refusing
        // would stop the two phones from ever sharing again.
        if let (Some(end), false) = (preg.ended, rules.merged) {
            return Err(ValidationError::PregnancyEnded {
                pregnancy: self.pregnancy_id,
                on: end.date,
            }
            .into());
        }
        Ok(validate::delivery(self, &preg, rules.today)?)
    }
}

impl Handbook {
    /// The mother's profile, if entered.
    pub fn mother_profile(&self) -> Result<Option<Record<MotherProfile>>> {
        let mut all = list::<MotherProfile>(self.conn(), "1", None, "id")?;
        Ok(all.pop())
    }

    /// Enter or replace the mother's profile.
    pub fn set_mother_profile(&mut self, profile: MotherProfile) -> Result<Record<MotherProfile>> {
        match self.mother_profile()? {
            Some(existing) => self.update(existing.id(), profile),
            None => self.insert(profile),
        }
    }

    pub fn add_pregnancy(&mut self, p: Pregnancy) -> Result<Record<Pregnancy>> {
        self.insert(p)
    }

    /// Replace a pregnancy's dates, babies, weight and notes. Its ending is kept
    /// whatever `p.ended` says: an edit form carries the dates and notes, and
    /// correcting a due date must never silently undo a recorded loss (nor record
    /// one). [`Handbook::end_pregnancy`] and [`Handbook::reopen_pregnancy`] change it.
    pub fn update_pregnancy(&mut self, id: Uuid, mut p: Pregnancy) -> Result<Record<Pregnancy>> {
        self.write("saving a record", |tx, ctx| {
            p.ended = get::<Pregnancy>(tx, id)?.data.ended;
            update_in(tx, ctx, id, p)
        })
    }

    /// Record that a pregnancy ended in a loss (or correct the outcome or the day of
    /// one recorded before). Refused for a pregnancy with a delivery record, and for
    /// a day before the pregnancy began or after today. From then on the pregnancy
    /// is no longer ongoing: no weeks are counted, no pregnancy reminders or
    /// pregnancy-targeted city notices come; it stays in the list of pregnancies
    /// with its outcome, and its checkups, diary and photos stay where they were.
    pub fn end_pregnancy(&mut self, id: Uuid, end: PregnancyEnd) -> Result<Record<Pregnancy>> {
        self.write("recording how the pregnancy ended", |tx, ctx| {
            let mut p: Record<Pregnancy> = get(tx, id)?;
            if !list::<Delivery>(tx, "pregnancy_id = ?1", Some(id), "id")?.is_empty() {
                return Err(ValidationError::EndedByBirth { pregnancy: id }.into());
            }
            p.data.ended = Some(end);
            update_in(tx, ctx, id, p.data)
        })
    }

    /// Undo [`Handbook::end_pregnancy`] (an ending recorded by mistake): the
    /// pregnancy is ongoing again if its dates say so.
    pub fn reopen_pregnancy(&mut self, id: Uuid) -> Result<Record<Pregnancy>> {
        self.write("reopening the pregnancy", |tx, ctx| {
            let mut p: Record<Pregnancy> = get(tx, id)?;
            p.data.ended = None;
            update_in(tx, ctx, id, p.data)
        })
    }

    /// What deleting a pregnancy would take with it, for the confirmation the CLI
    /// and the apps ask before [`Handbook::delete_pregnancy`].
    pub fn pregnancy_deletion(&self, id: Uuid) -> Result<PregnancyDeletion> {
        let conn = self.conn();
        self.pregnancy(id)?;
        let count = |table: &str| -> Result<u32> {
            conn.prepare_cached(&format!(
                "SELECT count(*) FROM {table} WHERE pregnancy_id = ?1 AND deleted_at IS NULL"
            ))
            .and_then(|mut s| s.query_row([IdParam(id)], |r| r.get(0)))
            .map_err(HandbookError::sql("reading the handbook"))
        };
        let children_kept: u32 = conn
            .prepare_cached(
                "SELECT count(*) FROM children c JOIN deliveries d ON d.id = c.delivery_id
                 WHERE d.pregnancy_id = ?1 AND d.deleted_at IS NULL AND c.deleted_at IS NULL",
            )
            .and_then(|mut s| s.query_row([IdParam(id)], |r| r.get(0)))
            .map_err(HandbookError::sql("reading the handbook"))?;
        Ok(PregnancyDeletion {
            prenatal_checkups: count("prenatal_checkups")?,
            delivery: count("deliveries")? > 0,
            maternal_vaccinations: count("vaccinations")?,
            dental_records: count("dental")?,
            diary_entries: diary_entries_about(conn, id)?,
            children_kept,
        })
    }

    /// Delete a pregnancy with its checkups, delivery record and maternal vaccinations.
    /// Children born of it stay. Refused while diary entries are about it
    /// ([`ValidationError::PregnancyHasDiary`]; see [`Handbook::pregnancy_deletion`]).
    pub fn delete_pregnancy(&mut self, id: Uuid) -> Result<()> {
        self.delete::<Pregnancy>(id)
    }

    pub fn pregnancy(&self, id: Uuid) -> Result<Record<Pregnancy>> {
        get(self.conn(), id)
    }

    /// All pregnancies, most recent first.
    pub fn pregnancies(&self) -> Result<Vec<Record<Pregnancy>>> {
        list(
            self.conn(),
            "1",
            None,
            "coalesce(date(ultrasound_due_date, '-280 days'), lmp) DESC, id DESC",
        )
    }

    pub fn add_prenatal_checkup(&mut self, c: PrenatalCheckup) -> Result<Record<PrenatalCheckup>> {
        self.insert(c)
    }

    pub fn update_prenatal_checkup(
        &mut self,
        id: Uuid,
        c: PrenatalCheckup,
    ) -> Result<Record<PrenatalCheckup>> {
        self.update(id, c)
    }

    pub fn delete_prenatal_checkup(&mut self, id: Uuid) -> Result<()> {
        self.delete::<PrenatalCheckup>(id)
    }

    /// A pregnancy's checkups, oldest first (the order of the handbook page).
    pub fn prenatal_checkups(&self, pregnancy_id: Uuid) -> Result<Vec<Record<PrenatalCheckup>>> {
        self.pregnancy(pregnancy_id)?;
        list(
            self.conn(),
            "pregnancy_id = ?1",
            Some(pregnancy_id),
            "date, id",
        )
    }

    /// Record the delivery and create its child (or children) in one action.
    pub fn record_delivery(
        &mut self,
        delivery: Delivery,
        newborns: Vec<Newborn>,
    ) -> Result<(Record<Delivery>, Vec<Record<Child>>)> {
        self.write("recording the delivery", |tx, ctx| {
            let preg: Record<Pregnancy> = get(tx, delivery.pregnancy_id)?;
            validate::newborns(&newborns, &preg.data)?;
            let birth_date = delivery.delivered_at.date();
            let ga = delivery.ga_at_birth;
            let stored =
                insert_in(tx, ctx, delivery).map_err(|e| already_delivered(e, preg.id()))?;
            let mut children = Vec::with_capacity(newborns.len());
            for (i, baby) in newborns.into_iter().enumerate() {
                let child = Child {
                    name: baby.name,
                    name_kana: None,
                    sex: baby.sex,
                    birth_date,
                    birth_order: u8::try_from(i + 1).unwrap_or(u8::MAX),
                    ga_at_birth: Some(ga),
                    delivery_id: Some(stored.id()),
                    birth: baby.birth,
                };
                children.push(insert_in(tx, ctx, child)?);
            }
            Ok((stored, children))
        })
    }

    /// The delivery of a pregnancy, if recorded.
    pub fn delivery_of(&self, pregnancy_id: Uuid) -> Result<Option<Record<Delivery>>> {
        Ok(list::<Delivery>(self.conn(), "pregnancy_id = ?1", Some(pregnancy_id), "id")?.pop())
    }

    pub fn delivery(&self, id: Uuid) -> Result<Record<Delivery>> {
        get(self.conn(), id)
    }

    pub fn update_delivery(&mut self, id: Uuid, d: Delivery) -> Result<Record<Delivery>> {
        self.update(id, d)
    }

    pub fn delete_delivery(&mut self, id: Uuid) -> Result<()> {
        self.delete::<Delivery>(id)
    }
}

/// What deleting a pregnancy would delete with it (and keep), counted so that the
/// confirmation says it in numbers. Deletion is refused while `diary_entries` > 0.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PregnancyDeletion {
    pub prenatal_checkups: u32,
    pub delivery: bool,
    pub maternal_vaccinations: u32,
    pub dental_records: u32,
    /// Live diary entries about the pregnancy: while any exists, it is not deleted.
    pub diary_entries: u32,
    /// Children born of it: they stay.
    pub children_kept: u32,
}

/// Live diary entries that name the pregnancy among their subjects.
fn diary_entries_about(conn: &rusqlite::Connection, id: Uuid) -> Result<u32> {
    conn.prepare_cached(
        "SELECT count(*) FROM diary WHERE deleted_at IS NULL
           AND id IN (SELECT diary_id FROM diary_subjects WHERE pregnancy_id = ?1)",
    )
    .and_then(|mut s| s.query_row([IdParam(id)], |r| r.get(0)))
    .map_err(HandbookError::sql("reading the diary"))
}

/// An ending must fall within the pregnancy: not before the day its dating says it
/// began, not after today.
fn check_end(p: &Pregnancy, end: PregnancyEnd, today: chrono::NaiveDate) -> Result<()> {
    if end.date > today {
        return Err(ValidationError::DateInFuture {
            field: Field::Date,
            date: end.date,
            today,
        }
        .into());
    }
    if let Some(start) = p.dating_lmp()
        && end.date < start
    {
        return Err(ValidationError::BeforePregnancy {
            field: Field::Date,
            date: end.date,
            start,
        }
        .into());
    }
    Ok(())
}

/// A second live delivery for one pregnancy breaks the unique index; say so plainly.
fn already_delivered(e: HandbookError, pregnancy: Uuid) -> HandbookError {
    match &e {
        HandbookError::Storage { source, .. }
            if source.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) =>
        {
            HandbookError::Invalid(crate::error::ValidationError::AlreadyDelivered { pregnancy })
        }
        _ => e,
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::clock::FixedClock;
    use crate::lang::Lang;
    use crate::model::{BirthMeasurements, DeliveryMethod, DiaryEntry, Sex, Subject, Vaccination};
    use crate::schedule::VaccineCode;
    use crate::store::WorryKind;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    const TODAY: &str = "2026-11-25";

    fn handbook_on(day: &str) -> Handbook {
        Handbook::open_in_memory()
            .unwrap()
            .with_clock(FixedClock::on(d(day)))
    }

    /// 30 weeks pregnant on TODAY (LMP 210 days before), a checkup with a next
    /// visit three days ahead, the maternal RSV dose not given yet, and a diary
    /// entry with the pregnancy as its subject.
    fn pregnant(hb: &mut Handbook) -> Uuid {
        let p = hb
            .add_pregnancy(Pregnancy {
                lmp: Some(d("2026-04-29")),
                fetuses: 1,
                ..Default::default()
            })
            .unwrap()
            .id();
        hb.add_prenatal_checkup(PrenatalCheckup {
            next_visit: Some(d("2026-11-28")),
            ..PrenatalCheckup::new(p, d("2026-11-20"))
        })
        .unwrap();
        hb.add_diary(DiaryEntry {
            subjects: vec![Subject::Pregnancy(p)],
            written_on: d("2026-11-21"),
            text: "胎動をはじめて感じた".into(),
            mood: None,
            photos: vec![],
        })
        .unwrap();
        p
    }

    fn loss(outcome: PregnancyOutcome, date: &str) -> PregnancyEnd {
        PregnancyEnd {
            outcome,
            date: d(date),
        }
    }

    fn invalid(e: HandbookError) -> ValidationError {
        match e {
            HandbookError::Invalid(v) => v,
            other => panic!("not a validation error: {other:?}"),
        }
    }

    fn pregnancy_reminders(hb: &Handbook) -> usize {
        hb.reminders(60)
            .unwrap()
            .iter()
            .filter(|r| matches!(r.subject, Subject::Pregnancy(_)))
            .count()
    }

    #[test]
    fn a_loss_stops_the_weeks_and_the_reminders_and_keeps_the_pregnancy_and_its_diary() {
        let mut hb = handbook_on(TODAY);
        let p = pregnant(&mut hb);
        assert!(hb.home(Lang::Ja).unwrap().pregnancy.is_some());
        assert!(pregnancy_reminders(&hb) > 0);
        assert!(hb.maternal_rsv_plan(p).unwrap().is_some());

        let ended = hb
            .end_pregnancy(p, loss(PregnancyOutcome::Stillbirth, "2026-11-23"))
            .unwrap();
        assert_eq!(
            ended.data.ended,
            Some(loss(PregnancyOutcome::Stillbirth, "2026-11-23"))
        );
        assert_eq!(
            ended.meta.rev, 2,
            "an ending is an edit the other phone takes"
        );

        let home = hb.home(Lang::Ja).unwrap();
        assert!(home.pregnancy.is_none(), "no card, no weeks");
        assert!(hb.pregnancy_summary(p, Lang::En).unwrap().is_none());
        assert!(hb.ongoing_pregnancies().unwrap().is_empty());
        assert_eq!(pregnancy_reminders(&hb), 0);
        assert!(hb.maternal_rsv_plan(p).unwrap().is_none());
        assert!(hb.family().unwrap().pregnancies.is_empty());
        // Still listed, with its outcome, and everything about it reachable.
        let listed = hb.pregnancies().unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(
            listed[0].data.ended.unwrap().label(Lang::Ja),
            "死産（2026-11-23）"
        );
        assert_eq!(
            listed[0].data.ended.unwrap().label(Lang::En),
            "Stillbirth (2026-11-23)"
        );
        assert_eq!(hb.prenatal_checkups(p).unwrap().len(), 1);
        let diary = hb.diary(Subject::Pregnancy(p)).unwrap();
        assert_eq!(diary.len(), 1);
        assert_eq!(diary[0].data.text, "胎動をはじめて感じた");
        // The home screen offers the desk, gently, in both languages.
        assert!(matches!(
            home.worries.as_slice(),
            [w] if matches!(w.kind, WorryKind::PregnancyLoss { pregnancy_id, .. } if pregnancy_id == p)
        ));
        assert!(
            home.worries[0].message.contains("ひとりで抱えこまないで"),
            "{}",
            home.worries[0].message
        );
        let en = hb.home(Lang::En).unwrap();
        assert!(
            en.worries[0]
                .message
                .starts_with("You do not have to carry this alone"),
            "{}",
            en.worries[0].message
        );
    }

    #[test]
    fn an_ending_after_a_birth_before_the_start_or_in_the_future_is_refused_and_changes_nothing() {
        let mut hb = handbook_on(TODAY);
        let p = pregnant(&mut hb);
        let before = hb.pregnancy(p).unwrap();
        let err = invalid(
            hb.end_pregnancy(p, loss(PregnancyOutcome::Miscarriage, "2026-11-26"))
                .unwrap_err(),
        );
        assert!(
            matches!(err, ValidationError::DateInFuture { date, .. } if date == d("2026-11-26")),
            "{err:?}"
        );
        let err = invalid(
            hb.end_pregnancy(p, loss(PregnancyOutcome::Miscarriage, "2026-04-28"))
                .unwrap_err(),
        );
        assert!(
            matches!(err, ValidationError::BeforePregnancy { start, .. } if start == d("2026-04-29")),
            "{err:?}"
        );
        assert_eq!(hb.pregnancy(p).unwrap(), before);

        // A pregnancy that ended in a birth.
        let born = hb
            .add_pregnancy(Pregnancy {
                lmp: Some(d("2025-01-10")),
                fetuses: 1,
                ..Default::default()
            })
            .unwrap()
            .id();
        hb.record_delivery(
            Delivery {
                ..Delivery::new(
                    born,
                    "2025-10-10T08:00:00".parse().unwrap(),
                    GestationalAge::from_weeks_days(39, 0),
                    DeliveryMethod::Vaginal,
                )
            },
            vec![Newborn {
                name: "はな".into(),
                sex: Sex::Female,
                birth: BirthMeasurements::default(),
            }],
        )
        .unwrap();
        let err = invalid(
            hb.end_pregnancy(born, loss(PregnancyOutcome::Stillbirth, "2025-10-10"))
                .unwrap_err(),
        );
        assert_eq!(err, ValidationError::EndedByBirth { pregnancy: born });
        assert!(hb.pregnancy(born).unwrap().data.ended.is_none());
        assert!(
            err.message(crate::Lang::Ja)
                .contains("出産の記録があります")
        );
    }

    #[test]
    fn reopen_undoes_an_ending_and_an_edit_of_the_dates_keeps_it() {
        let mut hb = handbook_on(TODAY);
        let p = pregnant(&mut hb);
        hb.end_pregnancy(p, loss(PregnancyOutcome::Miscarriage, "2026-11-24"))
            .unwrap();
        // An edit form that knows nothing of the ending (an app built before it).
        let mut edited = hb.pregnancy(p).unwrap().data;
        edited.notes = Some("メモ".into());
        edited.ended = None;
        let r = hb.update_pregnancy(p, edited).unwrap();
        assert_eq!(
            r.data.ended,
            Some(loss(PregnancyOutcome::Miscarriage, "2026-11-24"))
        );
        assert_eq!(
            hb.pregnancy(p).unwrap().data.ended,
            Some(loss(PregnancyOutcome::Miscarriage, "2026-11-24"))
        );
        // A delivery or a later prenatal checkup is refused while it is ended.
        let err = invalid(
            hb.add_prenatal_checkup(PrenatalCheckup {
                date: d("2026-11-25"),
                ..hb.prenatal_checkups(p).unwrap()[0].data.clone()
            })
            .unwrap_err(),
        );
        assert!(
            matches!(err, ValidationError::PregnancyEnded { on, .. } if on == d("2026-11-24")),
            "{err:?}"
        );

        let r = hb.reopen_pregnancy(p).unwrap();
        assert!(r.data.ended.is_none());
        assert!(hb.home(Lang::Ja).unwrap().pregnancy.is_some());
        assert!(pregnancy_reminders(&hb) > 0);
        assert!(hb.home(Lang::Ja).unwrap().worries.is_empty());
    }

    #[test]
    fn the_loss_worry_shows_for_eight_weeks_then_leaves_the_home_screen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.hagukumi");
        let p = {
            let mut hb = Handbook::open(&path)
                .unwrap()
                .with_clock(FixedClock::on(d(TODAY)));
            let p = pregnant(&mut hb);
            hb.end_pregnancy(p, loss(PregnancyOutcome::Termination, "2026-11-25"))
                .unwrap();
            p
        };
        let worries_on = |day: NaiveDate| {
            Handbook::open(&path)
                .unwrap()
                .with_clock(FixedClock::on(day))
                .home(Lang::Ja)
                .unwrap()
                .worries
                .len()
        };
        let ended = d("2026-11-25");
        assert_eq!(worries_on(ended), 1);
        assert_eq!(
            worries_on(ended + chrono::Duration::days(crate::store::LOSS_WORRY_DAYS - 1)),
            1
        );
        assert_eq!(
            worries_on(ended + chrono::Duration::days(crate::store::LOSS_WORRY_DAYS)),
            0
        );
        // Still listed with its outcome long after.
        let later = Handbook::open(&path)
            .unwrap()
            .with_clock(FixedClock::on(d("2027-06-01")));
        assert_eq!(
            later
                .pregnancy(p)
                .unwrap()
                .data
                .ended
                .unwrap()
                .label(Lang::Ja),
            "人工妊娠中絶（2026-11-25）"
        );
    }

    #[test]
    fn deleting_is_refused_while_diary_entries_are_about_the_pregnancy_and_says_what_it_takes() {
        let mut hb = handbook_on(TODAY);
        let p = pregnant(&mut hb);
        hb.add_vaccination(Vaccination {
            subject: Subject::Pregnancy(p),
            vaccine: VaccineCode::RsvMaternal,
            dose: 1,
            date: d("2026-11-24"),
            brand: None,
            lot: None,
            clinic: None,
            notes: None,
        })
        .unwrap();
        assert_eq!(
            hb.pregnancy_deletion(p).unwrap(),
            PregnancyDeletion {
                prenatal_checkups: 1,
                delivery: false,
                maternal_vaccinations: 1,
                dental_records: 0,
                diary_entries: 1,
                children_kept: 0,
            }
        );
        let err = invalid(hb.delete_pregnancy(p).unwrap_err());
        assert_eq!(
            err,
            ValidationError::PregnancyHasDiary {
                pregnancy: p,
                entries: 1
            }
        );
        assert!(
            err.message(crate::Lang::Ja).contains("日記が1件"),
            "{}",
            err.message(crate::Lang::Ja)
        );
        // Nothing was deleted: the pregnancy, its checkup and its dose are all live.
        assert_eq!(hb.prenatal_checkups(p).unwrap().len(), 1);
        assert_eq!(hb.diary(Subject::Pregnancy(p)).unwrap().len(), 1);
        assert_eq!(hb.vaccinations(Subject::Pregnancy(p)).unwrap().len(), 1);

        // Once she has deleted the entry herself, the pregnancy goes.
        let entry = hb.diary(Subject::Pregnancy(p)).unwrap()[0].id();
        hb.delete_diary(entry).unwrap();
        assert_eq!(hb.pregnancy_deletion(p).unwrap().diary_entries, 0);
        hb.delete_pregnancy(p).unwrap();
        assert!(hb.pregnancies().unwrap().is_empty());
    }
}

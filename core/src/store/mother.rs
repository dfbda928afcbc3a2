//! Owner of `mother_profile`, `pregnancies`, `prenatal_checkups` and `deliveries`.

use rusqlite::types::Value;
use rusqlite::{Row, Transaction};
use uuid::Uuid;

use super::records::*;
use super::{Handbook, WriteCtx};
use crate::error::{HandbookError, Result};
use crate::model::{
    Child, Delivery, GestationalAge, MotherProfile, Newborn, Pregnancy, PrenatalCheckup, Record,
    RecordKind, validate,
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
    ];

    fn to_values(&self) -> Vec<Value> {
        vec![
            opt_date(self.lmp),
            opt_date(self.ultrasound_due_date),
            Value::Integer(i64::from(self.fetuses)),
            real(self.pre_pregnancy_weight_kg),
            opt_text(&self.notes),
        ]
    }

    fn from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        Ok(Pregnancy {
            lmp: opt_date_col(row, at)?,
            ultrasound_due_date: opt_date_col(row, at + 1)?,
            fetuses: row.get(at + 2)?,
            pre_pregnancy_weight_kg: row.get(at + 3)?,
            notes: row.get(at + 4)?,
        })
    }

    fn validate(&self, _tx: &Transaction<'_>, rules: &Rules) -> Result<()> {
        Ok(validate::pregnancy(self, rules.today)?)
    }

    fn on_delete(tx: &Transaction<'_>, id: Uuid, ctx: &WriteCtx) -> Result<()> {
        for table in ["prenatal_checkups", "deliveries", "vaccinations", "dental"] {
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
        })
    }

    fn validate(&self, tx: &Transaction<'_>, rules: &Rules) -> Result<()> {
        let preg: Pregnancy = rules.parent(tx, self.pregnancy_id)?;
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

    pub fn update_pregnancy(&mut self, id: Uuid, p: Pregnancy) -> Result<Record<Pregnancy>> {
        self.update(id, p)
    }

    /// Delete a pregnancy with its checkups, delivery record and maternal vaccinations.
    /// Children born of it stay.
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

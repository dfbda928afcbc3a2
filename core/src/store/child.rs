//! Owner of `children`, `growth`, `infant_checkups`, `vaccinations` and `dental`.

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row, Transaction};
use uuid::Uuid;

use super::records::*;
use super::{Handbook, WriteCtx};
use crate::error::{HandbookError, Result};
use crate::model::{
    BirthMeasurements, Child, DentalRecord, GestationalAge, GrowthMeasurement, InfantCheckup,
    InfantCheckupRecord, Record, RecordKind, Subject, Vaccination, validate,
};

impl Stored for Child {
    const KIND: RecordKind = RecordKind::Child;
    const TABLE: &'static str = "children";
    const COLUMNS: &'static [&'static str] = &[
        "name",
        "name_kana",
        "sex",
        "birth_date",
        "birth_order",
        "ga_days",
        "delivery_id",
        "birth_weight_kg",
        "birth_length_cm",
        "birth_head_cm",
        "birth_chest_cm",
        "apgar_1min",
        "apgar_5min",
        "birth_findings",
    ];

    fn to_values(&self) -> Vec<Value> {
        vec![
            text(&self.name),
            opt_text(&self.name_kana),
            text(self.sex.as_str()),
            date(self.birth_date),
            Value::Integer(i64::from(self.birth_order)),
            int(self.ga_at_birth.map(|g| i64::from(g.days()))),
            opt_id(self.delivery_id),
            real(self.birth.weight_kg),
            real(self.birth.length_cm),
            real(self.birth.head_cm),
            real(self.birth.chest_cm),
            int(self.birth.apgar_1min.map(i64::from)),
            int(self.birth.apgar_5min.map(i64::from)),
            opt_text(&self.birth.findings),
        ]
    }

    fn from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        Ok(Child {
            name: row.get(at)?,
            name_kana: row.get(at + 1)?,
            sex: parse_col(row, at + 2, "sex", |s| s.parse().ok())?,
            birth_date: date_col(row, at + 3)?,
            birth_order: row.get(at + 4)?,
            ga_at_birth: row
                .get::<_, Option<u32>>(at + 5)?
                .map(GestationalAge::from_days),
            delivery_id: opt_uuid_col(row, at + 6)?,
            birth: BirthMeasurements {
                weight_kg: row.get(at + 7)?,
                length_cm: row.get(at + 8)?,
                head_cm: row.get(at + 9)?,
                chest_cm: row.get(at + 10)?,
                apgar_1min: row.get(at + 11)?,
                apgar_5min: row.get(at + 12)?,
                findings: row.get(at + 13)?,
            },
        })
    }

    fn validate(&self, tx: &Transaction<'_>, rules: &Rules) -> Result<()> {
        if let Some(delivery) = self.delivery_id {
            rules.parent::<crate::model::Delivery>(tx, delivery)?;
        }
        Ok(validate::child(self, rules.today)?)
    }

    fn on_delete(tx: &Transaction<'_>, id: Uuid, ctx: &WriteCtx) -> Result<()> {
        for table in [
            "growth",
            "infant_checkups",
            "vaccinations",
            "dental",
            "pages",
        ] {
            tombstone_where(tx, table, "child_id", id, ctx)?;
        }
        Ok(())
    }
}

impl Stored for GrowthMeasurement {
    const KIND: RecordKind = RecordKind::Growth;
    const TABLE: &'static str = "growth";
    const COLUMNS: &'static [&'static str] = &[
        "child_id",
        "measured_on",
        "weight_kg",
        "length_cm",
        "position",
        "head_cm",
        "notes",
    ];

    fn to_values(&self) -> Vec<Value> {
        vec![
            id(self.child_id),
            date(self.measured_on),
            real(self.weight_kg),
            real(self.length_cm),
            self.position.map_or(Value::Null, |p| text(p.as_str())),
            real(self.head_cm),
            opt_text(&self.notes),
        ]
    }

    fn from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        Ok(GrowthMeasurement {
            child_id: uuid_col(row, at)?,
            measured_on: date_col(row, at + 1)?,
            weight_kg: row.get(at + 2)?,
            length_cm: row.get(at + 3)?,
            position: parse_opt_col(row, at + 4, "measuring position", |s| s.parse().ok())?,
            head_cm: row.get(at + 5)?,
            notes: row.get(at + 6)?,
        })
    }

    fn validate(&self, tx: &Transaction<'_>, rules: &Rules) -> Result<()> {
        let birth = rules_start(tx, Subject::Child(self.child_id), rules)?;
        Ok(validate::growth(self, birth, rules.today)?)
    }
}

impl Stored for InfantCheckupRecord {
    const KIND: RecordKind = RecordKind::InfantCheckup;
    const TABLE: &'static str = "infant_checkups";
    const COLUMNS: &'static [&'static str] = &[
        "child_id",
        "checkup",
        "date",
        "milestones",
        "findings",
        "clinic",
        "notes",
    ];

    fn to_values(&self) -> Vec<Value> {
        // Serialising plain strings and dates cannot fail; an empty list is the
        // harmless fallback if it ever did. The column keeps its old name (see
        // migration 9).
        let milestones = serde_json::to_string(&self.answers).unwrap_or_else(|_| "[]".into());
        vec![
            id(self.child_id),
            text(self.checkup.as_str()),
            date(self.date),
            Value::Text(milestones),
            opt_text(&self.findings),
            opt_text(&self.clinic),
            opt_text(&self.notes),
        ]
    }

    fn from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        let checkup: InfantCheckup = parse_col(row, at + 1, "checkup", |s| s.parse().ok())?;
        let mut notes: Option<String> = row.get(at + 6)?;
        let answers = parse_col(row, at + 3, "checkup answers", |s| {
            crate::forms::read_checkup_answers(checkup, s, &mut notes)
        })?;
        Ok(InfantCheckupRecord {
            child_id: uuid_col(row, at)?,
            checkup,
            date: date_col(row, at + 2)?,
            answers,
            findings: row.get(at + 4)?,
            clinic: row.get(at + 5)?,
            notes,
        })
    }

    fn validate(&self, tx: &Transaction<'_>, rules: &Rules) -> Result<()> {
        let birth = rules_start(tx, Subject::Child(self.child_id), rules)?;
        Ok(validate::infant_checkup(self, birth, rules.today)?)
    }
}

fn subject_values(subject: Subject) -> [Value; 2] {
    match subject {
        Subject::Child(c) => [id(c), Value::Null],
        Subject::Pregnancy(p) => [Value::Null, id(p)],
    }
}

fn subject_from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<Subject> {
    match (opt_uuid_col(row, at)?, opt_uuid_col(row, at + 1)?) {
        (Some(c), _) => Ok(Subject::Child(c)),
        (None, Some(p)) => Ok(Subject::Pregnancy(p)),
        (None, None) => Err(rusqlite::Error::FromSqlConversionFailure(
            at,
            rusqlite::types::Type::Null,
            "a record without a child or a pregnancy".into(),
        )),
    }
}

/// The date a subject's records may not precede: a child's birth, or the start (LMP,
/// or its ultrasound equivalent) of a pregnancy. Fails with NotFound if the subject
/// does not exist. Reads only that date: it runs for every record written.
pub(crate) fn subject_start(conn: &rusqlite::Connection, subject: Subject) -> Result<NaiveDate> {
    let (kind, id) = match subject {
        Subject::Child(c) => (RecordKind::Child, c),
        Subject::Pregnancy(p) => (RecordKind::Pregnancy, p),
    };
    subject_date(conn, subject, true)?.ok_or(HandbookError::NotFound { kind, id })
}

/// [`subject_start`] under `rules`: a merged record's subject may be a tombstone, and
/// one this handbook does not have refuses the bundle.
pub(crate) fn rules_start(
    conn: &rusqlite::Connection,
    subject: Subject,
    rules: &Rules,
) -> Result<NaiveDate> {
    if !rules.merged {
        return subject_start(conn, subject);
    }
    subject_date(conn, subject, false)?.ok_or(crate::store::MergeError::MissingParent.into())
}

/// The start date of `subject`, if it exists (`live`: and is not deleted).
fn subject_date(
    conn: &rusqlite::Connection,
    subject: Subject,
    live: bool,
) -> Result<Option<NaiveDate>> {
    let (select, id, kind) = match subject {
        Subject::Child(c) => ("SELECT birth_date FROM children", c, RecordKind::Child),
        Subject::Pregnancy(p) => (
            "SELECT coalesce(date(ultrasound_due_date, '-280 days'), lmp) FROM pregnancies",
            p,
            RecordKind::Pregnancy,
        ),
    };
    let live = if live { " AND deleted_at IS NULL" } else { "" };
    let sql = format!("{select} WHERE id = ?1{live}");
    let mut stmt = conn
        .prepare_cached(&sql)
        .map_err(HandbookError::sql("reading the handbook"))?;
    stmt.query_row([IdParam(id)], |row| date_col(row, 0))
        .optional()
        .map_err(stored_error(kind))
}

impl Stored for Vaccination {
    const KIND: RecordKind = RecordKind::Vaccination;
    const TABLE: &'static str = "vaccinations";
    const COLUMNS: &'static [&'static str] = &[
        "child_id",
        "pregnancy_id",
        "vaccine",
        "dose",
        "date",
        "brand",
        "lot",
        "clinic",
        "notes",
    ];

    fn to_values(&self) -> Vec<Value> {
        let mut v = subject_values(self.subject).to_vec();
        v.extend([
            text(self.vaccine.as_str()),
            Value::Integer(i64::from(self.dose)),
            date(self.date),
            opt_text(&self.brand),
            opt_text(&self.lot),
            opt_text(&self.clinic),
            opt_text(&self.notes),
        ]);
        v
    }

    fn from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        Ok(Vaccination {
            subject: subject_from_row(row, at)?,
            vaccine: parse_col(row, at + 2, "vaccine code", |s| s.parse().ok())?,
            dose: row.get(at + 3)?,
            date: date_col(row, at + 4)?,
            brand: row.get(at + 5)?,
            lot: row.get(at + 6)?,
            clinic: row.get(at + 7)?,
            notes: row.get(at + 8)?,
        })
    }

    fn validate(&self, tx: &Transaction<'_>, rules: &Rules) -> Result<()> {
        let start = rules_start(tx, self.subject, rules)?;
        Ok(validate::vaccination(self, start, rules.today)?)
    }
}

impl Stored for DentalRecord {
    const KIND: RecordKind = RecordKind::Dental;
    const TABLE: &'static str = "dental";
    const COLUMNS: &'static [&'static str] = &[
        "child_id",
        "pregnancy_id",
        "date",
        "teeth_present",
        "caries",
        "fluoride_applied",
        "findings",
        "clinic",
    ];

    fn to_values(&self) -> Vec<Value> {
        let mut v = subject_values(self.subject).to_vec();
        v.extend([
            date(self.date),
            int(self.teeth_present.map(i64::from)),
            int(self.caries.map(i64::from)),
            Value::Integer(i64::from(self.fluoride_applied)),
            opt_text(&self.findings),
            opt_text(&self.clinic),
        ]);
        v
    }

    fn from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        Ok(DentalRecord {
            subject: subject_from_row(row, at)?,
            date: date_col(row, at + 2)?,
            teeth_present: row.get(at + 3)?,
            caries: row.get(at + 4)?,
            fluoride_applied: row.get(at + 5)?,
            findings: row.get(at + 6)?,
            clinic: row.get(at + 7)?,
        })
    }

    fn validate(&self, tx: &Transaction<'_>, rules: &Rules) -> Result<()> {
        let start = rules_start(tx, self.subject, rules)?;
        Ok(validate::dental(self, start, rules.today)?)
    }
}

/// The SQL condition and parameter selecting a subject's rows in a two-subject table.
pub(crate) fn subject_filter(subject: Subject) -> (&'static str, Uuid) {
    match subject {
        Subject::Child(c) => ("child_id = ?1", c),
        Subject::Pregnancy(p) => ("pregnancy_id = ?1", p),
    }
}

impl Handbook {
    /// Add a child directly (one born before the family used the app). Children born
    /// while it was in use come from [`Handbook::record_delivery`].
    pub fn add_child(&mut self, child: Child) -> Result<Record<Child>> {
        self.insert(child)
    }

    pub fn update_child(&mut self, id: Uuid, child: Child) -> Result<Record<Child>> {
        self.update(id, child)
    }

    /// Delete a child and every record about them.
    pub fn delete_child(&mut self, id: Uuid) -> Result<()> {
        self.delete::<Child>(id)
    }

    pub fn child(&self, id: Uuid) -> Result<Record<Child>> {
        get(self.conn(), id)
    }

    /// All children, oldest first (twins in birth order).
    pub fn children(&self) -> Result<Vec<Record<Child>>> {
        list(self.conn(), "1", None, "birth_date, birth_order, id")
    }

    pub fn add_growth(&mut self, m: GrowthMeasurement) -> Result<Record<GrowthMeasurement>> {
        self.insert(m)
    }

    pub fn update_growth(
        &mut self,
        id: Uuid,
        m: GrowthMeasurement,
    ) -> Result<Record<GrowthMeasurement>> {
        self.update(id, m)
    }

    pub fn delete_growth(&mut self, id: Uuid) -> Result<()> {
        self.delete::<GrowthMeasurement>(id)
    }

    /// A child's measurements, oldest first (the order a growth chart draws them).
    pub fn growth(&self, child_id: Uuid) -> Result<Vec<Record<GrowthMeasurement>>> {
        self.child(child_id)?;
        list(
            self.conn(),
            "child_id = ?1",
            Some(child_id),
            "measured_on, id",
        )
    }

    pub fn add_infant_checkup(
        &mut self,
        r: InfantCheckupRecord,
    ) -> Result<Record<InfantCheckupRecord>> {
        self.insert(r)
    }

    pub fn update_infant_checkup(
        &mut self,
        id: Uuid,
        r: InfantCheckupRecord,
    ) -> Result<Record<InfantCheckupRecord>> {
        self.update(id, r)
    }

    pub fn delete_infant_checkup(&mut self, id: Uuid) -> Result<()> {
        self.delete::<InfantCheckupRecord>(id)
    }

    pub fn infant_checkups(&self, child_id: Uuid) -> Result<Vec<Record<InfantCheckupRecord>>> {
        self.child(child_id)?;
        list(self.conn(), "child_id = ?1", Some(child_id), "date, id")
    }

    pub fn add_vaccination(&mut self, v: Vaccination) -> Result<Record<Vaccination>> {
        self.insert(v)
    }

    pub fn update_vaccination(&mut self, id: Uuid, v: Vaccination) -> Result<Record<Vaccination>> {
        self.update(id, v)
    }

    pub fn delete_vaccination(&mut self, id: Uuid) -> Result<()> {
        self.delete::<Vaccination>(id)
    }

    /// Doses given to a child (or, for the maternal RSV vaccine, during a pregnancy),
    /// oldest first.
    pub fn vaccinations(&self, subject: Subject) -> Result<Vec<Record<Vaccination>>> {
        subject_start(self.conn(), subject)?;
        let (filter, id) = subject_filter(subject);
        list(self.conn(), filter, Some(id), "date, vaccine, dose, id")
    }

    pub fn add_dental(&mut self, r: DentalRecord) -> Result<Record<DentalRecord>> {
        self.insert(r)
    }

    pub fn update_dental(&mut self, id: Uuid, r: DentalRecord) -> Result<Record<DentalRecord>> {
        self.update(id, r)
    }

    pub fn delete_dental(&mut self, id: Uuid) -> Result<()> {
        self.delete::<DentalRecord>(id)
    }

    pub fn dental(&self, subject: Subject) -> Result<Vec<Record<DentalRecord>>> {
        subject_start(self.conn(), subject)?;
        let (filter, id) = subject_filter(subject);
        list(self.conn(), filter, Some(id), "date, id")
    }
}

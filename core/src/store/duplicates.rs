//! Apparent duplicates and short ids: what lets a family correct a mistake.
//!
//! A checkup typed twice, or a dose entered again from the sticker page, is saved
//! without complaint by the record rules (each copy is valid on its own) and is then
//! counted by the schedule and exported to the doctor. So before saving, the app and
//! the CLI ask [`Handbook::likely_duplicates`] (or [`Handbook::refuse_duplicates`],
//! which turns the answer into [`HandbookError::LikelyDuplicate`]): the same kind
//! about the same subject on the same day, or the same vaccine dose on any day. The
//! family may still save it (a second weighing the same day is real), which is why
//! this is a question asked before saving and not a rule of the record.
//!
//! Short ids are the last 8 hex digits of the id (more in the rare case that two
//! live records of a kind share them). Ids are UUID v7: the first 12 hex digits are
//! the creation time in milliseconds and the next ones a counter, so records typed
//! within a minute share their first 8 digits, and records saved together (an
//! import, the demo family) their first 20 or more; a prefix would be ambiguous
//! exactly when a family corrects what they just typed. The last 8 digits are
//! random.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use uuid::Uuid;

use super::records::{Stored, get, list};
use super::{Handbook, NewRecord};
use crate::Lang;
use crate::error::{HandbookError, Result};
use crate::model::{
    Child, Delivery, DentalRecord, DiaryEntry, GrowthMeasurement, InfantCheckupRecord,
    MotherProfile, Pregnancy, PrenatalCheckup, Record, RecordKind, Subject, Vaccination,
};

/// Fewest hex digits of a short id.
pub const SHORT_ID_MIN: usize = 8;

/// An existing record, in one line: what a new or edited record looks like a
/// duplicate of ([`Handbook::likely_duplicates`]), and the rows of
/// [`Handbook::briefs`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Duplicate {
    pub id: Uuid,
    /// The shortest ending of the id (at least 8 hex digits) that no other live
    /// record of this kind shares; the CLI's `edit` and `delete` accept it.
    pub short_id: String,
    pub kind: RecordKind,
    /// The record's day (a child's birth, a pregnancy's due date).
    pub date: NaiveDate,
    /// What it holds, in the caller's language, without the date ("Hib dose 2").
    pub description: String,
}

/// One existing record as [`HandbookError::LikelyDuplicate`] carries it: described in
/// every language, because an error's message is asked for in any.
#[derive(Debug, Clone, PartialEq)]
pub struct DuplicateNote {
    pub id: Uuid,
    pub short_id: String,
    pub date: NaiveDate,
    /// What the record holds, in every catalog language.
    pub descriptions: Vec<crate::text::Localized>,
}

impl DuplicateNote {
    /// What the record holds, in `lang`.
    pub fn description(&self, lang: Lang) -> std::borrow::Cow<'_, str> {
        crate::text::text_in(&self.descriptions, lang)
    }
}

/// A record kind that can be told apart from its look-alikes.
pub(crate) trait Brief: Stored + 'static {
    /// The record's day.
    fn day(&self) -> NaiveDate;

    /// What it holds, in `lang`, without the date.
    fn describe(&self, lang: Lang) -> String;

    /// The live records it could duplicate (those about the same subject).
    fn neighbours(&self, conn: &Connection) -> Result<Vec<Record<Self>>>;

    /// Whether `other` looks like the same record entered again.
    fn same_as(&self, other: &Self) -> bool;
}

fn of_subject<T: Brief>(conn: &Connection, subject: Subject) -> Result<Vec<Record<T>>> {
    let (filter, id) = match subject {
        Subject::Child(c) => ("child_id = ?1", c),
        Subject::Pregnancy(p) => ("pregnancy_id = ?1", p),
    };
    list(conn, filter, Some(id), "id")
}

fn kind_label(kind: RecordKind, lang: Lang) -> &'static str {
    kind.label(lang)
}

/// Weight (kg, 2 decimals), length and head circumference (cm, 1 decimal), those
/// measured: a measurement's line here and in the timeline.
pub(super) fn measurements(
    weight_kg: Option<f64>,
    length_cm: Option<f64>,
    head_cm: Option<f64>,
    lang: Lang,
) -> [Option<String>; 3] {
    [
        weight_kg.map(|v| crate::t!(lang, "store-brief-weight-kg", kg = format!("{v:.2}"))),
        length_cm.map(|v| crate::t!(lang, "store-brief-length", cm = format!("{v:.1}"))),
        head_cm.map(|v| crate::t!(lang, "store-brief-head", cm = format!("{v:.1}"))),
    ]
}

/// A checkup's blood pressure, when both values were measured.
pub(super) fn blood_pressure(c: &PrenatalCheckup, lang: Lang) -> Option<String> {
    match (c.bp_systolic, c.bp_diastolic) {
        (Some(s), Some(d)) => Some(crate::t!(
            lang,
            "store-brief-blood-pressure",
            systolic = s,
            diastolic = d
        )),
        _ => None,
    }
}

/// "Hib 2回目", "Hib dose 2".
pub(super) fn vaccine_dose(v: &Vaccination, lang: Lang) -> String {
    crate::t!(
        lang,
        "store-brief-vaccine-dose",
        vaccine = v.vaccine.label(lang),
        dose = v.dose
    )
}

fn join(parts: impl IntoIterator<Item = Option<String>>) -> String {
    parts.into_iter().flatten().collect::<Vec<_>>().join(" ")
}

impl Brief for GrowthMeasurement {
    fn day(&self) -> NaiveDate {
        self.measured_on
    }
    fn describe(&self, lang: Lang) -> String {
        join(measurements(
            self.weight_kg,
            self.length_cm,
            self.head_cm,
            lang,
        ))
    }
    fn neighbours(&self, conn: &Connection) -> Result<Vec<Record<Self>>> {
        of_subject(conn, Subject::Child(self.child_id))
    }
    fn same_as(&self, other: &Self) -> bool {
        self.child_id == other.child_id && self.measured_on == other.measured_on
    }
}

impl Brief for PrenatalCheckup {
    fn day(&self) -> NaiveDate {
        self.date
    }
    fn describe(&self, lang: Lang) -> String {
        join([
            Some(kind_label(RecordKind::PrenatalCheckup, lang).to_string()),
            self.weight_kg
                .map(|v| crate::t!(lang, "store-brief-weight-kg", kg = format!("{v:.1}"))),
            blood_pressure(self, lang),
        ])
    }
    fn neighbours(&self, conn: &Connection) -> Result<Vec<Record<Self>>> {
        of_subject(conn, Subject::Pregnancy(self.pregnancy_id))
    }
    fn same_as(&self, other: &Self) -> bool {
        self.pregnancy_id == other.pregnancy_id && self.date == other.date
    }
}

impl Brief for InfantCheckupRecord {
    fn day(&self) -> NaiveDate {
        self.date
    }
    fn describe(&self, lang: Lang) -> String {
        self.checkup.label(lang).to_string()
    }
    fn neighbours(&self, conn: &Connection) -> Result<Vec<Record<Self>>> {
        of_subject(conn, Subject::Child(self.child_id))
    }
    /// One page per checkup, and one checkup visit per day.
    fn same_as(&self, other: &Self) -> bool {
        self.child_id == other.child_id
            && (self.checkup == other.checkup || self.date == other.date)
    }
}

impl Brief for Vaccination {
    fn day(&self) -> NaiveDate {
        self.date
    }
    fn describe(&self, lang: Lang) -> String {
        vaccine_dose(self, lang)
    }
    fn neighbours(&self, conn: &Connection) -> Result<Vec<Record<Self>>> {
        of_subject(conn, self.subject)
    }
    /// A dose is given once, whatever day was typed.
    fn same_as(&self, other: &Self) -> bool {
        self.subject == other.subject && self.vaccine == other.vaccine && self.dose == other.dose
    }
}

impl Brief for DentalRecord {
    fn day(&self) -> NaiveDate {
        self.date
    }
    fn describe(&self, lang: Lang) -> String {
        join([
            Some(kind_label(RecordKind::Dental, lang).to_string()),
            self.teeth_present
                .map(|n| crate::t!(lang, "store-brief-teeth", n = n)),
        ])
    }
    fn neighbours(&self, conn: &Connection) -> Result<Vec<Record<Self>>> {
        of_subject(conn, self.subject)
    }
    fn same_as(&self, other: &Self) -> bool {
        self.subject == other.subject && self.date == other.date
    }
}

/// A page of the form data: a second record of a one-per-subject page (a hearing
/// screen), or the same page on the same day.
impl Brief for crate::model::PageEntry {
    fn day(&self) -> NaiveDate {
        self.date
    }
    fn describe(&self, lang: Lang) -> String {
        let title =
            crate::forms::form(&self.page, lang).map_or_else(|_| self.page.clone(), |f| f.title);
        let first = crate::forms::labelled(&self.page, &self.answers, lang)
            .into_iter()
            .find(|a| a.field != "date")
            .map(|a| format!("{} {}", a.label, a.text));
        join([Some(title), first])
    }
    fn neighbours(&self, conn: &Connection) -> Result<Vec<Record<Self>>> {
        let mut all: Vec<Record<Self>> = match self.subject {
            Some(s) => of_subject(conn, s)?,
            None => list(
                conn,
                "child_id IS NULL AND pregnancy_id IS NULL",
                None,
                "id",
            )?,
        };
        all.retain(|r| r.data.page == self.page);
        Ok(all)
    }
    fn same_as(&self, other: &Self) -> bool {
        let repeatable = crate::forms::form(&self.page, Lang::En).is_ok_and(|f| f.repeatable);
        !repeatable || other.date == self.date
    }
}

impl Brief for DiaryEntry {
    fn day(&self) -> NaiveDate {
        self.written_on
    }
    fn describe(&self, _lang: Lang) -> String {
        let first = self.text.lines().next().unwrap_or("").trim();
        let mut short: String = first.chars().take(30).collect();
        if short.chars().count() < first.chars().count() {
            short.push('…');
        }
        short
    }
    fn neighbours(&self, conn: &Connection) -> Result<Vec<Record<Self>>> {
        let mut all: Vec<Record<Self>> = Vec::new();
        for subject in &self.subjects {
            let (filter, id) = match subject {
                Subject::Child(c) => (
                    "id IN (SELECT diary_id FROM diary_subjects WHERE child_id = ?1)",
                    c,
                ),
                Subject::Pregnancy(p) => (
                    "id IN (SELECT diary_id FROM diary_subjects WHERE pregnancy_id = ?1)",
                    p,
                ),
            };
            for r in list::<Self>(conn, filter, Some(*id), "id")? {
                if !all.iter().any(|a| a.id() == r.id()) {
                    all.push(r);
                }
            }
        }
        Ok(all)
    }
    /// The same words on the same day about one of the same subjects: typed twice.
    fn same_as(&self, other: &Self) -> bool {
        self.written_on == other.written_on
            && self.text.trim() == other.text.trim()
            && self.subjects.iter().any(|s| other.subjects.contains(s))
    }
}

impl Brief for Delivery {
    fn day(&self) -> NaiveDate {
        self.delivered_at.date()
    }
    fn describe(&self, lang: Lang) -> String {
        crate::t!(
            lang,
            "store-brief-delivery",
            time = self.delivered_at.format("%H:%M").to_string(),
            method = self.method.label(lang),
        )
    }
    fn neighbours(&self, conn: &Connection) -> Result<Vec<Record<Self>>> {
        of_subject(conn, Subject::Pregnancy(self.pregnancy_id))
    }
    /// One delivery per pregnancy (the store refuses a second one outright).
    fn same_as(&self, other: &Self) -> bool {
        self.pregnancy_id == other.pregnancy_id
    }
}

impl Brief for Pregnancy {
    fn day(&self) -> NaiveDate {
        self.due_date().or(self.lmp).unwrap_or_default()
    }
    fn describe(&self, lang: Lang) -> String {
        match self.due_date() {
            Some(due) => crate::t!(lang, "store-brief-pregnancy", due = due.to_string()),
            None => kind_label(RecordKind::Pregnancy, lang).to_string(),
        }
    }
    fn neighbours(&self, conn: &Connection) -> Result<Vec<Record<Self>>> {
        list(conn, "1", None, "id")
    }
    /// Dated the same way: the same pregnancy entered again.
    fn same_as(&self, other: &Self) -> bool {
        (self.lmp.is_some() && self.lmp == other.lmp)
            || (self.due_date().is_some() && self.due_date() == other.due_date())
    }
}

impl Brief for Child {
    fn day(&self) -> NaiveDate {
        self.birth_date
    }
    fn describe(&self, _lang: Lang) -> String {
        self.name.clone()
    }
    fn neighbours(&self, conn: &Connection) -> Result<Vec<Record<Self>>> {
        list(conn, "1", None, "id")
    }
    /// Born the same day with the same name (twins have different names).
    fn same_as(&self, other: &Self) -> bool {
        self.birth_date == other.birth_date && self.name.trim() == other.name.trim()
    }
}

/// The shortest ending (at least [`SHORT_ID_MIN`] hex digits) of each id that no
/// other id in `ids` shares. Sorted by their reversed digits, an id shares its
/// longest ending with a neighbour, so one pass over the sorted list is enough.
pub fn shortest_suffixes(ids: &[Uuid]) -> HashMap<Uuid, String> {
    let mut hex: Vec<(String, Uuid)> = ids
        .iter()
        .map(|u| (u.simple().to_string().chars().rev().collect(), *u))
        .collect();
    hex.sort();
    hex.dedup();
    let common = |a: &str, b: &str| a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let mut out = HashMap::with_capacity(hex.len());
    for i in 0..hex.len() {
        let before = i.checked_sub(1).map_or(0, |j| common(&hex[j].0, &hex[i].0));
        let after = hex.get(i + 1).map_or(0, |n| common(&n.0, &hex[i].0));
        let len = (before.max(after) + 1).clamp(SHORT_ID_MIN, 32);
        out.insert(hex[i].1, hex[i].0[..len].chars().rev().collect());
    }
    out
}

/// The table that holds records of `kind`.
fn table_of(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::MotherProfile => MotherProfile::TABLE,
        RecordKind::Pregnancy => Pregnancy::TABLE,
        RecordKind::PrenatalCheckup => PrenatalCheckup::TABLE,
        RecordKind::Delivery => Delivery::TABLE,
        RecordKind::Child => Child::TABLE,
        RecordKind::Growth => GrowthMeasurement::TABLE,
        RecordKind::InfantCheckup => InfantCheckupRecord::TABLE,
        RecordKind::Vaccination => Vaccination::TABLE,
        RecordKind::Dental => DentalRecord::TABLE,
        RecordKind::Diary => DiaryEntry::TABLE,
        RecordKind::Page => crate::model::PageEntry::TABLE,
    }
}

fn short_ids_in(conn: &Connection, kind: RecordKind) -> Result<HashMap<Uuid, String>> {
    let sql = format!("SELECT id FROM {} WHERE deleted_at IS NULL", table_of(kind));
    let ids: Vec<String> = conn
        .prepare_cached(&sql)
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(HandbookError::sql("reading the handbook"))?;
    let ids: Vec<Uuid> = ids.iter().filter_map(|s| Uuid::parse_str(s).ok()).collect();
    Ok(shortest_suffixes(&ids))
}

/// The live records `data` looks like, `except` the record being edited.
fn look_alikes<T: Brief>(
    conn: &Connection,
    data: &T,
    except: Option<Uuid>,
) -> Result<Vec<DuplicateNote>> {
    let found: Vec<Record<T>> = data
        .neighbours(conn)?
        .into_iter()
        .filter(|r| Some(r.id()) != except && data.same_as(&r.data))
        .collect();
    if found.is_empty() {
        return Ok(Vec::new());
    }
    let short = short_ids_in(conn, T::KIND)?;
    Ok(found
        .into_iter()
        .map(|r| DuplicateNote {
            id: r.id(),
            short_id: short
                .get(&r.id())
                .cloned()
                .unwrap_or_else(|| r.id().to_string()),
            date: r.data.day(),
            descriptions: crate::text::every_lang(|lang| r.data.describe(lang)),
        })
        .collect())
}

fn briefs_of<T: Brief>(conn: &Connection, lang: Lang) -> Result<Vec<Duplicate>> {
    let short = short_ids_in(conn, T::KIND)?;
    Ok(list::<T>(conn, "1", None, "id")?
        .into_iter()
        .map(|r| Duplicate {
            id: r.id(),
            short_id: short
                .get(&r.id())
                .cloned()
                .unwrap_or_else(|| r.id().to_string()),
            kind: T::KIND,
            date: r.data.day(),
            description: r.data.describe(lang),
        })
        .collect())
}

fn note_to_duplicate(kind: RecordKind, lang: Lang) -> impl Fn(DuplicateNote) -> Duplicate {
    move |n| Duplicate {
        description: n.description(lang).to_string(),
        id: n.id,
        short_id: n.short_id,
        kind,
        date: n.date,
    }
}

impl Handbook {
    /// The records already in the handbook that `record` looks like: the same kind
    /// about the same subject on the same day (an infant checkup: the same page or
    /// the same day; a diary entry: also the same text), or the same vaccine and dose
    /// on any day. `except`: the record being edited, which is not its own
    /// duplicate. Empty when there is none; then save without asking.
    pub fn likely_duplicates(
        &self,
        record: &NewRecord,
        except: Option<Uuid>,
        lang: Lang,
    ) -> Result<Vec<Duplicate>> {
        let (kind, notes) = self.duplicate_notes(record, except)?;
        Ok(notes
            .into_iter()
            .map(note_to_duplicate(kind, lang))
            .collect())
    }

    /// [`Handbook::likely_duplicates`] for a delivery (one per pregnancy; the store
    /// refuses a second one in any case, this names the one there).
    pub fn likely_delivery_duplicates(
        &self,
        delivery: &Delivery,
        except: Option<Uuid>,
        lang: Lang,
    ) -> Result<Vec<Duplicate>> {
        Ok(look_alikes(self.conn(), delivery, except)?
            .into_iter()
            .map(note_to_duplicate(RecordKind::Delivery, lang))
            .collect())
    }

    /// [`Handbook::refuse_duplicates`] for a page of the form data.
    pub fn refuse_page_duplicates(
        &self,
        entry: &crate::model::PageEntry,
        except: Option<Uuid>,
    ) -> Result<()> {
        let existing = look_alikes(self.conn(), entry, except)?;
        if existing.is_empty() {
            Ok(())
        } else {
            Err(HandbookError::LikelyDuplicate {
                kind: RecordKind::Page,
                existing,
            })
        }
    }

    /// `Ok` when `record` looks like nothing already saved; otherwise
    /// [`HandbookError::LikelyDuplicate`], naming what exists, for a caller that saves
    /// only after the family confirmed (the CLI without `--force`).
    pub fn refuse_duplicates(&self, record: &NewRecord, except: Option<Uuid>) -> Result<()> {
        let (kind, existing) = self.duplicate_notes(record, except)?;
        if existing.is_empty() {
            Ok(())
        } else {
            Err(HandbookError::LikelyDuplicate { kind, existing })
        }
    }

    /// For an edit of record `id` from `before` to `after`: the records `after` looks
    /// like that `before` did not. A look-alike the family already chose to keep
    /// (saved anyway) is not asked about again at every correction of a value; a new
    /// date, subject or dose that lands on another record is.
    pub fn likely_duplicates_of_edit(
        &self,
        before: &NewRecord,
        after: &NewRecord,
        id: Uuid,
        lang: Lang,
    ) -> Result<Vec<Duplicate>> {
        let (kind, notes) = self.edit_notes(before, after, id)?;
        Ok(notes
            .into_iter()
            .map(note_to_duplicate(kind, lang))
            .collect())
    }

    /// [`Handbook::likely_duplicates_of_edit`] as [`HandbookError::LikelyDuplicate`]
    /// when there is one.
    pub fn refuse_edit_duplicates(
        &self,
        before: &NewRecord,
        after: &NewRecord,
        id: Uuid,
    ) -> Result<()> {
        let (kind, existing) = self.edit_notes(before, after, id)?;
        if existing.is_empty() {
            Ok(())
        } else {
            Err(HandbookError::LikelyDuplicate { kind, existing })
        }
    }

    fn edit_notes(
        &self,
        before: &NewRecord,
        after: &NewRecord,
        id: Uuid,
    ) -> Result<(RecordKind, Vec<DuplicateNote>)> {
        let (_, known) = self.duplicate_notes(before, Some(id))?;
        let (kind, mut found) = self.duplicate_notes(after, Some(id))?;
        found.retain(|n| !known.iter().any(|k| k.id == n.id));
        Ok((kind, found))
    }

    fn duplicate_notes(
        &self,
        record: &NewRecord,
        except: Option<Uuid>,
    ) -> Result<(RecordKind, Vec<DuplicateNote>)> {
        let conn = self.conn();
        Ok(match record {
            NewRecord::Pregnancy { data } => {
                (RecordKind::Pregnancy, look_alikes(conn, data, except)?)
            }
            NewRecord::PrenatalCheckup { data } => (
                RecordKind::PrenatalCheckup,
                look_alikes(conn, data, except)?,
            ),
            NewRecord::Child { data } => (RecordKind::Child, look_alikes(conn, data, except)?),
            NewRecord::Growth { data } => (RecordKind::Growth, look_alikes(conn, data, except)?),
            NewRecord::InfantCheckup { data } => {
                (RecordKind::InfantCheckup, look_alikes(conn, data, except)?)
            }
            NewRecord::Vaccination { data } => {
                (RecordKind::Vaccination, look_alikes(conn, data, except)?)
            }
            NewRecord::Dental { data } => (RecordKind::Dental, look_alikes(conn, data, except)?),
            NewRecord::Diary { data } => (RecordKind::Diary, look_alikes(conn, data, except)?),
        })
    }

    /// The short id of every live record of `kind` (see the module documentation):
    /// what lists show and what `edit` and `delete` accept.
    pub fn short_ids(&self, kind: RecordKind) -> Result<HashMap<Uuid, String>> {
        short_ids_in(self.conn(), kind)
    }

    /// The short id of one record of `kind` (its full id if it is not live).
    pub fn short_id(&self, kind: RecordKind, id: Uuid) -> Result<String> {
        Ok(self
            .short_ids(kind)?
            .remove(&id)
            .unwrap_or_else(|| id.to_string()))
    }

    /// Every live record of `kind` in one line each (oldest id first): for choosing a
    /// record by short id, and for saying what a delete would remove. The mother's
    /// profile has no line (there is one, and it is set, not added).
    pub fn briefs(&self, kind: RecordKind, lang: Lang) -> Result<Vec<Duplicate>> {
        let conn = self.conn();
        match kind {
            RecordKind::MotherProfile => Ok(Vec::new()),
            RecordKind::Pregnancy => briefs_of::<Pregnancy>(conn, lang),
            RecordKind::PrenatalCheckup => briefs_of::<PrenatalCheckup>(conn, lang),
            RecordKind::Delivery => briefs_of::<Delivery>(conn, lang),
            RecordKind::Child => briefs_of::<Child>(conn, lang),
            RecordKind::Growth => briefs_of::<GrowthMeasurement>(conn, lang),
            RecordKind::InfantCheckup => briefs_of::<InfantCheckupRecord>(conn, lang),
            RecordKind::Vaccination => briefs_of::<Vaccination>(conn, lang),
            RecordKind::Dental => briefs_of::<DentalRecord>(conn, lang),
            RecordKind::Diary => briefs_of::<DiaryEntry>(conn, lang),
            RecordKind::Page => briefs_of::<crate::model::PageEntry>(conn, lang),
        }
    }
}

/// One record by id, for a screen (or `edit`) that corrects it: the kinds whose
/// lists are read per subject had no look-up by id.
impl Handbook {
    pub fn growth_measurement(&self, id: Uuid) -> Result<Record<GrowthMeasurement>> {
        get(self.conn(), id)
    }

    pub fn prenatal_checkup(&self, id: Uuid) -> Result<Record<PrenatalCheckup>> {
        get(self.conn(), id)
    }

    pub fn infant_checkup(&self, id: Uuid) -> Result<Record<InfantCheckupRecord>> {
        get(self.conn(), id)
    }

    pub fn vaccination(&self, id: Uuid) -> Result<Record<Vaccination>> {
        get(self.conn(), id)
    }

    pub fn dental_record(&self, id: Uuid) -> Result<Record<DentalRecord>> {
        get(self.conn(), id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use crate::model::*;
    use crate::problem::{ErrorKind, Problem};
    use crate::schedule::VaccineCode;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn handbook() -> Handbook {
        Handbook::open_in_memory()
            .unwrap()
            .with_clock(FixedClock::on(d("2026-11-25")))
    }

    fn child(hb: &mut Handbook, name: &str) -> Uuid {
        hb.add_child(Child {
            name: name.into(),
            name_kana: None,
            sex: Sex::Female,
            birth_date: d("2026-01-10"),
            birth_order: 1,
            ga_at_birth: None,
            delivery_id: None,
            birth: BirthMeasurements::default(),
        })
        .unwrap()
        .id()
    }

    fn growth(child: Uuid, on: &str, kg: f64) -> GrowthMeasurement {
        GrowthMeasurement {
            child_id: child,
            measured_on: d(on),
            weight_kg: Some(kg),
            length_cm: None,
            position: None,
            head_cm: None,
            notes: None,
        }
    }

    fn shot(child: Uuid, vaccine: VaccineCode, dose: u32, on: &str) -> Vaccination {
        Vaccination {
            subject: Subject::Child(child),
            vaccine,
            dose,
            date: d(on),
            brand: None,
            lot: None,
            clinic: None,
            notes: None,
        }
    }

    fn page(child: Uuid, checkup: InfantCheckup, on: &str) -> InfantCheckupRecord {
        InfantCheckupRecord {
            child_id: child,
            checkup,
            date: d(on),
            answers: Vec::new(),
            findings: None,
            clinic: None,
            notes: None,
        }
    }

    fn dental(subject: Subject, on: &str) -> DentalRecord {
        DentalRecord {
            subject,
            date: d(on),
            teeth_present: Some(8),
            caries: None,
            fluoride_applied: false,
            findings: None,
            clinic: None,
        }
    }

    fn diary(subject: Subject, on: &str, text: &str) -> DiaryEntry {
        DiaryEntry {
            subjects: vec![subject],
            written_on: d(on),
            text: text.into(),
            mood: None,
            photos: Vec::new(),
        }
    }

    fn ids(found: &[Duplicate]) -> Vec<Uuid> {
        found.iter().map(|f| f.id).collect()
    }

    #[test]
    fn growth_on_the_same_day_of_the_same_child_is_a_likely_duplicate() {
        let mut hb = handbook();
        let hana = child(&mut hb, "はな");
        let sora = child(&mut hb, "そら");
        let first = hb.add_growth(growth(hana, "2026-03-01", 5.1)).unwrap();
        let same_day = NewRecord::Growth {
            data: growth(hana, "2026-03-01", 5.3),
        };
        let found = hb.likely_duplicates(&same_day, None, Lang::En).unwrap();
        assert_eq!(ids(&found), vec![first.id()]);
        assert_eq!(found[0].kind, RecordKind::Growth);
        assert_eq!(found[0].date, d("2026-03-01"));
        assert_eq!(found[0].description, "weight 5.10 kg");
        assert_eq!(
            hb.likely_duplicates(&same_day, None, Lang::Ja).unwrap()[0].description,
            "体重 5.10 kg"
        );
        // Another day, or another child the same day: not a duplicate.
        for other in [
            growth(hana, "2026-03-02", 5.1),
            growth(sora, "2026-03-01", 5.1),
        ] {
            let r = NewRecord::Growth { data: other };
            assert!(hb.likely_duplicates(&r, None, Lang::En).unwrap().is_empty());
        }
        // Editing the record itself is not a duplicate of itself.
        assert!(
            hb.likely_duplicates(&same_day, Some(first.id()), Lang::En)
                .unwrap()
                .is_empty()
        );
        // A deleted record no longer counts.
        hb.delete_growth(first.id()).unwrap();
        assert!(
            hb.likely_duplicates(&same_day, None, Lang::En)
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn a_vaccine_dose_is_a_duplicate_on_any_day_but_another_dose_is_not() {
        let mut hb = handbook();
        let hana = child(&mut hb, "はな");
        let given = hb
            .add_vaccination(shot(hana, VaccineCode::Hib, 1, "2026-03-10"))
            .unwrap();
        let again = NewRecord::Vaccination {
            data: shot(hana, VaccineCode::Hib, 1, "2026-04-10"),
        };
        let found = hb.likely_duplicates(&again, None, Lang::Ja).unwrap();
        assert_eq!(ids(&found), vec![given.id()]);
        assert!(found[0].description.contains("1回目"), "{found:?}");
        for other in [
            shot(hana, VaccineCode::Hib, 2, "2026-03-10"),
            shot(hana, VaccineCode::Pcv, 1, "2026-03-10"),
        ] {
            let r = NewRecord::Vaccination { data: other };
            assert!(hb.likely_duplicates(&r, None, Lang::En).unwrap().is_empty());
        }
    }

    #[test]
    fn an_infant_checkup_page_or_day_already_recorded_is_a_duplicate() {
        let mut hb = handbook();
        let hana = child(&mut hb, "はな");
        let m1 = hb
            .add_infant_checkup(page(hana, InfantCheckup::M1, "2026-02-10"))
            .unwrap();
        let same_page = NewRecord::InfantCheckup {
            data: page(hana, InfantCheckup::M1, "2026-02-20"),
        };
        let same_day = NewRecord::InfantCheckup {
            data: page(hana, InfantCheckup::M3to4, "2026-02-10"),
        };
        let neither = NewRecord::InfantCheckup {
            data: page(hana, InfantCheckup::M3to4, "2026-05-10"),
        };
        assert_eq!(
            ids(&hb.likely_duplicates(&same_page, None, Lang::En).unwrap()),
            vec![m1.id()]
        );
        assert_eq!(
            ids(&hb.likely_duplicates(&same_day, None, Lang::En).unwrap()),
            vec![m1.id()]
        );
        assert!(
            hb.likely_duplicates(&neither, None, Lang::En)
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn prenatal_dental_and_diary_rules() {
        let mut hb = handbook();
        let preg = hb
            .add_pregnancy(Pregnancy {
                lmp: Some(d("2026-06-01")),
                ultrasound_due_date: None,
                fetuses: 1,
                pre_pregnancy_weight_kg: None,
                notes: None,
                ended: None,
            })
            .unwrap()
            .id();
        let visit = |on: &str| PrenatalCheckup {
            weight_kg: Some(55.0),
            ..PrenatalCheckup::new(preg, d(on))
        };
        let first = hb.add_prenatal_checkup(visit("2026-08-01")).unwrap();
        let again = NewRecord::PrenatalCheckup {
            data: visit("2026-08-01"),
        };
        assert_eq!(
            ids(&hb.likely_duplicates(&again, None, Lang::En).unwrap()),
            vec![first.id()]
        );
        let later = NewRecord::PrenatalCheckup {
            data: visit("2026-08-15"),
        };
        assert!(
            hb.likely_duplicates(&later, None, Lang::En)
                .unwrap()
                .is_empty()
        );

        let mum = Subject::Pregnancy(preg);
        let teeth = hb.add_dental(dental(mum, "2026-08-02")).unwrap();
        let r = NewRecord::Dental {
            data: dental(mum, "2026-08-02"),
        };
        assert_eq!(
            ids(&hb.likely_duplicates(&r, None, Lang::En).unwrap()),
            vec![teeth.id()]
        );

        let entry = hb
            .add_diary(diary(mum, "2026-08-03", "はじめての胎動"))
            .unwrap();
        let same = NewRecord::Diary {
            data: diary(mum, "2026-08-03", " はじめての胎動\n"),
        };
        let other_words = NewRecord::Diary {
            data: diary(mum, "2026-08-03", "健診の帰りにカフェ"),
        };
        assert_eq!(
            ids(&hb.likely_duplicates(&same, None, Lang::En).unwrap()),
            vec![entry.id()]
        );
        assert!(
            hb.likely_duplicates(&other_words, None, Lang::En)
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn refusing_names_the_existing_record_in_both_languages() {
        let mut hb = handbook();
        let hana = child(&mut hb, "はな");
        let given = hb
            .add_vaccination(shot(hana, VaccineCode::Hib, 2, "2026-04-10"))
            .unwrap();
        let short = hb.short_id(RecordKind::Vaccination, given.id()).unwrap();
        let again = NewRecord::Vaccination {
            data: shot(hana, VaccineCode::Hib, 2, "2026-04-10"),
        };
        let err = hb.refuse_duplicates(&again, None).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::LikelyDuplicate);
        assert!(err.user_can_fix());
        let en = err.message(Lang::En);
        let ja = err.message(Lang::Ja);
        assert!(
            en.contains(&short) && en.contains("dose 2") && en.contains("--force"),
            "{en}"
        );
        assert!(
            ja.contains(&short) && ja.contains("2回目") && ja.contains("--force"),
            "{ja}"
        );
        assert!(hb.refuse_duplicates(&again, Some(given.id())).is_ok());
    }

    #[test]
    fn an_edit_is_asked_about_only_for_a_new_look_alike() {
        let mut hb = handbook();
        let hana = child(&mut hb, "はな");
        let first = hb.add_growth(growth(hana, "2026-03-01", 5.1)).unwrap();
        // Saved anyway: a second weighing the same day.
        let second = hb.add_growth(growth(hana, "2026-03-01", 5.3)).unwrap();
        let third = hb.add_growth(growth(hana, "2026-03-08", 5.5)).unwrap();
        let g = |data| NewRecord::Growth { data };
        // Correcting the weight of the second: the first was already there.
        let before = g(second.data.clone());
        let lighter = g(growth(hana, "2026-03-01", 5.2));
        assert!(
            hb.refuse_edit_duplicates(&before, &lighter, second.id())
                .is_ok()
        );
        // Moving it onto the day of the third: that one is new.
        let moved = g(growth(hana, "2026-03-08", 5.3));
        let found = hb
            .likely_duplicates_of_edit(&before, &moved, second.id(), Lang::En)
            .unwrap();
        assert_eq!(ids(&found), vec![third.id()]);
        let err = hb
            .refuse_edit_duplicates(&before, &moved, second.id())
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::LikelyDuplicate);
        // The plain check still names both same-day records of a new one.
        let new = g(growth(hana, "2026-03-01", 5.0));
        let all = hb.likely_duplicates(&new, None, Lang::En).unwrap();
        assert_eq!(ids(&all).len(), 2);
        assert!(ids(&all).contains(&first.id()));
    }

    #[test]
    fn short_ids_grow_until_they_are_unique() {
        let a = Uuid::parse_str("0196f1a2-3b4c-7d5e-8f60-0a23456789ab").unwrap();
        let b = Uuid::parse_str("0196f1a2-3b4d-7d5e-8f60-0b23456789ab").unwrap();
        let c = Uuid::parse_str("0196f1a2-3b4c-7d5e-8f60-000000000001").unwrap();
        let short = shortest_suffixes(&[a, b, c]);
        assert_eq!(short[&a], "a23456789ab");
        assert_eq!(short[&b], "b23456789ab");
        assert_eq!(short[&c], "00000001");
        // Records saved together share all but their last digits: the short ids
        // are still 8 digits.
        let mut hb = handbook();
        let hana = child(&mut hb, "はな");
        let batch: Vec<NewRecord> = (1..=20)
            .map(|day| NewRecord::Growth {
                data: growth(hana, &format!("2026-03-{day:02}"), 5.0),
            })
            .collect();
        let saved = hb.add_records(batch).unwrap();
        let short = hb.short_ids(RecordKind::Growth).unwrap();
        for id in &saved {
            assert!(id.simple().to_string().ends_with(&short[id]));
            assert_eq!(short[id].len(), SHORT_ID_MIN, "{short:?}");
        }
    }
}

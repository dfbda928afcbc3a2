//! Versions and merging: what makes two phones converge.
//!
//! Owner of `handbook_identity`, and of writing merged versions into the record
//! tables (their modules own everything else about them). `shares` and
//! `imported_bundles` belong to [`crate::share`].
//!
//! Every record row carries the version that made it (hlc, origin) and the local
//! change counter seq (migration 5 explains the three). A merge is per record, last
//! writer wins: an incoming version replaces the stored row exactly when its
//! (hlc, origin) is greater. That order is the same on every phone, so two phones that
//! have seen the same versions hold the same rows, whatever the order they saw them in;
//! a deletion is a version like any other (a tombstone), so it wins or loses the same
//! way. Hybrid logical clocks keep that order close to real time (a version written
//! after seeing another is always greater), while two phones whose clocks disagree
//! still agree on the order.
//!
//! A merge never cascades: deleting a child on one phone tombstones its measurements
//! there, and those tombstones arrive as changes of their own.
//!
//! Every live version merged passes the rules a parent's typing passes (the same
//! `Stored::validate`, so the same `model::validate` functions and the same checks
//! against the records it points to: no dose before the birth, no measurement
//! before it). Only "today" differs: a merge judges a version from the day it was
//! written (its `updated_at`, in Japan), as the phone that wrote it did, not from
//! this phone's today, so that a record valid when entered stays mergeable years
//! later (a child over 20, a backup merged long after it was made). That day is
//! capped at this phone's today plus [`MERGE_CLOCK_SLACK_DAYS`]: a phone whose clock
//! ran a few days ahead can still share (its records show, flagged, until their day
//! comes), while a date in 9999 or a birth in 2099 is refused whatever the sender's
//! clock claims. A tombstone is not judged (its data is never shown, and its subject
//! may be gone). One version that breaks a rule refuses the whole bundle, as one
//! that does not parse always has ([`MergeError::InvalidRecord`] names its kind, id
//! and the rule): a merge is all or nothing, so the two phones never silently hold
//! different records, and the family fixes the record on the phone that sent it.
//! The database's constraints hold at commit.

use std::collections::BTreeSet;

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Transaction, params_from_iter};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::records::{IdParam, Rules, Stored, parse_opt_col, stored_error};
use super::{Handbook, WriteCtx};
use crate::error::{HandbookError, Result, ValidationError};
use crate::model::{
    Child, Delivery, DentalRecord, DiaryEntry, GrowthMeasurement, InfantCheckupRecord,
    MotherProfile, Pregnancy, PrenatalCheckup, RecordKind, Subject, Vaccination,
};

/// One version of one record, as it travels between phones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordVersion {
    pub kind: RecordKind,
    pub id: Uuid,
    pub created_at: String,
    pub updated_at: String,
    pub rev: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<String>,
    pub hlc: i64,
    pub origin: String,
    /// The record's fields, as the model serializes them.
    pub data: serde_json::Value,
}

impl RecordVersion {
    fn version(&self) -> (i64, &str) {
        (self.hlc, &self.origin)
    }
}

/// What a share carries. Named `ShareScope` across the FFI, where the apps pick it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum), uniffi(name = "ShareScope"))]
pub enum Scope {
    /// Everything: what the two parents exchange, and what a backup merges.
    Family,
    /// One child's records (and the delivery and pregnancy its record points to).
    Child { id: Uuid },
    /// One pregnancy's records, and the mother's profile.
    Pregnancy { id: Uuid },
}

/// Written as the two fields the shares table and the CLI's JSON have always had:
/// `"scope": "child"` and `"scope_id"` (absent meaning the whole family).
impl serde::Serialize for Scope {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Parts {
            scope: &'static str,
            scope_id: Option<Uuid>,
        }
        Parts {
            scope: self.as_str(),
            scope_id: self.subject(),
        }
        .serialize(s)
    }
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Family => "family",
            Scope::Child { .. } => "child",
            Scope::Pregnancy { .. } => "pregnancy",
        }
    }

    pub fn subject(self) -> Option<Uuid> {
        match self {
            Scope::Family => None,
            Scope::Child { id } | Scope::Pregnancy { id } => Some(id),
        }
    }

    pub(crate) fn from_parts(scope: &str, id: Option<Uuid>) -> Option<Scope> {
        match (scope, id) {
            ("family", None) => Some(Scope::Family),
            ("child", Some(id)) => Some(Scope::Child { id }),
            ("pregnancy", Some(id)) => Some(Scope::Pregnancy { id }),
            _ => None,
        }
    }
}

/// Who this handbook is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "uniffi",
    derive(uniffi::Record),
    uniffi(name = "HandbookIdentity")
)]
pub struct Identity {
    /// Shared by the phones of one family (once the second parent has joined).
    pub family_id: String,
    /// This copy.
    pub replica_id: String,
    /// A grandparent's read-only view of another family.
    pub read_only: bool,
}

/// The outcome of merging a set of changes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MergeReport {
    /// Versions that were newer than what this handbook had, and replaced it.
    pub applied: u64,
    /// Versions this handbook already had, or had a newer one of.
    pub unchanged: u64,
}

/// The record kinds in the order a merge applies them: a record before those that
/// point to it ([`RecordKind::ALL`] keeps that order).
pub(crate) const KINDS: [RecordKind; 11] = RecordKind::ALL;

/// How many days past this phone's today a merged record's "today" may be: room for
/// another phone's clock running a little ahead, no room for a year typed wrong.
pub const MERGE_CLOCK_SLACK_DAYS: i64 = 7;

/// The largest clock reading accepted from another phone: 2100-01-01 in ms, shifted.
pub(crate) const MAX_HLC: i64 = 4_102_444_800_000 << 16;

/// The record tables, in [`KINDS`] order.
pub(crate) const RECORD_TABLES: [&str; 11] = [
    "mother_profile",
    "pregnancies",
    "prenatal_checkups",
    "deliveries",
    "children",
    "growth",
    "infant_checkups",
    "vaccinations",
    "dental",
    "diary",
    "pages",
];

/// Call `$f::<Type>($args)` for the record type of `$kind`.
macro_rules! by_kind {
    ($kind:expr, $f:ident ( $($arg:expr),* )) => {
        match $kind {
            RecordKind::MotherProfile => $f::<MotherProfile>($($arg),*),
            RecordKind::Pregnancy => $f::<Pregnancy>($($arg),*),
            RecordKind::PrenatalCheckup => $f::<PrenatalCheckup>($($arg),*),
            RecordKind::Delivery => $f::<Delivery>($($arg),*),
            RecordKind::Child => $f::<Child>($($arg),*),
            RecordKind::Growth => $f::<GrowthMeasurement>($($arg),*),
            RecordKind::InfantCheckup => $f::<InfantCheckupRecord>($($arg),*),
            RecordKind::Vaccination => $f::<Vaccination>($($arg),*),
            RecordKind::Dental => $f::<DentalRecord>($($arg),*),
            RecordKind::Diary => $f::<DiaryEntry>($($arg),*),
            RecordKind::Page => $f::<crate::model::PageEntry>($($arg),*),
        }
    };
}

/// Which rows of a kind a scope takes (`?2` is the scope's subject), and whether it
/// takes them whatever their seq: the records the scope's records point to, so that a
/// grandparent who missed a bundle still gets a consistent view.
fn scope_filter(kind: RecordKind, scope: Scope) -> Option<(&'static str, bool)> {
    use RecordKind as K;
    // A deleted diary entry has lost its subjects (and its words); its tombstone goes
    // to every scope, which tells the other phone no more than that an entry it may
    // have shown is gone.
    const DIARY_CHILD: &str =
        "deleted_at IS NOT NULL OR id IN (SELECT diary_id FROM diary_subjects WHERE child_id = ?2)";
    const DIARY_PREGNANCY: &str = "deleted_at IS NOT NULL OR id IN (SELECT diary_id FROM diary_subjects WHERE pregnancy_id = ?2)";
    match scope {
        Scope::Family => Some(("?2 IS NULL", false)),
        Scope::Child { .. } => match kind {
            K::MotherProfile | K::PrenatalCheckup => None,
            K::Pregnancy => Some((
                "id = (SELECT d.pregnancy_id FROM children c JOIN deliveries d ON d.id = c.delivery_id WHERE c.id = ?2)",
                true,
            )),
            K::Delivery => Some((
                "id = (SELECT delivery_id FROM children WHERE id = ?2)",
                true,
            )),
            K::Child => Some(("id = ?2", true)),
            K::Growth | K::InfantCheckup | K::Vaccination | K::Dental => {
                Some(("child_id = ?2", false))
            }
            K::Diary => Some((DIARY_CHILD, false)),
            // The child's own pages; the family's pages (the partner's) go to the
            // family's own phones only.
            K::Page => Some(("child_id = ?2", false)),
        },
        Scope::Pregnancy { .. } => match kind {
            K::MotherProfile => Some(("?2 IS NOT NULL", true)),
            K::Pregnancy => Some(("id = ?2", true)),
            K::PrenatalCheckup | K::Delivery | K::Vaccination | K::Dental => {
                Some(("pregnancy_id = ?2", false))
            }
            K::Child | K::Growth | K::InfantCheckup => None,
            K::Diary => Some((DIARY_PREGNANCY, false)),
            K::Page => Some(("pregnancy_id = ?2", false)),
        },
    }
}

fn export_kind<T: Stored + Serialize + 'static>(
    conn: &rusqlite::Connection,
    scope: Scope,
    since: i64,
    out: &mut Vec<RecordVersion>,
) -> Result<()> {
    let Some((filter, always)) = scope_filter(T::KIND, scope) else {
        return Ok(());
    };
    // Both parameters appear in every statement (SQLite counts them).
    let seq = if always { "?1 = ?1" } else { "seq > ?1" };
    let sql = format!(
        "SELECT id, created_at, updated_at, rev, deleted_at, hlc, origin, {} FROM {}
         WHERE {seq} AND ({filter}) ORDER BY hlc, origin, id",
        T::select_columns(),
        T::TABLE
    );
    let subject = scope.subject().map(|s| s.to_string());
    let mut stmt = conn
        .prepare(&sql)
        .map_err(HandbookError::sql("reading the handbook"))?;
    let rows = stmt
        .query_map((since, subject), |row| {
            let data = T::from_row(row, 7)?;
            Ok((
                super::records::uuid_col(row, 0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, u32>(3)?,
                parse_opt_col(row, 4, "timestamp", |s| Some(s.to_string()))?,
                row.get::<_, i64>(5)?,
                row.get::<_, String>(6)?,
                data,
            ))
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(stored_error(T::KIND))?;
    for (id, created_at, updated_at, rev, deleted_at, hlc, origin, data) in rows {
        out.push(RecordVersion {
            kind: T::KIND,
            id,
            created_at,
            updated_at,
            rev,
            deleted_at,
            hlc,
            origin,
            data: serde_json::to_value(&data).map_err(|e| HandbookError::BadStoredValue {
                what: T::KIND.label(crate::Lang::En),
                detail: e.to_string(),
            })?,
        });
    }
    Ok(())
}

/// Why a change could not be merged (a bundle from a broken or hostile app; the
/// encryption already guarantees it came from someone holding the family's key).
#[derive(Debug, thiserror::Error, PartialEq)]
#[error("{}", self.message(crate::Lang::En))]
pub enum MergeError {
    BadRecord {
        kind: &'static str,
        detail: String,
    },
    /// A record that parses but breaks a rule a parent's typing would be held to
    /// (dose 999, a weight of 1e308, a date before the birth or far in the future).
    InvalidRecord {
        kind: RecordKind,
        id: Uuid,
        error: ValidationError,
    },
    MissingParent,
}

impl MergeError {
    pub fn kind(&self) -> crate::problem::ErrorKind {
        use crate::problem::ErrorKind;
        match self {
            MergeError::BadRecord { .. } => ErrorKind::MergeBadRecord,
            MergeError::InvalidRecord { .. } => ErrorKind::MergeInvalidRecord,
            MergeError::MissingParent => ErrorKind::MergeMissingParent,
        }
    }

    /// What to tell the family, in `lang` (the English names the record for a
    /// report to the sender's app).
    pub fn message(&self, lang: crate::Lang) -> String {
        match self {
            MergeError::BadRecord { kind, detail } => crate::t!(
                lang,
                "store-merge-bad-record",
                kind = *kind,
                detail = detail
            ),
            MergeError::InvalidRecord { kind, id, error } => crate::t!(
                lang,
                "store-merge-invalid-record",
                kind = kind.label(lang),
                id = id.to_string(),
                error = error.message(lang),
            ),
            MergeError::MissingParent => crate::t!(lang, "store-merge-missing-parent"),
        }
    }
}

/// The day a merged version is judged from: the day it was written, in Japan, as
/// its phone judged it, but never later than this phone's today plus the slack.
fn merge_today(change: &RecordVersion, ctx: &WriteCtx) -> chrono::NaiveDate {
    let limit = ctx.today + chrono::Duration::days(MERGE_CLOCK_SLACK_DAYS);
    change
        .updated_at
        .parse::<chrono::DateTime<chrono::Utc>>()
        .map(|t| t.with_timezone(&crate::clock::jst()).date_naive())
        .map_or(limit, |written| written.min(limit))
}

/// The live rows a kind allows only one of: two made on two phones before they met
/// are resolved like two versions, the greater stays live and the other becomes a
/// tombstone dated by its own last change (so that every phone makes it the same).
fn live_slot(kind: RecordKind, data: &serde_json::Value) -> Option<(&'static str, Value)> {
    match kind {
        RecordKind::MotherProfile => Some(("1 = ?2", Value::Integer(1))),
        RecordKind::Delivery => data
            .get("pregnancy_id")
            .and_then(|v| v.as_str())
            .map(|p| ("pregnancy_id = ?2", Value::Text(p.to_string()))),
        _ => None,
    }
}

/// Merge one change; true when it replaced what was stored.
fn apply_kind<T: Stored + DeserializeOwned + 'static>(
    tx: &Transaction<'_>,
    ctx: &WriteCtx,
    change: &RecordVersion,
    released: &mut BTreeSet<String>,
) -> Result<bool> {
    let stored: Option<(i64, String)> = tx
        .prepare_cached(&format!(
            "SELECT hlc, origin FROM {} WHERE id = ?1",
            T::TABLE
        ))
        .and_then(|mut s| {
            s.query_row([IdParam(change.id)], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()
        })
        .map_err(HandbookError::sql("merging a share"))?;
    if let Some((hlc, origin)) = &stored
        && (*hlc, origin.as_str()) >= change.version()
    {
        return Ok(false);
    }
    let bad = |detail: String| MergeError::BadRecord {
        kind: T::KIND.label(crate::Lang::En),
        detail,
    };
    let data: T = serde_json::from_value(change.data.clone()).map_err(|e| bad(e.to_string()))?;
    for (what, text) in [
        ("created_at", Some(&change.created_at)),
        ("updated_at", Some(&change.updated_at)),
        ("deleted_at", change.deleted_at.as_ref()),
    ] {
        if let Some(text) = text
            && text.parse::<chrono::DateTime<chrono::Utc>>().is_err()
        {
            return Err(bad(format!("{what} {text:?} is not a timestamp")).into());
        }
    }
    if change.origin.is_empty() || change.origin.len() > 64 || change.rev == 0 {
        return Err(bad("missing version".into()).into());
    }
    // A reading from before 1970 or after 2100 is no clock's: taken in, it would
    // become this phone's clock too, and every later edit would carry it.
    if !(0..=MAX_HLC).contains(&change.hlc) {
        return Err(bad(format!("version {} out of range", change.hlc)).into());
    }
    if change.deleted_at.is_none() {
        let rules = Rules {
            today: merge_today(change, ctx),
            merged: true,
        };
        data.validate(tx, &rules).map_err(|e| match e {
            HandbookError::Invalid(error) => MergeError::InvalidRecord {
                kind: T::KIND,
                id: change.id,
                error,
            }
            .into(),
            other => other,
        })?;
    }

    let mut deleted_at = change.deleted_at.clone();
    if deleted_at.is_none()
        && let Some((cond, value)) = live_slot(T::KIND, &change.data)
    {
        let others: Vec<(String, i64, String)> = tx
            .prepare_cached(&format!(
                "SELECT id, hlc, origin FROM {} WHERE deleted_at IS NULL AND id <> ?1 AND {cond}",
                T::TABLE
            ))
            .and_then(|mut s| {
                s.query_map((IdParam(change.id), &value), |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?
                .collect()
            })
            .map_err(HandbookError::sql("merging a share"))?;
        for (other, hlc, origin) in others {
            if (hlc, origin.as_str()) > change.version() {
                deleted_at = Some(change.updated_at.clone());
            } else {
                tx.prepare_cached(&format!(
                    "UPDATE {} SET deleted_at = updated_at WHERE id = ?1",
                    T::TABLE
                ))
                .and_then(|mut s| s.execute([&other]))
                .map_err(HandbookError::sql("merging a share"))?;
            }
        }
    }

    let before = if T::KIND == RecordKind::Diary {
        super::diary::linked_photos(tx, change.id)?
    } else {
        Vec::new()
    };
    let mut columns = vec![
        "id",
        "created_at",
        "updated_at",
        "rev",
        "deleted_at",
        "hlc",
        "origin",
        "seq",
    ];
    columns.extend(T::COLUMNS);
    let placeholders: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
    let sets: Vec<String> = columns[1..]
        .iter()
        .map(|c| format!("{c} = excluded.{c}"))
        .collect();
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({}) ON CONFLICT (id) DO UPDATE SET {}",
        T::TABLE,
        columns.join(", "),
        placeholders.join(", "),
        sets.join(", ")
    );
    let mut values = vec![
        Value::Text(change.id.to_string()),
        Value::Text(change.created_at.clone()),
        Value::Text(change.updated_at.clone()),
        Value::Integer(i64::from(change.rev)),
        deleted_at.clone().map_or(Value::Null, Value::Text),
        Value::Integer(change.hlc),
        Value::Text(change.origin.clone()),
        Value::Integer(ctx.seq),
    ];
    values.extend(data.to_values());
    tx.prepare_cached(&sql)
        .and_then(|mut s| s.execute(params_from_iter(values)))
        .map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::ConstraintViolation) => bad(e.to_string()).into(),
            _ => HandbookError::sql("merging a share")(e),
        })?;
    data.after_merge(tx, change.id, deleted_at.is_some())?;
    if T::KIND == RecordKind::Diary {
        released.extend(crate::photos::release(tx, &before)?);
    }
    Ok(true)
}

impl Handbook {
    /// Who this handbook is.
    pub fn identity(&self) -> Result<Identity> {
        self.conn()
            .query_row(
                "SELECT family_id, replica_id, role FROM handbook_identity",
                [],
                |r| {
                    Ok(Identity {
                        family_id: r.get(0)?,
                        replica_id: r.get(1)?,
                        read_only: r.get::<_, String>(2)? == "view",
                    })
                },
            )
            .map_err(HandbookError::sql("reading the handbook"))
    }

    /// Whether the handbook holds any record (live or deleted): a phone with none
    /// may join another family; one with records must merge or replace.
    pub fn has_records(&self) -> Result<bool> {
        let mut any = false;
        for kind in KINDS {
            let table = by_kind!(kind, table_of());
            let found: bool = self
                .conn()
                .query_row(&format!("SELECT EXISTS (SELECT 1 FROM {table})"), [], |r| {
                    r.get(0)
                })
                .map_err(HandbookError::sql("reading the handbook"))?;
            any |= found;
        }
        Ok(any)
    }

    /// Become a copy of `family_id`: the second parent's phone joining, or a new file
    /// made as a grandparent's read-only view. Only a handbook without records may
    /// change family (records of two families must not mix silently).
    pub(crate) fn adopt_family(&mut self, family_id: &str, view: bool) -> Result<()> {
        let role = if view { "view" } else { "own" };
        self.write_any("joining the family", |tx, _| {
            tx.execute(
                "UPDATE handbook_identity SET family_id = ?1, role = ?2",
                (family_id, role),
            )
            .map_err(HandbookError::sql("joining the family"))?;
            Ok(())
        })?;
        self.read_only = view;
        Ok(())
    }

    /// The versions in `scope` that arrived here after change counter `since` (0: all),
    /// parents first, and the counter they reach.
    pub fn changes_since(&self, scope: Scope, since: i64) -> Result<(Vec<RecordVersion>, i64)> {
        let upto: i64 = self
            .conn()
            .query_row("SELECT seq FROM handbook_identity", [], |r| r.get(0))
            .map_err(HandbookError::sql("reading the handbook"))?;
        let mut out = Vec::new();
        for kind in KINDS {
            by_kind!(kind, export_kind(self.conn(), scope, since, &mut out))?;
        }
        Ok((out, upto))
    }

    /// Merge versions from another copy of the handbook, in one transaction: either
    /// all of them are merged or none.
    pub fn merge_changes(&mut self, changes: &[RecordVersion]) -> Result<MergeReport> {
        let mut released = BTreeSet::new();
        let report = self.write_any("merging a share", |tx, ctx| {
            merge_in(tx, ctx, changes, &mut released)
        })?;
        let released: Vec<String> = released.into_iter().collect();
        self.remove_released_photos(&released);
        Ok(report)
    }
}

/// Merge `changes` inside the caller's transaction (a share import also writes photo
/// rows and its log in the same one). Photos no entry shows any more are added to
/// `released`; the caller removes their files after the commit.
pub(crate) fn merge_in(
    tx: &Transaction<'_>,
    ctx: &WriteCtx,
    changes: &[RecordVersion],
    released: &mut BTreeSet<String>,
) -> Result<MergeReport> {
    let mut ordered: Vec<&RecordVersion> = changes.iter().collect();
    // Parents before the records that point to them; each record's versions in
    // version order (a bundle holds one version per record, but be strict).
    ordered.sort_by(|a, b| {
        let rank = |k: RecordKind| KINDS.iter().position(|x| *x == k);
        rank(a.kind)
            .cmp(&rank(b.kind))
            .then(a.hlc.cmp(&b.hlc))
            .then(a.origin.cmp(&b.origin))
    });
    tx.execute_batch("PRAGMA defer_foreign_keys = ON")
        .map_err(HandbookError::sql("merging a share"))?;
    let mut report = MergeReport::default();
    let mut max_hlc = ctx.hlc;
    for change in ordered {
        max_hlc = max_hlc.max(change.hlc);
        if by_kind!(change.kind, apply_kind(tx, ctx, change, released))? {
            report.applied += 1;
        } else {
            report.unchanged += 1;
        }
    }
    // Later local edits must be ordered after everything seen.
    tx.execute("UPDATE handbook_identity SET hlc = max(hlc, ?1)", [max_hlc])
        .map_err(HandbookError::sql("merging a share"))?;
    let violations: i64 = tx
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .map_err(HandbookError::sql("merging a share"))?;
    if violations > 0 {
        return Err(MergeError::MissingParent.into());
    }
    Ok(report)
}

fn table_of<T: Stored>() -> &'static str {
    T::TABLE
}

/// A record's side tables after a merge wrote its row.
pub(crate) fn diary_after_merge(
    entry: &DiaryEntry,
    tx: &Transaction<'_>,
    id: Uuid,
    deleted: bool,
) -> Result<()> {
    let context = "merging a share";
    for sql in [
        "DELETE FROM diary_subjects WHERE diary_id = ?1",
        "DELETE FROM diary_photos WHERE diary_id = ?1",
    ] {
        tx.prepare_cached(sql)
            .and_then(|mut s| s.execute([IdParam(id)]))
            .map_err(HandbookError::sql(context))?;
    }
    if deleted {
        return Ok(());
    }
    // A grandparent shown one twin does not have the other: an entry about both
    // lists only the subjects this handbook holds.
    let mut present = Vec::new();
    for subject in &entry.subjects {
        let (table, sid) = match subject {
            Subject::Child(c) => ("children", c),
            Subject::Pregnancy(p) => ("pregnancies", p),
        };
        let exists: bool = tx
            .prepare_cached(&format!(
                "SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"
            ))
            .and_then(|mut s| s.query_row([IdParam(*sid)], |r| r.get(0)))
            .map_err(HandbookError::sql(context))?;
        if exists {
            present.push(*subject);
        }
    }
    let visible = DiaryEntry {
        subjects: present,
        ..entry.clone()
    };
    visible.after_write(tx, id, true)
}

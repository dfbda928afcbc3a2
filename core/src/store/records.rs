//! Generic create / read / update / delete for every record table.
//!
//! Each record kind describes its table once (an implementation of [`Stored`]); the
//! SQL for the shared columns (id, timestamps, rev, tombstone) is written here once,
//! so that every kind gets the same guarantees: validation before writing, one
//! transaction per action, tombstones instead of deletes.

use std::any::TypeId;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::{ToSqlOutput, Value};
use rusqlite::{OptionalExtension, Row, ToSql, Transaction, params_from_iter};
use uuid::Uuid;

use super::{Handbook, WriteCtx};
use crate::error::{HandbookError, Result};
use crate::model::{Meta, Record, RecordKind};
use crate::store::MergeError;

/// A record kind and its table.
pub(crate) trait Stored: Sized + Clone {
    const KIND: RecordKind;
    const TABLE: &'static str;
    /// The data columns, in the order of [`Stored::to_values`] and [`Stored::from_row`].
    const COLUMNS: &'static [&'static str];

    fn to_values(&self) -> Vec<Value>;

    /// The data columns as selected; a kind with a side table appends an expression.
    fn select_columns() -> String {
        Self::COLUMNS.join(", ")
    }

    /// Read the data columns, which start at column `at` of the row.
    fn from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<Self>;

    /// Check the record against the rules and against the records it refers to: the
    /// same check for what a parent types in and for what a merge brings (see
    /// [`Rules`]).
    fn validate(&self, tx: &Transaction<'_>, rules: &Rules) -> Result<()>;

    /// Keep the kind's side tables in step after the row was written (`is_new`: it
    /// was inserted, so there is nothing old to replace).
    fn after_write(&self, _tx: &Transaction<'_>, _id: Uuid, _is_new: bool) -> Result<()> {
        Ok(())
    }

    /// Keep the kind's side tables in step after a merge wrote the row (`deleted`: the
    /// version written is a tombstone). Never cascades: see `sync`.
    fn after_merge(&self, _tx: &Transaction<'_>, _id: Uuid, _deleted: bool) -> Result<()> {
        Ok(())
    }

    /// Tombstone what depends on this record when it is deleted.
    fn on_delete(_tx: &Transaction<'_>, _id: Uuid, _ctx: &WriteCtx) -> Result<()> {
        Ok(())
    }
}

/// What a record is checked against before it is written.
///
/// Typed in, a record is judged from this phone's today, and what it points to must
/// be live. Merged from another copy, the same rules run with two differences that
/// make them judge the record as its own phone did: "today" is the day the version
/// was written (see `sync`), and what it points to may be a tombstone (a merge never
/// cascades: a measurement added while the other parent deleted the child is still
/// a version to keep) or be missing, which refuses the bundle as
/// [`MergeError::MissingParent`].
pub(crate) struct Rules {
    /// The day "not in the future" and "not too long ago" are judged from.
    pub today: NaiveDate,
    /// A version merged from another copy of the handbook.
    pub merged: bool,
}

impl Rules {
    /// The rules for what this phone writes now.
    pub(crate) fn typed(ctx: &WriteCtx) -> Rules {
        Rules {
            today: ctx.today,
            merged: false,
        }
    }

    /// The record `id` that a record being checked points to: live when typed in; in
    /// any state when merged.
    pub(crate) fn parent<T: Stored + 'static>(&self, tx: &Transaction<'_>, id: Uuid) -> Result<T> {
        if !self.merged {
            return Ok(get::<T>(tx, id)?.data);
        }
        let sql = format!("{} WHERE id = ?1", sql::<T>().select);
        tx.prepare_cached(&sql)
            .map_err(HandbookError::sql("reading the handbook"))?
            .query_row([IdParam(id)], record_from_row::<T>)
            .optional()
            .map_err(stored_error(T::KIND))?
            .map(|r| r.data)
            .ok_or(MergeError::MissingParent.into())
    }
}

const META_COLUMNS: &str = "id, created_at, updated_at, rev";

/// The SQL of one kind, built once from its columns: a batch import runs these
/// statements a hundred thousand times, and the statement cache is keyed by text.
struct KindSql {
    select: String,
    insert: String,
    update: String,
    delete: String,
}

fn sql<T: Stored + 'static>() -> &'static KindSql {
    static CACHE: OnceLock<Mutex<HashMap<TypeId, &'static KindSql>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    // A poisoned lock only means another thread panicked while inserting; the map
    // itself is always consistent, so keep using it.
    let mut map = cache.lock().unwrap_or_else(|e| e.into_inner());
    map.entry(TypeId::of::<T>()).or_insert_with(|| {
        let columns = T::COLUMNS.join(", ");
        let placeholders: Vec<String> = (1..=T::COLUMNS.len() + 6).map(|i| format!("?{i}")).collect();
        let sets: Vec<String> = T::COLUMNS
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ?{}", i + 6))
            .collect();
        Box::leak(Box::new(KindSql {
            select: format!("SELECT {META_COLUMNS}, {} FROM {}", T::select_columns(), T::TABLE),
            insert: format!(
                "INSERT INTO {} (id, created_at, updated_at, hlc, origin, seq, {columns}) VALUES ({})",
                T::TABLE,
                placeholders.join(", ")
            ),
            update: format!(
                "UPDATE {} SET updated_at = ?2, hlc = ?3, origin = ?4, seq = ?5, rev = rev + 1, {} WHERE id = ?1 AND deleted_at IS NULL",
                T::TABLE,
                sets.join(", ")
            ),
            delete: format!(
                "UPDATE {} SET deleted_at = ?2, updated_at = ?2, hlc = ?3, origin = ?4, seq = ?5, rev = rev + 1 WHERE id = ?1 AND deleted_at IS NULL",
                T::TABLE
            ),
        }))
    })
}

pub(crate) fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn meta_from_row(row: &Row<'_>) -> rusqlite::Result<Meta> {
    Ok(Meta {
        id: parse_col(row, 0, "record id", |s| Uuid::parse_str(s).ok())?,
        created_at: parse_col(row, 1, "timestamp", |s| s.parse().ok())?,
        updated_at: parse_col(row, 2, "timestamp", |s| s.parse().ok())?,
        rev: row.get(3)?,
    })
}

/// Read a text column and parse it, turning a bad value into a conversion error that
/// names what was expected (a file edited by hand must not crash the app).
pub(crate) fn parse_col<T>(
    row: &Row<'_>,
    idx: usize,
    what: &'static str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    parse(&text).ok_or_else(|| bad_value(idx, what, &text))
}

pub(crate) fn parse_opt_col<T>(
    row: &Row<'_>,
    idx: usize,
    what: &'static str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> rusqlite::Result<Option<T>> {
    let text: Option<String> = row.get(idx)?;
    match text {
        None => Ok(None),
        Some(text) => parse(&text)
            .map(Some)
            .ok_or_else(|| bad_value(idx, what, &text)),
    }
}

fn bad_value(idx: usize, what: &'static str, text: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        idx,
        rusqlite::types::Type::Text,
        format!("{text:?} is not a valid {what}").into(),
    )
}

pub(crate) fn date_col(row: &Row<'_>, idx: usize) -> rusqlite::Result<NaiveDate> {
    parse_col(row, idx, "date", |s| s.parse().ok())
}

pub(crate) fn opt_date_col(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<NaiveDate>> {
    parse_opt_col(row, idx, "date", |s| s.parse().ok())
}

pub(crate) fn uuid_col(row: &Row<'_>, idx: usize) -> rusqlite::Result<Uuid> {
    parse_col(row, idx, "record id", |s| Uuid::parse_str(s).ok())
}

pub(crate) fn opt_uuid_col(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<Uuid>> {
    parse_opt_col(row, idx, "record id", |s| Uuid::parse_str(s).ok())
}

/// Conversions of record fields into SQL values.
pub(crate) fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

pub(crate) fn opt_text(s: &Option<String>) -> Value {
    s.as_deref().map_or(Value::Null, text)
}

pub(crate) fn date(d: NaiveDate) -> Value {
    Value::Text(d.to_string())
}

pub(crate) fn opt_date(d: Option<NaiveDate>) -> Value {
    d.map_or(Value::Null, date)
}

pub(crate) fn id(u: Uuid) -> Value {
    Value::Text(u.to_string())
}

pub(crate) fn opt_id(u: Option<Uuid>) -> Value {
    u.map_or(Value::Null, id)
}

pub(crate) fn real(v: Option<f64>) -> Value {
    v.map_or(Value::Null, Value::Real)
}

pub(crate) fn int(v: Option<i64>) -> Value {
    v.map_or(Value::Null, Value::Integer)
}

/// Bind a UUID as text without allocating a `Value`.
pub(crate) struct IdParam(pub Uuid);

impl ToSql for IdParam {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Owned(Value::Text(self.0.to_string())))
    }
}

/// Read one record row laid out as `SELECT META_COLUMNS, T::COLUMNS`.
pub(crate) fn record_from_row<T: Stored>(row: &Row<'_>) -> rusqlite::Result<Record<T>> {
    Ok(Record {
        meta: meta_from_row(row)?,
        data: T::from_row(row, 4)?,
    })
}

pub(crate) fn stored_error(kind: RecordKind) -> impl FnOnce(rusqlite::Error) -> HandbookError {
    move |e| match e {
        rusqlite::Error::FromSqlConversionFailure(_, _, detail) => HandbookError::BadStoredValue {
            what: kind.label(crate::Lang::En),
            detail: detail.to_string(),
        },
        other => HandbookError::sql("reading the handbook")(other),
    }
}

/// Fetch a live (not deleted) record by id, inside or outside a transaction.
pub(crate) fn get<T: Stored + 'static>(conn: &rusqlite::Connection, id: Uuid) -> Result<Record<T>> {
    let sql = format!("{} WHERE id = ?1 AND deleted_at IS NULL", sql::<T>().select);
    let mut stmt = conn
        .prepare_cached(&sql)
        .map_err(HandbookError::sql("reading the handbook"))?;
    stmt.query_row([IdParam(id)], record_from_row::<T>)
        .optional()
        .map_err(stored_error(T::KIND))?
        .ok_or(HandbookError::NotFound { kind: T::KIND, id })
}

/// Live records matching `filter` (an SQL condition on the table, with `?1` bound to
/// `param`), in `order`.
pub(crate) fn list<T: Stored + 'static>(
    conn: &rusqlite::Connection,
    filter: &str,
    param: Option<Uuid>,
    order: &str,
) -> Result<Vec<Record<T>>> {
    let sql = format!(
        "{} WHERE deleted_at IS NULL AND ({filter}) ORDER BY {order}",
        sql::<T>().select
    );
    let mut stmt = conn
        .prepare_cached(&sql)
        .map_err(HandbookError::sql("reading the handbook"))?;
    let rows = match param {
        Some(p) => stmt.query_map([IdParam(p)], record_from_row::<T>),
        None => stmt.query_map([], record_from_row::<T>),
    };
    rows.and_then(|rows| rows.collect())
        .map_err(stored_error(T::KIND))
}

impl Handbook {
    /// Validate and insert a new record; returns it as stored.
    pub(crate) fn insert<T: Stored + 'static>(&mut self, data: T) -> Result<Record<T>> {
        self.write("saving a record", |tx, ctx| insert_in(tx, ctx, data))
    }

    /// Validate and replace the data of a live record.
    pub(crate) fn update<T: Stored + 'static>(&mut self, id: Uuid, data: T) -> Result<Record<T>> {
        self.write("saving a record", |tx, ctx| update_in(tx, ctx, id, data))
    }

    /// Delete a record, leaving a tombstone (and tombstoning what depends on it).
    pub(crate) fn delete<T: Stored + 'static>(&mut self, id: Uuid) -> Result<()> {
        self.write("deleting a record", |tx, ctx| delete_in::<T>(tx, id, ctx))
    }
}

pub(crate) fn insert_in<T: Stored + 'static>(
    tx: &Transaction<'_>,
    ctx: &WriteCtx,
    data: T,
) -> Result<Record<T>> {
    data.validate(tx, &Rules::typed(ctx))?;
    let id = Uuid::now_v7();
    let mut values = vec![
        self::id(id),
        Value::Text(ctx.now_text.clone()),
        Value::Text(ctx.now_text.clone()),
    ];
    values.extend(ctx.version_values());
    values.extend(data.to_values());
    tx.prepare_cached(&sql::<T>().insert)
        .and_then(|mut s| s.execute(params_from_iter(values)))
        .map_err(HandbookError::sql("saving a record"))?;
    data.after_write(tx, id, true)?;
    Ok(Record {
        meta: Meta {
            id,
            created_at: ctx.now,
            updated_at: ctx.now,
            rev: 1,
        },
        data,
    })
}

pub(crate) fn update_in<T: Stored + 'static>(
    tx: &Transaction<'_>,
    ctx: &WriteCtx,
    id: Uuid,
    data: T,
) -> Result<Record<T>> {
    let old: Record<T> = get(tx, id)?;
    data.validate(tx, &Rules::typed(ctx))?;
    let mut values = vec![self::id(id), Value::Text(ctx.now_text.clone())];
    values.extend(ctx.version_values());
    values.extend(data.to_values());
    tx.prepare_cached(&sql::<T>().update)
        .and_then(|mut s| s.execute(params_from_iter(values)))
        .map_err(HandbookError::sql("saving a record"))?;
    data.after_write(tx, id, false)?;
    Ok(Record {
        meta: Meta {
            id,
            created_at: old.meta.created_at,
            updated_at: ctx.now,
            rev: old.meta.rev + 1,
        },
        data,
    })
}

pub(crate) fn delete_in<T: Stored + 'static>(
    tx: &Transaction<'_>,
    id: Uuid,
    ctx: &WriteCtx,
) -> Result<()> {
    let changed = tx
        .prepare_cached(&sql::<T>().delete)
        .and_then(|mut s| s.execute((IdParam(id), &ctx.now_text, ctx.hlc, &*ctx.origin, ctx.seq)))
        .map_err(HandbookError::sql("deleting a record"))?;
    if changed == 0 {
        return Err(HandbookError::NotFound { kind: T::KIND, id });
    }
    T::on_delete(tx, id, ctx)
}

/// Tombstone every live row of `table` whose `column` is `id` (a dependent record).
pub(crate) fn tombstone_where(
    tx: &Transaction<'_>,
    table: &str,
    column: &str,
    id: Uuid,
    ctx: &WriteCtx,
) -> Result<()> {
    let sql = format!(
        "UPDATE {table} SET deleted_at = ?2, updated_at = ?2, hlc = ?3, origin = ?4, seq = ?5, rev = rev + 1 WHERE {column} = ?1 AND deleted_at IS NULL"
    );
    tx.prepare_cached(&sql)
        .and_then(|mut s| s.execute((IdParam(id), &ctx.now_text, ctx.hlc, &*ctx.origin, ctx.seq)))
        .map_err(HandbookError::sql("deleting a record"))?;
    Ok(())
}

//! The rescue backup: what can still be read from a damaged handbook, saved as an
//! ordinary backup.
//!
//! A page-for-page copy of a damaged file carries the damage (and SQLite stops at the
//! first bad page), which is why `create_backup` refuses a file that fails
//! `PRAGMA quick_check`. The rescue instead reads the damaged file table by table and
//! row by row, in primary-key order, into a fresh handbook in memory:
//!
//! - each table is read forwards until the first unreadable page, then backwards from
//!   its end down to the last row read, so one bad page costs only the rows on it
//!   (rows between two bad pages are lost too);
//! - every row goes through the fresh schema's constraints (a row that a damaged page
//!   turned into garbage is refused, not carried);
//! - rows whose parent was lost (a growth record of a child that could not be read)
//!   are dropped, so the rescued handbook is whole;
//! - photo rows are kept only when both of their files can be read.
//!
//! The result is written like any backup (restored with the ordinary restore) and the
//! report says, per table, how many rows were saved and how many were lost. Nothing
//! of it touches the disk unencrypted: the fresh handbook lives in memory.

use std::fs;
use std::io::Write;
use std::path::Path;

use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use super::backup::{BackupReport, Progress, Snapshot, remove_stale_staging, write_backup};
use crate::bundle::{BundleSecret, KdfParams};
use crate::error::{HandbookError, Result};
use crate::photos::{PHOTO_DIR, PhotoFile};
use crate::store::{APPLICATION_ID, Handbook};

/// What the rescue saved of one table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TableRescue {
    pub table: String,
    /// Rows copied into the rescue backup.
    pub saved: u64,
    /// Rows that could not be read or were unusable; `None` when part of the table
    /// could not be read and no count or estimate could be read either.
    pub lost: Option<u64>,
    /// Whether `lost` is an exact count. SQLite cannot say how many rows an
    /// unreadable page held, so a loss inside a damaged table is estimated from the
    /// other pages (see `unread_on_pages`).
    pub exact: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RescueReport {
    pub backup: BackupReport,
    /// Every table of the handbook, in the order of the schema.
    pub tables: Vec<TableRescue>,
    /// Photos whose row was saved but whose files could not be read (left out).
    pub photos_lost: u64,
}

impl RescueReport {
    /// Whether anything at all was lost (or could not be counted).
    pub fn complete(&self) -> bool {
        self.photos_lost == 0 && self.tables.iter().all(|t| t.lost == Some(0))
    }
}

const CONTEXT: &str = "rescuing a damaged handbook";

/// Save everything that can still be read from the handbook at `db_path` (and its
/// photos beside it) into a backup written to `out`, encrypted with `secret`.
///
/// The handbook is only read (query-only), never repaired in place: the family keeps
/// the damaged file until the rescue backup is restored over it.
pub fn create_rescue_backup(
    db_path: &Path,
    out: impl Write,
    secret: &BundleSecret,
    progress: &mut dyn FnMut(Progress),
) -> Result<RescueReport> {
    create_rescue_backup_with_kdf(db_path, out, secret, KdfParams::PHONE, progress)
}

/// [`create_rescue_backup`] with other Argon2id settings (tests).
pub fn create_rescue_backup_with_kdf(
    db_path: &Path,
    out: impl Write,
    secret: &BundleSecret,
    kdf: KdfParams,
    progress: &mut dyn FnMut(Progress),
) -> Result<RescueReport> {
    let dir = db_path.parent().unwrap_or(Path::new(".")).to_path_buf();
    remove_stale_staging(&dir)?;
    let source = open_damaged(db_path)?;
    let rescued = Handbook::open_in_memory()?;
    let tables = copy_tables(&source, rescued.conn())?;
    drop(source);

    let root = dir.join(PHOTO_DIR);
    let photos_lost = keep_readable_photos(rescued.conn(), &root)?;
    // The identity (family, replica) is the damaged handbook's when its row was
    // readable; a restore gives the copy a new replica id as for any backup.
    let ids = rescued.photo_ids()?;
    let snapshot = Snapshot::take(rescued.conn(), CONTEXT)?;
    let backup = write_backup(
        &rescued,
        &snapshot.bytes()?,
        Some(&root),
        &ids,
        out,
        secret,
        kdf,
        progress,
    )?;
    Ok(RescueReport {
        backup,
        tables,
        photos_lost,
    })
}

/// The damaged file, opened for reading only (nothing is created or repaired).
fn open_damaged(db_path: &Path) -> Result<Connection> {
    let damaged = |e: rusqlite::Error| HandbookError::Corrupt {
        path: db_path.to_path_buf(),
        detail: e.to_string(),
    };
    if !db_path.is_file() {
        return Err(HandbookError::Io {
            path: db_path.to_path_buf(),
            source: std::io::ErrorKind::NotFound.into(),
        });
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(db_path, flags).map_err(damaged)?;
    conn.execute_batch("PRAGMA query_only = ON;")
        .map_err(damaged)?;
    let app_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(damaged)?;
    if app_id != APPLICATION_ID {
        return Err(HandbookError::NotAHandbook {
            path: db_path.to_path_buf(),
        });
    }
    // The schema itself must be readable: without it no table can be found.
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(damaged)?;
    Ok(conn)
}

/// Copy every table of the fresh schema from `source`, row by row.
fn copy_tables(source: &Connection, target: &Connection) -> Result<Vec<TableRescue>> {
    target
        .execute_batch("PRAGMA foreign_keys = OFF; BEGIN;")
        .map_err(HandbookError::sql(CONTEXT))?;
    let tables: Vec<String> = target
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             ORDER BY rowid",
        )
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(HandbookError::sql(CONTEXT))?;
    let mut report = Vec::new();
    for table in &tables {
        report.push(copy_table(source, target, table)?);
    }
    drop_orphans(target, &mut report)?;
    target
        .execute_batch("COMMIT; PRAGMA foreign_keys = ON;")
        .map_err(HandbookError::sql(CONTEXT))?;
    Ok(report)
}

/// Column names of `table`, and its primary-key columns in key order.
fn columns(conn: &Connection, table: &str) -> rusqlite::Result<(Vec<String>, Vec<String>)> {
    let mut stmt = conn.prepare(&format!("PRAGMA table_info({})", quote(table)))?;
    let rows: Vec<(String, i64)> = stmt
        .query_map([], |r| Ok((r.get(1)?, r.get(5)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut key: Vec<(i64, String)> = rows
        .iter()
        .filter(|(_, pk)| *pk > 0)
        .map(|(name, pk)| (*pk, name.clone()))
        .collect();
    key.sort();
    Ok((
        rows.into_iter().map(|(name, _)| name).collect(),
        key.into_iter().map(|(_, name)| name).collect(),
    ))
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn copy_table(source: &Connection, target: &Connection, table: &str) -> Result<TableRescue> {
    let (target_cols, key) = columns(target, table).map_err(HandbookError::sql(CONTEXT))?;
    let mut rescue = TableRescue {
        table: table.to_string(),
        saved: 0,
        lost: Some(0),
        exact: true,
    };
    let Ok((source_cols, _)) = columns(source, table) else {
        rescue.lost = None;
        rescue.exact = false;
        return Ok(rescue);
    };
    // A table this file never had (an older schema) has nothing to lose.
    if source_cols.is_empty() {
        return Ok(rescue);
    }
    let cols: Vec<String> = target_cols
        .into_iter()
        .filter(|c| source_cols.contains(c))
        .collect();
    let key: Vec<String> = if key.is_empty() {
        vec!["rowid".into()]
    } else {
        key
    };
    let list = cols.iter().map(|c| quote(c)).collect::<Vec<_>>().join(", ");
    let key_list = key.iter().map(|c| quote(c)).collect::<Vec<_>>().join(", ");
    let placeholders = vec!["?"; cols.len()].join(", ");
    let mut insert = target
        .prepare(&format!(
            "INSERT OR REPLACE INTO {} ({list}) VALUES ({placeholders})",
            quote(table)
        ))
        .map_err(HandbookError::sql(CONTEXT))?;
    let select = |order: &str, after: Option<&[Value]>| {
        let filter = match after {
            Some(k) => format!(" WHERE ({key_list}) > ({})", vec!["?"; k.len()].join(", ")),
            None => String::new(),
        };
        let order = key
            .iter()
            .map(|c| format!("{} {order}", quote(c)))
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "SELECT {list}, {key_list} FROM {}{filter} ORDER BY {order}",
            quote(table)
        )
    };

    let mut read = 0u64;
    let mut refused = 0u64;

    let mut store = |row: &rusqlite::Row<'_>| -> rusqlite::Result<Vec<Value>> {
        let mut values = Vec::with_capacity(cols.len());
        for i in 0..cols.len() {
            values.push(row.get::<_, Value>(i)?);
        }
        let mut k = Vec::with_capacity(key.len());
        for i in 0..key.len() {
            k.push(row.get::<_, Value>(cols.len() + i)?);
        }
        read += 1;
        if insert.execute(rusqlite::params_from_iter(&values)).is_err() {
            refused += 1;
        }
        Ok(k)
    };

    // Forwards until the first unreadable page.
    let mut last: Option<Vec<Value>> = None;
    let mut damaged = false;
    match source.prepare(&select("ASC", None)) {
        Ok(mut stmt) => match stmt.query([]) {
            Ok(mut rows) => loop {
                match rows.next() {
                    Ok(Some(row)) => match store(row) {
                        Ok(k) => last = Some(k),
                        Err(_) => {
                            damaged = true;
                            break;
                        }
                    },
                    Ok(None) => break,
                    Err(_) => {
                        damaged = true;
                        break;
                    }
                }
            },
            Err(_) => damaged = true,
        },
        Err(_) => damaged = true,
    }
    // Then backwards from the end, down to the last row read forwards.
    if damaged {
        let sql = select("DESC", last.as_deref());
        if let Ok(mut stmt) = source.prepare(&sql) {
            let params = last.clone().unwrap_or_default();
            if let Ok(mut rows) = stmt.query(rusqlite::params_from_iter(&params)) {
                while let Ok(Some(row)) = rows.next() {
                    if store(row).is_err() {
                        break;
                    }
                }
            }
        }
    }
    rescue.saved = read - refused;
    if damaged {
        let counted = count_rows(source, table).map(|total| total.saturating_sub(read));
        rescue.exact = counted.is_some();
        rescue.lost = counted
            .or_else(|| unread_on_pages(source, table, read))
            .map(|unread| unread + refused);
    } else {
        rescue.lost = Some(refused);
    }
    Ok(rescue)
}

/// How many rows `table` has, read through whichever of its B-trees is still whole
/// (the table itself, or one of its full indexes).
fn count_rows(source: &Connection, table: &str) -> Option<u64> {
    let count = |sql: &str| {
        source
            .query_row(sql, [], |r| r.get::<_, i64>(0))
            .ok()
            .map(|n| n.max(0) as u64)
    };
    let indexes: Vec<(String, bool)> = source
        .prepare(&format!("PRAGMA index_list({})", quote(table)))
        .and_then(|mut s| {
            s.query_map([], |r| Ok((r.get(1)?, r.get::<_, i64>(4)? != 0)))?
                .collect()
        })
        .unwrap_or_default();
    indexes
        .iter()
        .filter(|(_, partial)| !partial)
        .find_map(|(index, _)| {
            count(&format!(
                "SELECT count(*) FROM {} INDEXED BY {}",
                quote(table),
                quote(index)
            ))
        })
        .or_else(|| count(&format!("SELECT count(*) FROM {}", quote(table))))
}

/// An estimate of the rows not read, from SQLite's page statistics (`dbstat`, which
/// lists an unreadable page as "corrupted" and carries on): the rows on the pages
/// still readable that the scans did not reach, plus, for each unreadable page, the
/// average number of rows of the readable leaf pages. SQLite cannot say how many
/// rows a page it cannot read held, so this is an estimate.
fn unread_on_pages(source: &Connection, table: &str, read: u64) -> Option<u64> {
    // In a WITHOUT ROWID table (an index B-tree) the interior pages hold rows too.
    let without_rowid: bool = source
        .query_row(
            "SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get(0),
        )
        .ok()?;
    let pages: Vec<(String, i64)> = source
        .prepare("SELECT pagetype, ncell FROM dbstat WHERE name = ?1")
        .and_then(|mut s| {
            s.query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect()
        })
        .ok()?;
    let (mut cells, mut leaves, mut leaf_cells, mut corrupted) = (0u64, 0u64, 0u64, 0u64);
    for (kind, n) in &pages {
        let n = (*n).max(0) as u64;
        match kind.as_str() {
            "leaf" => {
                cells += n;
                leaves += 1;
                leaf_cells += n;
            }
            "internal" if without_rowid => cells += n,
            "corrupted" => corrupted += 1,
            _ => {}
        }
    }
    let per_page = if leaves > 0 {
        (leaf_cells as f64 / leaves as f64).round() as u64
    } else {
        0
    };
    Some(cells.saturating_sub(read) + corrupted * per_page)
}

/// Remove rows whose parent row was lost (until none is left: a lost child takes its
/// growth records, a lost diary entry its photo links), counting them as lost.
fn drop_orphans(target: &Connection, report: &mut [TableRescue]) -> Result<()> {
    let mut links: Vec<(String, String, String, String)> = Vec::new();
    for t in report.iter() {
        let mut stmt = target
            .prepare(&format!("PRAGMA foreign_key_list({})", quote(&t.table)))
            .map_err(HandbookError::sql(CONTEXT))?;
        let rows: Vec<(String, String, Option<String>)> = stmt
            .query_map([], |r| Ok((r.get(2)?, r.get(3)?, r.get(4)?)))
            .and_then(|rows| rows.collect())
            .map_err(HandbookError::sql(CONTEXT))?;
        for (parent, from, to) in rows {
            links.push((
                t.table.clone(),
                parent,
                from,
                to.unwrap_or_else(|| "rowid".into()),
            ));
        }
    }
    loop {
        let mut removed_any = false;
        for (table, parent, from, to) in &links {
            let n = target
                .execute(
                    &format!(
                        "DELETE FROM {t} WHERE {f} IS NOT NULL AND {f} NOT IN (SELECT {to} FROM {p})",
                        t = quote(table),
                        f = quote(from),
                        to = quote(to),
                        p = quote(parent),
                    ),
                    [],
                )
                .map_err(HandbookError::sql(CONTEXT))? as u64;
            if n > 0 {
                removed_any = true;
                if let Some(t) = report.iter_mut().find(|t| &t.table == table) {
                    t.saved -= n.min(t.saved);
                    t.lost = t.lost.map(|l| l + n);
                }
            }
        }
        if !removed_any {
            break;
        }
    }
    Ok(())
}

/// Drop the photo rows whose files cannot both be read; the number dropped.
fn keep_readable_photos(target: &Connection, root: &Path) -> Result<u64> {
    let ids: Vec<String> = target
        .prepare("SELECT id FROM photos")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(HandbookError::sql(CONTEXT))?;
    let mut lost = 0;
    for id in ids {
        let readable = [PhotoFile::Display, PhotoFile::Thumbnail]
            .iter()
            .all(|which| {
                fs::File::open(root.join(crate::photos::relative_path(&id, *which))).is_ok()
            });
        if !readable {
            target
                .execute("DELETE FROM photos WHERE id = ?1", [&id])
                .map_err(HandbookError::sql(CONTEXT))?;
            lost += 1;
        }
    }
    Ok(lost)
}

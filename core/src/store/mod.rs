//! Offline storage: one SQLite file per handbook.
//!
//! Table owners (only the owner's module writes a table):
//! - `mother`: `mother_profile`, `pregnancies`, `prenatal_checkups`, `deliveries`
//! - `child`: `children`, `growth`, `infant_checkups`, `vaccinations`, `dental`
//! - `diary`: `diary`, `diary_subjects`, `diary_photos`
//! - `crate::photos`: `photos` (and the photo files)
//! - `feed`: `feed_source`, `feed_entries`, `feed_entry_state` (the city's feed)
//! - `sync`: `handbook_identity`, and the merged versions written into the record
//!   tables
//! - `crate::share`: `shares`, `imported_bundles`
//! - `feed` (`feed::city`): `city_config`, `feed_archive` (the chosen city, notices
//!   of cities left)
//! - `plans`: `settings` (the family's choices for this phone, such as the timing
//!   of vaccination reminders)
//!
//! `timeline` and `summary` only read. Every user action is one immediate
//! transaction: either everything it writes is there afterwards, or nothing is.

mod batch;
mod child;
mod diary;
pub mod duplicates;
mod feed;
mod lookup;
mod migrations;
mod mother;
mod pages;
mod plans;
pub mod private;
mod records;
mod summary;
mod sync;
mod timeline;

#[cfg(test)]
mod sync_tests;
#[cfg(test)]
mod tests;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};

use crate::clock::{Clock, SystemClock};
use crate::error::{HandbookError, Result};
use crate::photos::PhotoSettings;

pub use batch::{Batch, NewRecord};
pub(crate) use diary::attach_photo;
pub use feed::{
    ApplyReport, EntryKind, EntryRef, FeedEntryView, FeedSourceInfo, ForYouItem, SourceMeta,
};
pub use feed::{ArchivedCity, ArchivedNotice, CityRef, MoveReport};
pub use migrations::SCHEMA_VERSION;
pub(crate) use migrations::unexpected_schema;
pub use mother::PregnancyDeletion;
pub use plans::FamilyReminder;
pub use summary::{
    ChildSummary, HomeSummary, LatestMeasurements, Measured, NextCheckup, PregnancySummary,
    WeightGain,
};
pub use summary::{LOSS_WORRY_DAYS, Worry, WorryKind};
pub use sync::{Identity, MergeError, MergeReport, RecordVersion, Scope};
pub(crate) use sync::{RECORD_TABLES, merge_in};
pub use timeline::{TimelineItem, TimelinePage, TimelineRecord};

/// `PRAGMA application_id` of a handbook file ("HGKM"), so that opening some other
/// program's SQLite file is refused instead of being migrated into a handbook.
pub const APPLICATION_ID: i32 = 0x4847_4B4D;

/// An open handbook.
pub struct Handbook {
    conn: Connection,
    path: Option<PathBuf>,
    clock: Box<dyn Clock>,
    photos: PhotoSettings,
    /// This copy's replica id, stamped on every version it writes.
    replica: std::sync::Arc<str>,
    /// A read-only view of another family's handbook refuses the family's edits;
    /// only merged bundles change it.
    read_only: bool,
    /// The connection is SQLite read-only ([`Handbook::open_read_only`], or a file
    /// that cannot be written): every change is refused before it starts.
    file_read_only: bool,
}

impl std::fmt::Debug for Handbook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Handbook")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Handbook {
    /// Open (or create) the handbook stored at `path`, upgrading an older file.
    ///
    /// A file written by a newer version is refused before anything is written to it,
    /// so that an old app can never damage a newer handbook.
    ///
    /// A new handbook file (and so its `-wal`/`-shm` files, which SQLite creates with
    /// the main file's permissions) is 0600 and a new folder 0700; an existing
    /// handbook file that older versions left readable by others is restricted.
    ///
    /// Opening an up-to-date handbook writes nothing: the write lock is taken only when
    /// a migration is actually needed. So reading the handbook works on a full disk,
    /// while another process holds the write lock, and on a file that cannot be
    /// written (the connection then opens read-only, and every change is refused with
    /// [`HandbookError::ReadOnlyFile`]).
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            private::create_dir_all(dir).map_err(|source| HandbookError::Io {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        prepare_private_file(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let conn =
            Connection::open_with_flags(path, flags).map_err(|e| classify_open_error(path, e))?;
        Self::setup(conn, Some(path.to_path_buf()))
    }

    /// Open an existing handbook for reading only (SQLite's read-only mode): for the
    /// screens and commands that only show records. Nothing can be written through it;
    /// a change is refused with [`HandbookError::ReadOnlyFile`].
    ///
    /// A file from an older version is first upgraded with [`Handbook::open`] (the one
    /// case that must write), then opened read-only.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let open = || {
            Connection::open_with_flags(path, flags)
                .map_err(|e| classify_open_error(path, e))
                .and_then(|conn| Self::setup(conn, Some(path.to_path_buf())))
        };
        match open() {
            Err(HandbookError::ReadOnlyFile { upgrade: true, .. }) => {
                Self::open(path)?.close()?;
                open()
            }
            Err(e) if shared_memory_unusable(&e) && wal_is_empty(path) => {
                Self::open_immutable(path).map_err(|_| e)
            }
            other => other,
        }
    }

    /// The last resort of [`Handbook::open_read_only`]: reading a WAL file needs its
    /// `-shm` index, which SQLite must create or grow, and it cannot on a full disk or
    /// in a read-only folder. When the `-wal` is absent or empty every record is in the
    /// main file, so SQLite may read it as an unchanging file (`immutable=1`: no locks,
    /// no index). A writer elsewhere would first have to write a `-wal`, and one that
    /// does so meanwhile can at worst make this read fail as damaged, never change the
    /// file.
    fn open_immutable(path: &Path) -> Result<Self> {
        let uri = format!("file:{}?immutable=1", uri_path(path));
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let conn =
            Connection::open_with_flags(&uri, flags).map_err(|e| classify_open_error(path, e))?;
        Self::setup(conn, Some(path.to_path_buf()))
    }

    /// A handbook that lives in memory only, for tests and previews.
    pub fn open_in_memory() -> Result<Self> {
        let conn = Connection::open_in_memory()
            .map_err(HandbookError::sql("opening a memory handbook"))?;
        Self::setup(conn, None)
    }

    fn setup(mut conn: Connection, path: Option<PathBuf>) -> Result<Self> {
        let where_ = path.clone().unwrap_or_else(|| PathBuf::from(":memory:"));
        // Before the first read: a reader may briefly meet another process's checkpoint.
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(HandbookError::sql("configuring the handbook"))?;
        // Read-only checks first: identity and version, before any write.
        let app_id: i32 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .map_err(|e| classify_open_error(&where_, e))?;
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| classify_open_error(&where_, e))?;
        let has_tables: bool = conn
            .query_row("SELECT count(*) > 0 FROM sqlite_schema", [], |r| r.get(0))
            .map_err(|e| classify_open_error(&where_, e))?;
        if app_id != APPLICATION_ID && (app_id != 0 || has_tables) {
            return Err(HandbookError::NotAHandbook { path: where_ });
        }
        if version > SCHEMA_VERSION {
            return Err(HandbookError::SchemaTooNew {
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        // SQLite opens a file it cannot write read-only even when asked for read-write.
        let file_read_only = conn
            .is_readonly(rusqlite::MAIN_DB)
            .map_err(HandbookError::sql("opening the handbook"))?;
        configure(&conn, file_read_only)?;
        // Only an out-of-date file takes the write lock (migrate reads the version
        // again under it, for a second process upgrading at the same moment).
        if version != SCHEMA_VERSION {
            if file_read_only {
                return Err(HandbookError::ReadOnlyFile {
                    path: where_,
                    upgrade: true,
                });
            }
            migrations::migrate(&mut conn, SCHEMA_VERSION)?;
        }
        // What a killed backup or restore left (decrypted photos and database in the
        // staging folder) must not outlive it: removed here, at the next open, unless a
        // restore is running right now (it holds the staging lock). A file opened for
        // reading only leaves it for the next writable open.
        // Best effort here: a folder that cannot be listed must not keep the family from
        // their records; the next backup or restore retries and reports the failure.
        if let (Some(path), false) = (path.as_deref(), file_read_only) {
            let dir = path.parent().unwrap_or(Path::new("."));
            let _ = crate::share::remove_stale_staging(dir);
        }
        let photos = path
            .as_deref()
            .map(PhotoSettings::beside)
            .unwrap_or_default();
        let (replica, role): (String, String) = conn
            .query_row("SELECT replica_id, role FROM handbook_identity", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .map_err(HandbookError::sql("opening the handbook"))?;
        Ok(Handbook {
            conn,
            path,
            clock: Box::new(SystemClock),
            photos,
            replica: replica.into(),
            read_only: role == "view",
            file_read_only,
        })
    }

    /// Replace the clock (tests pin "today"; the CLI's `--today` does too).
    pub fn with_clock(mut self, clock: impl Clock + 'static) -> Self {
        self.clock = Box::new(clock);
        self
    }

    /// Today in Japan, the date every "not in the future" rule is checked against.
    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Checkpoint the write-ahead log into the main file and close. Call before the
    /// app is suspended (iOS kills apps that hold file locks in the background) and
    /// before copying the file.
    pub fn close(self) -> Result<()> {
        self.conn
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .map_err(HandbookError::sql("closing the handbook"))?;
        self.conn
            .close()
            .map_err(|(_, e)| HandbookError::sql("closing the handbook")(e))
    }

    /// `PRAGMA integrity_check`: "ok" for a healthy file, else SQLite's findings.
    pub fn integrity_check(&self) -> Result<String> {
        let mut stmt = self
            .conn
            .prepare("PRAGMA integrity_check")
            .map_err(HandbookError::sql("checking the file"))?;
        let lines: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(HandbookError::sql("checking the file"))?;
        Ok(lines.join("\n"))
    }

    /// The schema version of the open file (after migration, [`SCHEMA_VERSION`]).
    pub fn schema_version(&self) -> Result<i64> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(HandbookError::sql("reading the version"))
    }

    /// Run one user action in one immediate transaction.
    ///
    /// Immediate (not deferred) so that a second writer waits at the start instead of
    /// failing halfway with SQLITE_BUSY when its read lock must be upgraded.
    pub(crate) fn write<T>(
        &mut self,
        context: &'static str,
        f: impl FnOnce(&rusqlite::Transaction<'_>, &WriteCtx) -> Result<T>,
    ) -> Result<T> {
        if self.read_only {
            return Err(HandbookError::ReadOnlyView);
        }
        self.write_any(context, f)
    }

    /// [`Handbook::write`] without the read-only check: merging a bundle into a
    /// grandparent's view is the one way a view changes.
    pub(crate) fn write_any<T>(
        &mut self,
        context: &'static str,
        f: impl FnOnce(&rusqlite::Transaction<'_>, &WriteCtx) -> Result<T>,
    ) -> Result<T> {
        if self.file_read_only {
            return Err(HandbookError::ReadOnlyFile {
                path: self.path.clone().unwrap_or_default(),
                upgrade: false,
            });
        }
        let now = self.clock.now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(HandbookError::sql(context))?;
        // The clock is read and advanced inside the write lock, so two writers (the
        // app and a background sync) never issue the same reading.
        let (last_hlc, last_seq): (i64, i64) = tx
            .prepare_cached("SELECT hlc, seq FROM handbook_identity")
            .and_then(|mut s| s.query_row([], |r| Ok((r.get(0)?, r.get(1)?))))
            .map_err(HandbookError::sql(context))?;
        let hlc = (now.timestamp_millis() << 16).max(last_hlc.saturating_add(1));
        let seq = last_seq.saturating_add(1);
        tx.prepare_cached("UPDATE handbook_identity SET hlc = ?1, seq = ?2")
            .and_then(|mut s| s.execute((hlc, seq)))
            .map_err(HandbookError::sql(context))?;
        let ctx = WriteCtx {
            now,
            now_text: records::timestamp(now),
            today: self.clock.today(),
            hlc,
            origin: self.replica.clone(),
            seq,
        };
        let value = f(&tx, &ctx)?;
        tx.commit().map_err(HandbookError::sql(context))?;
        Ok(value)
    }

    /// Whether this is a read-only view of another family's handbook.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Now, as timestamps are stored.
    pub(crate) fn now_text(&self) -> String {
        records::timestamp(self.clock.now())
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn photo_settings(&self) -> &PhotoSettings {
        &self.photos
    }

    pub(crate) fn photo_settings_mut(&mut self) -> &mut PhotoSettings {
        &mut self.photos
    }
}

/// What a write needs to know about "now", read once per action so that every row it
/// writes carries the same timestamp.
pub(crate) struct WriteCtx {
    pub now: DateTime<Utc>,
    /// `now` as stored (RFC 3339, UTC, milliseconds), formatted once per action.
    pub now_text: String,
    pub today: NaiveDate,
    /// The version every row written by this action carries (see migration 5).
    pub hlc: i64,
    pub origin: std::sync::Arc<str>,
    pub seq: i64,
}

impl WriteCtx {
    /// hlc, origin, seq as SQL values, in that order.
    pub(crate) fn version_values(&self) -> [rusqlite::types::Value; 3] {
        use rusqlite::types::Value;
        [
            Value::Integer(self.hlc),
            Value::Text(self.origin.to_string()),
            Value::Integer(self.seq),
        ]
    }
}

/// Before SQLite opens `path`: create a missing handbook file 0600 (SQLite would
/// create it 0644; it creates the `-wal`, `-shm` and `-journal` files with the main
/// file's permissions), and restrict an existing one, and its journal files, that an
/// older version left readable by others. Restricting is best effort: on a read-only
/// folder or someone else's file it cannot, and must not stop the family reading.
/// A `file:` URI is left to SQLite.
fn prepare_private_file(path: &Path) -> Result<()> {
    if path.to_str().is_some_and(|p| p.starts_with("file:")) {
        return Ok(());
    }
    if std::fs::symlink_metadata(path).is_err() {
        match private::create_new(path) {
            Ok(_) => return Ok(()),
            // Created by another process between the two looks.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(source) => {
                return Err(HandbookError::Io {
                    path: path.to_path_buf(),
                    source,
                });
            }
        }
    }
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = private::restrict(Path::new(&name));
    }
    Ok(())
}

/// Connection settings, in one place. None of them writes to the file once it is in
/// WAL mode, so configuring works on a full disk and on a read-only file.
fn configure(conn: &Connection, read_only: bool) -> Result<()> {
    // WAL: readers never block the writer, and a crash leaves the main file intact.
    // synchronous = FULL: in WAL mode NORMAL may lose the last commits on power loss.
    // A parent who saw "saved" after logging a vaccination must find it after the
    // battery dies; the cost (one extra fsync per user action, ~ms) is invisible at
    // the rate people type.
    // temp_store = MEMORY: Android's temp directory may not be writable by SQLite.
    // journal_size_limit: keep the WAL from staying large after a big import.
    // Switching to WAL writes the file header: only a new (or foreign-made) file that
    // is not in WAL yet is switched, never one that already is.
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .map_err(HandbookError::sql("configuring the handbook"))?;
    if !read_only && !mode.eq_ignore_ascii_case("wal") {
        conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))
            .map_err(HandbookError::sql("configuring the handbook"))?;
    }
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA journal_size_limit = 4194304;
         PRAGMA cache_size = -32768;",
    )
    .map_err(HandbookError::sql("configuring the handbook"))?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

/// SQLite could not create, open or grow the `-shm` index beside a WAL file (no space,
/// a read-only folder): "unable to open" or a disk I/O error at the first read.
fn shared_memory_unusable(e: &HandbookError) -> bool {
    let source = match e {
        HandbookError::Storage { source, .. } => source,
        _ => return false,
    };
    matches!(
        source.sqlite_error_code(),
        Some(rusqlite::ErrorCode::CannotOpen)
            | Some(rusqlite::ErrorCode::SystemIoFailure)
            | Some(rusqlite::ErrorCode::ReadOnly)
    )
}

/// Whether the write-ahead log beside `path` holds nothing (absent or zero bytes).
fn wal_is_empty(path: &Path) -> bool {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(Path::new(&wal)).map_or(true, |m| m.len() == 0)
}

/// `path` for a `file:` URI: every byte but unreserved ones and `/` percent-encoded,
/// so that `?`, `#` and `%` in a folder name stay part of the path.
fn uri_path(path: &Path) -> String {
    #[cfg(unix)]
    let bytes = std::os::unix::ffi::OsStrExt::as_bytes(path.as_os_str()).to_vec();
    #[cfg(not(unix))]
    let bytes = format!("/{}", path.to_string_lossy().replace('\\', "/")).into_bytes();
    let mut out = String::with_capacity(bytes.len());
    for b in bytes {
        if b.is_ascii_alphanumeric() || b"/-._~:".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn classify_open_error(path: &Path, e: rusqlite::Error) -> HandbookError {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) | Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
            HandbookError::Corrupt {
                path: path.to_path_buf(),
                detail: e.to_string(),
            }
        }
        _ => HandbookError::sql("opening the handbook")(e),
    }
}

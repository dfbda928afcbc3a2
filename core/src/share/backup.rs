//! Backup and restore: the whole handbook, database and photos, in one encrypted
//! file.
//!
//! Streamed both ways: the database is copied once into a consistent snapshot in
//! memory (`VACUUM INTO` an in-memory database, which also drops free pages and with
//! them the remnants of deleted records), then the snapshot and every photo file go
//! through the bundle one 64 KiB buffer at a time, so memory grows with the database
//! (records only, a few MB for years of use) but not with the photos (measured:
//! `scripts/bench-backup.sh`). No unencrypted copy of the database is ever written
//! to disk: a backup killed at any moment leaves nothing behind but the partial,
//! encrypted output.
//!
//! A restore must write the decrypted database and photos somewhere before it can
//! check them: into one well-known private staging folder ([`STAGING_DIR`], 0700,
//! files 0600) inside the data folder, removed when the restore ends and, if the
//! process was killed, by [`remove_stale_staging`] at the start of the next backup or
//! restore and at the next open of the handbook.
//!
//! The restored database is accepted only with the exact schema this version (or a
//! known older one) writes: a crafted backup cannot bring a trigger, a view or a
//! table of its own.
//!
//! A damaged handbook cannot be backed up page for page (the backup would carry the
//! damage, and SQLite refuses to copy it); [`create_rescue_backup`] copies, table by
//! table and row by row, everything that can still be read into a fresh handbook in
//! memory and writes that as an ordinary backup.
//!
//! A restore never touches the current handbook before the whole backup has been
//! read, every entry's checksum and the encryption verified, and the restored
//! database opened and checked (`PRAGMA integrity_check`). On a phone that already
//! has records, the family chooses: replace them, or merge the backup into them
//! (the same merge as the two parents' shares).

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use uuid::Uuid;

use super::archive::{
    ArchiveReader, ArchiveWriter, EntryHeader, FILE, MANIFEST, create_private_dir_all,
    create_private_file,
};
use super::family::{entry_name, read_manifest};
use super::{Manifest, ShareError, throttled, to_json};
use crate::bundle::{BundleKind, BundleReader, BundleSecret, BundleWriter, KdfParams};
use crate::error::{HandbookError, Result};
use crate::photos::{PHOTO_DIR, PhotoFile};
use crate::store::{Handbook, MergeReport, Scope};

/// Bytes done out of bytes to do, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub done_bytes: u64,
    pub total_bytes: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BackupReport {
    pub bundle_id: Uuid,
    /// Record rows (tombstones included: they are part of the history to share).
    pub records: u64,
    pub photos: u64,
    /// The bytes of the database snapshot and the photo files.
    pub payload_bytes: u64,
}

/// What a backup holds, read from its manifest (after the key was checked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BackupInfo {
    pub created_at: String,
    pub app_version: String,
    pub family_id: String,
    pub records: u64,
    pub photos: u64,
    pub payload_bytes: u64,
    pub children: Vec<String>,
}

/// What to do with the records already on the phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum RestoreMode {
    /// The handbook becomes the backup's, exactly.
    Replace,
    /// The backup's records are merged into the current ones (newer version wins).
    Merge,
}

/// What restoring a backup onto a handbook needs from the family first: the app asks
/// this before it starts, and shows the question only when there is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum RestoreQuestion {
    /// The handbook has no records: the backup simply becomes it.
    None,
    /// The handbook has records: replace them with the backup's, or merge the two.
    ReplaceOrMerge,
}

impl Handbook {
    /// The question to ask before restoring a backup onto this handbook (see
    /// [`restore_backup`]: with no mode, a handbook with records is refused).
    pub fn restore_question(&self) -> Result<RestoreQuestion> {
        Ok(if self.has_records()? {
            RestoreQuestion::ReplaceOrMerge
        } else {
            RestoreQuestion::None
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RestoreReport {
    pub mode: RestoreMode,
    pub records: u64,
    pub photos: u64,
    /// For a merge: how many versions changed the current handbook.
    pub merged: Option<MergeReport>,
}

const DB_ENTRY: &str = "handbook.hagukumi";

/// The one folder, inside the data folder, where a restore stages what it decrypted.
pub const STAGING_DIR: &str = ".hagukumi-staging";

/// Remove every leftover a killed backup or restore may have left in `data_dir`: the
/// staging folder, and the plaintext database copies (`.backup-<id>.hagukumi…`) and
/// restore folders (`.restore-<id>`) of versions before the staging folder existed.
///
/// Called at the start of every backup and restore, and meant to be called when the
/// handbook is opened. Backups and restores of one data folder are not run two at a
/// time (the app runs them one after the other), so nothing in use is removed.
pub fn remove_stale_staging(data_dir: &Path) -> Result<()> {
    let entries = match fs::read_dir(data_dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io_err(data_dir)(e)),
    };
    for entry in entries {
        let entry = entry.map_err(io_err(data_dir))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let stale = (name == STAGING_DIR && !staging_in_use(&entry.path()))
            || (name.starts_with(".backup-") && name.contains(".hagukumi"))
            || name.starts_with(".restore-");
        if !stale {
            continue;
        }
        let path = entry.path();
        // Not following a symlink: only what it is, not what it points to, goes.
        let is_dir = entry.file_type().map_err(io_err(&path))?.is_dir();
        let removed = if is_dir {
            fs::remove_dir_all(&path)
        } else {
            fs::remove_file(&path)
        };
        match removed {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_err(&path)(e)),
        }
    }
    Ok(())
}

/// The lock file inside [`STAGING_DIR`]: a restore holds an exclusive lock on it for
/// as long as it runs. The kernel drops the lock when the process ends, even by
/// SIGKILL, so "locked" means "a restore is running now" and "unlocked" means "what
/// is here is a killed restore's leftover". That lets the handbook's open remove
/// leftovers without ever removing a restore in progress in another process (or in
/// this one: a merge restore opens the current handbook while its staging exists).
const STAGING_LOCK: &str = "lock";

/// A restore's private staging folder and the lock that marks it in use.
pub(super) struct Staging {
    pub(super) path: PathBuf,
    _lock: File,
}

/// A new private folder for one restore, inside the staging folder, held until the
/// returned [`Staging`] is dropped.
pub(super) fn new_staging(data_dir: &Path) -> Result<Staging> {
    let root = data_dir.join(STAGING_DIR);
    create_private_dir_all(&root).map_err(io_err(&root))?;
    let lock_path = root.join(STAGING_LOCK);
    let lock = crate::store::private::open_options()
        .write(true)
        .create(true)
        .truncate(false)
        .open(&lock_path)
        .map_err(io_err(&lock_path))?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(fs::TryLockError::WouldBlock) => {
            return Err(HandbookError::Busy {
                context: "starting a restore while another one is running",
            });
        }
        Err(fs::TryLockError::Error(e)) => return Err(io_err(&lock_path)(e)),
    }
    let path = root.join(format!("restore-{}", Uuid::now_v7().simple()));
    create_private_dir_all(&path).map_err(io_err(&path))?;
    Ok(Staging { path, _lock: lock })
}

/// Whether a restore (in any process) is using the staging folder `root` right now.
fn staging_in_use(root: &Path) -> bool {
    let Ok(lock) = File::open(root.join(STAGING_LOCK)) else {
        return false;
    };
    match lock.try_lock() {
        Ok(()) => false,
        Err(fs::TryLockError::WouldBlock) => true,
        // Cannot tell (no locking on this file system): leave it for a later run
        // rather than risk removing a restore in progress.
        Err(fs::TryLockError::Error(_)) => true,
    }
}

/// Copy one entry to a new private file (0600) and make it durable.
fn copy_to_private_file<R: Read>(
    archive: &mut ArchiveReader<R>,
    entry: &EntryHeader,
    path: &Path,
    progress: &mut dyn FnMut(u64),
) -> Result<()> {
    if let Some(dir) = path.parent() {
        create_private_dir_all(dir).map_err(io_err(dir))?;
    }
    let mut file = create_private_file(path).map_err(io_err(path))?;
    archive.copy_to(entry, &mut file, progress)?;
    file.sync_all().map_err(io_err(path))
}

/// The database behind `conn` as one consistent, compacted image in memory.
///
/// `VACUUM INTO` a private in-memory database (SQLite's `memdb`, named uniquely so
/// two backups never share it), then read its bytes without copying them
/// (`sqlite3_serialize` with `NOCOPY`). Memory: one copy of the compacted database.
/// A plaintext snapshot file, as before, outlived a killed backup.
pub(super) struct Snapshot {
    conn: Connection,
}

impl Snapshot {
    pub(super) fn take(conn: &Connection, context: &'static str) -> Result<Snapshot> {
        let uri = format!(
            "file:/hagukumi-snapshot-{}?vfs=memdb",
            Uuid::now_v7().simple()
        );
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        // Opened first: the memdb lives while a connection to it is open.
        let snapshot =
            Connection::open_with_flags(&uri, flags).map_err(HandbookError::sql(context))?;
        conn.execute("VACUUM INTO ?1", [&uri])
            .map_err(HandbookError::sql(context))?;
        Ok(Snapshot { conn: snapshot })
    }

    pub(super) fn bytes(&self) -> Result<rusqlite::serialize::Data<'_>> {
        self.conn
            .serialize(rusqlite::MAIN_DB)
            .map_err(HandbookError::sql("copying the handbook for a backup"))
    }
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> HandbookError {
    let path = path.to_path_buf();
    move |source| super::archive::write_error(&path.display().to_string(), source)
}

fn out_error(e: std::io::Error) -> HandbookError {
    match crate::bundle::BundleError::from(e) {
        crate::bundle::BundleError::Io(io) => super::archive::write_error("the backup", io),
        other => HandbookError::Bundle(other),
    }
}

/// Removes a temporary file or folder when dropped.
struct Cleanup(PathBuf);

impl Drop for Cleanup {
    fn drop(&mut self) {
        if self.0.is_dir() {
            let _ = fs::remove_dir_all(&self.0);
        } else {
            let _ = fs::remove_file(&self.0);
        }
    }
}

impl Handbook {
    /// Write the whole handbook to `out`, encrypted with `secret` (a passphrase the
    /// family keeps, or a share key), reporting progress.
    pub fn create_backup(
        &mut self,
        out: impl Write,
        secret: &BundleSecret,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<BackupReport> {
        self.create_backup_with_kdf(out, secret, KdfParams::PHONE, progress)
    }

    /// [`Handbook::create_backup`] with other Argon2id settings (tests, benchmarks).
    pub fn create_backup_with_kdf(
        &mut self,
        out: impl Write,
        secret: &BundleSecret,
        kdf: KdfParams,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<BackupReport> {
        let path = self.path().ok_or(ShareError::InMemory)?.to_path_buf();
        let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        remove_stale_staging(&dir)?;
        // A damaged page would be copied as it is (or stop the copy halfway): check
        // first, and point the family to the rescue backup.
        let check = self.quick_check()?;
        if check != "ok" {
            return Err(HandbookError::Damaged {
                context: "checking the handbook before a backup",
                detail: check,
            });
        }
        let snapshot = Snapshot::take(self.conn(), "copying the handbook for a backup")?;
        let root = self.photo_dir().map(Path::to_path_buf);
        let ids = self.photo_ids()?;
        write_backup(
            self,
            &snapshot.bytes()?,
            root.as_deref(),
            &ids,
            out,
            secret,
            kdf,
            progress,
        )
    }

    /// `PRAGMA quick_check`: "ok", or SQLite's findings about damaged pages.
    fn quick_check(&self) -> Result<String> {
        let context = "checking the handbook before a backup";
        let mut stmt = self
            .conn()
            .prepare("PRAGMA quick_check")
            .map_err(HandbookError::sql(context))?;
        let lines: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(HandbookError::sql(context))?;
        Ok(lines.join("\n"))
    }

    /// Record rows of every kind, tombstones included.
    fn record_rows(&self) -> Result<u64> {
        let mut n = 0u64;
        for table in crate::store::RECORD_TABLES {
            let count: i64 = self
                .conn()
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .map_err(HandbookError::sql("reading the handbook"))?;
            n += count as u64;
        }
        Ok(n)
    }
}

/// Write a backup of `hb`: its database image `db`, and the files of the photos `ids`
/// found under `root`.
#[allow(clippy::too_many_arguments)]
pub(super) fn write_backup(
    hb: &Handbook,
    db: &[u8],
    root: Option<&Path>,
    ids: &[String],
    out: impl Write,
    secret: &BundleSecret,
    kdf: KdfParams,
    progress: &mut dyn FnMut(Progress),
) -> Result<BackupReport> {
    let db_size = db.len() as u64;
    let mut files: Vec<(PathBuf, u64)> = Vec::new();
    if let Some(root) = root {
        for id in ids {
            for which in [PhotoFile::Display, PhotoFile::Thumbnail] {
                let rel = crate::photos::relative_path(id, which);
                // A file already missing here is reported by check_photos; the
                // backup carries what there is.
                if let Ok(meta) = fs::metadata(root.join(&rel)) {
                    files.push((rel, meta.len()));
                }
            }
        }
    }
    let records = hb.record_rows()?;
    let total = db_size + files.iter().map(|(_, n)| n).sum::<u64>();
    let manifest = Manifest {
        subjects: hb.children()?.into_iter().map(|c| c.data.name).collect(),
        records,
        photos: ids.len() as u64,
        payload_bytes: total,
        ..Manifest::new(hb, "backup")?
    };
    let bundle_id = manifest.bundle_id;
    let writer = BundleWriter::with_kdf(out, BundleKind::Backup, secret, kdf)?;
    let mut archive = ArchiveWriter::new(writer);
    archive
        .bytes(MANIFEST, "manifest.json", &to_json(&manifest, "manifest")?)
        .map_err(out_error)?;
    progress(Progress {
        done_bytes: 0,
        total_bytes: total,
    });
    let mut report = throttled(total, progress);
    archive
        .file(DB_ENTRY, db_size, &mut &db[..], &mut report)
        .map_err(out_error)?;
    if let Some(root) = root {
        for (rel, size) in &files {
            let path = root.join(rel);
            let mut file = File::open(&path).map_err(io_err(&path))?;
            archive
                .file(&entry_name(rel), *size, &mut file, &mut report)
                .map_err(out_error)?;
        }
    }
    let writer = archive.finish().map_err(out_error)?;
    writer.finish()?;
    Ok(BackupReport {
        bundle_id,
        records,
        photos: ids.len() as u64,
        payload_bytes: total,
    })
}

/// Check the key and read what a backup holds, without restoring anything.
pub fn inspect_backup(input: impl Read, secret: &BundleSecret) -> Result<BackupInfo> {
    let reader = BundleReader::open(input, secret)?.expect_kind(BundleKind::Backup)?;
    let (manifest, _) = read_manifest(reader, "backup")?;
    Ok(info(&manifest))
}

fn info(m: &Manifest) -> BackupInfo {
    BackupInfo {
        created_at: m.created_at.clone(),
        app_version: m.app_version.clone(),
        family_id: m.family_id.clone(),
        records: m.records,
        photos: m.photos,
        payload_bytes: m.payload_bytes,
        children: m.subjects.clone(),
    }
}

/// Restore a backup into the handbook at `db_path` (its photos beside it).
///
/// The handbook must not be open elsewhere in the process for [`RestoreMode::Replace`]
/// (its file is swapped). With `mode` `None`, a handbook that has records is refused
/// with [`ShareError::ChoiceNeeded`] before anything is read beyond the manifest, so
/// the app can ask; an empty or missing handbook is simply replaced.
pub fn restore_backup(
    db_path: &Path,
    input: impl Read,
    secret: &BundleSecret,
    mode: Option<RestoreMode>,
    progress: &mut dyn FnMut(Progress),
) -> Result<RestoreReport> {
    let reader = BundleReader::open(input, secret)?.expect_kind(BundleKind::Backup)?;
    let (manifest, mut archive) = read_manifest(reader, "backup")?;

    let has_records = if db_path.exists() {
        Handbook::open(db_path)?.has_records()?
    } else {
        false
    };
    let mode = match mode {
        Some(m) => m,
        None if has_records => return Err(ShareError::ChoiceNeeded.into()),
        None => RestoreMode::Replace,
    };

    let dir = db_path.parent().unwrap_or(Path::new(".")).to_path_buf();
    fs::create_dir_all(&dir).map_err(io_err(&dir))?;
    remove_stale_staging(&dir)?;
    // Dropped in reverse order: the folder is removed while the lock is still held.
    let staging = new_staging(&dir)?;
    let _cleanup = Cleanup(dir.join(STAGING_DIR));
    let staged_db = staging.path.join(DB_ENTRY);
    let staged_photos = staging.path.join(PHOTO_DIR);

    // 1. Everything into the staging folder, verified.
    let mut report = throttled(manifest.payload_bytes, progress);
    let mut have_db = false;
    let mut photo_files = BTreeSet::new();
    while let Some(entry) = archive.next()? {
        if entry.tag != FILE {
            return Err(super::family::bad_content(format!(
                "an unexpected entry {:?}",
                entry.name
            )));
        }
        if entry.name == DB_ENTRY && !have_db {
            copy_to_private_file(&mut archive, &entry, &staged_db, &mut report)?;
            have_db = true;
        } else if let Some(rel) = photo_rel(&entry.name) {
            if !photo_files.insert(rel.clone()) {
                return Err(super::family::bad_content("a photo file twice"));
            }
            copy_to_private_file(&mut archive, &entry, &staged_photos.join(&rel), &mut report)?;
        } else {
            return Err(super::family::bad_content(format!(
                "an unexpected file {:?}",
                entry.name
            )));
        }
    }
    if !have_db {
        return Err(super::family::bad_content("no database in the backup"));
    }

    // 2. The restored database must hold exactly a schema this app writes, before
    //    anything runs on it; then open (migrating an older one) and pass its check.
    check_restored_schema(&staged_db)?;
    let staged = Handbook::open(&staged_db).map_err(restored_damage)?;
    let check = staged.integrity_check().map_err(restored_damage)?;
    if check != "ok" {
        return Err(ShareError::RestoredCheckFailed { detail: check }.into());
    }
    let records = manifest.records;
    let photos = staged.photo_ids()?.len() as u64;

    match mode {
        RestoreMode::Replace => {
            // This copy is a new replica: the phone the backup came from may still be
            // in use, and two phones must never stamp versions with the same origin.
            let mut staged = staged;
            staged.new_replica()?;
            staged.close()?;
            replace(db_path, &staged_db, &staged_photos)?;
            Ok(RestoreReport {
                mode,
                records,
                photos,
                merged: None,
            })
        }
        RestoreMode::Merge => {
            let mut current = Handbook::open(db_path)?;
            let (changes, _) = staged.changes_since(Scope::Family, 0)?;
            let rows = staged.photo_rows(&staged.photo_ids()?)?;
            drop(staged);
            let merged = current.merge_backup(&changes, &rows, &staged_photos)?;
            current.close()?;
            Ok(RestoreReport {
                mode,
                records,
                photos,
                merged: Some(merged),
            })
        }
    }
}

/// A damaged database found inside a backup is the backup's fault, not the
/// handbook's: say so (the current handbook is untouched).
fn restored_damage(e: HandbookError) -> HandbookError {
    match e {
        HandbookError::Damaged { detail, .. } | HandbookError::Corrupt { detail, .. } => {
            ShareError::RestoredCheckFailed { detail }.into()
        }
        other => other,
    }
}

/// Refuse a restored database whose schema is not exactly the one this version (or
/// the older version it says it is) writes. Read with a connection that trusts
/// nothing in the file: no schema functions, defensive mode, read only.
fn check_restored_schema(staged_db: &Path) -> Result<()> {
    let context = "checking a restored handbook";
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(staged_db, flags)
        .map_err(HandbookError::sql(context))
        .map_err(restored_damage)?;
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)
        .and_then(|_| conn.execute_batch("PRAGMA trusted_schema = OFF;"))
        .map_err(HandbookError::sql(context))?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(HandbookError::sql(context))
        .map_err(restored_damage)?;
    if version > crate::store::SCHEMA_VERSION {
        return Err(ShareError::MadeByNewerApp {
            found: version,
            supported: crate::store::SCHEMA_VERSION,
        }
        .into());
    }
    let unexpected = crate::store::unexpected_schema(&conn, version).map_err(restored_damage)?;
    if !unexpected.is_empty() {
        return Err(ShareError::UnexpectedSchema {
            found: unexpected.join(", "),
        }
        .into());
    }
    Ok(())
}

/// `photos/ab/<id>.jpg` or `.thumb.jpg` → its path relative to the photo folder;
/// anything else (a path escaping the folder included) → `None`.
fn photo_rel(name: &str) -> Option<PathBuf> {
    let rest = name.strip_prefix("photos/")?;
    let (shard, file) = rest.split_once('/')?;
    match crate::photos::classify_name(file) {
        Some((id, which)) if id.get(..2) == Some(shard) => {
            Some(crate::photos::relative_path(&id, which))
        }
        _ => None,
    }
}

/// Put the staged handbook in place of the current one, so that a process killed at
/// any moment leaves one whole handbook, the old or the restored:
///
/// 1. the restored photos are moved into the photo folder (added: a photo's files are
///    named by its content, so nothing the old handbook uses is overwritten);
/// 2. the restored database is renamed over the current file, one atomic step;
/// 3. the photo files the restored handbook does not know (the old handbook's) are
///    removed by the photo check's repair.
///
/// Killed before 2, the old handbook is intact with extra, unreferenced photo files;
/// after 2, the restored one is, perhaps with the old photos still there. Either way
/// `check_photos` reports and repair removes the leftovers.
fn replace(db_path: &Path, staged_db: &Path, staged_photos: &Path) -> Result<()> {
    let dir = db_path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let photos = dir.join(PHOTO_DIR);
    if staged_photos.exists() {
        let rels = relative_files(staged_photos)?;
        crate::photos::move_into_place(staged_photos, &photos, &rels)?;
    }
    // The current file's write-ahead log, if any, belongs to the file being replaced:
    // fold it in and let SQLite remove it, so that it can never be replayed into the
    // restored database.
    if db_path.exists() {
        Handbook::open(db_path)?.close()?;
    }
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", db_path.display()));
        if side.exists() {
            fs::remove_file(&side).map_err(io_err(&side))?;
        }
    }
    fs::rename(staged_db, db_path).map_err(io_err(db_path))?;
    crate::photos::sync_folder(&dir).map_err(io_err(&dir))?;
    let mut restored = Handbook::open(db_path)?;
    if restored.photo_dir().is_some_and(Path::exists) {
        restored.check_photos(true).map_err(|e| match e {
            HandbookError::Photo(other) => HandbookError::Io {
                path: photos.clone(),
                source: std::io::Error::other(other.to_string()),
            },
            other => other,
        })?;
    }
    restored.close()
}

/// Every file under `root`, relative to it.
fn relative_files(root: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).map_err(io_err(&dir))? {
            let path = entry.map_err(io_err(&dir))?.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(rel) = path.strip_prefix(root) {
                out.push(rel.to_path_buf());
            }
        }
    }
    out.sort();
    Ok(out)
}

impl Handbook {
    /// Give this copy a new replica id (a restored backup on a new phone).
    fn new_replica(&mut self) -> Result<()> {
        let id = Uuid::now_v7().simple().to_string();
        self.write_any("restoring a backup", |tx, _| {
            tx.execute("UPDATE handbook_identity SET replica_id = ?1", [&id])
                .map_err(HandbookError::sql("restoring a backup"))?;
            Ok(())
        })
    }

    /// Merge a restored backup's records and photos into this handbook.
    fn merge_backup(
        &mut self,
        changes: &[crate::store::RecordVersion],
        rows: &[crate::photos::PhotoRow],
        staged_photos: &Path,
    ) -> Result<MergeReport> {
        if let Some(root) = self.photo_dir().map(Path::to_path_buf) {
            let rels: Vec<PathBuf> = rows
                .iter()
                .flat_map(|r| r.files().map(|(rel, _)| rel))
                .collect();
            crate::photos::move_into_place(staged_photos, &root, &rels)?;
        }
        let mut released = BTreeSet::new();
        let report = self.write("restoring a backup", |tx, ctx| {
            crate::photos::insert_rows(tx, rows)?;
            crate::store::merge_in(tx, ctx, changes, &mut released)
        })?;
        let released: Vec<String> = released.into_iter().collect();
        self.remove_released_photos(&released);
        Ok(report)
    }
}

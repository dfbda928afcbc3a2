//! Family sharing and backups across the FFI.
//!
//! Files, not byte arrays: a bundle may hold hundreds of megabytes of photos, and the
//! core streams it. The shells hand over paths (Android copies a content URI to a
//! cache file first, as for photos; iOS reads from the app's container or a security-
//! scoped URL) and get reports back. Writes go to a temporary file beside the
//! destination and are renamed into place once complete, so a half-written bundle never
//! sits under the real name.
//!
//! Restoring a backup swaps the handbook's file: [`Handbook::restore_backup`] closes
//! its connection, restores, and reopens, so the shells keep one object.

use std::fs::File;
use std::io::{BufReader, BufWriter};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use hagukumi_core::bundle::{self as core_bundle, BundleKind, SecretKind};
use hagukumi_core::share as core_share;

use hagukumi_core::foreign::RecordId;
pub use hagukumi_core::share::{RestoreMode, RestoreQuestion, ShareRole};

use crate::error::{HandbookError, Result, closed, guard};
use crate::handbook::Change;
use crate::handbook::Handbook;

pub use hagukumi_core::share::{
    BackupInfo, BackupReport, RescueReport, RestoreReport, ShareExport, ShareImport, ShareInfo,
    TableRescue, ViewInfo as FamilyView,
};
pub use hagukumi_core::store::Identity as HandbookIdentity;
pub use hagukumi_core::store::{MergeReport, Scope as ShareScope};

/// A share bundle's manifest, read after the key was checked: what the import screen
/// shows before the family confirms.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct IncomingShareInfo {
    pub family_id: String,
    pub role: ShareRole,
    /// Whom the records are about (children's names, or the mother's for a pregnancy).
    pub subjects: Vec<String>,
    pub records: u64,
    pub photos: u64,
    pub created_at: String,
    pub full: bool,
}

/// What unlocks a bundle, as the family typed or scanned it (the core's `SecretText`,
/// named `BundleSecret` on the other side).
pub use hagukumi_core::bundle::SecretText as BundleSecret;

fn to_core(secret: &BundleSecret) -> Result<core_bundle::BundleSecret> {
    Ok(secret
        .to_secret()
        .map_err(hagukumi_core::HandbookError::from)?)
}

/// What a bundle file says about itself before it is unlocked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct BundleFileInfo {
    pub is_backup: bool,
    /// Unlocked by a passphrase (ask for it) rather than a share key (scan it).
    pub needs_passphrase: bool,
}

/// Told how far a backup or restore is, in bytes (about every MiB). Called on the
/// working thread.
#[uniffi::export(with_foreign)]
pub trait BackupProgress: Send + Sync {
    fn on_progress(&self, done_bytes: u64, total_bytes: u64);
}

fn progress_fn(progress: Option<Arc<dyn BackupProgress>>) -> impl FnMut(core_share::Progress) {
    move |p| {
        if let Some(cb) = &progress {
            cb.on_progress(p.done_bytes, p.total_bytes);
        }
    }
}

fn open_file(path: &str) -> Result<BufReader<File>> {
    File::open(path)
        .map(BufReader::new)
        .map_err(|source| hagukumi_core::HandbookError::Io {
            path: PathBuf::from(path),
            source,
        })
        .map_err(HandbookError::from)
}

/// Write `path` through a temporary file beside it, renamed into place when complete.
fn write_file<T>(
    path: &str,
    write: impl FnOnce(&mut BufWriter<File>) -> hagukumi_core::Result<T>,
) -> Result<T> {
    let path = Path::new(path);
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |source| HandbookError::from(hagukumi_core::HandbookError::Io { path: p, source })
    };
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.partial"));
    let file = core_share::create_private_file(&tmp).map_err(io(&tmp))?;
    let mut out = BufWriter::new(file);
    let result = write(&mut out)
        .map_err(HandbookError::from)
        .and_then(|value| {
            let file = out.into_inner().map_err(|e| io(&tmp)(e.into_error()))?;
            file.sync_all().map_err(io(&tmp))?;
            std::fs::rename(&tmp, path).map_err(io(path))?;
            Ok(value)
        });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[uniffi::export]
impl Handbook {
    /// Who this handbook is (family, this copy, read-only view or not).
    pub fn identity(&self) -> Result<HandbookIdentity> {
        self.with(|hb| Ok(hb.identity()?))
    }

    /// Create a share and its key.
    pub fn create_share(
        &self,
        name: String,
        role: ShareRole,
        scope: ShareScope,
    ) -> Result<ShareInfo> {
        self.with(|hb| Ok(hb.create_share(&name, role, scope)?))
    }

    /// The family's shares, oldest first.
    pub fn shares(&self) -> Result<Vec<ShareInfo>> {
        self.with(|hb| Ok(hb.shares()?))
    }

    pub fn remove_share(&self, id: RecordId) -> Result<()> {
        self.with(|hb| Ok(hb.remove_share(id)?))
    }

    /// Write the share's next bundle to `path`: what changed since its last export, or
    /// everything (`full`, and always the first time).
    pub fn export_share(&self, id: RecordId, full: bool, path: String) -> Result<ShareExport> {
        self.with(|hb| write_file(&path, |out| hb.export_share(id, full, out)))
    }

    /// Import a co-parent's bundle into this handbook (a handbook without records
    /// joins the family). A viewer bundle is refused here (`Share` kind
    /// "viewer_share"): use [`import_share_to_views`].
    pub fn import_share(&self, path: String, key: String) -> Result<ShareImport> {
        self.write(Change::Merged, |hb| {
            let secret = to_core(&BundleSecret::ShareKey { key })?;
            let incoming = core_share::open_share(open_file(&path)?, &secret)?;
            Ok(incoming.import_into(hb)?)
        })
    }

    /// Back up the whole handbook to `path`, encrypted with `secret`.
    pub fn create_backup(
        &self,
        path: String,
        secret: BundleSecret,
        progress: Option<Arc<dyn BackupProgress>>,
    ) -> Result<BackupReport> {
        self.with(|hb| {
            let secret = to_core(&secret)?;
            let mut report = progress_fn(progress);
            write_file(&path, |out| hb.create_backup(out, &secret, &mut report))
        })
    }

    /// What to ask the family before restoring a backup onto this handbook: nothing
    /// (it has no records), or replace-or-merge. Ask it, then call
    /// [`Handbook::restore_backup`] with the answer.
    pub fn restore_question(&self) -> Result<RestoreQuestion> {
        self.with(|hb| Ok(hb.restore_question()?))
    }

    /// Restore a backup into this handbook's file. With `mode` `None` a handbook that
    /// has records is refused (kind `ChoiceNeeded`; ask [`Handbook::restore_question`]
    /// first). The handbook is closed for the restore and reopened after it
    /// (also when the restore fails, unchanged).
    pub fn restore_backup(
        &self,
        backup_path: String,
        secret: BundleSecret,
        mode: Option<RestoreMode>,
        progress: Option<Arc<dyn BackupProgress>>,
    ) -> Result<RestoreReport> {
        let report = guard(|| {
            let secret = to_core(&secret)?;
            let mut inner = self.lock();
            let hb = inner.take().ok_or_else(closed)?;
            let Some(db) = hb.path().map(Path::to_path_buf) else {
                *inner = Some(hb);
                return Err(
                    hagukumi_core::HandbookError::from(core_share::ShareError::InMemory).into(),
                );
            };
            hb.close()?;
            let result = open_file(&backup_path).and_then(|input| {
                let mut report = progress_fn(progress);
                Ok(core_share::restore_backup(
                    &db,
                    input,
                    &secret,
                    mode,
                    &mut report,
                )?)
            });
            let reopened = hagukumi_core::Handbook::open(&db)?;
            *inner = Some(Handbook::pinned(reopened, self.pinned_today));
            result
        })?;
        self.changed(Change::Merged);
        Ok(report)
    }
}

/// The handbook at `handbook_path` is damaged (an error of kind `Damaged`): save
/// everything that can still be read, table by table and row by row, into a backup
/// at `out_path` encrypted with `secret`, and report what was saved and lost. Restore
/// it with `restore_backup` (replace). Works on the file directly, so it also works
/// when the handbook cannot be opened; nothing is written beside the handbook.
#[uniffi::export]
pub fn create_rescue_backup(
    handbook_path: String,
    out_path: String,
    secret: BundleSecret,
    progress: Option<Arc<dyn BackupProgress>>,
) -> Result<RescueReport> {
    guard(|| {
        let secret = to_core(&secret)?;
        let mut report = progress_fn(progress);
        write_file(&out_path, |out| {
            core_share::create_rescue_backup(Path::new(&handbook_path), out, &secret, &mut report)
        })
    })
}

/// Read a bundle file's header: share or backup, key or passphrase.
#[uniffi::export]
pub fn bundle_file_info(path: String) -> Result<BundleFileInfo> {
    guard(|| {
        let mut input = open_file(&path)?;
        let header =
            core_bundle::read_header(&mut input).map_err(hagukumi_core::HandbookError::from)?;
        Ok(BundleFileInfo {
            is_backup: header.kind == BundleKind::Backup,
            needs_passphrase: header.secret == SecretKind::Passphrase,
        })
    })
}

/// Check a share bundle's key and read its manifest, without importing.
#[uniffi::export]
pub fn peek_share(path: String, key: String) -> Result<IncomingShareInfo> {
    guard(|| {
        let secret = to_core(&BundleSecret::ShareKey { key })?;
        let incoming = core_share::open_share(open_file(&path)?, &secret)?;
        let m = incoming.manifest();
        Ok(IncomingShareInfo {
            family_id: m.family_id.clone(),
            role: incoming.role(),
            subjects: m.subjects.clone(),
            records: m.records,
            photos: m.photos,
            created_at: m.created_at.clone(),
            full: m.full,
        })
    })
}

/// Import a viewer bundle into its family's read-only view under `views_dir`
/// (created the first time); the report's `view_path` is the view's handbook file.
#[uniffi::export]
pub fn import_share_to_views(views_dir: String, path: String, key: String) -> Result<ShareImport> {
    guard(|| {
        let secret = to_core(&BundleSecret::ShareKey { key })?;
        let incoming = core_share::open_share(open_file(&path)?, &secret)?;
        Ok(core_share::import_to_view(Path::new(&views_dir), incoming)?)
    })
}

/// The family views kept under `views_dir`.
#[uniffi::export]
pub fn family_views(views_dir: String) -> Result<Vec<FamilyView>> {
    guard(|| Ok(core_share::views(Path::new(&views_dir))?))
}

/// Check a backup's secret and read what it holds, without restoring.
#[uniffi::export]
pub fn inspect_backup(path: String, secret: BundleSecret) -> Result<BackupInfo> {
    guard(|| {
        Ok(core_share::inspect_backup(
            open_file(&path)?,
            &to_core(&secret)?,
        )?)
    })
}

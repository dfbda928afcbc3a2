//! Sharing with family, and backups: what goes inside an encrypted bundle.
//!
//! - [`family`]: shares (共有先) with the other parent (co-parent: everything, merged
//!   both ways) or grandparents (viewer: one child or pregnancy, into a read-only
//!   view), each exporting "what is new since the last time".
//! - [`backup`]: the whole handbook (database and photos) to one file, and back.
//! - `archive`: the entries inside a bundle (manifest, records, files).
//!
//! The encryption is [`crate::bundle`]'s; this module decides what is in it and how
//! it is applied. Nothing is ever applied before the whole bundle has been read and
//! verified: files go to a staging folder first, and records are merged in one
//! transaction after the last byte checked out. The layout is documented in
//! docs/bundle-format.md.
//!
//! Table owner: `shares` and `imported_bundles` (created by migration 5).

mod archive;
pub mod backup;
mod error;
pub mod family;
pub mod rescue;

#[cfg(test)]
mod backup_tests;
#[cfg(test)]
mod fuzz_tests;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use archive::create_private_file;
pub use backup::{
    BackupInfo, BackupReport, Progress, RestoreMode, RestoreQuestion, RestoreReport, STAGING_DIR,
    inspect_backup, remove_stale_staging, restore_backup,
};
pub use error::ShareError;
pub use family::{
    IncomingShare, ShareExport, ShareImport, ShareInfo, ShareRole, ViewInfo, import_to_view,
    open_share, open_view, view_path, views,
};
pub use rescue::{RescueReport, TableRescue, create_rescue_backup, create_rescue_backup_with_kdf};

use crate::bundle::BundleError;
use crate::error::HandbookError;

/// The version of the contents' layout (inside the bundle's own format version).
pub const CONTENT_FORMAT: u32 = 1;

/// The first entry of every bundle: what it holds, before any of it is applied.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// [`CONTENT_FORMAT`] of the app that wrote it.
    pub format: u32,
    /// "share" or "backup" (the bundle header says the same, authenticated).
    pub kind: String,
    pub bundle_id: Uuid,
    pub created_at: String,
    pub app_version: String,
    /// The writer's database schema: a newer one than this app's is refused.
    pub schema_version: i64,
    pub family_id: String,
    pub from_replica: String,
    /// Shares: for whom, and what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<ShareRole>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_id: Option<Uuid>,
    /// Shares: everything in scope (true) or what changed since the last one.
    #[serde(default)]
    pub full: bool,
    /// Who the records are about, for the receiving screen ("はるとの記録").
    #[serde(default)]
    pub subjects: Vec<String>,
    pub records: u64,
    pub photos: u64,
    /// Bytes of the entries after the manifest, for progress.
    pub payload_bytes: u64,
}

impl Manifest {
    /// A manifest of `kind` written by `hb` now: who, when, which versions; the
    /// caller fills in what the bundle holds.
    pub(crate) fn new(hb: &crate::store::Handbook, kind: &str) -> crate::error::Result<Manifest> {
        let identity = hb.identity()?;
        Ok(Manifest {
            format: CONTENT_FORMAT,
            kind: kind.into(),
            bundle_id: Uuid::now_v7(),
            created_at: hb.now_text(),
            app_version: app_version(),
            schema_version: crate::store::SCHEMA_VERSION,
            family_id: identity.family_id,
            from_replica: identity.replica_id,
            role: None,
            scope: None,
            scope_id: None,
            full: true,
            subjects: Vec::new(),
            records: 0,
            photos: 0,
            payload_bytes: 0,
        })
    }
}

/// Serialize what goes into a bundle (it cannot fail for these types; if it ever
/// did, the data read from the handbook is what was wrong).
pub(crate) fn to_json<T: Serialize>(
    value: &T,
    what: &'static str,
) -> crate::error::Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(|e| HandbookError::BadStoredValue {
        what,
        detail: e.to_string(),
    })
}

/// Count bytes as they stream and tell `progress` about every MiB and the end:
/// plenty for a progress bar, and cheap for a callback that may cross the FFI.
pub(crate) fn throttled(total: u64, progress: &mut dyn FnMut(Progress)) -> impl FnMut(u64) + '_ {
    let mut done = 0u64;
    move |n: u64| {
        done += n;
        if done % (1 << 20) < n || done == total {
            progress(Progress {
                done_bytes: done,
                total_bytes: total,
            });
        }
    }
}

/// An I/O error while reading a bundle's plaintext: the bundle reader hands its own
/// errors (wrong key, damage, truncation) through `std::io::Error`; take them back out.
pub(crate) fn from_io(e: std::io::Error) -> HandbookError {
    match BundleError::from(e) {
        BundleError::Io(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            ShareError::BadContent {
                detail: "the contents end before their end mark".into(),
            }
            .into()
        }
        other => HandbookError::Bundle(other),
    }
}

/// The version string written into manifests.
pub(crate) fn app_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

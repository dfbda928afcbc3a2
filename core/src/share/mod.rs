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

#[cfg(test)]
mod fuzz_tests;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use backup::{
    BackupInfo, BackupReport, Progress, RestoreMode, RestoreReport, inspect_backup, restore_backup,
};
pub use error::ShareError;
pub use family::{
    IncomingShare, ShareExport, ShareImport, ShareInfo, ShareRole, ViewInfo, import_to_view,
    open_share, open_view, view_path, views,
};

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

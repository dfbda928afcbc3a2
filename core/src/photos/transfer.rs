//! Photos moving between handbooks (shares, merged backups): their rows as data, and
//! their files put in place.
//!
//! The photos module stays the only writer of the `photos` table and folder; sharing
//! calls these.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use super::files::{self, PhotoFile};
use super::{COLUMNS, Row_};
use crate::error::{HandbookError, Result};
use crate::store::Handbook;

/// A photo's row as it travels. The files are sent beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoRow {
    pub id: String,
    pub imported_at: String,
    pub taken_at: Option<String>,
    pub source_format: String,
    pub width: u32,
    pub height: u32,
    pub display_width: u32,
    pub display_height: u32,
    pub display_bytes: u64,
    pub thumbnail_width: u32,
    pub thumbnail_height: u32,
    pub thumbnail_bytes: u64,
}

impl PhotoRow {
    /// Whether the id is a photo id (32 hex digits): names built from it must stay
    /// inside the photo folder.
    pub fn has_valid_id(&self) -> bool {
        self.id.len() == 32
            && self
                .id
                .bytes()
                .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    }

    /// The two files' paths relative to the photo folder, with their sizes.
    pub fn files(&self) -> [(PathBuf, u64); 2] {
        [
            (
                files::relative(&self.id, PhotoFile::Display),
                self.display_bytes,
            ),
            (
                files::relative(&self.id, PhotoFile::Thumbnail),
                self.thumbnail_bytes,
            ),
        ]
    }
}

impl From<Row_> for PhotoRow {
    fn from(r: Row_) -> Self {
        PhotoRow {
            id: r.id,
            imported_at: r.imported_at,
            taken_at: r.taken_at,
            source_format: r.format,
            width: r.width,
            height: r.height,
            display_width: r.display.0,
            display_height: r.display.1,
            display_bytes: r.display.2,
            thumbnail_width: r.thumbnail.0,
            thumbnail_height: r.thumbnail.1,
            thumbnail_bytes: r.thumbnail.2,
        }
    }
}

impl Handbook {
    /// The stored rows of these photo ids (ids not stored are left out).
    pub(crate) fn photo_rows(&self, ids: &[String]) -> Result<Vec<PhotoRow>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("SELECT {COLUMNS} FROM photos WHERE id = ?1"))
            .map_err(HandbookError::sql("reading the photos"))?;
        let mut rows = Vec::new();
        for id in ids {
            if let Some(row) = stmt
                .query_row([id], Row_::read)
                .optional()
                .map_err(HandbookError::sql("reading the photos"))?
            {
                rows.push(row.into());
            }
        }
        Ok(rows)
    }

    /// The ids of every stored photo.
    pub(crate) fn photo_ids(&self) -> Result<Vec<String>> {
        self.conn()
            .prepare("SELECT id FROM photos ORDER BY id")
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .map_err(HandbookError::sql("reading the photos"))
    }
}

/// Insert photo rows that are not stored yet (a photo is the same photo everywhere:
/// its id is the hash of its pixels).
pub(crate) fn insert_rows(tx: &Transaction<'_>, rows: &[PhotoRow]) -> Result<()> {
    let mut stmt = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO photos (id, imported_at, taken_at, source_format, width,
                 height, display_width, display_height, display_bytes,
                 thumbnail_width, thumbnail_height, thumbnail_bytes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )
        .map_err(HandbookError::sql("saving a photo"))?;
    for r in rows {
        stmt.execute(rusqlite::params![
            r.id,
            r.imported_at,
            r.taken_at,
            r.source_format,
            r.width,
            r.height,
            r.display_width,
            r.display_height,
            r.display_bytes,
            r.thumbnail_width,
            r.thumbnail_height,
            r.thumbnail_bytes,
        ])
        .map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::ConstraintViolation) => crate::store::MergeError::BadRecord {
                kind: "photo",
                detail: e.to_string(),
            }
            .into(),
            _ => HandbookError::sql("saving a photo")(e),
        })?;
    }
    Ok(())
}

/// Move verified files from `staging` (same layout as the photo folder) into `root`,
/// each by rename (atomic, same file system), then flush the folders. A file already
/// in place is kept: content-addressed, it is the same file.
pub(crate) fn move_into_place(staging: &Path, root: &Path, rels: &[PathBuf]) -> Result<()> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| HandbookError::Io { path, source }
    };
    let mut dirs = std::collections::BTreeSet::new();
    for rel in rels {
        let from = staging.join(rel);
        let to = root.join(rel);
        if !from.exists() {
            continue;
        }
        if to.exists() {
            continue;
        }
        let dir = to.parent().unwrap_or(root).to_path_buf();
        files::create_private_dir_all(&dir).map_err(io(&dir))?;
        fs::rename(&from, &to).map_err(io(&to))?;
        dirs.insert(dir);
    }
    for dir in dirs {
        files::sync_dir(&dir).map_err(io(&dir))?;
    }
    Ok(())
}

//! Do the photo folder and the `photos` table agree?
//!
//! Two ways they can part: a crash between writing a photo's files and committing its
//! row (or between deleting a row and its files) leaves orphan files; a backup
//! restored without its photo folder, or a file deleted by hand, leaves rows whose
//! files are missing. Repair removes orphans and remakes a missing thumbnail from the
//! display copy; a missing display copy cannot be remade and is only reported (import
//! the same photo again: the same pixels give the same id, and its files come back).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde::Serialize;

use super::files::{self, Entry, PhotoFile};
use super::{PhotoError, Row_, make_thumbnail};
use crate::error::HandbookError;
use crate::store::Handbook;

/// Files younger than this are left alone: they may belong to an import whose row is
/// not committed yet (another process on the same handbook).
const ORPHAN_GRACE: Duration = Duration::from_secs(10 * 60);

/// What [`Handbook::check_photos`] found, and what it repaired.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PhotoCheck {
    /// Stored photos.
    pub photos: u32,
    /// Files in the photo folder that belong to no stored photo, and temporary files
    /// left by an interrupted write (removed when repairing).
    pub orphan_files: Vec<PathBuf>,
    /// Files of stored photos that are missing or damaged.
    pub missing: Vec<MissingFile>,
    /// Stored photos that no diary entry shows (imported and never attached; not an
    /// error, and not removed).
    pub unreferenced: Vec<String>,
    /// Whether this was a repair (orphans removed, thumbnails remade).
    pub repaired: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MissingFile {
    pub photo_id: String,
    pub file: PhotoFile,
    pub path: PathBuf,
    /// Remade by the repair.
    pub repaired: bool,
}

impl PhotoCheck {
    /// Nothing is wrong any more (after a repair: nothing it could not fix).
    pub fn is_healthy(&self) -> bool {
        (self.orphan_files.is_empty() || self.repaired) && self.missing.iter().all(|m| m.repaired)
    }
}

/// Both files of a stored photo are there, with the sizes that were written.
pub(super) fn files_intact(root: &Path, row: &Row_) -> bool {
    file_ok(root, &row.id, PhotoFile::Display, row.display.2)
        && file_ok(root, &row.id, PhotoFile::Thumbnail, row.thumbnail.2)
}

fn file_ok(root: &Path, id: &str, which: PhotoFile, bytes: u64) -> bool {
    std::fs::metadata(root.join(files::relative(id, which)))
        .is_ok_and(|m| m.is_file() && m.len() == bytes)
}

impl Handbook {
    /// Compare the photo folder with the `photos` table; with `repair`, remove orphan
    /// files and remake missing thumbnails.
    pub fn check_photos(&mut self, repair: bool) -> Result<PhotoCheck, HandbookError> {
        let root = self.photo_root()?;
        let rows = self.stored_all()?;
        let ids: HashSet<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        let mut report = PhotoCheck {
            photos: u32::try_from(rows.len()).unwrap_or(u32::MAX),
            repaired: repair,
            ..PhotoCheck::default()
        };

        // Orphans.
        let now = SystemTime::now();
        for path in folder_files(&root)? {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let orphan = match files::classify(name) {
                Entry::Photo { id, .. } => !ids.contains(id.as_str()),
                Entry::Temporary => true,
                Entry::Other => false,
            };
            let old_enough = std::fs::metadata(&path)
                .and_then(|m| m.modified())
                .is_ok_and(|t| now.duration_since(t).unwrap_or_default() >= ORPHAN_GRACE);
            if orphan && old_enough {
                if repair {
                    std::fs::remove_file(&path).map_err(|source| PhotoError::Write {
                        path: path.clone(),
                        source,
                    })?;
                }
                report.orphan_files.push(path);
            }
        }

        // Missing or damaged files.
        for row in &rows {
            let display_ok = file_ok(&root, &row.id, PhotoFile::Display, row.display.2);
            if !display_ok {
                report.missing.push(MissingFile {
                    photo_id: row.id.clone(),
                    file: PhotoFile::Display,
                    path: root.join(files::relative(&row.id, PhotoFile::Display)),
                    repaired: false,
                });
            }
            if !file_ok(&root, &row.id, PhotoFile::Thumbnail, row.thumbnail.2) {
                let repaired = repair && display_ok && self.remake_thumbnail(&root, row)?;
                report.missing.push(MissingFile {
                    photo_id: row.id.clone(),
                    file: PhotoFile::Thumbnail,
                    path: root.join(files::relative(&row.id, PhotoFile::Thumbnail)),
                    repaired,
                });
            }
        }

        report.unreferenced = self
            .conn()
            .prepare_cached(
                "SELECT id FROM photos
                 WHERE NOT EXISTS (SELECT 1 FROM diary_photos WHERE photo_id = photos.id)
                 ORDER BY id",
            )
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .map_err(super::read_err)?;
        Ok(report)
    }

    /// Remake a thumbnail from the display copy; false if the display copy cannot be
    /// decoded (then it is damaged too, and reported as such by its size next time).
    fn remake_thumbnail(&mut self, root: &Path, row: &Row_) -> Result<bool, HandbookError> {
        let display_path = root.join(files::relative(&row.id, PhotoFile::Display));
        let limits = self.photo_settings().limits;
        // Bounded like an import: a restored or shared folder is not trusted either.
        let bytes = super::read_limited(&display_path, limits.max_file_bytes)?;
        let Ok(thumb) = make_thumbnail(&bytes, &limits) else {
            return Ok(false);
        };
        files::write_atomic(
            root,
            &files::relative(&row.id, PhotoFile::Thumbnail),
            &thumb.bytes,
        )?;
        self.write("repairing a photo", |tx, _| {
            tx.prepare_cached(
                "UPDATE photos SET thumbnail_width = ?2, thumbnail_height = ?3,
                     thumbnail_bytes = ?4 WHERE id = ?1",
            )
            .and_then(|mut s| {
                s.execute(rusqlite::params![
                    row.id,
                    thumb.width,
                    thumb.height,
                    thumb.bytes.len() as u64
                ])
            })
            .map_err(HandbookError::sql("repairing a photo"))
        })?;
        Ok(true)
    }
}

/// Every file one level down in the photo folder (the shard folders); none if the
/// folder does not exist yet.
fn folder_files(root: &Path) -> Result<Vec<PathBuf>, PhotoError> {
    let read_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| PhotoError::Read { path, source }
    };
    let top = match std::fs::read_dir(root) {
        Ok(top) => top,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(read_err(root)(e)),
    };
    let mut out = Vec::new();
    for shard in top {
        let shard = shard.map_err(read_err(root))?;
        if !shard.file_type().map_err(read_err(root))?.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(shard.path()).map_err(read_err(&shard.path()))? {
            let file = file.map_err(read_err(&shard.path()))?;
            if file.file_type().map_err(read_err(&shard.path()))?.is_file() {
                out.push(file.path());
            }
        }
    }
    out.sort();
    Ok(out)
}

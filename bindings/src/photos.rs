//! Photos across the FFI: import from a file (Android content copied to a cache file)
//! or from bytes (the iOS photo picker, after converting HEIC to JPEG), with progress
//! for a batch, and the stored copies' paths and sizes for the shells to display.

use std::sync::Arc;

use hagukumi_core::photos as core_photos;

use crate::error::HandbookError;

impl From<Result<core_photos::ImportedPhoto, hagukumi_core::HandbookError>> for PhotoImport {
    fn from(r: Result<core_photos::ImportedPhoto, hagukumi_core::HandbookError>) -> Self {
        match r {
            Ok(i) => PhotoImport::Imported {
                photo: i.photo.into(),
                deduplicated: i.deduplicated,
            },
            Err(e) => PhotoImport::Refused { error: e.into() },
        }
    }
}

/// One stored picture file.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Rendition {
    /// Absolute path of the JPEG (the display copy, or the thumbnail).
    pub path: String,
    pub width: u32,
    pub height: u32,
}

impl From<core_photos::Rendition> for Rendition {
    fn from(r: core_photos::Rendition) -> Self {
        Rendition {
            path: r.path.to_string_lossy().into_owned(),
            width: r.width,
            height: r.height,
        }
    }
}

/// A stored photo: its id (what a diary entry's `photos` list holds), a display copy
/// (longest side 2048 px) and a thumbnail (320 px), both upright and metadata-free.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Photo {
    pub id: String,
    pub display: Rendition,
    pub thumbnail: Rendition,
    /// When it was taken (EXIF), RFC 3339 (with the offset when the camera recorded one).
    pub taken_at: Option<String>,
    pub imported_at: String,
}

impl From<core_photos::Photo> for Photo {
    fn from(p: core_photos::Photo) -> Self {
        Photo {
            id: p.id,
            display: p.display.into(),
            thumbnail: p.thumbnail.into(),
            taken_at: p.taken_at,
            imported_at: p.imported_at,
        }
    }
}

/// The outcome of one file of a batch, in order: a photo, or why it was refused.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum PhotoImport {
    Imported {
        photo: Photo,
        /// The same picture was already stored; nothing new was written.
        deduplicated: bool,
    },
    Refused {
        error: HandbookError,
    },
}

/// Told how far a batch import is, for a progress bar: `done` of `total` files
/// (once with `done = 0`, then after each file). Called on the importing thread.
#[uniffi::export(with_foreign)]
pub trait ImportProgress: Send + Sync {
    fn on_progress(&self, done: u32, total: u32);
}

pub(crate) fn progress_fn(
    progress: Option<Arc<dyn ImportProgress>>,
) -> impl FnMut(core_photos::Progress) {
    move |p| {
        if let Some(cb) = &progress {
            cb.on_progress(p.done, p.total);
        }
    }
}

/// The photo folder's health.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PhotoCheck {
    pub photos: u32,
    pub orphan_files: u32,
    pub missing_files: u32,
    /// Stored photos no diary entry shows.
    pub unreferenced: u32,
    pub repaired: bool,
}

impl From<core_photos::PhotoCheck> for PhotoCheck {
    fn from(c: core_photos::PhotoCheck) -> Self {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        PhotoCheck {
            photos: c.photos,
            orphan_files: count(c.orphan_files.len()),
            missing_files: count(c.missing.len()),
            unreferenced: count(c.unreferenced.len()),
            repaired: c.repaired,
        }
    }
}

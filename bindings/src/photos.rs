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
                photo: i.photo,
                deduplicated: i.deduplicated,
            },
            Err(e) => PhotoImport::Refused { error: e.into() },
        }
    }
}

pub use hagukumi_core::photos::{Photo, Rendition};

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

/// The photo folder's health: what a check found and, with `repair`, fixed.
pub use hagukumi_core::photos::{MissingFile, PhotoCheck, PhotoFile};

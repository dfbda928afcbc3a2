//! Photos of the diary: imported from JPEG, PNG or WebP, turned upright, stripped of
//! every piece of metadata, stored as a display copy and a thumbnail named by their
//! content, and removed when the last entry showing them is deleted.
//!
//! - `sniff`: the real format, from the magic bytes (HEIC is refused: the iPhone app
//!   converts it to JPEG with the platform's codecs before import).
//! - `exif`: orientation and capture time, the only metadata used.
//! - `decode`: pixels within the limits, JPEG at reduced DCT scale.
//! - `render`: upright, resized, re-encoded copies and the content hash.
//! - `files`: the folder layout and atomic writes.
//! - `check`: orphan and missing files, and their repair.
//!
//! Owner of the `photos` table (the diary module owns `diary_photos`, the links).
//! Files are written before the row is committed and removed after a row is deleted:
//! a crash in between leaves at worst an orphan file, which [`Handbook::check_photos`]
//! finds and removes; never a row whose files were not fully written.
//!
//! Memory: the file's bytes (at most 64 MiB), one decoded buffer of opaque RGBA,
//! then display-size buffers only. Every decoder is held to one budget for the
//! pixels, [`Limits::max_decoder_bytes`] (100 MB: 25 MP at 4 bytes), counting what it
//! keeps for each pixel (see `decode`), plus at most 16 MiB of rows and metadata;
//! colour profiles and compressed text in a PNG are never inflated, and EXIF is read
//! from its own block (at most 256 KiB). A JPEG decodes at the smallest DCT scale
//! that keeps 2048 px, so its buffer is under 4096 px on the longer side however
//! large the photo; a PNG decodes row by row into its RGBA buffer. The buffer is
//! resized where it lies and dropped; the rotation works on the 2048 px copy.
//!
//! Peak RSS of `hagukumi photo import` (release build, `/usr/bin/time -v`,
//! `scripts/bench-photos.sh`) on the largest image of each kind that is accepted:
//!
//! | image (largest accepted of its kind) | peak RSS |
//! | --- | --- |
//! | PNG 16-bit RGBA, 25 MP (was 303 MB) | 169 MB |
//! | PNG 8-bit RGB, 25 MP | 168 MB |
//! | PNG 4×4 with an `iCCP` inflating to 1 GiB / 3 GiB (was 1.07 GB) | 11 / 13 MB |
//! | WebP lossless, 12.5 MP / with alpha, 20 MP | 109 / 144 MB |
//! | JPEG baseline 4:4:4, 4095 px (decoded at full scale) | 55 MB |
//! | JPEG progressive 4:2:0, 33 MP / 4:4:4, 16.6 MP | 156 / 220 MB |
//!
//! Above the 100 MB of pixels: the display-size copies, the encoder, SQLite and the
//! binary (a 4×4 import peaks at 11 MB), and the file itself (up to 64 MB more for a
//! file that does not compress). A progressive JPEG keeps, besides its coefficients,
//! jpeg-decoder's planes and output at the decoded scale. Lossy WebP (6 and 11 bytes a
//! pixel by the decoder's code) was not measured: no lossy encoder is at hand.

mod check;
mod decode;
mod error;
mod exif;
mod files;
mod render;
mod sniff;
mod transfer;

use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{OptionalExtension, Row, Transaction};
use serde::Serialize;
use uuid::Uuid;

use crate::error::HandbookError;
use crate::model::RecordKind;
use crate::store::Handbook;

pub use check::{MissingFile, PhotoCheck};
pub use error::{NotAFile, PhotoError};
pub use files::PhotoFile;
pub use render::{DISPLAY_MAX, DISPLAY_QUALITY, Encoded, THUMBNAIL_MAX, THUMBNAIL_QUALITY};
pub use sniff::Format;
pub use transfer::PhotoRow;
pub(crate) use transfer::{insert_rows, move_into_place};

/// A photo file's path relative to the photo folder.
pub(crate) fn relative_path(id: &str, which: PhotoFile) -> PathBuf {
    files::relative(id, which)
}

/// The photo id and rendition a file name stands for, if it is one.
pub(crate) fn classify_name(name: &str) -> Option<(String, PhotoFile)> {
    match files::classify(name) {
        files::Entry::Photo { id, which } => Some((id, which)),
        _ => None,
    }
}

/// Flush a folder's entries to disk.
pub(crate) fn sync_folder(dir: &Path) -> std::io::Result<()> {
    files::sync_dir(dir)
}

/// The photo folder's name inside the handbook's data directory.
pub const PHOTO_DIR: &str = "photos";

/// What a photo may be. The defaults take any phone photo (up to 200-megapixel
/// sensors) and refuse what would need unbounded memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest file read (64 MiB: a 200 MP phone JPEG is 30–50 MB).
    pub max_file_bytes: u64,
    /// The largest image, in pixels, whatever its format (200 MP). A JPEG this large
    /// decodes at 1/4 or 1/8 scale, so its memory stays that of a 12 MP image.
    pub max_pixels: u64,
    /// The largest image that must be decoded at full size, as 4-byte RGBA pixels:
    /// a PNG (25 MP: 100 MB, the worst case that stays workable on a phone with
    /// 3 GB; screenshots and drawings are 2–5 MP). A decoder that holds more than
    /// 4 bytes a pixel (WebP, progressive JPEG) gets as many fewer pixels, so that
    /// every decoder stays within the same [`Limits::max_decoder_bytes`].
    pub max_full_decode_pixels: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 64 * 1024 * 1024,
            max_pixels: 200_000_000,
            max_full_decode_pixels: 25_000_000,
        }
    }
}

impl Limits {
    /// The most a decoder may hold for the pixels of one image (100 MB by default):
    /// a full-size decode at 4 bytes a pixel. Besides it, a decoder holds at most
    /// [`decode::SIDE_BYTES`] of rows and metadata.
    pub fn max_decoder_bytes(&self) -> u64 {
        self.max_full_decode_pixels.saturating_mul(4)
    }
}

/// Where a handbook keeps its photos, and its limits.
#[derive(Debug, Clone, Default)]
pub(crate) struct PhotoSettings {
    pub dir: Option<PathBuf>,
    pub limits: Limits,
}

impl PhotoSettings {
    /// The photo folder beside a handbook file.
    pub fn beside(handbook: &Path) -> PhotoSettings {
        let data_dir = handbook.parent().unwrap_or(Path::new("."));
        PhotoSettings {
            dir: Some(data_dir.join(PHOTO_DIR)),
            limits: Limits::default(),
        }
    }
}

/// One stored copy of a photo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Rendition {
    pub path: PathBuf,
    pub width: u32,
    pub height: u32,
}

/// A stored photo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Photo {
    /// The content hash of the normalized image (32 hex digits); what a diary entry's
    /// `photos` list holds.
    pub id: String,
    pub display: Rendition,
    pub thumbnail: Rendition,
    /// When the photo was taken (EXIF DateTimeOriginal): RFC 3339 with the offset when
    /// the camera recorded OffsetTimeOriginal, else local time without an offset.
    pub taken_at: Option<String>,
    pub imported_at: String,
    /// The original's format and size (upright).
    pub format: String,
    pub width: u32,
    pub height: u32,
}

/// The result of importing one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportedPhoto {
    pub photo: Photo,
    /// The same picture was already stored; nothing new was written.
    pub deduplicated: bool,
}

/// How far a batch import is, for a progress bar: `done` of `total` files processed
/// (reported once with `done = 0` before the first file, then after each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
}

const COLUMNS: &str = "id, imported_at, taken_at, source_format, width, height, \
     display_width, display_height, display_bytes, \
     thumbnail_width, thumbnail_height, thumbnail_bytes";

/// A row as stored, before paths are attached.
#[derive(Debug, Clone)]
struct Row_ {
    id: String,
    imported_at: String,
    taken_at: Option<String>,
    format: String,
    width: u32,
    height: u32,
    display: (u32, u32, u64),
    thumbnail: (u32, u32, u64),
}

impl Row_ {
    fn read(row: &Row<'_>) -> rusqlite::Result<Row_> {
        Ok(Row_ {
            id: row.get(0)?,
            imported_at: row.get(1)?,
            taken_at: row.get(2)?,
            format: row.get(3)?,
            width: row.get(4)?,
            height: row.get(5)?,
            display: (row.get(6)?, row.get(7)?, row.get(8)?),
            thumbnail: (row.get(9)?, row.get(10)?, row.get(11)?),
        })
    }

    fn photo(self, root: &Path) -> Photo {
        let rendition = |which, (width, height, _): (u32, u32, u64)| Rendition {
            path: root.join(files::relative(&self.id, which)),
            width,
            height,
        };
        Photo {
            display: rendition(PhotoFile::Display, self.display),
            thumbnail: rendition(PhotoFile::Thumbnail, self.thumbnail),
            id: self.id,
            taken_at: self.taken_at,
            imported_at: self.imported_at,
            format: self.format,
            width: self.width,
            height: self.height,
        }
    }
}

fn read_err(e: rusqlite::Error) -> HandbookError {
    HandbookError::sql("reading the photos")(e)
}

impl Handbook {
    /// The folder holding this handbook's photos: `photos/` beside the handbook file,
    /// or the one given by [`Handbook::with_photo_dir`]; none for a handbook in memory
    /// unless given.
    pub fn photo_dir(&self) -> Option<&Path> {
        self.photo_settings().dir.as_deref()
    }

    /// Keep photos in `dir` (an in-memory handbook has no folder of its own; a test or
    /// a preview gives it one).
    pub fn with_photo_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.photo_settings_mut().dir = Some(dir.into());
        self
    }

    pub fn set_photo_limits(&mut self, limits: Limits) {
        self.photo_settings_mut().limits = limits;
    }

    fn photo_root(&self) -> Result<PathBuf, PhotoError> {
        self.photo_dir()
            .map(Path::to_path_buf)
            .ok_or(PhotoError::NoPhotoFolder)
    }

    /// Import files in order, each on its own: a refused file does not stop the
    /// others. With `entry`, each imported photo is added to that diary entry (in the
    /// same transaction as the photo itself). `progress` is called before the first
    /// file and after each.
    pub fn import_photos(
        &mut self,
        paths: &[PathBuf],
        entry: Option<Uuid>,
        progress: &mut dyn FnMut(Progress),
    ) -> Vec<Result<ImportedPhoto, HandbookError>> {
        let total = u32::try_from(paths.len()).unwrap_or(u32::MAX);
        progress(Progress { done: 0, total });
        // An entry that does not exist refuses every file before any work is done.
        let entry_missing = entry.filter(|id| self.diary_entry(*id).is_err());
        let mut results = Vec::with_capacity(paths.len());
        for (i, path) in paths.iter().enumerate() {
            let result = match entry_missing {
                Some(id) => Err(HandbookError::NotFound {
                    kind: RecordKind::Diary,
                    id,
                }),
                None => self.import_photo_file(path, entry),
            };
            results.push(result);
            let done = u32::try_from(i + 1).unwrap_or(u32::MAX);
            progress(Progress { done, total });
        }
        results
    }

    /// Import one file.
    pub fn import_photo_file(
        &mut self,
        path: &Path,
        entry: Option<Uuid>,
    ) -> Result<ImportedPhoto, HandbookError> {
        let max = self.photo_settings().limits.max_file_bytes;
        let bytes = read_limited(path, max)?;
        self.import_photo_bytes(&bytes, entry)
    }

    /// Import a photo from its bytes (what a phone's photo picker hands over).
    pub fn import_photo_bytes(
        &mut self,
        bytes: &[u8],
        entry: Option<Uuid>,
    ) -> Result<ImportedPhoto, HandbookError> {
        let root = self.photo_root()?;
        let limits = self.photo_settings().limits;
        if bytes.len() as u64 > limits.max_file_bytes {
            return Err(PhotoError::TooLarge {
                bytes: bytes.len() as u64,
                max: limits.max_file_bytes,
            }
            .into());
        }
        let format = sniff::sniff(bytes)?;
        let meta = exif::read(bytes, format);
        let decoded = decode::decode(bytes, format, DISPLAY_MAX, &limits)?;
        let normalized = render::normalize(decoded, meta.orientation())?;
        let id = normalized.id.clone();

        let existing = self.stored(&id)?;
        if let Some(row) = &existing
            && check::files_intact(&root, row)
        {
            if let Some(entry) = entry {
                self.write("adding a photo to the diary", |tx, ctx| {
                    crate::store::attach_photo(tx, ctx, entry, &id)
                })?;
            }
            return Ok(ImportedPhoto {
                photo: row.clone().photo(&root),
                deduplicated: true,
            });
        }

        let (display, thumbnail) = render::renditions(&normalized)?;
        let (width, height) = (normalized.width, normalized.height);
        drop(normalized);
        let display_rel = files::relative(&id, PhotoFile::Display);
        let thumb_rel = files::relative(&id, PhotoFile::Thumbnail);
        let new_display = files::write_atomic(&root, &display_rel, &display.bytes)?;
        let new_thumb = match files::write_atomic(&root, &thumb_rel, &thumbnail.bytes) {
            Ok(new) => new,
            Err(e) => {
                if new_display && existing.is_none() {
                    let _ = std::fs::remove_file(root.join(&display_rel));
                }
                return Err(e.into());
            }
        };
        let saved = self.write("saving a photo", |tx, ctx| {
            tx.prepare_cached(
                "INSERT INTO photos (id, imported_at, taken_at, source_format, width, height,
                     display_width, display_height, display_bytes,
                     thumbnail_width, thumbnail_height, thumbnail_bytes)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                 ON CONFLICT (id) DO UPDATE SET
                     display_width = excluded.display_width,
                     display_height = excluded.display_height,
                     display_bytes = excluded.display_bytes,
                     thumbnail_width = excluded.thumbnail_width,
                     thumbnail_height = excluded.thumbnail_height,
                     thumbnail_bytes = excluded.thumbnail_bytes,
                     taken_at = coalesce(photos.taken_at, excluded.taken_at)",
            )
            .and_then(|mut s| {
                s.execute(rusqlite::params![
                    id,
                    ctx.now_text,
                    meta.taken_at,
                    format.code(),
                    width,
                    height,
                    display.width,
                    display.height,
                    display.bytes.len() as u64,
                    thumbnail.width,
                    thumbnail.height,
                    thumbnail.bytes.len() as u64,
                ])
            })
            .map_err(HandbookError::sql("saving a photo"))?;
            if let Some(entry) = entry {
                crate::store::attach_photo(tx, ctx, entry, &id)?;
            }
            Ok(())
        });
        if let Err(e) = saved {
            // Nothing refers to files of a photo whose row was never committed.
            if existing.is_none() {
                if new_display {
                    let _ = std::fs::remove_file(root.join(&display_rel));
                }
                if new_thumb {
                    let _ = std::fs::remove_file(root.join(&thumb_rel));
                }
            }
            return Err(e);
        }
        let photo = self.photo(&id)?;
        Ok(ImportedPhoto {
            photo,
            deduplicated: false,
        })
    }

    /// A stored photo, with the paths of its files.
    pub fn photo(&self, id: &str) -> Result<Photo, HandbookError> {
        let root = self.photo_root()?;
        self.stored(id)?
            .map(|row| row.photo(&root))
            .ok_or_else(|| PhotoError::NotFound { id: id.to_string() }.into())
    }

    /// Every stored photo, most recently taken (or imported) first.
    pub fn photos(&self) -> Result<Vec<Photo>, HandbookError> {
        let root = self.photo_root()?;
        Ok(self
            .stored_all()?
            .into_iter()
            .map(|row| row.photo(&root))
            .collect())
    }

    fn stored(&self, id: &str) -> Result<Option<Row_>, HandbookError> {
        self.conn()
            .prepare_cached(&format!("SELECT {COLUMNS} FROM photos WHERE id = ?1"))
            .and_then(|mut s| s.query_row([id], Row_::read).optional())
            .map_err(read_err)
    }

    fn stored_all(&self) -> Result<Vec<Row_>, HandbookError> {
        self.conn()
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM photos ORDER BY coalesce(taken_at, imported_at) DESC, id"
            ))
            .and_then(|mut s| s.query_map([], Row_::read)?.collect())
            .map_err(read_err)
    }

    /// Remove the files of photos whose rows [`release`] deleted, after the commit.
    /// A failure leaves orphan files for [`Handbook::check_photos`], never a problem
    /// for the user now.
    pub(crate) fn remove_released_photos(&self, ids: &[String]) {
        if let Some(root) = self.photo_dir() {
            for id in ids {
                let _ = files::remove(root, id);
            }
        }
    }
}

/// The thumbnail of an image, decoded at the smallest scale that still gives it
/// (1/8 for a 12 MP JPEG): how repair remakes a lost thumbnail from the display copy,
/// and the path the benchmark holds against `vipsthumbnail`.
pub fn make_thumbnail(bytes: &[u8], limits: &Limits) -> Result<Encoded, PhotoError> {
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(PhotoError::TooLarge {
            bytes: bytes.len() as u64,
            max: limits.max_file_bytes,
        });
    }
    let format = sniff::sniff(bytes)?;
    let meta = exif::read(bytes, format);
    let decoded = decode::decode(bytes, format, THUMBNAIL_MAX, limits)?;
    let (tw, th) = decode::fit(decoded.full_width, decoded.full_height, THUMBNAIL_MAX);
    let small = render::shrink(decoded.pixels, tw, th)?;
    render::thumbnail_from(&render::orient(small, meta.orientation()))
}

/// Delete the rows of the `candidates` that no live diary entry shows any more (the
/// caller has just removed links); returns their ids, whose files the caller removes
/// once the transaction is committed.
pub(crate) fn release(
    tx: &Transaction<'_>,
    candidates: &[String],
) -> crate::error::Result<Vec<String>> {
    let mut released = Vec::new();
    let mut delete = tx
        .prepare_cached(
            "DELETE FROM photos WHERE id = ?1
               AND NOT EXISTS (SELECT 1 FROM diary_photos WHERE photo_id = ?1)",
        )
        .map_err(HandbookError::sql("removing a photo"))?;
    for id in candidates {
        if delete
            .execute([id])
            .map_err(HandbookError::sql("removing a photo"))?
            > 0
        {
            released.push(id.clone());
        }
    }
    Ok(released)
}

/// Whether a photo with this id is stored (for validating a diary entry's list).
pub(crate) fn exists(conn: &rusqlite::Connection, id: &str) -> crate::error::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM photos WHERE id = ?1")
        .and_then(|mut s| s.exists([id]))
        .map_err(HandbookError::sql("reading the photos"))
}

/// Read a file, refusing one larger than `max` before reading it (and, should it grow
/// meanwhile, after reading `max + 1` bytes), and anything that is not a regular file.
fn read_limited(path: &Path, max: u64) -> Result<Vec<u8>, PhotoError> {
    let read_err = |source| PhotoError::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = open_regular(path)?;
    let len = file.metadata().map_err(read_err)?.len();
    if len > max {
        return Err(PhotoError::TooLarge { bytes: len, max });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    if bytes.len() as u64 > max {
        return Err(PhotoError::TooLarge {
            bytes: bytes.len() as u64,
            max,
        });
    }
    Ok(bytes)
}

/// Open a file to read only if it is a regular file. A named pipe called `IMG.jpg`
/// would make a plain `open` wait for a writer forever, and a device (`/dev/zero`)
/// never ends: the file is opened without blocking (and without becoming the
/// controlling terminal), and what was opened is then checked through the open
/// handle itself, so nothing can be swapped in between the check and the read.
fn open_regular(path: &Path) -> Result<std::fs::File, PhotoError> {
    let read_err = |source| PhotoError::Read {
        path: path.to_path_buf(),
        source,
    };
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path).map_err(read_err)?;
    let kind = file.metadata().map_err(read_err)?.file_type();
    if kind.is_file() {
        return Ok(file);
    }
    Err(PhotoError::NotAFile {
        path: path.to_path_buf(),
        what: error::NotAFile::of(kind),
    })
}

#[cfg(test)]
pub(crate) mod tests;

//! Why a photo was refused or could not be stored.
//!
//! A variant of [`HandbookError`] (`HandbookError::Photo`), kept as its own enum
//! because a refused photo is an everyday event in a batch (a screenshot in a format we do not take, a file cut
//! short by a failed download), and the shells show it next to that one photo while
//! the others import. Every variant says what to do, in both languages.

use std::path::PathBuf;

use crate::problem::ErrorKind;

#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(crate::Lang::En))]
pub enum PhotoError {
    Heic,
    UnknownFormat {
        found: &'static str,
    },
    TooLarge {
        bytes: u64,
        max: u64,
    },
    TooManyPixels {
        width: u32,
        height: u32,
        max_pixels: u64,
    },
    Corrupt {
        format: &'static str,
        detail: String,
    },
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    NotAFile {
        path: PathBuf,
        what: NotAFile,
    },
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    NoPhotoFolder,
    NotFound {
        id: String,
    },
}

/// What was given instead of a photo file: a named pipe would make the import wait
/// forever, a device would never end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAFile {
    Folder,
    NamedPipe,
    Device,
    Socket,
    Other,
}

impl NotAFile {
    pub fn of(kind: std::fs::FileType) -> NotAFile {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if kind.is_fifo() {
                return NotAFile::NamedPipe;
            }
            if kind.is_char_device() || kind.is_block_device() {
                return NotAFile::Device;
            }
            if kind.is_socket() {
                return NotAFile::Socket;
            }
        }
        if kind.is_dir() {
            NotAFile::Folder
        } else {
            NotAFile::Other
        }
    }

    fn label(self, lang: crate::Lang) -> String {
        match self {
            NotAFile::Folder => crate::t!(lang, "store-not-a-file-folder"),
            NotAFile::NamedPipe => crate::t!(lang, "store-not-a-file-named-pipe"),
            NotAFile::Device => crate::t!(lang, "store-not-a-file-device"),
            NotAFile::Socket => crate::t!(lang, "store-not-a-file-socket"),
            NotAFile::Other => crate::t!(lang, "store-not-a-file-other"),
        }
    }
}

fn mb(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1_000_000.0)
}

impl PhotoError {
    /// A stable, machine-readable name, for JSON output and the shells (new variants
    /// may be added; existing names never change).
    pub fn kind(&self) -> ErrorKind {
        match self {
            PhotoError::Heic => ErrorKind::PhotoHeic,
            PhotoError::UnknownFormat { .. } => ErrorKind::PhotoUnknownFormat,
            PhotoError::TooLarge { .. } => ErrorKind::PhotoTooLarge,
            PhotoError::TooManyPixels { .. } => ErrorKind::PhotoTooManyPixels,
            PhotoError::Corrupt { .. } => ErrorKind::PhotoCorrupt,
            PhotoError::Read { .. } => ErrorKind::PhotoRead,
            PhotoError::NotAFile { .. } => ErrorKind::PhotoNotAFile,
            PhotoError::Write { .. } => ErrorKind::PhotoWrite,
            PhotoError::NoPhotoFolder => ErrorKind::NoPhotoFolder,
            PhotoError::NotFound { .. } => ErrorKind::PhotoNotFound,
        }
    }

    /// Whether choosing another file (or another copy of it) fixes it, as opposed to a
    /// problem with the disk or the handbook.
    pub fn is_user_error(&self) -> bool {
        match self {
            PhotoError::Heic
            | PhotoError::UnknownFormat { .. }
            | PhotoError::TooLarge { .. }
            | PhotoError::TooManyPixels { .. }
            | PhotoError::Corrupt { .. }
            | PhotoError::Read { .. }
            | PhotoError::NotAFile { .. }
            | PhotoError::NotFound { .. } => true,
            PhotoError::Write { .. } | PhotoError::NoPhotoFolder => false,
        }
    }

    /// What to tell the family, in `lang`.
    pub fn message(&self, lang: crate::Lang) -> String {
        match self {
            PhotoError::Heic => crate::t!(lang, "store-photo-heic"),
            PhotoError::UnknownFormat { found } => {
                crate::t!(lang, "store-photo-unknown-format", found = *found)
            }
            PhotoError::TooLarge { bytes, max } => crate::t!(
                lang,
                "store-photo-too-large",
                mb = mb(*bytes),
                max = mb(*max)
            ),
            PhotoError::TooManyPixels {
                width,
                height,
                max_pixels,
            } => crate::t!(
                lang,
                "store-photo-too-many-pixels",
                width = *width,
                height = *height,
                megapixels = max_pixels / 1_000_000
            ),
            PhotoError::Corrupt { format, detail } => crate::t!(
                lang,
                "store-photo-corrupt",
                format = *format,
                detail = detail
            ),
            PhotoError::Read { path, source } => crate::t!(
                lang,
                "store-photo-read",
                path = path.display().to_string(),
                detail = source.to_string()
            ),
            PhotoError::NotAFile { path, what } => crate::t!(
                lang,
                "store-photo-not-a-file",
                path = path.display().to_string(),
                what = what.label(lang)
            ),
            PhotoError::Write { path, source } => crate::t!(
                lang,
                "store-photo-write",
                path = path.display().to_string(),
                detail = source.to_string()
            ),
            PhotoError::NoPhotoFolder => crate::t!(lang, "store-photo-no-folder"),
            PhotoError::NotFound { id } => crate::t!(lang, "store-photo-not-found", id = id),
        }
    }
}

//! Why a photo was refused or could not be stored.
//!
//! A variant of [`HandbookError`] (`HandbookError::Photo`), kept as its own enum
//! because a refused photo is an everyday event in a batch (a screenshot in a format we do not take, a file cut
//! short by a failed download), and the shells show it next to that one photo while
//! the others import. Every variant says what to do, in both languages.

use std::path::PathBuf;

use crate::problem::ErrorKind;

#[derive(Debug, thiserror::Error)]
pub enum PhotoError {
    #[error(
        "This is a HEIC/HEIF photo. The iPhone app converts HEIC photos to JPEG before adding them; from elsewhere, export the photo as JPEG first."
    )]
    Heic,

    #[error("This file is not a photo we can add ({found}). Use a JPEG, PNG or WebP image.")]
    UnknownFormat { found: &'static str },

    #[error(
        "The file is too large ({} MB; at most {} MB). Export a smaller copy of the photo.",
        mb(*bytes),
        mb(*max)
    )]
    TooLarge { bytes: u64, max: u64 },

    #[error(
        "The image is {width}×{height} pixels, more than the {} megapixels a photo can have here. Export a smaller copy of the photo.",
        max_pixels / 1_000_000
    )]
    TooManyPixels {
        width: u32,
        height: u32,
        max_pixels: u64,
    },

    #[error("The {format} file is damaged or incomplete ({detail}). Try copying the photo again.")]
    Corrupt {
        format: &'static str,
        detail: String,
    },

    #[error("Could not read {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("{} is {}, not a photo file. Choose the photo itself.", path.display(), what.en())]
    NotAFile { path: PathBuf, what: NotAFile },

    #[error("Could not save the photo in {path}: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error(
        "This handbook has no folder for photos (it is kept in memory); open it from a file, or give it a photo folder."
    )]
    NoPhotoFolder,

    #[error("No photo with id {id} (it may have been deleted).")]
    NotFound { id: String },
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

    fn en(self) -> &'static str {
        match self {
            NotAFile::Folder => "a folder",
            NotAFile::NamedPipe => "a named pipe (FIFO)",
            NotAFile::Device => "a device",
            NotAFile::Socket => "a socket",
            NotAFile::Other => "not a regular file",
        }
    }

    fn ja(self) -> &'static str {
        match self {
            NotAFile::Folder => "フォルダ",
            NotAFile::NamedPipe => "名前付きパイプ（FIFO）",
            NotAFile::Device => "デバイス",
            NotAFile::Socket => "ソケット",
            NotAFile::Other => "通常のファイルではないもの",
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

    /// Message for the Japanese UI.
    pub fn message_ja(&self) -> String {
        match self {
            PhotoError::Heic => "HEIC/HEIF形式の写真です。iPhoneのアプリはHEICの写真をJPEGに変換してから追加します。ほかの機器からはJPEGで書き出してから追加してください。".into(),
            PhotoError::UnknownFormat { .. } => {
                "追加できる写真の形式ではありません。JPEG・PNG・WebPの画像を選んでください。".into()
            }
            PhotoError::TooLarge { bytes, max } => format!(
                "ファイルが大きすぎます（{}MB、最大{}MB）。小さめのサイズで書き出してください。",
                mb(*bytes),
                mb(*max)
            ),
            PhotoError::TooManyPixels {
                width,
                height,
                max_pixels,
            } => format!(
                "画像が{width}×{height}ピクセルで、追加できる{}メガピクセルを超えています。小さめのサイズで書き出してください。",
                max_pixels / 1_000_000
            ),
            PhotoError::Corrupt { format, .. } => format!(
                "{format}ファイルが壊れているか、途中で切れています。写真をもう一度コピーしてください。"
            ),
            PhotoError::Read { path, .. } => {
                format!("{} を読めませんでした。", path.display())
            }
            PhotoError::NotAFile { path, what } => format!(
                "{} は{}で、写真のファイルではありません。写真そのものを選んでください。",
                path.display(),
                what.ja()
            ),
            PhotoError::Write { path, .. } => format!(
                "写真を {} に保存できませんでした。空き容量と権限を確認してください。",
                path.display()
            ),
            PhotoError::NoPhotoFolder => {
                "この手帳には写真を保存するフォルダがありません。".into()
            }
            PhotoError::NotFound { .. } => {
                "写真が見つかりません（削除された可能性があります）。".into()
            }
        }
    }
}

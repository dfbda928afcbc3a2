//! Where the photo files live, and how they are written so that a crash never leaves
//! half a photo.
//!
//! Layout under the photo folder (`<data dir>/photos/`): `ab/abcdef….jpg` (display) and
//! `ab/abcdef….thumb.jpg` (thumbnail), where `abcdef…` is the photo's id (its content
//! hash) and `ab` its first two digits, so that no folder grows past a few thousand
//! entries. Only the id is stored in the database; the paths follow from it, so the
//! folder can move with the handbook (iOS changes the app container's path on every
//! update).
//!
//! A file is written as a temporary file in the same folder, flushed to disk, renamed
//! over its final name and the folder flushed too: readers see either no file or the
//! whole file. Temporary files are named `.tmp-…` and are never taken for photos.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::PhotoError;

/// Which of a photo's two files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum PhotoFile {
    Display,
    Thumbnail,
}

impl PhotoFile {
    fn suffix(self) -> &'static str {
        match self {
            PhotoFile::Display => ".jpg",
            PhotoFile::Thumbnail => ".thumb.jpg",
        }
    }
}

/// The path of a photo's file, relative to the photo folder.
pub fn relative(id: &str, which: PhotoFile) -> PathBuf {
    let shard = id.get(..2).unwrap_or("00");
    Path::new(shard).join(format!("{id}{}", which.suffix()))
}

/// What a file name in the photo folder is.
#[derive(Debug, PartialEq, Eq)]
pub enum Entry {
    Photo { id: String, which: PhotoFile },
    Temporary,
    Other,
}

pub fn classify(name: &str) -> Entry {
    if name.starts_with(".tmp-") {
        return Entry::Temporary;
    }
    let is_id =
        |s: &str| s.len() == 32 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    for which in [PhotoFile::Thumbnail, PhotoFile::Display] {
        if let Some(id) = name.strip_suffix(which.suffix()).filter(|s| is_id(s)) {
            return Entry::Photo {
                id: id.to_string(),
                which,
            };
        }
    }
    Entry::Other
}

/// Write `bytes` to `root/rel` atomically. Returns whether the file is new (a
/// deduplicated photo may find its file already there, which is then left as it is).
pub fn write_atomic(root: &Path, rel: &Path, bytes: &[u8]) -> Result<bool, PhotoError> {
    let path = root.join(rel);
    // Content-addressed: an existing file with the same bytes is this rendition
    // already (a re-import, or files left by an import whose commit failed).
    if fs::metadata(&path).is_ok_and(|m| m.len() == bytes.len() as u64)
        && fs::read(&path).is_ok_and(|old| old == bytes)
    {
        return Ok(false);
    }
    let dir = path.parent().unwrap_or(root).to_path_buf();
    let write_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| PhotoError::Write { path, source }
    };
    create_private_dir_all(&dir).map_err(write_err(&dir))?;
    let tmp = TempFile::create(&dir).map_err(write_err(&dir))?;
    (|| {
        let mut file = tmp.file()?;
        file.write_all(bytes)?;
        file.sync_all()
    })()
    .map_err(write_err(&tmp.path))?;
    tmp.persist(&path).map_err(write_err(&path))?;
    sync_dir(&dir).map_err(write_err(&dir))?;
    Ok(true)
}

/// Create a folder and its missing parents readable by this user only (0700): the
/// photos are a family's, and other accounts on a shared computer must not list or
/// read them, whatever the umask. Folders already there are left as they are.
pub fn create_private_dir_all(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Remove a photo's files; a file already gone is not an error.
pub fn remove(root: &Path, id: &str) -> std::io::Result<()> {
    for which in [PhotoFile::Thumbnail, PhotoFile::Display] {
        match fs::remove_file(root.join(relative(id, which))) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    Ok(())
}

/// Flush a folder's entries (the rename) to disk. Windows cannot open a folder as a
/// file and orders renames itself.
pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    if cfg!(unix) {
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}

/// A temporary file removed on drop unless persisted.
struct TempFile {
    path: PathBuf,
    persisted: bool,
}

impl TempFile {
    fn create(dir: &Path) -> std::io::Result<TempFile> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        loop {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let path = dir.join(format!(".tmp-{}-{n}", std::process::id()));
            let mut options = OpenOptions::new();
            options.write(true).create_new(true);
            // Private from the start (0600), not narrowed after the bytes are in.
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            match options.open(&path) {
                Ok(_) => {
                    return Ok(TempFile {
                        path,
                        persisted: false,
                    });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
    }

    fn file(&self) -> std::io::Result<File> {
        OpenOptions::new().write(true).open(&self.path)
    }

    fn persist(mut self, to: &Path) -> std::io::Result<()> {
        fs::rename(&self.path, to)?;
        self.persisted = true;
        Ok(())
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.persisted {
            let _ = fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "0123456789abcdef0123456789abcdef";

    #[test]
    fn names_round_trip() {
        for which in [PhotoFile::Display, PhotoFile::Thumbnail] {
            let rel = relative(ID, which);
            assert!(rel.starts_with("01"));
            let name = rel.file_name().unwrap().to_str().unwrap();
            assert_eq!(
                classify(name),
                Entry::Photo {
                    id: ID.into(),
                    which
                }
            );
        }
        assert_eq!(classify(".tmp-12-3"), Entry::Temporary);
        assert_eq!(classify("notes.txt"), Entry::Other);
        assert_eq!(classify("0123.jpg"), Entry::Other);
    }

    #[test]
    fn an_atomic_write_leaves_only_the_final_file() {
        let dir = tempfile::tempdir().unwrap();
        let rel = relative(ID, PhotoFile::Display);
        assert!(write_atomic(dir.path(), &rel, b"hello").unwrap());
        assert!(!write_atomic(dir.path(), &rel, b"hello").unwrap());
        let names: Vec<_> = fs::read_dir(dir.path().join("01"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1);
        assert_eq!(fs::read(dir.path().join(&rel)).unwrap(), b"hello");
        remove(dir.path(), ID).unwrap();
        remove(dir.path(), ID).unwrap();
        assert!(!dir.path().join(&rel).exists());
    }
}

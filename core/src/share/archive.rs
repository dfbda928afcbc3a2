//! The plaintext inside a bundle: a sequence of named entries, each followed by the
//! BLAKE3 hash of its bytes, ending with an end entry.
//!
//! ```text
//! entry := tag:u8  name_len:u16be  name:utf8  size:u64be  bytes[size]  blake3(bytes)[32]
//! tags:    'M' manifest (JSON)   'R' records (JSON)   'F' file   'Z' end (size 0)
//! ```
//!
//! The encryption already authenticates every byte; the per-entry hash is there so
//! that a file is checked as it is written to disk (a restore verifies each photo
//! without reading it twice), and the end entry so that a bundle cut at an entry
//! boundary by a buggy writer is not mistaken for a shorter one. Sizes come first so
//! that entries stream: a reader never holds more than one buffer of a file.

use std::io::{self, Read, Write};

use super::{ShareError, from_io};
use crate::error::{HandbookError, Result};

pub(crate) const MANIFEST: u8 = b'M';
pub(crate) const RECORDS: u8 = b'R';
pub(crate) const FILE: u8 = b'F';
pub(crate) const END: u8 = b'Z';

/// The largest JSON entry read into memory (a manifest, or the records of a share):
/// far above a family's records (100,000 records are ~40 MB), far below what would
/// exhaust a phone.
pub(crate) const MAX_JSON: u64 = 256 * 1024 * 1024;

const COPY_BUFFER: usize = 64 * 1024;

pub(crate) struct ArchiveWriter<W: Write> {
    out: W,
}

impl<W: Write> ArchiveWriter<W> {
    pub fn new(out: W) -> Self {
        ArchiveWriter { out }
    }

    fn header(&mut self, tag: u8, name: &str, size: u64) -> io::Result<()> {
        let name_len = u16::try_from(name.len())
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "entry name too long"))?;
        self.out.write_all(&[tag])?;
        self.out.write_all(&name_len.to_be_bytes())?;
        self.out.write_all(name.as_bytes())?;
        self.out.write_all(&size.to_be_bytes())?;
        Ok(())
    }

    pub fn bytes(&mut self, tag: u8, name: &str, bytes: &[u8]) -> io::Result<()> {
        self.header(tag, name, bytes.len() as u64)?;
        self.out.write_all(bytes)?;
        self.out.write_all(blake3::hash(bytes).as_bytes())
    }

    /// Copy exactly `size` bytes from `input`, calling `progress` with each piece's
    /// length. A source that turns out shorter or longer than `size` (a file changed
    /// while being copied) is an error, not a silently wrong bundle.
    pub fn file(
        &mut self,
        name: &str,
        size: u64,
        input: &mut impl Read,
        progress: &mut dyn FnMut(u64),
    ) -> io::Result<()> {
        self.header(FILE, name, size)?;
        let mut hasher = blake3::Hasher::new();
        let mut buf = vec![0u8; COPY_BUFFER];
        let mut left = size;
        while left > 0 {
            let want = usize::try_from(left.min(COPY_BUFFER as u64)).unwrap_or(COPY_BUFFER);
            let n = input.read(&mut buf[..want])?;
            if n == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    format!("{name} became shorter while it was being copied"),
                ));
            }
            hasher.update(&buf[..n]);
            self.out.write_all(&buf[..n])?;
            left -= n as u64;
            progress(n as u64);
        }
        if input.read(&mut buf[..1])? != 0 {
            return Err(io::Error::other(format!(
                "{name} grew while it was being copied"
            )));
        }
        self.out.write_all(hasher.finalize().as_bytes())
    }

    /// Write the end entry and hand back the output.
    pub fn finish(mut self) -> io::Result<W> {
        self.bytes(END, "", &[])?;
        Ok(self.out)
    }
}

/// One entry's header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EntryHeader {
    pub tag: u8,
    pub name: String,
    pub size: u64,
}

pub(crate) struct ArchiveReader<R: Read> {
    input: R,
    ended: bool,
}

fn bad(detail: impl Into<String>) -> HandbookError {
    ShareError::BadContent {
        detail: detail.into(),
    }
    .into()
}

impl<R: Read> ArchiveReader<R> {
    pub fn new(input: R) -> Self {
        ArchiveReader {
            input,
            ended: false,
        }
    }

    /// The next entry's header; after the end entry, `None`.
    pub fn next(&mut self) -> Result<Option<EntryHeader>> {
        if self.ended {
            return Ok(None);
        }
        let mut fixed = [0u8; 3];
        self.input.read_exact(&mut fixed).map_err(from_io)?;
        let tag = fixed[0];
        if ![MANIFEST, RECORDS, FILE, END].contains(&tag) {
            return Err(bad(format!("unknown entry type {tag:#04x}")));
        }
        let name_len = usize::from(u16::from_be_bytes([fixed[1], fixed[2]]));
        let mut name = vec![0u8; name_len];
        self.input.read_exact(&mut name).map_err(from_io)?;
        let name = String::from_utf8(name).map_err(|_| bad("an entry name is not UTF-8"))?;
        let mut size = [0u8; 8];
        self.input.read_exact(&mut size).map_err(from_io)?;
        let size = u64::from_be_bytes(size);
        if tag == END {
            if size != 0 || !name.is_empty() {
                return Err(bad("malformed end entry"));
            }
            self.check_hash(blake3::hash(&[]))?;
            self.ended = true;
            // Nothing may follow the end entry.
            let mut extra = [0u8; 1];
            if self.input.read(&mut extra).map_err(from_io)? != 0 {
                return Err(bad("data after the end of the bundle"));
            }
            return Ok(None);
        }
        Ok(Some(EntryHeader { tag, name, size }))
    }

    fn check_hash(&mut self, actual: blake3::Hash) -> Result<()> {
        let mut expected = [0u8; 32];
        self.input.read_exact(&mut expected).map_err(from_io)?;
        if actual != blake3::Hash::from(expected) {
            return Err(bad("an entry's checksum does not match"));
        }
        Ok(())
    }

    /// Read a JSON entry's bytes (at most [`MAX_JSON`]) and parse them.
    pub fn json<T: serde::de::DeserializeOwned>(&mut self, entry: &EntryHeader) -> Result<T> {
        if entry.size > MAX_JSON {
            return Err(bad(format!("the {} entry is too large", entry.name)));
        }
        let mut bytes = Vec::with_capacity(usize::try_from(entry.size).unwrap_or(0).min(1 << 20));
        (&mut self.input)
            .take(entry.size)
            .read_to_end(&mut bytes)
            .map_err(from_io)?;
        if bytes.len() as u64 != entry.size {
            return Err(from_io(io::ErrorKind::UnexpectedEof.into()));
        }
        self.check_hash(blake3::hash(&bytes))?;
        serde_json::from_slice(&bytes).map_err(|e| bad(format!("{}: {e}", entry.name)))
    }

    /// Copy a file entry to `out`, verifying its hash at the end; `progress` gets each
    /// piece's length.
    pub fn copy_to(
        &mut self,
        entry: &EntryHeader,
        out: &mut impl Write,
        progress: &mut dyn FnMut(u64),
    ) -> Result<()> {
        let mut hasher = blake3::Hasher::new();
        let mut buf = vec![0u8; COPY_BUFFER];
        let mut left = entry.size;
        while left > 0 {
            let want = usize::try_from(left.min(COPY_BUFFER as u64)).unwrap_or(COPY_BUFFER);
            let n = self.input.read(&mut buf[..want]).map_err(from_io)?;
            if n == 0 {
                return Err(from_io(io::ErrorKind::UnexpectedEof.into()));
            }
            hasher.update(&buf[..n]);
            out.write_all(&buf[..n])
                .map_err(|source| write_error(&entry.name, source))?;
            left -= n as u64;
            progress(n as u64);
        }
        self.check_hash(hasher.finalize())
    }

    /// Skip an entry this version does not need, still checking it.
    pub fn skip(&mut self, entry: &EntryHeader) -> Result<()> {
        self.copy_to(entry, &mut io::sink(), &mut |_| {})
    }
}

/// Create (or truncate) `path` for writing, readable and writable by this user only
/// (0600): what a bundle or a staged restore holds is a family's health record, and
/// the usual umask would let every other user of the machine read it. An existing
/// file keeps its inode but loses any wider permission first.
pub fn create_private_file(path: &std::path::Path) -> io::Result<std::fs::File> {
    let file = crate::store::private::open_options()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}

/// Create `path` and its missing parents, each new folder private (0700).
pub(crate) use crate::store::private::create_dir_all as create_private_dir_all;

/// An error writing what was read out of a bundle: a full disk gets its own error.
pub(crate) fn write_error(what: &str, source: io::Error) -> HandbookError {
    if source.kind() == io::ErrorKind::StorageFull || source.raw_os_error() == Some(28) {
        HandbookError::DiskFull {
            context: "writing the contents of a bundle",
        }
    } else {
        HandbookError::Io {
            path: what.into(),
            source,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let mut w = ArchiveWriter::new(Vec::new());
        w.bytes(MANIFEST, "manifest.json", br#"{"a":1}"#).unwrap();
        let data = vec![7u8; 200_000];
        w.file(
            "photos/ab/x.jpg",
            data.len() as u64,
            &mut &data[..],
            &mut |_| {},
        )
        .unwrap();
        w.finish().unwrap()
    }

    #[test]
    fn entries_round_trip() {
        let bytes = sample();
        let mut r = ArchiveReader::new(&bytes[..]);
        let m = r.next().unwrap().unwrap();
        assert_eq!((m.tag, m.name.as_str()), (MANIFEST, "manifest.json"));
        let v: serde_json::Value = r.json(&m).unwrap();
        assert_eq!(v["a"], 1);
        let f = r.next().unwrap().unwrap();
        let mut out = Vec::new();
        let mut seen = 0;
        r.copy_to(&f, &mut out, &mut |n| seen += n).unwrap();
        assert_eq!(out, vec![7u8; 200_000]);
        assert_eq!(seen, 200_000);
        assert!(r.next().unwrap().is_none());
    }

    #[test]
    fn a_cut_or_altered_archive_is_refused() {
        let bytes = sample();
        for cut in [0, 1, 5, 30, 1000, bytes.len() - 1] {
            let mut r = ArchiveReader::new(&bytes[..cut]);
            let result = (|| {
                while let Some(e) = r.next()? {
                    r.skip(&e)?;
                }
                Ok::<_, HandbookError>(())
            })();
            assert!(result.is_err(), "cut at {cut}");
        }
        let mut altered = bytes.clone();
        altered[100] ^= 1;
        let mut r = ArchiveReader::new(&altered[..]);
        let result = (|| {
            while let Some(e) = r.next()? {
                r.skip(&e)?;
            }
            Ok::<_, HandbookError>(())
        })();
        assert!(result.is_err());
        let mut longer = bytes;
        longer.push(0);
        let mut r = ArchiveReader::new(&longer[..]);
        let result = (|| {
            while let Some(e) = r.next()? {
                r.skip(&e)?;
            }
            Ok::<_, HandbookError>(())
        })();
        assert!(result.is_err());
    }

    #[test]
    fn a_source_that_changes_size_is_an_error() {
        let mut w = ArchiveWriter::new(Vec::new());
        let data = [1u8; 10];
        assert!(w.file("f", 11, &mut &data[..], &mut |_| {}).is_err());
        let mut w = ArchiveWriter::new(Vec::new());
        assert!(w.file("f", 9, &mut &data[..], &mut |_| {}).is_err());
    }
}

//! The chunked encryption: XChaCha20-Poly1305 in the STREAM construction of Hoang,
//! Reyhanitabar, Rogaway and Vizár ("Online Authenticated-Encryption and its
//! Nonce-Reuse Misuse-Resistance", CRYPTO 2015), as in the `aead-stream` crate's
//! `StreamBE32`: chunk `i` is sealed with nonce `prefix ‖ BE32(i) ‖ last`, where
//! `last` is 1 only for the final chunk. Reordering, dropping or duplicating chunks
//! changes a nonce and fails authentication; cutting the file loses the only chunk
//! sealed as last, so a cut is always noticed.
//!
//! Written by hand on the AEAD (a few lines) rather than with `aead-stream`, so the
//! reader can tell a cut at a chunk boundary (the chunk opens as not-last) and data
//! after the end (it opens as last but more follows) from damage.
//!
//! Memory is one chunk buffer (64 KiB + 16) whatever the size of the stream.

use std::io::{self, Read, Write};

use chacha20poly1305::aead::{AeadInOut, KeyInit};
use chacha20poly1305::{Key, Tag, XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

use super::header::{BundleHeader, HEADER_LEN, NONCE_PREFIX_LEN, read_full};
use super::key::{self, KdfParams, MIN_PASSPHRASE_CHARS};
use super::{BundleError, BundleKind, BundleSecret, read_header};

/// Plaintext bytes of every chunk but the last (which holds 0 to this many).
pub const CHUNK_LEN: usize = 64 * 1024;
/// Poly1305 tag after each chunk's ciphertext.
pub const TAG_LEN: usize = 16;
const SEALED_LEN: usize = CHUNK_LEN + TAG_LEN;

fn nonce(prefix: &[u8], counter: u32, last: bool) -> XNonce {
    let mut n = [0u8; 24];
    n[..NONCE_PREFIX_LEN].copy_from_slice(prefix);
    n[NONCE_PREFIX_LEN..NONCE_PREFIX_LEN + 4].copy_from_slice(&counter.to_be_bytes());
    n[23] = u8::from(last);
    XNonce::from(n)
}

fn cipher(header: &BundleHeader, master: &[u8; 32]) -> XChaCha20Poly1305 {
    let content = key::content_key(master, header.body());
    XChaCha20Poly1305::new(&Key::from(*content))
}

/// Writes a bundle: the header at once, then the plaintext in sealed chunks as it
/// comes. [`BundleWriter::finish`] must be called: a bundle without its final chunk
/// is refused as truncated when opened (dropping the writer does not finish it, so a
/// crash halfway never leaves a file that looks complete).
pub struct BundleWriter<W: Write> {
    out: W,
    header: BundleHeader,
    cipher: XChaCha20Poly1305,
    counter: u32,
    /// Plaintext of the chunk being filled (sealed in place).
    buf: Zeroizing<Vec<u8>>,
    /// A write to `out` failed: the bundle is unusable, refuse everything after.
    failed: bool,
}

impl<W: Write> BundleWriter<W> {
    /// With [`KdfParams::PHONE`] for a passphrase.
    pub fn new(out: W, kind: BundleKind, secret: &BundleSecret) -> Result<Self, BundleError> {
        Self::with_kdf(out, kind, secret, KdfParams::PHONE)
    }

    /// `kdf` is used only for a passphrase. A passphrase shorter than
    /// [`MIN_PASSPHRASE_CHARS`] characters (after normalisation) is refused.
    pub fn with_kdf(
        mut out: W,
        kind: BundleKind,
        secret: &BundleSecret,
        kdf: KdfParams,
    ) -> Result<Self, BundleError> {
        let kdf = match secret {
            BundleSecret::Key(_) => None,
            BundleSecret::Passphrase(p) => {
                let len = key::normalize_passphrase(p).chars().count();
                if len < MIN_PASSPHRASE_CHARS {
                    return Err(BundleError::PassphraseTooShort {
                        len,
                        min: MIN_PASSPHRASE_CHARS,
                    });
                }
                Some(kdf)
            }
        };
        let mut header = BundleHeader::new(kind, secret.kind(), kdf)?;
        let master = header.master_key(secret)?;
        header.set_key_check(&key::key_check(&master, header.body()));
        let cipher = cipher(&header, &master);
        out.write_all(header.bytes())?;
        Ok(BundleWriter {
            out,
            header,
            cipher,
            counter: 0,
            buf: Zeroizing::new(Vec::with_capacity(SEALED_LEN)),
            failed: false,
        })
    }

    /// Seal the final chunk (possibly empty) and return the output, not flushed
    /// further than `flush` would.
    pub fn finish(mut self) -> Result<W, BundleError> {
        if self.failed {
            return Err(poisoned());
        }
        self.seal(true)?;
        self.out.flush()?;
        Ok(self.out)
    }

    fn seal(&mut self, last: bool) -> Result<(), BundleError> {
        let nonce = nonce(self.header.nonce_prefix(), self.counter, last);
        let tag = self
            .cipher
            .encrypt_inout_detached(&nonce, self.header.bytes(), self.buf.as_mut_slice().into())
            .map_err(|_| BundleError::TooLarge {
                limit: CHUNK_LEN as u64,
            })?;
        self.buf.extend_from_slice(&tag);
        let written = self.out.write_all(&self.buf);
        self.buf.clear();
        if let Err(e) = written {
            self.failed = true;
            return Err(e.into());
        }
        if !last {
            self.counter = self.counter.checked_add(1).ok_or(BundleError::TooLarge {
                limit: (u64::from(u32::MAX) + 1) * CHUNK_LEN as u64,
            })?;
        }
        Ok(())
    }
}

impl<W: Write> std::fmt::Debug for BundleWriter<W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BundleWriter")
            .field("kind", &self.header.kind)
            .field("secret", &self.header.secret)
            .field("chunks", &self.counter)
            .finish_non_exhaustive()
    }
}

fn poisoned() -> BundleError {
    BundleError::Io(io::Error::other(
        "an earlier write to this bundle failed; start again",
    ))
}

impl<W: Write> Write for BundleWriter<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        if self.failed {
            return Err(poisoned().into_io());
        }
        if data.is_empty() {
            return Ok(0);
        }
        // A full chunk is sealed only once more data comes: until then it may be the
        // last one (a stream of exactly 64 KiB is one final chunk).
        if self.buf.len() == CHUNK_LEN {
            self.seal(false).map_err(|e| {
                self.failed = true;
                e.into_io()
            })?;
        }
        let n = data.len().min(CHUNK_LEN - self.buf.len());
        self.buf.extend_from_slice(&data[..n]);
        Ok(n)
    }

    /// Flushes the output; the chunk being filled stays buffered (chunks are sealed
    /// whole, and only `finish` may seal a short one).
    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

enum State {
    Reading,
    Done,
    Failed(BundleError),
}

/// Reads a bundle's plaintext.
///
/// Each chunk is authenticated before any of its bytes are returned, but the stream
/// as a whole is proven complete only when `read` returns 0 (end of file): until
/// then, treat what was read as unconfirmed (write it to a temporary place, or in a
/// transaction committed only after the end). On any failure `read` returns an
/// `io::Error` carrying a [`BundleError`] (get it back with `BundleError::from`), and
/// keeps failing the same way.
pub struct BundleReader<R: Read> {
    input: R,
    header: BundleHeader,
    cipher: XChaCha20Poly1305,
    counter: u32,
    /// File offset of the next chunk, for `Damaged { at }`.
    offset: u64,
    /// Sealed chunk, then its plaintext; `pos` is how much was returned.
    buf: Zeroizing<Vec<u8>>,
    pos: usize,
    /// A byte read to learn whether a full chunk is the last one.
    peeked: Option<u8>,
    state: State,
}

impl<R: Read> BundleReader<R> {
    /// Read and check the header and the secret: a wrong key or passphrase is
    /// [`BundleError::WrongKey`] here, before any content is read.
    pub fn open(mut input: R, secret: &BundleSecret) -> Result<Self, BundleError> {
        let header = read_header(&mut input)?;
        Self::from_header(input, header, secret)
    }

    /// Continue after [`read_header`] on the same stream (which must be positioned
    /// right after the header, as `read_header` leaves it).
    pub fn from_header(
        input: R,
        header: BundleHeader,
        secret: &BundleSecret,
    ) -> Result<Self, BundleError> {
        let master = header.master_key(secret)?;
        if !header.key_check_matches(&key::key_check(&master, header.body())) {
            return Err(BundleError::WrongKey);
        }
        let cipher = cipher(&header, &master);
        Ok(BundleReader {
            input,
            header,
            cipher,
            counter: 0,
            offset: HEADER_LEN as u64,
            buf: Zeroizing::new(Vec::with_capacity(SEALED_LEN)),
            pos: 0,
            peeked: None,
            state: State::Reading,
        })
    }

    pub fn kind(&self) -> BundleKind {
        self.header.kind
    }

    pub fn header(&self) -> &BundleHeader {
        &self.header
    }

    /// This reader if the bundle is of the `expected` kind, else
    /// [`BundleError::KindMismatch`] (a backup offered where a share is expected).
    pub fn expect_kind(self, expected: BundleKind) -> Result<Self, BundleError> {
        if self.header.kind == expected {
            Ok(self)
        } else {
            Err(BundleError::KindMismatch {
                expected,
                found: self.header.kind,
            })
        }
    }

    /// Read and open the next chunk into `buf`; sets `state` to `Done` after the last.
    fn next_chunk(&mut self) -> Result<(), BundleError> {
        self.buf.clear();
        self.pos = 0;
        self.buf.resize(SEALED_LEN, 0);
        let mut filled = 0;
        if let Some(b) = self.peeked.take() {
            self.buf[0] = b;
            filled = 1;
        }
        filled += read_full(&mut self.input, &mut self.buf[filled..])?;
        self.buf.truncate(filled);
        let at_end = if filled == SEALED_LEN {
            let mut one = [0u8; 1];
            if read_full(&mut self.input, &mut one)? == 1 {
                self.peeked = Some(one[0]);
                false
            } else {
                true
            }
        } else {
            true
        };
        if filled < TAG_LEN {
            // Not even a tag: the file stops inside a chunk, or right before one.
            return Err(BundleError::Truncated);
        }
        let damaged = BundleError::Damaged { at: self.offset };
        if at_end {
            if self.open_chunk(true) {
                self.state = State::Done;
                return Ok(());
            }
            if filled == SEALED_LEN && self.open_chunk(false) {
                // A whole chunk that is not the last, and nothing after it.
                return Err(BundleError::Truncated);
            }
            return Err(damaged);
        }
        if self.open_chunk(false) {
            self.offset += SEALED_LEN as u64;
            self.counter = self.counter.checked_add(1).ok_or(damaged)?;
            return Ok(());
        }
        if self.open_chunk(true) {
            // The real end, with bytes appended after it.
            return Err(BundleError::Damaged {
                at: self.offset + SEALED_LEN as u64,
            });
        }
        Err(damaged)
    }

    /// Authenticate and decrypt `buf` in place as chunk `counter`; on success `buf`
    /// holds the plaintext. On failure `buf` is unchanged (it may be tried again with
    /// the other `last` flag).
    fn open_chunk(&mut self, last: bool) -> bool {
        let split = self.buf.len() - TAG_LEN;
        let Ok(tag) = Tag::try_from(&self.buf[split..]) else {
            return false;
        };
        let nonce = nonce(self.header.nonce_prefix(), self.counter, last);
        // Poly1305 is checked before anything is decrypted: on failure the buffer is
        // still the ciphertext.
        let ok = self
            .cipher
            .decrypt_inout_detached(
                &nonce,
                self.header.bytes(),
                (&mut self.buf[..split]).into(),
                &tag,
            )
            .is_ok();
        if ok {
            self.buf.truncate(split);
        }
        ok
    }
}

impl<R: Read> std::fmt::Debug for BundleReader<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BundleReader")
            .field("kind", &self.header.kind)
            .field("secret", &self.header.secret)
            .field("chunk", &self.counter)
            .finish_non_exhaustive()
    }
}

impl<R: Read> Read for BundleReader<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        loop {
            if self.pos < self.buf.len() {
                let n = out.len().min(self.buf.len() - self.pos);
                out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
                self.pos += n;
                return Ok(n);
            }
            match &self.state {
                State::Done => return Ok(0),
                State::Failed(e) => return Err(e.duplicate().into_io()),
                State::Reading => {}
            }
            if out.is_empty() {
                return Ok(0);
            }
            if let Err(e) = self.next_chunk() {
                self.buf.clear();
                self.pos = 0;
                self.state = State::Failed(e.duplicate());
                return Err(e.into_io());
            }
        }
    }
}

//! The 91-byte header at the start of every bundle (docs/bundle-format.md).
//!
//! Everything in it is public (kind, secret kind, Argon2 parameters, random values)
//! and authenticated twice: the key-check value covers it, and the whole header is
//! the associated data of every chunk. Parsing checks the magic, then the version,
//! before anything else: a file from a future app is explained ("update the app"),
//! never reported as damaged.

use std::io::{self, Read};

use super::key::{self, KdfParams, SecretKind};
use super::{BundleError, BundleSecret};

/// "\x89HGK\r\n\x1a\n": a non-ASCII first byte (no text file starts with it) and the
/// line endings that a text-mode transfer would mangle, as in PNG.
pub const MAGIC: [u8; 8] = *b"\x89HGK\r\n\x1a\n";
/// The format version this code writes and reads.
pub const VERSION: u16 = 1;
/// Bytes of a version-1 header.
pub const HEADER_LEN: usize = 91;
/// Bytes before the key-check value (what the check and the content key cover).
pub(crate) const BODY_LEN: usize = 59;
/// Random prefix of every chunk nonce (24-byte XNonce − 4 counter − 1 flag).
pub(crate) const NONCE_PREFIX_LEN: usize = 19;

const OFFSET_VERSION: usize = 8;
const OFFSET_KIND: usize = 10;
const OFFSET_SECRET: usize = 11;
const OFFSET_KDF: usize = 12;
const OFFSET_SALT: usize = 24;
const OFFSET_NONCE: usize = 40;

/// What a bundle is for. Authenticated: a backup cannot be passed off as a share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BundleKind {
    /// Records and photos sent to a family member.
    Share,
    /// The whole handbook.
    Backup,
}

impl BundleKind {
    fn code(self) -> u8 {
        match self {
            BundleKind::Share => 1,
            BundleKind::Backup => 2,
        }
    }

    /// What the file is, in `lang` ("a backup").
    pub(crate) fn label(self, lang: crate::Lang) -> String {
        match self {
            BundleKind::Share => crate::t!(lang, "store-bundle-kind-share"),
            BundleKind::Backup => crate::t!(lang, "store-bundle-kind-backup"),
        }
    }
}

/// A parsed header: what the app may know before it has the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleHeader {
    pub version: u16,
    pub kind: BundleKind,
    pub secret: SecretKind,
    /// Argon2id parameters of a passphrase bundle (`None` for a share key), already
    /// within [`KdfParams::check`]'s bounds.
    pub kdf: Option<KdfParams>,
    raw: [u8; HEADER_LEN],
}

impl BundleHeader {
    /// A new header with fresh random salt and nonce prefix, its key-check value
    /// computed from `master`.
    pub(crate) fn new(
        kind: BundleKind,
        secret: SecretKind,
        kdf: Option<KdfParams>,
    ) -> Result<BundleHeader, BundleError> {
        let mut raw = [0u8; HEADER_LEN];
        raw[..8].copy_from_slice(&MAGIC);
        raw[OFFSET_VERSION..OFFSET_KIND].copy_from_slice(&VERSION.to_be_bytes());
        raw[OFFSET_KIND] = kind.code();
        raw[OFFSET_SECRET] = match secret {
            SecretKind::Key => 1,
            SecretKind::Passphrase => 2,
        };
        if let Some(kdf) = kdf {
            kdf.check()?;
            for (i, v) in [kdf.memory_kib, kdf.iterations, kdf.parallelism]
                .into_iter()
                .enumerate()
            {
                let at = OFFSET_KDF + 4 * i;
                raw[at..at + 4].copy_from_slice(&v.to_be_bytes());
            }
        }
        key::fill_random(&mut raw[OFFSET_SALT..BODY_LEN])?;
        Ok(BundleHeader {
            version: VERSION,
            kind,
            secret,
            kdf,
            raw,
        })
    }

    pub(crate) fn salt(&self) -> &[u8; 16] {
        self.raw[OFFSET_SALT..OFFSET_NONCE]
            .try_into()
            .unwrap_or(&[0; 16])
    }

    pub(crate) fn nonce_prefix(&self) -> &[u8] {
        &self.raw[OFFSET_NONCE..BODY_LEN]
    }

    pub(crate) fn body(&self) -> &[u8] {
        &self.raw[..BODY_LEN]
    }

    pub(crate) fn set_key_check(&mut self, check: &blake3::Hash) {
        self.raw[BODY_LEN..].copy_from_slice(check.as_bytes());
    }

    pub(crate) fn key_check_matches(&self, check: &blake3::Hash) -> bool {
        let stored: [u8; 32] = self.raw[BODY_LEN..].try_into().unwrap_or([0; 32]);
        // blake3::Hash's `==` is constant-time.
        *check == blake3::Hash::from_bytes(stored)
    }

    /// The whole header, as written and as the associated data of every chunk.
    pub(crate) fn bytes(&self) -> &[u8; HEADER_LEN] {
        &self.raw
    }

    /// Derive the master key for `secret` (Argon2id for a passphrase) after checking
    /// that it is the kind of secret this bundle needs.
    pub(crate) fn master_key(
        &self,
        secret: &BundleSecret,
    ) -> Result<zeroize::Zeroizing<[u8; 32]>, BundleError> {
        if secret.kind() != self.secret {
            return Err(BundleError::SecretMismatch {
                needed: self.secret,
                given: secret.kind(),
            });
        }
        key::master_key(secret, self.kdf, self.salt())
    }
}

/// Read and check the header, without the secret: lets the app ask for a share key or
/// a passphrase (and show which kind of file it is) before decrypting anything.
///
/// Consumes exactly the header's bytes from `input` (fewer on error), so the same
/// stream can be given to [`super::BundleReader::from_header`].
pub fn read_header(input: &mut impl Read) -> Result<BundleHeader, BundleError> {
    let mut raw = [0u8; HEADER_LEN];
    // The magic: a file too short to hold it is not a bundle at all.
    if read_full(input, &mut raw[..OFFSET_VERSION])? < OFFSET_VERSION
        || raw[..OFFSET_VERSION] != MAGIC
    {
        return Err(BundleError::NotABundle);
    }
    if read_full(input, &mut raw[OFFSET_VERSION..OFFSET_KIND])? < 2 {
        return Err(BundleError::Truncated);
    }
    let version = u16::from_be_bytes([raw[OFFSET_VERSION], raw[OFFSET_VERSION + 1]]);
    if version != VERSION {
        return Err(BundleError::UnsupportedVersion {
            found: version,
            supported: VERSION,
        });
    }
    if read_full(input, &mut raw[OFFSET_KIND..])? < HEADER_LEN - OFFSET_KIND {
        return Err(BundleError::Truncated);
    }
    parse_v1(raw)
}

fn parse_v1(raw: [u8; HEADER_LEN]) -> Result<BundleHeader, BundleError> {
    let damaged = |at: usize| BundleError::Damaged { at: at as u64 };
    let kind = match raw[OFFSET_KIND] {
        1 => BundleKind::Share,
        2 => BundleKind::Backup,
        _ => return Err(damaged(OFFSET_KIND)),
    };
    let word = |i: usize| {
        let at = OFFSET_KDF + 4 * i;
        u32::from_be_bytes([raw[at], raw[at + 1], raw[at + 2], raw[at + 3]])
    };
    let params = KdfParams {
        memory_kib: word(0),
        iterations: word(1),
        parallelism: word(2),
    };
    let (secret, kdf) = match raw[OFFSET_SECRET] {
        1 => {
            if raw[OFFSET_KDF..OFFSET_SALT].iter().any(|&b| b != 0) {
                return Err(damaged(OFFSET_KDF));
            }
            (SecretKind::Key, None)
        }
        2 => {
            params.check()?;
            (SecretKind::Passphrase, Some(params))
        }
        _ => return Err(damaged(OFFSET_SECRET)),
    };
    Ok(BundleHeader {
        version: VERSION,
        kind,
        secret,
        kdf,
        raw,
    })
}

/// Read until `buf` is full or the input ends; the number of bytes read.
pub(crate) fn read_full(input: &mut impl Read, buf: &mut [u8]) -> Result<usize, BundleError> {
    let mut filled = 0;
    while filled < buf.len() {
        match input.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(BundleError::from(e)),
        }
    }
    Ok(filled)
}

//! What can go wrong when writing or opening a bundle.
//!
//! The variants are chosen so the app can say something useful: "this is not a
//! Hagukumi file", "update the app", "the key or passphrase is not the right one",
//! "the file is incomplete", "the file was damaged or altered". A wrong key is found
//! from the header alone, before any content is decrypted, so it is never confused
//! with damage.

use std::io;

use super::{BundleKind, SecretKind};
use crate::Lang;

#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(crate::Lang::En))]
pub enum BundleError {
    NotABundle,
    UnsupportedVersion {
        found: u16,
        supported: u16,
    },
    WrongKey,
    SecretMismatch {
        needed: SecretKind,
        given: SecretKind,
    },
    KindMismatch {
        expected: BundleKind,
        found: BundleKind,
    },
    Damaged {
        at: u64,
    },
    Truncated,
    BadShareKey {
        detail: String,
    },
    BadKdfParams {
        memory_kib: u32,
        iterations: u32,
        parallelism: u32,
    },
    PassphraseTooShort {
        len: usize,
        min: usize,
    },
    TooLarge {
        limit: u64,
    },
    NoRandomness {
        detail: String,
    },
    Io(io::Error),
}

impl BundleError {
    /// A stable, machine-readable name, for JSON output and the shells (new variants
    /// may be added; existing names never change).
    pub fn kind(&self) -> crate::problem::ErrorKind {
        use crate::problem::ErrorKind;
        match self {
            BundleError::NotABundle => ErrorKind::NotABundle,
            BundleError::UnsupportedVersion { .. } => ErrorKind::BundleUnsupportedVersion,
            BundleError::WrongKey => ErrorKind::WrongKey,
            BundleError::SecretMismatch { .. } => ErrorKind::SecretMismatch,
            BundleError::KindMismatch { .. } => ErrorKind::KindMismatch,
            BundleError::Damaged { .. } => ErrorKind::BundleDamaged,
            BundleError::Truncated => ErrorKind::Truncated,
            BundleError::BadShareKey { .. } => ErrorKind::BadShareKey,
            BundleError::BadKdfParams { .. } => ErrorKind::BadKdfParams,
            BundleError::PassphraseTooShort { .. } => ErrorKind::PassphraseTooShort,
            BundleError::TooLarge { .. } => ErrorKind::BundleTooLarge,
            BundleError::NoRandomness { .. } => ErrorKind::NoRandomness,
            BundleError::Io(_) => ErrorKind::BundleIo,
        }
    }

    /// Whether the user can fix it themselves (another key, another passphrase,
    /// another file, a longer passphrase), as opposed to a fault of the file or app.
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            BundleError::NotABundle
                | BundleError::WrongKey
                | BundleError::SecretMismatch { .. }
                | BundleError::KindMismatch { .. }
                | BundleError::BadShareKey { .. }
                | BundleError::PassphraseTooShort { .. }
                | BundleError::Truncated
        )
    }

    /// What to tell the family, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            BundleError::NotABundle => crate::t!(lang, "store-bundle-not-a-bundle"),
            BundleError::UnsupportedVersion { found, supported } => crate::t!(
                lang,
                "store-bundle-unsupported-version",
                found = *found,
                supported = *supported
            ),
            BundleError::WrongKey => crate::t!(lang, "store-bundle-wrong-key"),
            BundleError::SecretMismatch { needed, given } => crate::t!(
                lang,
                "store-bundle-secret-mismatch",
                needed = needed.label(lang),
                given = given.label(lang)
            ),
            BundleError::KindMismatch { expected, found } => crate::t!(
                lang,
                "store-bundle-kind-mismatch",
                found = found.label(lang),
                expected = expected.label(lang)
            ),
            BundleError::Damaged { at } => crate::t!(lang, "store-bundle-damaged", at = *at),
            BundleError::Truncated => crate::t!(lang, "store-bundle-truncated"),
            BundleError::BadShareKey { detail } => {
                crate::t!(lang, "store-bundle-bad-share-key", detail = detail)
            }
            BundleError::BadKdfParams {
                memory_kib,
                iterations,
                parallelism,
            } => crate::t!(
                lang,
                "store-bundle-bad-kdf-params",
                memory = *memory_kib,
                iterations = *iterations,
                parallelism = *parallelism
            ),
            BundleError::PassphraseTooShort { len, min } => crate::t!(
                lang,
                "store-bundle-passphrase-too-short",
                len = *len,
                min = *min
            ),
            BundleError::TooLarge { limit } => {
                crate::t!(lang, "store-bundle-too-large", limit = *limit)
            }
            BundleError::NoRandomness { detail } => {
                crate::t!(lang, "store-bundle-no-randomness", detail = detail)
            }
            BundleError::Io(e) => crate::t!(lang, "store-bundle-io", detail = e.to_string()),
        }
    }

    /// The same error again, for a reader that keeps failing the same way after a
    /// first failure (an I/O error keeps its kind and text, not its source).
    pub(crate) fn duplicate(&self) -> BundleError {
        match self {
            BundleError::NotABundle => BundleError::NotABundle,
            BundleError::UnsupportedVersion { found, supported } => {
                BundleError::UnsupportedVersion {
                    found: *found,
                    supported: *supported,
                }
            }
            BundleError::WrongKey => BundleError::WrongKey,
            BundleError::SecretMismatch { needed, given } => BundleError::SecretMismatch {
                needed: *needed,
                given: *given,
            },
            BundleError::KindMismatch { expected, found } => BundleError::KindMismatch {
                expected: *expected,
                found: *found,
            },
            BundleError::Damaged { at } => BundleError::Damaged { at: *at },
            BundleError::Truncated => BundleError::Truncated,
            BundleError::BadShareKey { detail } => BundleError::BadShareKey {
                detail: detail.clone(),
            },
            BundleError::BadKdfParams {
                memory_kib,
                iterations,
                parallelism,
            } => BundleError::BadKdfParams {
                memory_kib: *memory_kib,
                iterations: *iterations,
                parallelism: *parallelism,
            },
            BundleError::PassphraseTooShort { len, min } => BundleError::PassphraseTooShort {
                len: *len,
                min: *min,
            },
            BundleError::TooLarge { limit } => BundleError::TooLarge { limit: *limit },
            BundleError::NoRandomness { detail } => BundleError::NoRandomness {
                detail: detail.clone(),
            },
            BundleError::Io(e) => BundleError::Io(io::Error::new(e.kind(), e.to_string())),
        }
    }

    /// Into an `io::Error` for the `Read`/`Write` impls, keeping the bundle error
    /// inside so that `BundleError::from` gets it back out. A cut file reads as
    /// `UnexpectedEof`, other failures as `InvalidData`.
    pub(crate) fn into_io(self) -> io::Error {
        let kind = match &self {
            BundleError::Io(_) => {
                return match self {
                    BundleError::Io(e) => e,
                    other => io::Error::other(other),
                };
            }
            BundleError::Truncated => io::ErrorKind::UnexpectedEof,
            _ => io::ErrorKind::InvalidData,
        };
        io::Error::new(kind, self)
    }
}

/// Unwraps a [`BundleError`] carried inside an `io::Error` (as returned by
/// [`super::BundleReader`]'s `read`), so `read_to_end(..)?` in a function returning
/// `BundleError` keeps "damaged" or "truncated" instead of a generic I/O failure.
impl From<io::Error> for BundleError {
    fn from(e: io::Error) -> BundleError {
        if e.get_ref().is_some_and(|inner| inner.is::<BundleError>()) {
            if let Some(inner) = e.into_inner() {
                return match inner.downcast::<BundleError>() {
                    Ok(bundle) => *bundle,
                    Err(other) => BundleError::Io(io::Error::other(other)),
                };
            }
            // into_inner of an error whose get_ref was Some is Some; not reached.
            return BundleError::Io(io::Error::other("bundle error lost"));
        }
        BundleError::Io(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundle_errors_survive_a_trip_through_io_error() {
        let io = BundleError::Damaged { at: 7 }.into_io();
        assert_eq!(io.kind(), io::ErrorKind::InvalidData);
        assert!(matches!(
            BundleError::from(io),
            BundleError::Damaged { at: 7 }
        ));

        let io = BundleError::Truncated.into_io();
        assert_eq!(io.kind(), io::ErrorKind::UnexpectedEof);
        assert!(matches!(BundleError::from(io), BundleError::Truncated));

        let plain = io::Error::new(io::ErrorKind::PermissionDenied, "no");
        let back = BundleError::from(plain);
        assert!(matches!(&back, BundleError::Io(e) if e.kind() == io::ErrorKind::PermissionDenied));
        // An Io error is not wrapped twice.
        let io = back.into_io();
        assert_eq!(io.kind(), io::ErrorKind::PermissionDenied);
        assert!(io.get_ref().is_some_and(|r| !r.is::<BundleError>()));
    }

    #[test]
    fn every_error_has_a_japanese_message() {
        let all = [
            BundleError::NotABundle,
            BundleError::UnsupportedVersion {
                found: 2,
                supported: 1,
            },
            BundleError::WrongKey,
            BundleError::SecretMismatch {
                needed: SecretKind::Passphrase,
                given: SecretKind::Key,
            },
            BundleError::KindMismatch {
                expected: BundleKind::Share,
                found: BundleKind::Backup,
            },
            BundleError::Damaged { at: 1 },
            BundleError::Truncated,
            BundleError::BadShareKey { detail: "x".into() },
            BundleError::BadKdfParams {
                memory_kib: 1,
                iterations: 1,
                parallelism: 1,
            },
            BundleError::PassphraseTooShort { len: 3, min: 8 },
            BundleError::TooLarge { limit: 1 },
            BundleError::NoRandomness { detail: "x".into() },
            BundleError::Io(io::Error::other("x")),
        ];
        for e in all {
            assert!(!e.message(crate::Lang::Ja).is_empty(), "{}", e.kind());
            assert!(!e.to_string().is_empty());
            assert_eq!(e.duplicate().kind(), e.kind());
        }
    }

    /// #16: the English said "(1 characters; at least 8)"; the Japanese stays one form.
    #[test]
    fn a_passphrase_of_one_character_is_singular_in_english() {
        let e = BundleError::PassphraseTooShort { len: 1, min: 8 };
        assert_eq!(
            e.to_string(),
            "The passphrase is too short (1 character; at least 8)."
        );
        assert_eq!(
            BundleError::PassphraseTooShort { len: 3, min: 8 }.to_string(),
            "The passphrase is too short (3 characters; at least 8)."
        );
        assert_eq!(
            e.message(Lang::Ja),
            "パスフレーズが短すぎます。8文字以上にしてください。"
        );
    }
}

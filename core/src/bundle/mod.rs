//! Bundles: one end-to-end encrypted file, to share records and photos with a family
//! member or to back up the whole handbook. This module is the container only; what
//! goes inside (records, photos, the backup's database) is written by its callers as
//! a plain byte stream through [`BundleWriter`] and read back through
//! [`BundleReader`].
//!
//! - [`header`]: the 91-byte header (magic, version, kind, secret kind, Argon2id
//!   parameters, salt, nonce prefix, key check) and [`read_header`].
//! - [`key`]: share keys and their typeable text form, passphrases, Argon2id
//!   parameters, and the keys derived from them.
//! - [`stream`]: XChaCha20-Poly1305 in 64 KiB chunks, in the STREAM construction.
//! - `error`: [`BundleError`].
//!
//! The byte-level format, version 1, is docs/bundle-format.md.

mod error;
pub mod header;
pub mod key;
pub mod stream;

#[cfg(test)]
mod tests;

pub use error::BundleError;
pub use header::{BundleHeader, BundleKind, read_header};
pub use key::{BundleSecret, KdfParams, SecretKind, SecretText, ShareKey};
pub use stream::{BundleReader, BundleWriter};

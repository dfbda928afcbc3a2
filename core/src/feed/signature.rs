//! Authenticity: the city signs the exact bytes of its feed with Ed25519, and the
//! phone applies only a feed signed by a key pinned in its city configuration.
//!
//! The signed file is a small JSON envelope holding the feed bytes (base64), the
//! signature and the signer's public key. An envelope rather than a detached `.sig`
//! file because a CDN updates two files independently: a phone could fetch a new
//! feed with the old signature and reject a good update. One file is also one
//! conditional GET, one ETag. Naming the key lets the phone tell "altered" from
//! "signed by someone else", and lets a city rotate keys by pinning two for a while.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

use super::FeedError;
use super::error::{Detail, arg, quoted};
use super::format::MAX_FEED_BYTES;
use crate::tid;

/// The value of `hagukumi_signed_feed` in an envelope.
pub const ENVELOPE_VERSION: u32 = 1;

/// A city's public key, as written in configurations: base64 of the 32 key bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    pub fn parse(text: &str) -> Result<PublicKey, FeedError> {
        let invalid = |error: String| FeedError::BadConfig {
            detail: Detail::new(
                tid!("feed-detail-public-key"),
                [("key", quoted(text)), ("error", arg(error))],
            ),
        };
        let bytes = B64
            .decode(text.trim())
            .map_err(|e| invalid(e.to_string()))?;
        let bytes: [u8; 32] = bytes
            .try_into()
            .map_err(|b: Vec<u8>| FeedError::BadConfig {
                detail: Detail::new(
                    tid!("feed-detail-public-key-length"),
                    [("key", quoted(text)), ("n", b.len().into())],
                ),
            })?;
        VerifyingKey::from_bytes(&bytes)
            .map(PublicKey)
            .map_err(|e| invalid(e.to_string()))
    }

    pub fn to_base64(&self) -> String {
        B64.encode(self.0.as_bytes())
    }
}

impl std::fmt::Display for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_base64())
    }
}

/// The city's signing key (publisher side). Its text form is base64 of the 32-byte
/// seed, in a file only the publishing staff can read.
pub struct SecretKey(SigningKey);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("SecretKey")
            .field(&self.public_key().to_base64())
            .finish()
    }
}

impl SecretKey {
    pub fn from_seed(seed: [u8; 32]) -> SecretKey {
        SecretKey(SigningKey::from_bytes(&seed))
    }

    /// Read a key file: the base64 seed on the first line that is not a `#` comment.
    pub fn parse(text: &str) -> Result<SecretKey, FeedError> {
        let bad = |detail: Detail| FeedError::BadConfig { detail };
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#'))
            .ok_or_else(|| bad(Detail::new(tid!("feed-detail-signing-key-missing"), [])))?;
        let bytes = B64.decode(line).map_err(|e| {
            bad(Detail::new(
                tid!("feed-detail-signing-key"),
                [("error", arg(e))],
            ))
        })?;
        let seed: [u8; 32] = bytes.try_into().map_err(|b: Vec<u8>| {
            bad(Detail::new(
                tid!("feed-detail-signing-key-length"),
                [("n", b.len().into())],
            ))
        })?;
        Ok(SecretKey::from_seed(seed))
    }

    /// The key file's text, with a comment saying what it is.
    pub fn to_file_text(&self) -> String {
        format!(
            "# Hagukumi feed signing key (Ed25519 seed, base64). Keep it secret.\n# Public key: {}\n{}\n",
            self.public_key(),
            B64.encode(self.0.to_bytes())
        )
    }

    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }
}

/// The signed file as published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub hagukumi_signed_feed: u32,
    pub algorithm: String,
    pub public_key: String,
    pub signature: String,
    /// The feed document's exact bytes, base64.
    pub payload: String,
}

/// Sign `feed_bytes` and return the envelope file's bytes.
pub fn sign(feed_bytes: &[u8], key: &SecretKey) -> Vec<u8> {
    let signature = key.0.sign(feed_bytes);
    let envelope = Envelope {
        hagukumi_signed_feed: ENVELOPE_VERSION,
        algorithm: "ed25519".into(),
        public_key: key.public_key().to_base64(),
        signature: B64.encode(signature.to_bytes()),
        payload: B64.encode(feed_bytes),
    };
    // A struct of strings always serialises.
    serde_json::to_vec_pretty(&envelope).unwrap_or_default()
}

/// The payload of an envelope, NOT verified: only for what needs no trust, such as
/// the `ETag` `hagukumi feed serve` computes ([`crate::feed::sync::content_etag`]).
/// `None` if `bytes` is not an envelope.
pub fn unverified_payload(bytes: &[u8]) -> Option<Vec<u8>> {
    #[derive(Deserialize)]
    struct PayloadOnly {
        payload: String,
    }
    let envelope: PayloadOnly = serde_json::from_slice(bytes).ok()?;
    B64.decode(envelope.payload.trim()).ok()
}

/// Largest envelope: the payload grows by a third in base64.
pub const MAX_ENVELOPE_BYTES: usize = MAX_FEED_BYTES / 3 * 4 + 64 * 1024;

/// Check the envelope against the pinned keys and return the feed bytes it vouches
/// for. Nothing of the payload is parsed before the signature is verified.
pub fn open(envelope_bytes: &[u8], pinned: &[PublicKey]) -> Result<Vec<u8>, FeedError> {
    if envelope_bytes.len() > MAX_ENVELOPE_BYTES {
        return Err(FeedError::TooLarge {
            limit: MAX_ENVELOPE_BYTES as u64,
            seen: envelope_bytes.len() as u64,
        });
    }
    // Every field optional, so that an unsigned feed (a plain JSON Feed put where the
    // envelope should be) is reported as unsigned, not as malformed.
    #[derive(Deserialize)]
    struct Loose {
        hagukumi_signed_feed: Option<u32>,
        algorithm: Option<String>,
        public_key: Option<String>,
        signature: Option<String>,
        payload: Option<String>,
    }
    let loose: Loose = serde_json::from_slice(envelope_bytes).map_err(FeedError::json)?;
    let (Some(version), Some(signature), Some(payload)) =
        (loose.hagukumi_signed_feed, loose.signature, loose.payload)
    else {
        return Err(FeedError::MissingSignature);
    };
    if version > ENVELOPE_VERSION {
        return Err(FeedError::UnsupportedVersion {
            found: version,
            supported: ENVELOPE_VERSION,
        });
    }
    if loose.algorithm.as_deref() != Some("ed25519") {
        return Err(FeedError::InvalidFeed {
            detail: Detail::new(
                tid!("feed-detail-algorithm"),
                [("found", arg(format!("{:?}", loose.algorithm)))],
            ),
        });
    }
    let key_text = loose.public_key.unwrap_or_default();
    let key = pinned
        .iter()
        .find(|k| k.to_base64() == key_text.trim())
        .ok_or(FeedError::UnknownKey { key: key_text })?;
    let signature = B64
        .decode(signature.trim())
        .ok()
        .and_then(|b| <[u8; 64]>::try_from(b).ok())
        .map(|b| Signature::from_bytes(&b))
        .ok_or(FeedError::BadSignature)?;
    let payload = B64
        .decode(payload.trim())
        .map_err(|e| FeedError::InvalidFeed {
            detail: Detail::new(tid!("feed-detail-payload-base64"), [("error", arg(e))]),
        })?;
    // verify_strict: refuse the malleable and small-order forms plain `verify` lets
    // through; a city's signature never needs them.
    key.0
        .verify_strict(&payload, &signature)
        .map_err(|_| FeedError::BadSignature)?;
    Ok(payload)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(n: u8) -> SecretKey {
        SecretKey::from_seed([n; 32])
    }

    #[test]
    fn a_signed_payload_opens_with_the_pinned_key() {
        let k = key(1);
        let env = sign(b"{\"hello\": 1}", &k);
        assert_eq!(open(&env, &[k.public_key()]).unwrap(), b"{\"hello\": 1}");
        // Any of several pinned keys (rotation).
        assert!(open(&env, &[key(2).public_key(), k.public_key()]).is_ok());
    }

    #[test]
    fn a_key_that_is_not_pinned_is_named() {
        let env = sign(b"x", &key(1));
        let err = open(&env, &[key(2).public_key()]).unwrap_err();
        let expected = key(1).public_key().to_base64();
        assert!(
            matches!(err, FeedError::UnknownKey { key: ref k } if *k == expected),
            "{err:?}"
        );
    }

    #[test]
    fn an_altered_payload_or_signature_is_refused() {
        let k = key(1);
        let mut env: Envelope = serde_json::from_slice(&sign(b"original", &k)).unwrap();
        env.payload = B64.encode(b"altered");
        let bytes = serde_json::to_vec(&env).unwrap();
        assert!(matches!(
            open(&bytes, &[k.public_key()]),
            Err(FeedError::BadSignature)
        ));

        let mut env: Envelope = serde_json::from_slice(&sign(b"original", &k)).unwrap();
        env.signature = B64.encode([0u8; 64]);
        let bytes = serde_json::to_vec(&env).unwrap();
        assert!(matches!(
            open(&bytes, &[k.public_key()]),
            Err(FeedError::BadSignature)
        ));

        // A key pinned and named in the envelope, but the signature made by another.
        let other = sign(b"original", &key(3));
        let mut env: Envelope = serde_json::from_slice(&other).unwrap();
        env.public_key = k.public_key().to_base64();
        let bytes = serde_json::to_vec(&env).unwrap();
        assert!(matches!(
            open(&bytes, &[k.public_key()]),
            Err(FeedError::BadSignature)
        ));
    }

    #[test]
    fn an_unsigned_feed_is_reported_as_unsigned() {
        let plain = br#"{"version": "https://jsonfeed.org/version/1.1", "items": []}"#;
        assert!(matches!(
            open(plain, &[key(1).public_key()]),
            Err(FeedError::MissingSignature)
        ));
        assert!(matches!(
            open(b"not json", &[key(1).public_key()]),
            Err(FeedError::InvalidJson { .. })
        ));
    }

    #[test]
    fn key_texts_round_trip_and_bad_ones_are_explained() {
        let k = key(7);
        let again = SecretKey::parse(&k.to_file_text()).unwrap();
        assert_eq!(again.public_key(), k.public_key());
        assert_eq!(
            PublicKey::parse(&k.public_key().to_base64()).unwrap(),
            k.public_key()
        );
        assert!(matches!(
            PublicKey::parse("AAAA"),
            Err(FeedError::BadConfig { .. })
        ));
        assert!(matches!(
            SecretKey::parse("# only a comment\n"),
            Err(FeedError::BadConfig { .. })
        ));
    }
}

//! The secrets a bundle is locked with, and the keys derived from them.
//!
//! A share key is 32 random bytes, shown as text a family member can scan as a QR
//! code or type: `HGK1-` and 56 Crockford base32 characters in groups of four. The
//! last 24 bits are a CRC-24 (RFC 4880) of the key: as a cyclic code it catches every
//! error confined to 24 consecutive bits, so every single mistyped character and
//! every swap of two neighbouring characters is reported as a typo instead of
//! "wrong key". Upper-case letters, digits and `-` are in the QR alphanumeric set,
//! so the QR code stays small.
//!
//! A passphrase goes through Argon2id with the salt and parameters in the header.
//! Either way the result (the "master key") is never used directly: the content key
//! and the key-check value are derived from it and from the header's random values
//! with BLAKE3 in key-derivation mode, so reusing a share key for many bundles never
//! reuses a (key, nonce) pair.

use unicode_normalization::UnicodeNormalization as _;
use zeroize::{Zeroize as _, Zeroizing};

use super::BundleError;

/// Key bytes of a share key.
const KEY_LEN: usize = 32;
/// The text form starts with this (format 1 of the key text).
const TEXT_PREFIX: &str = "HGK1";
/// Characters of the text form after the prefix: (32 key + 3 CRC bytes) × 8 / 5.
const TEXT_CHARS: usize = (KEY_LEN + 3) * 8 / 5;
/// Crockford's base32 alphabet (no I, L, O, U).
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A random key for sharing records with family members. `Debug` never shows it.
#[derive(Clone)]
pub struct ShareKey([u8; KEY_LEN]);

impl Drop for ShareKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl std::fmt::Debug for ShareKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ShareKey(…)")
    }
}

impl ShareKey {
    /// A new key from the operating system's random source.
    ///
    /// Fallible (unlike a panic) because the OS source can in principle fail, and a
    /// panic would cross the FFI.
    pub fn generate() -> Result<ShareKey, BundleError> {
        let mut bytes = [0u8; KEY_LEN];
        fill_random(&mut bytes)?;
        Ok(ShareKey(bytes))
    }

    /// Read a key as typed or scanned. Spaces, hyphens (also Japanese long-vowel marks
    /// and full-width forms from a Japanese keyboard), lower case, and Crockford's
    /// look-alikes (`O` for `0`, `I`/`L` for `1`) are accepted; the `HGK1` prefix may
    /// be left out.
    pub fn parse(text: &str) -> Result<ShareKey, BundleError> {
        let bad = |detail: String| BundleError::BadShareKey { detail };
        let mut symbols = Zeroizing::new(Vec::with_capacity(TEXT_CHARS + TEXT_PREFIX.len()));
        for c in text.chars() {
            // Full-width ASCII (U+FF01–U+FF5E) as typed with a Japanese IME.
            let c = match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                _ => c,
            };
            if c.is_whitespace()
                || matches!(c, '-' | '_' | '.' | '‐' | '‑' | '–' | '—' | '−' | 'ー')
            {
                continue;
            }
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            };
            let value = u8::try_from(c)
                .ok()
                .and_then(|b| CROCKFORD.iter().position(|&a| a == b));
            match value {
                Some(v) => symbols.push(v as u8),
                None => {
                    return Err(bad(format!(
                        "the character {c:?} is not used in share keys"
                    )));
                }
            }
        }
        let prefix: Vec<u8> = TEXT_PREFIX
            .bytes()
            .filter_map(|b| CROCKFORD.iter().position(|&a| a == b).map(|v| v as u8))
            .collect();
        let body: &[u8] = if symbols.len() == TEXT_CHARS + prefix.len() {
            match symbols.strip_prefix(prefix.as_slice()) {
                Some(body) => body,
                None => return Err(bad(format!("it does not start with {TEXT_PREFIX}"))),
            }
        } else {
            &symbols
        };
        if body.len() != TEXT_CHARS {
            return Err(bad(format!(
                "it has {} characters; a share key has {TEXT_CHARS} after {TEXT_PREFIX}",
                body.len()
            )));
        }
        let mut bytes = Zeroizing::new([0u8; KEY_LEN + 3]);
        let mut acc: u32 = 0;
        let mut bits = 0;
        let mut out = 0;
        for &v in body {
            acc = (acc << 5) | u32::from(v);
            bits += 5;
            if bits >= 8 {
                bits -= 8;
                bytes[out] = (acc >> bits) as u8;
                out += 1;
                acc &= (1 << bits) - 1;
            }
        }
        acc.zeroize();
        let (key, crc) = bytes.split_at(KEY_LEN);
        let expected = crc24(key).to_be_bytes();
        if crc != &expected[1..] {
            return Err(bad(
                "a character is mistyped (the check characters do not match); please check it again"
                    .into(),
            ));
        }
        let mut k = [0u8; KEY_LEN];
        k.copy_from_slice(key);
        Ok(ShareKey(k))
    }

    #[cfg(test)]
    pub(crate) fn from_bytes(bytes: [u8; KEY_LEN]) -> ShareKey {
        ShareKey(bytes)
    }

    pub(crate) fn bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }
}

impl std::fmt::Display for ShareKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut data = Zeroizing::new([0u8; KEY_LEN + 3]);
        data[..KEY_LEN].copy_from_slice(&self.0);
        data[KEY_LEN..].copy_from_slice(&crc24(&self.0).to_be_bytes()[1..]);
        let mut text = Zeroizing::new(String::with_capacity(80));
        text.push_str(TEXT_PREFIX);
        let mut acc: u32 = 0;
        let mut bits = 0;
        let mut written = 0;
        for &b in data.iter() {
            acc = (acc << 8) | u32::from(b);
            bits += 8;
            while bits >= 5 {
                bits -= 5;
                if written % 4 == 0 {
                    text.push('-');
                }
                text.push(char::from(CROCKFORD[((acc >> bits) & 31) as usize]));
                written += 1;
            }
            acc &= (1 << bits) - 1;
        }
        f.write_str(&text)
    }
}

/// CRC-24 of OpenPGP (RFC 4880 §6.1): polynomial 0x864CFB, initial value 0xB704CE.
fn crc24(data: &[u8]) -> u32 {
    let mut crc: u32 = 0xB7_04CE;
    for &b in data {
        crc ^= u32::from(b) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x100_0000 != 0 {
                crc ^= 0x186_4CFB;
            }
        }
    }
    crc & 0xFF_FFFF
}

pub(crate) fn fill_random(buf: &mut [u8]) -> Result<(), BundleError> {
    getrandom::fill(buf).map_err(|e| BundleError::NoRandomness {
        detail: e.to_string(),
    })
}

/// Which kind of secret a bundle is locked with; written in the header so the app can
/// ask "scan the key" or "type the passphrase" before trying.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecretKind {
    Key,
    Passphrase,
}

impl SecretKind {
    /// The secret, in `lang` ("a passphrase").
    pub(crate) fn label(self, lang: crate::Lang) -> String {
        match self {
            SecretKind::Key => crate::t!(lang, "store-secret-key"),
            SecretKind::Passphrase => crate::t!(lang, "store-secret-passphrase"),
        }
    }
}

/// A secret as the family typed or scanned it, before it is checked: what the apps
/// hand over (a share key as text, a passphrase). [`SecretText::to_secret`] parses it
/// into a [`BundleSecret`]; a malformed share key is refused there, typed. Kept apart
/// from [`BundleSecret`] because that one wipes its passphrase when dropped, which a
/// value that crosses the FFI (moved field by field) cannot do.
#[derive(Clone, PartialEq, Eq)]
#[cfg_attr(
    feature = "uniffi",
    derive(uniffi::Enum),
    uniffi(name = "BundleSecret")
)]
pub enum SecretText {
    /// A share key as text (as scanned or typed; spaces and case do not matter).
    ShareKey { key: String },
    /// A passphrase the family chose (backups).
    Passphrase { passphrase: String },
}

impl SecretText {
    pub fn to_secret(&self) -> Result<BundleSecret, BundleError> {
        Ok(match self {
            SecretText::ShareKey { key } => BundleSecret::Key(ShareKey::parse(key)?),
            SecretText::Passphrase { passphrase } => BundleSecret::Passphrase(passphrase.clone()),
        })
    }
}

impl std::fmt::Debug for SecretText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SecretText::ShareKey { .. } => f.write_str("SecretText::ShareKey(…)"),
            SecretText::Passphrase { .. } => f.write_str("SecretText::Passphrase(…)"),
        }
    }
}

/// What a bundle is locked with. `Debug` never shows the secret; a passphrase is
/// wiped from memory when the value is dropped.
#[derive(Clone)]
pub enum BundleSecret {
    Key(ShareKey),
    Passphrase(String),
}

impl Drop for BundleSecret {
    fn drop(&mut self) {
        if let BundleSecret::Passphrase(p) = self {
            p.zeroize();
        }
    }
}

impl std::fmt::Debug for BundleSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BundleSecret::Key(_) => f.write_str("BundleSecret::Key(…)"),
            BundleSecret::Passphrase(_) => f.write_str("BundleSecret::Passphrase(…)"),
        }
    }
}

impl BundleSecret {
    pub fn kind(&self) -> SecretKind {
        match self {
            BundleSecret::Key(_) => SecretKind::Key,
            BundleSecret::Passphrase(_) => SecretKind::Passphrase,
        }
    }
}

/// The shortest passphrase accepted when writing (in characters, after
/// normalisation). Opening never checks it: an old bundle must stay readable.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The passphrase as the bytes given to Argon2id: Unicode NFC, and every kind of space
/// (the ideographic space U+3000 of Japanese keyboards included) as U+0020, as in
/// RFC 8265's OpaqueString profile. Without it, the same passphrase typed on two
/// phones can differ in invisible ways (a composed or decomposed が, a full-width
/// space). Width is kept (Ａ ≠ A), as RFC 8265 does for passwords.
pub(crate) fn normalize_passphrase(passphrase: &str) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(passphrase.len()));
    for c in passphrase.nfc() {
        out.push(
            if c.is_whitespace() && c != '\n' && c != '\r' && c != '\t' {
                ' '
            } else {
                c
            },
        );
    }
    out
}

/// Argon2id parameters, as written in a passphrase bundle's header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl KdfParams {
    /// Passphrase bundles written by the app.
    ///
    /// RFC 9106 §4 recommends Argon2id with 2 GiB (first choice) or, where memory is
    /// constrained, 64 MiB with t = 3, p = 4. OWASP's Password Storage Cheat Sheet
    /// (2025) lists equivalent minimums from m = 47104 KiB, t = 1 down to
    /// m = 7168 KiB, t = 5 (p = 1). We take RFC 9106's 64 MiB, t = 3 with p = 1: this
    /// build computes lanes one after another (no threads), so p = 4 would cost the
    /// same time for no gain, and 64 MiB fits a low-end Android phone's per-app memory.
    /// Measured (`benches/bundle.rs`): 0.30 s per derivation on the development VM
    /// (x86_64, release build); expect 2–4× that on a mid-range phone.
    pub const PHONE: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        iterations: 3,
        parallelism: 1,
    };

    /// The most a bundle may ask of a phone. A header is untrusted input: a crafted
    /// file asking for 4 GiB or a million passes would freeze or kill the app.
    pub const MAX_MEMORY_KIB: u32 = 256 * 1024;
    pub const MAX_ITERATIONS: u32 = 10;
    pub const MAX_PARALLELISM: u32 = 4;

    /// Within the bounds above and Argon2's own minimums (8 KiB per lane, one pass).
    pub fn check(&self) -> Result<(), BundleError> {
        let ok = (1..=Self::MAX_PARALLELISM).contains(&self.parallelism)
            && (1..=Self::MAX_ITERATIONS).contains(&self.iterations)
            && self.memory_kib >= 8 * self.parallelism
            && self.memory_kib <= Self::MAX_MEMORY_KIB;
        if ok {
            Ok(())
        } else {
            Err(BundleError::BadKdfParams {
                memory_kib: self.memory_kib,
                iterations: self.iterations,
                parallelism: self.parallelism,
            })
        }
    }
}

/// The secret as 32 uniform bytes: the share key itself, or Argon2id of the
/// normalised passphrase with the header's salt.
pub(crate) fn master_key(
    secret: &BundleSecret,
    kdf: Option<KdfParams>,
    salt: &[u8; 16],
) -> Result<Zeroizing<[u8; 32]>, BundleError> {
    let mut master = Zeroizing::new([0u8; 32]);
    match (secret, kdf) {
        (BundleSecret::Key(key), _) => master.copy_from_slice(key.bytes()),
        (BundleSecret::Passphrase(p), Some(kdf)) => {
            kdf.check()?;
            let refused = || BundleError::BadKdfParams {
                memory_kib: kdf.memory_kib,
                iterations: kdf.iterations,
                parallelism: kdf.parallelism,
            };
            let params =
                argon2::Params::new(kdf.memory_kib, kdf.iterations, kdf.parallelism, Some(32))
                    .map_err(|_| refused())?;
            let argon =
                argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
            let normalized = normalize_passphrase(p);
            argon
                .hash_password_into(normalized.as_bytes(), salt, master.as_mut_slice())
                .map_err(|_| refused())?;
        }
        (BundleSecret::Passphrase(_), None) => {
            return Err(BundleError::SecretMismatch {
                needed: SecretKind::Key,
                given: SecretKind::Passphrase,
            });
        }
    }
    Ok(master)
}

/// BLAKE3 `derive_key` contexts (globally unique, hard-coded, as BLAKE3 asks).
const CONTEXT_CONTENT: &str = "Hagukumi bundle v1 2026-11-25 content key";
const CONTEXT_CHECK: &str = "Hagukumi bundle v1 2026-11-25 key check";

/// The XChaCha20-Poly1305 key: from the master key and every header byte before the
/// key check (so also the salt and the nonce prefix: fresh for every bundle).
pub(crate) fn content_key(master: &[u8; 32], header_body: &[u8]) -> Zeroizing<[u8; 32]> {
    let mut h = blake3::Hasher::new_derive_key(CONTEXT_CONTENT);
    h.update(master);
    h.update(header_body);
    Zeroizing::new(*h.finalize().as_bytes())
}

/// The key-check value: a keyed hash of the header body under a subkey of its own, so
/// it tells "wrong key" from "damaged" without revealing anything about the content
/// key. Compared in constant time (`blake3::Hash`'s `==`).
pub(crate) fn key_check(master: &[u8; 32], header_body: &[u8]) -> blake3::Hash {
    let subkey = Zeroizing::new(blake3::derive_key(CONTEXT_CHECK, master));
    blake3::keyed_hash(&subkey, header_body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(seed: u8) -> ShareKey {
        ShareKey(std::array::from_fn(|i| {
            seed.wrapping_mul(31).wrapping_add(i as u8)
        }))
    }

    #[test]
    fn share_key_text_round_trips() {
        for seed in 0..=255u8 {
            let k = key(seed);
            let text = k.to_string();
            assert!(text.starts_with("HGK1-"), "{text}");
            assert_eq!(text.len(), 4 + 14 * 5, "{text}");
            assert_eq!(ShareKey::parse(&text).unwrap().bytes(), k.bytes());
        }
        let k = ShareKey::generate().unwrap();
        assert_eq!(ShareKey::parse(&k.to_string()).unwrap().bytes(), k.bytes());
    }

    #[test]
    fn share_key_text_is_qr_alphanumeric() {
        let text = ShareKey::generate().unwrap().to_string();
        assert!(
            text.bytes()
                .all(|b| b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".contains(&b))
        );
    }

    #[test]
    fn parsing_tolerates_spaces_case_lookalikes_and_japanese_keyboards() {
        let k = key(7);
        let text = k.to_string();
        let variants = [
            text.to_lowercase(),
            text.replace('-', " "),
            text.replace('-', ""),
            format!("  {}\n", text.replace('-', "  ")),
            text.replace('0', "O").replace('1', "l"),
            text.trim_start_matches("HGK1-").to_string(),
            // Full-width, with ideographic spaces and a long-vowel mark as hyphen.
            text.chars()
                .map(|c| match c {
                    '-' => 'ー',
                    c => char::from_u32(c as u32 + 0xFEE0).unwrap(),
                })
                .collect::<String>()
                .replacen('ー', "\u{3000}", 3),
        ];
        for v in variants {
            assert_eq!(ShareKey::parse(&v).unwrap().bytes(), k.bytes(), "{v}");
        }
    }

    #[test]
    fn every_single_typo_and_neighbour_swap_is_caught() {
        let k = key(42);
        let text = k.to_string();
        let chars: Vec<char> = text.chars().collect();
        let positions: Vec<usize> = (5..chars.len()).filter(|&i| chars[i] != '-').collect();
        for &i in &positions {
            for &sym in CROCKFORD {
                let sym = char::from(sym);
                if sym == chars[i] {
                    continue;
                }
                let mut typo = chars.clone();
                typo[i] = sym;
                let typo: String = typo.into_iter().collect();
                let err = ShareKey::parse(&typo).unwrap_err();
                assert!(matches!(err, BundleError::BadShareKey { .. }), "{typo}");
            }
        }
        for w in positions.windows(2) {
            let (a, b) = (w[0], w[1]);
            if chars[a] == chars[b] {
                continue;
            }
            let mut swapped = chars.clone();
            swapped.swap(a, b);
            let swapped: String = swapped.into_iter().collect();
            assert!(ShareKey::parse(&swapped).is_err(), "{swapped}");
        }
    }

    #[test]
    fn malformed_keys_say_what_is_wrong() {
        let text = key(1).to_string();
        for (input, needle) in [
            ("", "0 characters"),
            (&text[..text.len() - 1], "characters"),
            ("HGK1-U000", "'U'"),
            ("HGK1-あ", "'あ'"),
        ] {
            match ShareKey::parse(input) {
                Err(BundleError::BadShareKey { detail }) => {
                    assert!(detail.contains(needle), "{input:?}: {detail}")
                }
                other => panic!("{input:?}: {other:?}"),
            }
        }
        let wrong_prefix = format!("HGK2{}", &text[4..]);
        assert!(matches!(
            ShareKey::parse(&wrong_prefix),
            Err(BundleError::BadShareKey { .. })
        ));
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let k = key(3);
        let text = k.to_string();
        let shown = format!(
            "{k:?} {:?} {:?}",
            BundleSecret::Key(k.clone()),
            BundleSecret::Passphrase("hunter22 secret".into())
        );
        assert!(!shown.contains(&text[5..9]), "{shown}");
        assert!(!shown.contains("hunter22"), "{shown}");
    }

    #[test]
    fn passphrases_are_normalised() {
        // が composed vs. decomposed; ideographic vs. ASCII space.
        assert_eq!(
            *normalize_passphrase("かが\u{3000}やく"),
            *normalize_passphrase("か\u{304B}\u{3099} やく")
        );
        assert_ne!(
            *normalize_passphrase("ＡＢＣ"),
            *normalize_passphrase("ABC")
        );
    }

    #[test]
    fn kdf_bounds() {
        assert!(KdfParams::PHONE.check().is_ok());
        for bad in [
            KdfParams {
                memory_kib: 256 * 1024 + 1,
                iterations: 1,
                parallelism: 1,
            },
            KdfParams {
                memory_kib: 64,
                iterations: 11,
                parallelism: 1,
            },
            KdfParams {
                memory_kib: 64,
                iterations: 0,
                parallelism: 1,
            },
            KdfParams {
                memory_kib: 64,
                iterations: 1,
                parallelism: 0,
            },
            KdfParams {
                memory_kib: 64,
                iterations: 1,
                parallelism: 5,
            },
            KdfParams {
                memory_kib: 7,
                iterations: 1,
                parallelism: 1,
            },
            KdfParams {
                memory_kib: 31,
                iterations: 1,
                parallelism: 4,
            },
        ] {
            assert!(
                matches!(bad.check(), Err(BundleError::BadKdfParams { .. })),
                "{bad:?}"
            );
        }
    }
}

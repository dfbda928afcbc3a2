//! Bundles end to end: round trips, wrong secrets, tampering with every byte,
//! truncation at every boundary, appended data, future versions.

use std::io::{Read, Write};

use proptest::prelude::*;

use super::header::{HEADER_LEN, MAGIC};
use super::stream::{CHUNK_LEN, TAG_LEN};
use super::*;

/// Argon2id at its cheapest, so passphrase tests take milliseconds.
const CHEAP: KdfParams = KdfParams {
    memory_kib: 8,
    iterations: 1,
    parallelism: 1,
};

const SEALED: usize = CHUNK_LEN + TAG_LEN;

fn share_key(seed: u8) -> BundleSecret {
    BundleSecret::Key(ShareKey::from_bytes(std::array::from_fn(|i| {
        seed ^ (i as u8)
    })))
}

fn passphrase(p: &str) -> BundleSecret {
    BundleSecret::Passphrase(p.into())
}

fn data(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 + i / 251) as u8).collect()
}

fn seal(kind: BundleKind, secret: &BundleSecret, plain: &[u8]) -> Vec<u8> {
    let mut w = BundleWriter::with_kdf(Vec::new(), kind, secret, CHEAP).unwrap();
    w.write_all(plain).unwrap();
    w.finish().unwrap()
}

fn open_all(bytes: &[u8], secret: &BundleSecret) -> Result<Vec<u8>, BundleError> {
    let mut r = BundleReader::open(bytes, secret)?;
    let mut out = Vec::new();
    r.read_to_end(&mut out)?;
    Ok(out)
}

#[test]
fn bundle_round_trips_at_chunk_edges() {
    let key = share_key(1);
    for len in [
        0,
        1,
        CHUNK_LEN - 1,
        CHUNK_LEN,
        CHUNK_LEN + 1,
        2 * CHUNK_LEN,
        3 * CHUNK_LEN + 17,
    ] {
        let plain = data(len);
        let bytes = seal(BundleKind::Share, &key, &plain);
        let chunks = len.div_ceil(CHUNK_LEN).max(1);
        assert_eq!(
            bytes.len(),
            HEADER_LEN + len + chunks * TAG_LEN,
            "len {len}"
        );
        assert_eq!(open_all(&bytes, &key).unwrap(), plain, "len {len}");
    }
}

#[test]
fn bundle_round_trips_several_megabytes_with_a_generated_key() {
    let key = BundleSecret::Key(ShareKey::generate().unwrap());
    let plain = data(3 * 1024 * 1024 + 12345);
    let bytes = seal(BundleKind::Backup, &key, &plain);
    let mut r = BundleReader::open(bytes.as_slice(), &key).unwrap();
    assert_eq!(r.kind(), BundleKind::Backup);
    // Small reads, as a parser would do.
    let mut out = Vec::new();
    let mut small = [0u8; 1000];
    loop {
        let n = r.read(&mut small).unwrap();
        if n == 0 {
            break;
        }
        out.extend_from_slice(&small[..n]);
    }
    assert_eq!(out, plain);
    // Still at the end afterwards.
    assert_eq!(r.read(&mut small).unwrap(), 0);
}

#[test]
fn bundle_passphrase_round_trips() {
    let secret = passphrase("こもれび の そら 2026");
    let plain = data(CHUNK_LEN + 5);
    let bytes = seal(BundleKind::Share, &secret, &plain);
    let header = read_header(&mut bytes.as_slice()).unwrap();
    assert_eq!(header.secret, SecretKind::Passphrase);
    assert_eq!(header.kdf, Some(CHEAP));
    assert_eq!(open_all(&bytes, &secret).unwrap(), plain);
    // The same passphrase typed differently (decomposed が, ideographic spaces).
    let retyped = passphrase("こもれび\u{3000}の\u{3000}そら 2026");
    assert_eq!(open_all(&bytes, &retyped).unwrap(), plain);
}

#[test]
fn bundle_with_phone_kdf_round_trips() {
    let secret = passphrase("long enough passphrase");
    let started = std::time::Instant::now();
    let mut w = BundleWriter::new(Vec::new(), BundleKind::Backup, &secret).unwrap();
    w.write_all(b"hello").unwrap();
    let bytes = w.finish().unwrap();
    assert_eq!(
        read_header(&mut bytes.as_slice()).unwrap().kdf,
        Some(KdfParams::PHONE)
    );
    assert_eq!(open_all(&bytes, &secret).unwrap(), b"hello");
    eprintln!(
        "two Argon2id PHONE derivations (debug build): {:?}",
        started.elapsed()
    );
}

#[test]
fn bundle_header_tells_what_to_ask_for() {
    let key = share_key(2);
    let bytes = seal(BundleKind::Share, &key, b"x");
    let mut input = bytes.as_slice();
    let header = read_header(&mut input).unwrap();
    assert_eq!(header.version, 1);
    assert_eq!(header.kind, BundleKind::Share);
    assert_eq!(header.secret, SecretKind::Key);
    assert_eq!(header.kdf, None);
    // The stream continues right after the header.
    let mut r = BundleReader::from_header(input, header, &key).unwrap();
    let mut out = Vec::new();
    r.read_to_end(&mut out).unwrap();
    assert_eq!(out, b"x");
    assert!(bytes.starts_with(&MAGIC));
}

#[test]
fn bundle_wrong_secret_is_wrong_key_before_any_content() {
    let plain = data(3 * CHUNK_LEN);
    let key = share_key(3);
    let bytes = seal(BundleKind::Share, &key, &plain);
    // Only the header is needed to know the key is wrong.
    for wrong in [
        share_key(4),
        BundleSecret::Key(ShareKey::generate().unwrap()),
    ] {
        let err = BundleReader::open(&bytes[..HEADER_LEN], &wrong).unwrap_err();
        assert!(matches!(err, BundleError::WrongKey), "{err:?}");
        assert!(matches!(
            open_all(&bytes, &wrong),
            Err(BundleError::WrongKey)
        ));
    }
    let pass = passphrase("the right passphrase");
    let bytes = seal(BundleKind::Backup, &pass, &plain);
    for wrong in ["the right passphrasE", "the right passphrase ", ""] {
        let err = open_all(&bytes, &passphrase(wrong)).unwrap_err();
        assert!(matches!(err, BundleError::WrongKey), "{wrong:?}: {err:?}");
    }
    // A key for a passphrase bundle (and the reverse) says which one is needed.
    assert!(matches!(
        open_all(&bytes, &key),
        Err(BundleError::SecretMismatch {
            needed: SecretKind::Passphrase,
            given: SecretKind::Key
        })
    ));
}

#[test]
fn bundle_short_passphrase_is_refused_on_write_only() {
    for short in ["", "1234567", "あいうえおかき"] {
        let err = BundleWriter::with_kdf(Vec::new(), BundleKind::Share, &passphrase(short), CHEAP)
            .err()
            .unwrap();
        assert!(
            matches!(err, BundleError::PassphraseTooShort { min: 8, .. }),
            "{err:?}"
        );
    }
    // Eight Japanese characters are enough (characters, not bytes).
    assert!(
        BundleWriter::with_kdf(
            Vec::new(),
            BundleKind::Share,
            &passphrase("あいうえおかきく"),
            CHEAP
        )
        .is_ok()
    );
}

#[test]
fn bundle_kind_is_checked_on_request() {
    let key = share_key(5);
    let bytes = seal(BundleKind::Backup, &key, b"db");
    let r = BundleReader::open(bytes.as_slice(), &key).unwrap();
    assert!(matches!(
        r.expect_kind(BundleKind::Share),
        Err(BundleError::KindMismatch {
            expected: BundleKind::Share,
            found: BundleKind::Backup
        })
    ));
}

/// Flip one bit at `at` and read the whole bundle.
fn read_flipped(
    bytes: &[u8],
    at: usize,
    bit: u8,
    secret: &BundleSecret,
) -> Result<Vec<u8>, BundleError> {
    let mut bad = bytes.to_vec();
    bad[at] ^= 1 << bit;
    open_all(&bad, secret)
}

#[test]
fn bundle_tampering_with_any_byte_is_refused() {
    // Small bundle: every byte, every bit, of a share-key bundle and a passphrase one.
    for secret in [share_key(6), passphrase("tamper proof passphrase")] {
        let plain = data(300);
        let bytes = seal(BundleKind::Share, &secret, &plain);
        for at in 0..bytes.len() {
            for bit in 0..8 {
                let err = read_flipped(&bytes, at, bit, &secret).unwrap_err();
                if at >= HEADER_LEN {
                    assert!(
                        matches!(err, BundleError::Damaged { at: 91 }),
                        "{at}: {err:?}"
                    );
                } else {
                    assert!(
                        matches!(
                            err,
                            BundleError::WrongKey
                                | BundleError::NotABundle
                                | BundleError::UnsupportedVersion { .. }
                                | BundleError::Damaged { .. }
                                | BundleError::SecretMismatch { .. }
                                | BundleError::BadKdfParams { .. }
                        ),
                        "{at}.{bit}: {err:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn bundle_tampering_with_a_multi_chunk_bundle_is_refused() {
    // Three chunks (the last one short): every byte of the header, the first and
    // last 64 bytes of every chunk, and a stride through the middles.
    let key = share_key(7);
    let plain = data(2 * CHUNK_LEN + 1000);
    let bytes = seal(BundleKind::Backup, &key, &plain);
    let mut positions: Vec<usize> = (0..HEADER_LEN).collect();
    for c in 0..3 {
        let start = HEADER_LEN + c * SEALED;
        let end = (start + SEALED).min(bytes.len());
        positions.extend(start..start + 64);
        positions.extend(end - 64..end);
        positions.extend((start..end).step_by(4001));
    }
    for at in positions {
        let mut bad = bytes.clone();
        bad[at] ^= 0x80;
        let mut out = Vec::new();
        let result = BundleReader::open(bad.as_slice(), &key)
            .and_then(|mut r| r.read_to_end(&mut out).map_err(BundleError::from));
        let err = result.unwrap_err();
        if at >= HEADER_LEN {
            let chunk = (at - HEADER_LEN) / SEALED;
            let expected = (HEADER_LEN + chunk * SEALED) as u64;
            assert!(
                matches!(err, BundleError::Damaged { at } if at == expected),
                "{at}: {err:?}"
            );
            // Only the chunks before the damaged one were returned.
            assert_eq!(out, plain[..chunk * CHUNK_LEN], "{at}");
        }
    }
}

#[test]
fn bundle_reordered_or_duplicated_chunks_are_refused() {
    let key = share_key(8);
    let plain = data(3 * CHUNK_LEN + 10);
    let bytes = seal(BundleKind::Share, &key, &plain);
    let chunk = |i: usize| {
        &bytes[HEADER_LEN + i * SEALED..(HEADER_LEN + (i + 1) * SEALED).min(bytes.len())]
    };
    let header = &bytes[..HEADER_LEN];
    let swapped = [header, chunk(1), chunk(0), chunk(2), chunk(3)].concat();
    assert!(matches!(
        open_all(&swapped, &key),
        Err(BundleError::Damaged { at: 91 })
    ));
    let duplicated = [header, chunk(0), chunk(0), chunk(1), chunk(2), chunk(3)].concat();
    assert!(matches!(
        open_all(&duplicated, &key),
        Err(BundleError::Damaged { .. })
    ));
    let dropped = [header, chunk(0), chunk(2), chunk(3)].concat();
    assert!(matches!(
        open_all(&dropped, &key),
        Err(BundleError::Damaged { .. })
    ));
    // A chunk of another bundle under the same key, at the same position.
    let other = seal(BundleKind::Share, &key, &plain);
    let spliced = [
        header,
        &other[HEADER_LEN..HEADER_LEN + SEALED],
        chunk(1),
        chunk(2),
        chunk(3),
    ]
    .concat();
    assert!(matches!(
        open_all(&spliced, &key),
        Err(BundleError::Damaged { at: 91 })
    ));
    // The header of another bundle: its key check passes, the chunks do not.
    let reheaded = [&other[..HEADER_LEN], &bytes[HEADER_LEN..]].concat();
    assert!(matches!(
        open_all(&reheaded, &key),
        Err(BundleError::Damaged { at: 91 })
    ));
}

#[test]
fn bundle_cut_anywhere_is_refused() {
    let key = share_key(9);
    let plain = data(3 * CHUNK_LEN);
    let bytes = seal(BundleKind::Share, &key, &plain);
    // At every chunk boundary: Truncated exactly.
    for c in 0..3 {
        let cut = HEADER_LEN + c * SEALED;
        let err = open_all(&bytes[..cut], &key).unwrap_err();
        assert!(
            matches!(err, BundleError::Truncated),
            "cut at {cut}: {err:?}"
        );
    }
    // Inside the header.
    for cut in [0, 1, 7] {
        assert!(matches!(
            open_all(&bytes[..cut], &key),
            Err(BundleError::NotABundle)
        ));
    }
    for cut in [8, 9, 10, 50, HEADER_LEN - 1] {
        assert!(
            matches!(open_all(&bytes[..cut], &key), Err(BundleError::Truncated)),
            "{cut}"
        );
    }
    // Inside chunks: Truncated or Damaged, never the data.
    for c in 0..3 {
        let start = HEADER_LEN + c * SEALED;
        for off in [1, TAG_LEN - 1, TAG_LEN, TAG_LEN + 1, CHUNK_LEN, SEALED - 1] {
            let err = open_all(&bytes[..start + off], &key).unwrap_err();
            assert!(
                matches!(err, BundleError::Truncated | BundleError::Damaged { .. }),
                "cut at {}: {err:?}",
                start + off
            );
        }
    }
    // An empty stream: only the header and its final (empty) chunk.
    let empty = seal(BundleKind::Share, &key, b"");
    assert!(matches!(
        open_all(&empty[..HEADER_LEN], &key),
        Err(BundleError::Truncated)
    ));
    assert!(open_all(&empty, &key).unwrap().is_empty());
}

#[test]
fn bundle_data_after_the_end_is_refused() {
    let key = share_key(10);
    for len in [0, 10, CHUNK_LEN, 2 * CHUNK_LEN] {
        let bytes = seal(BundleKind::Share, &key, &data(len));
        for extra in [
            &[0u8][..],
            b"garbage",
            &[0u8; SEALED][..],
            &bytes[HEADER_LEN..],
        ] {
            let padded = [&bytes[..], extra].concat();
            let err = open_all(&padded, &key).unwrap_err();
            assert!(
                matches!(err, BundleError::Damaged { .. }),
                "{len}+{}: {err:?}",
                extra.len()
            );
        }
    }
}

#[test]
fn bundle_reader_keeps_failing_after_a_failure() {
    let key = share_key(11);
    let mut bytes = seal(BundleKind::Share, &key, &data(2 * CHUNK_LEN));
    bytes[HEADER_LEN + 5] ^= 1;
    let mut r = BundleReader::open(bytes.as_slice(), &key).unwrap();
    let mut buf = [0u8; 10];
    for _ in 0..3 {
        let err = BundleError::from(r.read(&mut buf).unwrap_err());
        assert!(matches!(err, BundleError::Damaged { at: 91 }), "{err:?}");
    }
}

#[test]
fn bundle_future_version_and_foreign_files() {
    let key = share_key(12);
    let mut bytes = seal(BundleKind::Share, &key, b"x");
    bytes[8..10].copy_from_slice(&2u16.to_be_bytes());
    // Whatever follows: a future header may be longer or shorter.
    for end in [10, 11, bytes.len()] {
        let err = read_header(&mut &bytes[..end]).unwrap_err();
        assert!(
            matches!(
                err,
                BundleError::UnsupportedVersion {
                    found: 2,
                    supported: 1
                }
            ),
            "{err:?}"
        );
    }
    assert!(matches!(
        open_all(&bytes, &key),
        Err(BundleError::UnsupportedVersion { .. })
    ));
    for foreign in [
        &b""[..],
        b"PK\x03\x04 a zip file",
        b"SQLite format 3\0",
        &[0x89, b'P', b'N', b'G'],
    ] {
        assert!(matches!(
            read_header(&mut &foreign[..]),
            Err(BundleError::NotABundle)
        ));
    }
}

#[test]
fn bundle_absurd_kdf_params_are_refused_before_argon2() {
    let secret = passphrase("some passphrase here");
    let mut bytes = seal(BundleKind::Share, &secret, b"x");
    // 4 GiB − 1 KiB of memory: would take seconds and gigabytes if run.
    bytes[12..16].copy_from_slice(&u32::MAX.to_be_bytes());
    let started = std::time::Instant::now();
    let err = open_all(&bytes, &secret).unwrap_err();
    assert!(
        matches!(
            err,
            BundleError::BadKdfParams {
                memory_kib: u32::MAX,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(started.elapsed() < std::time::Duration::from_millis(100));
    // The writer refuses them too.
    let huge = KdfParams {
        memory_kib: 1 << 20,
        iterations: 1,
        parallelism: 1,
    };
    assert!(matches!(
        BundleWriter::with_kdf(Vec::new(), BundleKind::Share, &secret, huge).err(),
        Some(BundleError::BadKdfParams { .. })
    ));
}

#[test]
fn bundle_content_key_is_fresh_for_every_bundle() {
    // Same key, same plaintext: different ciphertext (salt and nonce prefix are new).
    let key = share_key(13);
    let a = seal(BundleKind::Share, &key, &data(1000));
    let b = seal(BundleKind::Share, &key, &data(1000));
    assert_ne!(a[24..HEADER_LEN], b[24..HEADER_LEN]);
    assert_ne!(a[HEADER_LEN..], b[HEADER_LEN..]);
}

#[test]
fn bundle_writer_is_unusable_after_an_output_error() {
    struct Failing(usize);
    impl Write for Failing {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.0 < buf.len() {
                return Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "full"));
            }
            self.0 -= buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let key = share_key(14);
    let mut w =
        BundleWriter::with_kdf(Failing(HEADER_LEN + 10), BundleKind::Share, &key, CHEAP).unwrap();
    let err = w.write_all(&data(3 * CHUNK_LEN)).unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::StorageFull);
    assert!(w.write(b"more").is_err());
    assert!(matches!(w.finish(), Err(BundleError::Io(_))));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// Any size, written in any pieces, read in any pieces, comes back the same.
    #[test]
    fn bundle_round_trips_whatever_the_write_and_read_sizes(
        len in 0usize..(3 * CHUNK_LEN + 100),
        writes in prop::collection::vec(1usize..(CHUNK_LEN + 10), 1..8),
        read_size in 1usize..(2 * CHUNK_LEN),
        seed in any::<u8>(),
    ) {
        let key = share_key(seed % 4);
        let plain: Vec<u8> = data(len).into_iter().map(|b| b ^ seed).collect();
        let mut w = BundleWriter::with_kdf(Vec::new(), BundleKind::Share, &key, CHEAP).unwrap();
        let mut rest = plain.as_slice();
        let mut i = 0;
        while !rest.is_empty() {
            let n = writes[i % writes.len()].min(rest.len());
            w.write_all(&rest[..n]).unwrap();
            rest = &rest[n..];
            i += 1;
        }
        let bytes = w.finish().unwrap();
        let mut r = BundleReader::open(bytes.as_slice(), &key).unwrap();
        let mut out = Vec::new();
        let mut buf = vec![0u8; read_size];
        loop {
            let n = r.read(&mut buf).unwrap();
            if n == 0 { break; }
            out.extend_from_slice(&buf[..n]);
        }
        prop_assert_eq!(out, plain);
    }
}

/// The share key and passphrase of the fuzz target `bundle_open` (core/fuzz).
pub(crate) const FUZZ_KEY_BYTES: [u8; 32] = [0x42; 32];
const FUZZ_KEY_TEXT: &str =
    "HGK1-8914-4GJ2-8914-4GJ2-8914-4GJ2-8914-4GJ2-8914-4GJ2-8914-4GJ2-8914-W0TP";
const FUZZ_PASSPHRASE: &str = "fuzzing passphrase";
const FUZZ_KDF: KdfParams = KdfParams {
    memory_kib: 8,
    iterations: 1,
    parallelism: 1,
};

/// Writes the seeds of the fuzz target `bundle_open`:
/// `HAGUKUMI_FUZZ_SEEDS=core/fuzz/seeds/bundle_open cargo test -p hagukumi-core write_bundle_fuzz_seeds -- --ignored`
#[test]
#[ignore = "writes files; run by hand to regenerate the fuzz seeds"]
fn write_bundle_fuzz_seeds() {
    let key = BundleSecret::Key(ShareKey::from_bytes(FUZZ_KEY_BYTES));
    let Ok(dir) = std::env::var("HAGUKUMI_FUZZ_SEEDS") else {
        panic!("set HAGUKUMI_FUZZ_SEEDS to the seed folder");
    };
    let pass = passphrase(FUZZ_PASSPHRASE);
    let w = |name: &str, kind, secret: &BundleSecret, plain: &[u8]| {
        let mut writer = BundleWriter::with_kdf(Vec::new(), kind, secret, FUZZ_KDF).unwrap();
        writer.write_all(plain).unwrap();
        std::fs::write(format!("{dir}/{name}"), writer.finish().unwrap()).unwrap();
    };
    w("key-empty.hgk", BundleKind::Share, &key, b"");
    w(
        "key-small.hgk",
        BundleKind::Share,
        &key,
        "母子健康手帳".as_bytes(),
    );
    w(
        "key-backup-2-chunks.hgk",
        BundleKind::Backup,
        &key,
        &data(CHUNK_LEN + 100),
    );
    w("passphrase-small.hgk", BundleKind::Share, &pass, b"hello");
    w(
        "passphrase-backup.hgk",
        BundleKind::Backup,
        &pass,
        &data(1000),
    );
}

#[test]
fn fuzz_key_text_is_the_fuzz_key() {
    let key = ShareKey::from_bytes(FUZZ_KEY_BYTES);
    assert_eq!(key.to_string(), FUZZ_KEY_TEXT);
}

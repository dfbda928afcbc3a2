//! Bytes from a file a family member received: the header, then the chunks, with the
//! share key or the passphrase the seeds were made with (so mutations of real bundles
//! reach the chunk reader). Nothing may panic, hang, allocate more than one chunk, or
//! return plaintext that is not a whole authenticated chunk of the file.
#![no_main]

use std::io::Read;

use hagukumi_core::bundle::header::HEADER_LEN;
use hagukumi_core::bundle::stream::{CHUNK_LEN, TAG_LEN};
use hagukumi_core::bundle::{BundleError, BundleReader, BundleSecret, ShareKey, read_header};
use libfuzzer_sys::fuzz_target;

/// The key of the seeds (core/src/bundle/tests.rs `FUZZ_KEY_TEXT`).
const KEY: &str = "HGK1-8914-4GJ2-8914-4GJ2-8914-4GJ2-8914-4GJ2-8914-4GJ2-8914-4GJ2-8914-W0TP";
const PASSPHRASE: &str = "fuzzing passphrase";

fuzz_target!(|data: &[u8]| {
    let header = read_header(&mut &data[..]);
    let key = BundleSecret::Key(ShareKey::parse(KEY).expect("the fixed key parses"));
    open_and_read(data, &key);
    // The passphrase only with Argon2id at its cheapest: a header may ask for up to
    // 256 MiB × 10 passes, which the reader allows (seconds) but a fuzzer cannot afford.
    if let Ok(h) = header
        && let Some(kdf) = h.kdf
        && kdf.memory_kib <= 64
        && kdf.iterations <= 2
    {
        open_and_read(data, &BundleSecret::Passphrase(PASSPHRASE.into()));
    }
});

fn open_and_read(data: &[u8], secret: &BundleSecret) {
    let Ok(mut reader) = BundleReader::open(data, secret) else {
        return;
    };
    let mut out = Vec::new();
    match reader.read_to_end(&mut out) {
        // A complete bundle is exactly header + plaintext + one tag per chunk.
        Ok(_) => {
            let chunks = out.len().div_ceil(CHUNK_LEN).max(1);
            assert_eq!(out.len() + HEADER_LEN + chunks * TAG_LEN, data.len());
        }
        Err(e) => {
            // What came out before the failure came out of whole chunks of the input.
            assert!(
                out.len() % CHUNK_LEN == 0 && out.len() <= data.len().saturating_sub(HEADER_LEN)
            );
            // Reading a slice cannot fail as I/O: every failure is a bundle error.
            let e = BundleError::from(e);
            assert!(!matches!(e, BundleError::Io(_)), "{e:?}");
        }
    }
}

//! The test vectors of docs/test-vectors/ checked with the real code: what a second
//! implementation of docs/feed-format.md and docs/bundle-format.md checks itself
//! against is what this implementation reads and writes.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::io::Read as _;
use std::path::PathBuf;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use hagukumi_core::bundle::{BundleKind, BundleReader, BundleSecret, ShareKey, read_header};
use hagukumi_core::feed::signature::{self, SecretKey};
use hagukumi_core::feed::{CityConfig, open_signed};

fn vectors() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/test-vectors")
}

fn read(rel: &str) -> Vec<u8> {
    std::fs::read(vectors().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn text(rel: &str) -> String {
    String::from_utf8(read(rel)).unwrap()
}

/// The values docs/test-vectors/README.md states, read from it, so that the README
/// cannot drift from the files.
fn stated(name: &str) -> String {
    let readme = text("README.md");
    let line = readme
        .lines()
        .find(|l| l.starts_with(&format!("| `{name}` |")))
        .unwrap_or_else(|| panic!("README.md states no `{name}`"));
    line.split('|')
        .nth(2)
        .unwrap()
        .trim()
        .trim_matches('`')
        .to_string()
}

#[test]
fn the_feed_vector_verifies_and_signs_identically() {
    let key = SecretKey::parse(&text("feed/signing.key")).unwrap();
    // RFC 8032 §7.1 TEST 1: the public key of that secret key.
    assert_eq!(
        B64.decode(key.public_key().to_base64()).unwrap(),
        hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
    );
    assert_eq!(key.public_key().to_base64(), stated("public_key"));
    let city = CityConfig::from_toml(&text("feed/city.toml")).unwrap();
    let envelope = read("feed/feed.signed.json");
    let feed = open_signed(&envelope, &city).unwrap();
    assert_eq!(feed.hagukumi.city.code, "999990");
    // The payload is feed.json, byte for byte; Ed25519 is deterministic, so signing
    // it again gives the same envelope.
    let document = read("feed/feed.json");
    assert_eq!(signature::unverified_payload(&envelope).unwrap(), document);
    assert_eq!(signature::sign(&document, &key), envelope);
    let json: serde_json::Value = serde_json::from_slice(&envelope).unwrap();
    assert_eq!(json["signature"], stated("signature"));
    assert_eq!(
        hagukumi_core::feed::sync::content_etag(&document),
        stated("content_etag")
    );
    // A changed byte of the payload is refused.
    let mut altered = document.clone();
    let at = altered.iter().position(|b| *b == b'4').unwrap();
    altered[at] = b'5';
    let mut forged = json.clone();
    forged["payload"] = B64.encode(&altered).into();
    assert!(open_signed(&serde_json::to_vec(&forged).unwrap(), &city).is_err());
}

#[cfg(feature = "publish")]
#[test]
fn the_csv_row_id_of_the_vector_is_the_documented_hash() {
    use hagukumi_core::feed::opendata;
    let (events, _) = opendata::events(&read("feed/sources/events.csv")).unwrap();
    let id = opendata::content_id(
        "event",
        &["両親学級", "2026-06-20", "13:30", "こもれび市保健センター"],
    );
    assert_eq!(events[0].id, id);
    assert_eq!(id, stated("event_id"));
    let joined = "両親学級\u{1F}2026-06-20\u{1F}13:30\u{1F}こもれび市保健センター";
    assert_eq!(
        id,
        format!("event-{}", &blake3::hash(joined.as_bytes()).to_hex()[..16])
    );
    let feed: serde_json::Value = serde_json::from_slice(&read("feed/feed.json")).unwrap();
    assert_eq!(feed["_hagukumi"]["events"][0]["id"], id.as_str());
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn decrypt(file: &str, secret: &BundleSecret) -> Vec<u8> {
    let bytes = read(file);
    let mut reader = BundleReader::open(&bytes[..], secret)
        .unwrap()
        .expect_kind(BundleKind::Share)
        .unwrap();
    let mut plain = Vec::new();
    reader.read_to_end(&mut plain).unwrap();
    plain
}

/// The content stream's entries: (tag, name, bytes), each hash checked.
fn entries(plain: &[u8]) -> Vec<(u8, String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < plain.len() {
        let tag = plain[at];
        let name_len = u16::from_be_bytes([plain[at + 1], plain[at + 2]]) as usize;
        let name = String::from_utf8(plain[at + 3..at + 3 + name_len].to_vec()).unwrap();
        at += 3 + name_len;
        let size = u64::from_be_bytes(plain[at..at + 8].try_into().unwrap()) as usize;
        at += 8;
        let bytes = plain[at..at + size].to_vec();
        at += size;
        assert_eq!(
            &plain[at..at + 32],
            blake3::hash(&bytes).as_bytes(),
            "{name}"
        );
        at += 32;
        out.push((tag, name, bytes));
    }
    out
}

#[test]
fn the_bundle_vectors_open_with_their_key_and_passphrase_to_the_stated_stream() {
    let key_text = text("bundle/share-key.txt");
    let key = ShareKey::parse(key_text.trim()).unwrap();
    assert_eq!(key.to_string(), key_text.trim());
    let plain = decrypt("bundle/share-key.hagukumi-share", &BundleSecret::Key(key));
    assert_eq!(plain, read("bundle/share.plaintext"));
    // The same stream under a passphrase, typed with an ideographic space and a
    // decomposed が: the normalisation of docs/bundle-format.md opens it, and so
    // does its normal form.
    let typed = text("bundle/passphrase.txt");
    let typed = typed.trim_end_matches('\n');
    assert!(typed.contains('\u{3000}') && typed.contains('\u{3099}'));
    for p in [typed.to_string(), stated("passphrase_normalized")] {
        let again = decrypt(
            "bundle/passphrase.hagukumi-share",
            &BundleSecret::Passphrase(p),
        );
        assert_eq!(again, plain);
    }
    let header = read_header(&mut &read("bundle/passphrase.hagukumi-share")[..]).unwrap();
    let kdf = header.kdf.unwrap();
    assert_eq!(
        format!("{},{},{}", kdf.memory_kib, kdf.iterations, kdf.parallelism),
        stated("kdf")
    );
    // The stream: manifest, records, photos, end; payload_bytes is the sum of the
    // sizes of the entries between the manifest and the end.
    let e = entries(&plain);
    let tags: Vec<u8> = e.iter().map(|(t, _, _)| *t).collect();
    assert_eq!(tags, b"MRRZ");
    let manifest: serde_json::Value = serde_json::from_slice(&e[0].2).unwrap();
    assert_eq!(
        (manifest["format"].as_u64(), manifest["kind"].as_str()),
        (Some(1), Some("share"))
    );
    let payload: usize = e[1..e.len() - 1].iter().map(|(_, _, b)| b.len()).sum();
    assert_eq!(manifest["payload_bytes"].as_u64(), Some(payload as u64));
    let records: serde_json::Value = serde_json::from_slice(&e[1].2).unwrap();
    let kinds: Vec<&str> = records
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["child", "growth"]);
    assert_eq!(records[0]["data"]["name"], "はな");
    // A live record has no deleted_at at all (not null).
    assert!(records[0].get("deleted_at").is_none());
}

/// Writes bundle/passphrase.hagukumi-share and bundle/share.plaintext from the
/// share-key bundle (made with `hagukumi share export`). Run by hand after changing
/// the content format: `cargo test -p hagukumi-core --test test_vectors -- --ignored`.
#[test]
#[ignore]
fn regenerate_the_passphrase_bundle_vector() {
    use hagukumi_core::bundle::{BundleWriter, KdfParams};
    use std::io::Write as _;
    let key = ShareKey::parse(text("bundle/share-key.txt").trim()).unwrap();
    let plain = decrypt("bundle/share-key.hagukumi-share", &BundleSecret::Key(key));
    std::fs::write(vectors().join("bundle/share.plaintext"), &plain).unwrap();
    let typed = text("bundle/passphrase.txt");
    let secret = BundleSecret::Passphrase(typed.trim_end_matches('\n').to_string());
    // Small Argon2id parameters, within the reader's bounds, so the check is fast.
    let kdf = KdfParams {
        memory_kib: 8192,
        iterations: 2,
        parallelism: 1,
    };
    let mut w = BundleWriter::with_kdf(Vec::new(), BundleKind::Share, &secret, kdf).unwrap();
    w.write_all(&plain).unwrap();
    let bytes = w.finish().unwrap();
    std::fs::write(vectors().join("bundle/passphrase.hagukumi-share"), bytes).unwrap();
}

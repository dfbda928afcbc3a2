//! The fuzz target `share_import` (core/fuzz) as a proptest, so that `cargo test`
//! runs it: real share plaintexts (a co-parent's and a grandparent's, with a photo),
//! mutated (bytes flipped, cut, inserted), their entry checksums recomputed where the
//! framing still holds (anyone with the key can write any plaintext with the right
//! checksums), encrypted with the share key and imported. Must hold: never a panic,
//! and a successful import leaves a handbook that passes `integrity_check` and reads
//! back.
//!
//! `write_fuzz_seeds` (ignored; run it with `--ignored` and
//! `HAGUKUMI_WRITE_FUZZ_SEEDS=DIR`) writes the valid plaintexts (and a few mutated
//! ones) to DIR: core/fuzz/seeds/share_import.

use std::io::{Read, Write};

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestRunner};

use super::family::open_share;
use super::{ShareRole, from_io};
use crate::bundle::{BundleKind, BundleReader, BundleSecret, BundleWriter, ShareKey};
use crate::growth::{Indicator, Standard};
use crate::lang::Lang;
use crate::model::*;
use crate::photos::tests::{jpeg, picture};
use crate::store::{Handbook, Scope};

/// The decrypted contents of a co-parent share and of a viewer share, each with one
/// photo.
fn plaintexts() -> Vec<Vec<u8>> {
    let dir = tempfile::tempdir().unwrap();
    let mut hb = Handbook::open(dir.path().join("handbook.sqlite3")).unwrap();
    let born: NaiveDate = "2025-09-01".parse().unwrap();
    let hana = hb
        .add_child(Child {
            name: "はな".into(),
            name_kana: Some("ハナ".into()),
            sex: Sex::Female,
            birth_date: born,
            birth_order: 1,
            ga_at_birth: None,
            delivery_id: None,
            birth: BirthMeasurements::default(),
        })
        .unwrap()
        .meta
        .id;
    hb.add_growth(GrowthMeasurement {
        child_id: hana,
        measured_on: "2025-10-01".parse().unwrap(),
        weight_kg: Some(4.1),
        length_cm: Some(53.2),
        position: None,
        head_cm: None,
        notes: Some("1か月健診".into()),
    })
    .unwrap();
    // A dose, so that mutations reach the vaccination rules and the plan.
    hb.add_vaccination(Vaccination {
        subject: Subject::Child(hana),
        vaccine: crate::schedule::VaccineCode::Hib,
        dose: 1,
        date: "2025-11-05".parse().unwrap(),
        brand: None,
        lot: None,
        clinic: None,
        notes: None,
    })
    .unwrap();
    let entry = hb
        .add_diary(DiaryEntry {
            subjects: vec![Subject::Child(hana)],
            written_on: "2025-10-02".parse().unwrap(),
            text: "はじめての笑顔".into(),
            mood: None,
            photos: vec![],
        })
        .unwrap()
        .meta
        .id;
    hb.import_photo_bytes(&jpeg(&picture(64, 48)), Some(entry))
        .unwrap();
    let mut out = Vec::new();
    for (name, role, scope) in [
        ("パパ", ShareRole::CoParent, Scope::Family),
        ("おばあちゃん", ShareRole::Viewer, Scope::Child { id: hana }),
    ] {
        let share = hb.create_share(name, role, scope).unwrap();
        let key = BundleSecret::Key(ShareKey::parse(&share.key).unwrap());
        let mut bundle = Vec::new();
        hb.export_share(share.id, true, &mut bundle).unwrap();
        let mut plain = Vec::new();
        BundleReader::open(&bundle[..], &key)
            .unwrap()
            .read_to_end(&mut plain)
            .unwrap();
        out.push(plain);
    }
    out
}

/// Overwrite each entry's checksum with the right one, from the start up to where the
/// framing breaks (`tag, name_len:u16be, name, size:u64be, bytes, blake3[32]`). The
/// same as in core/fuzz/fuzz_targets/share_import.rs.
fn fix_checksums(data: &mut [u8]) {
    let mut pos = 0usize;
    loop {
        let Some(head) = data.get(pos..pos + 3) else {
            return;
        };
        let name_len = usize::from(u16::from_be_bytes([head[1], head[2]]));
        let size_at = pos + 3 + name_len;
        let Some(size) = data.get(size_at..size_at + 8) else {
            return;
        };
        let Ok(size) = usize::try_from(u64::from_be_bytes(size.try_into().unwrap())) else {
            return;
        };
        let start = size_at + 8;
        let Some(end) = start.checked_add(size) else {
            return;
        };
        if end.checked_add(32).is_none_or(|e| e > data.len()) {
            return;
        }
        let hash = *blake3::hash(&data[start..end]).as_bytes();
        data[end..end + 32].copy_from_slice(&hash);
        pos = end + 32;
    }
}

/// Encrypt `plain` as a share and import it; on success, check the handbook.
fn import_checked(plain: &[u8]) -> crate::error::Result<()> {
    let key = BundleSecret::Key(ShareKey::generate().unwrap());
    let mut bundle = Vec::new();
    let mut w = BundleWriter::new(&mut bundle, BundleKind::Share, &key).unwrap();
    w.write_all(plain).map_err(from_io)?;
    w.finish()?;
    let incoming = open_share(&bundle[..], &key)?;
    let photos = tempfile::tempdir().unwrap();
    let mut hb = Handbook::open_in_memory()
        .unwrap()
        .with_photo_dir(photos.path().join("photos"));
    if incoming.role() == ShareRole::Viewer {
        hb.adopt_family(&incoming.manifest().family_id, true)?;
    }
    incoming.import_into(&mut hb)?;
    assert_eq!(hb.integrity_check().unwrap(), "ok");
    for c in hb.children().unwrap() {
        hb.timeline(Subject::Child(c.meta.id), None, 50, Lang::Ja)
            .unwrap();
        hb.vaccination_plan(c.meta.id).unwrap();
        hb.growth_chart(c.meta.id, Indicator::WeightForAge, Standard::Who)
            .unwrap();
        crate::export::html::summary(&hb, c.meta.id, Lang::Ja).unwrap();
    }
    hb.reminders(60).unwrap();
    for p in hb.pregnancies().unwrap() {
        hb.timeline(Subject::Pregnancy(p.meta.id), None, 50, Lang::Ja)
            .unwrap();
    }
    Ok(())
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(Index, u8),
    Cut(Index),
    Insert(Index, Vec<u8>),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<Index>(), 1u8..=255).prop_map(|(i, x)| Mutation::Flip(i, x)),
        1 => any::<Index>().prop_map(Mutation::Cut),
        2 => (any::<Index>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(i, b)| Mutation::Insert(i, b)),
    ]
}

fn mutate(plain: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut data = plain.to_vec();
    for m in mutations {
        if data.is_empty() {
            break;
        }
        match m {
            Mutation::Flip(i, x) => {
                let at = i.index(data.len());
                data[at] ^= x;
            }
            Mutation::Cut(i) => data.truncate(i.index(data.len())),
            Mutation::Insert(i, bytes) => {
                let at = i.index(data.len() + 1);
                data.splice(at..at, bytes.iter().copied());
            }
        }
    }
    data
}

#[test]
fn valid_plaintexts_import() {
    for plain in plaintexts() {
        import_checked(&plain).unwrap();
    }
}

#[test]
fn mutated_share_contents_never_panic() {
    let seeds = plaintexts();
    let mut runner = TestRunner::new(Config::with_cases(256));
    let strategy = (
        0..seeds.len(),
        prop::collection::vec(mutation(), 1..4),
        any::<bool>(),
    );
    runner
        .run(&strategy, |(which, mutations, fix)| {
            let mut data = mutate(&seeds[which], &mutations);
            if fix {
                fix_checksums(&mut data);
            }
            let _ = import_checked(&data);
            Ok(())
        })
        .unwrap();
}

/// Writes the seeds of the fuzz target to the folder `HAGUKUMI_WRITE_FUZZ_SEEDS`
/// names (a tool, not a test: ignored, run with `--ignored`).
#[test]
#[ignore = "writes the fuzz seeds; run with --ignored and HAGUKUMI_WRITE_FUZZ_SEEDS=DIR"]
fn write_fuzz_seeds() {
    let dir = std::env::var_os("HAGUKUMI_WRITE_FUZZ_SEEDS")
        .expect("HAGUKUMI_WRITE_FUZZ_SEEDS names the folder to write the seeds to");
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (plain, name) in plaintexts().iter().zip(["co_parent", "viewer"]) {
        std::fs::write(dir.join(format!("{name}.bin")), plain).unwrap();
        // A few starting points off the happy path: the records cut short, a photo
        // file missing, and the end mark gone.
        let text = String::from_utf8_lossy(plain);
        if let Some(at) = text.find("records.json") {
            let mut cut = plain[..at + 400.min(plain.len() - at)].to_vec();
            fix_checksums(&mut cut);
            std::fs::write(dir.join(format!("{name}.cut_records.bin")), cut).unwrap();
        }
        let mut flipped = plain.clone();
        let mid = flipped.len() / 3;
        flipped[mid] ^= 0x20;
        fix_checksums(&mut flipped);
        std::fs::write(dir.join(format!("{name}.flipped.bin")), flipped).unwrap();
        std::fs::write(
            dir.join(format!("{name}.no_end.bin")),
            &plain[..plain.len() - 43],
        )
        .unwrap();
    }
}

//! The plaintext inside a share bundle (manifest, records.json, photos.json, photo
//! files, end mark), encrypted here with a share key and imported through the real
//! path: `open_share`, then `import_into` a new handbook (co-parent) or
//! `import_to_view` (viewer). Fuzzing the ciphertext would only reach the header: the
//! AEAD refuses anything else at once. Anyone holding the key can write any plaintext
//! with the right checksums, so the harness recomputes each entry's BLAKE3 checksum
//! wherever the framing still holds (`fix_checksums`); mutations then reach the JSON
//! and the merge instead of stopping at the first checksum.
//!
//! Must hold: never a panic; an import that succeeds leaves a handbook whose
//! `integrity_check()` is "ok", whose children, pregnancies and timelines read back,
//! and whose screens about each child (vaccination plan, reminders, growth chart,
//! HTML export) succeed: what a merge lets in never breaks a screen. Photo files go to a folder on /dev/shm (wiped every run) when there is one.
#![no_main]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use hagukumi_core::bundle::{BundleKind, BundleSecret, BundleWriter, ShareKey};
use hagukumi_core::growth::{Indicator, Standard};
use hagukumi_core::model::Subject;
use hagukumi_core::share::{ShareRole, import_to_view, open_share};
use hagukumi_core::{Handbook, Lang};
use libfuzzer_sys::fuzz_target;

fn key() -> &'static BundleSecret {
    static KEY: OnceLock<BundleSecret> = OnceLock::new();
    KEY.get_or_init(|| BundleSecret::Key(ShareKey::generate().expect("random key")))
}

fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let base = if Path::new("/dev/shm").is_dir() {
            PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        base.join(format!("hagukumi-fuzz-share-{}", std::process::id()))
    })
}

/// Overwrite each entry's checksum with the right one, from the start up to where the
/// framing breaks (`tag, name_len:u16be, name, size:u64be, bytes, blake3[32]`).
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
        let mut s = [0u8; 8];
        s.copy_from_slice(size);
        let Ok(size) = usize::try_from(u64::from_be_bytes(s)) else {
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

fn check(hb: &Handbook) {
    assert_eq!(hb.integrity_check().expect("integrity_check"), "ok");
    for c in hb.children().expect("children") {
        hb.timeline(Subject::Child(c.meta.id), None, 50, Lang::Ja)
            .expect("child timeline");
        hb.vaccination_plan(c.meta.id).expect("vaccination plan");
        hb.growth_chart(c.meta.id, Indicator::WeightForAge, Standard::Who)
            .expect("growth chart");
        hagukumi_core::export::html::summary(hb, c.meta.id, Lang::Ja).expect("html export");
    }
    hb.reminders(60).expect("reminders");
    for p in hb.pregnancies().expect("pregnancies") {
        hb.timeline(Subject::Pregnancy(p.meta.id), None, 50, Lang::Ja)
            .expect("pregnancy timeline");
    }
}

fuzz_target!(|data: &[u8]| {
    let mut plain = data.to_vec();
    fix_checksums(&mut plain);
    let mut bundle = Vec::new();
    let mut w = BundleWriter::new(&mut bundle, BundleKind::Share, key()).expect("writer");
    w.write_all(&plain).expect("encrypt");
    w.finish().expect("finish");

    let Ok(incoming) = open_share(&bundle[..], key()) else {
        return;
    };
    let dir = scratch();
    let _ = std::fs::remove_dir_all(dir);
    match incoming.role() {
        ShareRole::CoParent => {
            let mut hb = Handbook::open_in_memory()
                .expect("memory handbook")
                .with_photo_dir(dir.join("photos"));
            if incoming.import_into(&mut hb).is_ok() {
                check(&hb);
            }
        }
        ShareRole::Viewer => {
            if let Ok(report) = import_to_view(&dir.join("views"), incoming) {
                let path = report.view_path.expect("a viewer import names its view");
                check(&Handbook::open(&path).expect("reopening the view"));
            }
        }
    }
    // The bundle must also decrypt back to what went in (the stream itself).
    let mut back = Vec::new();
    hagukumi_core::bundle::BundleReader::open(&bundle[..], key())
        .expect("open")
        .read_to_end(&mut back)
        .expect("decrypt");
    assert_eq!(back, plain);
});

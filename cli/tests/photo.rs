//! `hagukumi photo …` through the real binary: the exact JSON of `photo import`,
//! exit codes, diary entries, list, check and repair.

// A failed unwrap is a failed test.
#![allow(clippy::unwrap_used)]

mod common;

use common::Hb;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/exif-orientation")
        .join(name)
}

/// A fixture JPEG with an EXIF block (first, so it is the one read) saying when it
/// was taken: IFD0 → Exif IFD with DateTimeOriginal and OffsetTimeOriginal.
fn jpeg_taken_at(dir: &Path) -> PathBuf {
    let mut tiff = b"II\x2A\x00\x08\x00\x00\x00".to_vec();
    tiff.extend_from_slice(&1u16.to_le_bytes());
    tiff.extend_from_slice(&[0x69, 0x87, 4, 0, 1, 0, 0, 0, 26, 0, 0, 0]);
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.extend_from_slice(&2u16.to_le_bytes());
    tiff.extend_from_slice(&[0x03, 0x90, 2, 0, 20, 0, 0, 0, 56, 0, 0, 0]);
    tiff.extend_from_slice(&[0x11, 0x90, 2, 0, 7, 0, 0, 0, 76, 0, 0, 0]);
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.extend_from_slice(b"2026:05:01 09:30:00\0+09:00\0");
    let mut app1 = vec![0xFF, 0xE1];
    app1.extend_from_slice(&((tiff.len() + 8) as u16).to_be_bytes());
    app1.extend_from_slice(b"Exif\0\0");
    app1.extend(tiff);
    let original = std::fs::read(fixture("Portrait_3.jpg")).unwrap();
    let mut bytes = original[..2].to_vec();
    bytes.extend(app1);
    bytes.extend_from_slice(&original[2..]);
    let path = dir.join("IMG_0001.JPG");
    std::fs::write(&path, bytes).unwrap();
    path
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    k.sort();
    k
}

#[test]
fn import_prints_one_object_per_file_in_order_and_fails_if_any_failed() {
    let hb = Hb::new();
    let inputs = tempfile::tempdir().unwrap();
    let taken = jpeg_taken_at(inputs.path());
    let heic = inputs.path().join("IMG_0002.HEIC.jpg");
    let mut heic_bytes = vec![0, 0, 0, 0x18];
    heic_bytes.extend_from_slice(b"ftypheic\0\0\0\0mif1heic\0\0\0\x08meta");
    std::fs::write(&heic, heic_bytes).unwrap();
    let landscape = fixture("Landscape_6.jpg");
    let args = [
        taken.to_str().unwrap(),
        heic.to_str().unwrap(),
        landscape.to_str().unwrap(),
    ];
    let mut cmd = vec!["--lang", "en", "photo", "import", "--json"];
    cmd.extend(args);
    let run = hb.run(&cmd);
    assert_eq!(run.code, 2, "stderr: {}", run.stderr);
    let out = run.json();
    let items = out.as_array().unwrap();
    assert_eq!(items.len(), 3);
    for (item, file) in items.iter().zip(args) {
        assert_eq!(item["file"], file);
    }

    let ok = &items[0];
    assert_eq!(
        keys(ok),
        ["display", "file", "photo_id", "taken_at", "thumbnail"]
    );
    assert_eq!(ok["taken_at"], "2026-05-01T09:30:00+09:00");
    let id = ok["photo_id"].as_str().unwrap();
    assert_eq!(id.len(), 32);
    for (which, w, h) in [("display", 1200, 1800), ("thumbnail", 213, 320)] {
        let r = &ok[which];
        assert_eq!(keys(r), ["height", "path", "width"]);
        assert_eq!(
            (r["width"].as_u64(), r["height"].as_u64()),
            (Some(w), Some(h))
        );
        let path = PathBuf::from(r["path"].as_str().unwrap());
        assert!(
            path.starts_with(hb.path().join("photos")),
            "{}",
            path.display()
        );
        let bytes = std::fs::read(&path).unwrap();
        assert!(!bytes.windows(6).any(|w| w == b"Exif\0\0"));
    }

    let refused = &items[1];
    assert_eq!(keys(refused), ["error", "file"]);
    assert_eq!(keys(&refused["error"]), ["kind", "message"]);
    assert_eq!(refused["error"]["kind"], "heic");
    assert!(
        refused["error"]["message"]
            .as_str()
            .unwrap()
            .contains("JPEG")
    );

    assert_eq!(items[2]["taken_at"], Value::Null);
    assert_eq!(items[2]["display"]["width"], 1800);

    // All good: exit 0, and a re-import gives the same ids.
    let again = hb
        .run(&["photo", "import", "--json", args[0], args[2]])
        .ok()
        .json();
    assert_eq!(again[0]["photo_id"], id);
    assert_eq!(again[1]["photo_id"], items[2]["photo_id"]);
}

#[test]
fn japanese_messages_and_progress_without_json() {
    let hb = Hb::new();
    let inputs = tempfile::tempdir().unwrap();
    let note = inputs.path().join("note.jpg");
    std::fs::write(&note, "not a photo").unwrap();
    let json = hb.run(&["photo", "import", "--json", note.to_str().unwrap()]);
    assert_eq!(json.code, 2);
    let v = json.json();
    assert_eq!(v[0]["error"]["kind"], "unknown_format");
    assert!(
        v[0]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("JPEG・PNG・WebP")
    );

    let text = hb.run(&[
        "photo",
        "import",
        fixture("Landscape_1.jpg").to_str().unwrap(),
        note.to_str().unwrap(),
    ]);
    assert_eq!(text.code, 2);
    assert!(text.stderr.contains("2/2"), "{}", text.stderr);
    assert!(text.stdout.contains("✓") && text.stdout.contains("✗"));
}

#[test]
fn importing_into_a_diary_entry_by_id_prefix() {
    let hb = Hb::new();
    let child = hb.add_child("Hana", "2026-01-10");
    let entry = hb
        .run(&[
            "--json",
            "diary",
            "add",
            "はじめての笑顔",
            "--child",
            &child,
        ])
        .ok()
        .json();
    let entry_id = entry["id"].as_str().unwrap().to_string();
    let out = hb
        .run(&[
            "photo",
            "import",
            "--json",
            "--entry",
            &entry_id[..8],
            fixture("Portrait_8.jpg").to_str().unwrap(),
        ])
        .ok()
        .json();
    let id = out[0]["photo_id"].as_str().unwrap();
    let diary = hb
        .run(&["--json", "diary", "list", "--child", &child])
        .ok()
        .json();
    assert_eq!(diary[0]["photos"][0], id);

    let missing = hb.run(&[
        "photo",
        "import",
        "--json",
        "--entry",
        "ffffffff",
        fixture("Portrait_1.jpg").to_str().unwrap(),
    ]);
    assert_eq!(missing.code, 2);
    assert_eq!(missing.json()["error"]["kind"], "not_found");
}

#[test]
fn list_check_and_repair() {
    let hb = Hb::new();
    let out = hb
        .run(&[
            "photo",
            "import",
            "--json",
            fixture("Landscape_3.jpg").to_str().unwrap(),
        ])
        .ok()
        .json();
    let list = hb.run(&["--json", "photo", "list"]).ok().json();
    assert_eq!(list[0]["id"], out[0]["photo_id"]);
    assert_eq!(list[0]["format"], "jpeg");

    let check = hb.run(&["--json", "photo", "check"]).ok().json();
    assert_eq!(check["photos"], 1);
    assert_eq!(check["orphan_files"].as_array().unwrap().len(), 0);

    let thumb = PathBuf::from(out[0]["thumbnail"]["path"].as_str().unwrap());
    std::fs::remove_file(&thumb).unwrap();
    let damaged = hb.run(&["--json", "--lang", "en", "photo", "check"]);
    assert_eq!(damaged.code, 1);
    assert!(damaged.stderr.contains("--repair"), "{}", damaged.stderr);
    let repaired = hb
        .run(&["--json", "photo", "check", "--repair"])
        .ok()
        .json();
    assert_eq!(repaired["missing"][0]["file"], "thumbnail");
    assert_eq!(repaired["missing"][0]["repaired"], true);
    assert!(thumb.exists());
    hb.run(&["photo", "check"]).ok();
}

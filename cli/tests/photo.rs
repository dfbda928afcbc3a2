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
fn import_prints_one_object_per_file_in_order_and_says_a_batch_was_partly_imported() {
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
    // Not 2 ("nothing was written"): two of the three were imported and are kept.
    assert_eq!(run.code, 3, "stderr: {}", run.stderr);
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

    // Every file refused: 2, and indeed nothing was written.
    let before = hb.run(&["--json", "photo", "list"]).ok().json();
    let none = hb.run(&["photo", "import", "--json", args[1], args[1]]);
    assert_eq!(none.code, 2, "stderr: {}", none.stderr);
    assert_eq!(hb.run(&["--json", "photo", "list"]).ok().json(), before);
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
    assert_eq!(text.code, 3);
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

/// `hagukumi --data-dir DIR --today TODAY ARGS…` run by `sh` after `setup` (a
/// `ulimit` or `umask` for this run only).
fn in_shell(setup: &str, hb: &Hb, args: &[&str]) -> common::Run {
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c")
        .arg(format!("{setup} && exec \"$@\""))
        .arg("sh")
        .arg(env!("CARGO_BIN_EXE_hagukumi"))
        .arg("--data-dir")
        .arg(hb.path())
        .args(["--today", common::TODAY])
        .args(args);
    for var in ["HAGUKUMI_DATA_DIR", "HAGUKUMI_LANG", "HAGUKUMI_TODAY"] {
        cmd.env_remove(var);
    }
    Hb::run_with(&mut cmd)
}

#[test]
fn photo_files_and_folders_are_private_under_the_usual_umask() {
    use std::os::unix::fs::PermissionsExt;
    let hb = Hb::new();
    let landscape = fixture("Landscape_1.jpg");
    let out = in_shell(
        "umask 022",
        &hb,
        &["photo", "import", "--json", landscape.to_str().unwrap()],
    )
    .ok()
    .json();
    let display = PathBuf::from(out[0]["display"]["path"].as_str().unwrap());
    let thumbnail = PathBuf::from(out[0]["thumbnail"]["path"].as_str().unwrap());
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    for file in [&display, &thumbnail] {
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
    for folder in [display.parent().unwrap(), &hb.path().join("photos")] {
        assert_eq!(mode(folder), 0o700, "{}", folder.display());
    }
}

/// A valid 4×4 PNG whose `iCCP` colour profile inflates to `inflated` zero bytes.
fn iccp_bomb(inflated: usize) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let start = out.len();
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        let mut crc = !0u32;
        for &b in &out[start..] {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
            }
        }
        out.extend_from_slice(&(!crc).to_be_bytes());
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut out, b"IHDR", &[0, 0, 0, 4, 0, 0, 0, 4, 8, 2, 0, 0, 0]);
    let mut iccp = b"bomb\0\0".to_vec(); // name, compression method 0
    iccp.extend(zlib_zeros(inflated));
    chunk(&mut out, b"iCCP", &iccp);
    // Four rows of filter byte 0 and 4 grey RGB pixels, in one stored deflate block.
    let rows = [[0u8].as_slice(), &[128; 12]].concat().repeat(4);
    let mut idat = vec![
        0x78,
        0x01,
        0x01,
        rows.len() as u8,
        0,
        !(rows.len() as u8),
        0xFF,
    ];
    idat.extend_from_slice(&rows);
    let (a, b) = rows.iter().fold((1u32, 0u32), |(a, b), &x| {
        let a = (a + u32::from(x)) % 65521;
        (a, (b + a) % 65521)
    });
    idat.extend_from_slice(&((b << 16) | a).to_be_bytes());
    chunk(&mut out, b"IDAT", &idat);
    chunk(&mut out, b"IEND", &[]);
    out
}

/// A zlib stream of `n` zero bytes in one fixed-Huffman block: a literal zero, then
/// copies of 258 bytes from 1 byte back (13 bits each), then the remaining zeros as
/// literals. 1 GiB comes to 6.8 MB.
fn zlib_zeros(n: usize) -> Vec<u8> {
    /// Deflate packs bits from the least significant one; Huffman codes go most
    /// significant bit first.
    struct Bits {
        out: Vec<u8>,
        acc: u64,
        len: u32,
    }
    impl Bits {
        fn put(&mut self, value: u32, len: u32) {
            self.acc |= u64::from(value) << self.len;
            self.len += len;
            while self.len >= 8 {
                self.out.push(self.acc as u8);
                self.acc >>= 8;
                self.len -= 8;
            }
        }
        fn code(&mut self, code: u32, len: u32) {
            self.put(code.reverse_bits() >> (32 - len), len);
        }
    }
    let mut bits = Bits {
        out: vec![0x78, 0x01],
        acc: 0,
        len: 0,
    };
    bits.put(0b011, 3); // last block, fixed Huffman codes
    bits.code(0x30, 8); // literal 0
    for _ in 0..n.saturating_sub(1) / 258 {
        bits.code(0b1100_0101, 8); // length 258 (code 285)
        bits.code(0, 5); // distance 1 (code 0)
    }
    for _ in 0..n.saturating_sub(1) % 258 {
        bits.code(0x30, 8);
    }
    bits.code(0, 7); // end of block
    bits.put(0, 7); // to a whole byte
    let adler = (((n % 65521) as u32) << 16) | 1;
    bits.out.extend_from_slice(&adler.to_be_bytes());
    bits.out
}

#[test]
fn a_png_whose_colour_profile_inflates_to_a_gigabyte_is_imported_without_inflating_it() {
    let hb = Hb::new();
    let inputs = tempfile::tempdir().unwrap();
    let bomb = inputs.path().join("sticker.png");
    std::fs::write(&bomb, iccp_bomb(1 << 30)).unwrap();
    // Half a gigabyte of address space: the import of a 4×4 picture needs a small
    // part of it; inflating the profile needs all of it and more (the import then
    // aborts on a failed allocation).
    let run = in_shell(
        "ulimit -v 524288",
        &hb,
        &["photo", "import", "--json", bomb.to_str().unwrap()],
    );
    assert_eq!(
        run.code, 0,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    let out = run.json();
    assert_eq!(out[0]["display"]["width"], 4);
    assert_eq!(out[0]["display"]["height"], 4);
}

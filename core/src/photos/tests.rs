//! Tests of photo import through the handbook's API, on generated images and on
//! bytes crafted to be refused. (The EXIF orientation fixtures are tested end to end
//! in `tests/photos.rs`.)

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use chrono::NaiveDate;
use image::RgbImage;

use super::*;
use crate::clock::FixedClock;
use crate::model::{Child, DiaryEntry, Sex, Subject};

const TODAY: &str = "2026-05-20";

pub(crate) struct Hb {
    pub hb: Handbook,
    pub dir: tempfile::TempDir,
}

impl Hb {
    pub fn root(&self) -> PathBuf {
        self.dir.path().join("photos")
    }
}

/// A handbook on a file, so that its photo folder is the real one beside it.
pub(crate) fn hb() -> Hb {
    let dir = tempfile::tempdir().unwrap();
    let today: NaiveDate = TODAY.parse().unwrap();
    let hb = Handbook::open(dir.path().join("handbook.sqlite3"))
        .unwrap()
        .with_clock(FixedClock::on(today));
    Hb { hb, dir }
}

/// A smooth picture with a distinct feature in each corner, so that any wrong
/// flip or rotation changes it.
pub(crate) fn picture(w: u32, h: u32) -> RgbImage {
    RgbImage::from_fn(w, h, |x, y| {
        let r = (x * 255 / w.max(1)) as u8;
        let g = (y * 255 / h.max(1)) as u8;
        let b = if x < w / 4 && y < h / 4 { 255 } else { 40 };
        image::Rgb([r, g, b])
    })
}

pub(crate) fn jpeg(img: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    jpeg_encoder::Encoder::new(&mut out, 90)
        .encode(
            img.as_raw(),
            img.width() as u16,
            img.height() as u16,
            jpeg_encoder::ColorType::Rgb,
        )
        .unwrap();
    out
}

fn png(img: &image::DynamicImage) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

fn webp(img: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut out)
        .encode(
            img.as_raw(),
            img.width(),
            img.height(),
            image::ExtendedColorType::Rgb8,
        )
        .unwrap();
    out
}

/// The APPn markers of a JPEG, up to the first scan.
pub(crate) fn app_segments(bytes: &[u8]) -> Vec<u8> {
    assert_eq!(&bytes[..2], &[0xFF, 0xD8]);
    let mut at = 2;
    let mut apps = Vec::new();
    while at + 4 <= bytes.len() && bytes[at] == 0xFF {
        let marker = bytes[at + 1];
        if marker == 0xDA {
            break;
        }
        if (0xE0..=0xEF).contains(&marker) {
            apps.push(marker);
        }
        let len = u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]) as usize;
        at += 2 + len;
    }
    apps
}

/// Whether the bytes hold an EXIF block anywhere (APP1 "Exif\0\0").
pub(crate) fn has_exif(bytes: &[u8]) -> bool {
    bytes.windows(6).any(|w| w == b"Exif\0\0")
}

/// Every file under `root`, recursively.
pub(crate) fn all_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(root) {
        for e in entries {
            let p = e.unwrap().path();
            if p.is_dir() {
                out.extend(all_files(&p));
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn with_orientation_and_time(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    let seg = super::exif::tests::app1(
        &[
            (0x0112, 3, &orientation.to_le_bytes()),
            // Camera serial and GPS-like text that must not survive.
            (0xA431, 2, b"SERIAL-12345\0"),
        ],
        &[
            (0x9003, 2, b"2026:05:01 09:30:00\0"),
            (0x9011, 2, b"+09:00\0"),
        ],
    );
    super::exif::tests::with_exif(jpeg, &seg)
}

fn child_entry(hb: &mut Handbook) -> Uuid {
    let child = hb
        .add_child(Child {
            name: "はな".into(),
            name_kana: None,
            sex: Sex::Female,
            birth_date: "2026-01-10".parse().unwrap(),
            birth_order: 1,
            ga_at_birth: None,
            delivery_id: None,
            birth: Default::default(),
        })
        .unwrap();
    hb.add_diary(DiaryEntry {
        subjects: vec![Subject::Child(child.id())],
        written_on: "2026-05-01".parse().unwrap(),
        text: "はじめての笑顔".into(),
        mood: None,
        photos: vec![],
    })
    .unwrap()
    .id()
}

// --- import ---------------------------------------------------------------------

#[test]
fn a_jpeg_is_stored_upright_small_and_without_metadata() {
    let mut t = hb();
    // 2600×1400 stored sideways (orientation 6: the viewer turns it 90° clockwise).
    let upright = picture(1400, 2600);
    let stored = image::imageops::rotate270(&upright);
    let bytes = with_orientation_and_time(&jpeg(&stored), 6);
    assert!(has_exif(&bytes));

    let imported = t.hb.import_photo_bytes(&bytes, None).unwrap();
    let p = &imported.photo;
    assert!(!imported.deduplicated);
    assert_eq!((p.width, p.height), (1400, 2600));
    assert_eq!((p.display.width, p.display.height), (1103, 2048));
    assert_eq!((p.thumbnail.width, p.thumbnail.height), (172, 320));
    assert_eq!(p.taken_at.as_deref(), Some("2026-05-01T09:30:00+09:00"));
    assert_eq!(p.format, "jpeg");
    assert!(p.display.path.starts_with(t.root()));
    for r in [&p.display, &p.thumbnail] {
        let file = std::fs::read(&r.path).unwrap();
        assert!(!has_exif(&file), "{}", r.path.display());
        assert!(!file.windows(6).any(|w| w == b"SERIAL"));
        assert_eq!(app_segments(&file), vec![0xE0], "only the JFIF header");
        // (The PNG/WebP-only `image` build cannot read JPEG; jpeg-decoder can.)
        let mut d = jpeg_decoder::Decoder::new(file.as_slice());
        let px = d.decode().unwrap();
        let info = d.info().unwrap();
        assert_eq!(
            (u32::from(info.width), u32::from(info.height)),
            (r.width, r.height)
        );
        // Upright: the blue corner is at the top left.
        assert!(px[2] > 200 && px[0] < 60, "top-left pixel {:?}", &px[..3]);
    }
    assert_eq!(t.hb.photo(&p.id).unwrap(), *p);
}

#[test]
fn png_and_webp_import_and_transparency_becomes_white() {
    let mut t = hb();
    let mut rgba = image::RgbaImage::from_pixel(400, 300, image::Rgba([0, 0, 0, 0]));
    rgba.put_pixel(399, 299, image::Rgba([0, 0, 255, 255]));
    let p =
        t.hb.import_photo_bytes(&png(&image::DynamicImage::ImageRgba8(rgba)), None)
            .unwrap()
            .photo;
    assert_eq!(
        (p.format.as_str(), p.display.width, p.display.height),
        ("png", 400, 300)
    );
    let file = std::fs::read(&p.display.path).unwrap();
    let px = jpeg_decoder::Decoder::new(file.as_slice())
        .decode()
        .unwrap();
    assert!(px[..3].iter().all(|c| *c > 245), "{:?}", &px[..3]);

    let w =
        t.hb.import_photo_bytes(&webp(&picture(500, 200)), None)
            .unwrap()
            .photo;
    assert_eq!(
        (w.format.as_str(), w.thumbnail.width, w.thumbnail.height),
        ("webp", 320, 128)
    );
}

#[test]
fn the_extension_does_not_decide_the_format() {
    let mut t = hb();
    let dir = t.dir.path().to_path_buf();
    let png_named_jpg = dir.join("photo.jpg");
    std::fs::write(&png_named_jpg, png(&picture(64, 48).into())).unwrap();
    let text_named_jpg = dir.join("note.jpg");
    std::fs::write(&text_named_jpg, "<html>404 Not Found</html>").unwrap();
    let r =
        t.hb.import_photos(&[png_named_jpg, text_named_jpg], None, &mut |_| {});
    assert_eq!(r[0].as_ref().unwrap().photo.format, "png");
    assert!(
        matches!(
            r[1],
            Err(HandbookError::Photo(PhotoError::UnknownFormat { .. }))
        ),
        "{:?}",
        r[1]
    );
}

#[test]
fn reimporting_the_same_picture_is_deduplicated() {
    let mut t = hb();
    let plain = jpeg(&picture(300, 200));
    let first = t.hb.import_photo_bytes(&plain, None).unwrap();
    let again = t.hb.import_photo_bytes(&plain, None).unwrap();
    assert!(again.deduplicated);
    assert_eq!(again.photo, first.photo);
    // The same pixels with EXIF added (as from the camera, while the first copy came
    // through a chat app that stripped it) are the same photo.
    let with_exif = with_orientation_and_time(&plain, 1);
    let third = t.hb.import_photo_bytes(&with_exif, None).unwrap();
    assert_eq!(third.photo.id, first.photo.id);
    assert_eq!(t.hb.photos().unwrap().len(), 1);
    assert_eq!(all_files(&t.root()).len(), 2);
}

#[test]
fn a_lost_file_is_rewritten_by_a_reimport() {
    let mut t = hb();
    let bytes = jpeg(&picture(300, 200));
    let p = t.hb.import_photo_bytes(&bytes, None).unwrap().photo;
    std::fs::remove_file(&p.display.path).unwrap();
    let again = t.hb.import_photo_bytes(&bytes, None).unwrap();
    assert!(!again.deduplicated);
    assert!(p.display.path.exists());
}

#[test]
fn a_large_jpeg_is_decoded_at_reduced_scale() {
    // 8200×64: the display copy needs 2048 px, so the decoder works at 1/4 scale.
    let bytes = jpeg(&picture(8200, 64));
    let limits = Limits::default();
    let d = decode::decode(&bytes, Format::Jpeg, DISPLAY_MAX, &limits).unwrap();
    assert_eq!((d.full_width, d.full_height), (8200, 64));
    assert_eq!(d.pixels.dimensions(), (2050, 16));
    let thumb = make_thumbnail(&bytes, &limits).unwrap();
    assert_eq!((thumb.width, thumb.height), (320, 2));
}

#[test]
fn batch_import_reports_progress_and_keeps_going_after_a_refusal() {
    let mut t = hb();
    let dir = t.dir.path().to_path_buf();
    let a = dir.join("a.jpg");
    std::fs::write(&a, jpeg(&picture(100, 80))).unwrap();
    let bad = dir.join("b.jpg");
    std::fs::write(&bad, b"not a photo").unwrap();
    let c = dir.join("c.png");
    std::fs::write(&c, png(&picture(90, 70).into())).unwrap();
    let missing = dir.join("missing.jpg");
    let mut seen = Vec::new();
    let results = t.hb.import_photos(&[a, bad, c, missing], None, &mut |p| {
        seen.push((p.done, p.total))
    });
    assert_eq!(seen, vec![(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]);
    assert!(results[0].is_ok());
    assert_eq!(
        results[1].as_ref().unwrap_err().kind().as_str(),
        "unknown_format"
    );
    assert!(results[2].is_ok());
    assert_eq!(results[3].as_ref().unwrap_err().kind().as_str(), "read");
}

#[test]
fn an_in_memory_handbook_needs_a_photo_folder() {
    let mut hb = Handbook::open_in_memory().unwrap();
    let bytes = jpeg(&picture(20, 20));
    assert!(matches!(
        hb.import_photo_bytes(&bytes, None),
        Err(HandbookError::Photo(PhotoError::NoPhotoFolder))
    ));
    let dir = tempfile::tempdir().unwrap();
    let mut hb = hb.with_photo_dir(dir.path());
    let p = hb.import_photo_bytes(&bytes, None).unwrap().photo;
    assert!(p.display.path.starts_with(dir.path()));
}

// --- refusals ---------------------------------------------------------------------

/// Import `bytes` from a file and check it is refused with `kind`, leaving no file
/// (not even a temporary one) and no row behind.
#[track_caller]
fn refused(t: &mut Hb, bytes: &[u8], kind: &str) -> HandbookError {
    let path = t.dir.path().join("input.jpg");
    std::fs::write(&path, bytes).unwrap();
    let err = t.hb.import_photo_file(&path, None).unwrap_err();
    assert_eq!(err.kind().as_str(), kind, "{err}");
    assert!(err.is_user_error());
    assert!(!err.to_string().is_empty() && !err.message(crate::Lang::Ja).is_empty());
    assert_eq!(all_files(&t.root()), Vec::<PathBuf>::new());
    assert!(t.hb.photos().unwrap().is_empty());
    err
}

fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// A PNG whose header claims `w`×`h` pixels, followed by a few bytes of data.
fn png_claiming(w: u32, h: u32) -> Vec<u8> {
    let chunk = png_chunk;
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &[0x78, 0x9C, 0x63, 0x00, 0x00]);
    chunk(&mut out, b"IEND", &[]);
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A valid JPEG whose frame header is patched to claim `w`×`h`.
fn jpeg_claiming(w: u16, h: u16) -> Vec<u8> {
    let mut bytes = jpeg(&picture(16, 16));
    let sof = bytes.windows(2).position(|m| m == [0xFF, 0xC0]).unwrap();
    bytes[sof + 5..sof + 7].copy_from_slice(&h.to_be_bytes());
    bytes[sof + 7..sof + 9].copy_from_slice(&w.to_be_bytes());
    bytes
}

#[test]
fn decompression_bombs_are_refused_before_decoding() {
    let mut t = hb();
    let e = refused(&mut t, &png_claiming(60_000, 60_000), "too_many_pixels");
    assert!(e.to_string().contains("60000×60000"), "{e}");
    refused(&mut t, &jpeg_claiming(60_000, 60_000), "too_many_pixels");
    // Within the overall limit but too big for a format decoded at full size.
    refused(&mut t, &png_claiming(6_000, 5_000), "too_many_pixels");
}

#[test]
fn truncated_files_are_refused() {
    let mut t = hb();
    let full = jpeg(&picture(400, 300));
    let e = refused(&mut t, &full[..full.len() / 2], "corrupt_photo");
    assert!(e.to_string().contains("JPEG"), "{e}");
    let png = png(&picture(400, 300).into());
    refused(&mut t, &png[..png.len() / 2], "corrupt_photo");
    let webp = webp(&picture(400, 300));
    refused(&mut t, &webp[..webp.len() / 2], "corrupt_photo");
    refused(&mut t, &full[..20], "corrupt_photo");
}

#[test]
fn corrupt_files_are_refused() {
    let mut t = hb();
    let mut garbage = vec![0xFF, 0xD8, 0xFF];
    let mut x = 0x1234_5678u32;
    for _ in 0..4000 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        garbage.push(x as u8);
    }
    refused(&mut t, &garbage, "corrupt_photo");
    let mut png_bad = png(&picture(50, 50).into());
    let n = png_bad.len();
    png_bad[n / 2] ^= 0xFF; // breaks the IDAT checksum
    refused(&mut t, &png_bad, "corrupt_photo");
}

#[test]
fn damaged_jpegs_never_panic() {
    let mut t = hb();
    let good = jpeg(&picture(64, 48));
    let mut x = 0x9E37_79B9u32;
    for i in 0..300 {
        let mut b = good.clone();
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let at = x as usize % b.len();
        b[at] = (x >> 8) as u8;
        if i % 3 == 0 {
            b.truncate(at.max(3));
        }
        // Either outcome is fine; a panic or a half-written file is not.
        let _ = t.hb.import_photo_bytes(&b, None);
    }
    assert!(
        all_files(&t.root()).iter().all(|p| !p
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with(".tmp"))
    );
}

#[test]
fn too_large_files_are_refused_before_reading() {
    let mut t = hb();
    let path = t.dir.path().join("huge.jpg");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(Limits::default().max_file_bytes + 1).unwrap(); // sparse: nothing written
    let e = t.hb.import_photo_file(&path, None).unwrap_err();
    assert_eq!(e.kind().as_str(), "too_large", "{e}");
    t.hb.set_photo_limits(Limits {
        max_file_bytes: 1000,
        ..Limits::default()
    });
    refused(&mut t, &jpeg(&picture(200, 200)), "too_large");
}

#[test]
fn heic_is_refused_with_a_pointer_to_the_ios_conversion() {
    let mut t = hb();
    let mut heic = vec![0, 0, 0, 0x18];
    heic.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    heic.extend_from_slice(&[0, 0, 0, 8]);
    heic.extend_from_slice(b"meta");
    let e = refused(&mut t, &heic, "heic");
    assert!(e.to_string().contains("JPEG"), "{e}");
}

#[test]
fn unknown_formats_are_refused() {
    let mut t = hb();
    refused(&mut t, b"GIF89a\x01\x00\x01\x00", "unknown_format");
    refused(&mut t, b"", "unknown_format");
    refused(&mut t, b"hello, world", "unknown_format");
}

#[test]
fn progressive_jpegs_count_as_full_decodes() {
    let mut t = hb();
    let mut out = Vec::new();
    let mut enc = jpeg_encoder::Encoder::new(&mut out, 80);
    enc.set_progressive(true);
    let img = picture(300, 200);
    enc.encode(img.as_raw(), 300, 200, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    // Its 60,000 pixels hold 190 KB of coefficients (4:2:0: 3.2 bytes a pixel):
    // within a budget of 50,000 RGBA pixels (200 KB), over one of 40,000 (160 KB).
    t.hb.set_photo_limits(Limits {
        max_full_decode_pixels: 50_000,
        ..Limits::default()
    });
    assert!(t.hb.import_photo_bytes(&out, None).is_ok());
    let mut t = hb();
    t.hb.set_photo_limits(Limits {
        max_full_decode_pixels: 40_000,
        ..Limits::default()
    });
    refused(&mut t, &out, "too_many_pixels");
    t.hb.set_photo_limits(Limits::default());
    assert!(t.hb.import_photo_bytes(&out, None).is_ok());
}

#[test]
fn a_failed_write_leaves_no_file() {
    let mut t = hb();
    let bytes = jpeg(&picture(120, 90));
    let id = {
        let d = decode::decode(&bytes, Format::Jpeg, DISPLAY_MAX, &Limits::default()).unwrap();
        render::normalize(d, image::metadata::Orientation::NoTransforms)
            .unwrap()
            .id
    };
    // A file where the photo's shard folder should be.
    std::fs::create_dir_all(t.root()).unwrap();
    std::fs::write(t.root().join(&id[..2]), b"in the way").unwrap();
    let e = t.hb.import_photo_bytes(&bytes, None).unwrap_err();
    assert_eq!(e.kind().as_str(), "write", "{e}");
    assert_eq!(all_files(&t.root()), vec![t.root().join(&id[..2])]);
    assert!(t.hb.photos().unwrap().is_empty());
}

// --- diary links ------------------------------------------------------------------

#[test]
fn importing_into_an_entry_adds_the_photo_to_it() {
    let mut t = hb();
    let entry = child_entry(&mut t.hb);
    let dir = t.dir.path().to_path_buf();
    let a = dir.join("a.jpg");
    std::fs::write(&a, jpeg(&picture(100, 80))).unwrap();
    let b = dir.join("b.webp");
    std::fs::write(&b, webp(&picture(80, 100))).unwrap();
    let r =
        t.hb.import_photos(&[a.clone(), b], Some(entry), &mut |_| {});
    let ids: Vec<String> = r.into_iter().map(|r| r.unwrap().photo.id).collect();
    let e = t.hb.diary_entry(entry).unwrap();
    assert_eq!(e.data.photos, ids);
    assert_eq!(e.meta.rev, 3);
    // Importing the same file into the same entry again changes nothing.
    t.hb.import_photos(&[a], Some(entry), &mut |_| {})[0]
        .as_ref()
        .unwrap();
    assert_eq!(t.hb.diary_entry(entry).unwrap().data.photos, ids);

    let nowhere = Uuid::now_v7();
    let r =
        t.hb.import_photos(&[dir.join("a.jpg")], Some(nowhere), &mut |_| {});
    assert_eq!(r[0].as_ref().unwrap_err().kind().as_str(), "not_found");
}

#[test]
fn a_diary_entry_cannot_show_a_photo_that_was_never_imported() {
    let mut t = hb();
    let entry = child_entry(&mut t.hb);
    let mut e = t.hb.diary_entry(entry).unwrap().data;
    e.photos = vec!["0123456789abcdef0123456789abcdef".into()];
    let err = t.hb.update_diary(entry, e).unwrap_err();
    assert_eq!(err.kind().as_str(), "validation", "{err}");
}

#[test]
fn deleting_the_last_entry_showing_a_photo_removes_its_files() {
    let mut t = hb();
    let first = child_entry(&mut t.hb);
    let p =
        t.hb.import_photo_bytes(&jpeg(&picture(200, 100)), Some(first))
            .unwrap()
            .photo;
    let mut second = t.hb.diary_entry(first).unwrap().data;
    second.text = "同じ写真をもう一度".into();
    let second = t.hb.add_diary(second).unwrap().id();
    assert_eq!(
        t.hb.diary_entry(second).unwrap().data.photos,
        vec![p.id.clone()]
    );

    t.hb.delete_diary(first).unwrap();
    assert!(p.display.path.exists() && p.thumbnail.path.exists());
    assert!(t.hb.photo(&p.id).is_ok());

    // Editing the photo out of the last entry releases it too.
    let mut e = t.hb.diary_entry(second).unwrap().data;
    e.photos.clear();
    t.hb.update_diary(second, e).unwrap();
    assert!(!p.display.path.exists() && !p.thumbnail.path.exists());
    assert_eq!(
        t.hb.photo(&p.id).unwrap_err().kind().as_str(),
        "photo_not_found"
    );
}

#[test]
fn deleting_an_entry_removes_photos_it_alone_shows() {
    let mut t = hb();
    let entry = child_entry(&mut t.hb);
    let p =
        t.hb.import_photo_bytes(&jpeg(&picture(200, 100)), Some(entry))
            .unwrap()
            .photo;
    let kept =
        t.hb.import_photo_bytes(&jpeg(&picture(90, 90)), None)
            .unwrap()
            .photo;
    t.hb.delete_diary(entry).unwrap();
    assert!(!p.display.path.exists());
    assert!(t.hb.photos().unwrap().iter().any(|q| q.id == kept.id));
    assert!(kept.display.path.exists(), "a photo never attached stays");
}

// --- check and repair -------------------------------------------------------------

fn age(path: &Path) {
    let old = SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(old)
        .unwrap();
}

#[test]
fn check_finds_orphans_and_missing_files_and_repair_fixes_what_it_can() {
    let mut t = hb();
    let entry = child_entry(&mut t.hb);
    let a =
        t.hb.import_photo_bytes(&jpeg(&picture(640, 480)), Some(entry))
            .unwrap()
            .photo;
    let b =
        t.hb.import_photo_bytes(&jpeg(&picture(300, 500)), None)
            .unwrap()
            .photo;
    let clean = t.hb.check_photos(false).unwrap();
    assert!(clean.is_healthy(), "{clean:?}");
    assert_eq!(clean.photos, 2);
    assert_eq!(clean.unreferenced, vec![b.id.clone()]);

    // An orphan (a crash after writing, before committing), a leftover temporary
    // file, a fresh orphan that may be an import in progress, a lost thumbnail and a
    // lost display copy.
    let shard = t.root().join("ff");
    std::fs::create_dir_all(&shard).unwrap();
    let orphan = shard.join("ff00000000000000000000000000000f.jpg");
    std::fs::write(&orphan, b"x").unwrap();
    age(&orphan);
    let temp = shard.join(".tmp-1-1");
    std::fs::write(&temp, b"half").unwrap();
    age(&temp);
    let fresh = shard.join("ff00000000000000000000000000000e.jpg");
    std::fs::write(&fresh, b"x").unwrap();
    let unrelated = shard.join("README.txt");
    std::fs::write(&unrelated, b"mine").unwrap();
    age(&unrelated);
    std::fs::remove_file(&a.thumbnail.path).unwrap();
    std::fs::remove_file(&b.display.path).unwrap();

    let found = t.hb.check_photos(false).unwrap();
    assert!(!found.is_healthy());
    assert_eq!(found.orphan_files, vec![temp.clone(), orphan.clone()]);
    let missing: Vec<_> = found
        .missing
        .iter()
        .map(|m| (m.photo_id.as_str(), m.file, m.repaired))
        .collect();
    let mut expected = vec![
        (a.id.as_str(), PhotoFile::Thumbnail, false),
        (b.id.as_str(), PhotoFile::Display, false),
    ];
    expected.sort();
    let mut missing_sorted = missing.clone();
    missing_sorted.sort();
    assert_eq!(missing_sorted, expected);
    assert!(orphan.exists(), "check alone changes nothing");

    let repaired = t.hb.check_photos(true).unwrap();
    assert!(!orphan.exists() && !temp.exists());
    assert!(fresh.exists() && unrelated.exists());
    let thumb = repaired
        .missing
        .iter()
        .find(|m| m.file == PhotoFile::Thumbnail)
        .unwrap();
    assert!(thumb.repaired);
    let remade = t.hb.photo(&a.id).unwrap();
    assert_eq!(
        (remade.thumbnail.width, remade.thumbnail.height),
        (320, 240)
    );
    assert!(!has_exif(&std::fs::read(&remade.thumbnail.path).unwrap()));
    assert!(
        !repaired.is_healthy(),
        "a lost display copy cannot be remade"
    );

    let after = t.hb.check_photos(false).unwrap();
    assert!(after.orphan_files.is_empty());
    assert_eq!(after.missing.len(), 1);
    // Importing the same picture again brings the lost copy back.
    t.hb.import_photo_bytes(&jpeg(&picture(300, 500)), None)
        .unwrap();
    assert!(t.hb.check_photos(false).unwrap().is_healthy());
}

/// An Adam7-interlaced 8-bit RGBA PNG of `img` (the encoders at hand write only
/// non-interlaced files), its data in stored (uncompressed) deflate blocks.
fn interlaced_png(img: &image::RgbaImage) -> Vec<u8> {
    let (w, h) = img.dimensions();
    let mut raw = Vec::new();
    for (x0, y0, dx, dy) in [
        (0, 0, 8, 8),
        (4, 0, 8, 8),
        (0, 4, 4, 8),
        (2, 0, 4, 4),
        (0, 2, 2, 4),
        (1, 0, 2, 2),
        (0, 1, 1, 2),
    ] {
        if x0 >= w {
            continue;
        }
        for y in (y0..h).step_by(dy) {
            raw.push(0); // filter: none
            for x in (x0..w).step_by(dx) {
                raw.extend_from_slice(&img.get_pixel(x, y).0);
            }
        }
    }
    let mut zlib = vec![0x78, 0x01];
    let blocks: Vec<&[u8]> = raw.chunks(65535).collect();
    for (i, block) in blocks.iter().enumerate() {
        let len = block.len() as u16;
        zlib.push(u8::from(i + 1 == blocks.len()));
        zlib.extend_from_slice(&len.to_le_bytes());
        zlib.extend_from_slice(&(!len).to_le_bytes());
        zlib.extend_from_slice(block);
    }
    let (a, b) = raw.iter().fold((1u32, 0u32), |(a, b), &x| {
        let a = (a + u32::from(x)) % 65521;
        (a, (b + a) % 65521)
    });
    zlib.extend_from_slice(&((b << 16) | a).to_be_bytes());
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 1]);
    png_chunk(&mut out, b"IHDR", &ihdr);
    png_chunk(&mut out, b"IDAT", &zlib);
    png_chunk(&mut out, b"IEND", &[]);
    out
}

/// What the import decoded before PNGs were decoded row by row: the `image` crate's
/// whole-image decode, narrowed to 8 bits and flattened on white.
fn reference_rgba(bytes: &[u8]) -> image::RgbaImage {
    let mut rgba = image::load_from_memory(bytes).unwrap().into_rgba8();
    for p in rgba.pixels_mut() {
        let a = u16::from(p[3]);
        for c in &mut p.0[..3] {
            *c = ((u16::from(*c) * a + 255 * (255 - a) + 127) / 255) as u8;
        }
        p[3] = 255;
    }
    rgba
}

#[test]
fn png_rows_decode_to_the_same_pixels_as_a_whole_image_decode() {
    // Same pixels, so the same photo ids as before for PNGs already imported.
    let (w, h) = (37, 23);
    let wide = |x: u32, y: u32, k: u32| ((x * 1733 + y * 977 + k * 4099) % 65536) as u16;
    let images: Vec<(&str, image::DynamicImage)> = vec![
        (
            "rgba16",
            image::ImageBuffer::from_fn(w, h, |x, y| {
                image::Rgba([wide(x, y, 0), wide(x, y, 1), wide(x, y, 2), wide(x, y, 3)])
            })
            .into(),
        ),
        (
            "rgb16",
            image::ImageBuffer::from_fn(w, h, |x, y| {
                image::Rgb([wide(x, y, 0), wide(x, y, 1), wide(x, y, 2)])
            })
            .into(),
        ),
        (
            "grey16",
            image::ImageBuffer::from_fn(w, h, |x, y| image::Luma([wide(x, y, 5)])).into(),
        ),
        (
            "grey+alpha",
            image::ImageBuffer::from_fn(w, h, |x, y| image::LumaA([(x * 7) as u8, (y * 11) as u8]))
                .into(),
        ),
        ("rgb8", picture(w, h).into()),
    ];
    for (what, img) in images {
        let bytes = png(&img);
        let d = decode::decode(&bytes, Format::Png, DISPLAY_MAX, &Limits::default()).unwrap();
        assert_eq!(d.pixels, reference_rgba(&bytes), "{what}");
    }
    let rgba = image::RgbaImage::from_fn(w, h, |x, y| {
        image::Rgba([(x * 6) as u8, (y * 9) as u8, 77, (x * y % 256) as u8])
    });
    let interlaced = interlaced_png(&rgba);
    let d = decode::decode(&interlaced, Format::Png, DISPLAY_MAX, &Limits::default()).unwrap();
    assert_eq!(d.pixels, reference_rgba(&png(&rgba.into())), "interlaced");
}

#[test]
fn a_named_pipe_called_jpg_is_refused_without_waiting_for_a_writer() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let mut t = hb();
    let fifo = t.dir.path().join("IMG_0001.jpg");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // Nobody writes to the pipe. An import that waits for a writer would wait
    // forever; so that this test fails rather than hangs, a writer comes after 10 s
    // and says so. The import must be back long before, without it.
    let (done, wait) = std::sync::mpsc::channel::<()>();
    let writer_came = std::sync::Arc::new(AtomicBool::new(false));
    let writer = {
        let (fifo, came) = (fifo.clone(), writer_came.clone());
        std::thread::spawn(move || {
            if wait.recv_timeout(Duration::from_secs(10)).is_err() {
                came.store(true, Ordering::SeqCst);
                let _ = std::fs::OpenOptions::new().write(true).open(&fifo);
            }
        })
    };
    let err = t.hb.import_photo_file(&fifo, None).unwrap_err();
    let _ = done.send(());
    writer.join().unwrap();
    assert!(
        !writer_came.load(Ordering::SeqCst),
        "the import waited for a writer"
    );
    assert_eq!(err.kind().as_str(), "not_a_file", "{err}");
    assert!(err.is_user_error());
    assert!(err.to_string().contains("named pipe"), "{err}");
    assert!(err.message(crate::Lang::Ja).contains("名前付きパイプ"));
    assert!(t.hb.photos().unwrap().is_empty());

    let folder = t.dir.path().join("album.jpg");
    std::fs::create_dir(&folder).unwrap();
    for (path, what) in [
        (folder, "a folder"),
        (PathBuf::from("/dev/zero"), "a device"),
    ] {
        let err = t.hb.import_photo_file(&path, None).unwrap_err();
        assert_eq!(err.kind().as_str(), "not_a_file", "{err}");
        assert!(err.to_string().contains(what), "{err}");
    }
}

/// Seeds of the `image_decode` fuzz target (`core/fuzz/seeds/image_decode`): one
/// small file of each kind the import decodes, two of them carrying the real camera
/// EXIF of the orientation fixtures. Written only when asked:
/// `HAGUKUMI_WRITE_FUZZ_SEEDS=$PWD/core/fuzz/seeds/image_decode cargo test -p hagukumi-core write_image_fuzz_seeds -- --ignored`
#[test]
#[ignore]
fn write_image_fuzz_seeds() {
    let Some(dir) = std::env::var_os("HAGUKUMI_WRITE_FUZZ_SEEDS") else {
        return;
    };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap();
    let img = picture(24, 16);
    let small = jpeg(&img);
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/exif-orientation");
    let mut seeds: Vec<(String, Vec<u8>)> = Vec::new();
    for name in ["Landscape_6.jpg", "Portrait_8.jpg"] {
        // The fixture's own EXIF segment (APP1) on a small picture.
        let original = std::fs::read(fixtures.join(name)).unwrap();
        let at = original.windows(6).position(|w| w == b"Exif\0\0").unwrap() - 4;
        assert_eq!(&original[at..at + 2], &[0xFF, 0xE1]);
        let len = usize::from(u16::from_be_bytes([original[at + 2], original[at + 3]]));
        let exif = &original[at..at + 2 + len];
        seeds.push((
            format!("exif-{name}"),
            super::exif::tests::with_exif(&small, exif),
        ));
    }
    let mut progressive = Vec::new();
    let mut enc = jpeg_encoder::Encoder::new(&mut progressive, 80);
    enc.set_progressive(true);
    enc.encode(img.as_raw(), 24, 16, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    seeds.push(("progressive.jpg".into(), progressive));
    seeds.push(("baseline.jpg".into(), small));
    seeds.push(("rgb8.png".into(), png(&img.clone().into())));
    let rgba16 = image::ImageBuffer::from_fn(12, 8, |x, y| {
        image::Rgba([
            (x * 5000) as u16,
            (y * 7000) as u16,
            30000,
            (x * y * 900) as u16,
        ])
    });
    seeds.push(("rgba16.png".into(), png(&rgba16.into())));
    let rgba = image::RgbaImage::from_fn(13, 9, |x, y| {
        image::Rgba([(x * 19) as u8, (y * 27) as u8, 200, (x * 20) as u8])
    });
    seeds.push(("interlaced.png".into(), interlaced_png(&rgba)));
    seeds.push(("lossless.webp".into(), webp(&img)));
    for (name, bytes) in seeds {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
}

/// The largest image of each kind the import accepts, for measuring its peak memory
/// (`scripts/bench-photos.sh` imports each with `/usr/bin/time -v`). Written only
/// when asked, in a release build (the encoders are slow unoptimized):
/// `HAGUKUMI_WORST_CASE_DIR=/tmp/worst cargo test --release -p hagukumi-core write_worst_case_photos -- --ignored`
#[test]
#[ignore]
fn write_worst_case_photos() {
    let Some(dir) = std::env::var_os("HAGUKUMI_WORST_CASE_DIR") else {
        return;
    };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap();
    let limits = Limits::default();
    let budget = limits.max_decoder_bytes();
    let side = |bytes_per_pixel: u64| (((budget / bytes_per_pixel) as f64).sqrt() as u32) - 8;
    // Smooth content with a little noise: realistic sizes, under the 64 MiB file limit.
    let noise = |x: u32, y: u32| (x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503)) >> 28;
    let write = |name: &str, bytes: Vec<u8>| {
        assert!(bytes.len() as u64 <= limits.max_file_bytes, "{name}");
        std::fs::write(dir.join(name), bytes).unwrap();
    };
    let check = |name: &str, expect_ok: bool| {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        let r = decode::decode(&bytes, sniff::sniff(&bytes).unwrap(), DISPLAY_MAX, &limits);
        assert_eq!(r.is_ok(), expect_ok, "{name}: {:?}", r.err());
    };

    // PNG: 4 bytes a pixel, 25 MP; 16-bit RGBA is the largest file per pixel.
    let s = side(4);
    let png16 = image::ImageBuffer::from_fn(s, s, |x, y| {
        let n = noise(x, y) as u16;
        image::Rgba([(x * 13) as u16 ^ n, (y * 13) as u16, 40_000 ^ n, 65_535 - n])
    });
    write("png16-rgba-25mp.png", png(&png16.into()));
    check("png16-rgba-25mp.png", true);
    let png8 = RgbImage::from_fn(s, s, |x, y| {
        image::Rgb([(x / 20) as u8, (y / 20) as u8, noise(x, y) as u8])
    });
    write("png8-rgb-25mp.png", png(&png8.into()));
    check("png8-rgb-25mp.png", true);

    // WebP lossless: 8 bytes a pixel without alpha (12.5 MP), 5 with (20 MP).
    let s = side(8);
    write(
        "webp-lossless-12mp.webp",
        webp(&RgbImage::from_fn(s, s, |x, y| {
            image::Rgb([(x / 14) as u8, (y / 14) as u8, noise(x, y) as u8])
        })),
    );
    check("webp-lossless-12mp.webp", true);
    let s = side(5);
    let rgba = image::RgbaImage::from_fn(s, s, |x, y| {
        image::Rgba([(x / 18) as u8, (y / 18) as u8, noise(x, y) as u8, 200])
    });
    let mut alpha = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut alpha)
        .encode(rgba.as_raw(), s, s, image::ExtendedColorType::Rgba8)
        .unwrap();
    write("webp-lossless-alpha-20mp.webp", alpha);
    check("webp-lossless-alpha-20mp.webp", true);

    // JPEG: baseline decoded at full scale just short of 4096 px (the next DCT scale
    // would fall under 2048 px), 4:4:4; progressive, 16-bit coefficients: 4:4:4 at
    // 6 bytes a pixel, 4:2:0 at 3.
    let jpeg_with = |s: u32, progressive: bool, sampling: jpeg_encoder::SamplingFactor| {
        let img = RgbImage::from_fn(s, s, |x, y| {
            image::Rgb([(x / 16) as u8, (y / 16) as u8, (noise(x, y) * 8) as u8])
        });
        let mut out = Vec::new();
        let mut enc = jpeg_encoder::Encoder::new(&mut out, 90);
        enc.set_progressive(progressive);
        enc.set_sampling_factor(sampling);
        enc.encode(
            img.as_raw(),
            s as u16,
            s as u16,
            jpeg_encoder::ColorType::Rgb,
        )
        .unwrap();
        out
    };
    use jpeg_encoder::SamplingFactor::{R_4_2_0, R_4_4_4};
    write(
        "jpeg-baseline-444-4095.jpg",
        jpeg_with(4095, false, R_4_4_4),
    );
    check("jpeg-baseline-444-4095.jpg", true);
    write(
        "jpeg-progressive-444-16mp.jpg",
        jpeg_with(side(6), true, R_4_4_4),
    );
    check("jpeg-progressive-444-16mp.jpg", true);
    write(
        "jpeg-progressive-420-33mp.jpg",
        jpeg_with(side(3) - 16, true, R_4_2_0),
    );
    check("jpeg-progressive-420-33mp.jpg", true);
}

//! Photos end to end on real camera-style files: every EXIF orientation, landscape
//! and portrait, is stored upright and without any EXIF.

// A failed unwrap is a failed test.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use hagukumi_core::Handbook;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/exif-orientation")
}

/// Decode a stored JPEG: (width, height, RGB pixels).
fn pixels(path: &Path) -> (u32, u32, Vec<u8>) {
    let bytes = std::fs::read(path).unwrap();
    let mut d = jpeg_decoder::Decoder::new(bytes.as_slice());
    let px = d.decode().unwrap();
    let info = d.info().unwrap();
    assert_eq!(info.pixel_format, jpeg_decoder::PixelFormat::RGB24);
    (u32::from(info.width), u32::from(info.height), px)
}

/// Mean absolute difference per channel value, over every 5th value (5 is prime to
/// 3, so every channel is sampled evenly; the full buffers are slow to walk in a
/// debug build, and the sample already separates right from wrong by 20×).
fn mean_abs_diff(a: &[u8], b: &[u8]) -> f64 {
    assert_eq!(a.len(), b.len());
    let (sum, n) = a
        .iter()
        .zip(b)
        .step_by(5)
        .fold((0u64, 0u64), |(s, n), (x, y)| {
            (s + u64::from(x.abs_diff(*y)), n + 1)
        });
    sum as f64 / n as f64
}

/// The pixels turned 180°, to show how far a wrongly oriented copy would be.
fn rotated_180(px: &[u8]) -> Vec<u8> {
    px.chunks_exact(3).rev().flatten().copied().collect()
}

fn has_exif(bytes: &[u8]) -> bool {
    bytes.windows(6).any(|w| w == b"Exif\0\0")
}

#[test]
fn every_orientation_is_stored_upright_and_without_exif() {
    let dir = tempfile::tempdir().unwrap();
    let mut hb = Handbook::open(dir.path().join("handbook.sqlite3")).unwrap();
    for family in ["Landscape", "Portrait"] {
        let paths: Vec<PathBuf> = (0..=8)
            .map(|n| fixtures().join(format!("{family}_{n}.jpg")))
            .collect();
        assert!(
            paths.iter().all(|p| has_exif(&std::fs::read(p).unwrap())),
            "the fixtures carry EXIF"
        );
        let results = hb.import_photos(&paths, None, &mut |_| {});
        let photos: Vec<_> = results.into_iter().map(|r| r.unwrap().photo).collect();

        let reference = &photos[1];
        let (rw, rh, rpx) = pixels(&reference.display.path);
        let (tw, th, tpx) = pixels(&reference.thumbnail.path);
        let wrong = mean_abs_diff(&rpx, &rotated_180(&rpx));
        for (n, photo) in photos.iter().enumerate() {
            let (w, h, px) = pixels(&photo.display.path);
            assert_eq!((w, h), (rw, rh), "{family}_{n}: size");
            assert_eq!(
                (photo.width, photo.height),
                (reference.width, reference.height)
            );
            let diff = mean_abs_diff(&px, &rpx);
            // Each fixture was encoded separately: small differences remain, far
            // below those of a wrongly turned picture.
            assert!(
                diff < 6.0 && diff * 10.0 < wrong,
                "{family}_{n}: mean difference {diff:.2} (a wrong turn: {wrong:.2})"
            );
            let (w, h, px) = pixels(&photo.thumbnail.path);
            assert_eq!((w, h), (tw, th), "{family}_{n}: thumbnail size");
            assert!(mean_abs_diff(&px, &tpx) < 4.0, "{family}_{n}: thumbnail");
            for file in [&photo.display.path, &photo.thumbnail.path] {
                assert!(
                    !has_exif(&std::fs::read(file).unwrap()),
                    "{}",
                    file.display()
                );
            }
        }
        let upright = if family == "Landscape" {
            (1800, 1200)
        } else {
            (1200, 1800)
        };
        assert_eq!((rw, rh), upright);
    }
    let check = hb.check_photos(false).unwrap();
    assert!(check.is_healthy(), "{check:?}");
}

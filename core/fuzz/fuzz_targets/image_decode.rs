//! Bytes handed to photo import (what a phone's photo picker or a chat app gives):
//! the real path, `import_photo_bytes` on a handbook with the default limits
//! (sniffing, EXIF, decoding within the decoders' budget, resizing, encoding, writing
//! the two files), and `make_thumbnail`, the path that remakes a lost thumbnail.
//!
//! Must hold: never a panic, even one the import would catch and report as a damaged
//! file (libFuzzer's panic hook aborts first, so a decoder's panic is found too);
//! never an allocation over the fuzzer's malloc limit (`-rss_limit_mb`, which is
//! also the malloc limit), so the budget is in force on every path; an import that
//! succeeds stores a display copy of at most 2048 px and a thumbnail of at most
//! 320 px that decode again. Photo files go to a folder on /dev/shm when there is
//! one, emptied after each import.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use hagukumi_core::Handbook;
use hagukumi_core::photos::{DISPLAY_MAX, Limits, THUMBNAIL_MAX, make_thumbnail};
use libfuzzer_sys::fuzz_target;

fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let base = if Path::new("/dev/shm").is_dir() {
            PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        base.join(format!("hagukumi-fuzz-image-{}", std::process::id()))
    })
}

fuzz_target!(|data: &[u8]| {
    let limits = Limits::default();
    if let Ok(thumb) = make_thumbnail(data, &limits) {
        assert!(thumb.width.max(thumb.height) <= THUMBNAIL_MAX);
    }
    let mut hb = Handbook::open_in_memory()
        .expect("an in-memory handbook")
        .with_photo_dir(scratch());
    if let Ok(imported) = hb.import_photo_bytes(data, None) {
        let photo = imported.photo;
        assert!(photo.display.width.max(photo.display.height) <= DISPLAY_MAX);
        assert!(photo.thumbnail.width.max(photo.thumbnail.height) <= THUMBNAIL_MAX);
        // The stored copies are ours: they decode again, at the recorded size.
        let display = std::fs::read(&photo.display.path).expect("the display copy");
        let again = make_thumbnail(&display, &limits).expect("the display copy decodes");
        assert_eq!(
            (again.width, again.height),
            (photo.thumbnail.width, photo.thumbnail.height)
        );
        let _ = std::fs::remove_dir_all(scratch());
    }
});

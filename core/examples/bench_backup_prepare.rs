//! Prepare a handbook for the backup benchmark (`scripts/bench-backup.sh`): one child,
//! and N diary entries each showing one distinct photo, imported through the real
//! photo path (`Handbook::import_photo_bytes`, which stores a 2048 px display copy at
//! quality 85 and a thumbnail).
//!
//!   cargo run --release -p hagukumi-core --example bench_backup_prepare -- DIR N
//!
//!   bench_backup_prepare --key    (prints a new share key, for `backup create --key`)
//!
//! Writes `DIR/handbook.sqlite3` and `DIR/photos/` (the CLI's `--data-dir DIR`
//! layout), then prints the stored photo bytes. DIR must not hold a handbook yet.
//!
//! The source pictures are 2048×1536 (the display size: import then spends its time
//! decoding and encoding, not downscaling 12 MP), each with its own gradients, soft
//! shapes and sensor-like noise, so that the stored display copies are the size of a
//! phone photo's (a few hundred KB), not a flat gradient's 20 KB.

use std::error::Error;
use std::path::PathBuf;
use std::time::Instant;

use chrono::{Days, NaiveDate};
use hagukumi_core::Handbook;
use hagukumi_core::bundle::ShareKey;
use hagukumi_core::model::{BirthMeasurements, Child, DiaryEntry, Sex, Subject};

const WIDTH: u32 = 2048;
const HEIGHT: u32 = 1536;

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1).peekable();
    if args.peek().map(String::as_str) == Some("--key") {
        println!("{}", ShareKey::generate()?);
        return Ok(());
    }
    let (Some(dir), Some(n)) = (args.next(), args.next()) else {
        return Err("usage: bench_backup_prepare DIR N".into());
    };
    let dir = PathBuf::from(dir);
    let n: u32 = n.parse()?;
    let db = dir.join("handbook.sqlite3");
    if db.exists() {
        return Err(format!("{} already exists", db.display()).into());
    }
    std::fs::create_dir_all(&dir)?;
    let mut hb = Handbook::open(&db)?;
    let born: NaiveDate = "2025-04-01".parse()?;
    let child = hb
        .add_child(Child {
            name: "はると".into(),
            name_kana: None,
            sex: Sex::Male,
            birth_date: born,
            birth_order: 1,
            ga_at_birth: None,
            delivery_id: None,
            birth: BirthMeasurements::default(),
        })?
        .meta
        .id;

    let start = Instant::now();
    let mut source_bytes = 0u64;
    for i in 0..n {
        let written_on = born
            .checked_add_days(Days::new(u64::from(i % 365)))
            .unwrap_or(born);
        let entry = hb
            .add_diary(DiaryEntry {
                subjects: vec![Subject::Child(child)],
                written_on,
                text: format!("写真 {}", i + 1),
                mood: None,
                photos: vec![],
            })?
            .meta
            .id;
        let jpeg = picture(i)?;
        source_bytes += jpeg.len() as u64;
        hb.import_photo_bytes(&jpeg, Some(entry))?;
        if (i + 1) % 100 == 0 {
            eprintln!(
                "  {} / {n} photos ({:.0} s)",
                i + 1,
                start.elapsed().as_secs_f64()
            );
        }
    }
    hb.close()?;

    let (mut display, mut thumbs, mut files) = (0u64, 0u64, 0u64);
    let mut stack = vec![dir.join("photos")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d)? {
            let e = e?;
            let meta = e.metadata()?;
            if meta.is_dir() {
                stack.push(e.path());
            } else if e.file_name().to_string_lossy().ends_with(".thumb.jpg") {
                thumbs += meta.len();
                files += 1;
            } else {
                display += meta.len();
                files += 1;
            }
        }
    }
    let db_bytes = std::fs::metadata(&db)?.len();
    let per = |b: u64| b as f64 / f64::from(n.max(1)) / 1e3;
    println!(
        "prepared {n} photos in {:.1} s: sources {:.0} KB each; stored {files} files, \
         display {:.0} KB and thumbnail {:.0} KB per photo, {:.1} MB in all; database {:.1} MB",
        start.elapsed().as_secs_f64(),
        per(source_bytes),
        per(display),
        per(thumbs),
        (display + thumbs) as f64 / 1e6,
        db_bytes as f64 / 1e6,
    );
    Ok(())
}

/// Photo `i`: a JPEG (quality 92, 4:2:0 like a phone's) of gradients, a few soft
/// blobs and fine noise, all depending on `i`, so that no two photos are the same.
fn picture(i: u32) -> Result<Vec<u8>, Box<dyn Error>> {
    let mut seed = 0x9E37_79B9u32.wrapping_mul(i + 1) | 1;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    let blobs: Vec<(f32, f32, f32, [f32; 3])> = (0..6)
        .map(|_| {
            let x = (next() % WIDTH) as f32;
            let y = (next() % HEIGHT) as f32;
            let r = 150.0 + (next() % 400) as f32;
            let c = [
                (next() % 120) as f32 - 60.0,
                (next() % 120) as f32 - 60.0,
                (next() % 120) as f32 - 60.0,
            ];
            (x, y, r, c)
        })
        .collect();
    let tint = [
        (next() % 80) as f32,
        (next() % 80) as f32,
        (next() % 80) as f32,
    ];
    let freq = 0.01 + (next() % 50) as f32 / 1000.0;
    let mut rgb = Vec::with_capacity((WIDTH * HEIGHT * 3) as usize);
    for py in 0..HEIGHT {
        for px in 0..WIDTH {
            let (x, y) = (px as f32, py as f32);
            let mut c = [
                60.0 + tint[0] + x * 100.0 / WIDTH as f32,
                60.0 + tint[1] + y * 100.0 / HEIGHT as f32,
                80.0 + tint[2] + (x + y) * 60.0 / (WIDTH + HEIGHT) as f32,
            ];
            for (bx, by, br, bc) in &blobs {
                let d2 = ((x - bx) * (x - bx) + (y - by) * (y - by)) / (br * br);
                if d2 < 4.0 {
                    let w = (-d2).exp();
                    for k in 0..3 {
                        c[k] += bc[k] * w;
                    }
                }
            }
            // Texture (fabric, hair, grass) and sensor noise.
            let texture = 10.0 * ((x * freq).sin() * (y * freq * 1.3).cos());
            let r = next();
            let luma = (r & 7) as f32 - 3.5;
            for (k, v) in c.iter().enumerate() {
                let chroma = ((r >> (4 + 3 * k)) & 3) as f32 - 1.5;
                rgb.push((v + texture + luma + chroma).clamp(0.0, 255.0) as u8);
            }
        }
    }
    let mut out = Vec::new();
    let mut enc = jpeg_encoder::Encoder::new(&mut out, 92);
    enc.set_sampling_factor(jpeg_encoder::SamplingFactor::R_4_2_0);
    enc.encode(
        &rgb,
        WIDTH as u16,
        HEIGHT as u16,
        jpeg_encoder::ColorType::Rgb,
    )?;
    Ok(out)
}

//! Photo import on a 12-megapixel JPEG, side by side with libvips' `vipsthumbnail`.
//!
//! A custom harness (not criterion), because the figures that matter are per
//! process: the peak RSS of a whole import is read from `VmHWM` of a fresh process
//! (this binary run again with `HAGUKUMI_BENCH_CHILD` set), and `vipsthumbnail` is a
//! process too. Run with `scripts/bench-photos.sh` (installs libvips-tools if
//! missing) or `cargo bench -p hagukumi-core --bench photos`.
//!
//! Figures:
//! - thumbnail path: JPEG bytes → 320 px thumbnail JPEG (decode at 1/8 DCT scale,
//!   resize, encode), as `vipsthumbnail -s 320` does (shrink-on-load, resize, encode);
//!   in-process, and as a fresh process like vipsthumbnail;
//! - whole import: read, decode, display copy (2048 px) and thumbnail, hash, atomic
//!   writes with fsync, SQLite commit; in-process, and peak RSS of a fresh process.
//!
//! Goals (issue 6): thumbnail path ≤ 1.5× vipsthumbnail's time; peak RSS of the whole
//! import < 150 MB.

// A benchmark: a failure to set up is a failed run.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use hagukumi_core::Handbook;
use hagukumi_core::photos::{Limits, make_thumbnail};

const WIDTH: u32 = 4032;
const HEIGHT: u32 = 3024;
const CHILD_ENV: &str = "HAGUKUMI_BENCH_CHILD";

fn main() {
    if let Ok(task) = std::env::var(CHILD_ENV) {
        child(&task);
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("IMG_4032x3024.jpg");
    let bytes = photo_12mp();
    std::fs::write(&input, &bytes).unwrap();
    println!(
        "input: {WIDTH}×{HEIGHT} JPEG, quality 90, 4:2:0, {:.1} MB",
        bytes.len() as f64 / 1e6
    );

    // In-process figures.
    let limits = Limits::default();
    let thumb_in = median(11, || {
        let t = Instant::now();
        let thumb = make_thumbnail(&bytes, &limits).unwrap();
        std::hint::black_box(thumb);
        t.elapsed()
    });
    let mut n = 0;
    let import_in = median(5, || {
        n += 1;
        let hb_dir = dir.path().join(format!("hb-in-{n}"));
        let mut hb = Handbook::open(hb_dir.join("handbook.sqlite3")).unwrap();
        let t = Instant::now();
        hb.import_photo_file(&input, None).unwrap();
        t.elapsed()
    });

    // Fresh processes.
    let mut import_rss = 0;
    let import_proc = median(5, || {
        n += 1;
        let hb_dir = dir.path().join(format!("hb-proc-{n}"));
        let (elapsed, rss) = run_child(&format!("import {} {}", input.display(), hb_dir.display()));
        import_rss = import_rss.max(rss);
        elapsed
    });
    let mut thumb_rss = 0;
    let thumb_out = dir.path().join("ours-thumb.jpg");
    let thumb_proc = median(11, || {
        let (elapsed, rss) = run_child(&format!(
            "thumbnail {} {}",
            input.display(),
            thumb_out.display()
        ));
        thumb_rss = thumb_rss.max(rss);
        elapsed
    });

    println!();
    println!("{:<44} {:>10} {:>12}", "", "time (ms)", "peak RSS (MB)");
    row("thumbnail path, in process", thumb_in, None);
    row("thumbnail path, fresh process", thumb_proc, Some(thumb_rss));
    row("whole import (2048 + 320 px), in process", import_in, None);
    row("whole import, fresh process", import_proc, Some(import_rss));

    match vips(&input, dir.path()) {
        Some((vips_time, vips_rss)) => {
            row("vipsthumbnail -s 320 (process)", vips_time, vips_rss);
            let ratio = thumb_proc.as_secs_f64() / vips_time.as_secs_f64();
            let ratio_in = thumb_in.as_secs_f64() / vips_time.as_secs_f64();
            println!();
            println!(
                "thumbnail path / vipsthumbnail: {ratio:.2}× as processes, {ratio_in:.2}× in process (goal ≤ 1.5×): {}",
                verdict(ratio <= 1.5)
            );
        }
        None => println!("vipsthumbnail not found: install libvips-tools for the comparison"),
    }
    println!(
        "whole import peak RSS: {:.1} MB (goal < 150 MB): {}",
        mb(import_rss),
        verdict(mb(import_rss) < 150.0)
    );
}

fn verdict(ok: bool) -> &'static str {
    if ok { "met" } else { "NOT met" }
}

fn row(label: &str, time: Duration, rss_kb: Option<u64>) {
    let rss = rss_kb.map_or_else(|| "—".to_string(), |kb| format!("{:.1}", mb(kb)));
    println!(
        "{label:<44} {:>10.1} {rss:>12}",
        time.as_secs_f64() * 1000.0
    );
}

fn mb(kb: u64) -> f64 {
    kb as f64 / 1024.0
}

fn median(runs: usize, mut f: impl FnMut() -> Duration) -> Duration {
    let _warm_up = f();
    let mut times: Vec<Duration> = (0..runs).map(|_| f()).collect();
    times.sort();
    times[runs / 2]
}

/// A 12 MP photo-like image: smooth gradients (sky, skin) with sensor-like noise,
/// so that it compresses like a real photo (~2.7 MB at quality 90), not like a
/// flat test card.
fn photo_12mp() -> Vec<u8> {
    let mut rgb = Vec::with_capacity((WIDTH * HEIGHT * 3) as usize);
    let mut x: u32 = 0x2545_F491;
    for py in 0..HEIGHT {
        for px in 0..WIDTH {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            let noise = (x & 15) as i32 - 8;
            let r = (px * 200 / WIDTH) as i32 + 30;
            let g = (py * 180 / HEIGHT) as i32 + 40;
            let b = ((px + py) * 120 / (WIDTH + HEIGHT)) as i32 + 90;
            for c in [r, g, b] {
                rgb.push((c + noise).clamp(0, 255) as u8);
            }
        }
    }
    let mut out = Vec::new();
    let mut enc = jpeg_encoder::Encoder::new(&mut out, 90);
    enc.set_sampling_factor(jpeg_encoder::SamplingFactor::R_4_2_0);
    enc.encode(
        &rgb,
        WIDTH as u16,
        HEIGHT as u16,
        jpeg_encoder::ColorType::Rgb,
    )
    .unwrap();
    out
}

/// Run this binary as a child doing one task; its wall time (spawn to exit) and the
/// peak RSS it reports.
fn run_child(task: &str) -> (Duration, u64) {
    let t = Instant::now();
    let out = Command::new(std::env::current_exe().unwrap())
        .env(CHILD_ENV, task)
        .output()
        .unwrap();
    let elapsed = t.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rss = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
    (elapsed, rss)
}

/// In the child: do the task, print VmHWM (kB).
fn child(task: &str) {
    let parts: Vec<&str> = task.splitn(3, ' ').collect();
    let (kind, input, output) = (parts[0], Path::new(parts[1]), PathBuf::from(parts[2]));
    match kind {
        "import" => {
            let mut hb = Handbook::open(output.join("handbook.sqlite3")).unwrap();
            hb.import_photo_file(input, None).unwrap();
            hb.close().unwrap();
        }
        "thumbnail" => {
            let bytes = std::fs::read(input).unwrap();
            let thumb = make_thumbnail(&bytes, &Limits::default()).unwrap();
            std::fs::write(&output, &thumb.bytes).unwrap();
        }
        other => panic!("unknown task {other}"),
    }
    println!("{}", peak_rss_kb());
}

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

/// `vipsthumbnail -s 320` on the same file, same output quality as ours: median wall
/// time, and peak RSS from `/usr/bin/time` when present.
fn vips(input: &Path, dir: &Path) -> Option<(Duration, Option<u64>)> {
    let out = dir.join("vips-thumb.jpg");
    let target = format!("{}[Q=80,strip]", out.display());
    let run = || {
        Command::new("vipsthumbnail")
            .arg(input)
            .args(["--size", "320", "-o"])
            .arg(&target)
            .status()
    };
    if !run().is_ok_and(|s| s.success()) {
        return None;
    }
    let time = median(11, || {
        let t = Instant::now();
        assert!(run().unwrap().success());
        t.elapsed()
    });
    let rss = Command::new("/usr/bin/time")
        .args(["-f", "%M", "vipsthumbnail"])
        .arg(input)
        .args(["--size", "320", "-o"])
        .arg(&target)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| {
            String::from_utf8_lossy(&o.stderr)
                .lines()
                .last()
                .and_then(|l| l.trim().parse().ok())
        });
    Some((time, rss))
}

//! Writes records to a handbook in an endless loop, printing each one's id only after
//! its transaction committed. The crash test kills it with SIGKILL at random moments
//! and then checks that every acknowledged write survived.
//!
//! Usage: crash-writer HANDBOOK_FILE
//! Output lines: `ACK growth <uuid>` / `ACK diary <uuid>`.

use std::io::Write;

use chrono::{Duration, NaiveDate};
use hagukumi_core::model::{DiaryEntry, GrowthMeasurement, Subject};
use hagukumi_core::{Handbook, HandbookError};
use hagukumi_e2e::sample_child;

fn main() {
    if let Err(e) = run() {
        eprintln!("crash-writer: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), HandbookError> {
    let path = std::env::args().nth(1).ok_or_else(|| HandbookError::Io {
        path: "".into(),
        source: std::io::Error::other("usage: crash-writer HANDBOOK_FILE"),
    })?;
    let birth = NaiveDate::from_ymd_opt(2024, 4, 1).unwrap_or_default();
    let mut hb = Handbook::open(&path)?;
    let child = match hb.children()?.into_iter().next() {
        Some(c) => c.id(),
        None => hb.add_child(sample_child("クラッシュ", birth))?.id(),
    };
    let stdout = std::io::stdout();
    for i in 0u64.. {
        let on = birth + Duration::days((i % 900) as i64 + 1);
        let (kind, id) = if i % 5 == 4 {
            let e = hb.add_diary(DiaryEntry {
                subjects: vec![Subject::Child(child)],
                written_on: on,
                text: format!("entry {i}"),
                mood: None,
                photos: vec![],
            })?;
            ("diary", e.id())
        } else {
            let m = hb.add_growth(GrowthMeasurement {
                child_id: child,
                measured_on: on,
                weight_kg: Some(3.0 + (i % 900) as f64 * 0.01),
                length_cm: None,
                position: None,
                head_cm: None,
                notes: Some(format!("write {i}")),
            })?;
            ("growth", m.id())
        };
        // Acknowledge only after commit, and flush so the parent sees it even if we
        // are killed right after.
        let mut out = stdout.lock();
        writeln!(out, "ACK {kind} {id}")
            .and_then(|_| out.flush())
            .map_err(|source| HandbookError::Io {
                path: "stdout".into(),
                source,
            })?;
    }
    Ok(())
}

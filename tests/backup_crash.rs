//! A backup is killed with SIGKILL at random moments: afterwards no unencrypted copy
//! of the handbook is left anywhere (the data folder, its parent, the temporary
//! folder the process was given), and the handbook is intact with every record.
//!
//! Set HAGUKUMI_CRASH_SEED to replay a run; the seed is printed.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use hagukumi_core::Handbook;
use hagukumi_core::bundle::ShareKey;
use hagukumi_core::model::{DiaryEntry, Subject};
use hagukumi_e2e::{Rng, sample_child, sqlite_files, staging_names};

const ROUNDS: usize = 40;
const ENTRIES: u32 = 600;

/// A handbook with one child and `ENTRIES` diary entries (about a megabyte of
/// records, so the snapshot and the encryption take a measurable time).
fn family(dir: &Path) -> PathBuf {
    let path = dir.join("handbook.sqlite3");
    let mut hb = Handbook::open(&path).unwrap();
    let birth = NaiveDate::from_ymd_opt(2025, 4, 1).unwrap();
    let child = hb.add_child(sample_child("ひなた", birth)).unwrap().id();
    for i in 0..ENTRIES {
        hb.add_diary(DiaryEntry {
            subjects: vec![Subject::Child(child)],
            written_on: birth + chrono::Days::new(u64::from(i % 400)),
            text: format!("{i}: {}", "きょうも元気。".repeat(60)),
            mood: None,
            photos: vec![],
        })
        .unwrap();
    }
    hb.close().unwrap();
    path
}

/// The handbook's state: whole, with its child and every entry.
fn state(path: &Path) -> (String, usize) {
    let hb = Handbook::open(path).unwrap();
    assert_eq!(hb.integrity_check().unwrap(), "ok");
    let children = hb.children().unwrap();
    assert_eq!(children.len(), 1);
    let entries = hb.diary(Subject::Child(children[0].id())).unwrap().len();
    hb.close().unwrap();
    (children[0].data.name.clone(), entries)
}

#[test]
fn a_backup_killed_at_any_moment_leaves_no_plaintext_and_the_handbook_whole() {
    let mut rng = Rng::from_env("backup crash");
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let db = family(&data);
    let tmp = work.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let before = state(&db);
    assert_eq!(before.1, ENTRIES as usize);
    let key = ShareKey::generate().unwrap();
    let out = work.path().join("family.backup");

    let run = || {
        Command::new(env!("CARGO_BIN_EXE_backup-worker"))
            .arg(&db)
            .arg(&out)
            .arg(key.to_string())
            .env("TMPDIR", &tmp)
            .env("SQLITE_TMPDIR", &tmp)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let started = Instant::now();
    let probe = run().wait_with_output().unwrap();
    let full = started.elapsed();
    assert!(
        probe.status.success(),
        "{}",
        String::from_utf8_lossy(&probe.stderr)
    );
    std::fs::remove_file(&out).unwrap();

    let mut mid = 0;
    for round in 0..ROUNDS {
        let mut child = run();
        let at = Duration::from_micros(rng.below(full.as_micros() as u64 * 6 / 5 + 1));
        std::thread::sleep(at);
        if child.try_wait().unwrap().is_none() {
            mid += 1;
        }
        let _ = child.kill();
        let _ = child.wait();
        // No unencrypted database but the handbook itself, anywhere under the work
        // folder (data folder, its parent, the process's temporary folder).
        let plaintext: Vec<PathBuf> = sqlite_files(work.path())
            .into_iter()
            .filter(|p| p != &db)
            .collect();
        assert!(plaintext.is_empty(), "round {round}: {plaintext:?}");
        let staged = staging_names(work.path());
        assert!(staged.is_empty(), "round {round}: {staged:?}");
        assert_eq!(state(&db), before, "round {round}");
        let _ = std::fs::remove_file(&out);
    }
    // And one more, undisturbed, still succeeds.
    assert!(run().wait_with_output().unwrap().status.success());
    eprintln!("backup of {full:?} killed {ROUNDS} times, {mid} while still running");
    assert!(mid > 0, "no kill landed during a backup");
}

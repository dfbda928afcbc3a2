//! Restoring a backup is killed with SIGKILL at random moments: afterwards the phone
//! holds one whole handbook, either the one it had or the restored one, never a mix
//! and never none, and every photo its records show is on disk.
//!
//! Set HAGUKUMI_CRASH_SEED to replay a run; the seed is printed.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use hagukumi_core::Handbook;
use hagukumi_core::bundle::{BundleSecret, KdfParams, ShareKey};
use hagukumi_core::model::{DiaryEntry, Subject};
use hagukumi_e2e::{Rng, sample_child, sqlite_files, staging_names};

const ROUNDS: usize = 40;

fn jpeg(seed: u8) -> Vec<u8> {
    let (w, h) = (900u16, 700u16);
    let mut px = Vec::with_capacity(usize::from(w) * usize::from(h) * 3);
    for y in 0..h {
        for x in 0..w {
            px.extend([(x as u8).wrapping_mul(seed), (y as u8) ^ seed, seed]);
        }
    }
    let mut out = Vec::new();
    jpeg_encoder::Encoder::new(&mut out, 90)
        .encode(&px, w, h, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    out
}

/// A handbook with one child called `name` and `photos` diary photos.
fn family(dir: &Path, name: &str, photos: u8) -> PathBuf {
    let path = dir.join("handbook.sqlite3");
    let mut hb = Handbook::open(&path).unwrap();
    let birth = NaiveDate::from_ymd_opt(2025, 4, 1).unwrap();
    let child = hb.add_child(sample_child(name, birth)).unwrap().id();
    for i in 0..photos {
        let entry = hb
            .add_diary(DiaryEntry {
                subjects: vec![Subject::Child(child)],
                written_on: NaiveDate::from_ymd_opt(2025, 5, 1 + u32::from(i)).unwrap(),
                text: format!("{name} {i}"),
                mood: None,
                photos: vec![],
            })
            .unwrap()
            .id();
        hb.import_photo_bytes(
            &jpeg(i.wrapping_mul(37).wrapping_add(name.len() as u8)),
            Some(entry),
        )
        .unwrap();
    }
    hb.close().unwrap();
    path
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// Which handbook is there: the child's name, after checking that the file is whole
/// and that every photo it shows has its files.
fn which(path: &Path) -> String {
    let mut hb = Handbook::open(path).unwrap();
    assert_eq!(hb.integrity_check().unwrap(), "ok");
    let check = hb.check_photos(false).unwrap();
    assert_eq!(
        check.missing.len(),
        0,
        "a photo of the records is missing: {check:?}"
    );
    let names: Vec<String> = hb
        .children()
        .unwrap()
        .into_iter()
        .map(|c| c.data.name)
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    let entries = hb
        .diary(Subject::Child(hb.children().unwrap()[0].id()))
        .unwrap();
    names[0].clone() + &format!("/{}", entries.len())
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(path)
        .unwrap()
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn a_restore_killed_at_any_moment_leaves_the_old_or_the_new_handbook() {
    let mut rng = Rng::from_env("restore crash");
    let seed = rng.seed();
    let work = tempfile::tempdir().unwrap();

    // The phone's handbook, and a backup of another one.
    let old_dir = work.path().join("old");
    family(&old_dir, "あおい", 3);
    let new_dir = work.path().join("new");
    let new_db = family(&new_dir, "ひなた", 6);
    let key = ShareKey::generate().unwrap();
    let backup = work.path().join("family.backup");
    {
        let mut hb = Handbook::open(&new_db).unwrap();
        let mut out = std::fs::File::create(&backup).unwrap();
        hb.create_backup_with_kdf(
            &mut out,
            &BundleSecret::Key(ShareKey::parse(&key.to_string()).unwrap()),
            KdfParams::PHONE,
            &mut |_| {},
        )
        .unwrap();
    }
    let old_state = which(&old_dir.join("handbook.sqlite3"));
    let new_state = which(&new_db);

    let run = |dir: &Path| {
        Command::new(env!("CARGO_BIN_EXE_restore-worker"))
            .arg(dir.join("handbook.sqlite3"))
            .arg(&backup)
            .arg(key.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    // How long an undisturbed restore takes, to spread the kills over it.
    let probe = work.path().join("probe");
    copy_dir(&old_dir, &probe);
    let started = Instant::now();
    let out = run(&probe).wait_with_output().unwrap();
    let full = started.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(which(&probe.join("handbook.sqlite3")), new_state);

    let (mut olds, mut news) = (0, 0);
    for round in 0..ROUNDS {
        let dir = work.path().join(format!("round-{round}"));
        copy_dir(&old_dir, &dir);
        let mut child = run(&dir);
        let at = Duration::from_micros(rng.below(full.as_micros() as u64 * 6 / 5 + 1));
        std::thread::sleep(at);
        let _ = child.kill();
        let _ = child.wait();
        // What a killed restore leaves decrypted is private (0700 folders, 0600
        // files) and only in the staging folder; the next open, backup or restore
        // removes it (remove_stale_staging, called here as the next open would).
        let db = dir.join("handbook.sqlite3");
        for file in sqlite_files(work.path()).into_iter().filter(|p| p != &db) {
            if file.starts_with(&backup) {
                continue;
            }
            let inside = file
                .strip_prefix(&dir)
                .ok()
                .filter(|rel| rel.starts_with(hagukumi_core::share::STAGING_DIR));
            assert!(
                inside.is_some() || !file.starts_with(&dir),
                "round {round}: plaintext outside the staging folder: {file:?}"
            );
            if file.starts_with(&dir) {
                assert_eq!(mode(&file), 0o600, "round {round}: {file:?}");
            }
        }
        for staged in staging_names(&dir) {
            assert_eq!(mode(&staged), 0o700, "round {round}: {staged:?}");
        }
        hagukumi_core::share::remove_stale_staging(&dir).unwrap();
        let plaintext: Vec<PathBuf> = sqlite_files(work.path())
            .into_iter()
            .filter(|p| {
                !p.starts_with(work.path().join("old"))
                    && !p.starts_with(work.path().join("new"))
                    && !p.starts_with(work.path().join("probe"))
            })
            .filter(|p| p != &db)
            .collect();
        assert!(plaintext.is_empty(), "round {round}: {plaintext:?}");
        assert!(staging_names(&dir).is_empty(), "round {round}");
        let state = which(&db);
        if state == old_state {
            olds += 1;
        } else {
            assert_eq!(state, new_state, "round {round}: neither handbook");
            news += 1;
        }
        // A later restore of the same backup still succeeds, and the photo repair
        // leaves no orphan behind.
        let out = run(&dir).wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(which(&dir.join("handbook.sqlite3")), new_state);
        std::fs::remove_dir_all(&dir).unwrap();
    }
    eprintln!(
        "restore of {full:?} killed {ROUNDS} times: {olds} left the old handbook, {news} the restored one"
    );
    assert!(olds > 0, "no kill landed before the swap (seed {seed})");
}

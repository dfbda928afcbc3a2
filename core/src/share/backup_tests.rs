//! Backups attacked: a crafted database inside a backup, leftovers of killed backups
//! and restores, and a damaged handbook that must still be rescued.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::Connection;

use super::backup::{Snapshot, write_backup};
use super::*;
use crate::bundle::{BundleSecret, KdfParams};
use crate::clock::FixedClock;
use crate::model::*;
use crate::photos::tests::{jpeg, picture};
use crate::schedule::VaccineCode;
use crate::store::Handbook;

fn cheap() -> KdfParams {
    KdfParams {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    }
}

fn secret() -> BundleSecret {
    BundleSecret::Passphrase("はぐくみ のバックアップ 2026".into())
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn open(path: &Path) -> Handbook {
    Handbook::open(path)
        .unwrap()
        .with_clock(FixedClock::on(d("2026-11-25")))
}

/// A handbook with a child, `growth` growth records, two vaccinations and a photo.
fn family(dir: &Path, name: &str, growth: usize) -> (PathBuf, uuid::Uuid) {
    let path = dir.join("handbook.hagukumi");
    let mut hb = open(&path);
    let child = hb
        .add_child(Child {
            name: name.into(),
            name_kana: None,
            sex: Sex::Female,
            birth_date: d("2025-01-01"),
            birth_order: 1,
            ga_at_birth: None,
            delivery_id: None,
            birth: BirthMeasurements::default(),
        })
        .unwrap()
        .meta
        .id;
    let mut batch = Vec::new();
    for i in 0..growth {
        batch.push(GrowthMeasurement {
            child_id: child,
            measured_on: d("2025-01-02") + chrono::Days::new(i as u64 % 600),
            weight_kg: Some(3.0 + (i % 100) as f64 / 20.0),
            length_cm: None,
            position: None,
            head_cm: None,
            notes: Some(format!("測定 {i} {}", "・".repeat(40))),
        });
    }
    for g in batch {
        hb.add_growth(g).unwrap();
    }
    for dose in 1..=2 {
        hb.add_vaccination(Vaccination {
            subject: Subject::Child(child),
            vaccine: VaccineCode::Hib,
            dose,
            date: d("2025-03-01") + chrono::Days::new(u64::from(dose) * 30),
            brand: None,
            lot: None,
            clinic: None,
            notes: None,
        })
        .unwrap();
    }
    let entry = hb
        .add_diary(DiaryEntry {
            subjects: vec![Subject::Child(child)],
            written_on: d("2025-10-02"),
            text: "はじめての笑顔".into(),
            mood: None,
            photos: vec![],
        })
        .unwrap()
        .meta
        .id;
    hb.import_photo_bytes(&jpeg(&picture(320, 240)), Some(entry))
        .unwrap();
    hb.close().unwrap();
    (path, child)
}

fn counts(path: &Path) -> (usize, usize, String) {
    let hb = open(path);
    let child = hb.children().unwrap()[0].clone();
    (
        hb.growth(child.id()).unwrap().len(),
        hb.vaccinations(Subject::Child(child.id())).unwrap().len(),
        child.data.name,
    )
}

/// The backup of the handbook at `path` with its database image changed by `edit`
/// (what an attacker who knows the passphrase can build).
fn crafted_backup(path: &Path, edit: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    let hb = open(path);
    let snapshot = Snapshot::take(hb.conn(), "test").unwrap();
    let mut db = snapshot.bytes().unwrap().to_vec();
    edit(&mut db);
    let root = hb.photo_dir().map(Path::to_path_buf);
    let ids = hb.photo_ids().unwrap();
    let mut out = Vec::new();
    write_backup(
        &hb,
        &db,
        root.as_deref(),
        &ids,
        &mut out,
        &secret(),
        cheap(),
        &mut |_| {},
    )
    .unwrap();
    out
}

fn dot_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect()
}

#[test]
fn a_backup_carrying_a_trigger_is_refused_and_nothing_is_replaced() {
    let work = tempfile::tempdir().unwrap();
    // The attacker's handbook: real records, and a trigger that empties the
    // vaccinations at the next growth record.
    let evil_dir = work.path().join("evil");
    let (evil, _) = family(&evil_dir, "あおい", 3);
    Connection::open(&evil)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER wipe AFTER INSERT ON growth BEGIN DELETE FROM vaccinations; END;",
        )
        .unwrap();
    let mut bundle = Vec::new();
    open(&evil)
        .create_backup_with_kdf(&mut bundle, &secret(), cheap(), &mut |_| {})
        .unwrap();

    // The family's phone.
    let home = work.path().join("home");
    let (db, _) = family(&home, "ひなた", 2);
    let before = counts(&db);
    for mode in [RestoreMode::Replace, RestoreMode::Merge] {
        let err = restore_backup(&db, &bundle[..], &secret(), Some(mode), &mut |_| {})
            .expect_err("a backup with a trigger must be refused");
        assert!(
            matches!(
                &err,
                crate::HandbookError::Share(ShareError::UnexpectedSchema { found })
                    if found.contains("trigger \"wipe\"")
            ),
            "{err:?}"
        );
        assert_eq!(err.kind().as_str(), "unexpected_schema");
        assert_eq!(counts(&db), before, "{mode:?}: nothing replaced");
        assert!(dot_files(&home).is_empty(), "{:?}", dot_files(&home));
    }
    // Nor into an empty phone.
    let empty = work.path().join("empty").join("handbook.hagukumi");
    let err = restore_backup(&empty, &bundle[..], &secret(), None, &mut |_| {}).unwrap_err();
    assert!(
        matches!(
            err,
            crate::HandbookError::Share(ShareError::UnexpectedSchema { .. })
        ),
        "{err:?}"
    );
    assert!(!empty.exists());
}

#[test]
fn a_backup_with_a_view_index_or_changed_table_is_refused() {
    let work = tempfile::tempdir().unwrap();
    let (src, _) = family(&work.path().join("src"), "あおい", 1);
    for sql in [
        "CREATE VIEW v AS SELECT * FROM children;",
        "CREATE INDEX extra ON growth (notes);",
        "CREATE TABLE notes_of_attacker (x TEXT);",
        "DROP INDEX IF EXISTS growth_by_child;",
        "ALTER TABLE children ADD COLUMN secret TEXT;",
    ] {
        let dir = work.path().join(format!("v{}", sql.len()));
        fs::create_dir_all(&dir).unwrap();
        let copy = dir.join("handbook.hagukumi");
        fs::copy(&src, &copy).unwrap();
        Connection::open(&copy).unwrap().execute_batch(sql).unwrap();
        let bundle = crafted_backup(&copy, |_| {});
        let target = dir.join("restored").join("handbook.hagukumi");
        let err =
            restore_backup(&target, &bundle[..], &secret(), None, &mut |_| {}).expect_err(sql);
        assert!(
            matches!(
                err,
                crate::HandbookError::Share(ShareError::UnexpectedSchema { .. })
            ),
            "{sql}: {err:?}"
        );
    }
}

#[test]
fn a_backup_whose_database_says_a_negative_version_is_refused_without_a_panic() {
    let work = tempfile::tempdir().unwrap();
    let (src, _) = family(&work.path().join("src"), "あおい", 1);
    // user_version: 4 bytes big-endian at offset 60 of the header.
    let bundle = crafted_backup(&src, |db| {
        db[60..64].copy_from_slice(&(-3i32).to_be_bytes())
    });
    let home = work.path().join("home");
    let (db, _) = family(&home, "ひなた", 1);
    let before = counts(&db);
    let err = restore_backup(
        &db,
        &bundle[..],
        &secret(),
        Some(RestoreMode::Replace),
        &mut |_| {},
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            crate::HandbookError::Share(ShareError::RestoredCheckFailed { .. })
        ),
        "{err:?}"
    );
    assert_eq!(counts(&db), before);
}

#[test]
fn an_ordinary_backup_still_restores_and_leaves_nothing_behind() {
    let work = tempfile::tempdir().unwrap();
    let (src, _) = family(&work.path().join("src"), "あおい", 5);
    let mut bundle = Vec::new();
    open(&src)
        .create_backup_with_kdf(&mut bundle, &secret(), cheap(), &mut |_| {})
        .unwrap();
    assert!(dot_files(&work.path().join("src")).is_empty());
    let home = work.path().join("home");
    let (db, _) = family(&home, "ひなた", 1);
    restore_backup(
        &db,
        &bundle[..],
        &secret(),
        Some(RestoreMode::Replace),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(counts(&db), (5, 2, "あおい".into()));
    assert!(dot_files(&home).is_empty(), "{:?}", dot_files(&home));
}

#[cfg(unix)]
#[test]
fn leftovers_of_killed_backups_and_restores_are_removed_by_the_next_one() {
    use std::os::unix::fs::PermissionsExt;
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("home");
    let (db, _) = family(&dir, "ひなた", 1);
    // What earlier versions left when killed, and what this one leaves.
    fs::write(dir.join(".backup-0190c8a0.hagukumi"), b"SQLite format 3\0").unwrap();
    fs::write(dir.join(".backup-0190c8a0.hagukumi-journal"), b"x").unwrap();
    fs::create_dir_all(dir.join(".restore-0190c8a0/photos")).unwrap();
    fs::write(
        dir.join(".restore-0190c8a0/handbook.hagukumi"),
        b"SQLite format 3\0",
    )
    .unwrap();
    fs::create_dir_all(dir.join(STAGING_DIR).join("restore-1")).unwrap();
    fs::write(
        dir.join(STAGING_DIR).join("restore-1/handbook.hagukumi"),
        b"SQLite format 3\0",
    )
    .unwrap();
    let mut out = Vec::new();
    open(&db)
        .create_backup_with_kdf(&mut out, &secret(), cheap(), &mut |_| {})
        .unwrap();
    assert!(dot_files(&dir).is_empty(), "{:?}", dot_files(&dir));

    // A restore's staging is private while it exists.
    let held = super::backup::new_staging(&dir).unwrap();
    let staging = held.path.clone();
    let mode = fs::metadata(&staging).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700);
    let f = crate::share::create_private_file(&staging.join("x")).unwrap();
    drop(f);
    let mode = fs::metadata(staging.join("x"))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);

    // While a restore holds its staging, opening the handbook (as a merge restore does,
    // or another process) and cleaning up leave it alone, and a second restore waits
    // its turn instead of removing the first one's files.
    drop(open(&db));
    super::backup::remove_stale_staging(&dir).unwrap();
    assert!(
        staging.join("x").exists(),
        "a restore in progress was removed"
    );
    let second = restore_backup(
        &db,
        &out[..],
        &secret(),
        Some(RestoreMode::Replace),
        &mut |_| {},
    );
    assert!(
        matches!(second, Err(HandbookError::Busy { .. })),
        "{second:?}"
    );
    assert!(staging.join("x").exists());

    // Once the holder is gone (a killed restore: the kernel drops its lock), the next
    // open of the handbook removes what it left.
    drop(held);
    drop(open(&db));
    assert!(dot_files(&dir).is_empty(), "{:?}", dot_files(&dir));
    restore_backup(
        &db,
        &out[..],
        &secret(),
        Some(RestoreMode::Replace),
        &mut |_| {},
    )
    .unwrap();
    assert!(dot_files(&dir).is_empty(), "{:?}", dot_files(&dir));
}

/// Overwrite one leaf page of `table` in the middle of its B-tree with garbage.
fn damage_table(path: &Path, table: &str) {
    let (page_size, page): (i64, i64) = {
        let conn = Connection::open(path).unwrap();
        let page_size = conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .unwrap();
        let leaves: Vec<i64> = conn
            .prepare(
                "SELECT pageno FROM dbstat WHERE name = ?1 AND pagetype = 'leaf' ORDER BY path",
            )
            .unwrap()
            .query_map([table], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(leaves.len() >= 3, "{table} has {} leaves", leaves.len());
        (page_size, leaves[leaves.len() / 2])
    };
    let mut bytes = fs::read(path).unwrap();
    let at = ((page - 1) * page_size) as usize;
    for b in &mut bytes[at..at + page_size as usize] {
        *b = 0x55;
    }
    fs::write(path, bytes).unwrap();
}

#[test]
fn a_damaged_handbook_is_told_and_its_readable_records_are_rescued() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("home");
    let (db, child) = family(&dir, "ひなた", 400);
    damage_table(&db, "growth");

    let mut hb = open(&db);
    // Reading the damaged table says so, with a typed error that asks for a rescue.
    let err = hb.growth(child).unwrap_err();
    assert_eq!(err.kind().as_str(), "damaged", "{err:?}");
    assert!(err.to_string().contains("rescue backup"), "{err}");
    assert!(err.message(crate::Lang::Ja).contains("救出バックアップ"));
    // The ordinary backup refuses, with the same typed error, and writes nothing
    // beside the handbook.
    let mut out = Vec::new();
    let err = hb
        .create_backup_with_kdf(&mut out, &secret(), cheap(), &mut |_| {})
        .unwrap_err();
    assert!(
        matches!(err, crate::HandbookError::Damaged { .. }),
        "{err:?}"
    );
    assert!(dot_files(&dir).is_empty());
    drop(hb);

    // The rescue saves what can be read, and says what was lost.
    let mut rescue = Vec::new();
    let report =
        create_rescue_backup_with_kdf(&db, &mut rescue, &secret(), cheap(), &mut |_| {}).unwrap();
    let table = |name: &str| report.tables.iter().find(|t| t.table == name).unwrap();
    let growth = table("growth");
    assert!(growth.saved > 300, "{report:?}");
    // One page of about a dozen rows was destroyed: SQLite cannot count what it
    // cannot read, so the loss is estimated from the other pages.
    let lost = growth.lost.expect("estimated from the page statistics");
    assert!(!growth.exact);
    assert!((5..40).contains(&lost), "{report:?}");
    assert!((growth.saved + lost).abs_diff(400) <= 2, "{report:?}");
    assert_eq!(table("children").saved, 1);
    assert_eq!(table("children").lost, Some(0));
    assert_eq!(table("vaccinations").saved, 2);
    assert_eq!(table("photos").saved, 1);
    assert_eq!(report.photos_lost, 0);
    assert!(!report.complete());
    assert_eq!(report.backup.photos, 1);
    assert!(dot_files(&dir).is_empty());

    // It restores with the ordinary restore, over the damaged handbook.
    let r = restore_backup(
        &db,
        &rescue[..],
        &secret(),
        Some(RestoreMode::Replace),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(r.photos, 1);
    let hb = open(&db);
    assert_eq!(hb.integrity_check().unwrap(), "ok");
    assert_eq!(hb.growth(child).unwrap().len() as u64, growth.saved);
    assert_eq!(counts(&db), (growth.saved as usize, 2, "ひなた".into()));
    let mut out = Vec::new();
    open(&db)
        .create_backup_with_kdf(&mut out, &secret(), cheap(), &mut |_| {})
        .unwrap();
}

#[test]
fn a_rescue_of_a_healthy_handbook_loses_nothing() {
    let work = tempfile::tempdir().unwrap();
    let (db, _) = family(&work.path().join("home"), "ひなた", 20);
    let mut rescue = Vec::new();
    let report =
        create_rescue_backup_with_kdf(&db, &mut rescue, &secret(), cheap(), &mut |_| {}).unwrap();
    assert!(report.complete(), "{report:?}");
    let target = work.path().join("new").join("handbook.hagukumi");
    restore_backup(&target, &rescue[..], &secret(), None, &mut |_| {}).unwrap();
    assert_eq!(counts(&target), (20, 2, "ひなた".into()));
}

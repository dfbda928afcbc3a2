//! Shares and backups end to end on real files: encrypted bundles, photos, views,
//! and every refusal leaving everything as it was.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use uuid::Uuid;

use super::*;
use crate::bundle::{BundleSecret, KdfParams, ShareKey};
use crate::clock::FixedClock;
use crate::model::*;
use crate::photos::tests::{jpeg, picture};
use crate::share::family::{import_to_view, open_share, open_view, view_path, views};
use crate::store::Handbook;

const TODAY: &str = "2026-11-25";

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

struct Phone {
    dir: tempfile::TempDir,
    hb: Handbook,
}

impl Phone {
    fn new() -> Phone {
        let dir = tempfile::tempdir().unwrap();
        let hb = open(&dir.path().join("handbook.hagukumi"));
        Phone { dir, hb }
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("handbook.hagukumi")
    }

    fn views(&self) -> PathBuf {
        self.dir.path().join("views")
    }

    fn reopen(&mut self) {
        let old = std::mem::replace(&mut self.hb, Handbook::open_in_memory().unwrap());
        old.close().unwrap();
        self.hb = open(&self.db());
    }
}

fn open(path: &Path) -> Handbook {
    Handbook::open(path)
        .unwrap()
        .with_clock(FixedClock::on(d(TODAY)))
}

fn child(name: &str) -> Child {
    Child {
        name: name.into(),
        name_kana: None,
        sex: Sex::Female,
        birth_date: d("2025-09-01"),
        birth_order: 1,
        ga_at_birth: None,
        delivery_id: None,
        birth: BirthMeasurements::default(),
    }
}

fn growth(child: Uuid, on: &str, kg: f64) -> GrowthMeasurement {
    GrowthMeasurement {
        child_id: child,
        measured_on: d(on),
        weight_kg: Some(kg),
        length_cm: None,
        position: None,
        head_cm: None,
        notes: None,
    }
}

/// A family with two children, growth, and a diary entry with a photo about the first.
fn family() -> (Phone, Uuid, Uuid) {
    let mut p = Phone::new();
    let hana = p.hb.add_child(child("はな")).unwrap().meta.id;
    let sora = p.hb.add_child(child("そら")).unwrap().meta.id;
    p.hb.add_growth(growth(hana, "2025-10-01", 4.1)).unwrap();
    p.hb.add_growth(growth(sora, "2025-10-01", 4.3)).unwrap();
    let entry =
        p.hb.add_diary(DiaryEntry {
            subjects: vec![Subject::Child(hana)],
            written_on: d("2025-10-02"),
            text: "はじめての笑顔".into(),
            mood: None,
            photos: vec![],
        })
        .unwrap()
        .meta
        .id;
    p.hb.import_photo_bytes(&jpeg(&picture(640, 480)), Some(entry))
        .unwrap();
    (p, hana, sora)
}

fn key_of(info: &ShareInfo) -> BundleSecret {
    BundleSecret::Key(ShareKey::parse(&info.key).unwrap())
}

/// A read-only share of one child for a grandparent.
fn viewer(p: &mut Phone, name: &str, child: Uuid) -> ShareInfo {
    p.hb.create_share(
        name,
        ShareRole::Viewer,
        crate::store::Scope::Child { id: child },
    )
    .unwrap()
}

/// Open a bundle with its share's key and import it into the family's view under `dir`.
fn into_view(dir: &Path, bundle: &[u8], share: &ShareInfo) -> crate::Result<ShareImport> {
    open_share(bundle, &key_of(share)).and_then(|s| import_to_view(dir, s))
}

fn export(p: &mut Phone, share: &ShareInfo, full: bool) -> Vec<u8> {
    let mut out = Vec::new();
    p.hb.export_share(share.id, full, &mut out).unwrap();
    out
}

/// Every file under a folder, with its bytes.
fn files(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    if !root.exists() {
        return out;
    }
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in fs::read_dir(&dir).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(
                    path.strip_prefix(root).unwrap().to_path_buf(),
                    fs::read(&path).unwrap(),
                );
            }
        }
    }
    out
}

/// Every row of every record, photo and share table.
fn rows(hb: &Handbook) -> Vec<String> {
    let mut out = Vec::new();
    let mut tables: Vec<&str> = crate::store::RECORD_TABLES.to_vec();
    tables.extend([
        "diary_subjects",
        "diary_photos",
        "photos",
        "shares",
        "imported_bundles",
    ]);
    for table in tables {
        let mut stmt = hb
            .conn()
            .prepare(&format!("SELECT * FROM {table}"))
            .unwrap();
        let n = stmt.column_count();
        let lines = stmt
            .query_map([], |r| {
                let mut line = format!("{table}:");
                for i in 0..n {
                    let v: rusqlite::types::Value = r.get(i)?;
                    line.push_str(&format!(" {v:?}"));
                }
                Ok(line)
            })
            .unwrap();
        out.extend(lines.map(|l| l.unwrap()));
    }
    out.sort();
    out
}

fn view_rows(views_dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for v in views(views_dir).unwrap() {
        out.extend(rows(&Handbook::open(&v.path).unwrap()));
        out.extend(
            files(&v.path.parent().unwrap().join("photos"))
                .keys()
                .map(|k| k.display().to_string()),
        );
    }
    out
}

#[test]
fn grandparents_get_one_child_with_photos_in_a_read_only_view() {
    let (mut parent, hana, _) = family();
    let share = viewer(&mut parent, "おばあちゃん", hana);
    let bundle = export(&mut parent, &share, false);

    let grandma = Phone::new();
    let incoming = open_share(&bundle[..], &key_of(&share)).unwrap();
    assert_eq!(incoming.manifest().subjects, vec!["はな".to_string()]);
    let report = import_to_view(&grandma.views(), incoming).unwrap();
    assert!(report.applied >= 3, "{report:?}");
    assert_eq!(report.photos_added, 1);
    let path = report
        .view_path
        .expect("a viewer import says where the view is");
    assert_eq!(path, view_path(&grandma.views(), &report.family_id));

    let view = Handbook::open(&path).unwrap();
    assert!(view.is_read_only());
    let children = view.children().unwrap();
    assert_eq!(children.len(), 1, "only the shared child");
    assert_eq!(children[0].data.name, "はな");
    assert_eq!(view.growth(hana).unwrap().len(), 1);
    let entries = view.diary(Subject::Child(hana)).unwrap();
    assert_eq!(entries.len(), 1);
    let photo = view.photo(&entries[0].data.photos[0]).unwrap();
    assert!(photo.thumbnail.path.exists() && photo.display.path.exists());
    // The photo's files are the parent's, byte for byte.
    let original = parent.hb.photo(&photo.id).unwrap();
    assert_eq!(
        fs::read(&photo.display.path).unwrap(),
        fs::read(&original.display.path).unwrap()
    );
    // The grandparents cannot edit the family's records.
    let mut view = view;
    assert_eq!(
        view.add_growth(growth(hana, "2025-11-01", 5.0))
            .unwrap_err()
            .kind()
            .as_str(),
        "read_only_view"
    );
    // Their own handbook is untouched.
    assert!(!grandma.hb.has_records().unwrap());
}

#[test]
fn only_whats_new_is_sent_and_imports_are_idempotent_in_any_order() {
    let (mut parent, hana, _) = family();
    let share = viewer(&mut parent, "じいじ", hana);
    let first = export(&mut parent, &share, false);
    parent
        .hb
        .add_growth(growth(hana, "2025-11-01", 5.2))
        .unwrap();
    let g = parent.hb.growth(hana).unwrap()[0].meta.id;
    parent.hb.delete_growth(g).unwrap();
    let second = export(&mut parent, &share, false);
    let manifest = |b: &[u8]| open_share(b, &key_of(&share)).unwrap().manifest().clone();
    assert!(manifest(&first).full);
    assert!(!manifest(&second).full);
    // The delta holds the two changed measurements and the child it points to.
    assert_eq!(manifest(&second).records, 3, "{:?}", manifest(&second));

    // In order, twice.
    let a = tempfile::tempdir().unwrap();
    for b in [&first, &second, &second, &first] {
        into_view(a.path(), b, &share).unwrap();
    }
    // Newest first.
    let z = tempfile::tempdir().unwrap();
    let r = into_view(z.path(), &second, &share).unwrap();
    assert!(!r.already_imported);
    let r = into_view(z.path(), &first, &share).unwrap();
    assert!(
        r.unchanged > 0,
        "older versions of records already here are skipped"
    );
    let again = into_view(z.path(), &first, &share).unwrap();
    assert!(again.already_imported);
    assert_eq!(again.applied, 0);

    let view = |dir: &Path| {
        let v = views(dir).unwrap();
        let hb = Handbook::open(&v[0].path).unwrap();
        let mut live: Vec<String> = hb
            .growth(hana)
            .unwrap()
            .iter()
            .map(|g| format!("{:?}", g))
            .collect();
        live.extend(
            hb.diary(Subject::Child(hana))
                .unwrap()
                .iter()
                .map(|e| format!("{:?}", e)),
        );
        live
    };
    assert_eq!(view(a.path()), view(z.path()));
    assert_eq!(
        view(a.path()).len(),
        2,
        "one live measurement and the diary entry"
    );
}

#[test]
fn the_two_parents_converge_through_encrypted_bundles() {
    let (mut mother, hana, _) = family();
    let to_father = mother
        .hb
        .create_share("パパ", ShareRole::CoParent, crate::store::Scope::Family)
        .unwrap();
    let mut father = Phone::new();
    let bundle = export(&mut mother, &to_father, false);
    let report = open_share(&bundle[..], &key_of(&to_father))
        .unwrap()
        .import_into(&mut father.hb)
        .unwrap();
    assert!(report.joined, "a phone without records joins the family");
    assert_eq!(
        father.hb.identity().unwrap().family_id,
        mother.hb.identity().unwrap().family_id
    );

    // Father logs a shot... (a measurement here), mother a diary entry.
    father
        .hb
        .add_growth(growth(hana, "2025-11-10", 5.6))
        .unwrap();
    mother
        .hb
        .add_diary(DiaryEntry {
            subjects: vec![Subject::Child(hana)],
            written_on: d("2025-11-10"),
            text: "寝返り".into(),
            mood: None,
            photos: vec![],
        })
        .unwrap();
    let to_mother = father
        .hb
        .create_share("ママ", ShareRole::CoParent, crate::store::Scope::Family)
        .unwrap();
    let b1 = export(&mut father, &to_mother, false);
    let b2 = export(&mut mother, &to_father, false);
    open_share(&b1[..], &key_of(&to_mother))
        .unwrap()
        .import_into(&mut mother.hb)
        .unwrap();
    open_share(&b2[..], &key_of(&to_father))
        .unwrap()
        .import_into(&mut father.hb)
        .unwrap();
    for hb in [&mother.hb, &father.hb] {
        assert_eq!(hb.growth(hana).unwrap().len(), 2);
        assert_eq!(hb.diary(Subject::Child(hana)).unwrap().len(), 2);
    }
    let (m, _) = mother
        .hb
        .changes_since(crate::store::Scope::Family, 0)
        .unwrap();
    let (f, _) = father
        .hb
        .changes_since(crate::store::Scope::Family, 0)
        .unwrap();
    assert_eq!(m, f);
    assert_eq!(
        files(&mother.dir.path().join("photos")),
        files(&father.dir.path().join("photos"))
    );
}

#[test]
fn a_viewer_share_never_goes_into_an_own_handbook_and_another_family_is_refused() {
    let (mut parent, hana, _) = family();
    let viewer = viewer(&mut parent, "おばあちゃん", hana);
    let bundle = export(&mut parent, &viewer, false);
    let mut other = family().0;
    let before = rows(&other.hb);
    let err = open_share(&bundle[..], &key_of(&viewer))
        .unwrap()
        .import_into(&mut other.hb)
        .unwrap_err();
    assert_eq!(err.kind().as_str(), "viewer_share");
    let co = parent
        .hb
        .create_share("パパ", ShareRole::CoParent, crate::store::Scope::Family)
        .unwrap();
    let bundle = export(&mut parent, &co, false);
    let err = open_share(&bundle[..], &key_of(&co))
        .unwrap()
        .import_into(&mut other.hb)
        .unwrap_err();
    assert!(
        matches!(err, crate::HandbookError::Share(ShareError::OtherFamily)),
        "{err:?}"
    );
    assert_eq!(rows(&other.hb), before);
    // And a co-parent share cannot be limited to one child.
    let err = parent
        .hb
        .create_share(
            "x",
            ShareRole::CoParent,
            crate::store::Scope::Child { id: hana },
        )
        .unwrap_err();
    assert!(matches!(
        err,
        crate::HandbookError::Share(ShareError::CoParentNeedsFamily)
    ));
}

#[test]
fn flipping_any_byte_of_a_share_is_refused_and_changes_nothing() {
    let mut p = Phone::new();
    let c = p.hb.add_child(child("はな")).unwrap().meta.id;
    p.hb.add_growth(growth(c, "2025-10-01", 4.1)).unwrap();
    let share = viewer(&mut p, "おばあちゃん", c);
    let bundle = export(&mut p, &share, false);
    let grandma = tempfile::tempdir().unwrap();
    let path = into_view(grandma.path(), &bundle, &share)
        .unwrap()
        .view_path
        .unwrap();
    // Now a newer bundle, damaged at every position in turn.
    p.hb.add_growth(growth(c, "2025-11-01", 5.0)).unwrap();
    let newer = export(&mut p, &share, false);
    let before = view_rows(grandma.path());
    eprintln!(
        "flipping each of the {} bytes of a share bundle",
        newer.len()
    );
    for i in 0..newer.len() {
        let mut bad = newer.clone();
        bad[i] ^= 0x20;
        let result = into_view(grandma.path(), &bad, &share);
        assert!(
            result.is_err(),
            "byte {i} of {} flipped was accepted",
            newer.len()
        );
    }
    // Cut anywhere.
    for cut in (0..newer.len()).step_by(7) {
        let result = into_view(grandma.path(), &newer[..cut], &share);
        assert!(result.is_err(), "cut at {cut} was accepted");
    }
    assert_eq!(view_rows(grandma.path()), before, "nothing changed");
    // A damaged first bundle leaves no empty view behind.
    let fresh = tempfile::tempdir().unwrap();
    let mut bad = bundle.clone();
    let last = bad.len() - 1;
    bad[last] ^= 1;
    let result = into_view(fresh.path(), &bad, &share);
    assert!(result.is_err());
    assert_eq!(fs::read_dir(fresh.path()).unwrap().count(), 0);
    assert!(path.exists());
    // The intact one still imports.
    into_view(grandma.path(), &newer, &share).unwrap();
    assert_ne!(view_rows(grandma.path()), before);
}

#[test]
fn a_wrong_key_is_told_apart_and_changes_nothing() {
    let (mut p, hana, _) = family();
    let share = viewer(&mut p, "おばあちゃん", hana);
    let bundle = export(&mut p, &share, false);
    let other = BundleSecret::Key(ShareKey::generate().unwrap());
    let err = open_share(&bundle[..], &other).err().unwrap();
    assert!(
        matches!(
            err,
            crate::HandbookError::Bundle(crate::bundle::BundleError::WrongKey)
        ),
        "{err:?}"
    );
    let dir = tempfile::tempdir().unwrap();
    assert!(views(dir.path()).unwrap().is_empty());
}

#[test]
fn a_bundle_from_a_newer_app_is_explained() {
    let mut out = Vec::new();
    let key = ShareKey::generate().unwrap();
    let secret = BundleSecret::Key(ShareKey::parse(&key.to_string()).unwrap());
    let writer =
        crate::bundle::BundleWriter::new(&mut out, crate::bundle::BundleKind::Share, &secret)
            .unwrap();
    let mut archive = super::archive::ArchiveWriter::new(writer);
    let manifest = Manifest {
        format: CONTENT_FORMAT,
        kind: "share".into(),
        bundle_id: Uuid::now_v7(),
        created_at: "2030-01-01T00:00:00Z".into(),
        app_version: "9.0.0".into(),
        schema_version: crate::store::SCHEMA_VERSION + 1,
        family_id: "0".repeat(32),
        from_replica: "1".repeat(32),
        role: Some(ShareRole::Viewer),
        scope: Some("family".into()),
        scope_id: None,
        full: true,
        subjects: vec![],
        records: 0,
        photos: 0,
        payload_bytes: 0,
    };
    archive
        .bytes(
            super::archive::MANIFEST,
            "manifest.json",
            &serde_json::to_vec(&manifest).unwrap(),
        )
        .unwrap();
    archive.finish().unwrap().finish().unwrap();
    let err = open_share(&out[..], &secret).err().unwrap();
    assert!(
        matches!(
            err,
            crate::HandbookError::Share(ShareError::MadeByNewerApp { .. })
        ),
        "{err:?}"
    );
}

fn cheap() -> KdfParams {
    KdfParams {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    }
}

fn backup(p: &mut Phone, secret: &BundleSecret) -> (Vec<u8>, Vec<Progress>) {
    let mut out = Vec::new();
    let mut seen = Vec::new();
    p.hb.create_backup_with_kdf(&mut out, secret, cheap(), &mut |pr| seen.push(pr))
        .unwrap();
    (out, seen)
}

#[test]
fn backup_wipe_restore_gives_back_the_same_records_and_photos() {
    let (mut p, hana, _) = family();
    viewer(&mut p, "おばあちゃん", hana);
    let g = p.hb.growth(hana).unwrap()[0].meta.id;
    p.hb.delete_growth(g).unwrap();
    let secret = BundleSecret::Passphrase("はぐくみ のバックアップ 2026".into());
    let (bundle, progress) = backup(&mut p, &secret);
    let last = progress.last().unwrap();
    assert_eq!(last.done_bytes, last.total_bytes);
    assert!(
        progress
            .windows(2)
            .all(|w| w[0].done_bytes <= w[1].done_bytes)
    );

    let records = rows(&p.hb);
    let photos = files(&p.dir.path().join("photos"));
    assert!(!photos.is_empty());
    let info = inspect_backup(&bundle[..], &secret).unwrap();
    assert_eq!(info.children, vec!["はな".to_string(), "そら".to_string()]);

    // The phone is lost: a new, empty one.
    let db = p.db();
    let old = std::mem::replace(&mut p.hb, Handbook::open_in_memory().unwrap());
    old.close().unwrap();
    fs::remove_file(&db).unwrap();
    fs::remove_dir_all(p.dir.path().join("photos")).unwrap();

    let report = restore_backup(&db, &bundle[..], &secret, None, &mut |_| {}).unwrap();
    assert_eq!(report.mode, RestoreMode::Replace);
    p.reopen();
    assert_eq!(
        rows(&p.hb),
        records,
        "every row, tombstones and shares included"
    );
    assert_eq!(
        files(&p.dir.path().join("photos")),
        photos,
        "every photo file, byte for byte"
    );
    assert_eq!(p.hb.integrity_check().unwrap(), "ok");
    // Nothing left behind in the data folder.
    let leftovers: Vec<_> = fs::read_dir(p.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn restoring_onto_records_asks_then_replaces_or_merges() {
    let (mut p, _, _) = family();
    let secret = BundleSecret::Key(ShareKey::generate().unwrap());
    let (bundle, _) = backup(&mut p, &secret);

    let mut other = Phone::new();
    let mine = other.hb.add_child(child("ゆい")).unwrap().meta.id;
    let before = rows(&other.hb);
    let err = restore_backup(&other.db(), &bundle[..], &secret, None, &mut |_| {}).unwrap_err();
    assert!(
        matches!(err, crate::HandbookError::Share(ShareError::ChoiceNeeded)),
        "{err:?}"
    );
    assert_eq!(rows(&other.hb), before);

    let report = restore_backup(
        &other.db(),
        &bundle[..],
        &secret,
        Some(RestoreMode::Merge),
        &mut |_| {},
    )
    .unwrap();
    assert!(report.merged.unwrap().applied >= 5);
    other.reopen();
    let names: Vec<String> = other
        .hb
        .children()
        .unwrap()
        .into_iter()
        .map(|c| c.data.name)
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(other.hb.child(mine).is_ok());
    assert_eq!(other.hb.photos().unwrap().len(), 1);

    let old = std::mem::replace(&mut other.hb, Handbook::open_in_memory().unwrap());
    old.close().unwrap();
    restore_backup(
        &other.db(),
        &bundle[..],
        &secret,
        Some(RestoreMode::Replace),
        &mut |_| {},
    )
    .unwrap();
    other.reopen();
    assert_eq!(other.hb.children().unwrap().len(), 2);
    assert!(other.hb.child(mine).is_err());
}

#[test]
fn a_damaged_or_wrong_key_backup_leaves_the_phone_as_it_was() {
    let (mut p, _, _) = family();
    let secret = BundleSecret::Key(ShareKey::generate().unwrap());
    let (bundle, _) = backup(&mut p, &secret);
    let before_rows = rows(&p.hb);
    let db = p.db();
    let old = std::mem::replace(&mut p.hb, Handbook::open_in_memory().unwrap());
    old.close().unwrap();
    let before_files_closed = files(p.dir.path());

    let wrong = BundleSecret::Key(ShareKey::generate().unwrap());
    assert!(
        restore_backup(
            &db,
            &bundle[..],
            &wrong,
            Some(RestoreMode::Replace),
            &mut |_| {}
        )
        .is_err()
    );
    let mut cut = bundle.clone();
    cut.truncate(bundle.len() - 100);
    assert!(
        restore_backup(
            &db,
            &cut[..],
            &secret,
            Some(RestoreMode::Replace),
            &mut |_| {}
        )
        .is_err()
    );
    let mut flipped = bundle.clone();
    let at = bundle.len() / 2;
    flipped[at] ^= 1;
    assert!(
        restore_backup(
            &db,
            &flipped[..],
            &secret,
            Some(RestoreMode::Replace),
            &mut |_| {}
        )
        .is_err()
    );
    assert_eq!(files(p.dir.path()), before_files_closed);
    p.reopen();
    assert_eq!(rows(&p.hb), before_rows);
}

#[test]
fn a_share_cannot_be_restored_as_a_backup_nor_a_backup_opened_as_a_share() {
    let (mut p, _, _) = family();
    let secret = BundleSecret::Key(ShareKey::generate().unwrap());
    let (bundle, _) = backup(&mut p, &secret);
    assert!(open_share(&bundle[..], &secret).is_err());
    let share =
        p.hb.create_share("パパ", ShareRole::CoParent, crate::store::Scope::Family)
            .unwrap();
    let s = export(&mut p, &share, false);
    assert!(inspect_backup(&s[..], &key_of(&share)).is_err());
}

#[test]
fn a_view_can_be_opened_again_and_is_listed() {
    let (mut parent, hana, _) = family();
    let share = viewer(&mut parent, "おばあちゃん", hana);
    let bundle = export(&mut parent, &share, false);
    let dir = tempfile::tempdir().unwrap();
    into_view(dir.path(), &bundle, &share).unwrap();
    let list = views(dir.path()).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].children, vec!["はな".to_string()]);
    assert!(list[0].last_import.is_some());
    let hb = open_view(dir.path(), &list[0].family_id).unwrap();
    assert!(hb.is_read_only());
    assert!(open_view(dir.path(), "../etc").is_err());
}

#[test]
fn deleting_the_shared_child_reaches_the_grandparents() {
    let (mut parent, hana, _) = family();
    let share = viewer(&mut parent, "おばあちゃん", hana);
    let first = export(&mut parent, &share, false);
    let dir = tempfile::tempdir().unwrap();
    let view = into_view(dir.path(), &first, &share)
        .unwrap()
        .view_path
        .unwrap();
    assert_eq!(Handbook::open(&view).unwrap().children().unwrap().len(), 1);
    // Entered by mistake: the parent deletes the child; the next bundle says so.
    parent.hb.delete_child(hana).unwrap();
    let second = export(&mut parent, &share, false);
    into_view(dir.path(), &second, &share).unwrap();
    let hb = Handbook::open(&view).unwrap();
    assert!(hb.children().unwrap().is_empty());
    assert_eq!(hb.growth(hana).unwrap_err().kind().as_str(), "not_found");
    // Its measurements arrived as tombstones too (the parent's delete cascaded).
    let live: i64 = hb
        .conn()
        .query_row(
            "SELECT count(*) FROM growth WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(live, 0);
}

/// Issue 14, hole 4: rows no parent could type in, forced into a handbook with raw
/// SQL (a broken or hostile app, or rows stored before merges were checked).
mod hostile_rows {
    use super::*;
    use crate::error::HandbookError;
    use crate::export::html;
    use crate::growth::{Indicator, Standard};
    use crate::lang::Lang;
    use crate::schedule::{DoseStatus, VaccineCode};
    use crate::store::MergeError;
    use rusqlite::types::Value;

    /// A family as in [`family`], with doses and a second measurement for はな.
    struct Family {
        phone: Phone,
        hana: Uuid,
        sora: Uuid,
        hib: Uuid,
        bcg: Uuid,
        growth: Uuid,
        diary: Uuid,
    }

    fn dose(child: Uuid, vaccine: VaccineCode, on: &str) -> Vaccination {
        Vaccination {
            subject: Subject::Child(child),
            vaccine,
            dose: 1,
            date: d(on),
            brand: None,
            lot: None,
            clinic: None,
            notes: None,
        }
    }

    fn setup() -> Family {
        let (mut phone, hana, sora) = family();
        let hib = phone
            .hb
            .add_vaccination(dose(hana, VaccineCode::Hib, "2025-11-05"))
            .unwrap()
            .meta
            .id;
        let bcg = phone
            .hb
            .add_vaccination(dose(hana, VaccineCode::Bcg, "2026-02-10"))
            .unwrap()
            .meta
            .id;
        let growth = phone
            .hb
            .add_growth(growth(hana, "2026-01-10", 6.2))
            .unwrap()
            .meta
            .id;
        let diary = phone.hb.diary(Subject::Child(hana)).unwrap()[0].meta.id;
        Family {
            phone,
            hana,
            sora,
            hib,
            bcg,
            growth,
            diary,
        }
    }

    /// One attack: a column of one row set to a value the rules refuse.
    struct Attack {
        what: &'static str,
        kind: RecordKind,
        table: &'static str,
        column: &'static str,
        value: Value,
        row: fn(&Family) -> Uuid,
    }

    fn attacks() -> Vec<Attack> {
        let text = |s: &str| Value::Text(s.into());
        vec![
            Attack {
                what: "dose 999",
                kind: RecordKind::Vaccination,
                table: "vaccinations",
                column: "dose",
                value: Value::Integer(999),
                row: |f| f.bcg,
            },
            Attack {
                what: "weight 1e308",
                kind: RecordKind::Growth,
                table: "growth",
                column: "weight_kg",
                value: Value::Real(1e308),
                row: |f| f.growth,
            },
            Attack {
                what: "a dose dated 9999",
                kind: RecordKind::Vaccination,
                table: "vaccinations",
                column: "date",
                value: text("9999-12-31"),
                row: |f| f.bcg,
            },
            Attack {
                what: "a measurement dated 9999",
                kind: RecordKind::Growth,
                table: "growth",
                column: "measured_on",
                value: text("9999-12-31"),
                row: |f| f.growth,
            },
            Attack {
                what: "a dose before the birth",
                kind: RecordKind::Vaccination,
                table: "vaccinations",
                column: "date",
                value: text("2025-08-01"),
                row: |f| f.bcg,
            },
            Attack {
                what: "a measurement before the birth",
                kind: RecordKind::Growth,
                table: "growth",
                column: "measured_on",
                value: text("2025-08-01"),
                row: |f| f.growth,
            },
            Attack {
                what: "a birth in 2099",
                kind: RecordKind::Child,
                table: "children",
                column: "birth_date",
                value: text("2099-01-01"),
                row: |f| f.hana,
            },
            Attack {
                what: "a 10 MB diary entry",
                kind: RecordKind::Diary,
                table: "diary",
                column: "text",
                value: Value::Text("あ".repeat(10 * 1024 * 1024 / 3)),
                row: |f| f.diary,
            },
            Attack {
                what: "a 100,000-character name",
                kind: RecordKind::Child,
                table: "children",
                column: "name",
                value: Value::Text("名".repeat(100_000)),
                row: |f| f.hana,
            },
        ]
    }

    fn force(f: &Family, a: &Attack) -> Uuid {
        let id = (a.row)(f);
        let changed = f
            .phone
            .hb
            .conn()
            .execute(
                &format!("UPDATE {} SET {} = ?1 WHERE id = ?2", a.table, a.column),
                (&a.value, id.to_string()),
            )
            .unwrap();
        assert_eq!(changed, 1, "{}", a.what);
        id
    }

    #[test]
    fn a_co_parent_share_carrying_a_record_no_parent_could_type_is_refused_whole() {
        for a in attacks() {
            let mut f = setup();
            let id = force(&f, &a);
            let share = f
                .phone
                .hb
                .create_share("パパ", ShareRole::CoParent, crate::store::Scope::Family)
                .unwrap();
            let bundle = export(&mut f.phone, &share, true);

            let father = Phone::new();
            let mut father = father;
            let before = rows(&father.hb);
            let identity = father.hb.identity().unwrap();
            let err = open_share(&bundle[..], &key_of(&share))
                .unwrap()
                .import_into(&mut father.hb)
                .unwrap_err();
            match &err {
                HandbookError::Merge(MergeError::InvalidRecord { kind, id: bad, .. }) => {
                    assert_eq!((*kind, *bad), (a.kind, id), "{}: {err}", a.what);
                }
                other => panic!("{}: {other:?}", a.what),
            }
            assert_eq!(err.kind().as_str(), "invalid_record", "{}", a.what);
            assert!(!err.message(crate::Lang::Ja).is_empty());
            assert_eq!(rows(&father.hb), before, "{}: nothing applied", a.what);
            assert_eq!(father.hb.identity().unwrap(), identity, "{}", a.what);
            assert!(
                files(&father.dir.path().join("photos")).is_empty(),
                "{}: no photo left behind",
                a.what
            );
        }
    }

    /// Every screen about the child works, and shows what is right.
    fn screens_work(f: &Family, what: &str, birth_ok: bool) {
        let hb = &f.phone.hb;
        let plan = hb
            .vaccination_plan(f.hana)
            .unwrap_or_else(|e| panic!("{what}: schedule: {e}"));
        if birth_ok {
            let hib = plan
                .vaccines
                .iter()
                .find(|v| v.code == VaccineCode::Hib)
                .unwrap();
            assert_eq!(hib.doses[0].status, DoseStatus::Done, "{what}");
        } else {
            assert!(!plan.warnings.is_empty(), "{what}: the plan says why");
        }
        let reminders = hb
            .reminders(60)
            .unwrap_or_else(|e| panic!("{what}: reminders: {e}"));
        assert!(
            reminders
                .iter()
                .any(|r| r.subject == Subject::Child(f.sora)),
            "{what}: the other child's reminders are there"
        );
        let page = html::summary(hb, f.hana, Lang::En)
            .unwrap_or_else(|e| panic!("{what}: export html: {e}"));
        assert!(page.contains("2025-10-01"), "{what}: the good measurement");
        for indicator in [
            Indicator::WeightForAge,
            Indicator::LengthHeightForAge,
            Indicator::HeadForAge,
        ] {
            let chart = hb
                .growth_chart(f.hana, indicator, Standard::Who)
                .unwrap_or_else(|e| panic!("{what}: growth chart: {e}"));
            if birth_ok && indicator == Indicator::WeightForAge {
                assert!(
                    chart.points.iter().any(|p| p.date == d("2025-10-01")),
                    "{what}: the good measurement is drawn"
                );
            }
        }
    }

    #[test]
    fn one_bad_row_in_the_handbook_never_breaks_a_screen_about_the_child() {
        for a in attacks() {
            let f = setup();
            force(&f, &a);
            screens_work(&f, a.what, a.column != "birth_date");
        }
    }

    #[test]
    fn a_dose_dated_after_today_is_shown_and_skipped_not_fatal() {
        // A phone whose clock ran ahead: the dose is dated after this phone's today.
        let f = setup();
        f.phone
            .hb
            .conn()
            .execute(
                "UPDATE vaccinations SET date = '2026-11-28' WHERE id = ?1",
                [f.bcg.to_string()],
            )
            .unwrap();
        screens_work(&f, "a dose after today", true);
        let plan = f.phone.hb.vaccination_plan(f.hana).unwrap();
        assert!(
            plan.warnings
                .iter()
                .any(|w| w.record == Some(f.bcg) && w.date == Some(d("2026-11-28"))),
            "{:?}",
            plan.warnings
        );
        let _ = f.hib;
    }

    #[test]
    fn a_share_from_a_phone_whose_clock_ran_a_few_days_ahead_is_merged() {
        // The mother's phone thinks it is three days later than the father's.
        let mut f = setup();
        let ahead = d(TODAY) + chrono::Duration::days(3);
        f.phone.hb = open(&f.phone.db()).with_clock(FixedClock::on(ahead));
        f.phone
            .hb
            .add_vaccination(dose(f.hana, VaccineCode::Pcv, &ahead.to_string()))
            .unwrap();
        let share = f
            .phone
            .hb
            .create_share("パパ", ShareRole::CoParent, crate::store::Scope::Family)
            .unwrap();
        let bundle = export(&mut f.phone, &share, true);
        let mut father = Phone::new();
        open_share(&bundle[..], &key_of(&share))
            .unwrap()
            .import_into(&mut father.hb)
            .unwrap();
        let plan = father.hb.vaccination_plan(f.hana).unwrap();
        assert!(
            plan.warnings.iter().any(|w| w.date == Some(ahead)),
            "{:?}",
            plan.warnings
        );
        father.hb.reminders(30).unwrap();
    }
}

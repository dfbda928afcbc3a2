//! Merging: the two-parent convergence property and the cases behind it.

use chrono::{Duration, NaiveDate};
use proptest::prelude::*;
use uuid::Uuid;

use super::*;
use crate::clock::FixedClock;
use crate::model::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

const TODAY: &str = "2026-11-25";

/// Two phones of one family; the second parent's clock is `skew_minutes` behind.
fn parents(skew_minutes: i64) -> (Handbook, Handbook) {
    let a = Handbook::open_in_memory()
        .unwrap()
        .with_clock(FixedClock::on(d(TODAY)));
    let clock = FixedClock::on(d(TODAY));
    let mut b = Handbook::open_in_memory()
        .unwrap()
        .with_clock(FixedClock(clock.0 - Duration::minutes(skew_minutes)));
    let family = a.identity().unwrap().family_id;
    b.adopt_family(&family, false).unwrap();
    (a, b)
}

fn child(name: &str) -> Child {
    Child {
        name: name.into(),
        name_kana: None,
        sex: Sex::Male,
        birth_date: d("2025-06-01"),
        birth_order: 1,
        ga_at_birth: None,
        delivery_id: None,
        birth: BirthMeasurements::default(),
    }
}

fn growth(child: Uuid, day: u32, kg: f64) -> GrowthMeasurement {
    GrowthMeasurement {
        child_id: child,
        measured_on: d("2025-07-01") + Duration::days(i64::from(day)),
        weight_kg: Some(kg),
        length_cm: None,
        position: None,
        head_cm: None,
        notes: None,
    }
}

fn diary(child: Uuid, text: &str) -> DiaryEntry {
    DiaryEntry {
        subjects: vec![Subject::Child(child)],
        written_on: d("2025-08-01"),
        text: text.into(),
        mood: None,
        photos: vec![],
    }
}

fn profile(name: &str) -> MotherProfile {
    MotherProfile {
        name: name.into(),
        ..Default::default()
    }
}

/// Every row of every record table and side table, without the local counter seq:
/// what "the same handbook" means.
fn state(hb: &Handbook) -> Vec<String> {
    let mut out = Vec::new();
    for table in RECORD_TABLES
        .iter()
        .chain(&["diary_subjects", "diary_photos"])
    {
        let mut stmt = hb
            .conn()
            .prepare(&format!("SELECT * FROM {table}"))
            .unwrap();
        let names: Vec<String> = stmt.column_names().iter().map(|s| s.to_string()).collect();
        let rows = stmt
            .query_map([], |r| {
                let mut line = format!("{table}:");
                for (i, name) in names.iter().enumerate() {
                    if name != "seq" {
                        let v: rusqlite::types::Value = r.get(i)?;
                        line.push_str(&format!(" {name}={v:?}"));
                    }
                }
                Ok(line)
            })
            .unwrap();
        out.extend(rows.map(|r| r.unwrap()));
    }
    out.sort();
    out
}

/// Send what `from` has new for `to` since the last time (cursor kept per direction).
fn send(from: &Handbook, to: &mut Handbook, cursor: &mut i64) -> MergeReport {
    let (changes, upto) = from.changes_since(Scope::Family, *cursor).unwrap();
    // Through JSON, as in a bundle.
    let wire = serde_json::to_string(&changes).unwrap();
    let changes: Vec<RecordVersion> = serde_json::from_str(&wire).unwrap();
    *cursor = upto;
    to.merge_changes(&changes).unwrap()
}

#[derive(Debug, Clone)]
enum Op {
    SetProfile(bool, u8),
    AddChild(bool, u8),
    RenameChild(bool, usize, u8),
    DeleteChild(bool, usize),
    AddGrowth(bool, usize, u8),
    UpdateGrowth(bool, usize, u8),
    DeleteGrowth(bool, usize),
    AddDiary(bool, usize, u8),
    EditDiary(bool, usize, u8),
    DeleteDiary(bool, usize),
    /// true: A sends to B; false: B sends to A.
    Send(bool),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (any::<bool>(), any::<u8>()).prop_map(|(r, n)| Op::SetProfile(r, n)),
        (any::<bool>(), any::<u8>()).prop_map(|(r, n)| Op::AddChild(r, n)),
        (any::<bool>(), any::<usize>(), any::<u8>()).prop_map(|(r, i, n)| Op::RenameChild(r, i, n)),
        (any::<bool>(), any::<usize>()).prop_map(|(r, i)| Op::DeleteChild(r, i)),
        (any::<bool>(), any::<usize>(), any::<u8>()).prop_map(|(r, i, n)| Op::AddGrowth(r, i, n)),
        (any::<bool>(), any::<usize>(), any::<u8>())
            .prop_map(|(r, i, n)| Op::UpdateGrowth(r, i, n)),
        (any::<bool>(), any::<usize>()).prop_map(|(r, i)| Op::DeleteGrowth(r, i)),
        (any::<bool>(), any::<usize>(), any::<u8>()).prop_map(|(r, i, n)| Op::AddDiary(r, i, n)),
        (any::<bool>(), any::<usize>(), any::<u8>()).prop_map(|(r, i, n)| Op::EditDiary(r, i, n)),
        (any::<bool>(), any::<usize>()).prop_map(|(r, i)| Op::DeleteDiary(r, i)),
        any::<bool>().prop_map(Op::Send),
    ]
}

fn pick<T: Clone>(items: &[T], i: usize) -> Option<T> {
    (!items.is_empty()).then(|| items[i % items.len()].clone())
}

fn live_growth(hb: &Handbook) -> Vec<Uuid> {
    let mut ids = Vec::new();
    for c in hb.children().unwrap() {
        ids.extend(hb.growth(c.meta.id).unwrap().into_iter().map(|g| g.meta.id));
    }
    ids
}

fn live_diary(hb: &Handbook) -> Vec<(Uuid, Uuid)> {
    let mut ids = Vec::new();
    for c in hb.children().unwrap() {
        ids.extend(
            hb.diary(Subject::Child(c.meta.id))
                .unwrap()
                .into_iter()
                .map(|e| (e.meta.id, c.meta.id)),
        );
    }
    ids
}

/// Apply one user edit; edits of records the phone cannot see are skipped, as a user
/// could not make them.
fn edit(hb: &mut Handbook, op: &Op) {
    let children: Vec<Uuid> = hb.children().unwrap().iter().map(|c| c.meta.id).collect();
    match *op {
        Op::SetProfile(_, n) => {
            hb.set_mother_profile(profile(&format!("母{n}"))).unwrap();
        }
        Op::AddChild(_, n) => {
            hb.add_child(child(&format!("子{n}"))).unwrap();
        }
        Op::RenameChild(_, i, n) => {
            if let Some(id) = pick(&children, i) {
                hb.update_child(id, child(&format!("改名{n}"))).unwrap();
            }
        }
        Op::DeleteChild(_, i) => {
            if let Some(id) = pick(&children, i) {
                hb.delete_child(id).unwrap();
            }
        }
        Op::AddGrowth(_, i, n) => {
            if let Some(id) = pick(&children, i) {
                hb.add_growth(growth(id, u32::from(n), 4.0 + f64::from(n) / 100.0))
                    .unwrap();
            }
        }
        Op::UpdateGrowth(_, i, n) => {
            if let Some(id) = pick(&live_growth(hb), i) {
                let old = hb
                    .children()
                    .unwrap()
                    .into_iter()
                    .flat_map(|c| hb.growth(c.meta.id).unwrap())
                    .find(|g| g.meta.id == id)
                    .unwrap();
                let mut data = old.data.clone();
                data.weight_kg = Some(5.0 + f64::from(n) / 100.0);
                hb.update_growth(id, data).unwrap();
            }
        }
        Op::DeleteGrowth(_, i) => {
            if let Some(id) = pick(&live_growth(hb), i) {
                hb.delete_growth(id).unwrap();
            }
        }
        Op::AddDiary(_, i, n) => {
            if let Some(id) = pick(&children, i) {
                hb.add_diary(diary(id, &format!("日記{n}"))).unwrap();
            }
        }
        Op::EditDiary(_, i, n) => {
            if let Some((id, c)) = pick(&live_diary(hb), i) {
                hb.update_diary(id, diary(c, &format!("書き直し{n}")))
                    .unwrap();
            }
        }
        Op::DeleteDiary(_, i) => {
            if let Some((id, _)) = pick(&live_diary(hb), i) {
                hb.delete_diary(id).unwrap();
            }
        }
        Op::Send(_) => unreachable!(),
    }
}

fn on_a(op: &Op) -> bool {
    match *op {
        Op::SetProfile(r, _)
        | Op::AddChild(r, _)
        | Op::RenameChild(r, _, _)
        | Op::DeleteChild(r, _)
        | Op::AddGrowth(r, _, _)
        | Op::UpdateGrowth(r, _, _)
        | Op::DeleteGrowth(r, _)
        | Op::AddDiary(r, _, _)
        | Op::EditDiary(r, _, _)
        | Op::DeleteDiary(r, _)
        | Op::Send(r) => r,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Random edits on both parents' phones, exchanged at random moments in random
    /// directions; after a final exchange both ways, the two handbooks are identical
    /// row for row, and exchanging again changes nothing.
    #[test]
    fn two_parents_converge(ops in proptest::collection::vec(op(), 1..60), skew in 0i64..120) {
        let (mut a, mut b) = parents(skew);
        let (mut ab, mut ba) = (0, 0);
        for op in &ops {
            match op {
                Op::Send(true) => { send(&a, &mut b, &mut ab); }
                Op::Send(false) => { send(&b, &mut a, &mut ba); }
                _ if on_a(op) => edit(&mut a, op),
                _ => edit(&mut b, op),
            }
        }
        send(&a, &mut b, &mut ab);
        send(&b, &mut a, &mut ba);
        prop_assert_eq!(state(&a), state(&b));
        // Nothing is left to exchange: a full resend on both sides is all unchanged.
        let again = send(&a, &mut b, &mut 0);
        prop_assert_eq!(again.applied, 0);
        let again = send(&b, &mut a, &mut 0);
        prop_assert_eq!(again.applied, 0);
        prop_assert_eq!(state(&a), state(&b));
    }
}

#[test]
fn a_shot_on_one_phone_and_a_measurement_on_the_other_meet() {
    let (mut a, mut b) = parents(0);
    let c = a.add_child(child("はると")).unwrap().meta.id;
    send(&a, &mut b, &mut 0);
    // Mother logs a measurement, father a diary entry, at the same time.
    a.add_growth(growth(c, 30, 6.2)).unwrap();
    b.add_diary(diary(c, "初めて寝返り")).unwrap();
    let (mut ab, mut ba) = (0, 0);
    send(&a, &mut b, &mut ab);
    send(&b, &mut a, &mut ba);
    for hb in [&a, &b] {
        assert_eq!(hb.growth(c).unwrap().len(), 1);
        assert_eq!(hb.diary(Subject::Child(c)).unwrap().len(), 1);
    }
    assert_eq!(state(&a), state(&b));
}

#[test]
fn the_later_edit_wins_even_from_a_phone_whose_clock_is_behind() {
    // B's clock is an hour behind; B edits after having seen A's edit, so B's edit
    // must win (the hybrid clock carries B past A's reading).
    let (mut a, mut b) = parents(60);
    let c = a.add_child(child("はると")).unwrap().meta.id;
    a.update_child(c, child("陽翔")).unwrap();
    send(&a, &mut b, &mut 0);
    b.update_child(c, child("はると（陽翔）")).unwrap();
    send(&b, &mut a, &mut 0);
    assert_eq!(a.child(c).unwrap().data.name, "はると（陽翔）");
}

#[test]
fn a_deletion_travels_and_an_old_version_does_not_bring_it_back() {
    let (mut a, mut b) = parents(0);
    let c = a.add_child(child("はると")).unwrap().meta.id;
    let g = a.add_growth(growth(c, 1, 4.2)).unwrap().meta.id;
    let (old, _) = a.changes_since(Scope::Family, 0).unwrap();
    send(&a, &mut b, &mut 0);
    b.delete_growth(g).unwrap();
    send(&b, &mut a, &mut 0);
    assert!(a.growth(c).unwrap().is_empty());
    // Replaying the old bundle (the live version) changes nothing.
    let report = a.merge_changes(&old).unwrap();
    assert_eq!(report.applied, 0);
    assert!(a.growth(c).unwrap().is_empty());
}

#[test]
fn two_profiles_made_before_joining_keep_the_later_one() {
    let (mut a, mut b) = parents(0);
    a.set_mother_profile(profile("さくら")).unwrap();
    b.set_mother_profile(profile("佐倉")).unwrap();
    send(&a, &mut b, &mut 0);
    send(&b, &mut a, &mut 0);
    let pa = a.mother_profile().unwrap().unwrap();
    let pb = b.mother_profile().unwrap().unwrap();
    assert_eq!(pa, pb);
    assert_eq!(state(&a), state(&b));
}

#[test]
fn a_read_only_view_refuses_edits_but_takes_merges() {
    let (mut a, _) = parents(0);
    let c = a.add_child(child("はると")).unwrap().meta.id;
    let mut view = Handbook::open_in_memory()
        .unwrap()
        .with_clock(FixedClock::on(d(TODAY)));
    view.adopt_family(&a.identity().unwrap().family_id, true)
        .unwrap();
    send(&a, &mut view, &mut 0);
    assert_eq!(view.children().unwrap().len(), 1);
    let err = view.add_growth(growth(c, 1, 4.0)).unwrap_err();
    assert_eq!(err.kind().as_str(), "read_only_view");
    assert!(view.identity().unwrap().read_only);
}

#[test]
fn a_record_that_does_not_parse_refuses_the_whole_merge() {
    let (mut a, mut b) = parents(0);
    let c = a.add_child(child("はると")).unwrap().meta.id;
    a.add_growth(growth(c, 1, 4.0)).unwrap();
    let (mut changes, _) = a.changes_since(Scope::Family, 0).unwrap();
    changes[1].data["measured_on"] = serde_json::json!("not a date");
    let err = b.merge_changes(&changes).unwrap_err();
    assert_eq!(err.kind().as_str(), "bad_record");
    assert!(b.children().unwrap().is_empty(), "nothing merged");
}

#[test]
fn a_delta_without_its_parent_is_refused_with_a_clear_error() {
    let (mut a, mut b) = parents(0);
    let c = a.add_child(child("はると")).unwrap().meta.id;
    let (_, upto) = a.changes_since(Scope::Family, 0).unwrap();
    a.add_growth(growth(c, 1, 4.0)).unwrap();
    let (changes, _) = a.changes_since(Scope::Family, upto).unwrap();
    let err = b.merge_changes(&changes).unwrap_err();
    assert!(
        matches!(err, HandbookError::Merge(MergeError::MissingParent)),
        "{err:?}"
    );
}

#[test]
fn a_child_scope_carries_that_child_only() {
    let (mut a, _) = parents(0);
    let one = a.add_child(child("一郎")).unwrap().meta.id;
    let two = a.add_child(child("二郎")).unwrap().meta.id;
    a.add_growth(growth(one, 1, 4.0)).unwrap();
    a.add_growth(growth(two, 1, 4.0)).unwrap();
    let (changes, _) = a.changes_since(Scope::Child { id: one }, 0).unwrap();
    assert_eq!(changes.len(), 2);
    assert!(
        changes
            .iter()
            .all(|c| c.id == one || c.data["child_id"] == one.to_string())
    );
}

use crate::error::HandbookError;

#[test]
fn a_delivery_recorded_on_both_phones_keeps_one_live_on_both() {
    let (mut a, mut b) = parents(0);
    let p = a
        .add_pregnancy(Pregnancy {
            lmp: Some(d("2025-01-10")),
            ultrasound_due_date: None,
            fetuses: 1,
            pre_pregnancy_weight_kg: None,
            notes: None,
            ended: None,
        })
        .unwrap()
        .meta
        .id;
    send(&a, &mut b, &mut 0);
    let delivery = Delivery {
        ..Delivery::new(
            p,
            "2025-10-17T08:10:00".parse().unwrap(),
            GestationalAge::from_weeks_days(40, 0),
            DeliveryMethod::Vaginal,
        )
    };
    let baby = |name: &str| Newborn {
        name: name.into(),
        sex: Sex::Female,
        birth: BirthMeasurements::default(),
    };
    // Both parents record the birth before they exchange.
    a.record_delivery(delivery.clone(), vec![baby("はな")])
        .unwrap();
    b.record_delivery(delivery, vec![baby("花")]).unwrap();
    let (mut ab, mut ba) = (0, 0);
    send(&a, &mut b, &mut ab);
    send(&b, &mut a, &mut ba);
    assert_eq!(state(&a), state(&b));
    let live_a = a.delivery_of(p).unwrap().expect("one live delivery");
    let live_b = b.delivery_of(p).unwrap().expect("one live delivery");
    assert_eq!(live_a.meta.id, live_b.meta.id);
    // And the phone can still record and edit afterwards.
    a.add_growth(growth(a.children().unwrap()[0].meta.id, 120, 3.4))
        .unwrap();
}

#[test]
fn rows_written_before_schema_5_are_dated_by_their_last_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.hagukumi");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        super::migrations::migrate(&mut conn, 4).unwrap();
        conn.execute(
            "INSERT INTO children (id, created_at, updated_at, name, sex, birth_date, birth_order)
             VALUES ('0190c8a0-0000-7000-8000-000000000001', '2026-01-01T00:00:00Z',
                     '2026-01-02T03:04:05.678Z', 'はな', 'female', '2025-05-05', 1)",
            [],
        )
        .unwrap();
    }
    let mut hb = Handbook::open(&path)
        .unwrap()
        .with_clock(FixedClock::on(d(TODAY)));
    let (hlc, origin): (i64, String) = hb
        .conn()
        .query_row("SELECT hlc, origin FROM children", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    let updated = chrono::DateTime::parse_from_rfc3339("2026-01-02T03:04:05.678Z").unwrap();
    assert_eq!(hlc >> 16, updated.timestamp_millis());
    assert_eq!(origin, hb.identity().unwrap().replica_id);
    // The clock continues past what is stored, so a new edit is newer.
    let id = hb.children().unwrap()[0].meta.id;
    hb.update_child(id, child("はな（更新）")).unwrap();
    let after: i64 = hb
        .conn()
        .query_row("SELECT hlc FROM children", [], |r| r.get(0))
        .unwrap();
    assert!(after > hlc);
}

#[test]
fn a_version_from_no_real_clock_is_refused() {
    let (mut a, mut b) = parents(0);
    a.add_child(child("はると")).unwrap();
    let (mut changes, _) = a.changes_since(Scope::Family, 0).unwrap();
    for hlc in [i64::MAX, -1, super::sync::MAX_HLC + 1] {
        changes[0].hlc = hlc;
        let err = b.merge_changes(&changes).unwrap_err();
        assert_eq!(err.kind().as_str(), "bad_record", "{hlc}");
    }
    // b's clock was not carried away: it still writes.
    b.add_child(child("ゆい")).unwrap();
}

/// The rule a merged record broke, or a panic.
fn refused(err: HandbookError) -> (RecordKind, Uuid, crate::error::ValidationError) {
    match err {
        HandbookError::Merge(MergeError::InvalidRecord { kind, id, error }) => (kind, id, error),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_sender_clock_claiming_2099_does_not_let_a_birth_in_2099_through() {
    let (mut a, mut b) = parents(0);
    let c = a.add_child(child("はると")).unwrap().meta.id;
    let (mut changes, _) = a.changes_since(Scope::Family, 0).unwrap();
    changes[0].data["birth_date"] = serde_json::json!("2099-01-01");
    changes[0].updated_at = "2099-06-01T00:00:00.000Z".into();
    changes[0].created_at = "2099-06-01T00:00:00.000Z".into();
    let (kind, id, error) = refused(b.merge_changes(&changes).unwrap_err());
    assert_eq!((kind, id), (RecordKind::Child, c));
    assert!(
        matches!(error, crate::error::ValidationError::DateInFuture { .. }),
        "{error:?}"
    );
    assert!(b.children().unwrap().is_empty(), "nothing merged");
}

#[test]
fn a_merged_record_is_judged_from_the_day_it_was_written_not_from_today() {
    // A child entered in 2026 who was 19 then: typed in today (2046) the birth date
    // would be too long ago, but the version carries its own day and still merges.
    let (mut a, _) = parents(0);
    let mut old = child("はると");
    old.birth_date = d("2007-06-01");
    let c = a.add_child(old.clone()).unwrap().meta.id;
    let (changes, _) = a.changes_since(Scope::Family, 0).unwrap();
    let mut later = Handbook::open_in_memory()
        .unwrap()
        .with_clock(FixedClock::on(d("2046-01-10")));
    let family = a.identity().unwrap().family_id;
    later.adopt_family(&family, false).unwrap();
    assert!(later.add_child(old).is_err(), "typed in, it is too old");
    later.merge_changes(&changes).unwrap();
    assert_eq!(later.child(c).unwrap().data.birth_date, d("2007-06-01"));
}

#[test]
fn a_measurement_for_a_child_deleted_on_the_other_phone_still_merges_and_is_checked() {
    let (mut a, mut b) = parents(0);
    let c = a.add_child(child("はると")).unwrap().meta.id;
    let (mut ab, mut ba) = (0, 0);
    send(&a, &mut b, &mut ab);
    b.delete_child(c).unwrap();
    a.add_growth(growth(c, 3, 4.2)).unwrap();
    send(&a, &mut b, &mut ab);
    assert_eq!(
        send(&b, &mut a, &mut ba).applied,
        1,
        "the deletion goes back"
    );

    // The same measurement dated before the (deleted) child's birth is still refused.
    let m = a
        .conn()
        .query_row("SELECT id FROM growth", [], |r| r.get::<_, String>(0))
        .unwrap();
    let (mut changes, _) = a.changes_since(Scope::Family, 0).unwrap();
    let g = changes
        .iter_mut()
        .find(|ch| ch.kind == RecordKind::Growth)
        .unwrap();
    g.data["measured_on"] = serde_json::json!("2025-05-01");
    g.hlc += 1 << 20;
    let mut fresh = Handbook::open_in_memory()
        .unwrap()
        .with_clock(FixedClock::on(d(TODAY)));
    fresh
        .adopt_family(&a.identity().unwrap().family_id, false)
        .unwrap();
    let (kind, id, _) = refused(fresh.merge_changes(&changes).unwrap_err());
    assert_eq!((kind, id.to_string()), (RecordKind::Growth, m));
}

#[test]
fn a_pregnancy_ending_and_its_reopening_travel_to_the_other_phone() {
    let (mut a, mut b) = parents(0);
    let p = a
        .add_pregnancy(Pregnancy {
            lmp: Some(d("2026-05-10")),
            fetuses: 1,
            ..Default::default()
        })
        .unwrap()
        .id();
    let (mut ab, mut ba) = (0, 0);
    send(&a, &mut b, &mut ab);
    assert_eq!(b.ongoing_pregnancies().unwrap().len(), 1);
    let end = PregnancyEnd {
        outcome: PregnancyOutcome::Miscarriage,
        date: d("2026-11-20"),
    };
    a.end_pregnancy(p, end).unwrap();
    send(&a, &mut b, &mut ab);
    assert_eq!(b.pregnancy(p).unwrap().data.ended, Some(end));
    assert!(b.ongoing_pregnancies().unwrap().is_empty());
    assert_eq!(state(&a), state(&b));
    // The other parent undoes it (recorded by mistake): it comes back on both.
    b.reopen_pregnancy(p).unwrap();
    send(&b, &mut a, &mut ba);
    assert_eq!(a.pregnancy(p).unwrap().data.ended, None);
    assert_eq!(state(&a), state(&b));
    // Not ended: the field is left out of the record, as phones before it wrote it.
    let (changes, _) = a.changes_since(Scope::Family, 0).unwrap();
    let preg = changes.iter().find(|c| c.id == p).unwrap();
    assert!(preg.data.get("ended").is_none(), "{}", preg.data);
}

#[test]
fn a_merge_carries_every_row_of_the_delivery_page_and_the_babys_findings() {
    let (mut a, mut b) = parents(0);
    let p = a
        .add_pregnancy(Pregnancy {
            lmp: Some(d("2025-01-10")),
            fetuses: 1,
            ..Default::default()
        })
        .unwrap()
        .id();
    let delivery = Delivery {
        presentation: Some(Presentation::Breech),
        course_notes: Some("外回転術は不成功".into()),
        labor_minutes: Some(95),
        blood_loss_grade: Some(BloodLossGrade::Large),
        blood_loss_ml: Some(1200),
        transfusion: Some(Transfusion::Yes),
        transfusion_detail: Some("FFP".into()),
        certificate: Some(BirthCertificate::Birth),
        attendant: Some("山田".into()),
        midwife: Some("佐藤".into()),
        other_attendant: Some("鈴木".into()),
        ..Delivery::new(
            p,
            "2025-10-17T08:10:00".parse().unwrap(),
            GestationalAge::from_weeks_days(38, 0),
            DeliveryMethod::Caesarean,
        )
    };
    let (stored, children) = a
        .record_delivery(
            delivery.clone(),
            vec![Newborn {
                name: "はな".into(),
                sex: Sex::Female,
                birth: BirthMeasurements {
                    findings: Some("酸素投与".into()),
                    ..Default::default()
                },
            }],
        )
        .unwrap();
    send(&a, &mut b, &mut 0);
    assert_eq!(b.delivery(stored.id()).unwrap().data, delivery);
    assert_eq!(
        b.child(children[0].id())
            .unwrap()
            .data
            .birth
            .findings
            .as_deref(),
        Some("酸素投与")
    );
    assert_eq!(state(&a), state(&b));
}

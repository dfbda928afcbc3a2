//! Tests of the store through its public API, on in-memory and real files.

use chrono::NaiveDate;
use uuid::Uuid;

use super::*;
use crate::clock::FixedClock;
use crate::error::{Field, ValidationError};
use crate::lang::Lang;
use crate::model::*;
use crate::schedule::VaccineCode;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

const TODAY: &str = "2026-11-25";

fn handbook() -> Handbook {
    Handbook::open_in_memory()
        .unwrap()
        .with_clock(FixedClock::on(d(TODAY)))
}

fn child_data(name: &str, birth: &str) -> Child {
    Child {
        name: name.into(),
        name_kana: None,
        sex: Sex::Female,
        birth_date: d(birth),
        birth_order: 1,
        ga_at_birth: None,
        delivery_id: None,
        birth: BirthMeasurements {
            weight_kg: Some(3.1),
            length_cm: Some(49.0),
            head_cm: Some(33.0),
            ..Default::default()
        },
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

fn pregnancy(lmp: &str) -> Pregnancy {
    Pregnancy {
        lmp: Some(d(lmp)),
        ultrasound_due_date: None,
        fetuses: 1,
        pre_pregnancy_weight_kg: Some(52.0),
        notes: None,
        ended: None,
    }
}

fn checkup(preg: Uuid, on: &str) -> PrenatalCheckup {
    PrenatalCheckup {
        pregnancy_id: preg,
        date: d(on),
        weight_kg: Some(58.0),
        bp_systolic: Some(112),
        bp_diastolic: Some(70),
        urine_protein: Some(Dipstick::Negative),
        urine_glucose: Some(Dipstick::Negative),
        fundal_height_cm: Some(24.0),
        abdominal_girth_cm: Some(85.0),
        oedema: Some(Oedema::None),
        clinic: None,
        notes: None,
        next_visit: None,
    }
}

fn vaccination(child: Uuid, code: VaccineCode, dose: u32, on: &str) -> Vaccination {
    Vaccination {
        subject: Subject::Child(child),
        vaccine: code,
        dose,
        date: d(on),
        brand: None,
        lot: Some("X123".into()),
        clinic: None,
        notes: None,
    }
}

fn diary(subjects: Vec<Subject>, on: &str, text: &str) -> DiaryEntry {
    DiaryEntry {
        subjects,
        written_on: d(on),
        text: text.into(),
        mood: Some(Mood::Happy),
        photos: vec![],
    }
}

fn count(hb: &Handbook, table: &str) -> i64 {
    hb.conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

fn invalid(err: HandbookError) -> ValidationError {
    match err {
        HandbookError::Invalid(v) => v,
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn records_round_trip_with_metadata() {
    let mut hb = handbook();
    let child = hb.add_child(child_data("はな", "2025-10-01")).unwrap();
    assert_eq!(child.meta.rev, 1);
    assert_eq!(child.meta.id.get_version_num(), 7);
    let again = hb.child(child.id()).unwrap();
    assert_eq!(again, child);

    let m = hb
        .add_growth(growth(child.id(), "2025-11-01", 4.2))
        .unwrap();
    let mut changed = m.data.clone();
    changed.weight_kg = Some(4.25);
    let updated = hb.update_growth(m.id(), changed).unwrap();
    assert_eq!(updated.meta.rev, 2);
    assert_eq!(updated.meta.created_at, m.meta.created_at);
    assert_eq!(hb.growth(child.id()).unwrap(), vec![updated]);
}

#[test]
fn delete_leaves_a_tombstone_and_cascades_to_dependent_records() {
    let mut hb = handbook();
    let child = hb.add_child(child_data("はな", "2025-10-01")).unwrap();
    let m = hb
        .add_growth(growth(child.id(), "2025-11-01", 4.2))
        .unwrap();
    hb.add_vaccination(vaccination(child.id(), VaccineCode::HepB, 1, "2025-12-01"))
        .unwrap();
    hb.delete_growth(m.id()).unwrap();
    assert!(hb.growth(child.id()).unwrap().is_empty());
    assert!(matches!(
        hb.delete_growth(m.id()),
        Err(HandbookError::NotFound {
            kind: RecordKind::Growth,
            ..
        })
    ));
    // The row is still there as a tombstone, for sharing.
    assert_eq!(count(&hb, "growth"), 1);
    let (rev, deleted): (u32, Option<String>) = hb
        .conn()
        .query_row("SELECT rev, deleted_at FROM growth", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(rev, 2);
    assert!(deleted.is_some());

    hb.delete_child(child.id()).unwrap();
    assert!(hb.children().unwrap().is_empty());
    let live: i64 = hb
        .conn()
        .query_row(
            "SELECT count(*) FROM vaccinations WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(live, 0);
    assert!(matches!(
        hb.child(child.id()),
        Err(HandbookError::NotFound { .. })
    ));
}

#[test]
fn a_deleted_diary_entry_keeps_no_text() {
    let mut hb = handbook();
    let child = hb.add_child(child_data("はな", "2025-10-01")).unwrap();
    let e = hb
        .add_diary(diary(
            vec![Subject::Child(child.id())],
            "2025-11-02",
            "初めて笑った",
        ))
        .unwrap();
    hb.delete_diary(e.id()).unwrap();
    let text: String = hb
        .conn()
        .query_row("SELECT text FROM diary", [], |r| r.get(0))
        .unwrap();
    assert_eq!(text, "");
    assert_eq!(count(&hb, "diary_subjects"), 0);
}

#[test]
fn pregnancy_dating_and_mother_profile() {
    let mut hb = handbook();
    let p = hb.add_pregnancy(pregnancy("2026-05-01")).unwrap();
    assert_eq!(p.data.due_date(), Some(d("2027-02-05")));
    assert_eq!(
        p.data.gestational_age_on(d(TODAY)).unwrap().to_string(),
        "29w5d"
    );
    let mut dated = pregnancy("2026-05-01");
    dated.ultrasound_due_date = Some(d("2027-02-01"));
    let p2 = hb.update_pregnancy(p.id(), dated).unwrap();
    assert_eq!(p2.data.due_date(), Some(d("2027-02-01")));
    assert_eq!(
        p2.data.gestational_age_on(d(TODAY)).unwrap().to_string(),
        "30w2d"
    );

    assert!(hb.mother_profile().unwrap().is_none());
    let profile = MotherProfile {
        name: "山田 花子".into(),
        district: Some("北地区".into()),
        ..Default::default()
    };
    let first = hb.set_mother_profile(profile.clone()).unwrap();
    let second = hb
        .set_mother_profile(MotherProfile {
            height_cm: Some(158.0),
            ..profile
        })
        .unwrap();
    assert_eq!(first.id(), second.id());
    assert_eq!(
        hb.mother_profile().unwrap().unwrap().data.height_cm,
        Some(158.0)
    );
}

#[test]
fn delivery_creates_the_children_in_one_action() {
    let mut hb = handbook();
    let mut p = pregnancy("2025-01-10");
    p.fetuses = 2;
    let p = hb.add_pregnancy(p).unwrap();
    let delivery = Delivery {
        blood_loss_ml: Some(850),
        place: Some("市民病院".into()),
        ..Delivery::new(
            p.id(),
            "2025-09-20T10:42:00".parse().unwrap(),
            GestationalAge::from_weeks_days(36, 1),
            DeliveryMethod::Caesarean,
        )
    };
    let baby = |name: &str, kg: f64| Newborn {
        name: name.into(),
        sex: Sex::Male,
        birth: BirthMeasurements {
            weight_kg: Some(kg),
            apgar_1min: Some(8),
            apgar_5min: Some(9),
            ..Default::default()
        },
    };
    // One baby for a twin pregnancy: refused, nothing written.
    let err = invalid(
        hb.record_delivery(delivery.clone(), vec![baby("そら", 2.3)])
            .unwrap_err(),
    );
    assert_eq!(
        err,
        ValidationError::NewbornCount {
            expected: 2,
            got: 1
        }
    );
    assert_eq!(count(&hb, "deliveries") + count(&hb, "children"), 0);

    let (stored, children) = hb
        .record_delivery(delivery.clone(), vec![baby("そら", 2.3), baby("うみ", 2.1)])
        .unwrap();
    assert_eq!(children.len(), 2);
    assert_eq!(children[1].data.birth_order, 2);
    assert_eq!(children[0].data.birth_date, d("2025-09-20"));
    assert_eq!(children[0].data.delivery_id, Some(stored.id()));
    assert_eq!(
        children[0].data.ga_at_birth,
        Some(GestationalAge::from_weeks_days(36, 1))
    );
    assert_eq!(hb.delivery_of(p.id()).unwrap().unwrap(), stored);
    assert_eq!(stored.data.blood_loss_ml, Some(850));
    // A slipped zero in the blood loss is refused, naming the field; nothing changes.
    let mut typo = stored.data.clone();
    typo.blood_loss_ml = Some(85_000);
    let err = invalid(hb.update_delivery(stored.id(), typo).unwrap_err());
    assert!(
        matches!(
            err,
            ValidationError::OutOfRange {
                field: Field::BloodLoss,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(hb.delivery_of(p.id()).unwrap().unwrap(), stored);

    // A second delivery for the same pregnancy is refused and adds no child.
    let err = invalid(
        hb.record_delivery(delivery, vec![baby("a", 2.0), baby("b", 2.0)])
            .unwrap_err(),
    );
    assert!(matches!(err, ValidationError::AlreadyDelivered { .. }));
    assert_eq!(count(&hb, "children"), 2);
    assert_eq!(count(&hb, "deliveries"), 1);

    // The ongoing pregnancy disappears from home once delivered.
    assert!(hb.home(Lang::Ja).unwrap().pregnancy.is_none());
}

/// One case per validation error: the action is refused with that error and leaves
/// the file as it was.
#[test]
fn every_validation_error_refuses_and_writes_nothing() {
    let mut hb = handbook();
    let child = hb.add_child(child_data("はな", "2025-10-01")).unwrap();
    let cid = child.id();
    let preg = hb.add_pregnancy(pregnancy("2026-05-01")).unwrap();
    let pid = preg.id();
    let tables = [
        "children",
        "growth",
        "pregnancies",
        "prenatal_checkups",
        "vaccinations",
        "diary",
        "dental",
        "infant_checkups",
        "mother_profile",
    ];
    let snapshot = |hb: &Handbook| -> Vec<i64> { tables.iter().map(|t| count(hb, t)).collect() };
    let before = snapshot(&hb);

    type Action = Box<dyn Fn(&mut Handbook) -> Result<()>>;
    type Expect = Box<dyn Fn(&ValidationError) -> bool>;
    let cases: Vec<(&str, Action, Expect)> = vec![
        (
            "empty name",
            Box::new(|hb| hb.add_child(child_data("  ", "2025-10-01")).map(drop)),
            Box::new(|e| *e == ValidationError::Required { field: Field::Name }),
        ),
        (
            "name too long",
            Box::new(|hb| {
                hb.add_child(child_data(&"あ".repeat(101), "2025-10-01"))
                    .map(drop)
            }),
            Box::new(|e| {
                matches!(
                    e,
                    ValidationError::TooLong {
                        len: 101,
                        max: 100,
                        ..
                    }
                )
            }),
        ),
        (
            "checkup in the future",
            Box::new(move |hb| {
                hb.add_prenatal_checkup(checkup(pid, "2026-11-26"))
                    .map(drop)
            }),
            Box::new(|e| {
                matches!(
                    e,
                    ValidationError::DateInFuture {
                        field: Field::Date,
                        ..
                    }
                )
            }),
        ),
        (
            "measurement before birth",
            Box::new(move |hb| hb.add_growth(growth(cid, "2025-09-30", 3.0)).map(drop)),
            Box::new(|e| matches!(e, ValidationError::BeforeBirth { .. })),
        ),
        (
            "checkup before the pregnancy",
            Box::new(move |hb| {
                hb.add_prenatal_checkup(checkup(pid, "2026-04-30"))
                    .map(drop)
            }),
            Box::new(|e| matches!(e, ValidationError::BeforePregnancy { .. })),
        ),
        (
            "next visit before the checkup",
            Box::new(move |hb| {
                let mut c = checkup(pid, "2026-11-20");
                c.next_visit = Some(d("2026-11-01"));
                hb.add_prenatal_checkup(c).map(drop)
            }),
            Box::new(|e| {
                matches!(
                    e,
                    ValidationError::BeforeOther {
                        field: Field::NextVisit,
                        ..
                    }
                )
            }),
        ),
        (
            "birth date a century ago",
            Box::new(|hb| hb.add_child(child_data("はな", "1926-01-01")).map(drop)),
            Box::new(|e| matches!(e, ValidationError::ImplausibleDate { .. })),
        ),
        (
            "a 40 kg newborn",
            Box::new(move |hb| hb.add_growth(growth(cid, "2025-10-05", 40.0)).map(drop)),
            Box::new(|e| {
                matches!(e, ValidationError::OutOfRange { field: Field::Weight, context, .. }
                    if context == "for a newborn")
            }),
        ),
        (
            "a length of 0",
            Box::new(move |hb| {
                let mut m = growth(cid, "2025-11-05", 4.0);
                m.length_cm = Some(0.0);
                hb.add_growth(m).map(drop)
            }),
            Box::new(|e| {
                matches!(
                    e,
                    ValidationError::OutOfRange {
                        field: Field::Length,
                        ..
                    }
                )
            }),
        ),
        (
            "blood pressure the wrong way round",
            Box::new(move |hb| {
                let mut c = checkup(pid, "2026-11-20");
                c.bp_systolic = Some(70);
                c.bp_diastolic = Some(112);
                hb.add_prenatal_checkup(c).map(drop)
            }),
            Box::new(|e| {
                matches!(
                    e,
                    ValidationError::BloodPressureOrder {
                        systolic: 70,
                        diastolic: 112
                    }
                )
            }),
        ),
        (
            "LMP and due date far apart",
            Box::new(|hb| {
                let mut p = pregnancy("2026-05-01");
                p.ultrasound_due_date = Some(d("2027-04-01"));
                hb.add_pregnancy(p).map(drop)
            }),
            Box::new(|e| matches!(e, ValidationError::DatingMismatch { .. })),
        ),
        (
            "pregnancy without dates",
            Box::new(|hb| {
                let mut p = pregnancy("2026-05-01");
                p.lmp = None;
                hb.add_pregnancy(p).map(drop)
            }),
            Box::new(|e| *e == ValidationError::NoDating),
        ),
        (
            "measurement with no values",
            Box::new(move |hb| {
                let mut m = growth(cid, "2025-11-05", 4.0);
                m.weight_kg = None;
                hb.add_growth(m).map(drop)
            }),
            Box::new(|e| *e == ValidationError::NoMeasurement),
        ),
        (
            "diary about nobody",
            Box::new(|hb| hb.add_diary(diary(vec![], "2025-11-05", "x")).map(drop)),
            Box::new(|e| *e == ValidationError::NoSubject),
        ),
        (
            "unknown rotavirus brand",
            Box::new(move |hb| {
                let mut v = vaccination(cid, VaccineCode::Rotavirus, 1, "2025-11-20");
                v.brand = Some("rotavac".into());
                hb.add_vaccination(v).map(drop)
            }),
            Box::new(|e| {
                matches!(
                    e,
                    ValidationError::UnknownCode {
                        what: "rotavirus brand",
                        ..
                    }
                )
            }),
        ),
        (
            "fifth dose of hepatitis B",
            Box::new(move |hb| {
                hb.add_vaccination(vaccination(cid, VaccineCode::HepB, 5, "2025-11-20"))
                    .map(drop)
            }),
            Box::new(|e| {
                matches!(
                    e,
                    ValidationError::DoseOutOfRange {
                        dose: 5,
                        max: 3,
                        ..
                    }
                ) && e.message(Lang::Ja).starts_with("B型肝炎の5回目")
            }),
        ),
        (
            "maternal RSV for a child",
            Box::new(move |hb| {
                hb.add_vaccination(vaccination(cid, VaccineCode::RsvMaternal, 1, "2025-11-20"))
                    .map(drop)
            }),
            Box::new(|e| matches!(e, ValidationError::WrongSubject { .. })),
        ),
        (
            "a birth at 20 weeks",
            Box::new(|hb| {
                let mut c = child_data("はな", "2025-10-01");
                c.ga_at_birth = Some(GestationalAge::from_weeks_days(20, 0));
                hb.add_child(c).map(drop)
            }),
            Box::new(|e| matches!(e, ValidationError::BirthGestationalAge { .. })),
        ),
        (
            "profile without a name",
            Box::new(|hb| hb.set_mother_profile(MotherProfile::default()).map(drop)),
            Box::new(|e| *e == ValidationError::Required { field: Field::Name }),
        ),
        (
            "an infant checkup in the future",
            Box::new(move |hb| {
                hb.add_infant_checkup(InfantCheckupRecord {
                    child_id: cid,
                    checkup: InfantCheckup::M1,
                    date: d("2026-12-01"),
                    answers: vec![],
                    findings: None,
                    clinic: None,
                    notes: None,
                })
                .map(drop)
            }),
            Box::new(|e| matches!(e, ValidationError::DateInFuture { .. })),
        ),
        (
            "33 teeth",
            Box::new(move |hb| {
                hb.add_dental(DentalRecord {
                    subject: Subject::Child(cid),
                    date: d("2026-10-01"),
                    teeth_present: Some(33),
                    caries: None,
                    fluoride_applied: false,
                    findings: None,
                    clinic: None,
                })
                .map(drop)
            }),
            Box::new(|e| {
                matches!(
                    e,
                    ValidationError::OutOfRange {
                        field: Field::Teeth,
                        ..
                    }
                )
            }),
        ),
    ];
    for (name, action, expected) in cases {
        let err = invalid(action(&mut hb).unwrap_err());
        assert!(expected(&err), "{name}: got {err:?}");
        // Every message reads as a sentence in both languages.
        assert!(err.to_string().ends_with('.'), "{name}: {err}");
        assert!(!err.message(crate::Lang::Ja).is_empty(), "{name}");
        assert_eq!(snapshot(&hb), before, "{name} wrote something");
    }
}

#[test]
fn validation_messages_name_the_problem() {
    let mut hb = handbook();
    let child = hb.add_child(child_data("はな", "2025-10-01")).unwrap();
    let err = hb
        .add_growth(growth(child.id(), "2025-10-05", 40.0))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "A weight of 40 kg is not possible for a newborn (expected 0.2–7 kg). Please check the number and the decimal point."
    );
    assert_eq!(
        err.message(crate::Lang::Ja),
        "体重40kgは新生児としてありえない値です（0.2〜7kg）。数字と小数点を確認してください。"
    );
}

#[test]
fn records_of_a_missing_subject_are_refused() {
    let mut hb = handbook();
    let ghost = Uuid::now_v7();
    assert!(matches!(
        hb.add_growth(growth(ghost, "2025-11-01", 4.0)),
        Err(HandbookError::NotFound { kind: RecordKind::Child, id }) if id == ghost
    ));
    assert!(matches!(
        hb.add_diary(diary(vec![Subject::Pregnancy(ghost)], "2025-11-01", "x")),
        Err(HandbookError::NotFound {
            kind: RecordKind::Pregnancy,
            ..
        })
    ));
    assert_eq!(count(&hb, "diary"), 0);
}

#[test]
fn one_diary_entry_for_both_twins() {
    let mut hb = handbook();
    let a = hb.add_child(child_data("そら", "2025-09-20")).unwrap();
    let mut b_data = child_data("うみ", "2025-09-20");
    b_data.birth_order = 2;
    let b = hb.add_child(b_data).unwrap();
    let e = hb
        .add_diary(diary(
            vec![Subject::Child(a.id()), Subject::Child(b.id())],
            "2025-10-20",
            "ふたりで寝返り",
        ))
        .unwrap();
    assert_eq!(hb.diary(Subject::Child(a.id())).unwrap(), vec![e.clone()]);
    assert_eq!(hb.diary(Subject::Child(b.id())).unwrap(), vec![e.clone()]);
    for child in [a.id(), b.id()] {
        let page = hb
            .timeline(Subject::Child(child), None, 10, Lang::Ja)
            .unwrap();
        assert_eq!(page.items[0].id, e.id());
        assert_eq!(page.items[0].title, "日記（うれしい）");
    }
    // Moving the entry to one twin updates both timelines.
    let mut only_a = e.data.clone();
    only_a.subjects = vec![Subject::Child(a.id())];
    hb.update_diary(e.id(), only_a).unwrap();
    assert!(hb.diary(Subject::Child(b.id())).unwrap().is_empty());
}

/// A child with `n` measurements on consecutive days, plus a few other kinds.
fn busy_child(hb: &mut Handbook, n: usize) -> Uuid {
    let child = hb.add_child(child_data("はな", "2025-01-01")).unwrap().id();
    for i in 0..n {
        let on = d("2025-01-02") + chrono::Duration::days(i as i64 % 300);
        hb.add_growth(growth(
            child,
            &on.to_string(),
            3.5 + (i % 300) as f64 * 0.02,
        ))
        .unwrap();
    }
    child
}

#[test]
fn timeline_pages_cover_everything_once_newest_first() {
    let mut hb = handbook();
    let child = busy_child(&mut hb, 120);
    hb.add_vaccination(vaccination(child, VaccineCode::HepB, 1, "2025-03-01"))
        .unwrap();
    hb.add_diary(diary(
        vec![Subject::Child(child)],
        "2025-03-01",
        "ワクチンがんばった",
    ))
    .unwrap();
    let total = 120 + 2 + 1; // measurements, vaccination, diary, birth
    for page_size in [1, 7, 50, 123, 124, 200] {
        let mut seen = Vec::new();
        let mut cursor: Option<String> = None;
        let mut pages = 0;
        loop {
            let page = hb
                .timeline(
                    Subject::Child(child),
                    cursor.as_deref(),
                    page_size,
                    Lang::En,
                )
                .unwrap();
            assert!(page.items.len() <= page_size as usize);
            seen.extend(page.items.iter().map(|i| (i.date, i.id)));
            pages += 1;
            match page.next_cursor {
                Some(c) => cursor = Some(c),
                None => break,
            }
        }
        assert_eq!(seen.len(), total, "page size {page_size}");
        let mut sorted = seen.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(seen, sorted, "newest first, page size {page_size}");
        sorted.dedup();
        assert_eq!(sorted.len(), total, "no repeats, page size {page_size}");
        assert_eq!(
            pages,
            total.div_ceil(page_size as usize),
            "page size {page_size}"
        );
    }
    // The oldest item is the birth.
    let last = hb
        .timeline(Subject::Child(child), None, 200, Lang::En)
        .unwrap()
        .items
        .pop()
        .unwrap();
    assert_eq!(last.kind, RecordKind::Child);
    assert_eq!(last.title, "はな was born");
}

#[test]
fn timeline_edges() {
    let mut hb = handbook();
    let child = hb.add_child(child_data("はな", "2025-01-01")).unwrap().id();
    // Only the birth: one item, no next page.
    let page = hb
        .timeline(Subject::Child(child), None, 50, Lang::Ja)
        .unwrap();
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.next_cursor, None);
    // Exactly a page of items: no empty page after it.
    for i in 0..49 {
        let on = d("2025-01-02") + chrono::Duration::days(i);
        hb.add_growth(growth(child, &on.to_string(), 3.5)).unwrap();
    }
    let page = hb
        .timeline(Subject::Child(child), None, 50, Lang::Ja)
        .unwrap();
    assert_eq!(page.items.len(), 50);
    assert_eq!(page.next_cursor, None);
    // A page size of 0 is treated as 1; a huge one is capped.
    let page = hb
        .timeline(Subject::Child(child), None, 0, Lang::Ja)
        .unwrap();
    assert_eq!(page.items.len(), 1);
    // Items added after the first page was read do not shift the second page.
    let first = hb
        .timeline(Subject::Child(child), None, 10, Lang::Ja)
        .unwrap();
    hb.add_growth(growth(child, "2025-11-01", 9.0)).unwrap();
    let second = hb
        .timeline(
            Subject::Child(child),
            first.next_cursor.as_deref(),
            10,
            Lang::Ja,
        )
        .unwrap();
    assert!(second.items.iter().all(|i| i.date < first.items[9].date));
    // Bad cursors and unknown subjects are typed errors.
    assert!(matches!(
        hb.timeline(Subject::Child(child), Some("yesterday"), 10, Lang::Ja),
        Err(HandbookError::BadCursor { .. })
    ));
    assert!(matches!(
        hb.timeline(Subject::Child(Uuid::now_v7()), None, 10, Lang::Ja),
        Err(HandbookError::NotFound { .. })
    ));
}

#[test]
fn pregnancy_timeline_mixes_checkups_diary_and_delivery() {
    let mut hb = handbook();
    let p = hb.add_pregnancy(pregnancy("2025-01-10")).unwrap().id();
    hb.add_prenatal_checkup(checkup(p, "2025-06-01")).unwrap();
    hb.add_diary(diary(
        vec![Subject::Pregnancy(p)],
        "2025-06-02",
        "胎動を感じた",
    ))
    .unwrap();
    hb.add_vaccination(Vaccination {
        subject: Subject::Pregnancy(p),
        ..vaccination(Uuid::nil(), VaccineCode::RsvMaternal, 1, "2025-08-01")
    })
    .unwrap();
    hb.record_delivery(
        Delivery {
            ..Delivery::new(
                p,
                "2025-10-15T03:10:00".parse().unwrap(),
                GestationalAge::from_weeks_days(39, 6),
                DeliveryMethod::Vaginal,
            )
        },
        vec![Newborn {
            name: "はな".into(),
            sex: Sex::Female,
            birth: BirthMeasurements::default(),
        }],
    )
    .unwrap();
    let page = hb
        .timeline(Subject::Pregnancy(p), None, 50, Lang::Ja)
        .unwrap();
    let kinds: Vec<RecordKind> = page.items.iter().map(|i| i.kind).collect();
    assert_eq!(
        kinds,
        vec![
            RecordKind::Delivery,
            RecordKind::Vaccination,
            RecordKind::Diary,
            RecordKind::PrenatalCheckup
        ]
    );
    assert_eq!(page.items[3].title, "妊婦健診（20週2日）");
    assert_eq!(page.items[0].detail, "39週6日 · 経腟分娩");
}

#[test]
fn child_summary_ages_and_latest_measurements() {
    let mut hb = handbook();
    let mut c = child_data("はな", "2025-08-13");
    c.ga_at_birth = Some(GestationalAge::from_weeks_days(34, 0));
    let child = hb.add_child(c).unwrap();
    // Before any measurement: the birth values.
    let s = hb.child_summary(child.id(), Lang::Ja).unwrap();
    assert_eq!(s.age_label, "1歳3か月12日");
    // Six weeks early: corrected age counts from 2025-09-24.
    assert_eq!(s.corrected_age.unwrap().to_string(), "1y2m1d");
    assert_eq!(s.corrected_age_label.as_deref(), Some("1歳2か月1日"));
    assert_eq!(s.latest.weight_kg.as_ref().unwrap().record_id, None);
    assert_eq!(s.latest.weight_kg.as_ref().unwrap().value, 3.1);

    let w = hb
        .add_growth(growth(child.id(), "2025-11-01", 5.1))
        .unwrap();
    let mut head = growth(child.id(), "2025-11-20", 5.0);
    head.weight_kg = None;
    head.head_cm = Some(39.5);
    let h = hb.add_growth(head).unwrap();
    let s = hb.child_summary(child.id(), Lang::En).unwrap();
    assert_eq!(s.age_label, "1 y 3 m 12 d");
    let weight = s.latest.weight_kg.unwrap();
    assert_eq!(
        (weight.value, weight.date, weight.record_id),
        (5.1, d("2025-11-01"), Some(w.id()))
    );
    assert_eq!(s.latest.head_cm.unwrap().record_id, Some(h.id()));
    assert_eq!(s.latest.length_cm.unwrap().record_id, None);
    // The 1-year checkup window has closed unrecorded; the next is at 18 months:
    // "満1歳6か月を超え満2歳に達しない", ages read as the law does (an age is reached
    // on the day before the birthday), from the schedule data.
    let next = s.next_checkup.unwrap();
    assert_eq!(next.checkup, InfantCheckup::M18);
    assert_eq!((next.from, next.until), (d("2027-02-13"), d("2027-08-12")));
    assert_eq!(next.label, "18-month checkup");
}

#[test]
fn home_shows_the_ongoing_pregnancy_and_children() {
    let mut hb = handbook();
    hb.add_pregnancy(pregnancy("2026-05-01")).unwrap();
    hb.add_child(child_data("はな", "2024-02-29")).unwrap();
    let home = hb.home(Lang::Ja).unwrap();
    let p = home.pregnancy.unwrap();
    assert_eq!(p.gestational_age_label, "妊娠29週5日");
    assert_eq!(p.days_until_due, 72);
    // No height in the profile yet: no weight-gain guidance rather than a guess.
    assert!(p.weight_gain.is_none());
    assert_eq!(home.children.len(), 1);
    assert_eq!(home.children[0].age_label, "2歳8か月27日");
    assert_eq!(home.children[0].corrected_age, None);
    assert_eq!(home.today, d(TODAY));
}

#[test]
fn a_real_file_persists_across_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/dir/handbook.hagukumi");
    let id = {
        let mut hb = Handbook::open(&path)
            .unwrap()
            .with_clock(FixedClock::on(d(TODAY)));
        let id = hb.add_child(child_data("はな", "2025-10-01")).unwrap().id();
        hb.close().unwrap();
        id
    };
    let hb = Handbook::open(&path).unwrap();
    assert_eq!(hb.child(id).unwrap().data.name, "はな");
    let mode: String = hb
        .conn()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let sync: i64 = hb
        .conn()
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .unwrap();
    assert_eq!(sync, 2, "synchronous = FULL");
    let fk: i64 = hb
        .conn()
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
}

#[test]
fn timeline_queries_use_the_indexes() {
    let hb = handbook();
    for subject in [Subject::Child(Uuid::nil()), Subject::Pregnancy(Uuid::nil())] {
        let sql = format!(
            "EXPLAIN QUERY PLAN {}",
            timeline::timeline_sql_for_tests(subject)
        );
        let mut stmt = hb.conn().prepare(&sql).unwrap();
        let plan: Vec<String> = stmt
            .query_map(("", "", "", 1), |r| r.get::<_, String>(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        for line in &plan {
            assert!(
                !line.starts_with("SCAN ") || line.starts_with("SCAN (subquery"),
                "full scan in {subject:?}: {plan:#?}"
            );
        }
    }
}

#[test]
fn vaccination_plan_comes_from_the_recorded_doses() {
    let mut hb = handbook();
    let child = hb.add_child(child_data("はな", "2026-06-01")).unwrap().id();
    let before = hb.vaccination_plan(child).unwrap();
    let hepb = |plan: &crate::schedule::Plan| {
        plan.vaccines
            .iter()
            .find(|v| v.code == VaccineCode::HepB)
            .unwrap()
            .doses[0]
            .clone()
    };
    assert_ne!(hepb(&before).status, crate::schedule::DoseStatus::Done);
    hb.add_vaccination(vaccination(child, VaccineCode::HepB, 1, "2026-08-03"))
        .unwrap();
    let after = hb.vaccination_plan(child).unwrap();
    assert_eq!(hepb(&after).status, crate::schedule::DoseStatus::Done);
    assert_eq!(hepb(&after).given, Some(d("2026-08-03")));
    assert_eq!(after.schedule_version, before.schedule_version);
}

#[test]
fn reminders_cover_children_and_the_pregnancy() {
    let mut hb = handbook();
    // Born 2026-09-25: two months old on 2026-11-24 (the legal reading), so the
    // first shots at 生後2月 are due today.
    let child = hb.add_child(child_data("はな", "2026-09-25")).unwrap().id();
    // LMP 2026-05-20: 27w0d today, so the maternal RSV window (28w0d) opens in a week.
    let preg = hb.add_pregnancy(pregnancy("2026-05-20")).unwrap().id();
    let reminders = hb.reminders(14).unwrap();
    let ids: Vec<&str> = reminders.iter().map(|r| r.id.as_str()).collect();
    assert!(
        ids.contains(&format!("{child}:vaccine:dpt_ipv_hib:1").as_str()),
        "{ids:#?}"
    );
    let rsv = reminders
        .iter()
        .find(|r| r.subject == Subject::Pregnancy(preg))
        .expect("maternal RSV reminder");
    assert_eq!(rsv.reminder.date, d("2026-12-02"));
    assert!(rsv.notification_id > 0);
    // Sorted by date, ids unique.
    assert!(
        reminders
            .windows(2)
            .all(|w| w[0].reminder.date <= w[1].reminder.date)
    );
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len());
}

#[test]
fn growth_chart_and_warnings_use_the_recorded_measurements() {
    let mut hb = handbook();
    let child = hb.add_child(child_data("はな", "2026-01-10")).unwrap().id();
    hb.add_growth(growth(child, "2026-04-10", 6.0)).unwrap();
    let chart = hb
        .growth_chart(
            child,
            crate::growth::Indicator::WeightForAge,
            crate::growth::Standard::Who,
        )
        .unwrap();
    // The birth weight and the measurement, in date order.
    assert_eq!(chart.points.len(), 2);
    assert_eq!(chart.points[0].date, d("2026-01-10"));
    assert!(chart.points[1].percentile.is_some());
    assert_eq!(chart.curves.len(), 7);

    // 16 kg at 7 months passes validation (possible) but is far outside the reference.
    let typo = growth(child, "2026-08-10", 16.0);
    let warnings = hb.growth_warnings(&typo).unwrap();
    assert!(!warnings.is_empty());
    assert!(
        warnings
            .iter()
            .any(|w| w.kind == crate::growth::PlausibilityKind::OutsideFiveSd),
        "{warnings:#?}"
    );
    // A normal next weight gives none.
    assert!(
        hb.growth_warnings(&growth(child, "2026-08-10", 7.6))
            .unwrap()
            .is_empty()
    );
    // The Japanese survey has no BMI curve: a typed error, not made-up figures.
    let err = hb
        .growth_chart(
            child,
            crate::growth::Indicator::BmiForAge,
            crate::growth::Standard::Japan2023,
        )
        .unwrap_err();
    assert_eq!(err.kind().as_str(), "growth_unavailable");
}

#[test]
fn pregnancy_card_shows_weight_gain_against_the_guidance() {
    let mut hb = handbook();
    hb.set_mother_profile(MotherProfile {
        name: "山田 花子".into(),
        height_cm: Some(158.0),
        ..Default::default()
    })
    .unwrap();
    // 52 kg at 158 cm: BMI 20.8, "普通体重", 10–13 kg over the pregnancy (JSOG 2021).
    let p = hb.add_pregnancy(pregnancy("2026-05-01")).unwrap().id();
    hb.add_prenatal_checkup(checkup(p, "2026-11-20")).unwrap();
    let card = hb.home(Lang::Ja).unwrap().pregnancy.unwrap();
    let gain = card.weight_gain.unwrap();
    assert_eq!(gain.guidance.class, crate::growth::BmiClass::Normal);
    assert_eq!(
        (gain.guidance.min_kg, gain.guidance.max_kg),
        (Some(10.0), 13.0)
    );
    assert_eq!(gain.gain_so_far_kg, Some(6.0));
    assert_eq!(gain.position, Some(crate::growth::GainPosition::Below));
}

/// Opening: private files, and no write (so no write lock) unless a migration is due.
mod opening {
    use super::*;

    /// A handbook file with one child, closed (no -wal or -shm left).
    fn saved_handbook(dir: &Path) -> PathBuf {
        let path = dir.join("h.hagukumi");
        let mut hb = Handbook::open(&path).unwrap();
        hb.add_child(child_data("はな", "2026-05-05")).unwrap();
        hb.close().unwrap();
        path
    }

    fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    /// Relies on the test process's umask letting others read (the usual 022); the
    /// CLI test `everything_the_cli_creates_is_private_under_umask_022` sets it.
    #[cfg(unix)]
    #[test]
    fn a_new_handbook_its_journal_files_and_folder_are_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new").join("folder").join("h.hagukumi");
        let mut hb = Handbook::open(&path).unwrap();
        hb.add_child(child_data("はな", "2026-05-05")).unwrap();
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&with_suffix(&path, "-wal")), 0o600);
        assert_eq!(mode(&with_suffix(&path, "-shm")), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        assert_eq!(mode(&dir.path().join("new")), 0o700);
    }

    #[cfg(unix)]
    #[test]
    fn a_handbook_an_older_version_left_readable_is_restricted() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = saved_handbook(dir.path());
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let hb = Handbook::open(&path).unwrap();
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&with_suffix(&path, "-wal")), 0o600);
        assert_eq!(hb.children().unwrap().len(), 1);
    }

    /// Another process in the middle of a write (it holds the write lock) must not
    /// stop the family reading: the old open waited 5 s for the lock, then failed.
    #[test]
    fn an_up_to_date_handbook_opens_while_another_process_holds_the_write_lock() {
        let dir = tempfile::tempdir().unwrap();
        let path = saved_handbook(dir.path());
        let writer = Connection::open(&path).unwrap();
        writer.execute_batch("BEGIN IMMEDIATE").unwrap();
        let hb = Handbook::open(&path).unwrap();
        assert_eq!(hb.children().unwrap().len(), 1);
        let ro = Handbook::open_read_only(&path).unwrap();
        assert_eq!(ro.children().unwrap().len(), 1);
        writer.execute_batch("ROLLBACK").unwrap();
    }

    /// Why a full disk cannot stop an up-to-date handbook from opening: opening reads
    /// the version and settings and writes nothing. The file's bytes and the write
    /// count show it.
    #[test]
    fn opening_an_up_to_date_handbook_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = saved_handbook(dir.path());
        let before = std::fs::read(&path).unwrap();
        let hb = Handbook::open(&path).unwrap();
        assert_eq!(hb.children().unwrap().len(), 1);
        assert_eq!(hb.conn().total_changes(), 0);
        let wal = std::fs::metadata(with_suffix(&path, "-wal")).map_or(0, |m| m.len());
        assert_eq!(wal, 0, "nothing was logged");
        drop(hb);
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    /// A file SQLite may only read (here a `mode=ro` connection, as for a file or
    /// folder the user cannot write) opens, shows its records and refuses a change
    /// with a typed error instead of a raw SQLite one.
    #[test]
    fn a_file_that_cannot_be_written_opens_and_refuses_changes_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = saved_handbook(dir.path());
        let before = std::fs::read(&path).unwrap();
        let uri = format!("file:{}?mode=ro", uri_path(&path));
        let mut hb = Handbook::open(&uri).unwrap();
        assert_eq!(hb.children().unwrap().len(), 1);
        let err = hb.add_child(child_data("そら", "2026-06-01")).unwrap_err();
        assert!(
            matches!(err, HandbookError::ReadOnlyFile { upgrade: false, .. }),
            "{err:?}"
        );
        assert_eq!(err.kind().as_str(), "read_only_file");
        let mut ro = Handbook::open_read_only(&path).unwrap();
        let err = ro.add_child(child_data("そら", "2026-06-01")).unwrap_err();
        assert!(matches!(err, HandbookError::ReadOnlyFile { .. }), "{err:?}");
        drop((hb, ro));
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    /// Reading a WAL file needs its `-shm` index; on a full disk or in a read-only
    /// folder SQLite can neither create nor grow it. A link to `/dev/full` in its
    /// place fails every write with "no space left", as a full disk does (and whatever
    /// the test's user may do, root included): a read-only open still shows the
    /// records, from the main file.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_read_only_open_reads_when_the_shared_memory_index_cannot_be_made() {
        let dir = tempfile::tempdir().unwrap();
        let path = saved_handbook(dir.path());
        std::os::unix::fs::symlink("/dev/full", with_suffix(&path, "-shm")).unwrap();
        assert!(
            Handbook::open(&path).is_err(),
            "the index is really unusable"
        );
        let hb = Handbook::open_read_only(&path).unwrap();
        assert_eq!(hb.children().unwrap()[0].data.name, "はな");
        assert_eq!(hb.integrity_check().unwrap(), "ok");
    }

    /// A read-only open of a file from an older version upgrades it first.
    #[test]
    fn a_read_only_open_of_an_old_file_upgrades_it_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.hagukumi");
        super::migrations::migrate(&mut Connection::open(&path).unwrap(), 5).unwrap();
        let hb = Handbook::open_read_only(&path).unwrap();
        assert_eq!(hb.schema_version().unwrap(), SCHEMA_VERSION);
        assert!(hb.children().unwrap().is_empty());
    }

    #[test]
    fn uri_paths_keep_special_characters_in_the_path() {
        assert_eq!(
            uri_path(Path::new("/a b/c?d#e%f/h.db")),
            "/a%20b/c%3Fd%23e%25f/h.db"
        );
    }
}

/// 出産の状態 as printed, every row filled: a delivery with all the 2023 form's rows.
fn full_delivery(pregnancy: Uuid) -> Delivery {
    Delivery {
        blood_loss_ml: Some(620),
        place: Some("市民病院".into()),
        attendant: Some("山田 医師".into()),
        notes: Some("夫が立ち会った".into()),
        presentation: Some(Presentation::Other),
        presentation_other: Some("横位".into()),
        course_notes: Some("微弱陣痛のため促進".into()),
        labor_minutes: Some(12 * 60 + 30),
        blood_loss_grade: Some(BloodLossGrade::Moderate),
        transfusion: Some(Transfusion::Yes),
        transfusion_detail: Some("赤血球液 2単位".into()),
        certificate: Some(BirthCertificate::Birth),
        midwife: Some("佐藤 助産師".into()),
        other_attendant: Some("研修医 鈴木".into()),
        ..Delivery::new(
            pregnancy,
            "2025-10-15T03:10:00".parse().unwrap(),
            GestationalAge::from_weeks_days(39, 6),
            DeliveryMethod::Vacuum,
        )
    }
}

#[test]
fn every_row_of_the_delivery_page_is_stored_and_reaches_the_child() {
    let mut hb = handbook();
    let p = hb.add_pregnancy(pregnancy("2025-01-10")).unwrap().id();
    let delivery = full_delivery(p);
    let (stored, children) = hb
        .record_delivery(
            delivery.clone(),
            vec![Newborn {
                name: "はな".into(),
                sex: Sex::Female,
                birth: BirthMeasurements {
                    weight_kg: Some(3.02),
                    findings: Some("新生児仮死（蘇生）、NICU入院".into()),
                    ..Default::default()
                },
            }],
        )
        .unwrap();
    assert_eq!(hb.delivery(stored.id()).unwrap().data, delivery);
    assert_eq!(
        hb.child(children[0].id())
            .unwrap()
            .data
            .birth
            .findings
            .as_deref(),
        Some("新生児仮死（蘇生）、NICU入院")
    );
    assert_eq!(
        stored.data.labor_duration_label(Lang::Ja).as_deref(),
        Some("12時間30分")
    );
    // An edit changes one row and keeps the others.
    let mut edit = delivery.clone();
    edit.certificate = Some(BirthCertificate::BirthAndDeath);
    let edited = hb.update_delivery(stored.id(), edit.clone()).unwrap();
    assert_eq!(hb.delivery(stored.id()).unwrap().data, edit);
    assert_eq!(edited.data.midwife.as_deref(), Some("佐藤 助産師"));
}

#[test]
fn a_delivery_page_detail_beside_the_wrong_choice_or_a_week_long_labour_is_refused() {
    let mut hb = handbook();
    let p = hb.add_pregnancy(pregnancy("2025-01-10")).unwrap().id();
    let (stored, _) = hb
        .record_delivery(
            full_delivery(p),
            vec![Newborn {
                name: "はな".into(),
                sex: Sex::Female,
                birth: BirthMeasurements::default(),
            }],
        )
        .unwrap();
    let refused_on = |hb: &mut Handbook, d: Delivery| -> String {
        match invalid(hb.update_delivery(stored.id(), d).unwrap_err()) {
            ValidationError::Answer { field, .. } => field,
            other => panic!("{other:?}"),
        }
    };
    let mut d = full_delivery(p);
    d.transfusion = Some(Transfusion::No);
    assert_eq!(refused_on(&mut hb, d), "transfusion_detail");
    let mut d = full_delivery(p);
    d.presentation = Some(Presentation::Cephalic);
    assert_eq!(refused_on(&mut hb, d), "presentation_other");
    let mut d = full_delivery(p);
    d.labor_minutes = Some(7 * 24 * 60 + 1);
    assert_eq!(refused_on(&mut hb, d), "labor_minutes");
    let mut d = full_delivery(p);
    d.labor_minutes = Some(7 * 24 * 60);
    hb.update_delivery(stored.id(), d).unwrap();
    assert_eq!(hb.delivery(stored.id()).unwrap().meta.rev, 2);
}

#[test]
fn the_delivery_page_choices_read_the_printed_words_and_the_durations_the_clinic_writes() {
    assert_eq!("頭位".parse(), Ok(Presentation::Cephalic));
    assert_eq!("骨盤位".parse(), Ok(Presentation::Breech));
    assert_eq!("breech".parse(), Ok(Presentation::Breech));
    assert_eq!("その他".parse(), Ok(Presentation::Other));
    assert_eq!("少量".parse(), Ok(BloodLossGrade::Small));
    assert_eq!("中量".parse(), Ok(BloodLossGrade::Moderate));
    assert_eq!("Large".parse(), Ok(BloodLossGrade::Large));
    assert_eq!("無".parse(), Ok(Transfusion::No));
    assert_eq!("有".parse(), Ok(Transfusion::Yes));
    assert_eq!("死産証書".parse(), Ok(BirthCertificate::Stillbirth));
    assert_eq!(
        "出生証明書及び死亡診断書".parse(),
        Ok(BirthCertificate::BirthAndDeath)
    );
    let err = "横位".parse::<Presentation>().unwrap_err();
    assert!(
        err.message(crate::Lang::Ja).contains("頭位（cephalic）"),
        "{err}"
    );
    for (text, minutes) in [
        ("12時間30分", 750),
        ("１２時間３０分", 750),
        ("45分", 45),
        ("3時間", 180),
        ("12h30m", 750),
        ("12:30", 750),
        ("2 h 5 min", 125),
        ("90分", 90),
    ] {
        assert_eq!(parse_labor_duration(text), Ok(minutes), "{text}");
    }
    for text in ["12", "", "時間", "1時間90分", "3時間3時間", "12h30", "abc"] {
        assert!(parse_labor_duration(text).is_err(), "{text}");
    }
    assert_eq!(labor_duration_label(45, Lang::En), "45 min");
    assert_eq!(labor_duration_label(750, Lang::En), "12 h 30 min");
}

/// #16: English counts took their plural whatever the number ("1 weeks 1 days",
/// "1 teeth · 1 cavities"); the catalog chooses the form.
#[test]
fn english_counts_of_one_are_singular_on_the_card_and_the_timeline() {
    let mut hb = handbook();
    // LMP 8 days before today: 1 week 1 day.
    hb.add_pregnancy(pregnancy("2026-11-17")).unwrap();
    let en = hb.home(Lang::En).unwrap().pregnancy.unwrap();
    assert_eq!(en.gestational_age_label, "1 week 1 day");
    let ja = hb.home(Lang::Ja).unwrap().pregnancy.unwrap();
    assert_eq!(ja.gestational_age_label, "妊娠1週1日");

    let child = hb.add_child(child_data("はな", "2025-02-01")).unwrap().id();
    hb.add_dental(DentalRecord {
        subject: Subject::Child(child),
        date: d("2026-10-01"),
        teeth_present: Some(1),
        caries: Some(1),
        fluoride_applied: true,
        findings: None,
        clinic: None,
    })
    .unwrap();
    let line = |lang| {
        let page = hb.timeline(Subject::Child(child), None, 1, lang).unwrap();
        (page.items[0].title.clone(), page.items[0].detail.clone())
    };
    assert_eq!(
        line(Lang::En),
        (
            "Dental checkup".to_string(),
            "1 tooth · 1 cavity · fluoride".to_string()
        )
    );
    assert_eq!(
        line(Lang::Ja),
        (
            "歯科健診".to_string(),
            "歯 1本 · むし歯 1本 · フッ化物塗布".to_string()
        )
    );
}

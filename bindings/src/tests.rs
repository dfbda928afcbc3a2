//! The FFI surface from Rust: what Kotlin and Swift will see, without them.

use std::sync::Arc;

use crate::error::HandbookError;
use crate::handbook::{Handbook, OpenOptions};
use crate::kinds::{Indicator, Lang, Mood, PlausibilityKind, RecordKind, Sex, Standard, Subject};
use crate::records::*;
use crate::screens::TimelineRecord;

fn pinned() -> OpenOptions {
    OpenOptions {
        today: Some("2026-01-15".into()),
    }
}

fn hana() -> Child {
    Child {
        name: "Hana".into(),
        name_kana: None,
        sex: Sex::Female,
        birth_date: "2025-10-03".into(),
        birth_order: 1,
        ga_at_birth: None,
        delivery_id: None,
        birth: BirthMeasurements {
            weight_kg: Some(3.1),
            ..Default::default()
        },
    }
}

fn weighing(child_id: &str, on: &str, kg: f64) -> GrowthMeasurement {
    GrowthMeasurement {
        child_id: child_id.into(),
        measured_on: on.into(),
        weight_kg: Some(kg),
        length_cm: None,
        position: None,
        head_cm: None,
        notes: None,
    }
}

fn memory() -> Arc<Handbook> {
    Handbook::in_memory(pinned()).unwrap()
}

#[test]
fn a_panic_inside_a_call_is_an_internal_error_and_the_handbook_still_works() {
    let hb = memory();
    let child = hb.add_child(hana()).unwrap();
    let err = hb.panic_while_locked().unwrap_err();
    assert!(matches!(err, HandbookError::Internal { .. }), "{err:?}");
    assert!(err.to_string().contains("test panic"), "{err}");
    // The mutex was poisoned by the panic; the next calls take it over.
    assert_eq!(hb.children().unwrap().len(), 1);
    hb.add_growth(weighing(&child.id, "2025-11-03", 4.2))
        .unwrap();
    assert_eq!(hb.growth(child.id).unwrap().len(), 1);
}

#[test]
fn home_timeline_and_summary() {
    let hb = memory();
    let child = hb.add_child(hana()).unwrap();
    hb.add_growth(weighing(&child.id, "2025-11-03", 4.2))
        .unwrap();
    hb.add_diary(DiaryEntry {
        subjects: vec![Subject::Child {
            id: child.id.clone(),
        }],
        written_on: "2026-01-10".into(),
        text: "smile".into(),
        mood: Some(Mood::Happy),
        photos: vec![],
    })
    .unwrap();

    let home = hb.home(Lang::En).unwrap();
    assert_eq!(home.today, "2026-01-15");
    assert_eq!(home.children.len(), 1);
    assert_eq!(home.children[0].age_label, "0 y 3 m 12 d");
    let w = home.children[0].latest.weight_kg.clone().unwrap();
    assert_eq!((w.value, w.date.as_str()), (4.2, "2025-11-03"));

    let page = hb
        .timeline(
            Subject::Child {
                id: child.id.clone(),
            },
            None,
            10,
            Lang::Ja,
        )
        .unwrap();
    let kinds: Vec<RecordKind> = page.items.iter().map(|i| i.kind).collect();
    assert_eq!(
        kinds,
        [RecordKind::Diary, RecordKind::Growth, RecordKind::Child]
    );
    assert_eq!(page.items[2].title, "Hanaさん誕生");
    assert!(matches!(page.items[0].record, TimelineRecord::Diary { .. }));
    assert_eq!(
        hb.child_summary(child.id, Lang::Ja).unwrap().age_label,
        "0歳3か月12日"
    );
}

#[test]
fn validation_errors_carry_both_messages_and_the_field() {
    let hb = memory();
    let child = hb.add_child(hana()).unwrap();
    let err = hb
        .add_growth(weighing(&child.id, "2025-10-05", 40.0))
        .unwrap_err();
    assert_eq!(
        err,
        HandbookError::Invalid {
            field: Some("weight".into()),
            message_en: "A weight of 40 kg is not possible for a newborn (expected 0.2–7 kg). Please check the number and the decimal point.".into(),
            message_ja: "体重40kgは新生児としてありえない値です（0.2〜7kg）。数字と小数点を確認してください。".into(),
        }
    );
    assert_eq!(err.message(Lang::En), err.to_string());
}

#[test]
fn malformed_ids_and_dates_are_bad_arguments() {
    let hb = memory();
    assert!(matches!(
        hb.child("not-a-uuid".into()),
        Err(HandbookError::BadArgument { .. })
    ));
    let mut c = hana();
    c.birth_date = "2025-13-01".into();
    assert!(matches!(
        hb.add_child(c),
        Err(HandbookError::BadArgument { .. })
    ));
    assert!(matches!(
        Handbook::in_memory(OpenOptions {
            today: Some("today".into())
        }),
        Err(HandbookError::BadArgument { .. })
    ));
}

#[test]
fn close_then_reopen_keeps_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join("a/b/handbook.sqlite")
        .to_string_lossy()
        .into_owned();
    let hb = Handbook::open_with(path.clone(), pinned()).unwrap();
    let child = hb.add_child(hana()).unwrap();
    hb.close_file().unwrap();
    hb.close_file().unwrap();
    assert!(hb.is_closed());
    assert!(matches!(
        hb.home(Lang::En),
        Err(HandbookError::Closed { .. })
    ));

    let again = Handbook::open_with(path, pinned()).unwrap();
    assert_eq!(again.children().unwrap()[0].id, child.id);
}

#[test]
fn delivery_creates_the_children() {
    let hb = memory();
    let p = hb
        .add_pregnancy(Pregnancy {
            lmp: Some("2025-01-01".into()),
            ultrasound_due_date: None,
            fetuses: 2,
            pre_pregnancy_weight_kg: None,
            notes: None,
        })
        .unwrap();
    let baby = |name: &str| Newborn {
        name: name.into(),
        sex: Sex::Male,
        birth: BirthMeasurements {
            weight_kg: Some(2.4),
            ..Default::default()
        },
    };
    let done = hb
        .record_delivery(
            Delivery {
                pregnancy_id: p.id.clone(),
                delivered_at: "2025-09-20T09:30".into(),
                ga_at_birth: GestationalAge { weeks: 37, days: 2 },
                method: crate::kinds::DeliveryMethod::Caesarean,
                place: None,
                attendant: None,
                notes: None,
            },
            vec![baby("Sora"), baby("Riku")],
        )
        .unwrap();
    assert_eq!(done.children.len(), 2);
    assert_eq!(done.children[1].data.birth_order, 2);
    assert_eq!(done.delivery.data.delivered_at, "2025-09-20T09:30");
    assert_eq!(hb.delivery_of(p.id).unwrap().unwrap().id, done.delivery.id);
}

#[test]
fn growth_chart_and_warnings() {
    let hb = memory();
    let child = hb.add_child(hana()).unwrap();
    hb.add_growth(weighing(&child.id, "2025-11-03", 4.2))
        .unwrap();
    let saved = hb
        .add_growth(weighing(&child.id, "2025-12-03", 12.5))
        .unwrap();
    assert!(
        saved
            .warnings
            .iter()
            .any(|w| w.kind == PlausibilityKind::OutsideFiveSd
                && w.indicator == Some(Indicator::WeightForAge)),
        "{:?}",
        saved.warnings
    );
    let chart = hb
        .growth_chart(
            child.id.clone(),
            Indicator::WeightForAge,
            Standard::Who,
            Lang::Ja,
        )
        .unwrap();
    assert_eq!(chart.title, "体重");
    assert_eq!(chart.points.len(), 3, "birth and two weighings");
    assert_eq!(chart.curves.len(), 7);
    assert!(matches!(
        hb.growth_chart(
            child.id,
            Indicator::WeightForAge,
            Standard::Japan2023,
            Lang::En
        ),
        Err(HandbookError::GrowthUnavailable { .. })
    ));
}

#[test]
fn a_failing_batch_writes_nothing() {
    let hb = memory();
    let child = hb.add_child(hana()).unwrap();
    let ok = NewRecord::Growth {
        data: weighing(&child.id, "2025-11-03", 4.2),
    };
    let bad = NewRecord::Growth {
        data: weighing(&child.id, "2025-10-05", 40.0),
    };
    assert!(hb.add_batch(vec![ok.clone(), bad]).is_err());
    assert!(hb.growth(child.id.clone()).unwrap().is_empty());
    assert_eq!(hb.add_batch(vec![ok.clone(), ok]).unwrap().len(), 2);
}

#[test]
fn the_vaccination_plan_and_reminders_cross_the_ffi() {
    use crate::kinds::Vaccine;
    use crate::schedule::{DoseStatus, ReminderKind};

    let hb = memory();
    // Born 2025-10-03; today is pinned to 2026-01-15 (3 months old).
    let id = hb.add_child(hana()).unwrap().id;
    hb.add_vaccination(Vaccination {
        subject: Subject::Child { id: id.clone() },
        vaccine: Vaccine::HepB,
        dose: 1,
        date: "2025-12-03".into(),
        brand: None,
        lot: None,
        clinic: None,
        notes: None,
    })
    .unwrap();
    let plan = hb.vaccination_plan(id.clone(), Lang::En).unwrap();
    // Today is pinned to 2026-01-15: the version in force then.
    assert_eq!(plan.schedule_version, "jp-2024-04-01");
    let hepb = plan
        .vaccines
        .iter()
        .find(|v| v.vaccine == Vaccine::HepB)
        .unwrap();
    assert_eq!(hepb.name, "Hepatitis B");
    assert_eq!(hepb.doses[0].status, DoseStatus::Done);
    assert_eq!(hepb.doses[0].given.as_deref(), Some("2025-12-03"));
    assert_eq!(hepb.doses[0].reason, hepb.doses[0].reason_en);

    let reminders = hb.reminders(30, Lang::Ja).unwrap();
    let five_in_one = reminders
        .iter()
        .find(|r| r.vaccine == Some(Vaccine::DptIpvHib))
        .expect("the 5-in-1 is due at 3 months");
    assert_eq!(five_in_one.kind, ReminderKind::VaccineDose);
    assert_eq!(five_in_one.subject, Subject::Child { id: id.clone() });
    assert!(five_in_one.id.starts_with(&id));
    assert!(five_in_one.notification_id > 0);
    assert!(
        five_in_one.title.contains("5種混合"),
        "{}",
        five_in_one.title
    );
    assert!(hb.vaccination_plan("not-a-uuid".into(), Lang::En).is_err());
}

#[test]
fn photos_import_upright_with_progress_and_typed_refusals() {
    use crate::photos::{ImportProgress, PhotoImport};
    use std::sync::Mutex;

    struct Log(Mutex<Vec<(u32, u32)>>);
    impl ImportProgress for Log {
        fn on_progress(&self, done: u32, total: u32) {
            self.0.lock().unwrap().push((done, total));
        }
    }

    let dir = tempfile::tempdir().unwrap();
    let hb = Handbook::open_with(
        dir.path().join("h.sqlite3").to_string_lossy().into(),
        pinned(),
    )
    .unwrap();
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/exif-orientation/Landscape_6.jpg"
    );
    let heic = dir.path().join("photo.jpg");
    // An ISO-BMFF header with the HEIC brand, named .jpg: refused for what it is.
    std::fs::write(&heic, b"\0\0\0\x18ftypheic\0\0\0\0mif1heic").unwrap();
    let log = Arc::new(Log(Mutex::new(Vec::new())));
    let results = hb
        .import_photos(
            vec![fixture.into(), heic.to_string_lossy().into()],
            None,
            Some(log.clone()),
        )
        .unwrap();
    assert_eq!(*log.0.lock().unwrap(), vec![(0, 2), (1, 2), (2, 2)]);
    let PhotoImport::Imported {
        photo,
        deduplicated,
    } = &results[0]
    else {
        panic!("{:?}", results[0]);
    };
    assert!(!deduplicated);
    // Stored upright: the orientation-6 landscape is wider than tall once rotated.
    assert!(photo.display.width > photo.display.height, "{photo:?}");
    assert_eq!(photo.thumbnail.width, 320);
    assert!(std::path::Path::new(&photo.thumbnail.path).exists());
    match &results[1] {
        PhotoImport::Refused {
            error: HandbookError::Photo {
                kind, message_ja, ..
            },
        } => {
            assert_eq!(kind, "heic");
            assert!(!message_ja.is_empty());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(hb.photos().unwrap().len(), 1);
    assert_eq!(hb.photo(photo.id.clone()).unwrap(), *photo);
    assert!(hb.check_photos(false).unwrap().missing_files == 0);
}

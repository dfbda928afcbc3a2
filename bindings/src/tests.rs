//! The FFI surface from Rust: what Kotlin and Swift will see, without them.

use std::sync::Arc;

use chrono::NaiveDate;
use hagukumi_core::error::Field;
use hagukumi_core::model::*;
use hagukumi_core::store::{NewRecord, TimelineRecord};
use hagukumi_core::{ErrorKind, Lang};
use uuid::Uuid;

use crate::growth::{Indicator, PlausibilityKind, Standard};
use crate::handbook::{Handbook, OpenOptions};

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn pinned() -> OpenOptions {
    OpenOptions {
        today: Some(d("2026-01-15")),
    }
}

fn hana() -> Child {
    Child {
        name: "Hana".into(),
        name_kana: None,
        sex: Sex::Female,
        birth_date: d("2025-10-03"),
        birth_order: 1,
        ga_at_birth: None,
        delivery_id: None,
        birth: BirthMeasurements {
            weight_kg: Some(3.1),
            ..Default::default()
        },
    }
}

fn weighing(child_id: Uuid, on: &str, kg: f64) -> GrowthMeasurement {
    GrowthMeasurement {
        child_id,
        measured_on: d(on),
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
    assert_eq!(err.kind(), ErrorKind::Internal, "{err:?}");
    assert!(err.to_string().contains("test panic"), "{err}");
    // The mutex was poisoned by the panic; the next calls take it over.
    assert_eq!(hb.children().unwrap().len(), 1);
    hb.add_growth(weighing(child.meta.id, "2025-11-03", 4.2))
        .unwrap();
    assert_eq!(hb.growth(child.meta.id).unwrap().len(), 1);
}

#[test]
fn home_timeline_and_summary() {
    let hb = memory();
    let child = hb.add_child(hana()).unwrap();
    hb.add_growth(weighing(child.meta.id, "2025-11-03", 4.2))
        .unwrap();
    hb.add_diary(DiaryEntry {
        subjects: vec![Subject::Child(child.meta.id)],
        written_on: d("2026-01-10"),
        text: "smile".into(),
        mood: Some(Mood::Happy),
        photos: vec![],
    })
    .unwrap();

    let home = hb.home(Lang::En).unwrap();
    assert_eq!(home.today, d("2026-01-15"));
    assert_eq!(home.children.len(), 1);
    assert_eq!(home.children[0].age_label, "0 y 3 m 12 d");
    let w = home.children[0].latest.weight_kg.clone().unwrap();
    assert_eq!((w.value, w.date), (4.2, d("2025-11-03")));

    let page = hb
        .timeline(Subject::Child(child.meta.id), None, 10, Lang::Ja)
        .unwrap();
    let kinds: Vec<RecordKind> = page.items.iter().map(|i| i.kind).collect();
    assert_eq!(
        kinds,
        [RecordKind::Diary, RecordKind::Growth, RecordKind::Child]
    );
    assert_eq!(page.items[2].title, "Hanaさん誕生");
    assert!(matches!(page.items[0].record, TimelineRecord::Diary { .. }));
    assert_eq!(
        hb.child_summary(child.meta.id, Lang::Ja).unwrap().age_label,
        "0歳3か月12日"
    );
}

#[test]
fn validation_errors_carry_both_messages_and_the_field() {
    let hb = memory();
    let child = hb.add_child(hana()).unwrap();
    let err = hb
        .add_growth(weighing(child.meta.id, "2025-10-05", 40.0))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    assert_eq!(err.field(), Some(Field::Weight));
    assert_eq!(
        err.message(Lang::En),
        "A weight of 40 kg is not possible for a newborn (expected 0.2–7 kg). Please check the number and the decimal point."
    );
    assert_eq!(
        err.message(Lang::Ja),
        "体重40kgは新生児としてありえない値です（0.2〜7kg）。数字と小数点を確認してください。"
    );
    assert_eq!(err.message(Lang::En), err.to_string());
}

#[test]
fn a_malformed_date_or_id_from_the_app_is_a_typed_bad_argument_naming_the_field() {
    // What a failed custom-type lift returns (see hagukumi_core::foreign): the
    // foreign tests send the malformed text through the real FFI.
    use uniffi::{FfiConverter, RustBuffer};
    fn lift<T: FfiConverter<hagukumi_core::UniFfiTag, FfiType = RustBuffer>>(
        text: &str,
    ) -> crate::error::HandbookError {
        let buf = <String as FfiConverter<hagukumi_core::UniFfiTag>>::lower(text.to_string());
        let err = T::try_lift(buf).err().expect("refused");
        err.downcast::<crate::error::HandbookError>()
            .expect("typed")
    }
    for (text, field) in [("2025-13-01", Field::Date), ("+10000-01-01", Field::Date)] {
        let err = lift::<NaiveDate>(text);
        assert_eq!(
            (err.kind(), err.field()),
            (ErrorKind::BadArgument, Some(field))
        );
        assert!(err.message(Lang::Ja).contains(text), "{err}");
    }
    let err = lift::<Uuid>("child-1");
    assert_eq!(
        (err.kind(), err.field()),
        (ErrorKind::BadArgument, Some(Field::RecordId))
    );
    let err = lift::<GestationalAge>("38+9");
    assert_eq!(err.field(), Some(Field::GestationalAge));
    let err = lift::<chrono::NaiveDateTime>("2025-10-03 14:25");
    assert_eq!(err.field(), Some(Field::DeliveredAt));
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
    assert_eq!(hb.home(Lang::En).unwrap_err().kind(), ErrorKind::Closed);

    let again = Handbook::open_with(path, pinned()).unwrap();
    assert_eq!(again.children().unwrap()[0].id(), child.meta.id);
}

#[test]
fn delivery_creates_the_children() {
    let hb = memory();
    let p = hb
        .add_pregnancy(Pregnancy {
            lmp: Some(d("2025-01-01")),
            ultrasound_due_date: None,
            fetuses: 2,
            pre_pregnancy_weight_kg: None,
            notes: None,
            ended: None,
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
                blood_loss_ml: Some(620),
                ..Delivery::new(
                    p.meta.id,
                    hagukumi_core::foreign::parse_date_time("2025-09-20T09:30").unwrap(),
                    GestationalAge::from_weeks_days(37, 2),
                    DeliveryMethod::Caesarean,
                )
            },
            vec![baby("Sora"), baby("Riku")],
        )
        .unwrap();
    assert_eq!(done.children.len(), 2);
    assert_eq!(done.children[1].data.birth_order, 2);
    assert_eq!(
        done.delivery.data.delivered_at.to_string(),
        "2025-09-20 09:30:00"
    );
    assert_eq!(
        hb.delivery_of(p.meta.id).unwrap().unwrap().id(),
        done.delivery.meta.id
    );
    assert_eq!(done.delivery.data.blood_loss_ml, Some(620));
}

#[test]
fn growth_chart_and_warnings() {
    let hb = memory();
    let child = hb.add_child(hana()).unwrap();
    hb.add_growth(weighing(child.meta.id, "2025-11-03", 4.2))
        .unwrap();
    let saved = hb
        .add_growth(weighing(child.meta.id, "2025-12-03", 12.5))
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
            child.meta.id,
            Indicator::WeightForAge,
            Standard::Who,
            Lang::Ja,
        )
        .unwrap();
    assert_eq!(chart.title, "体重");
    assert_eq!(chart.points.len(), 3, "birth and two weighings");
    assert_eq!(chart.curves.len(), 7);
    // The handbook's own curves (the 2023 survey), with the survey's credit to print
    // under the chart, and where the last weighing stands on them.
    let japan = hb
        .growth_chart(
            child.meta.id,
            Indicator::WeightForAge,
            Standard::Japan2023,
            Lang::Ja,
        )
        .unwrap();
    assert_eq!(japan.bands, crate::growth::Bands::Percentiles);
    assert!(
        japan.attribution.contains("乳幼児身体発育調査"),
        "{}",
        japan.attribution
    );
    let standings = hb
        .growth_standings(weighing(child.meta.id, "2025-11-03", 4.2), Lang::Ja)
        .unwrap();
    let japan_band = standings[0].japan.as_ref().and_then(|j| j.band);
    assert!(japan_band.is_some(), "{standings:?}");
    assert!(!standings[0].text.is_empty());
    // The survey publishes no BMI curve.
    let err = hb
        .growth_chart(
            child.meta.id,
            Indicator::BmiForAge,
            Standard::Japan2023,
            Lang::En,
        )
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::GrowthUnavailable);
}

#[test]
fn a_failing_batch_writes_nothing() {
    let hb = memory();
    let child = hb.add_child(hana()).unwrap();
    let ok = NewRecord::Growth {
        data: weighing(child.meta.id, "2025-11-03", 4.2),
    };
    let bad = NewRecord::Growth {
        data: weighing(child.meta.id, "2025-10-05", 40.0),
    };
    assert!(hb.add_batch(vec![ok.clone(), bad]).is_err());
    assert!(hb.growth(child.meta.id).unwrap().is_empty());
    assert_eq!(hb.add_batch(vec![ok.clone(), ok]).unwrap().len(), 2);
}

#[test]
fn the_vaccination_plan_and_reminders_cross_the_ffi() {
    use crate::schedule::{DoseStatus, ReminderKind};
    use hagukumi_core::schedule::VaccineCode as Vaccine;

    let hb = memory();
    // Born 2025-10-03; today is pinned to 2026-01-15 (3 months old).
    let id = hb.add_child(hana()).unwrap().id();
    hb.add_vaccination(Vaccination {
        subject: Subject::Child(id),
        vaccine: Vaccine::HepB,
        dose: 1,
        date: d("2025-12-03"),
        brand: None,
        lot: None,
        clinic: None,
        notes: None,
    })
    .unwrap();
    let plan = hb.vaccination_plan(id).unwrap();
    // Today is pinned to 2026-01-15: the version in force then.
    assert_eq!(plan.schedule_version, "jp-2024-04-01");
    let hepb = plan
        .vaccines
        .iter()
        .find(|v| v.code == Vaccine::HepB)
        .unwrap();
    assert_eq!(
        crate::schedule::vaccine_name(hepb.code, Lang::En),
        "Hepatitis B"
    );
    assert_eq!(hepb.doses[0].status, DoseStatus::Done);
    assert_eq!(hepb.doses[0].given, Some(d("2025-12-03")));
    assert_eq!(
        crate::schedule::dose_status_label(DoseStatus::Overdue, Lang::Ja),
        "期間超過"
    );

    // At 3 months and 12 days the 5-in-1's standard period is open: due, with its
    // message; the items come in the core's order, current ones first.
    let reminders = hb.reminders(30).unwrap();
    let five_in_one = reminders
        .iter()
        .find(|r| r.reminder.vaccine == Some(Vaccine::DptIpvHib))
        .expect("the 5-in-1 is due at 3 months");
    assert_eq!(five_in_one.reminder.kind, ReminderKind::Due);
    assert_eq!(five_in_one.subject, Subject::Child(id));
    assert!(five_in_one.id.starts_with(&id.to_string()));
    assert!(five_in_one.notification_id > 0);
    assert!(
        five_in_one.reminder.message(Lang::Ja).contains("5種混合"),
        "{}",
        five_in_one.reminder.message(Lang::Ja)
    );
    let visits = hb.vaccination_visits(id).unwrap();
    assert!(!visits.visits.is_empty());
    assert!(visits.visits.windows(2).all(|w| w[0].date < w[1].date));
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
        PhotoImport::Refused { error } => {
            assert_eq!(error.kind(), ErrorKind::PhotoHeic);
            assert!(!error.message(Lang::Ja).is_empty());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(hb.photos().unwrap().len(), 1);
    assert_eq!(hb.photo(photo.id.clone()).unwrap(), *photo);
    assert!(hb.check_photos(false).unwrap().missing.is_empty());
}

mod feed {
    use std::io::{BufRead, BufReader, Write};
    use std::net::TcpListener;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;
    use crate::feed::{FeedEntryKind, SyncResult, sample_city_config};

    const SIGNED: &[u8] = hagukumi_core::feed::sample::SIGNED_FEED;

    fn may_2026() -> OpenOptions {
        OpenOptions {
            today: Some(d("2026-05-20")),
        }
    }

    /// A one-file HTTP server on 127.0.0.1 with the content-hash ETag (the only kind the
    /// core sends back); counts the full (200) answers.
    fn serve(body: &'static [u8]) -> (String, Arc<AtomicUsize>) {
        let etag = hagukumi_core::feed::sync::content_etag(
            &hagukumi_core::feed::signature::unverified_payload(body).unwrap(),
        );
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/feed.signed.json", listener.local_addr().unwrap());
        let full = Arc::new(AtomicUsize::new(0));
        let count = full.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut not_modified = false;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
                        break;
                    }
                    let lower = line.to_ascii_lowercase();
                    if lower.starts_with("if-none-match:") && lower.contains(&etag) {
                        not_modified = true;
                    }
                }
                let head = if not_modified {
                    format!(
                        "HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nConnection: close\r\n\r\n"
                    )
                } else {
                    count.fetch_add(1, Ordering::SeqCst);
                    format!(
                        "HTTP/1.1 200 OK\r\nETag: {etag}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        body.len()
                    )
                };
                let _ = stream.write_all(head.as_bytes());
                if !not_modified {
                    let _ = stream.write_all(body);
                }
            }
        });
        (url, full)
    }

    fn city_at(url: &str) -> String {
        sample_city_config()
            .lines()
            .map(|l| {
                if l.starts_with("feed_url") {
                    format!("feed_url = {url:?}")
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn pregnant_at_10_weeks(hb: &Handbook) {
        hb.add_pregnancy(Pregnancy {
            lmp: Some(d("2026-03-11")),
            ultrasound_due_date: None,
            fetuses: 1,
            pre_pregnancy_weight_kg: None,
            notes: None,
            ended: None,
        })
        .unwrap();
    }

    fn baby_of_4_months(hb: &Handbook) {
        let mut child = hana();
        child.name = "ひなた".into();
        child.birth_date = d("2026-01-15");
        hb.add_child(child).unwrap();
    }

    /// Counts what an observer is told.
    #[derive(Default)]
    struct Seen(std::sync::Mutex<Vec<crate::handbook::Change>>);

    impl crate::handbook::HandbookObserver for Seen {
        fn on_change(&self, change: crate::handbook::Change) {
            self.0.lock().unwrap().push(change);
        }
    }

    #[test]
    fn the_default_city_and_the_background_sync_are_decided_by_the_core() {
        let (url, _) = serve(SIGNED);
        let dir = tempfile::tempdir().unwrap();
        let hb = Handbook::open_with(
            dir.path().join("handbook.sqlite").to_string_lossy().into(),
            may_2026(),
        )
        .unwrap();
        // No city chosen: the default is the bundled sample city, chosen once.
        assert!(hb.current_city().unwrap().is_none());
        let city = hb.ensure_city().unwrap();
        assert_eq!(city.code, "999990");
        assert_eq!(hb.ensure_city().unwrap(), city);

        // A family that chose a city keeps it; the sync tells what to notify.
        hb.move_to_city(city_at(&url)).unwrap();
        pregnant_at_10_weeks(&hb);
        let seen = Arc::new(Seen::default());
        let handle = hb.observe(seen.clone());
        let news = hb.background_sync(Lang::Ja).unwrap();
        assert!(!news.items.is_empty());
        assert!(news.items.iter().all(|i| !i.read));
        assert!(news.items.iter().any(|i| i.id == "pregnancy-handbook"));
        assert!(
            !news.items.iter().any(|i| i.id == "checkup-4m"),
            "not for this family"
        );
        assert_eq!(news.lines.len(), news.items.len());
        assert_eq!(
            news.title,
            format!("市から{}件のお知らせ", news.items.len())
        );
        assert_eq!(
            seen.0.lock().unwrap().as_slice(),
            [crate::handbook::Change::Feed]
        );

        // Nothing new on the server: nothing to notify.
        let again = hb.background_sync(Lang::En).unwrap();
        assert!(
            again.items.is_empty() && again.title.is_empty(),
            "{again:?}"
        );
        drop(handle);
        hb.add_child(hana()).unwrap();
        assert_eq!(
            seen.0.lock().unwrap().len(),
            2,
            "no calls after the handle is dropped"
        );
    }

    #[test]
    fn a_sync_over_loopback_targets_each_family_and_a_second_sync_is_not_modified() {
        let (url, full) = serve(SIGNED);
        let dir = tempfile::tempdir().unwrap();
        let hb = Handbook::open_with(
            dir.path().join("handbook.sqlite").to_string_lossy().into(),
            may_2026(),
        )
        .unwrap();
        pregnant_at_10_weeks(&hb);
        assert!(hb.feed_source().unwrap().is_none());

        let SyncResult::Applied { report } = hb.sync_feed(city_at(&url)).unwrap() else {
            panic!("the first sync applies");
        };
        assert!(
            report.added > 10 && report.new_or_changed.len() > 5,
            "{report:?}"
        );
        let source = hb.feed_source().unwrap().unwrap();
        assert_eq!(
            (source.city_code.as_str(), source.etag.as_deref()),
            (
                "999990",
                Some("\"ac1d51b69782ec1487735b2a1b8a86dfb81da697ed9b5d4fd21aef32a4b7ed73\"")
            )
        );

        let list = hb.for_you(Lang::Ja).unwrap();
        let handbook = list.iter().find(|i| i.id == "pregnancy-handbook").unwrap();
        assert_eq!(handbook.reasons[0].text, "妊娠10週の方へ");
        assert!(list.iter().all(|i| !i.reasons.is_empty()));
        assert!(!list.iter().any(|i| i.id == "checkup-4m"));

        assert!(
            hb.mark_feed_read(FeedEntryKind::Notice, "pregnancy-handbook".into(), true)
                .unwrap()
        );
        assert!(
            hb.set_feed_bookmark(FeedEntryKind::Notice, "pregnancy-handbook".into(), true)
                .unwrap()
        );
        assert!(
            !hb.mark_feed_read(FeedEntryKind::Notice, "no-such-notice".into(), true)
                .unwrap()
        );

        // Unchanged on the server: one 304, and the marks are still there.
        assert_eq!(
            hb.sync_feed(city_at(&url)).unwrap(),
            SyncResult::NotModified { expired_removed: 0 }
        );
        assert_eq!(full.load(Ordering::SeqCst), 1);
        let item = hb
            .for_you(Lang::En)
            .unwrap()
            .into_iter()
            .find(|i| i.id == "pregnancy-handbook")
            .unwrap();
        assert!(item.read && item.bookmarked, "{item:?}");
        assert_eq!(item.reasons[0].text, "For week 10 of pregnancy");

        // The same feed, another family: a 4-month-old.
        let baby = Handbook::in_memory(may_2026()).unwrap();
        baby_of_4_months(&baby);
        let SyncResult::Applied { .. } = baby.sync_feed(city_at(&url)).unwrap() else {
            panic!("a new handbook downloads in full");
        };
        let ids: Vec<String> = baby
            .for_you(Lang::Ja)
            .unwrap()
            .into_iter()
            .map(|i| i.id)
            .collect();
        assert!(ids.iter().any(|i| i == "checkup-4m"), "{ids:?}");
        assert!(!ids.iter().any(|i| i == "pregnancy-handbook"), "{ids:?}");
    }

    #[test]
    fn a_feed_signed_by_another_key_is_a_typed_error_and_keeps_the_applied_feed() {
        let hb = Handbook::in_memory(may_2026()).unwrap();
        baby_of_4_months(&hb);
        hb.apply_signed_feed(SIGNED.to_vec(), sample_city_config())
            .unwrap();
        let before = hb.for_you(Lang::Ja).unwrap();
        assert!(!before.is_empty());

        let other_key = sample_city_config().replace(
            "Y5jsdzwLtElGvFhyIeLAtw4bwV73bHoGtntfxfmaIdw=",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        );
        let err = hb
            .apply_signed_feed(SIGNED.to_vec(), other_key)
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::FeedUnknownKey);
        let crate::error::HandbookError::Failed { transient, .. } = &err;
        assert!(!transient);
        assert!(err.message(Lang::Ja).contains("署名"), "{err:?}");
        assert_eq!(hb.for_you(Lang::Ja).unwrap(), before);
    }

    #[test]
    fn an_unreachable_server_is_a_transient_feed_error() {
        // Bind then drop: nothing listens on the port any more.
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let hb = Handbook::in_memory(may_2026()).unwrap();
        let err = hb
            .sync_feed(city_at(&format!(
                "http://127.0.0.1:{port}/feed.signed.json"
            )))
            .unwrap_err();
        assert!(
            matches!(
                &err,
                crate::error::HandbookError::Failed {
                    kind: ErrorKind::FeedConnect,
                    transient: true,
                    ..
                }
            ),
            "{err:?}"
        );
        let err = hb.sync_feed("not toml = [".into()).unwrap_err();
        assert!(
            matches!(
                &err,
                crate::error::HandbookError::Failed {
                    kind: ErrorKind::FeedBadConfig,
                    transient: false,
                    ..
                }
            ),
            "{err:?}"
        );
    }
}

#[test]
fn the_exports_cross_the_ffi() {
    use hagukumi_core::schedule::VaccineCode as Vaccine;

    let hb = memory();
    let id = hb.add_child(hana()).unwrap().id();
    hb.add_growth(weighing(id, "2025-12-03", 5.0)).unwrap();
    hb.add_vaccination(Vaccination {
        subject: Subject::Child(id),
        vaccine: Vaccine::HepB,
        dose: 1,
        date: d("2025-12-03"),
        brand: None,
        lot: Some("Y7".into()),
        clinic: None,
        notes: None,
    })
    .unwrap();
    // The JSON itself is checked in the core; here, that it crosses whole.
    let fhir = hb.export_fhir(id).unwrap();
    assert!(fhir.contains(r#""resourceType": "Bundle""#), "{fhir}");
    assert!(
        fhir.contains(&format!(r#""fullUrl": "urn:uuid:{id}""#)),
        "{fhir}"
    );
    assert!(fhir.contains(r#""lotNumber": "Y7""#), "{fhir}");
    let html = hb.export_summary_html(id, Lang::En).unwrap();
    assert!(html.contains("Hana") && html.contains("Hepatitis B"));

    let gone = uuid::Uuid::now_v7();
    let err = hb.export_summary_html(gone, Lang::Ja).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound, "{err:?}");
}

#[test]
fn shares_and_backups_cross_as_the_cores_own_types() {
    use crate::share::{
        BundleSecret, ShareRole, ShareScope, create_rescue_backup, family_views,
        import_share_to_views, inspect_backup,
    };
    use hagukumi_core::share::RestoreMode;

    let dir = tempfile::tempdir().unwrap();
    let at = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    let hb = Handbook::open_with(at("handbook.sqlite"), pinned()).unwrap();
    let child = hb.add_child(hana()).unwrap().meta.id;
    hb.add_growth(weighing(child, "2025-12-01", 4.9)).unwrap();

    // The typed scope goes in and comes back as it went in.
    let scope = ShareScope::Child { id: child };
    let share = hb
        .create_share("おばあちゃん".into(), ShareRole::Viewer, scope)
        .unwrap();
    assert_eq!(share.scope, scope);
    assert_eq!(hb.shares().unwrap()[0].scope, scope);

    let export = hb
        .export_share(share.id, false, at("share.hagukumi"))
        .unwrap();
    assert!(export.records >= 2, "{export:?}");

    // A viewer import says where its view is, and the views list names the same file.
    let views = at("views");
    let import = import_share_to_views(views.clone(), at("share.hagukumi"), share.key).unwrap();
    let view_path = import.view_path.clone().expect("the view's file");
    assert!(import.applied >= 2 && import.unchanged == 0, "{import:?}");
    let listed = family_views(views).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (&listed[0].path, &listed[0].children),
        (&view_path, &vec!["Hana".to_string()])
    );

    // Backups report the core's own figures; a merge tells what it applied.
    let secret = || BundleSecret::Passphrase {
        passphrase: "はなの手帳 2026".into(),
    };
    let backup = hb.create_backup(at("b.hagukumi"), secret(), None).unwrap();
    assert!(
        backup.payload_bytes > 0 && backup.records >= 2,
        "{backup:?}"
    );
    let info = inspect_backup(at("b.hagukumi"), secret()).unwrap();
    assert_eq!(
        (info.records, info.payload_bytes),
        (backup.records, backup.payload_bytes)
    );
    let restored = hb
        .restore_backup(at("b.hagukumi"), secret(), Some(RestoreMode::Merge), None)
        .unwrap();
    let merged = restored.merged.expect("a merge reports what it merged");
    assert_eq!(merged.applied, 0, "{merged:?}");
    assert!(merged.unchanged >= 2, "{merged:?}");

    hb.close_file().unwrap();
    let rescue =
        create_rescue_backup(at("handbook.sqlite"), at("r.hagukumi"), secret(), None).unwrap();
    assert_eq!(rescue.backup.records, backup.records);
    assert_eq!(rescue.photos_lost, 0);
}

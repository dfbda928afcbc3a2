//! The forms behind the apps' pages: the whole handbook's form list (what the page
//! navigation reads), a checkup page's check as the parent types (every keystroke
//! may ask), and a save. Goal: the list under 5 ms and a check under 1 ms on a
//! phone-class core, so a form screen never waits on the core.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use hagukumi_core::Lang;
use hagukumi_core::clock::FixedClock;
use hagukumi_core::forms::{self, FormInput};
use hagukumi_core::model::{Answer, Child, FieldValue, Sex, Subject};
use hagukumi_core::store::Handbook;

fn d(s: &str) -> NaiveDate {
    s.parse().expect("bench date")
}

fn bench(c: &mut Criterion) {
    c.bench_function("forms: every page of the handbook (ja)", |b| {
        b.iter(|| black_box(forms::forms(Lang::Ja)))
    });

    let dir = tempfile::tempdir().expect("temp dir");
    let mut hb = Handbook::open(dir.path().join("h.sqlite3"))
        .expect("handbook")
        .with_clock(FixedClock::on(d("2026-06-01")));
    let child = hb
        .add_child(Child {
            name: "ひなた".into(),
            name_kana: None,
            sex: Sex::Female,
            birth_date: d("2026-02-01"),
            birth_order: 1,
            ga_at_birth: None,
            delivery_id: None,
            birth: Default::default(),
        })
        .expect("child")
        .id();
    let input = |force| FormInput {
        form: "checkup_3_4m".into(),
        subject: Some(Subject::Child(child)),
        record: None,
        values: vec![
            Answer::new(
                "date",
                FieldValue::Date {
                    date: d("2026-05-20"),
                },
            ),
            Answer::new(
                "neck_steady",
                FieldValue::When {
                    date: d("2026-05-02"),
                },
            ),
            Answer::new("smiles_when_played_with", FieldValue::Yes),
            Answer::new("weight", FieldValue::Integer { value: 6400 }),
            Answer::new("height", FieldValue::Number { value: 61.5 }),
        ],
        force,
    };
    c.bench_function("forms: check a 3-4 month checkup page", |b| {
        b.iter(|| black_box(hb.form_check(&input(false), Lang::Ja).expect("check")))
    });
    c.bench_function("forms: save a 3-4 month checkup page", |b| {
        b.iter(|| black_box(hb.form_submit(input(true), Lang::Ja).expect("save")))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

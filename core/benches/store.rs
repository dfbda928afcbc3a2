//! Store benchmarks (issue 2's targets):
//! - a timeline page of 50 in a handbook of 100,000 records (goal: p99 < 2 ms),
//! - opening a handbook, with and without migrating a new file (goal: < 20 ms),
//! - 100,000 inserts in one transaction (goal: < 1 s).
//!
//! Criterion gives means with confidence intervals; the p50/p99 of the timeline page
//! are measured separately over 2,000 pages from random positions and printed at the
//! end, because a screen's worst case is what a parent feels.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::{BatchSize, Criterion, criterion_group};
use hagukumi_core::clock::FixedClock;
use hagukumi_core::model::*;
use hagukumi_core::schedule::VaccineCode;
use hagukumi_core::{Handbook, Lang};
use uuid::Uuid;

fn d(s: &str) -> NaiveDate {
    s.parse().expect("bench date")
}

fn today() -> FixedClock {
    FixedClock::on(d("2026-11-25"))
}

fn child() -> Child {
    Child {
        name: "はな".into(),
        name_kana: None,
        sex: Sex::Female,
        birth_date: d("2020-01-01"),
        birth_order: 1,
        ga_at_birth: None,
        delivery_id: None,
        birth: BirthMeasurements::default(),
    }
}

/// Add `n` records about one child, mixed as a real handbook is (mostly measurements
/// and diary, some shots, checkups and dental visits), spread over ~6 years.
fn fill(hb: &mut Handbook, child_id: Uuid, n: usize) {
    hb.batch(|b| {
        for i in 0..n {
            let on = d("2020-01-02") + chrono::Duration::days((i % 2500) as i64);
            match i % 10 {
                0..=4 => {
                    b.add_growth(GrowthMeasurement {
                        child_id,
                        measured_on: on,
                        weight_kg: Some(3.0 + (i % 2500) as f64 * 0.006),
                        length_cm: Some(50.0 + (i % 2500) as f64 * 0.025),
                        position: Some(LengthPosition::Recumbent),
                        head_cm: None,
                        notes: None,
                    })?;
                }
                5..=7 => {
                    b.add_diary(DiaryEntry {
                        subjects: vec![Subject::Child(child_id)],
                        written_on: on,
                        text: format!("今日のできごと {i}"),
                        mood: Some(Mood::Happy),
                        photos: vec![],
                    })?;
                }
                8 => {
                    b.add_vaccination(Vaccination {
                        subject: Subject::Child(child_id),
                        vaccine: VaccineCode::Influenza,
                        dose: 1,
                        date: on,
                        brand: None,
                        lot: Some("L1".into()),
                        clinic: None,
                        notes: None,
                    })?;
                }
                _ => {
                    b.add_dental(DentalRecord {
                        subject: Subject::Child(child_id),
                        date: on,
                        teeth_present: Some(20),
                        caries: Some(0),
                        fluoride_applied: true,
                        findings: None,
                        clinic: None,
                    })?;
                }
            }
        }
        Ok(())
    })
    .expect("fill the bench handbook");
}

fn bench_timeline(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut hb = Handbook::open(dir.path().join("bench.hagukumi"))
        .expect("open")
        .with_clock(today());
    let child_id = hb.add_child(child()).expect("child").id();
    fill(&mut hb, child_id, 100_000);
    let subject = Subject::Child(child_id);

    // Cursors spread over the whole history, to page from deep positions too.
    let mut cursors = vec![None];
    let mut cursor = None;
    loop {
        let page = hb
            .timeline(subject, cursor.as_deref(), 200, Lang::Ja)
            .expect("page");
        match page.next_cursor {
            Some(c) => {
                cursors.push(Some(c.clone()));
                cursor = Some(c);
            }
            None => break,
        }
    }

    let mut group = c.benchmark_group("timeline");
    group.bench_function("first page of 50, 100k records", |b| {
        b.iter(|| hb.timeline(subject, None, 50, Lang::Ja).expect("page"))
    });
    let deep = cursors[cursors.len() / 2].clone();
    group.bench_function("deep page of 50, 100k records", |b| {
        b.iter(|| {
            hb.timeline(subject, deep.as_deref(), 50, Lang::Ja)
                .expect("page")
        })
    });
    group.bench_function("home summary, 100k records", |b| {
        b.iter(|| hb.home(Lang::Ja).expect("home"))
    });
    group.finish();

    // Percentiles over pages from every part of the history.
    let mut samples = Vec::with_capacity(2000);
    for i in 0..2000 {
        let cursor = &cursors[(i * 7919) % cursors.len()];
        let start = Instant::now();
        let page = hb
            .timeline(subject, cursor.as_deref(), 50, Lang::Ja)
            .expect("page");
        samples.push(start.elapsed());
        assert!(!page.items.is_empty());
    }
    samples.sort();
    let pct = |p: f64| samples[((samples.len() as f64 * p) as usize).min(samples.len() - 1)];
    println!(
        "timeline page of 50 at 100,000 records over {} pages: p50 {:?}, p99 {:?}, max {:?} (goal p99 < 2 ms)",
        samples.len(),
        pct(0.50),
        pct(0.99),
        samples[samples.len() - 1]
    );
}

fn bench_open(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut group = c.benchmark_group("open");
    let mut n = 0u32;
    group.bench_function("create + migrate a new file", |b| {
        b.iter_batched(
            || {
                n += 1;
                dir.path().join(format!("new-{n}.hagukumi"))
            },
            |path| Handbook::open(&path).expect("open"),
            BatchSize::PerIteration,
        )
    });
    let existing = dir.path().join("existing.hagukumi");
    {
        let mut hb = Handbook::open(&existing).expect("open").with_clock(today());
        let id = hb.add_child(child()).expect("child").id();
        fill(&mut hb, id, 10_000);
        hb.close().expect("close");
    }
    group.bench_function("open an existing file (10k records)", |b| {
        b.iter(|| Handbook::open(&existing).expect("open"))
    });
    group.finish();
}

fn bench_insert(c: &mut Criterion) {
    let mut group = c.benchmark_group("insert");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("100,000 records in one transaction (file)", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("tempdir");
                let mut hb = Handbook::open(dir.path().join("ins.hagukumi"))
                    .expect("open")
                    .with_clock(today());
                let id = hb.add_child(child()).expect("child").id();
                (dir, hb, id)
            },
            |(dir, mut hb, id)| {
                fill(&mut hb, id, 100_000);
                (dir, hb)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, bench_open, bench_timeline, bench_insert);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}

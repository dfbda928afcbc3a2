//! One child's full plan: the work behind every screen that shows "next shot".
//! Goal: under 50 µs on a phone-class core.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use hagukumi_core::model::Sex;
use hagukumi_core::schedule::{ChildFacts, GivenDose, plan, reminders};

fn d(s: &str) -> NaiveDate {
    s.parse().expect("bench date")
}

fn bench(c: &mut Criterion) {
    // A 14-month-old with a typical history: 14 doses across 7 vaccines.
    let doses: Vec<GivenDose> = [
        "hepb:1:2026-06-01",
        "hepb:2:2026-07-01",
        "hepb:3:2026-11-20",
        "rotavirus:1:2026-06-01:rotateq",
        "rotavirus:2:2026-07-01:rotateq",
        "rotavirus:3:2026-08-01:rotateq",
        "dpt_ipv_hib:1:2026-06-01",
        "dpt_ipv_hib:2:2026-07-01",
        "dpt_ipv_hib:3:2026-08-01",
        "pcv:1:2026-06-01",
        "pcv:2:2026-07-01",
        "pcv:3:2026-08-01",
        "bcg:1:2026-09-15",
        "mr:1:2027-04-05",
    ]
    .iter()
    .map(|t| t.parse().expect("bench dose"))
    .collect();
    let child = ChildFacts {
        birth: d("2026-04-01"),
        sex: Some(Sex::Female),
        doses: &doses,
        checkups_done: &[],
    };
    let today = d("2027-06-01");
    // Parse the bundled schedule outside the measurement.
    plan(&child, today).expect("plan");
    c.bench_function("plan_one_child", |b| {
        b.iter(|| plan(black_box(&child), black_box(today)))
    });
    c.bench_function("reminders_30_days", |b| {
        b.iter(|| reminders(black_box(&child), black_box(today), 30))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

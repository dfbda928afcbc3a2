//! One child's full plan: the work behind every screen that shows "next shot".
//! Goal: under 50 µs on a phone-class core. And the reminders of a family with three
//! children (a newborn, a toddler, a school child): the work behind the home screen
//! and every rescheduling of the phone's notifications; goal under 50 µs (issue #19).

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use hagukumi_core::model::Sex;
use hagukumi_core::schedule::{ChildFacts, GivenDose, Timing, plan, reminders, visits};

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
        timing: Timing::Standard,
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
    c.bench_function("visits_one_child", |b| {
        b.iter(|| visits(black_box(&child), black_box(today)))
    });

    // The family: a 2-month-old with nothing given yet, the toddler above, and a
    // 7-year-old with the usual history to the MR 2期.
    let newborn = ChildFacts {
        birth: d("2027-04-01"),
        sex: Some(Sex::Male),
        doses: &[],
        checkups_done: &[],
        timing: Timing::Standard,
    };
    let older: Vec<GivenDose> = [
        "hepb:1:2020-06-01",
        "hepb:2:2020-07-01",
        "hepb:3:2020-11-20",
        "rotavirus:1:2020-06-01:rotarix",
        "rotavirus:2:2020-07-01:rotarix",
        "dpt_ipv:1:2020-06-01",
        "dpt_ipv:2:2020-07-01",
        "dpt_ipv:3:2020-08-01",
        "dpt_ipv:4:2021-08-01",
        "hib:1:2020-06-01",
        "hib:2:2020-07-01",
        "hib:3:2020-08-01",
        "hib:4:2021-04-05",
        "pcv:1:2020-06-01",
        "pcv:2:2020-07-01",
        "pcv:3:2020-08-01",
        "pcv:4:2021-04-05",
        "bcg:1:2020-09-15",
        "mr:1:2021-04-05",
        "varicella:1:2021-04-05",
        "varicella:2:2021-10-05",
        "je:1:2023-04-05",
        "je:2:2023-04-20",
        "je:3:2024-04-20",
        "mr:2:2026-05-01",
    ]
    .iter()
    .map(|t| t.parse().expect("bench dose"))
    .collect();
    let schoolchild = ChildFacts {
        birth: d("2020-04-01"),
        sex: Some(Sex::Female),
        doses: &older,
        checkups_done: &[],
        timing: Timing::Standard,
    };
    let family = [newborn, child, schoolchild];
    for c in &family {
        reminders(c, today, 30).expect("reminders");
    }
    c.bench_function("reminders_family_of_three", |b| {
        b.iter(|| {
            family
                .iter()
                .map(|c| reminders(black_box(c), black_box(today), 30).map(|r| r.len()))
                .sum::<Result<usize, _>>()
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

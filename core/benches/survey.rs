//! `growth survey`: a city's checkup CSV scored like WHO Anthro. Throughput on WHO's
//! own example survey (498 children, repeated to 20,000 rows), streamed from memory to
//! a sink; the 1,000,000-row figure with peak memory is measured on the release CLI
//! with `/usr/bin/time -v` (see `core/data/growth/who-anthro-test/README.md`).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hagukumi_core::growth::survey;

const WHO_SURVEY: &str = include_str!("../data/growth/who-anthro-test/survey_z_st.csv");

/// WHO's rows as survey input (birth 2000-01-01, date = birth + WHO's age in days).
fn input(rows: usize) -> String {
    let mut lines = WHO_SURVEY.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap_or(0);
    let (id, sex, days, w, h, m, hc) = (
        col("id"),
        col("GENDER"),
        col("_agedays"),
        col("WEIGHT"),
        col("HEIGHT"),
        col("measure"),
        col("HEAD"),
    );
    let birth = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    let rows_in: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    let mut out = String::from("id,sex,birth_date,date,weight_kg,length_cm,measure,head_cm\n");
    for i in 0..rows {
        let r = &rows_in[i % rows_in.len()];
        let d = birth + chrono::Duration::days(r[days].parse().unwrap_or(0));
        out.push_str(&format!(
            "{}-{i},{},{birth},{d},{},{},{},{}\n",
            r[id], r[sex], r[w], r[h], r[m], r[hc]
        ));
    }
    out
}

fn bench(c: &mut Criterion) {
    let text = input(20_000);
    let mut g = c.benchmark_group("survey");
    g.throughput(Throughput::Elements(20_000));
    g.sample_size(10);
    g.bench_function("20,000 rows to a sink", |b| {
        b.iter(|| {
            survey(
                hagukumi_core::Lang::Ja,
                black_box(text.as_bytes()),
                std::io::sink(),
                &mut |_| {},
            )
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

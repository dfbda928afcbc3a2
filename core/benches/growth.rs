//! How long the growth calls the shells make on every screen take: scoring one
//! measurement, and building one chart's data (a year of monthly measurements).

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use hagukumi_core::growth::{
    ChildGrowthFacts, Indicator, Lang, Measurement, Standard, assess, chart, render_svg,
};
use hagukumi_core::model::{LengthPosition, Sex};

fn child() -> ChildGrowthFacts {
    ChildGrowthFacts {
        sex: Sex::Female,
        birth: NaiveDate::from_ymd_opt(2025, 4, 10).expect("valid date"),
        ga_at_birth: None,
    }
}

fn year_of_visits(c: &ChildGrowthFacts) -> Vec<Measurement> {
    (0..13u32)
        .map(|k| {
            let mut m = Measurement::on(c.birth + chrono::Months::new(k));
            m.weight_kg = Some(3.0 + 0.6 * f64::from(k));
            m.length_cm = Some(49.5 + 2.2 * f64::from(k));
            m.position = Some(LengthPosition::Recumbent);
            m.head_cm = Some(33.5 + 0.9 * f64::from(k));
            m
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let kid = child();
    let visits = year_of_visits(&kid);
    // Warm the lazily parsed tables so the first iteration is not the parse.
    let _ = assess(&kid, &visits[6], Standard::Who);

    c.bench_function("assess one measurement (5 indicators)", |b| {
        b.iter(|| assess(black_box(&kid), black_box(&visits[6]), Standard::Who))
    });
    c.bench_function("chart data, weight-for-age, 13 points", |b| {
        b.iter(|| {
            chart(
                black_box(&kid),
                black_box(&visits),
                Indicator::WeightForAge,
                Standard::Who,
            )
        })
    });
    let _ = assess(&kid, &visits[6], Standard::Japan2023);
    c.bench_function("assess one measurement, Japan 2023 bands", |b| {
        b.iter(|| assess(black_box(&kid), black_box(&visits[6]), Standard::Japan2023))
    });
    c.bench_function("chart data, weight-for-age, Japan 2023, 13 points", |b| {
        b.iter(|| {
            chart(
                black_box(&kid),
                black_box(&visits),
                Indicator::WeightForAge,
                Standard::Japan2023,
            )
        })
    });
    let data = chart(&kid, &visits, Indicator::WeightForAge, Standard::Who)
        .expect("chart of bundled data");
    c.bench_function("render_svg, weight-for-age", |b| {
        b.iter(|| render_svg(black_box(&data), Lang::Ja))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

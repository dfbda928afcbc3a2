//! What the catalogs cost: a message with placeholders and an English plural, the
//! first format (the catalogs parsed), and a sentence in every language (what an error
//! or a reminder carries to the apps).

use criterion::Criterion;
use hagukumi_core::Lang;
use hagukumi_core::text::{every_lang, format};
use std::hint::black_box;

fn main() {
    let mut c = Criterion::default().configure_from_args();
    c.bench_function(
        "text: a message with two placeholders and plurals (en)",
        |b| {
            b.iter(|| {
                hagukumi_core::t!(
                    black_box(Lang::En),
                    "app-import-done",
                    records = black_box(3u32),
                    photos = black_box(1u32)
                )
            })
        },
    );
    c.bench_function("text: the same in Japanese", |b| {
        b.iter(|| {
            hagukumi_core::t!(
                black_box(Lang::Ja),
                "app-import-done",
                records = 3u32,
                photos = 1u32
            )
        })
    });
    c.bench_function("text: a sentence in every catalog language", |b| {
        b.iter(|| {
            every_lang(|lang| format(lang, black_box("app-city-set"), &[("to", "阿波市".into())]))
        })
    });
    c.final_summary();
}

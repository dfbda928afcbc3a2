//! City feed benchmarks (issue 5's targets):
//! - parse + verify + apply a 5,000-item signed feed into a handbook file (goal < 100 ms),
//! - an unchanged-feed sync against a local server: one conditional GET answered 304,
//!   plus the bookkeeping write (goal < 5 ms).
//!
//! The handbook is a real file (WAL, synchronous = FULL) in a temporary folder, as on
//! a phone; the server is `feed::serve` on 127.0.0.1.

use std::time::Duration;

use chrono::DateTime;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use hagukumi_core::Handbook;
use hagukumi_core::clock::FixedClock;
use hagukumi_core::feed::format::{Audience, Category, City, Feed, Notice, NoticeExtension, Span};
use hagukumi_core::feed::{
    CityConfig, FeedClient, SecretKey, SyncOptions, open_signed, signature, sync_feed,
};
use hagukumi_core::store::SourceMeta;

fn key() -> SecretKey {
    SecretKey::from_seed([5; 32])
}

/// 5,000 notices of realistic size, a fifth of them targeted at a life stage.
fn big_feed(generated: &str, n: usize) -> Vec<u8> {
    big_feed_titled(generated, n, "お知らせ")
}

fn big_feed_titled(generated: &str, n: usize, title: &str) -> Vec<u8> {
    let city = City {
        code: "999990".into(),
        name: "こもれび市".into(),
        name_en: None,
        desk: None,
    };
    let mut f = Feed::new(
        city,
        "こもれび市 子育て情報".into(),
        DateTime::parse_from_rfc3339(generated).expect("bench time"),
    );
    f.items = (0..n)
        .map(|i| Notice {
            id: format!("notice-{i:05}"),
            title: format!("{title}{i}：4か月児健康診査のご案内"),
            content_text: "対象のお子さんには個別に通知しています。母子健康手帳とバスタオルをお持ちください。会場：保健センター。詳しくは市のホームページをご覧ください。".repeat(2),
            url: Some(format!("https://www.city.komorebi.example.jp/news/{i}.html")),
            date_published: DateTime::parse_from_rfc3339("2026-04-01T09:00:00+09:00").ok(),
            date_modified: None,
            tags: vec!["health_checkup".into()],
            hagukumi: NoticeExtension {
                category: Category::HealthCheckup,
                title_en: Some(format!("Notice {i}: the 4-month checkup")),
                content_text_en: Some("Bring the handbook and a bath towel.".into()),
                valid_until: "2027-03-31".parse().ok(),
                audience: if i % 5 == 0 {
                    Audience {
                        child_age_months: Some(Span { from: Some(3), to: Some(4) }),
                        ..Default::default()
                    }
                } else {
                    Audience::default()
                },
            },
        })
        .collect();
    signature::sign(&f.to_json(), &key())
}

fn city(url: String) -> CityConfig {
    CityConfig {
        code: "999990".into(),
        name: "こもれび市".into(),
        name_en: None,
        feed_url: url,
        public_keys: vec![key().public_key()],
        desk: None,
    }
}

fn handbook(dir: &tempfile::TempDir, name: &str) -> Handbook {
    Handbook::open(dir.path().join(name))
        .expect("bench handbook")
        .with_clock(FixedClock::on("2026-05-20".parse().expect("date")))
}

fn apply(c: &mut Criterion) {
    let signed = big_feed("2026-05-01T09:00:00+09:00", 5_000);
    let config = city("https://www.city.komorebi.example.jp/feed.signed.json".into());
    eprintln!("5,000-item signed feed: {} bytes", signed.len());
    let dir = tempfile::tempdir().expect("tempdir");
    let mut g = c.benchmark_group("feed");
    g.sample_size(20).measurement_time(Duration::from_secs(10));
    g.bench_function("parse_verify_5000", |b| {
        b.iter(|| open_signed(&signed, &config).expect("opens"))
    });
    // Three cases: the first sync (every entry new), an update where every entry
    // changed (the worst case), and a daily update with nothing changed but the
    // generation time (the common case).
    let previous_same =
        open_signed(&big_feed("2026-04-01T09:00:00+09:00", 5_000), &config).expect("opens");
    let previous_other = open_signed(
        &big_feed_titled("2026-04-01T09:00:00+09:00", 5_000, "旧お知らせ"),
        &config,
    )
    .expect("opens");
    let cases: [(&str, Option<&Feed>); 3] = [
        ("parse_verify_apply_5000_first", None),
        ("parse_verify_apply_5000_all_changed", Some(&previous_other)),
        ("parse_verify_apply_5000_unchanged", Some(&previous_same)),
    ];
    let mut n = 0;
    for (name, previous) in cases {
        g.bench_function(name, |b| {
            b.iter_batched(
                || {
                    n += 1;
                    let mut hb = handbook(&dir, &format!("h{n}.sqlite3"));
                    if let Some(previous) = previous {
                        hb.apply_feed(previous, &SourceMeta::default())
                            .expect("applies");
                    }
                    hb
                },
                |mut hb| {
                    let feed = open_signed(&signed, &config).expect("opens");
                    hb.apply_feed(&feed, &SourceMeta::default())
                        .expect("applies");
                    hb
                },
                BatchSize::PerIteration,
            )
        });
    }
    g.bench_function("for_you_5000", |b| {
        let mut hb = handbook(&dir, "for_you.sqlite3");
        let feed = open_signed(&signed, &config).expect("opens");
        hb.apply_feed(&feed, &SourceMeta::default())
            .expect("applies");
        b.iter(|| hb.for_you(hagukumi_core::Lang::Ja).expect("for you"))
    });
    g.finish();
}

fn unchanged_sync(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let dir = tempfile::tempdir().expect("tempdir");
    let www = dir.path().join("www");
    std::fs::create_dir_all(&www).expect("www");
    std::fs::write(
        www.join("feed.signed.json"),
        big_feed("2026-05-01T09:00:00+09:00", 200),
    )
    .expect("write");
    let served = rt
        .block_on(hagukumi_core::feed::serve::serve_dir(&www, 0))
        .expect("serve");
    let config = city(served.url("feed.signed.json"));
    let client = FeedClient::new(SyncOptions::default()).expect("client");
    let mut hb = handbook(&dir, "sync.sqlite3");
    rt.block_on(sync_feed(&mut hb, &config, &client))
        .expect("first sync");
    c.bench_function("feed/unchanged_sync_304", |b| {
        b.iter(|| {
            let out = rt
                .block_on(sync_feed(&mut hb, &config, &client))
                .expect("sync");
            assert!(matches!(
                out,
                hagukumi_core::feed::SyncOutcome::NotModified { .. }
            ));
        })
    });
}

criterion_group!(benches, apply, unchanged_sync);
criterion_main!(benches);

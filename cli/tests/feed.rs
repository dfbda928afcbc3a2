//! `hagukumi feed …` and `hagukumi notices`: the publisher's tools and the family's
//! side, through the real binary. Network only to 127.0.0.1.
#![allow(clippy::unwrap_used)] // test helpers outside #[test] functions

mod common;

use common::{Hb, sample_dir};
use std::path::Path;

fn build_sample(hb: &Hb, out: &Path) -> common::Run {
    let s = sample_dir();
    let p = |f: &str| s.join(f).to_string_lossy().into_owned();
    hb.run(&[
        "feed",
        "build",
        "--city",
        &p("city.toml"),
        "--key",
        &p("TEST-ONLY-signing.key"),
        "--notices",
        &p("sources/notices.toml"),
        "--events",
        &p("sources/events.csv"),
        "--facilities",
        &p("sources/childcare_facilities.csv"),
        "--medical",
        &p("sources/medical_institutions.csv"),
        "--news",
        &p("sources/news.xml"),
        "--out",
        &out.to_string_lossy(),
    ])
}

/// `feed build` of the sample city with its test key: `global` options, then the
/// build's own `args`.
fn build_with_sample_key(hb: &Hb, global: &[&str], args: &[&str]) -> common::Run {
    let s = sample_dir();
    let city = s.join("city.toml").to_string_lossy().into_owned();
    let key = s
        .join("TEST-ONLY-signing.key")
        .to_string_lossy()
        .into_owned();
    let mut all: Vec<&str> = global.to_vec();
    all.extend(["feed", "build", "--city", &city, "--key", &key]);
    all.extend(args);
    hb.run(&all)
}

#[test]
fn sample_feed_is_built_from_its_sources() {
    let hb = Hb::new();
    let out = hb.path().join("out");
    let r = build_sample(&hb, &out).ok();
    assert!(r.stdout.contains("(Utf8Bom): 3"), "{}", r.stdout);
    assert!(r.stdout.contains("(ShiftJis): 4"), "{}", r.stdout);
    assert!(r.stdout.contains("(Utf8): 3"), "{}", r.stdout);
    for file in ["feed.json", "feed.signed.json"] {
        assert_eq!(
            std::fs::read(out.join(file)).unwrap(),
            std::fs::read(sample_dir().join(file)).unwrap(),
            "core/data/feed/komorebi/{file} is stale: rebuild it (core/data/feed/README.md)"
        );
    }
}

#[test]
fn check_shows_each_stage_its_own_notices() {
    let hb = Hb::new();
    let out = hb.run(&["feed", "check"]).ok().stdout;
    assert!(
        out.contains("署名を確認しました: こもれび市（999990）"),
        "{out}"
    );
    let section = |name: &str| {
        let start = out.find(&format!("\n{name} (")).unwrap();
        let rest = &out[start + 1..];
        let end = rest.find("\n\n").unwrap_or(rest.len());
        rest[..end].to_string()
    };
    let p10 = section("妊娠10週");
    assert!(
        p10.contains("妊娠がわかったら") && p10.contains("[妊娠10週の方へ]"),
        "{p10}"
    );
    assert!(!p10.contains("4か月児健康診査"), "{p10}");
    let m4 = section("4か月");
    assert!(
        m4.contains("4か月児健康診査のご案内  [はなさん（4か月）へ]"),
        "{m4}"
    );
    assert!(!m4.contains("妊娠がわかったら"), "{m4}");
    let y3 = section("3歳");
    assert!(y3.contains("3歳児健康診査"), "{y3}");
    assert!(!y3.contains("4か月児健康診査"), "{y3}");
}

#[test]
fn check_refuses_a_feed_signed_by_another_key() {
    let hb = Hb::new();
    let (keys, public) = hb.keygen();
    let s = sample_dir();
    // A forger's own city.toml pins the forger's key; phones pin the city's.
    let forged_city = hb.path().join("forged-city.toml");
    let toml = std::fs::read_to_string(s.join("city.toml")).unwrap();
    let pinned = toml
        .lines()
        .find(|l| l.starts_with("public_keys"))
        .unwrap()
        .to_string();
    std::fs::write(
        &forged_city,
        toml.replace(&pinned, &format!("public_keys = [\"{public}\"]")),
    )
    .unwrap();
    let out = hb.path().join("forged");
    hb.run(&[
        "feed",
        "build",
        "--city",
        &forged_city.to_string_lossy(),
        "--key",
        &keys.join("feed-signing.key").to_string_lossy(),
        "--notices",
        &s.join("sources/notices.toml").to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
    ])
    .ok();
    let r = hb.run(&[
        "--json",
        "feed",
        "check",
        &out.join("feed.signed.json").to_string_lossy(),
    ]);
    assert_eq!(r.code, 1);
    assert_eq!(r.json()["error"]["kind"], "unknown_key");
}

/// Every file in `dir` with its bytes, to show a refused build changed nothing.
fn snapshot(dir: &Path) -> Vec<(std::ffi::OsString, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (e.file_name(), std::fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// Issue #20, point 1: a key the city's phones do not pin is refused before
/// anything is written (it used to print a note, exit 0 and overwrite the feed).
#[test]
fn build_with_an_unpinned_key_fails_and_leaves_out_byte_identical() {
    let hb = Hb::new();
    let out = hb.path().join("out");
    build_sample(&hb, &out).ok();
    let before = snapshot(&out);
    let keys = hb.path().join("keys");
    hb.run(&["feed", "keygen", "--out", &keys.to_string_lossy()])
        .ok();
    let s = sample_dir();
    let r = hb.run(&[
        "feed",
        "build",
        "--city",
        &s.join("city.toml").to_string_lossy(),
        "--key",
        &keys.join("feed-signing.key").to_string_lossy(),
        "--notices",
        &s.join("sources/notices.toml").to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("city.toml") && r.stderr.contains("public_keys"),
        "{}",
        r.stderr
    );
    assert_eq!(snapshot(&out), before);
}

/// Issue #20, point 1: a restored (older) notices file builds a feed phones refuse
/// as a rollback: refused; without `generated_at` the clock's time is used; the
/// same sources built again into the same folder change nothing.
#[test]
fn build_refuses_a_generated_at_not_newer_than_the_published_feed() {
    let hb = Hb::new();
    let out = hb.path().join("out");
    build_sample(&hb, &out).ok();
    let again = build_sample(&hb, &out).ok();
    assert!(
        again.stdout.contains("変更はありません"),
        "{}",
        again.stdout
    );
    let before = snapshot(&out);
    let notices = std::fs::read_to_string(sample_dir().join("sources/notices.toml")).unwrap();
    let generated = "generated_at = \"2026-05-01T09:00:00+09:00\"";
    assert!(notices.contains(generated));
    let file = hb.path().join("notices.toml");
    std::fs::write(
        &file,
        notices.replace(generated, "generated_at = \"2026-04-01T09:00:00+09:00\""),
    )
    .unwrap();
    let args = [
        "--notices",
        &file.to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
    ];
    let r = build_with_sample_key(&hb, &["--json"], &args);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert_eq!(r.json()["error"]["kind"], "not_newer");
    let ja = build_with_sample_key(&hb, &[], &args);
    assert!(
        ja.stderr.contains("より新しくありません") && ja.stderr.contains("generated_at"),
        "{}",
        ja.stderr
    );
    assert_eq!(snapshot(&out), before);
    // Without generated_at: the clock's time, after the published feed.
    std::fs::write(&file, notices.replace(generated, "")).unwrap();
    let r = build_with_sample_key(&hb, &["--json"], &args).ok().json();
    let at = chrono::DateTime::parse_from_rfc3339(r["generated_at"].as_str().unwrap()).unwrap();
    assert!(
        at > chrono::DateTime::parse_from_rfc3339("2026-05-01T09:00:00+09:00").unwrap(),
        "{at}"
    );
    // No temporary file is left next to the published ones.
    let names: Vec<_> = snapshot(&out).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["feed.json", "feed.signed.json"]);
}

/// Issue #20, point 1: a misspelt category or audience key is refused with the
/// file named (a phone would read the category as `general`); an expired notice is
/// built with a warning.
#[test]
fn build_refuses_unknown_categories_and_audience_keys_and_warns_on_expired_notices() {
    let hb = Hb::new();
    let notices = std::fs::read_to_string(sample_dir().join("sources/notices.toml")).unwrap();
    let file = hb.path().join("notices.toml");
    let out = hb.path().join("out");
    let args = [
        "--notices",
        &file.to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
    ];
    for (from, to, named) in [
        (
            "category = \"health_checkup\"",
            "category = \"health-checkup\"",
            "health-checkup",
        ),
        ("child_age_months", "child_age_month", "child_age_month"),
    ] {
        assert!(notices.contains(from), "{from}");
        std::fs::write(&file, notices.replacen(from, to, 1)).unwrap();
        let r = build_with_sample_key(&hb, &[], &args);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(
            r.stderr.contains("notices.toml") && r.stderr.contains(named),
            "{}",
            r.stderr
        );
        assert!(!out.exists());
    }
    let valid = notices
        .lines()
        .find(|l| l.starts_with("valid_until"))
        .unwrap();
    std::fs::write(
        &file,
        notices
            .replacen(valid, "valid_until = \"2020-03-31\"", 1)
            .replace("generated_at = \"2026-05-01T09:00:00+09:00\"", ""),
    )
    .unwrap();
    let r = build_with_sample_key(&hb, &[], &args).ok();
    assert!(r.stderr.contains("掲載期限"), "{}", r.stderr);
}

#[test]
fn keygen_refuses_to_overwrite_a_key_in_its_own_words() {
    let hb = Hb::new();
    let dir = hb.path().join("k");
    let r = hb
        .run(&["--json", "feed", "keygen", "--out", &dir.to_string_lossy()])
        .ok();
    assert_eq!(r.json()["public_key"].as_str().unwrap().len(), 44);
    let key = std::fs::read(dir.join("feed-signing.key")).unwrap();
    let again = hb.run(&["feed", "keygen", "--out", &dir.to_string_lossy()]);
    assert_eq!(again.code, 1);
    assert!(
        again.stderr.contains("feed-signing.key"),
        "{}",
        again.stderr
    );
    assert!(
        !again.stderr.contains("--force") && !again.stderr.contains("手帳"),
        "{}",
        again.stderr
    );
    assert_eq!(std::fs::read(dir.join("feed-signing.key")).unwrap(), key);
}

#[test]
fn a_malformed_csv_row_is_reported_with_its_line() {
    let hb = Hb::new();
    let csv = hb.path().join("events.csv");
    std::fs::write(
        &csv,
        "NO,イベント名,開始日\n1,離乳食教室,2026-06-10\n2,親子ひろば,6月1日\n",
    )
    .unwrap();
    let r = build_with_sample_key(
        &hb,
        &["--lang", "en"],
        &[
            "--events",
            &csv.to_string_lossy(),
            "--out",
            &hb.path().join("out").to_string_lossy(),
        ],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("events.csv: row 3, column 開始日: \"6月1日\" is not a date"),
        "{}",
        r.stderr
    );
}

#[test]
fn sample_sync_then_notices_with_marks() {
    let hb = Hb::new();
    hb.run(&["profile", "set", "--name", "さくら", "--district", "中央区"])
        .ok();
    hb.add_child("ひなた", "2026-01-15");
    let r = hb.run(&["feed", "sync", "--sample"]).ok();
    assert!(r.stdout.contains("お知らせを更新しました"), "{}", r.stdout);
    let out = hb.run(&["notices"]).ok().stdout;
    assert!(out.contains("4か月児健康診査のご案内"), "{out}");
    assert!(out.contains("ひなたさん（4か月）へ"), "{out}");
    assert!(out.contains("中央区にお住まいの方へ"), "{out}");
    assert!(!out.contains("3歳児健康診査"), "{out}");
    // Emergencies first.
    assert!(
        out.starts_with("1. ● [緊急] RSウイルス感染症が流行しています"),
        "{out}"
    );

    hb.run(&[
        "notices",
        "--read",
        "checkup-4m",
        "--bookmark",
        "checkup-4m",
    ])
    .ok();
    let items = hb.run(&["--json", "notices"]).ok().json();
    let item = items
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "checkup-4m")
        .unwrap();
    assert_eq!(
        (item["read"].as_bool(), item["bookmarked"].as_bool()),
        (Some(true), Some(true))
    );
    // Syncing the same feed again keeps the marks.
    hb.run(&["feed", "sync", "--sample"]).ok();
    let items = hb.run(&["--json", "notices"]).ok().json();
    let item = items
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "checkup-4m")
        .unwrap();
    assert_eq!(item["read"].as_bool(), Some(true));
    let r = hb.run(&["notices", "--read", "no-such-notice"]);
    assert_eq!(r.code, 2);
}

/// `feed serve` on 127.0.0.1 and `feed sync` against it: applied, then one 304.
#[test]
fn serve_and_sync_over_http() {
    let hb = Hb::new();
    let server = hb.serve_sample_city();
    let city_file = server.city_file.clone();
    let first = hb.run(&[
        "--json",
        "feed",
        "sync",
        "--city",
        &city_file.to_string_lossy(),
    ]);
    let second = hb.run(&[
        "--json",
        "feed",
        "sync",
        "--city",
        &city_file.to_string_lossy(),
    ]);
    drop(server);
    let first = first.ok().json();
    assert_eq!(first["result"], "applied", "{first}");
    assert_eq!(second.ok().json()["result"], "not_modified");
}

/// Issue #14, hole 2: `[feed] generated_at = 2100-…` (a typo) would lock every phone
/// out of the city's later feeds; `feed build` refuses it and leaves --out alone.
#[test]
fn build_refuses_a_generated_at_ahead_of_its_clock_and_writes_nothing() {
    let hb = Hb::new();
    let s = sample_dir();
    let notices = std::fs::read_to_string(s.join("sources/notices.toml")).unwrap();
    let typo = notices.replace(
        "generated_at = \"2026-05-01T09:00:00+09:00\"",
        "generated_at = \"2100-01-01T09:00:00+09:00\"",
    );
    assert_ne!(typo, notices);
    let file = hb.path().join("notices.toml");
    std::fs::write(&file, typo).unwrap();
    let out = hb.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("feed.signed.json"), b"yesterday's feed").unwrap();
    let r = build_with_sample_key(
        &hb,
        &["--json"],
        &[
            "--notices",
            &file.to_string_lossy(),
            "--out",
            &out.to_string_lossy(),
        ],
    );
    assert_ne!(r.code, 0, "{}", r.stdout);
    assert_eq!(r.json()["error"]["kind"], "future_dated", "{}", r.stdout);
    let mut left: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    left.sort();
    assert_eq!(left, ["feed.signed.json"]);
    assert_eq!(
        std::fs::read(out.join("feed.signed.json")).unwrap(),
        b"yesterday's feed"
    );
}

#[test]
fn a_file_too_large_to_be_a_source_is_refused_without_reading_it_whole() {
    // `/dev/zero` never ends: the old reader grew until memory ran out.
    let r = Hb::new().run(&["feed", "check", "/dev/zero"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("64 MiB"), "{}", r.stderr);
}

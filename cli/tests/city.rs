//! `hagukumi city show | move`, `notices --archived` and `feed sync` with the stored
//! city, through the real binary. Network only to 127.0.0.1.

#![allow(clippy::unwrap_used)] // test helpers outside #[test] functions

mod common;

use common::Hb;
use std::path::PathBuf;

/// A second city's configuration, with a freshly made key.
fn other_city(hb: &Hb) -> PathBuf {
    let (_, public) = hb.keygen();
    let file = hb.path().join("hidamari.toml");
    std::fs::write(
        &file,
        format!(
            "code = \"131016\"\nname = \"ひだまり区\"\nfeed_url = \"https://www.city.hidamari.example.jp/feed.signed.json\"\npublic_keys = [\"{public}\"]\n"
        ),
    )
    .unwrap();
    file
}

#[test]
fn moving_archives_the_notices_and_keeps_the_records() {
    let hb = Hb::new();
    let shown = hb.run(&["--lang", "en", "city", "show"]).ok().stdout;
    assert!(shown.contains("No city chosen yet"), "{shown}");
    // Nothing stored and no --city: refused as before.
    let r = hb.run(&["--json", "feed", "sync"]);
    assert_eq!(r.code, 2, "{}", r.stderr);

    hb.add_child("ひなた", "2026-01-15");
    hb.run(&["feed", "sync", "--sample"]).ok();
    hb.run(&["notices", "--read", "checkup-4m"]).ok();
    let shown = hb.run(&["city", "show"]).ok().stdout;
    assert!(shown.contains("こもれび市（999990）"), "{shown}");
    let children = hb.run(&["--json", "child", "list"]).ok().stdout;

    let b = other_city(&hb);
    let b = b.to_string_lossy();
    let moved = hb.run(&["city", "move", "--config", &b]).ok().stdout;
    assert!(
        moved.contains("こもれび市（999990）からひだまり区（131016）に変更しました"),
        "{moved}"
    );
    assert!(moved.contains("記録はすべてそのままです"), "{moved}");
    assert_eq!(
        hb.run(&["--json", "child", "list"]).ok().stdout,
        children,
        "records untouched"
    );
    let shown = hb.run(&["--json", "city", "show"]).ok().json();
    assert_eq!(shown["city"]["code"], "131016");

    let archive = hb.run(&["--json", "notices", "--archived"]).ok().json();
    assert_eq!(archive.as_array().unwrap().len(), 1);
    assert_eq!(archive[0]["code"], "999990");
    let notices = archive[0]["notices"].as_array().unwrap();
    assert!(notices.len() >= 15, "{archive}");
    let read: Vec<&str> = notices
        .iter()
        .filter(|n| n["read"] == true)
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(read, ["checkup-4m"]);
    let text = hb.run(&["notices", "--archived"]).ok().stdout;
    assert!(text.starts_with("こもれび市（999990）  転出:"), "{text}");
    assert!(text.contains("id: checkup-4m"), "{text}");

    // Only the new city's notices (none yet) are for the family.
    assert_eq!(
        hb.run(&["--json", "notices"]).ok().json(),
        serde_json::json!([])
    );
    // The old city's feed is now another city's.
    let r = hb.run(&["--json", "feed", "sync", "--sample"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.json()["error"]["kind"], "wrong_city");

    // Moving to the same city again changes nothing.
    let again = hb
        .run(&["--json", "city", "move", "--config", &b])
        .ok()
        .json();
    assert_eq!(again["moved"], false);
    assert_eq!(again["config_changed"], false);
    assert_eq!(again["archived_notices"], 0);
}

#[test]
fn an_invalid_city_configuration_is_refused() {
    let hb = Hb::new();
    hb.run(&["city", "move", "--sample"]).ok();
    let bad = hb.path().join("bad.toml");
    std::fs::write(
        &bad,
        std::fs::read_to_string(other_city(&hb))
            .unwrap()
            .replace("https://", "http://"),
    )
    .unwrap();
    let r = hb.run(&["--json", "city", "move", "--config", &bad.to_string_lossy()]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(r.json()["error"]["kind"], "bad_config");
    let shown = hb.run(&["--json", "city", "show"]).ok().json();
    assert_eq!(shown["city"]["code"], "999990");
}

/// `feed sync` without `--city` syncs the stored city, from `feed serve` on 127.0.0.1.
#[test]
fn feed_sync_uses_the_stored_city() {
    let hb = Hb::new();
    let server = hb.serve_sample_city();
    let city_file = server.city_file.clone();
    let moved = hb
        .run(&[
            "--json",
            "city",
            "move",
            "--config",
            &city_file.to_string_lossy(),
        ])
        .ok()
        .json();
    let first = hb.run(&["--json", "feed", "sync"]);
    let second = hb.run(&["--json", "feed", "sync"]);
    drop(server);
    assert_eq!(moved["moved"], false, "a first choice: {moved}");
    assert_eq!(moved["config_changed"], true);
    assert_eq!(first.ok().json()["result"], "applied");
    assert_eq!(second.ok().json()["result"], "not_modified");
}

//! Mistakes can be corrected (issue #17, item 8): for every record kind, through the
//! real binary on a real handbook file: add, the short id in the list, edit by short
//! id, delete refused without --yes and done with it, and an apparent duplicate
//! refused unless --force, in English and Japanese.

#![allow(clippy::unwrap_used)] // test helpers outside #[test] functions

mod common;

use common::Hb;
use serde_json::Value;

/// One record kind as the family uses it on the command line.
struct Kind {
    group: &'static str,
    /// After `GROUP add`.
    add: Vec<&'static str>,
    /// After `GROUP list`.
    list: Vec<&'static str>,
    /// In the list once added (English).
    shows: &'static str,
    /// After `GROUP edit ID`.
    edit: Vec<&'static str>,
    /// In the list after the edit, instead of `shows`.
    edited: &'static str,
    /// After `GROUP add`: a record that looks like the one added (None: the kind
    /// has no such question, e.g. the delivery, one per pregnancy).
    duplicate: Option<Vec<&'static str>>,
}

fn hex(id: &str) -> String {
    id.chars().filter(|c| *c != '-').collect()
}

fn args<'a>(head: &[&'a str], tail: &[&'a str]) -> Vec<&'a str> {
    head.iter().chain(tail).copied().collect()
}

/// The token of `list` that is this record's short id.
#[track_caller]
fn short_id_in(list: &str, id: &str) -> String {
    let hex = hex(id);
    list.split_whitespace()
        .find(|t| t.len() >= 8 && hex.ends_with(*t))
        .unwrap_or_else(|| panic!("no short id of {id} in the list:\n{list}"))
        .to_string()
}

fn exercise(hb: &Hb, k: &Kind) {
    let g = k.group;
    let list = || {
        hb.run(&args(&["--lang", "en", g, "list"], &k.list))
            .ok()
            .stdout
    };

    // Add; the list shows the short id (at least 8 hex digits of the full id).
    let added = hb.run(&args(&["--json", g, "add"], &k.add)).ok().json();
    let id = added["id"]
        .as_str()
        .or_else(|| added["delivery"]["id"].as_str())
        .unwrap()
        .to_string();
    let before = list();
    assert!(before.contains(k.shows), "{g}: {before}");
    let short = short_id_in(&before, &id);
    assert!(
        short.len() < 32,
        "{g}: the list shows the whole id: {short}"
    );

    // Edit by short id: what changed is said, and the list shows the new value.
    let r = hb
        .run(&args(&["--lang", "en", g, "edit", &short], &k.edit))
        .ok();
    assert!(
        r.stdout.contains("Corrected") && r.stdout.contains("→"),
        "{g}: {}",
        r.stdout
    );
    let after = list();
    assert!(after.contains(k.edited), "{g}: {after}");
    assert!(!after.contains(k.shows), "{g}: {after}");
    let r = hb
        .run(&args(&["--lang", "ja", g, "edit", &short], &k.edit))
        .ok();
    assert!(r.stdout.contains("変更はありません"), "{g}: {}", r.stdout);

    // Delete without --yes: refused, says what it would delete, deletes nothing.
    let r = hb.run(&["--lang", "en", g, "delete", &short]);
    assert_eq!(r.code, 2, "{g}: {}", r.stderr);
    assert!(
        r.stderr.contains(&short)
            && r.stderr.contains("Nothing was deleted")
            && r.stderr.contains("--yes"),
        "{g}: {}",
        r.stderr
    );
    let r = hb.run(&["--lang", "ja", g, "delete", &short]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("まだ何も削除していません") && r.stderr.contains("--yes"),
        "{g}: {}",
        r.stderr
    );
    let r = hb.run(&["--json", g, "delete", &short]);
    assert_eq!(r.code, 2);
    assert_eq!(r.json()["error"]["kind"], "confirmation_needed", "{g}");
    assert!(list().contains(k.edited), "{g}: deleted without --yes");

    // Delete --yes: gone from the list.
    hb.run(&[g, "delete", &short, "--yes"]).ok();
    let gone = list();
    assert!(!gone.contains(k.edited), "{g}: {gone}");
    assert!(!gone.contains(&short), "{g}: {gone}");
    let r = hb.run(&["--json", g, "edit", &short]);
    assert_eq!(r.code, 2, "{g}");
    assert_eq!(r.json()["error"]["kind"], "not_found", "{g}");

    // An apparent duplicate: refused (naming the one there) unless --force.
    let Some(dup) = &k.duplicate else {
        return;
    };
    let first = hb.run(&args(&["--json", g, "add"], &k.add)).ok().json();
    let first = hex(first["id"].as_str().unwrap());
    let first_short = &first[first.len() - 8..];
    let r = hb.run(&args(&["--lang", "en", g, "add"], dup));
    assert_eq!(r.code, 2, "{g}: a duplicate was saved: {}", r.stdout);
    assert!(
        r.stderr.contains("already saved")
            && r.stderr.contains(first_short)
            && r.stderr.contains("--force"),
        "{g}: {}",
        r.stderr
    );
    let r = hb.run(&args(&["--lang", "ja", g, "add"], dup));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("すでに記録されています")
            && r.stderr.contains(first_short)
            && r.stderr.contains("--force"),
        "{g}: {}",
        r.stderr
    );
    let r = hb.run(&args(&["--json", g, "add"], dup));
    assert_eq!(r.json()["error"]["kind"], "likely_duplicate", "{g}");
    let shown = list();
    assert_eq!(
        shown.matches(k.shows).count(),
        1,
        "{g}: the refused one was saved: {shown}"
    );
    let forced = args(&args(&["--json", g, "add"], dup), &["--force"]);
    let second = hb.run(&forced).ok().json();
    let second = second["id"].as_str().unwrap().to_string();
    let both = list();
    short_id_in(&both, &second);
    assert_ne!(short_id_in(&both, &second), short_id_in(&both, &first));
}

/// A handbook with a child born 2026-01-10 and a pregnancy (LMP 2025-12-01).
fn family() -> Hb {
    let hb = Hb::new();
    hb.add_child("Hana", "2026-01-10");
    hb.run(&["pregnancy", "add", "--lmp", "2025-12-01"]).ok();
    hb
}

#[test]
fn growth_measurements_are_corrected_and_deleted() {
    exercise(
        &family(),
        &Kind {
            group: "growth",
            add: vec!["--date", "2026-03-01", "--weight", "5.1"],
            list: vec![],
            shows: "5.10 kg",
            edit: vec!["--weight", "5.4"],
            edited: "5.40 kg",
            duplicate: Some(vec!["--date", "2026-03-01", "--weight", "5.3"]),
        },
    );
}

#[test]
fn prenatal_checkups_are_corrected_and_deleted() {
    exercise(
        &family(),
        &Kind {
            group: "prenatal",
            add: vec!["--date", "2026-04-01", "--bp", "112/70"],
            list: vec![],
            shows: "112/70",
            edit: vec!["--bp", "118/72"],
            edited: "118/72",
            duplicate: Some(vec!["--date", "2026-04-01", "--bp", "120/70"]),
        },
    );
}

#[test]
fn infant_checkups_are_corrected_and_deleted() {
    exercise(
        &family(),
        &Kind {
            group: "checkup",
            add: vec!["--kind", "1m", "--date", "2026-02-10"],
            list: vec![],
            shows: "2026-02-10",
            edit: vec!["--date", "2026-02-12"],
            edited: "2026-02-12",
            // The same page on another day.
            duplicate: Some(vec!["--kind", "1m", "--date", "2026-02-20"]),
        },
    );
}

#[test]
fn vaccinations_are_corrected_and_deleted() {
    exercise(
        &family(),
        &Kind {
            group: "vaccination",
            add: vec![
                "--vaccine",
                "hib",
                "--dose",
                "1",
                "--date",
                "2026-03-10",
                "--lot",
                "AB101",
            ],
            list: vec![],
            shows: "AB101",
            edit: vec!["--lot", "AB102"],
            edited: "AB102",
            // The same dose typed again a week later.
            duplicate: Some(vec![
                "--vaccine",
                "hib",
                "--dose",
                "1",
                "--date",
                "2026-03-17",
            ]),
        },
    );
}

#[test]
fn dental_checkups_are_corrected_and_deleted() {
    exercise(
        &family(),
        &Kind {
            group: "dental",
            add: vec!["--pregnancy", "--date", "2026-04-02", "--clinic", "Sakura"],
            list: vec!["--pregnancy"],
            shows: "Sakura",
            edit: vec!["--clinic", "Aoba"],
            edited: "Aoba",
            duplicate: Some(vec!["--pregnancy", "--date", "2026-04-02"]),
        },
    );
}

#[test]
fn diary_entries_are_corrected_and_deleted() {
    exercise(
        &family(),
        &Kind {
            group: "diary",
            add: vec!["First smile", "--child", "--date", "2026-03-01"],
            list: vec!["--child"],
            shows: "First smile",
            edit: vec!["First laugh"],
            edited: "First laugh",
            duplicate: Some(vec!["First smile", "--child", "--date", "2026-03-01"]),
        },
    );
}

#[test]
fn children_are_corrected_and_deleted() {
    exercise(
        &Hb::new(),
        &Kind {
            group: "child",
            add: vec![
                "--name",
                "Aoi",
                "--sex",
                "male",
                "--birth-date",
                "2026-02-01",
            ],
            list: vec![],
            shows: "Aoi",
            edit: vec!["--name", "Sora"],
            edited: "Sora",
            duplicate: Some(vec![
                "--name",
                "Aoi",
                "--sex",
                "male",
                "--birth-date",
                "2026-02-01",
            ]),
        },
    );
}

#[test]
fn deliveries_are_corrected_and_deleted_and_a_second_one_is_refused() {
    let hb = Hb::new();
    hb.run(&["pregnancy", "add", "--lmp", "2025-08-15"]).ok();
    let delivery = [
        "--at",
        "2026-05-10T10:30",
        "--method",
        "vaginal",
        "--baby",
        "Sora:female:3020g",
        "--place",
        "Komorebi Clinic",
    ];
    exercise(
        &hb,
        &Kind {
            group: "delivery",
            add: delivery.to_vec(),
            list: vec![],
            shows: "Komorebi Clinic",
            edit: vec!["--place", "Aoba Hospital"],
            edited: "Aoba Hospital",
            duplicate: None,
        },
    );
    // The children of a deleted delivery record stay.
    let kids = hb.run(&["--json", "child", "list"]).ok().json();
    assert_eq!(kids.as_array().unwrap().len(), 1, "{kids}");
    // One delivery per pregnancy: the core refuses a second one outright.
    let pregnancy = hb.run(&["--json", "pregnancy", "list"]).ok().json();
    let pregnancy = pregnancy[0]["id"].as_str().unwrap().to_string();
    let add = |lang: &'static str| {
        let mut a = vec!["--lang", lang, "delivery", "add", "--pregnancy", &pregnancy];
        a.extend(delivery);
        hb.run(&a)
    };
    add("en").ok();
    let r = add("en");
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stderr.contains("already"), "{}", r.stderr);
}

#[test]
fn an_edit_is_validated_like_an_add_and_an_ambiguous_short_id_lists_the_candidates() {
    let hb = family();
    let mut ids = Vec::new();
    for day in ["2026-03-01", "2026-03-08", "2026-03-15"] {
        let r = hb
            .run(&["--json", "growth", "add", "--date", day, "--weight", "5.2"])
            .ok()
            .json();
        ids.push(hex(r["id"].as_str().unwrap()));
    }
    // Typed one after another, the three ids share their first 8 digits (the time).
    let common = ids[0]
        .chars()
        .zip(ids[1].chars())
        .zip(ids[2].chars())
        .take_while(|((a, b), c)| a == b && b == c)
        .count();
    if common >= 8 {
        let r = hb.run(&[
            "--lang",
            "en",
            "--json",
            "growth",
            "edit",
            &ids[0][..common],
        ]);
        assert_eq!(r.code, 2);
        assert_eq!(r.json()["error"]["kind"], "input");
        let r = hb.run(&["--lang", "en", "growth", "edit", &ids[0][..common]]);
        assert!(
            r.stderr.contains("matches 3") && r.stderr.contains("2026-03-15"),
            "{}",
            r.stderr
        );
    }
    let list = hb.run(&["growth", "list"]).ok().stdout;
    let short = short_id_in(&list, &ids[0]);
    // 500 kg is refused as it is on add, and nothing changes.
    let r = hb.run(&["--json", "growth", "edit", &short, "--weight", "500"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.json()["error"]["kind"], "validation");
    // Moving it onto another measured day asks first; --force saves it.
    let r = hb.run(&["--json", "growth", "edit", &short, "--date", "2026-03-08"]);
    assert_eq!(r.json()["error"]["kind"], "likely_duplicate");
    let stored: Value = hb.run(&["--json", "growth", "list"]).ok().json();
    assert_eq!(stored[0]["weight_kg"], 5.2);
    assert_eq!(stored[0]["measured_on"], "2026-03-01");
    hb.run(&["growth", "edit", &short, "--date", "2026-03-08", "--force"])
        .ok();
    // Correcting another value of a look-alike kept on purpose asks nothing again.
    let r = hb
        .run(&["--lang", "en", "growth", "edit", &short, "--weight", "5.25"])
        .ok();
    assert!(r.stdout.contains("5.2 kg → 5.25 kg"), "{}", r.stdout);
}

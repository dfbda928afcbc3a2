#![allow(clippy::unwrap_used)] // test helpers outside #[test] functions

//! `schedule`, `reminders` and `growth chart` through the real binary.

mod common;

use common::Hb;

/// The acceptance interface of issue 4, exactly:
/// `hagukumi schedule --birth D --today D [--dose CODE:N:DATE[:BRAND]]... --json`.
fn schedule_json(birth: &str, today: &str, doses: &[&str]) -> serde_json::Value {
    let mut cmd = Hb::bare();
    cmd.args(["schedule", "--birth", birth, "--today", today]);
    for d in doses {
        cmd.args(["--dose", d]);
    }
    cmd.arg("--json");
    let r = Hb::run_with(&mut cmd).ok();
    r.json()
}

fn dose<'a>(plan: &'a serde_json::Value, code: &str, n: u64) -> &'a serde_json::Value {
    plan["vaccines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {plan:#}"))["doses"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|d| d["dose"] == n)
        .unwrap_or_else(|| panic!("no {code} dose {n}"))
}

#[test]
fn the_json_has_the_documented_shape() {
    let plan = schedule_json("2026-06-01", "2026-11-25", &[]);
    assert_eq!(plan["schedule_version"], "jp-2026-04-01");
    let keys = [
        "dose",
        "status",
        "given",
        "earliest",
        "recommended_from",
        "recommended_until",
        "funded_until",
        "reason_ja",
        "reason_en",
    ];
    let codes: Vec<&str> = plan["vaccines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["code"].as_str().unwrap())
        .collect();
    for code in [
        "hepb",
        "rotavirus",
        "dpt_ipv_hib",
        "pcv",
        "bcg",
        "mr",
        "varicella",
        "je",
        "dt",
        "hpv",
        "mumps",
        "influenza",
    ] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
    for v in plan["vaccines"].as_array().unwrap() {
        for d in v["doses"].as_array().unwrap() {
            let obj = d.as_object().unwrap();
            for k in keys {
                assert!(obj.contains_key(k), "{k} missing in {d}");
            }
            assert_eq!(obj.len(), keys.len(), "{d}");
            let status = d["status"].as_str().unwrap();
            assert!(
                [
                    "done",
                    "invalid",
                    "upcoming",
                    "due",
                    "overdue",
                    "not_eligible"
                ]
                .contains(&status),
                "{status}"
            );
        }
    }
}

#[test]
fn doses_given_are_done_and_a_too_early_one_is_invalid() {
    // Born 2026-06-01: 生後2月 is reached on 2026-07-31 (the day before 08-01).
    let plan = schedule_json(
        "2026-06-01",
        "2026-11-25",
        &[
            "hepb:1:2026-08-01",
            "dpt_ipv_hib:1:2026-07-15",
            "rotavirus:1:2026-08-01:rotarix",
        ],
    );
    let hepb1 = dose(&plan, "hepb", 1);
    assert_eq!(hepb1["status"], "done");
    assert_eq!(hepb1["given"], "2026-08-01");
    // Given before 生後2月: does not count, with the reason, and the dose is planned again.
    let doses = plan["vaccines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["code"] == "dpt_ipv_hib")
        .unwrap()["doses"]
        .as_array()
        .unwrap()
        .clone();
    let invalid = doses
        .iter()
        .find(|d| d["status"] == "invalid")
        .expect("invalid line");
    assert_eq!(invalid["given"], "2026-07-15");
    assert!(invalid["reason_en"].as_str().unwrap().len() > 10);
    assert!(
        doses
            .iter()
            .any(|d| d["dose"] == 1 && d["status"] != "invalid")
    );
    assert_eq!(dose(&plan, "rotavirus", 1)["status"], "done");
}

#[test]
fn an_unknown_code_is_a_usage_error() {
    let mut cmd = Hb::bare();
    cmd.args([
        "--lang",
        "en",
        "schedule",
        "--birth",
        "2026-06-01",
        "--today",
        "2026-11-25",
        "--dose",
        "polio:1:2026-08-01",
        "--json",
    ]);
    let r = Hb::run_with(&mut cmd);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("polio"), "{}", r.stderr);
}

#[test]
fn the_plan_of_a_child_in_the_handbook_uses_its_recorded_doses() {
    let hb = Hb::new();
    let id = hb.add_child("Aoi", "2025-11-01");
    hb.run(&[
        "vaccination",
        "add",
        "--child",
        &id,
        "--vaccine",
        "hepb",
        "--dose",
        "1",
        "--date",
        "2026-01-05",
    ])
    .ok();
    let plan = hb.run(&["--json", "schedule", "--child", &id]).ok().json();
    assert_eq!(dose(&plan, "hepb", 1)["status"], "done");
    let text = hb.run(&["--lang", "en", "schedule"]).ok().stdout;
    assert!(text.contains("Hepatitis B"), "{text}");
    assert!(text.contains("2026-01-05"), "{text}");
}

#[test]
fn reminders_list_what_falls_due() {
    let hb = Hb::new();
    // Today is pinned by the harness; a child two months old is due for the first shots.
    hb.add_child("Aoi", "2026-03-19");
    let all = hb.run(&["--json", "reminders", "--days", "30"]).ok().json();
    let ids: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.iter().any(|id| id.ends_with(":vaccine:dpt_ipv_hib:1")),
        "{ids:?}"
    );
    let text = hb.run(&["--lang", "en", "reminders"]).ok().stdout;
    assert!(text.contains("Aoi"), "{text}");
}

#[test]
fn growth_chart_writes_svg_and_png() {
    let hb = Hb::new();
    let id = hb.add_child("Aoi", "2025-11-01");
    for (date, kg) in [
        ("2025-12-01", "4.3"),
        ("2026-02-01", "5.9"),
        ("2026-05-01", "7.2"),
    ] {
        hb.run(&[
            "growth", "add", "--child", &id, "--date", date, "--weight", kg,
        ])
        .ok();
    }
    let svg = hb.path().join("chart.svg");
    let r = hb
        .run(&[
            "--lang",
            "en",
            "growth",
            "chart",
            "--indicator",
            "weight",
            "--out",
            svg.to_str().unwrap(),
        ])
        .ok();
    assert!(r.stdout.contains("3 points"), "{}", r.stdout);
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(
        text.starts_with("<svg") || text.starts_with("<?xml"),
        "{}",
        &text[..80]
    );
    assert_eq!(
        text.matches("<circle").count(),
        3,
        "one dot per measurement"
    );

    let png = hb.path().join("chart.png");
    hb.run(&["growth", "chart", "--out", png.to_str().unwrap()])
        .ok();
    let bytes = std::fs::read(&png).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");

    // The Japanese survey has no BMI curve: a clear, typed refusal.
    let r = hb.run(&[
        "--json",
        "growth",
        "chart",
        "--indicator",
        "bmi",
        "--standard",
        "japan2023",
        "--out",
        svg.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(r.json()["error"]["kind"], "growth");
    // A file type it cannot write.
    let r = hb.run(&["growth", "chart", "--out", "chart.gif"]);
    assert_eq!(r.code, 2);
}

#[test]
fn a_likely_typo_is_saved_with_a_warning() {
    let hb = Hb::new();
    let id = hb.add_child("Aoi", "2025-11-01");
    hb.run(&[
        "growth",
        "add",
        "--child",
        &id,
        "--date",
        "2026-02-01",
        "--weight",
        "5.9",
    ])
    .ok();
    // A normal next value: no warning.
    let r = hb
        .run(&[
            "growth",
            "add",
            "--child",
            &id,
            "--date",
            "2026-04-20",
            "--weight",
            "7.2",
        ])
        .ok();
    assert!(!r.stderr.contains("確認"), "{}", r.stderr);
    // 15 kg at 6 months is possible enough to save, far enough to ask about.
    let r = hb
        .run(&[
            "--lang",
            "en",
            "growth",
            "add",
            "--child",
            &id,
            "--date",
            "2026-05-01",
            "--weight",
            "15",
        ])
        .ok();
    assert!(r.stderr.contains("check:"), "{}", r.stderr);
    let list = hb
        .run(&["--json", "growth", "list", "--child", &id])
        .ok()
        .json();
    assert_eq!(list.as_array().unwrap().len(), 3);
}

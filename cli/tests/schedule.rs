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
        "latest",
        "rule",
        "reasons",
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
    let en = invalid["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["lang"] == "en")
        .expect("English reason");
    assert!(en["text"].as_str().unwrap().len() > 10);
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
    let ja = hb
        .run(&["growth", "chart", "--out", png.to_str().unwrap()])
        .ok();
    // The count reads in Japanese (it said "(3 points)" inside the Japanese line).
    assert!(ja.stdout.contains("（3点）"), "{}", ja.stdout);
    assert!(!ja.stdout.contains("points"), "{}", ja.stdout);
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
    assert_eq!(r.json()["error"]["kind"], "growth_unavailable");
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

fn items(all: &serde_json::Value) -> &Vec<serde_json::Value> {
    all.as_array().unwrap()
}

/// Issue #19: the 27-day rule for injected live vaccines holds between two doses of
/// the same one, so mumps dose 2 is at the earliest 28 days after dose 1.
#[test]
fn mumps_dose_2_is_at_the_earliest_28_days_after_dose_1() {
    let plan = schedule_json("2024-09-03", "2025-10-01", &["mumps:1:2025-09-15"]);
    let d2 = dose(&plan, "mumps", 2);
    assert_eq!(d2["earliest"], "2025-10-13", "{d2:#}");
    assert_eq!(d2["rule"]["source_id"], "live-interval-2020", "{d2:#}");
    // Its standard period (the 年長 year) is years away: not due, upcoming.
    assert_eq!(d2["status"], "upcoming", "{d2:#}");
}

/// Issue #19: `schedule --visits` for a 2-month-old with nothing given.
#[test]
fn visits_for_a_two_month_old_give_the_2_month_doses_together() {
    let mut cmd = Hb::bare();
    cmd.args([
        "schedule",
        "--birth",
        "2026-04-10",
        "--today",
        "2026-06-10",
        "--visits",
        "--json",
    ]);
    let v = Hb::run_with(&mut cmd).ok().json();
    let visits = v["visits"].as_array().unwrap();
    let codes = |i: usize| -> Vec<&str> {
        let mut c: Vec<&str> = visits[i]["doses"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["vaccine"].as_str().unwrap())
            .collect();
        c.sort();
        c
    };
    assert_eq!(visits[0]["date"], "2026-06-10");
    assert_eq!(codes(0), ["dpt_ipv_hib", "hepb", "pcv", "rotavirus"]);
    // The next visit: 27 days between doses (hepb-muni, rota-qa, pcv-muni) and 20
    // for the 5-in-1 (予防接種実施規則 第9条): all four second doses on day 28.
    assert_eq!(visits[1]["date"], "2026-07-08");
    assert_eq!(codes(1), ["dpt_ipv_hib", "hepb", "pcv", "rotavirus"]);
    for d in visits[1]["doses"].as_array().unwrap() {
        assert!(
            d["rule"]["source_title"].as_str().unwrap().len() > 5,
            "{d:#}"
        );
    }
    let mut cmd = Hb::bare();
    cmd.args([
        "--lang",
        "ja",
        "schedule",
        "--birth",
        "2026-04-10",
        "--today",
        "2026-06-10",
        "--visits",
    ]);
    let text = Hb::run_with(&mut cmd).ok().stdout;
    assert!(text.contains("受診 2: 2026-07-08"), "{text}");
    assert!(text.contains("出典：予防接種実施規則 第9条"), "{text}");
}

/// Issue #19: a dose dated after today is shown as a warning and left out of the
/// plan; the schedule never fails for it.
#[test]
fn a_dose_dated_after_today_is_skipped_with_a_warning() {
    let plan = schedule_json(
        "2026-04-01",
        "2026-07-01",
        &["hepb:1:2026-06-01", "bcg:1:2026-12-01"],
    );
    assert_eq!(plan["warnings"][0]["vaccine"], "bcg", "{plan:#}");
    assert_eq!(dose(&plan, "hepb", 1)["status"], "done");
    assert_eq!(dose(&plan, "bcg", 1)["given"], serde_json::Value::Null);
    let mut cmd = Hb::bare();
    cmd.args([
        "--lang",
        "en",
        "schedule",
        "--birth",
        "2026-04-01",
        "--today",
        "2026-07-01",
        "--dose",
        "bcg:1:2026-12-01",
    ]);
    let text = Hb::run_with(&mut cmd).ok().stdout;
    assert!(text.contains("Warning: left out of the plan"), "{text}");
}

/// Issue #19: reminders have a kind; an overdue dose is first, marked, and called
/// "overdue" (期間超過) in the reminders and in the plan alike.
#[test]
fn reminders_have_kinds_and_overdue_comes_first() {
    let hb = Hb::new();
    // Ten and a half months old on the harness's today: HepB's standard period
    // (2–9 months) is over, its funding ends at age 1.
    let id = hb.add_child("Aoi", "2025-07-01");
    let all = hb.run(&["--json", "reminders", "--days", "45"]).ok().json();
    let all = items(&all);
    assert_eq!(all[0]["reminder"]["kind"], "overdue", "{all:#?}");
    assert_eq!(all[0]["reminder"]["urgent"], true);
    let hepb: Vec<&serde_json::Value> = all
        .iter()
        .filter(|r| r["reminder"]["vaccine"] == "hepb")
        .collect();
    let kinds: Vec<&str> = hepb
        .iter()
        .map(|r| r["reminder"]["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"overdue"), "{kinds:?}");
    assert!(kinds.contains(&"funding_ends"), "{kinds:?}");
    let text = hb.run(&["--lang", "ja", "reminders"]).ok().stdout;
    assert!(text.contains("!期間超過"), "{text}");
    let plan = hb.run(&["--lang", "ja", "schedule"]).ok().stdout;
    assert!(
        plan.contains("期間超過") && !plan.contains("遅れ"),
        "{plan}"
    );
    // The printed summary says the same word.
    let html = hb.run(&["export", "html", "--child", &id]).ok().stdout;
    assert!(html.contains(">期間超過<"), "{html}");
    let html = hb
        .run(&["--lang", "en", "export", "html", "--child", &id])
        .ok()
        .stdout;
    assert!(
        html.contains(">overdue<") && !html.contains("due now"),
        "{html}"
    );
}

/// Issue #19: the next prenatal visit she entered is a reminder.
#[test]
fn the_next_prenatal_visit_is_a_reminder() {
    let hb = Hb::new();
    hb.run(&["pregnancy", "add", "--lmp", "2025-11-01"]).ok();
    hb.run(&[
        "prenatal",
        "add",
        "--date",
        "2026-05-15",
        "--weight",
        "55",
        "--next",
        "2026-05-29",
    ])
    .ok();
    let all = hb.run(&["--json", "reminders", "--days", "30"]).ok().json();
    let visit = items(&all)
        .iter()
        .find(|r| r["reminder"]["kind"] == "prenatal_visit")
        .unwrap_or_else(|| panic!("{all:#}"));
    assert_eq!(visit["reminder"]["date"], "2026-05-29");
    let text = hb.run(&["--lang", "ja", "reminders"]).ok().stdout;
    assert!(text.contains("次の妊婦健診は2026-05-29です。"), "{text}");
}

/// Issue #19: "as early as allowed" is a saved setting: BCG (standard 5–8 months)
/// is then announced for a 2-month-old; by default it is not.
#[test]
fn the_as_early_as_allowed_setting_is_saved_and_used() {
    let hb = Hb::new();
    hb.add_child("Aoi", "2026-03-19");
    let has_bcg = |hb: &Hb| {
        let all = hb.run(&["--json", "reminders", "--days", "7"]).ok().json();
        items(&all)
            .iter()
            .any(|r| r["reminder"]["vaccine"] == "bcg" && r["reminder"]["kind"] == "due")
    };
    assert!(!has_bcg(&hb));
    let r = hb
        .run(&["--lang", "en", "schedule", "--set-timing", "earliest"])
        .ok();
    assert!(r.stdout.contains("earliest dates allowed"), "{}", r.stdout);
    assert!(has_bcg(&hb));
    hb.run(&["schedule", "--set-timing", "standard"]).ok();
    assert!(!has_bcg(&hb));
    // Refused in the user's language, listing what is accepted (no English inside
    // the Japanese line).
    let bad = hb.run(&["schedule", "--set-timing", "soon"]);
    assert!(
        bad.stderr.contains("標準的な接種期間（standard）") && !bad.stderr.contains("Use one of"),
        "{}",
        bad.stderr
    );
    let bad = hb.run(&["--lang", "en", "schedule", "--set-timing", "soon"]);
    assert!(
        bad.stderr.contains("Use one of: standard, earliest"),
        "{}",
        bad.stderr
    );
}

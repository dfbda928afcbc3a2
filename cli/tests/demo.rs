//! `hagukumi demo`: the sample family, its summary, and refusing to overwrite.

mod common;

use common::{Hb, Run};

#[test]
fn demo_creates_the_handbook_and_prints_the_summary_in_japanese() {
    let hb = Hb::new();
    let r = hb.run(&["demo"]).ok();
    assert!(hb.file().exists());
    let out = &r.stdout;
    assert!(out.contains("見本の手帳を作成しました"), "{out}");
    assert!(out.contains("お母さん  山田 さくら"), "{out}");
    assert!(out.contains("おなかの赤ちゃん  妊娠28週3日\n"), "{out}");
    assert!(
        out.contains("出産予定日    2026-08-09（あと81日）"),
        "{out}"
    );
    assert!(
        out.contains("前回の健診    2026-05-17（28週0日）  体重 58.1 kg · 血圧 114/72"),
        "{out}"
    );
    assert!(out.contains("次回の受診    2026-05-31"), "{out}");
    // The demo mother is 158 cm and weighed 52.0 kg before: BMI 20.8, guide 10–13 kg.
    assert!(
        out.contains("体重の増え方  +6.1 kg（目安 10〜13 kg、BMI 20.8 普通体重）"),
        "{out}"
    );
    assert!(
        out.contains("ひなた（女の子）  2025-04-30生まれ  1歳0か月20日\n"),
        "{out}"
    );
    assert!(out.contains("体重      9.00 kg（2026-04-30）"), "{out}");
    assert!(out.contains("身長      74.0 cm（2026-04-30）"), "{out}");
    assert!(out.contains("頭囲      45.5 cm（2026-04-30）"), "{out}");
    assert!(out.contains("ひなたの記録（新しい順に10件）"), "{out}");
    assert!(
        out.contains("予防接種: 麻しん風しん混合 (MR) 1回目"),
        "{out}"
    );
    assert!(out.contains("妊娠の記録（新しい順に10件）"), "{out}");
    assert!(out.contains("妊婦健診（28週0日）"), "{out}");
    // Ten timeline lines for each subject, indented and dated.
    let dated = out.lines().filter(|l| l.starts_with("  20")).count();
    assert_eq!(dated, 20, "{out}");
}

#[test]
fn demo_in_english() {
    let hb = Hb::new();
    let out = hb.run(&["--lang", "en", "demo"]).ok().stdout;
    assert!(out.contains("Pregnancy  28w3d\n"), "{out}");
    assert!(
        out.contains("Due date      2026-08-09 (81 days to go)"),
        "{out}"
    );
    assert!(
        out.contains("Hinata (girl)  born 2025-04-30  1 y 0 m 20 d\n"),
        "{out}"
    );
    assert!(out.contains("Weight        9.00 kg (2026-04-30)"), "{out}");
    assert!(
        out.contains("Vaccination: Measles-rubella (MR) dose 1"),
        "{out}"
    );
    assert!(
        !out.contains("ひなた"),
        "English demo data is in English:\n{out}"
    );
}

#[test]
fn demo_is_deterministic_given_today() {
    let strip = |r: Run| r.stdout.lines().skip(1).collect::<Vec<_>>().join("\n");
    let a = Hb::new();
    let b = Hb::new();
    assert_eq!(strip(a.run(&["demo"]).ok()), strip(b.run(&["demo"]).ok()));
}

#[test]
fn demo_records_what_the_brief_promises() {
    let hb = Hb::new();
    hb.run(&["demo"]).ok();
    let growth = hb.run(&["--json", "growth", "list"]).ok().json();
    let growth = growth.as_array().unwrap();
    assert_eq!(growth.len(), 11);
    assert_eq!(growth.last().unwrap()["weight_kg"], 9.0);
    let shots = hb.run(&["--json", "vaccination", "list"]).ok().json();
    let codes: Vec<String> = shots
        .as_array()
        .unwrap()
        .iter()
        .map(|v| format!("{}{}", v["vaccine"].as_str().unwrap(), v["dose"]))
        .collect();
    for expected in [
        "hepb1",
        "hepb2",
        "hepb3",
        "rotavirus1",
        "rotavirus2",
        "dpt_ipv_hib1",
        "dpt_ipv_hib2",
        "dpt_ipv_hib3",
        "pcv1",
        "pcv2",
        "pcv3",
        "bcg1",
        "mr1",
        "varicella1",
    ] {
        assert!(
            codes.contains(&expected.to_string()),
            "{expected} missing from {codes:?}"
        );
    }
    let checkups = hb.run(&["--json", "checkup", "list"]).ok().json();
    let kinds: Vec<&str> = checkups
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["checkup"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["1m", "3-4m", "6-7m", "9-10m"]);
    assert!(checkups[1]["answers"].as_array().unwrap().len() >= 2);
    let prenatal = hb.run(&["--json", "prenatal", "list"]).ok().json();
    assert_eq!(prenatal.as_array().unwrap().len(), 7);
    hb.run(&["check"]).ok();
}

#[test]
fn demo_refuses_to_overwrite_without_force() {
    let hb = Hb::new();
    hb.run(&["demo"]).ok();
    hb.add_child("Aoi", "2026-01-10");

    let r = hb.run(&["demo"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("すでに手帳がある"), "{}", r.stderr);
    assert!(r.stderr.contains("--force"), "{}", r.stderr);
    let r = hb.run(&["--lang", "en", "--json", "demo"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("already exists"), "{}", r.stderr);
    assert_eq!(r.json()["error"]["kind"], "already_exists");
    // Untouched: the child added by hand is still there.
    let kids = hb.run(&["--json", "child", "list"]).ok().json();
    assert_eq!(kids.as_array().unwrap().len(), 2);

    // --force replaces the handbook with the sample family only.
    hb.run(&["demo", "--force"]).ok();
    let kids = hb.run(&["--json", "child", "list"]).ok().json();
    let names: Vec<&str> = kids
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["ひなた"]);
    // Nothing is left behind but the handbook itself.
    let files: Vec<String> = std::fs::read_dir(hb.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|f| f.contains("demo"))
        .collect();
    assert!(files.is_empty(), "{files:?}");
}

#[test]
fn demo_json_is_the_summary_and_the_two_timelines() {
    let hb = Hb::new();
    let v = hb.run(&["--json", "demo"]).ok().json();
    assert_eq!(v["home"]["pregnancy"]["gestational_age"], "28w3d");
    assert_eq!(v["home"]["pregnancy"]["days_until_due"], 81);
    assert_eq!(v["home"]["children"][0]["age_label"], "1歳0か月20日");
    assert_eq!(v["child_timeline"]["items"].as_array().unwrap().len(), 10);
    assert_eq!(
        v["pregnancy_timeline"]["items"].as_array().unwrap().len(),
        10
    );
}

#[test]
fn demo_is_quick() {
    let hb = Hb::new();
    let start = std::time::Instant::now();
    hb.run(&["demo"]).ok();
    // The brief asks for under a second; leave room for a loaded CI machine.
    assert!(start.elapsed().as_secs_f64() < 3.0, "{:?}", start.elapsed());
}

//! Growth as a parent and as city staff meet it: percentiles after `growth add`, in
//! `growth list`, `home` and `child show`; the stateless `growth assess`; the survey
//! tool on a Shift_JIS file; charts drawn from the Japanese survey by default.

mod common;

use common::Hb;

fn child_with_birth(hb: &Hb) {
    hb.run(&[
        "child",
        "add",
        "--name",
        "はな",
        "--sex",
        "female",
        "--birth-date",
        "2025-09-01",
    ])
    .ok();
}

#[test]
fn growth_add_answers_with_the_band_and_percentile() {
    let hb = Hb::new();
    child_with_birth(&hb);
    let r = hb
        .run(&[
            "growth",
            "add",
            "--date",
            "2025-12-01",
            "--weight",
            "5.9",
            "--length",
            "60.1",
            "--position",
            "recumbent",
        ])
        .ok();
    // 女 3〜4か月未満 is the band of 2025-12-01 (3 months): 5.9 kg sits between P50 and
    // P75 of the survey; WHO's z is shown alongside.
    assert!(
        r.stdout.contains("体重 5.90 kg: 50〜75パーセンタイル"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("線の間を補間"), "{}", r.stdout);
    assert!(r.stdout.contains("WHO z"), "{}", r.stdout);
    assert!(
        r.stdout.contains("令和5年乳幼児身体発育調査"),
        "{}",
        r.stdout
    );
    let j = hb
        .run(&[
            "--json",
            "growth",
            "add",
            "--date",
            "2026-05-10",
            "--weight",
            "6.0",
        ])
        .ok()
        .json();
    let s = &j["standings"][0];
    assert_eq!(s["indicator"], "weight_for_age");
    assert_eq!(s["japan"]["band"], "below_p3");
    assert!(s["japan"]["percentile"].is_null());
    assert_eq!(s["outside_usual_range"], true);
    assert!(s["who"]["z"].as_f64().unwrap() < -2.0);
}

#[test]
fn list_home_and_child_show_carry_the_percentiles() {
    let hb = Hb::new();
    child_with_birth(&hb);
    hb.run(&["growth", "add", "--date", "2025-12-01", "--weight", "5.9"])
        .ok();
    hb.run(&["growth", "add", "--date", "2026-03-01", "--head", "42.0"])
        .ok();
    let list = hb.run(&["growth", "list"]).ok();
    assert!(list.stdout.contains("体重 P50–75 (~"), "{}", list.stdout);
    assert!(
        list.stdout.contains("位置（令和5年調査）"),
        "{}",
        list.stdout
    );
    let json = hb.run(&["--json", "growth", "list"]).ok().json();
    assert_eq!(json[0]["standings"][0]["japan"]["band"], "p50_to_p75");
    assert!(json[0]["data"].is_object() || json[0]["id"].is_string());
    let home = hb.run(&["home"]).ok();
    assert!(home.stdout.contains("パーセンタイル"), "{}", home.stdout);
    let show = hb.run(&["--json", "child", "show"]).ok().json();
    let w = &show["latest"]["weight_kg"]["standing"];
    assert_eq!(w["japan"]["band"], "p50_to_p75", "{show}");
    assert!(w["who"]["z"].is_number());
    let en = hb.run(&["--lang", "en", "child", "show"]).ok();
    assert!(en.stdout.contains("50th–75th percentile"), "{}", en.stdout);
}

#[test]
fn assess_needs_no_handbook_and_corrects_for_preterm_birth() {
    let hb = Hb::new();
    let j = hb
        .run(&[
            "--json",
            "growth",
            "assess",
            "--sex",
            "male",
            "--birth",
            "2025-01-10",
            "--date",
            "2025-06-10",
            "--weight",
            "6.1",
            "--length",
            "62",
            "--position",
            "lying",
            "--head",
            "41",
            "--ga",
            "35+2",
        ])
        .ok()
        .json();
    let rows = j.as_array().unwrap();
    assert_eq!(rows.len(), 5);
    let w = &rows[0];
    assert_eq!(w["indicator"], "weight_for_age");
    assert_eq!(w["standard"], "japan2023");
    assert_eq!(w["age_corrected"], true);
    // 151 days old, born 33 days early.
    assert_eq!(w["age_days_used"], 151 - 33);
    assert_eq!(w["percentile_interpolated"], true);
    assert!(w["band"].is_string() && w["z"].is_null());
    let bmi = &rows[3];
    assert_eq!(bmi["standard"], "who");
    assert!(bmi["z"].is_number());
    // No handbook was created.
    assert!(!hb.file().exists());
    // Beyond the survey: head after 3 years is "not scored" with the reason.
    let j = hb
        .run(&[
            "--json",
            "growth",
            "assess",
            "--sex",
            "female",
            "--birth",
            "2021-01-10",
            "--date",
            "2025-06-10",
            "--head",
            "49",
            "--standard",
            "japan2023",
        ])
        .ok()
        .json();
    assert_eq!(j[0]["not_scored"]["reason"], "outside_table");
    assert!(j[0]["not_scored_reason"].as_str().unwrap().contains("3歳"));
    let bad = hb.run(&[
        "growth",
        "assess",
        "--sex",
        "male",
        "--birth",
        "2025-01-10",
        "--date",
        "2025-06-10",
    ]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
}

#[test]
fn survey_reads_shift_jis_writes_who_anthro_columns_and_a_report() {
    let hb = Hb::new();
    let text = "id,sex,birth_date,date,weight_kg,length_cm,measure,head_cm\r\n\
                山田一郎,1,2024-01-10,2024-07-10,7.9,67.5,l,43.5\r\n\
                2,f,2022-01-10,2024-02-10,11.5,86.0,L,\r\n\
                3,x,2022-01-10,2024-02-10,11.5,86.0,h,\r\n";
    let (sjis, _, _) = encoding_rs_like_sjis(text);
    let input = hb.path().join("健診.csv");
    std::fs::write(&input, sjis).unwrap();
    let out = hb.path().join("out.csv");
    let report = hb.path().join("report.html");
    let r = hb
        .run(&[
            "growth",
            "survey",
            input.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
        ])
        .ok();
    assert!(r.stdout.contains("3 行"), "{}", r.stdout);
    // The summary reads in Japanese: no English word in it (#16).
    assert!(r.stdout.contains("要確認"), "{}", r.stdout);
    assert!(!r.stdout.contains("flag"), "{}", r.stdout);
    assert!(r.stderr.contains("行 4"), "{}", r.stderr);
    let csv = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("id,sex,birth_date,date,age_days,weight_kg"));
    for col in [
        "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi", "zhc", "fhc",
    ] {
        assert!(lines[0].split(',').any(|c| c == col), "{col}");
    }
    assert!(
        lines[1].starts_with("山田一郎,1,2024-01-10,2024-07-10,182,"),
        "{}",
        lines[1]
    );
    // Recumbent at 761 days: clenhei = 86.0 − 0.7.
    assert!(lines[2].contains(",85.30,"), "{}", lines[2]);
    assert!(
        lines[3].contains("性別は 1/2・m/f で書いてください"),
        "{}",
        lines[3]
    );
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains("<svg") && html.contains("00-05 mo"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{mode:o}");
    }
    // A file without the required columns is refused by name.
    std::fs::write(&input, "id,sex,date\n1,1,2024-01-01\n").unwrap();
    let bad = hb.run(&[
        "growth",
        "survey",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("birth_date"), "{}", bad.stderr);
}

/// Shift_JIS bytes of the text: every character used above is in JIS X 0208, and the
/// CLI test crate has no encoder, so the few kanji are mapped by hand (codes from the
/// JIS X 0208 table) and everything else is ASCII.
fn encoding_rs_like_sjis(text: &str) -> (Vec<u8>, (), ()) {
    let mut out = Vec::new();
    for c in text.chars() {
        match c {
            '山' => out.extend([0x8E, 0x52]),
            '田' => out.extend([0x93, 0x63]),
            '一' => out.extend([0x88, 0xEA]),
            '郎' => out.extend([0x98, 0x59]),
            c if c.is_ascii() => out.push(c as u8),
            other => panic!("no Shift_JIS code for {other}"),
        }
    }
    (out, (), ())
}

#[test]
fn charts_default_to_the_japanese_survey_with_its_attribution() {
    let hb = Hb::new();
    child_with_birth(&hb);
    hb.run(&["growth", "add", "--date", "2025-12-01", "--weight", "5.9"])
        .ok();
    let svg = hb.path().join("w.svg");
    hb.run(&["growth", "chart", "--out", svg.to_str().unwrap()])
        .ok();
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(
        text.contains("令和5年乳幼児身体発育調査"),
        "no Japanese standard"
    );
    assert!(text.contains("出典：こども家庭庁"), "no attribution");
    // One shaded band (P3–P97), not WHO's three.
    let bands = text.split(r#"class="bands""#).nth(1).unwrap();
    let bands = &bands[..bands.find("</g>").unwrap()];
    assert_eq!(bands.matches("<path").count(), 1);
    // BMI has no Japanese curve: WHO is used.
    hb.run(&[
        "growth",
        "chart",
        "--indicator",
        "bmi",
        "--out",
        svg.to_str().unwrap(),
    ])
    .ok();
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.contains("WHO"));
}

#[test]
fn the_printed_summary_draws_the_survey_curves_and_credits_the_survey() {
    let hb = Hb::new();
    child_with_birth(&hb);
    hb.run(&["growth", "add", "--date", "2025-12-01", "--weight", "5.9"])
        .ok();
    let r = hb.run(&["export", "html"]).ok();
    let charts = r.stdout.split("<div class=\"chart\">").count() - 1;
    assert_eq!(charts, 1, "one chart: weight");
    assert!(
        r.stdout
            .contains("class=\"note attribution\">出典：こども家庭庁「令和5年乳幼児身体発育調査」")
    );
    // The chart is the survey's: one shaded band.
    let chart = r.stdout.split("<div class=\"chart\">").nth(1).unwrap();
    assert!(chart.contains("令和5年乳幼児身体発育調査"));
}

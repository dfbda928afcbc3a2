//! Adding and listing records, ids, errors and exit codes, through the real binary.

mod common;

use common::{Hb, TODAY};

#[test]
fn child_and_growth_round_trip_through_json() {
    let hb = Hb::new();
    let child = hb.run(&[
        "--json",
        "child",
        "add",
        "--name",
        "Aoi",
        "--sex",
        "male",
        "--birth-date",
        "2026-03-01",
        "--birth-weight",
        "3020g",
        "--birth-length",
        "49.5",
        "--ga",
        "39w2d",
        "--apgar",
        "8/9",
    ]);
    let child = child.ok().json();
    assert_eq!(child["name"], "Aoi");
    assert_eq!(child["sex"], "male");
    assert_eq!(child["birth"]["weight_kg"], 3.02);
    assert_eq!(child["ga_at_birth"], "39w2d");
    let id = child["id"].as_str().unwrap();

    let m = hb
        .run(&[
            "--json",
            "growth",
            "add",
            "--child",
            id,
            "--date",
            "2026-04-02",
            "--weight",
            "4.35",
            "--length",
            "54.2",
            "--head",
            "37.1",
            "--position",
            "recumbent",
        ])
        .ok()
        .json();
    assert_eq!(m["child_id"], id);
    assert_eq!(m["measured_on"], "2026-04-02");

    let list = hb
        .run(&["--json", "growth", "list", "--child", id])
        .ok()
        .json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0], m, "the listed record is the one stored");
    assert_eq!(list[0]["weight_kg"], 4.35);
    assert_eq!(list[0]["length_cm"], 54.2);
    assert_eq!(list[0]["head_cm"], 37.1);
    assert_eq!(list[0]["position"], "recumbent");

    let kids = hb.run(&["--json", "child", "list"]).ok().json();
    assert_eq!(kids[0]["id"], id);

    // Human output: kg with 2 decimals, cm with 1, birth weight in grams.
    let text = hb.run(&["--lang", "en", "growth", "list"]).ok().stdout;
    assert!(
        text.contains("2026-04-02  0 y 1 m 1 d  4.35 kg  54.2 cm  37.1 cm"),
        "{text}"
    );
    let card = hb.run(&["--lang", "en", "child", "show"]).ok().stdout;
    assert!(card.contains("3020 g · 49.5 cm"), "{card}");
    assert!(
        card.contains("Weight        4.35 kg (2026-04-02)"),
        "{card}"
    );
}

#[test]
fn a_validation_error_exits_2_with_the_parents_message_and_writes_nothing() {
    let hb = Hb::new();
    hb.add_child("Aoi", "2026-05-10");

    let ja = hb.run(&["growth", "add", "--weight", "40"]);
    assert_eq!(ja.code, 2);
    assert!(
        ja.stderr.contains("体重40kgは新生児としてありえない値です"),
        "{}",
        ja.stderr
    );
    assert!(ja.stdout.is_empty());

    let en = hb.run(&["--lang", "en", "growth", "add", "--weight", "40"]);
    assert_eq!(en.code, 2);
    assert!(
        en.stderr
            .contains("A weight of 40 kg is not possible for a newborn"),
        "{}",
        en.stderr
    );

    let json = hb.run(&["--lang", "en", "--json", "growth", "add", "--weight", "40"]);
    assert_eq!(json.code, 2);
    let err = json.json();
    assert_eq!(err["error"]["kind"], "validation");
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("newborn")
    );

    // A date in the future, and a child born tomorrow: refused too.
    assert_eq!(
        hb.run(&["growth", "add", "--weight", "3.5", "--date", "2026-05-21"])
            .code,
        2
    );
    let r = hb.run(&[
        "child",
        "add",
        "--name",
        "X",
        "--sex",
        "f",
        "--birth-date",
        "2026-05-21",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("未来の日付"), "{}", r.stderr);

    let list = hb.run(&["--json", "growth", "list"]).ok().json();
    assert_eq!(list.as_array().unwrap().len(), 0, "nothing was written");
    let kids = hb.run(&["--json", "child", "list"]).ok().json();
    assert_eq!(kids.as_array().unwrap().len(), 1);
}

#[test]
fn malformed_values_are_usage_errors_in_both_languages() {
    let hb = Hb::new();
    hb.add_child("Aoi", "2026-01-10");
    let r = hb.run(&["growth", "add", "--weight", "4x"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("「4x」は数値ではありません"),
        "{}",
        r.stderr
    );
    let r = hb.run(&[
        "--lang",
        "en",
        "--json",
        "growth",
        "add",
        "--date",
        "2026-02-30",
        "--weight",
        "4",
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(r.json()["error"]["kind"], "usage");
    assert!(r.stderr.contains("not a date"), "{}", r.stderr);
    let r = hb.run(&[
        "--lang",
        "en",
        "vaccination",
        "add",
        "--vaccine",
        "polio",
        "--dose",
        "1",
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("Use one of: hepb, rotavirus"),
        "{}",
        r.stderr
    );
}

#[test]
fn ids_may_be_unique_prefixes_or_left_out_when_there_is_one() {
    let hb = Hb::new();
    let a = hb.add_child("Aoi", "2025-11-01");
    // One child: no --child needed.
    hb.run(&["growth", "add", "--weight", "6.1"]).ok();

    let b = hb.add_child("Mei", "2024-02-01");
    // Two children: the id is needed, and the message lists them.
    let r = hb.run(&["--lang", "en", "growth", "add", "--weight", "6.2"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("--child") && r.stderr.contains(&a) && r.stderr.contains(&b),
        "{}",
        r.stderr
    );

    // A unique prefix (without hyphens, any case) finds the child.
    let hex_a: String = a.chars().filter(|c| *c != '-').collect();
    let hex_b: String = b.chars().filter(|c| *c != '-').collect();
    let common = hex_a
        .chars()
        .zip(hex_b.chars())
        .take_while(|(x, y)| x == y)
        .count();
    let unique = &hex_a[..(common + 1).max(8)];
    let shown = hb
        .run(&["--json", "child", "show", &unique.to_uppercase()])
        .ok()
        .json();
    assert_eq!(shown["child"]["id"], a.as_str());
    let list = hb
        .run(&["--json", "growth", "list", "--child", unique])
        .ok()
        .json();
    assert_eq!(list.as_array().unwrap().len(), 1);

    // Too short, ambiguous, unknown.
    let r = hb.run(&["--lang", "en", "child", "show", &hex_a[..7]]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("8 or more hex digits"), "{}", r.stderr);
    if common >= 8 {
        let r = hb.run(&["--lang", "en", "--json", "child", "show", &hex_a[..common]]);
        assert_eq!(r.code, 2);
        assert!(r.stderr.contains("matches 2 child records"), "{}", r.stderr);
        assert_eq!(r.json()["error"]["kind"], "input");
    }
    let r = hb.run(&["--json", "child", "show", "ffffffffffff"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.json()["error"]["kind"], "not_found");

    // Deleting by prefix; the deleted child is then unknown.
    hb.run(&["child", "delete", unique, "--yes"]).ok();
    assert_eq!(hb.run(&["child", "show", unique]).code, 2);
    let kids = hb.run(&["--json", "child", "list"]).ok().json();
    assert_eq!(kids.as_array().unwrap().len(), 1);
}

#[test]
fn the_data_dir_and_language_come_from_the_environment() {
    let hb = Hb::new();
    let dir = hb.path().join("nested").join("family");
    let r = Hb::run_with(
        Hb::bare()
            .env("HAGUKUMI_DATA_DIR", &dir)
            .env("HAGUKUMI_LANG", "en")
            .env("HAGUKUMI_TODAY", TODAY)
            .arg("demo"),
    )
    .ok();
    assert!(dir.join("handbook.sqlite3").exists());
    assert!(r.stdout.contains("Pregnancy  28w3d"), "{}", r.stdout);
    // --data-dir wins over the variable.
    let other = hb.path().join("other");
    Hb::run_with(
        Hb::bare()
            .env("HAGUKUMI_DATA_DIR", &dir)
            .env("HAGUKUMI_TODAY", TODAY)
            .arg("--data-dir")
            .arg(&other)
            .arg("demo"),
    )
    .ok();
    assert!(other.join("handbook.sqlite3").exists());
}

#[test]
fn reading_where_there_is_no_handbook_says_so_and_creates_nothing() {
    let hb = Hb::new();
    let r = hb.run(&["--json", "home"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.json()["error"]["kind"], "no_handbook");
    assert!(r.stderr.contains("hagukumi demo"), "{}", r.stderr);
    assert!(!hb.file().exists());
}

#[test]
fn timeline_pages_follow_the_cursor_without_gaps_or_repeats() {
    let hb = Hb::new();
    hb.run(&["demo"]).ok();
    let all = hb
        .run(&["--json", "timeline", "--child", "--limit", "200"])
        .ok()
        .json();
    let all_ids: Vec<String> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect();
    assert!(all["next_cursor"].is_null());
    assert!(all_ids.len() > 30, "{}", all_ids.len());

    let mut paged = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let mut args = vec!["--json", "timeline", "--child", "--limit", "7"];
        if let Some(c) = &cursor {
            args.extend(["--cursor", c.as_str()]);
        }
        let page = hb.run(&args).ok().json();
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= 7);
        paged.extend(items.iter().map(|i| i["id"].as_str().unwrap().to_string()));
        pages += 1;
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => break,
        }
        assert!(pages < 100);
    }
    assert_eq!(paged, all_ids);
    assert_eq!(pages, all_ids.len().div_ceil(7));

    // Text output ends a page with the cursor to continue from.
    let text = hb.run(&["timeline", "--child", "--limit", "3"]).ok().stdout;
    let cursor = text
        .lines()
        .last()
        .unwrap()
        .split("--cursor ")
        .nth(1)
        .unwrap()
        .to_string();
    let next = hb
        .run(&[
            "--json", "timeline", "--child", "--limit", "3", "--cursor", &cursor,
        ])
        .ok()
        .json();
    assert_eq!(next["items"][0]["id"], all_ids[3].as_str());

    let bad = hb.run(&["--json", "timeline", "--child", "--cursor", "nonsense"]);
    assert_eq!(bad.code, 2);
    assert_eq!(bad.json()["error"]["kind"], "bad_cursor");
    // Both subjects exist, so the timeline needs to be told which.
    assert_eq!(hb.run(&["timeline"]).code, 2);
}

#[test]
fn a_pregnancy_from_checkups_to_delivery() {
    let hb = Hb::new();
    let p = hb
        .run(&[
            "--json",
            "pregnancy",
            "add",
            "--lmp",
            "2025-08-20",
            "--pre-weight",
            "50",
        ])
        .ok()
        .json();
    assert_eq!(p["fetuses"], 1);
    let r = hb.run(&[
        "prenatal",
        "add",
        "--date",
        "2026-05-01",
        "--weight",
        "61.2",
        "--bp",
        "118/72",
        "--protein",
        "-",
        "--glucose",
        "±",
        "--fundal",
        "31",
        "--girth",
        "90",
        "--oedema",
        "+",
        "--next",
        "2026-05-08",
    ]);
    assert!(r.ok().stdout.contains("36週2日"));
    let list = hb.run(&["--json", "prenatal", "list"]).ok().json();
    assert_eq!(list[0]["bp_systolic"], 118);
    assert_eq!(list[0]["urine_glucose"], "trace");
    let text = hb.run(&["--lang", "en", "prenatal", "list"]).ok().stdout;
    assert!(
        text.contains("36w2d") && text.contains("61.2 kg") && text.contains("118/72"),
        "{text}"
    );

    // Diastolic above systolic: refused by the core.
    assert_eq!(hb.run(&["prenatal", "add", "--bp", "70/120"]).code, 2);

    // Twins named for a singleton pregnancy: refused, nothing written.
    let r = hb.run(&[
        "--lang",
        "en",
        "delivery",
        "add",
        "--at",
        "2026-05-19T03:42",
        "--method",
        "vaginal",
        "--baby",
        "A:female",
        "--baby",
        "B:male",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("lists 2"), "{}", r.stderr);

    let d = hb
        .run(&[
            "--json",
            "delivery",
            "add",
            "--at",
            "2026-05-19T03:42",
            "--method",
            "caesarean",
            "--blood-loss",
            "620",
            "--baby",
            "Sora:male:3120g:50.5:34",
            "--apgar",
            "9/10",
        ])
        .ok()
        .json();
    assert_eq!(d["delivery"]["blood_loss_ml"], 620, "{d}");
    assert_eq!(
        d["delivery"]["ga_at_birth"], "38w6d",
        "counted from the LMP"
    );
    assert_eq!(d["children"][0]["name"], "Sora");
    assert_eq!(d["children"][0]["birth"]["weight_kg"], 3.12);
    assert_eq!(d["children"][0]["birth"]["apgar_5min"], 10);

    let list = hb.run(&["--lang", "en", "pregnancy", "list"]).ok().stdout;
    assert!(list.contains("delivered 2026-05-19"), "{list}");
    // No ongoing pregnancy now: the implicit id is refused with a hint.
    let r = hb.run(&["--lang", "en", "prenatal", "list"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("pregnancy add"), "{}", r.stderr);
}

#[test]
fn checkups_vaccinations_dental_and_diary() {
    let hb = Hb::new();
    let a = hb.add_child("Aoi", "2025-10-01");
    let b = hb.add_child("Mei", "2025-10-01");
    let c = hb
        .run(&[
            "--json",
            "checkup",
            "add",
            "--child",
            &a,
            "--kind",
            "6-7m",
            "--date",
            "2026-04-25",
            "--answer",
            "rolled_over=2026-03-01",
            "--answer",
            "sat_alone=いいえ",
            "--findings",
            "異常なし",
        ])
        .ok()
        .json();
    assert_eq!(c["answers"][0]["field"], "rolled_over");
    assert_eq!(c["answers"][0]["value"]["when"]["date"], "2026-03-01");
    assert_eq!(c["answers"][1]["value"], "no");
    let text = hb.run(&["checkup", "list", "--child", &a]).ok().stdout;
    assert!(
        text.contains("6〜7か月児健診")
            && text.contains("はい（2026年3月1日）")
            && text.contains("いいえ"),
        "{text}"
    );

    hb.run(&[
        "vaccination",
        "add",
        "--child",
        &a,
        "--vaccine",
        "rotavirus",
        "--dose",
        "1",
        "--date",
        "2025-12-01",
        "--brand",
        "rotarix",
        "--lot",
        "AROLC734",
    ])
    .ok();
    let r = hb.run(&[
        "vaccination",
        "add",
        "--child",
        &a,
        "--vaccine",
        "bcg",
        "--dose",
        "2",
        "--date",
        "2026-03-01",
    ]);
    assert_eq!(r.code, 2, "BCG has one dose");
    let shots = hb
        .run(&["--json", "vaccination", "list", "--child", &a])
        .ok()
        .json();
    assert_eq!(shots.as_array().unwrap().len(), 1);
    assert_eq!(shots[0]["brand"], "rotarix");

    hb.run(&[
        "dental",
        "add",
        "--child",
        &b,
        "--teeth",
        "2",
        "--caries",
        "0",
        "--fluoride",
    ])
    .ok();
    let dental = hb
        .run(&["--json", "dental", "list", "--child", &b])
        .ok()
        .json();
    assert_eq!(dental[0]["date"], TODAY);
    assert_eq!(dental[0]["fluoride_applied"], true);

    // One diary entry for both twins.
    hb.run(&[
        "diary",
        "add",
        "--child",
        &a,
        "--child",
        &b,
        "--mood",
        "happy",
        "ふたりで笑っていた",
    ])
    .ok();
    for id in [&a, &b] {
        let d = hb
            .run(&["--json", "diary", "list", "--child", id])
            .ok()
            .json();
        assert_eq!(d[0]["text"], "ふたりで笑っていた");
        assert_eq!(d[0]["subjects"].as_array().unwrap().len(), 2);
    }
    assert_eq!(
        hb.run(&["diary", "add", "--child", &a, ""]).code,
        2,
        "an empty entry is refused"
    );
}

#[test]
fn profile_set_keeps_what_is_not_given() {
    let hb = Hb::new();
    hb.run(&[
        "profile",
        "set",
        "--name",
        "山田 さくら",
        "--blood-type",
        "A Rh+",
    ])
    .ok();
    hb.run(&["profile", "set", "--district", "中央区"]).ok();
    let p = hb.run(&["--json", "profile", "show"]).ok().json();
    assert_eq!(p["name"], "山田 さくら");
    assert_eq!(p["blood_type"], "A Rh+");
    assert_eq!(p["district"], "中央区");
    assert_eq!(
        hb.run(&["profile", "set", "--height", "15.8"]).code,
        2,
        "a height in metres is refused"
    );
}

#[test]
fn check_reports_integrity_and_schema_version() {
    let hb = Hb::new();
    hb.run(&["demo"]).ok();
    let v = hb.run(&["--json", "check"]).ok().json();
    assert_eq!(v["integrity"], "ok");
    assert!(v["schema_version"].as_i64().unwrap() >= 1);
    let text = hb.run(&["--lang", "en", "check"]).ok().stdout;
    assert!(text.contains("Integrity       ok"), "{text}");
}

#[test]
fn help_and_version() {
    let hb = Hb::new();
    let help = hb.run(&["--help"]).ok().stdout;
    for cmd in [
        "demo",
        "home",
        "profile",
        "pregnancy",
        "prenatal",
        "delivery",
        "child",
        "growth",
        "checkup",
        "vaccination",
        "dental",
        "diary",
        "timeline",
        "check",
    ] {
        assert!(
            help.contains(&format!("\n  {cmd} ")),
            "{cmd} missing from\n{help}"
        );
    }
    assert!(hb.run(&["--version"]).ok().stdout.starts_with("hagukumi "));
    assert_eq!(hb.run(&[]).code, 2, "no command is a usage error");
}

/// A name and a diary entry written to drive a terminal (clear the screen, set the
/// window title, a red "URGENT"), as a co-parent's share or a pasted text may bring.
const HOSTILE_NAME: &str = "\u{1b}[2J\u{1b}]0;pwned\u{7}Hana\u{9b}31m\u{202e}";
const HOSTILE_DIARY: &str = "\u{1b}[31mURGENT: call 000\u{1b}[0m\nsecond line";

/// Bytes that act on a terminal instead of being shown: C0 controls other than
/// newline and tab, DEL, C1 controls, and the bidirectional overrides.
fn terminal_controls(s: &str) -> Vec<char> {
    s.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\t')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

#[test]
fn terminal_controls_in_records_never_reach_the_terminal() {
    let hb = Hb::new();
    let id = hb.add_child(HOSTILE_NAME, "2026-03-01");
    hb.run(&["diary", "add", HOSTILE_DIARY, "--child", &id])
        .ok();
    for args in [
        &["child", "show"][..],
        &["child", "list"],
        &["home"],
        &["timeline"],
        &["diary", "list", "--child", &id],
        &["--lang", "en", "child", "show"],
        &["--lang", "en", "home"],
    ] {
        let r = hb.run(args).ok();
        assert_eq!(
            terminal_controls(&r.stdout),
            vec![],
            "{args:?}:\n{:?}",
            r.stdout
        );
        assert_eq!(terminal_controls(&r.stderr), vec![], "{args:?}");
        // Shown, not hidden: the text around the controls is still there.
        let expected = if args[0] == "diary" { "URGENT" } else { "Hana" };
        assert!(r.stdout.contains(expected), "{args:?}:\n{}", r.stdout);
    }
    let diary = hb.run(&["diary", "list", "--child", &id]).ok();
    assert!(
        diary.stdout.contains("\u{FFFD}[31mURGENT"),
        "{}",
        diary.stdout
    );

    // JSON keeps the exact text, escaped: a script reading it gets the name back.
    for args in [
        &["--json", "child", "show"][..],
        &["--json", "diary", "list", "--child", &id],
    ] {
        let r = hb.run(args).ok();
        assert_eq!(
            terminal_controls(&r.stdout),
            vec![],
            "{args:?}:\n{:?}",
            r.stdout
        );
    }
    let shown = hb.run(&["--json", "child", "show"]).ok().json();
    assert_eq!(shown["child"]["name"], HOSTILE_NAME);
}

/// `sh -c 'umask 022; exec hagukumi …'`: the usual umask, which lets every other
/// user of the machine read what a plain create makes.
fn run_umask_022(data_dir: &std::path::Path, args: &[&str]) -> common::Run {
    let mut sh = std::process::Command::new("sh");
    sh.arg("-c")
        .arg("umask 022; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_hagukumi"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(["--today", TODAY])
        .args(args);
    for var in ["HAGUKUMI_DATA_DIR", "HAGUKUMI_LANG", "HAGUKUMI_TODAY"] {
        sh.env_remove(var);
    }
    Hb::run_with(&mut sh)
}

#[cfg(unix)]
#[test]
fn everything_the_cli_creates_is_private_under_umask_022() {
    use std::os::unix::fs::PermissionsExt as _;
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("new").join("hagukumi");
    let out = root.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o755)).unwrap();
    run_umask_022(
        &data,
        &[
            "child",
            "add",
            "--name",
            "Aoi",
            "--sex",
            "male",
            "--birth-date",
            "2026-03-01",
        ],
    )
    .ok();
    run_umask_022(
        &data,
        &["growth", "add", "--date", "2026-04-02", "--weight", "4.35"],
    )
    .ok();
    run_umask_022(&data, &["diary", "add", "よく寝た", "--child"]).ok();
    let html = out.join("summary.html");
    let fhir = out.join("bundle.json");
    let chart = out.join("chart.svg");
    run_umask_022(&data, &["export", "html", "--out", html.to_str().unwrap()]).ok();
    run_umask_022(&data, &["export", "fhir", "--out", fhir.to_str().unwrap()]).ok();
    run_umask_022(
        &data,
        &["growth", "chart", "--out", chart.to_str().unwrap()],
    )
    .ok();

    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    for file in [&html, &fhir, &chart] {
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
    assert_eq!(mode(&root.path().join("new")), 0o700);
    let mut stack = vec![data.clone()];
    let mut seen = 0;
    while let Some(dir) = stack.pop() {
        assert_eq!(mode(&dir), 0o700, "{}", dir.display());
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            seen += 1;
            if path.is_dir() {
                stack.push(path);
            } else {
                assert_eq!(mode(&path), 0o600, "{}", path.display());
            }
        }
    }
    assert!(seen >= 1, "the handbook was written");
}

#[cfg(unix)]
#[test]
fn a_data_folder_given_open_to_others_is_reported_not_changed() {
    use std::os::unix::fs::PermissionsExt as _;
    let hb = Hb::new();
    hb.add_child("Aoi", "2026-03-01");
    std::fs::set_permissions(hb.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let r = hb.run(&["--lang", "en", "home"]).ok();
    assert!(r.stderr.contains("chmod 700"), "{}", r.stderr);
    let mode = std::fs::metadata(hb.path()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o755, "a folder the user chose keeps its permissions");
}

/// Another process in the middle of a write (here: holding SQLite's write lock)
/// must not stop the family reading. Before, every open waited 5 s for the lock to
/// run the migrations, then failed.
#[test]
fn reading_commands_work_while_another_process_holds_the_write_lock() {
    let hb = Hb::new();
    let id = hb.add_child("Aoi", "2026-03-01");
    hb.run(&["diary", "add", "よく寝た", "--child", &id]).ok();
    let writer = rusqlite::Connection::open(hb.file()).unwrap();
    writer.execute_batch("BEGIN IMMEDIATE").unwrap();
    for args in [
        &["home"][..],
        &["timeline"],
        &["child", "show"],
        &["check"],
        &["diary", "list", "--child", &id],
        &["schedule"],
    ] {
        hb.run(args).ok();
    }
    writer.execute_batch("ROLLBACK").unwrap();
}

/// Reading needs SQLite's `-shm` index, which cannot be created or grown on a full
/// disk (or in a read-only folder). `/dev/full` in its place fails every write with
/// "no space left" like a full disk: reading commands still show the records, and a
/// command that writes says why it cannot.
#[cfg(target_os = "linux")]
#[test]
fn reading_commands_work_when_the_disk_is_full_for_the_index() {
    let hb = Hb::new();
    hb.add_child("Aoi", "2026-03-01");
    let before = std::fs::read(hb.file()).unwrap();
    let shm = hb.path().join("handbook.sqlite3-shm");
    std::os::unix::fs::symlink("/dev/full", &shm).unwrap();
    for args in [&["home"][..], &["timeline"], &["child", "show"], &["check"]] {
        let r = hb.run(args).ok();
        assert!(
            r.stdout.contains("Aoi") || args == ["check"],
            "{args:?}: {}",
            r.stdout
        );
    }
    let r = hb.run(&["--lang", "en", "diary", "add", "x", "--child"]);
    assert_ne!(r.code, 0);
    assert!(!r.stderr.is_empty());
    assert_eq!(std::fs::read(hb.file()).unwrap(), before);
}

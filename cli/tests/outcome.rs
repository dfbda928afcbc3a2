//! Pregnancy outcomes and the city's consultation desk, through the real binary:
//! `pregnancy end | reopen | delete`, what `home`, `reminders`, `notices` and `diary`
//! show after a loss, and `city show`. The city feed is the bundled sample
//! (`feed sync --sample`), whose desk is test data with a fictional number.

#![allow(clippy::unwrap_used)] // test helpers outside #[test] functions

mod common;

use common::Hb;
use serde_json::Value;

/// 30 weeks pregnant on TODAY (2026-05-20): inside the sample city's RSV-vaccine
/// notice (28–36 weeks) and the RSV dose's window, with a prenatal visit booked in
/// five days and a diary entry about the pregnancy. Returns the pregnancy's id.
fn thirty_weeks(hb: &Hb) -> String {
    let id = thirty_weeks_without_diary(hb);
    hb.run(&[
        "diary",
        "add",
        "おなかをよく蹴るようになった",
        "--pregnancy",
        &id,
        "--date",
        "2026-05-12",
    ])
    .ok();
    id
}

fn thirty_weeks_without_diary(hb: &Hb) -> String {
    let id = hb
        .run(&["--json", "pregnancy", "add", "--lmp", "2025-10-22"])
        .ok()
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    hb.run(&[
        "prenatal",
        "add",
        "--pregnancy",
        &id,
        "--date",
        "2026-05-10",
        "--weight",
        "58.2",
        "--next",
        "2026-05-25",
    ])
    .ok();
    hb.run(&["feed", "sync", "--sample"]).ok();
    id
}

fn pregnancy_reminders(hb: &Hb) -> Vec<Value> {
    hb.run(&["--json", "reminders", "--days", "60"])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["subject"]["kind"] == "pregnancy")
        .cloned()
        .collect()
}

fn pregnancy_notices(hb: &Hb) -> Vec<String> {
    hb.run(&["--json", "notices"])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| {
            n["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r["kind"] == "pregnancy")
        })
        .map(|n| n["id"].as_str().unwrap().to_string())
        .collect()
}

/// "30週0日", "30w0d", "30 weeks": any gestational week in a text.
fn has_week(text: &str) -> bool {
    let bytes: Vec<char> = text.chars().collect();
    bytes
        .windows(2)
        .any(|w| w[0].is_ascii_digit() && w[1] == '週')
        || text.contains(" weeks ")
        || bytes
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == 'w' && w[2].is_ascii_digit())
}

#[test]
fn after_a_miscarriage_nothing_counts_weeks_reminds_or_targets_her_and_her_diary_stays() {
    let hb = Hb::new();
    let id = thirty_weeks(&hb);
    // Before: the card counts weeks, a visit and the RSV dose are reminded, the
    // city's pregnancy notices are hers.
    let home = hb.run(&["home"]).ok().stdout;
    assert!(home.contains("妊娠30週0日"), "{home}");
    assert!(!pregnancy_reminders(&hb).is_empty());
    assert!(!pregnancy_notices(&hb).is_empty());

    let ended = hb
        .run(&[
            "pregnancy",
            "end",
            &id,
            "--outcome",
            "miscarriage",
            "--date",
            "2026-05-18",
        ])
        .ok()
        .stdout;
    assert!(ended.contains("流産（2026-05-18）"), "{ended}");
    assert!(
        ended.contains("健診・日記・写真はそのまま残ります"),
        "{ended}"
    );

    for lang in ["ja", "en"] {
        let home = hb.run(&["--lang", lang, "home"]).ok().stdout;
        assert!(!has_week(&home), "{home}");
        // Not "nothing recorded yet": the pregnancy is still hers.
        assert!(!home.contains("まだありません"), "{home}");
        assert!(!home.contains("No pregnancy"), "{home}");
        // The desk is offered first, with the sample city's (fictional) number.
        assert!(home.contains("0000-12-3410"), "{home}");
    }
    let home = hb.run(&["home"]).ok().stdout;
    let desk_line = home.lines().nth(2).unwrap();
    assert!(
        desk_line.starts_with("つらい気持ちを、ひとりで抱えこまないでください。"),
        "{home}"
    );
    let json = hb.run(&["--json", "home"]).ok().json();
    assert_eq!(json["pregnancy"], Value::Null);
    assert_eq!(json["worries"][0]["kind"]["kind"], "pregnancy_loss");
    assert_eq!(json["worries"][0]["desk"]["phone"], "0000-12-3410");

    assert_eq!(pregnancy_reminders(&hb), Vec::<Value>::new());
    assert_eq!(pregnancy_notices(&hb), Vec::<String>::new());
    let everyone = hb.run(&["--json", "notices"]).ok().json();
    assert!(
        !everyone.as_array().unwrap().is_empty(),
        "notices for everyone still come"
    );

    // Her diary and the pregnancy's pages stay reachable.
    let diary = hb.run(&["diary", "list", "--pregnancy", &id]).ok().stdout;
    assert!(diary.contains("おなかをよく蹴るようになった"), "{diary}");
    let show = hb.run(&["pregnancy", "show", &id]).ok().stdout;
    assert!(show.contains("妊娠の終了    流産（2026-05-18）"), "{show}");
    assert!(show.contains("妊婦健診      1"), "{show}");
    assert!(!has_week(&show), "{show}");

    // Listed quietly with its outcome, in both languages, long after 42 weeks.
    let later = Hb::bare()
        .arg("--data-dir")
        .arg(hb.path())
        .args(["--today", "2027-03-01", "pregnancy", "list"])
        .output()
        .unwrap();
    let later = String::from_utf8(later.stdout).unwrap();
    assert!(later.contains("流産（2026-05-18）"), "{later}");
    let en = hb.run(&["--lang", "en", "pregnancy", "list"]).ok().stdout;
    assert!(en.contains("Miscarriage (2026-05-18)"), "{en}");
    assert!(!has_week(&en), "{en}");
}

#[test]
fn the_outcome_takes_the_japanese_words_and_a_mistake_is_undone_with_reopen() {
    let hb = Hb::new();
    let id = thirty_weeks(&hb);
    for (word, ja, en) in [
        ("死産", "死産（2026-05-19）", "Stillbirth (2026-05-19)"),
        (
            "人工妊娠中絶",
            "人工妊娠中絶（2026-05-19）",
            "Termination of pregnancy (2026-05-19)",
        ),
        ("流産", "流産（2026-05-19）", "Miscarriage (2026-05-19)"),
        (
            "termination",
            "人工妊娠中絶（2026-05-19）",
            "Termination of pregnancy (2026-05-19)",
        ),
    ] {
        hb.run(&[
            "pregnancy",
            "end",
            &id,
            "--outcome",
            word,
            "--date",
            "2026-05-19",
        ])
        .ok();
        let list = hb.run(&["pregnancy", "list"]).ok().stdout;
        assert!(list.contains(ja), "{word}: {list}");
        let list = hb.run(&["--lang", "en", "pregnancy", "list"]).ok().stdout;
        assert!(list.contains(en), "{word}: {list}");
    }

    // Refused, typed and in her language: an unknown word, a future day, a day
    // before the pregnancy began. Nothing changes.
    let r = hb.run(&[
        "pregnancy",
        "end",
        &id,
        "--outcome",
        "lost",
        "--date",
        "2026-05-19",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("流産（miscarriage）"), "{}", r.stderr);
    let r = hb.run(&[
        "--json",
        "pregnancy",
        "end",
        &id,
        "--outcome",
        "miscarriage",
        "--date",
        "2026-05-21",
    ]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert_eq!(r.json()["error"]["kind"], "validation");
    let r = hb.run(&[
        "--lang",
        "en",
        "pregnancy",
        "end",
        &id,
        "--outcome",
        "miscarriage",
        "--date",
        "2025-10-01",
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("before this pregnancy began"),
        "{}",
        r.stderr
    );
    let list = hb.run(&["pregnancy", "list"]).ok().stdout;
    assert!(list.contains("人工妊娠中絶（2026-05-19）"), "{list}");

    // Recorded by mistake: reopened, she is 30 weeks pregnant again everywhere.
    hb.run(&["pregnancy", "reopen", &id]).ok();
    let home = hb.run(&["home"]).ok().stdout;
    assert!(home.contains("妊娠30週0日"), "{home}");
    assert!(!home.contains("0000-12-3410"), "no worry: {home}");
    assert!(!pregnancy_reminders(&hb).is_empty());
    assert!(!pregnancy_notices(&hb).is_empty());
}

#[test]
fn pregnancy_delete_asks_first_and_never_leaves_her_diary_unreachable() {
    let hb = Hb::new();
    let id = thirty_weeks(&hb);
    // Without --yes: says what would go, changes nothing, exits 2 with its own kind.
    let r = hb.run(&["--json", "--lang", "en", "pregnancy", "delete", &id]);
    assert_eq!(r.code, 2);
    // The diary entry is named first: deleting would strand it, --yes or not.
    assert_eq!(r.json()["error"]["kind"], "validation");
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Diary entries are about this pregnancy (1)"),
        "{}",
        r.stdout
    );
    let r = hb.run(&["pregnancy", "delete", &id, "--yes"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("日記が1件あります"), "{}", r.stderr);
    let diary = hb.run(&["diary", "list", "--pregnancy", &id]).ok().stdout;
    assert!(diary.contains("おなかをよく蹴るようになった"), "{diary}");

    // A pregnancy without diary entries: the confirmation counts what goes with it.
    let hb = Hb::new();
    let id = thirty_weeks_without_diary(&hb);
    let r = hb.run(&["--json", "--lang", "en", "pregnancy", "delete", &id]);
    assert_eq!(r.code, 2);
    assert_eq!(r.json()["error"]["kind"], "confirmation_needed");
    let msg = r.json()["error"]["message"].as_str().unwrap().to_string();
    assert!(
        msg.contains("also deletes 1 prenatal checkup, and cannot be undone"),
        "{msg}"
    );
    assert!(msg.contains("--yes"), "{msg}");
    let r = hb.run(&["pregnancy", "delete", &id]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("妊婦健診1件も削除され"), "{}", r.stderr);
    assert!(
        r.stderr.contains("まだ何も削除していません"),
        "{}",
        r.stderr
    );
    let listed = hb.run(&["--json", "pregnancy", "list"]).ok().json();
    assert_eq!(listed.as_array().unwrap().len(), 1, "nothing deleted");

    hb.run(&["pregnancy", "delete", &id, "--yes"]).ok();
    let listed = hb.run(&["--json", "pregnancy", "list"]).ok().json();
    assert_eq!(listed, serde_json::json!([]));
}

#[test]
fn city_show_prints_the_consultation_desk_from_the_configuration_and_the_feed() {
    let hb = Hb::new();
    // Chosen from the bundled configuration: the desk is there before any sync.
    hb.run(&["city", "move", "--sample"]).ok();
    let shown = hb.run(&["city", "show"]).ok().stdout;
    assert!(shown.contains("相談窓口"), "{shown}");
    assert!(shown.contains("こもれび市こども家庭センター"), "{shown}");
    assert!(shown.contains("電話: 0000-12-3410"), "{shown}");
    assert!(shown.contains("受付時間: 平日 8:30〜17:15"), "{shown}");
    let en = hb.run(&["--lang", "en", "city", "show"]).ok().stdout;
    assert!(
        en.contains("Komorebi City Children and Family Centre (こもれび市こども家庭センター)"),
        "{en}"
    );
    assert!(en.contains("hours: weekdays 8:30–17:15"), "{en}");
    // And as the signed feed carries it.
    let synced = Hb::new();
    synced.run(&["feed", "sync", "--sample"]).ok();
    let json = synced.run(&["--json", "city", "show"]).ok().json();
    assert_eq!(json["desk"]["phone"], "0000-12-3410");
    assert_eq!(
        json["desk"]["url"],
        "https://www.city.komorebi.example.jp/kosodate/center/"
    );
    // The staff's check of the signed feed shows what the phones will offer.
    let checked = synced.run(&["feed", "check"]).ok().stdout;
    assert!(
        checked.contains(
            "相談窓口: こもれび市こども家庭センター（電話 0000-12-3410、平日 8:30〜17:15）"
        ),
        "{checked}"
    );
}

#[test]
fn a_city_configuration_with_an_unreachable_desk_is_refused() {
    let hb = Hb::new();
    let city = std::fs::read_to_string(common::sample_dir().join("city.toml"))
        .unwrap()
        .replace("phone = \"0000-12-3410\"", "phone = \"#8000\"");
    let file = hb.path().join("city.toml");
    std::fs::write(&file, city).unwrap();
    let r = hb.run(&["city", "move", "--config", &file.to_string_lossy()]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stderr.contains("desk.phone"), "{}", r.stderr);
    let shown = hb.run(&["--lang", "en", "city", "show"]).ok().stdout;
    assert!(shown.contains("No city chosen yet"), "{shown}");
}

//! The pseudo-locale (`--lang en-XA`): every word from a catalog comes out accented
//! (「Ŵééîîĝĥţ」), so a plain English word on screen was written somewhere other than
//! the catalogs. The demo family's screens, lists, plans, pages, help and errors are
//! read line by line.

mod common;

use common::Hb;
use serde_json::Value;
use std::collections::BTreeSet;

/// Words of three or more plain ASCII letters that are not data: what a person typed
/// or a machine token (ids, paths, URLs, option names, codes in capitals, command
/// lines quoted in a message) — or one of `ids`, the ids and codes the CLI prints on
/// purpose so that they can be typed back (`--answer moves_limbs=yes`).
fn plain_words(text: &str, ids: &BTreeSet<String>) -> Vec<String> {
    let mut text = text.to_string();
    while let Some(at) = text.find("hagukumi ") {
        let rest = &text[at..];
        let end = rest.find(['\'', '`', '」', ')', ']']).unwrap_or(rest.len());
        text.replace_range(at..at + end, " ");
    }
    let mut found = Vec::new();
    let separators = "()[]{}（）「」、。,;\"=|·<>`";
    for raw in text.split(|c: char| c.is_whitespace() || separators.contains(c)) {
        let option = raw.trim_start_matches('\'').starts_with('-');
        let token = raw.trim_matches(|c: char| c.is_ascii_punctuation());
        let machine = option
            || ids.contains(token)
            || token.contains('_')
            || token.contains("://")
            || token.contains('@')
            || token.contains('.') && !token.ends_with('.')
            || token.chars().all(|c| c.is_ascii_hexdigit()) && token.len() >= 8
            || token.chars().all(|c| !c.is_ascii_lowercase());
        if machine {
            continue;
        }
        let mut run = String::new();
        for c in token.chars().chain(std::iter::once(' ')) {
            if c.is_ascii_alphabetic() {
                run.push(c);
            } else {
                if run.len() >= 3 {
                    found.push(run.clone());
                }
                run.clear();
            }
        }
    }
    found
}

/// Every string the CLI's JSON gives as an id, a code or a stored value: what the
/// text output shows as is, for typing back.
fn printed_ids(hb: &Hb) -> BTreeSet<String> {
    fn walk(v: &Value, out: &mut BTreeSet<String>) {
        match v {
            Value::String(s) if !s.contains(' ') => {
                out.insert(s.clone());
            }
            Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            Value::Object(map) => map.values().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut ids = BTreeSet::new();
    for args in [
        &["--json", "forms"][..],
        &["--json", "vaccination", "list"][..],
    ] {
        walk(&hb.run(args).ok().json(), &mut ids);
    }
    // The city's own words (its desk's English name and hours) are its data, as it
    // published them, not the catalogs'.
    let city = hb.run(&["--json", "city", "show"]).ok().stdout;
    ids.extend(
        city.split(|c: char| !c.is_ascii_alphabetic())
            .map(str::to_string),
    );
    ids
}

#[test]
fn the_check_finds_plain_english_and_passes_accented_text_and_data() {
    let none = BTreeSet::new();
    assert_eq!(plain_words("Weight 3.2 kg", &none), vec!["Weight"]);
    assert!(plain_words("[Ŵééîîĝĥţ 3.2 ķĝ] 2026-05-17 --weight DIR 0199b5a8", &none).is_empty());
    assert!(plain_words("https://example.org/feed.json はな", &none).is_empty());
    assert!(plain_words("[Ûšáĝé:] hagukumi growth add --weight <KG>", &none).is_empty());
    let ids = BTreeSet::from(["moves".to_string()]);
    assert!(plain_words("moves_limbs moves [Ŵĥéñ]", &ids).is_empty());
    assert_eq!(plain_words("moves Moves", &ids), vec!["Moves"]);
}

#[test]
fn every_screen_of_the_demo_family_comes_from_the_catalogs() {
    let hb = Hb::new();
    hb.run(&["demo"]).ok();
    let ids = printed_ids(&hb);
    let commands: &[&[&str]] = &[
        &["home"],
        &["timeline", "--limit", "40"],
        &["reminders", "--days", "400"],
        &["schedule"],
        &["growth", "list"],
        &["vaccination", "list"],
        &["checkup", "list"],
        &["prenatal", "list"],
        &["diary", "list"],
        &["forms"],
        &["forms", "show", "checkup_3_4m"],
        &["checkup", "questions", "--kind", "1m"],
        &["page", "list"],
        &["notices"],
        &["city", "show"],
        &["export", "html", "--out", "-"],
    ];
    let mut leaks = Vec::new();
    for args in commands {
        let mut all = vec!["--lang", "en-XA"];
        all.extend_from_slice(args);
        let r = hb.run(&all);
        for line in r.stdout.lines().chain(r.stderr.lines()) {
            let words = plain_words(line, &ids);
            if !words.is_empty() {
                leaks.push(format!(
                    "hagukumi {}: {words:?} in {line:?}",
                    args.join(" ")
                ));
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "{} lines bypass the catalogs:\n{}",
        leaks.len(),
        leaks.join("\n")
    );
}

#[test]
fn errors_and_help_come_from_the_catalogs_too() {
    let hb = Hb::new();
    hb.run(&["demo"]).ok();
    let ids = printed_ids(&hb);
    let cases: &[&[&str]] = &[
        &["growth", "add", "--weight", "1.2.3"],
        &["growth", "add", "--wieght", "3"],
        &["diary", "add", "はい", "--child", "--mood", "ねむい"],
        &["vaccination", "add", "--vaccine", "ポリオ", "--dose", "1"],
        &["schedule", "--set-timing", "ねむい"],
        &[
            "schedule",
            "--birth",
            "2026-01-01",
            "--dose",
            "ポリオ:1:2026-02-01",
        ],
        &["growth", "chart", "--indicator", "123"],
        &["feed", "check", "--weeks", "99", "feed.json"],
        &["child", "show", "ffffffff"],
    ];
    let mut leaks = Vec::new();
    for args in cases {
        let mut all = vec!["--lang", "en-XA"];
        all.extend_from_slice(args);
        let r = hb.run(&all);
        assert_ne!(r.code, 0, "hagukumi {} should fail", args.join(" "));
        for line in r.stderr.lines() {
            let words = plain_words(line, &ids);
            if !words.is_empty() {
                leaks.push(format!(
                    "hagukumi {}: {words:?} in {line:?}",
                    args.join(" ")
                ));
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "{} error lines bypass the catalogs:\n{}",
        leaks.len(),
        leaks.join("\n")
    );
}

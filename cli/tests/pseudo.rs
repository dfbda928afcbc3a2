//! The pseudo-locale (`--lang en-XA`): every word from a catalog comes out accented
//! (「Ŵééîîĝĥţ」), so a plain English word on screen was written somewhere other than
//! the catalogs. The demo family's screens, lists, plans, pages, help and errors are
//! read line by line.

mod common;

use common::Hb;

/// Words of three or more plain ASCII letters that are not data: what a person typed
/// or a machine token (ids, paths, URLs, option names, codes in capitals).
fn plain_words(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for token in
        text.split(|c: char| c.is_whitespace() || "()[]{}（）「」、。,;'\"=|·<>".contains(c))
    {
        let token = token.trim_matches(|c: char| c.is_ascii_punctuation());
        let machine = token.contains("://")
            || token.contains('@')
            || token.contains('.') && !token.ends_with('.')
            || token.starts_with('-')
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

#[test]
fn the_check_finds_plain_english_and_passes_accented_text_and_data() {
    assert_eq!(plain_words("Weight 3.2 kg"), vec!["Weight"]);
    assert!(plain_words("[Ŵééîîĝĥţ 3.2 ķĝ] 2026-05-17 --weight DIR 0199b5a8").is_empty());
    assert!(plain_words("https://example.org/feed.json はな").is_empty());
}

#[test]
fn every_screen_of_the_demo_family_comes_from_the_catalogs() {
    let hb = Hb::new();
    hb.run(&["demo"]).ok();
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
        &["forms", "show", "infant_checkup_3_4m"],
        &["checkup", "questions", "--kind", "1m"],
        &["page", "list"],
        &["feed", "list"],
    ];
    let mut leaks = Vec::new();
    for args in commands {
        let mut all = vec!["--lang", "en-XA"];
        all.extend_from_slice(args);
        let r = hb.run(&all);
        for line in r.stdout.lines().chain(r.stderr.lines()) {
            let words = plain_words(line);
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
    let cases: &[&[&str]] = &[
        &["growth", "add", "--weight", "abc"],
        &["growth", "add", "--wieght", "3"],
        &["diary", "add", "--mood", "sleepy", "--text", "x"],
        &["vaccination", "add", "--vaccine", "nope", "--dose", "1"],
        &["child", "show", "ffffffff"],
    ];
    let mut leaks = Vec::new();
    for args in cases {
        let mut all = vec!["--lang", "en-XA"];
        all.extend_from_slice(args);
        let r = hb.run(&all);
        assert_ne!(r.code, 0, "hagukumi {} should fail", args.join(" "));
        for line in r.stderr.lines() {
            let words = plain_words(line);
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

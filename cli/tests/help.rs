//! Help and argument errors in the user's language (#16), through the real binary.
//!
//! The catalog side (every command and argument has its `cli-help-cmd-…` message in
//! every language, none is left without its command) is checked on the command tree
//! itself by the unit tests in `cli/src/help.rs`.

// A failed unwrap is a failed test.
#![allow(clippy::unwrap_used)]

mod common;

use common::Hb;
use serde_json::Value;
use std::collections::BTreeSet;

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

/// `hagukumi ARGS…` with no HAGUKUMI_* and no locale from the developer's shell
/// ([`Hb::bare`]), and the environment `env`.
fn run(args: &[&str], env: &[(&str, &str)]) -> Out {
    let out = Hb::bare()
        .envs(env.iter().copied())
        .args(args)
        .output()
        .unwrap();
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// Runs of three or more English words: what a sentence left untranslated looks like.
///
/// The text is split at white space; a run ends with its line. A token is a word if, once the punctuation
/// around it (`,.;:!?'"()`) is taken off, it is made of ASCII letters only, and is not
/// a metavariable (all capitals: `KG`, `OPTIONS`) nor the name of a command (`hagukumi`,
/// `growth`, `add`: `names`). Any other token (an option such as `--weight`, a value
/// such as `3.05`, a token with Japanese in it) ends a run. Option names, metavariables
/// and command names may therefore stand next to each other ("hagukumi growth add
/// [OPTIONS] --weight <KG>"); two English words in a row may too ("JSON Feed").
fn english_runs(text: &str, names: &BTreeSet<String>) -> Vec<String> {
    let mut runs = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let mut end = |run: &mut Vec<&str>| {
        if run.len() >= 3 {
            runs.push(run.join(" "));
        }
        run.clear();
    };
    for token in text
        .split('\n')
        .flat_map(|line| line.split_whitespace().chain([""]))
    {
        let word = token.trim_matches(|c: char| ",.;:!?'\"()".contains(c));
        let is_word = !word.is_empty()
            && word.chars().all(|c| c.is_ascii_alphabetic())
            && !word.chars().all(|c| c.is_ascii_uppercase())
            && !names.contains(word);
        if is_word {
            run.push(word);
        } else {
            end(&mut run);
        }
    }
    end(&mut run);
    runs
}

/// The commands a help text lists under its commands heading.
fn listed_commands(help: &str, heading: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| l.trim_end() != heading)
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

/// Every command path below `hagukumi`, found through the help itself.
fn command_paths() -> Vec<Vec<String>> {
    let mut paths = vec![Vec::new()];
    let mut i = 0;
    while i < paths.len() {
        let path: Vec<String> = paths[i].clone();
        let mut args = vec!["--lang", "ja"];
        args.extend(path.iter().map(String::as_str));
        args.push("--help");
        let out = run(&args, &[]);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        for name in listed_commands(&out.stdout, "コマンド:") {
            if name != "help" {
                let mut sub = path.clone();
                sub.push(name);
                paths.push(sub);
            }
        }
        i += 1;
    }
    paths
}

fn all_names(paths: &[Vec<String>]) -> BTreeSet<String> {
    let mut names: BTreeSet<String> = paths.iter().flatten().cloned().collect();
    names.insert("hagukumi".into());
    names.insert("help".into());
    names
}

#[test]
fn the_check_finds_the_english_sentences_of_clap_and_of_the_old_help() {
    // As `hagukumi --lang ja growth add --help` printed before #16.
    let before = "Record a measurement (at least one of weight, length, head)\n\n\
        Usage: hagukumi growth add [OPTIONS]\n\nOptions:\n      \
        --weight <KG>          Weight in kg (or grams with g)\n  \
        -h, --help                 Print help\n";
    let names = all_names(&[vec!["growth".into(), "add".into()]]);
    let runs = english_runs(before, &names);
    assert_eq!(
        runs,
        [
            "Record a measurement at least one of weight length head",
            "Weight in kg or grams with g"
        ]
    );
    let now = "測定を記録します\n\n使い方: hagukumi growth add [OPTIONS] --weight <KG>\n\
        hagukumi page add hearing_screen --answer method=aabr … JSON Feed";
    assert_eq!(english_runs(now, &all_names(&[])), Vec::<String>::new());
}

#[test]
fn japanese_help_has_no_english_sentence_in_any_command() {
    let root = run(&["--lang", "ja", "--help"], &[]);
    assert_eq!(root.code, 0);
    for heading in ["使い方:", "コマンド:", "オプション:", "共通のオプション:"]
    {
        assert!(root.stdout.contains(heading), "{heading}:\n{}", root.stdout);
    }
    let add = run(&["--lang", "ja", "growth", "add", "--help"], &[]);
    assert!(add.stdout.contains("--weight <KG>"), "{}", add.stdout);
    assert!(add.stdout.contains("体重"), "{}", add.stdout);

    let paths = command_paths();
    assert!(paths.len() > 50, "found only {paths:?}");
    let names = all_names(&paths);
    let mut problems = Vec::new();
    // Every command's long help, and the short help of two.
    let short = [vec!["growth".to_string(), "add".to_string()], Vec::new()];
    let helps = paths
        .iter()
        .map(|p| (p, "--help"))
        .chain(short.iter().map(|p| (p, "-h")));
    for (path, flag) in helps {
        let mut args = vec!["--lang", "ja"];
        args.extend(path.iter().map(String::as_str));
        args.push(flag);
        let out = run(&args, &[]);
        let runs = english_runs(&out.stdout, &names);
        if !runs.is_empty() {
            problems.push(format!("{args:?}: {runs:?}"));
        }
        if out.stdout.contains("cli-help-") {
            problems.push(format!("{args:?}: a message id is shown"));
        }
    }
    // `help` and its copy of the tree.
    let help = run(&["--lang", "ja", "help", "help"], &[]);
    problems.extend(
        english_runs(&help.stdout, &names)
            .into_iter()
            .map(|r| format!("help help: {r}")),
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn english_help_is_english_and_complete() {
    let out = run(&["--lang", "en", "growth", "add", "--help"], &[]);
    assert!(
        out.stdout.starts_with("Record a measurement"),
        "{}",
        out.stdout
    );
    for heading in ["Usage: hagukumi growth add", "Options:", "Global options:"] {
        assert!(out.stdout.contains(heading), "{heading}:\n{}", out.stdout);
    }
    assert!(out.stdout.contains("Print help"), "{}", out.stdout);
    let root = run(&["--lang", "en", "--help"], &[]);
    assert!(root.stdout.contains("Commands:"), "{}", root.stdout);
    assert!(!root.stdout.contains("cli-help-"), "{}", root.stdout);
    assert!(
        root.stdout.contains("[env: HAGUKUMI_DATA_DIR]"),
        "{}",
        root.stdout
    );
}

#[test]
fn a_misspelt_option_gets_a_japanese_error_that_suggests_the_right_one() {
    let out = run(&["--lang", "ja", "growth", "add", "--wieght", "3"], &[]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.starts_with("エラー: "), "{}", out.stderr);
    assert!(
        out.stderr.contains("「--weight」のことですか"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("使い方: hagukumi growth add"),
        "{}",
        out.stderr
    );
    let names = all_names(&[vec!["growth".into(), "add".into()]]);
    assert_eq!(english_runs(&out.stderr, &names), Vec::<String>::new());
    assert_eq!(out.stdout, "");
}

#[test]
fn a_value_our_parsers_refuse_is_explained_in_japanese() {
    let out = run(
        &["--lang", "ja", "growth", "add", "--date", "2026-13-01"],
        &[],
    );
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("「2026-13-01」は日付ではありません"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_language_follows_the_variable_then_the_locale() {
    let english = |out: &Out| out.stdout.contains("Usage: hagukumi growth add");
    let japanese = |out: &Out| out.stdout.contains("使い方: hagukumi growth add");
    let help = ["growth", "add", "--help"];
    assert!(english(&run(&help, &[("HAGUKUMI_LANG", "en")])));
    assert!(english(&run(&help, &[("LANG", "en_US.UTF-8")])));
    assert!(japanese(&run(&help, &[("LANG", "C")])));
    assert!(japanese(&run(&help, &[])));
    assert!(japanese(&run(&help, &[("LANG", "ja_JP.UTF-8")])));
    assert!(japanese(&run(
        &help,
        &[("LC_ALL", "ja_JP.UTF-8"), ("LANG", "en_US.UTF-8")]
    )));
    assert!(japanese(&run(
        &help,
        &[("HAGUKUMI_LANG", "ja"), ("LANG", "en_US.UTF-8")]
    )));
    let forced = ["--lang", "en", "growth", "add", "--help"];
    assert!(english(&run(
        &forced,
        &[("HAGUKUMI_LANG", "ja"), ("LC_ALL", "ja_JP.UTF-8")]
    )));
    // Errors follow the same language.
    let out = run(
        &["growth", "add", "--wieght", "3"],
        &[("LANG", "en_US.UTF-8")],
    );
    assert!(
        out.stderr
            .contains("tip: a similar argument exists: '--weight'"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_language_that_is_none_is_refused_in_one_language() {
    let out = run(&["--lang", "xx", "home"], &[]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr.trim_end(),
        "エラー: 「xx」は言語ではありません。ja（日本語）か en（English）を指定してください。"
    );
    let out = run(&["--lang=xx", "home"], &[("HAGUKUMI_LANG", "en")]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with("error: \"xx\" is not a language"),
        "{}",
        out.stderr
    );
    let out = run(&["home"], &[("HAGUKUMI_LANG", "zz")]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("HAGUKUMI_LANG"), "{}", out.stderr);
}

#[test]
fn json_argument_errors_are_json_with_the_detail() {
    let out = run(
        &["--lang", "ja", "--json", "growth", "add", "--wieght", "3"],
        &[],
    );
    assert_eq!(out.code, 2);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["error"]["kind"], "usage");
    let message = v["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("--wieght") && message.contains("--weight"),
        "{message}"
    );
    let out = run(
        &["--lang", "en", "--json", "growth", "add", "--weight", "abc"],
        &[],
    );
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["error"]["kind"], "usage");
    assert_eq!(
        v["error"]["message"],
        "--weight <KG>: \"abc\" is not a number"
    );
    let out = run(&["--json", "--lang", "xx", "home"], &[]);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["error"]["kind"], "usage");
}

#[test]
fn the_help_command_and_version_work_in_japanese() {
    let out = run(&["--lang", "ja", "help", "growth", "add"], &[]);
    assert_eq!(out.code, 0);
    assert!(
        out.stdout.contains("使い方: hagukumi growth add"),
        "{}",
        out.stdout
    );
    let out = run(&["--lang", "ja", "help", "nope"], &[]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("「nope」というコマンドはありません"),
        "{}",
        out.stderr
    );
    let out = run(&["-V"], &[]);
    assert_eq!(out.code, 0);
    assert!(out.stdout.starts_with("hagukumi "), "{}", out.stdout);
}

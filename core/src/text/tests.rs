//! The catalogs against the code: every id the code names exists in every shipped
//! language, takes only the placeholders the code passes, and formats; no catalog keeps
//! a message nobody uses; the pseudo-locale leaves no plain letter in catalog text.

use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One use of a message in code: `t!(lang, "id", a = …)` or `tid!("id")`.
#[derive(Debug)]
struct Use {
    id: String,
    /// The placeholders passed; `None` for `tid!` (passed where the table is used).
    args: Option<BTreeSet<String>>,
    at: String,
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The text of a macro call's parentheses starting at `open` (the `(`), string
/// literals and nesting respected.
fn call_body(src: &str, open: usize) -> Option<&str> {
    let bytes = src.as_bytes();
    let mut depth = 0usize;
    let mut i = open;
    let mut in_str = false;
    while i < bytes.len() {
        let c = bytes[i];
        if in_str {
            if c == b'\\' {
                i += 1;
            } else if c == b'"' {
                in_str = false;
            }
        } else if c == b'"' {
            in_str = true;
        } else if c == b'(' || c == b'[' || c == b'{' {
            depth += 1;
        } else if c == b')' || c == b']' || c == b'}' {
            depth -= 1;
            if depth == 0 {
                return src.get(open + 1..i);
            }
        }
        i += 1;
    }
    None
}

/// Splits on commas outside brackets and strings.
fn top_level_commas(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut in_str, mut start) = (0i32, false, 0usize);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if in_str {
            if c == b'\\' {
                i += 1;
            } else if c == b'"' {
                in_str = false;
            }
        } else {
            match c {
                b'"' => in_str = true,
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                b',' if depth == 0 => {
                    parts.push(&s[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        i += 1;
    }
    if start < s.len() && !s[start..].trim().is_empty() {
        parts.push(&s[start..]);
    }
    parts
}

fn literal(s: &str) -> Option<String> {
    let s = s.trim();
    s.strip_prefix('"')?.strip_suffix('"').map(str::to_string)
}

/// Uses in the apps' Kotlin and Swift: `lang.text("app-…", "n" to 3)` (Kotlin) and
/// `lang.text("app-…", ["n": 3])` (Swift), see `Words.kt` and `Text.swift`.
fn app_uses(uses: &mut Vec<Use>) {
    let dirs = [
        "android/handbook/src/main",
        "android/app/src/main",
        "ios/HandbookKit/Sources/HandbookKit",
        "ios/HagukumiApp",
    ];
    for dir in dirs {
        let mut files = Vec::new();
        source_files(&workspace().join(dir), &["kt", "swift"], &mut files);
        for f in files {
            let src = std::fs::read_to_string(&f).unwrap();
            let mut from = 0;
            while let Some(pos) = src[from..].find(".text(") {
                let start = from + pos;
                from = start + 6;
                // Only calls whose first argument is a literal (not `Text(x.text(…))`).
                if !src[from..].trim_start().starts_with('"') {
                    continue;
                }
                let line = src[..start].lines().count();
                let at = format!(
                    "{}:{line}",
                    f.strip_prefix(workspace()).unwrap_or(&f).display()
                );
                let body =
                    call_body(&src, start + 5).unwrap_or_else(|| panic!("{at}: unclosed .text("));
                let parts = top_level_commas(body);
                let id =
                    literal(parts[0]).unwrap_or_else(|| panic!("{at}: .text needs a literal id"));
                let mut args = BTreeSet::new();
                for p in &parts[1..] {
                    // Kotlin `"n" to x`; Swift `["n": x, "m": y]` (one part holding all).
                    for piece in p.split(',') {
                        let piece = piece.trim().trim_start_matches('[');
                        if let Some(rest) = piece.strip_prefix('"')
                            && let Some((name, after)) = rest.split_once('"')
                            && (after.trim_start().starts_with("to ")
                                || after.trim_start().starts_with(':'))
                        {
                            args.insert(name.to_string());
                        }
                    }
                }
                uses.push(Use {
                    id,
                    args: Some(args),
                    at,
                });
            }
        }
    }
}

fn source_files(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            source_files(&p, exts, out);
        } else if p.extension().is_some_and(|x| exts.iter().any(|e| x == *e)) {
            out.push(p);
        }
    }
}

fn code_uses() -> Vec<Use> {
    let mut files = Vec::new();
    for dir in ["core/src", "cli/src", "bindings/src"] {
        source_files(&workspace().join(dir), &["rs"], &mut files);
    }
    let mut uses = Vec::new();
    app_uses(&mut uses);
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        // This file names macros in its own text; it uses none.
        if f.ends_with("text/tests.rs") {
            continue;
        }
        for (name, is_t) in [("t!(", true), ("tid!(", false)] {
            let mut from = 0;
            while let Some(pos) = src[from..].find(name) {
                let start = from + pos;
                from = start + name.len();
                // `t!(` inside `tid!(`, `fmt!(`…: only the macro itself.
                let before = src[..start].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                // Doc comments show the macro; they do not use it.
                let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
                if src[line_start..start].contains("//") {
                    continue;
                }
                let line = src[..start].lines().count();
                let at = format!(
                    "{}:{line}",
                    f.strip_prefix(workspace()).unwrap_or(&f).display()
                );
                let Some(body) = call_body(&src, start + name.len() - 1) else {
                    panic!("{at}: unclosed {name}");
                };
                let parts = top_level_commas(body);
                if is_t {
                    // The macro's own definition (`$lang:expr, $id:literal`).
                    if body.contains("$id") {
                        continue;
                    }
                    let id = parts
                        .get(1)
                        .and_then(|p| literal(p))
                        .unwrap_or_else(|| panic!("{at}: t! needs a literal id: t!({body})"));
                    let args = parts[2..]
                        .iter()
                        .map(|p| {
                            p.split_once('=')
                                .map(|(n, _)| n.trim().to_string())
                                .unwrap_or_else(|| {
                                    panic!("{at}: t! argument is not name = value: {p}")
                                })
                        })
                        .collect();
                    uses.push(Use {
                        id,
                        args: Some(args),
                        at,
                    });
                } else {
                    if body.contains("$id") {
                        continue;
                    }
                    let id =
                        literal(body).unwrap_or_else(|| panic!("{at}: tid! needs a literal id"));
                    uses.push(Use { id, args: None, at });
                }
            }
        }
    }
    uses
}

/// Each shipped catalog's messages: id → (placeholders it reads, attribute names).
fn catalog(ftl: &str, lang: Lang) -> BTreeMap<String, (BTreeSet<String>, Vec<String>)> {
    let resource = fluent_syntax::parser::parse(ftl)
        .unwrap_or_else(|(_, errors)| panic!("{lang:?} catalog does not parse: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            for a in &m.attributes {
                pattern_vars(&a.value, &mut vars);
            }
            let attrs = m.attributes.iter().map(|a| a.id.name.to_string()).collect();
            let prev = out.insert(m.id.name.to_string(), (vars, attrs));
            assert!(
                prev.is_none(),
                "{lang:?}: message {} defined twice",
                m.id.name
            );
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

fn expr_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

/// A catalog as shipped.
struct Source {
    lang: Lang,
    locale: &'static str,
    ftl: &'static str,
}

fn sources() -> Vec<Source> {
    Lang::all()
        .map(|lang| Source {
            lang,
            locale: lang.code(),
            ftl: lang.catalog(),
        })
        .collect()
}

fn sample_args(vars: &BTreeSet<String>, n: f64) -> Vec<(&str, Arg<'static>)> {
    vars.iter().map(|v| (v.as_str(), Arg::Number(n))).collect()
}

#[test]
fn every_catalog_parses_and_bundles_without_error() {
    for s in sources() {
        catalog(s.ftl, s.lang);
        let resource = FluentResource::try_new(s.ftl.to_string())
            .unwrap_or_else(|(_, e)| panic!("{:?}: {e:?}", s.lang));
        let mut b: Bundle = FluentBundle::new_concurrent(vec![s.locale.parse().unwrap()]);
        b.add_resource(resource)
            .unwrap_or_else(|e| panic!("{:?}: duplicate entries {e:?}", s.lang));
        assert!(
            s.ftl.contains("# status: complete"),
            "{:?} catalog is not marked complete",
            s.lang
        );
    }
}

#[test]
fn every_id_the_code_uses_is_in_every_shipped_catalog_with_its_placeholders() {
    let uses = code_uses();
    assert!(
        !uses.is_empty(),
        "the scan found no uses: is it looking in the right folders?"
    );
    let mut problems = Vec::new();
    for s in sources() {
        let cat = catalog(s.ftl, s.lang);
        for u in &uses {
            let (msg, attr) = match u.id.split_once('.') {
                Some((m, a)) => (m, Some(a)),
                None => (u.id.as_str(), None),
            };
            let Some((vars, attrs)) = cat.get(msg) else {
                problems.push(format!("{}: {:?} has no message {}", u.at, s.lang, u.id));
                continue;
            };
            if let Some(a) = attr
                && !attrs.iter().any(|x| x == a)
            {
                problems.push(format!(
                    "{}: {:?} message {msg} has no attribute .{a}",
                    u.at, s.lang
                ));
            }
            if let Some(args) = &u.args {
                for v in vars.difference(args) {
                    problems.push(format!(
                        "{}: {:?} message {} reads ${v}, which the code does not pass",
                        u.at, s.lang, u.id
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The CLI's help computes these ids from its command tree (`cli/src/help.rs`,
/// `PREFIX`), so no literal names them; the tests in that file check them instead:
/// every command and argument has one in every language, none is left without its
/// command.
const COMPUTED_IN_CLI: &str = "cli-help-cmd";

#[test]
fn no_catalog_keeps_a_message_the_code_does_not_use() {
    let used: BTreeSet<String> = code_uses()
        .into_iter()
        .map(|u| u.id.split('.').next().unwrap_or_default().to_string())
        .collect();
    for s in sources() {
        let unused: Vec<_> = catalog(s.ftl, s.lang)
            .into_keys()
            .filter(|id| !used.contains(id))
            .filter(|id| !id.starts_with(COMPUTED_IN_CLI))
            // The form pages' words: named by the definitions' ids, computed (no literal
            // here); forms::tests checks they are exactly the ones the definitions name.
            .filter(|id| !id.starts_with("form-"))
            // The schedule files' words: named by the files (a dose's label, a note, a
            // version's title), computed; schedule::data's tests check they are exactly
            // the ones the bundled files name.
            .filter(|id| !id.starts_with("schedule-data-"))
            .collect();
        assert!(
            unused.is_empty(),
            "{:?} catalog has messages no code uses: {unused:?}",
            s.lang
        );
    }
}

#[test]
fn every_message_formats_in_every_language_with_sample_values() {
    for s in sources() {
        let bundle = &bundles().iter().find(|(l, _)| *l == s.lang).unwrap().1;
        for (id, (vars, attrs)) in catalog(s.ftl, s.lang) {
            let mut ids = vec![id.clone()];
            ids.extend(attrs.iter().map(|a| format!("{id}.{a}")));
            for full in ids {
                for n in [0.0, 1.0, 2.0, 5.5] {
                    let args = sample_args(&vars, n);
                    let fargs = fluent_args(&args);
                    let pattern =
                        lookup(bundle, &full).unwrap_or_else(|| panic!("{full} has no value"));
                    let mut errors = Vec::new();
                    let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                    assert!(
                        errors.is_empty(),
                        "{:?} {full} with {n}: {errors:?}",
                        s.lang
                    );
                    assert!(
                        !out.trim().is_empty(),
                        "{:?} {full} formats to nothing",
                        s.lang
                    );
                }
            }
        }
    }
}

#[test]
fn a_message_missing_in_one_language_falls_back_and_is_named() {
    // Every gap between a catalog and the English one, named (none may ship: a
    // language ships complete).
    let en = catalog(Lang::En.catalog(), Lang::En);
    for s in sources() {
        let cat = catalog(s.ftl, s.lang);
        let missing: Vec<_> = en.keys().filter(|k| !cat.contains_key(*k)).collect();
        let extra: Vec<_> = cat.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            missing.is_empty(),
            "missing in {} (shown from the fallback): {missing:?}",
            s.locale
        );
        assert!(
            extra.is_empty(),
            "missing in en (shown in {}): {extra:?}",
            s.locale
        );
    }
    // The fallback itself, on two catalogs where Japanese lacks a message.
    let partial = [
        (Lang::Ja, build("ja", "only-ja = 日本語だけ\n", None)),
        (
            Lang::En,
            build(
                "en",
                "only-ja = Japanese only\nonly-en = English only\n",
                None,
            ),
        ),
    ];
    assert_eq!(
        format_in(&partial, &Lang::Ja.fallbacks(), false, "only-ja", &[]),
        "日本語だけ"
    );
    assert_eq!(
        format_in(&partial, &Lang::Ja.fallbacks(), false, "only-en", &[]),
        "English only"
    );
    assert_eq!(
        format_in(&partial, &Lang::Ja.fallbacks(), false, "nowhere", &[]),
        "nowhere"
    );
}

#[test]
fn english_chooses_plural_forms_and_japanese_has_one() {
    let partial = [
        (Lang::Ja, build("ja", "age = { $n }歳\n", None)),
        (
            Lang::En,
            build(
                "en",
                "age = { $n ->\n    [one] { $n } year\n   *[other] { $n } years\n}\n",
                None,
            ),
        ),
    ];
    let f = |l: Lang, n: u32| {
        format_in(
            &partial,
            &l.fallbacks(),
            false,
            "age",
            &[("n", Arg::from(n))],
        )
    };
    assert_eq!(f(Lang::En, 1), "1 year");
    assert_eq!(f(Lang::En, 2), "2 years");
    assert_eq!(f(Lang::Ja, 1), "1歳");
}

#[test]
fn the_pseudo_locale_accents_every_letter_of_catalog_text_and_none_of_the_values() {
    for (id, (vars, attrs)) in catalog(Lang::En.catalog(), Lang::En) {
        let mut ids = vec![id.clone()];
        ids.extend(attrs.iter().map(|a| format!("{id}.{a}")));
        for full in ids {
            let args: Vec<(&str, Arg<'_>)> =
                vars.iter().map(|v| (v.as_str(), Arg::from(7u32))).collect();
            let out = format_pseudo(&full, &args);
            assert!(out.starts_with('[') && out.ends_with(']'), "{full}: {out}");
            assert!(
                !out.chars().any(|c| c.is_ascii_alphabetic()),
                "{full} keeps plain letters in the pseudo-locale: {out}"
            );
        }
    }
    let name = [("name", Arg::from("Hana"))];
    let out = format_in(
        pseudo_bundles(),
        &[Lang::En],
        true,
        "missing-id-shows-itself",
        &name,
    );
    assert_eq!(out, "missing-id-shows-itself");
    assert_eq!(pseudo::accent("Weight"), "Ŵééîîĝĥţ");
}

#[test]
fn lang_from_posix_locales() {
    assert_eq!(Lang::from_locale("ja_JP.UTF-8"), Some(Lang::Ja));
    assert_eq!(Lang::from_locale("en_US.UTF-8"), Some(Lang::En));
    assert_eq!(Lang::from_locale("en"), Some(Lang::En));
    assert_eq!(Lang::from_locale("C.UTF-8"), None);
    assert_eq!(Lang::from_locale("POSIX"), None);
    assert_eq!(Lang::from_locale("fr_FR"), None);
    // Any text, as typed after --lang or set in LANG: no language, no panic.
    assert_eq!(Lang::from_locale("日本"), None);
    assert_eq!(Lang::from_locale("j"), None);
    assert_eq!(Lang::from_locale("jaé"), None);
    assert_eq!("日本".parse::<Lang>().ok(), None);
}

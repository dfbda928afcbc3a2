//! The apps' own screen text, checked without a screenshot, an Android SDK or Xcode.
//!
//! Issue #16: Japanese first, every word as data. The apps draw their own chrome
//! (buttons, titles, hints) from their platform's resource files and the sentences the
//! core computes from the core's catalogs; nothing is written into the screens' code.
//! These tests hold that in place:
//!
//! - (a) Android: `values/strings.xml` (English, the default) and `values-ja/strings.xml`
//!   have exactly the same `<string>` and `<plurals>` keys, and every key the same
//!   placeholders (`%1$s`, `%d`, …) in both languages (and in every plural item);
//! - (b) every `R.string.X` / `R.plurals.X` (and `@string/X` in the manifest) names a key
//!   that exists, every key is used somewhere (no dead keys), and every
//!   `stringResource(R.string.X, …)` / `context.getString(R.string.X, …)` passes as many
//!   arguments as X has placeholders (a missing one crashes at run time);
//! - (c) iOS: every key of `Localizable.xcstrings` has a translated `en` and `ja` value with
//!   the same placeholders; every key the Swift code uses exists and every key is used. The
//!   app's one call style is `String(localized: "key")`, followed by `.filled(a, b)` when the
//!   sentence has placeholders: the keys are found as the literal in
//!   `String(localized: "…")`, and `.filled(…)` must pass one argument per placeholder;
//! - (d) no Japanese (kana, kanji, Japanese punctuation, full-width forms) outside comments in
//!   the Kotlin of `android/app` or the Swift of `ios/HagukumiApp`: proof that no screen
//!   text bypasses the resources. Comments may quote Japanese (the handbook's own words).
//!
//! The parsers are deliberately small and strict: a line of strings.xml they do not
//! understand is a failure, not something skipped.

#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const ANDROID_RES: &str = "android/app/src/main/res";
const ANDROID_KOTLIN: &str = "android/app/src/main/kotlin";
const ANDROID_MANIFEST: &str = "android/app/src/main/AndroidManifest.xml";
const IOS_APP: &str = "ios/HagukumiApp";
const IOS_CATALOG: &str = "ios/HagukumiApp/Localizable.xcstrings";

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn read(rel: &str) -> String {
    let path = repo().join(rel);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Source files under `rel` ending in `ext`, as (path relative to the repository, text).
fn sources(rel: &str, ext: &str) -> Vec<(String, String)> {
    fn walk(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, ext, out);
            } else if path.extension().is_some_and(|e| e == ext) {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    walk(&repo().join(rel), ext, &mut paths);
    paths.sort();
    let root = repo();
    let files: Vec<_> = paths
        .into_iter()
        .map(|p| {
            let name = p.strip_prefix(&root).unwrap().display().to_string();
            (name, fs::read_to_string(&p).unwrap())
        })
        .collect();
    assert!(!files.is_empty(), "no .{ext} files under {rel}");
    files
}

fn fail_if_any(what: &str, problems: Vec<String>) {
    assert!(problems.is_empty(), "{what}:\n  {}", problems.join("\n  "));
}

// ---------------------------------------------------------------------------------------
// Placeholders

/// The format placeholders of a resource value, sorted (`%%` is a literal percent sign).
/// Android's `%1$s`/`%d` and Apple's `%@`/`%lld`/`%1$@` alike; a `%` that starts no
/// placeholder is an error.
fn placeholders(value: &str) -> Result<Vec<String>, String> {
    let chars: Vec<char> = value.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if chars.get(i) == Some(&'%') {
            i += 1;
            continue;
        }
        while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        if chars.get(i) == Some(&'$') {
            i += 1;
        }
        while chars.get(i).is_some_and(|c| *c == 'l') {
            i += 1;
        }
        match chars.get(i) {
            Some(c) if "sd@f".contains(*c) => {
                i += 1;
                found.push(chars[start..i].iter().collect());
            }
            _ => return Err(format!("a % that starts no placeholder in {value:?}")),
        }
    }
    found.sort();
    Ok(found)
}

// ---------------------------------------------------------------------------------------
// Android

/// A plural's items: (quantity, value), in the file's order.
type PluralItems = Vec<(String, String)>;

/// One Android resource file: strings and plurals (each plural item's value by quantity).
#[derive(Default)]
struct AndroidStrings {
    strings: BTreeMap<String, (usize, String)>,
    plurals: BTreeMap<String, (usize, PluralItems)>,
}

/// `<tag name="key">` or `<item quantity="q">` at the start of `line`: (attribute value, rest).
fn open_tag<'a>(line: &'a str, tag: &str, attr: &str) -> Option<(&'a str, &'a str)> {
    let rest = line.strip_prefix(&format!("<{tag} {attr}=\""))?;
    let (value, rest) = rest.split_once('"')?;
    Some((value, rest.strip_prefix('>')?))
}

/// Android's escapes in a value: `\'`, `\"`, `\\`, `\n`, `\@`, `\?`, `&amp;`, `&lt;`; an
/// unescaped `'` (aapt rejects it) or an unknown escape is an error. A value wholly in
/// double quotes keeps its spaces.
fn android_value(raw: &str) -> Result<String, String> {
    let raw = match raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        Some(inner) => inner,
        None => raw,
    };
    let mut out = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some(e @ ('\'' | '"' | '\\' | '@' | '?')) => out.push(e),
                other => return Err(format!("unknown escape \\{other:?}")),
            },
            '\'' => return Err("an apostrophe without a backslash (write \\')".into()),
            '"' => return Err("a double quote without a backslash (write \\\")".into()),
            '<' => return Err("markup inside a string".into()),
            '&' => {
                let rest: String = chars.clone().collect();
                let (entity, len) = if rest.starts_with("amp;") {
                    ('&', 4)
                } else if rest.starts_with("lt;") {
                    ('<', 3)
                } else if rest.starts_with("gt;") {
                    ('>', 3)
                } else {
                    return Err("an & that is not &amp; &lt; or &gt;".into());
                };
                out.push(entity);
                for _ in 0..len {
                    chars.next();
                }
            }
            c => out.push(c),
        }
    }
    if (out.starts_with('@') || out.starts_with('?')) && !raw.starts_with('\\') {
        return Err("a value starting with @ or ? must escape it".into());
    }
    Ok(out)
}

/// Parses strings.xml line by line: one `<string>` per line, `<plurals>` with one `<item>`
/// per line, blank lines and one-line comments. Anything else is an error naming the line.
fn parse_android(file: &str, text: &str) -> Result<AndroidStrings, Vec<String>> {
    let mut res = AndroidStrings::default();
    let mut errors = Vec::new();
    let mut open_plural: Option<(String, usize, PluralItems)> = None;
    let mut inside = false;
    let mut closed = false;
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        let line = line.trim();
        let err = |m: String| format!("{file}:{n}: {m}");
        if line.is_empty()
            || line.starts_with("<?xml ")
            || (line.starts_with("<!--") && line.ends_with("-->"))
        {
            continue;
        }
        if line == "<resources>" && !inside && !closed {
            inside = true;
            continue;
        }
        if line == "</resources>" && inside && open_plural.is_none() {
            inside = false;
            closed = true;
            continue;
        }
        if !inside {
            errors.push(err(format!("outside <resources>: {line}")));
            continue;
        }
        if let Some((key, start, items)) = open_plural.as_mut() {
            if line == "</plurals>" {
                let (key, start, items) = open_plural.take().unwrap();
                if items.is_empty() {
                    errors.push(err(format!("plurals {key} has no item")));
                }
                if res.plurals.insert(key.clone(), (start, items)).is_some()
                    || res.strings.contains_key(&key)
                {
                    errors.push(err(format!("{key} defined twice")));
                }
                continue;
            }
            match open_tag(line, "item", "quantity")
                .and_then(|(q, rest)| Some((q, rest.strip_suffix("</item>")?)))
            {
                Some((q, raw)) if ["zero", "one", "two", "few", "many", "other"].contains(&q) => {
                    match android_value(raw) {
                        Ok(v) => items.push((q.to_string(), v)),
                        Err(e) => errors.push(err(format!("plurals {key}, {q}: {e}"))),
                    }
                }
                _ => errors.push(err(format!(
                    "not an <item quantity=…> of plurals {key} (opened on line {start}): {line}"
                ))),
            }
            continue;
        }
        if let Some((key, raw)) = open_tag(line, "string", "name")
            .and_then(|(k, rest)| Some((k, rest.strip_suffix("</string>")?)))
        {
            match android_value(raw) {
                Ok(v) => {
                    if res.strings.insert(key.to_string(), (n, v)).is_some() {
                        errors.push(err(format!("{key} defined twice")));
                    }
                }
                Err(e) => errors.push(err(format!("{key}: {e}"))),
            }
            continue;
        }
        if let Some((key, "")) = open_tag(line, "plurals", "name") {
            open_plural = Some((key.to_string(), n, Vec::new()));
            continue;
        }
        errors.push(err(format!(
            "not understood (one <string> per line): {line}"
        )));
    }
    if !closed {
        errors.push(format!("{file}: no closing </resources>"));
    }
    for key in res.strings.keys().chain(res.plurals.keys()) {
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            errors.push(format!("{file}: key {key:?} is not snake_case"));
        }
    }
    if errors.is_empty() {
        Ok(res)
    } else {
        Err(errors)
    }
}

/// The languages' strings.xml files: `values` first, then every `values-xx`.
fn android_languages() -> Vec<(String, AndroidStrings)> {
    let mut dirs: Vec<String> = fs::read_dir(repo().join(ANDROID_RES))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|d| d == "values" || d.starts_with("values-"))
        .filter(|d| {
            repo()
                .join(ANDROID_RES)
                .join(d)
                .join("strings.xml")
                .exists()
        })
        .collect();
    dirs.sort();
    assert_eq!(
        dirs.first().map(String::as_str),
        Some("values"),
        "no default values/strings.xml"
    );
    assert!(
        dirs.iter().any(|d| d == "values-ja"),
        "no values-ja/strings.xml"
    );
    let mut problems = Vec::new();
    let langs: Vec<_> = dirs
        .into_iter()
        .filter_map(|d| {
            let rel = format!("{ANDROID_RES}/{d}/strings.xml");
            match parse_android(&rel, &read(&rel)) {
                Ok(res) => Some((rel, res)),
                Err(mut e) => {
                    problems.append(&mut e);
                    None
                }
            }
        })
        .collect();
    fail_if_any("strings.xml does not parse", problems);
    langs
}

/// (a) for Android: the same keys and placeholders in every language.
fn compare_android(langs: &[(String, AndroidStrings)]) -> Vec<String> {
    let mut problems = Vec::new();
    let (base_file, base) = &langs[0];
    let ph = |file: &str, key: &str, v: &str, problems: &mut Vec<String>| match placeholders(v) {
        Ok(p) => p,
        Err(e) => {
            problems.push(format!("{file}: {key}: {e}"));
            Vec::new()
        }
    };
    let plural_ph =
        |file: &str, key: &str, items: &[(String, String)], problems: &mut Vec<String>| {
            let mut all: Option<Vec<String>> = None;
            for (q, v) in items {
                let p = ph(file, key, v, problems);
                match &all {
                    Some(first) if *first != p => problems.push(format!(
                        "{file}: plurals {key}: item {q} has placeholders {p:?}, another {first:?}"
                    )),
                    _ => all = Some(p),
                }
            }
            all.unwrap_or_default()
        };
    for (file, other) in &langs[1..] {
        for (key, (line, v)) in &base.strings {
            match other.strings.get(key) {
                None => problems.push(format!("{base_file}:{line}: {key} is missing from {file}")),
                Some((oline, ov)) => {
                    let (a, b) = (
                        ph(base_file, key, v, &mut problems),
                        ph(file, key, ov, &mut problems),
                    );
                    if a != b {
                        problems.push(format!("{key}: placeholders {a:?} in {base_file}:{line} but {b:?} in {file}:{oline}"));
                    }
                }
            }
        }
        for (key, (line, _)) in &other.strings {
            if !base.strings.contains_key(key) {
                problems.push(format!("{file}:{line}: {key} is missing from {base_file}"));
            }
        }
        for (key, (line, items)) in &base.plurals {
            match other.plurals.get(key) {
                None => problems.push(format!(
                    "{base_file}:{line}: plurals {key} is missing from {file}"
                )),
                Some((oline, oitems)) => {
                    let (a, b) = (
                        plural_ph(base_file, key, items, &mut problems),
                        plural_ph(file, key, oitems, &mut problems),
                    );
                    if a != b {
                        problems.push(format!("plurals {key}: placeholders {a:?} in {base_file}:{line} but {b:?} in {file}:{oline}"));
                    }
                    if !oitems.iter().any(|(q, _)| q == "other")
                        || !items.iter().any(|(q, _)| q == "other")
                    {
                        problems.push(format!(
                            "plurals {key}: every language needs an \"other\" item"
                        ));
                    }
                }
            }
        }
        for (key, (line, _)) in &other.plurals {
            if !base.plurals.contains_key(key) {
                problems.push(format!(
                    "{file}:{line}: plurals {key} is missing from {base_file}"
                ));
            }
        }
    }
    problems
}

#[test]
fn android_languages_have_the_same_keys_and_placeholders() {
    let langs = android_languages();
    fail_if_any(
        "Android strings differ between languages",
        compare_android(&langs),
    );
}

/// The matching `)` of the `(` just before `from`, skipping strings and nested brackets;
/// returns the top-level comma-separated arguments and where the call ends.
fn call_args(text: &str, from: usize) -> Option<(Vec<String>, usize)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut args = Vec::new();
    let mut current = String::new();
    let mut i = from;
    let mut in_string = false;
    while i < bytes.len() {
        let c = bytes[i] as char;
        if in_string {
            current.push(c);
            if c == '\\' {
                if let Some(&next) = bytes.get(i + 1) {
                    current.push(next as char);
                }
                i += 2;
                continue;
            }
            if c == '"' {
                in_string = false;
            }
            i += 1;
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                current.push(c);
            }
            '(' | '[' | '{' => {
                depth += 1;
                current.push(c);
            }
            ')' | ']' | '}' if depth > 0 => {
                depth -= 1;
                current.push(c);
            }
            ')' => {
                if !current.trim().is_empty() {
                    args.push(current.trim().to_string());
                }
                return Some((args, i + 1));
            }
            ',' if depth == 0 => {
                args.push(current.trim().to_string());
                current.clear();
            }
            _ => current.push(c),
        }
        i += 1;
    }
    None
}

fn line_of(text: &str, at: usize) -> usize {
    text[..at].matches('\n').count() + 1
}

/// Every `R.string.X` / `R.plurals.X` in `text`: (kind, key, byte offset).
fn android_refs(text: &str) -> Vec<(&'static str, String, usize)> {
    let mut refs = Vec::new();
    for kind in ["string", "plurals"] {
        let needle = format!("R.{kind}.");
        for (at, _) in text.match_indices(&needle) {
            let key: String = text[at + needle.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            refs.push((kind, key, at));
        }
    }
    refs
}

/// (b): every key used exists, every key is used, and the formatting calls pass one
/// argument per placeholder.
fn check_android_uses(
    kotlin: &[(String, String)],
    manifest: &str,
    res: &AndroidStrings,
) -> Vec<String> {
    let mut problems = Vec::new();
    let mut used = BTreeSet::new();
    for (file, text) in kotlin {
        for (kind, key, at) in android_refs(text) {
            let line = line_of(text, at);
            let exists = if kind == "string" {
                res.strings.contains_key(&key)
            } else {
                res.plurals.contains_key(&key)
            };
            if !exists {
                problems.push(format!(
                    "{file}:{line}: R.{kind}.{key} is not in values/strings.xml"
                ));
            }
            used.insert((kind, key));
        }
        // stringResource(R.string.k, a, b) / getString(R.string.k, a, b): one argument
        // per placeholder. pluralStringResource(R.plurals.k, count, a…): the count, then
        // one per placeholder.
        for (call, kind, extra) in [
            ("stringResource(", "string", 0),
            ("getString(", "string", 0),
            ("pluralStringResource(", "plurals", 1),
            ("getQuantityString(", "plurals", 1),
        ] {
            for (at, _) in text.match_indices(call) {
                let line = line_of(text, at);
                let Some((args, _)) = call_args(text, at + call.len()) else {
                    problems.push(format!("{file}:{line}: {call}… has no closing parenthesis"));
                    continue;
                };
                let Some(key) = args
                    .first()
                    .and_then(|a| a.strip_prefix(&format!("R.{kind}.")))
                else {
                    problems.push(format!(
                        "{file}:{line}: {call}… must name R.{kind}.<key> directly"
                    ));
                    continue;
                };
                let value = if kind == "string" {
                    res.strings.get(key).map(|(_, v)| v.clone())
                } else {
                    res.plurals
                        .get(key)
                        .and_then(|(_, items)| items.last().map(|(_, v)| v.clone()))
                };
                let Some(value) = value else { continue };
                let wanted = placeholders(&value).map(|p| {
                    let distinct: BTreeSet<_> = p.into_iter().collect();
                    distinct.len()
                });
                let given = args.len().saturating_sub(1 + extra);
                if let Ok(wanted) = wanted
                    && (args.len() < 1 + extra || given != wanted)
                {
                    problems.push(format!(
                        "{file}:{line}: {key} has {wanted} placeholder(s) but the call passes {given} argument(s)"
                    ));
                }
            }
        }
    }
    for (at, _) in manifest.match_indices("@string/") {
        let key: String = manifest[at + 8..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !res.strings.contains_key(&key) {
            problems.push(format!(
                "{ANDROID_MANIFEST}:{}: @string/{key} is not in values/strings.xml",
                line_of(manifest, at)
            ));
        }
        used.insert(("string", key));
    }
    for (key, (line, _)) in &res.strings {
        if !used.contains(&("string", key.clone())) {
            problems.push(format!(
                "{ANDROID_RES}/values/strings.xml:{line}: {key} is used nowhere (a dead key)"
            ));
        }
    }
    for (key, (line, _)) in &res.plurals {
        if !used.contains(&("plurals", key.clone())) {
            problems.push(format!(
                "{ANDROID_RES}/values/strings.xml:{line}: plurals {key} is used nowhere (a dead key)"
            ));
        }
    }
    problems
}

#[test]
fn android_code_uses_exactly_the_keys_there_are() {
    let langs = android_languages();
    let kotlin = sources(ANDROID_KOTLIN, "kt");
    fail_if_any(
        "Android code and resources disagree",
        check_android_uses(&kotlin, &read(ANDROID_MANIFEST), &langs[0].1),
    );
}

// ---------------------------------------------------------------------------------------
// iOS

/// (c) for the catalog: every key has translated `en` and `ja` values with the same
/// placeholders. Returns the keys with their placeholders.
fn check_catalog(text: &str) -> (BTreeMap<String, Vec<String>>, Vec<String>) {
    let mut problems = Vec::new();
    let mut keys = BTreeMap::new();
    let json: serde_json::Value = match serde_json::from_str(text) {
        Ok(j) => j,
        Err(e) => return (keys, vec![format!("{IOS_CATALOG}: not JSON: {e}")]),
    };
    if json["sourceLanguage"] != "en" {
        problems.push(format!("{IOS_CATALOG}: sourceLanguage must be \"en\""));
    }
    let Some(strings) = json["strings"].as_object() else {
        return (keys, vec![format!("{IOS_CATALOG}: no \"strings\" object")]);
    };
    for (key, entry) in strings {
        let mut per_lang = Vec::new();
        for lang in ["en", "ja"] {
            let unit = &entry["localizations"][lang]["stringUnit"];
            let (Some(state), Some(value)) = (unit["state"].as_str(), unit["value"].as_str())
            else {
                problems.push(format!("{IOS_CATALOG}: {key} has no {lang} stringUnit"));
                continue;
            };
            if state != "translated" {
                problems.push(format!(
                    "{IOS_CATALOG}: {key} in {lang} is {state:?}, not \"translated\""
                ));
            }
            if value.trim().is_empty() {
                problems.push(format!("{IOS_CATALOG}: {key} in {lang} is empty"));
            }
            match placeholders(value) {
                Ok(p) => per_lang.push((lang, p)),
                Err(e) => problems.push(format!("{IOS_CATALOG}: {key} in {lang}: {e}")),
            }
        }
        if let [(_, en), (_, ja)] = per_lang.as_slice() {
            if en != ja {
                problems.push(format!(
                    "{IOS_CATALOG}: {key}: placeholders {en:?} in en but {ja:?} in ja"
                ));
            }
            keys.insert(key.clone(), en.clone());
        }
    }
    (keys, problems)
}

#[test]
fn ios_catalog_has_every_key_in_english_and_japanese() {
    let (keys, problems) = check_catalog(&read(IOS_CATALOG));
    fail_if_any("Localizable.xcstrings is incomplete", problems);
    assert!(!keys.is_empty(), "the catalog has no keys");
}

/// (c) for the code: every `String(localized: "key")` names a key of the catalog, is
/// followed by `.filled(…)` with one argument per placeholder when the key has any, and
/// every key is used.
fn check_swift_uses(
    swift: &[(String, String)],
    keys: &BTreeMap<String, Vec<String>>,
) -> Vec<String> {
    const CALL: &str = "String(localized: ";
    let mut problems = Vec::new();
    let mut used = BTreeSet::new();
    for (file, text) in swift {
        for (at, _) in text.match_indices(CALL) {
            let line = line_of(text, at);
            let rest = &text[at + CALL.len()..];
            let Some(key) = rest
                .strip_prefix('"')
                .and_then(|r| r.split_once("\")"))
                .map(|(k, _)| k)
            else {
                problems.push(format!(
                    "{file}:{line}: String(localized:) must take a plain \"key\" literal"
                ));
                continue;
            };
            if key.contains(['"', '\\', ' ']) {
                problems.push(format!("{file}:{line}: String(localized:) must take a plain \"key\" literal, not {key:?}"));
                continue;
            }
            used.insert(key.to_string());
            let Some(wanted) = keys.get(key) else {
                problems.push(format!("{file}:{line}: {key} is not in {IOS_CATALOG}"));
                continue;
            };
            let wanted: BTreeSet<_> = wanted.iter().collect();
            let after = &rest[1 + key.len() + 2..];
            let given = match after.strip_prefix(".filled(") {
                Some(_) => {
                    let from = at + CALL.len() + 1 + key.len() + 2 + ".filled(".len();
                    call_args(text, from)
                        .map(|(args, _)| args.len())
                        .unwrap_or(usize::MAX)
                }
                None => 0,
            };
            if given != wanted.len() {
                problems.push(format!("{file}:{line}: {key} has {} placeholder(s) but {given} argument(s) are filled in", wanted.len()));
            }
        }
    }
    for key in keys.keys() {
        if !used.contains(key) {
            problems.push(format!("{IOS_CATALOG}: {key} is used nowhere (a dead key)"));
        }
    }
    problems
}

#[test]
fn ios_code_uses_exactly_the_keys_there_are() {
    let (keys, problems) = check_catalog(&read(IOS_CATALOG));
    fail_if_any("Localizable.xcstrings is incomplete", problems);
    fail_if_any(
        "iOS code and catalog disagree",
        check_swift_uses(&sources(IOS_APP, "swift"), &keys),
    );
}

// ---------------------------------------------------------------------------------------
// No Japanese in the code

/// Kana, kanji, Japanese punctuation (、。「」・〜) and full-width forms (（）：).
fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// Lines of Kotlin or Swift with a Japanese character outside a comment. A small lexer:
/// `//` and `/* */` comments (nested, as both languages allow), string literals (with
/// `\` escapes; `"""` works by parity) and Kotlin's character literals, so a `//` inside a
/// string ("https://…") does not start a comment.
fn japanese_outside_comments(file: &str, text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut problems = Vec::new();
    let (mut line, mut i) = (1, 0);
    let (mut block, mut in_string, mut reported) = (0usize, false, 0);
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            line += 1;
            i += 1;
            continue;
        }
        if block > 0 {
            if c == '*' && next == Some('/') {
                block -= 1;
                i += 2;
            } else if c == '/' && next == Some('*') {
                block += 1;
                i += 2;
            } else {
                i += 1;
            }
            continue;
        }
        if in_string {
            if c == '\\' {
                i += 2;
                continue;
            }
            if c == '"' {
                in_string = false;
            }
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        } else if c == '/' && next == Some('*') {
            block = 1;
            i += 2;
            continue;
        } else if c == '"' {
            in_string = true;
        } else if c == '\'' && file.ends_with(".kt") {
            // 'x' or '\n': skip the character literal.
            let len = if next == Some('\\') { 4 } else { 3 };
            if chars.get(i + len - 1) == Some(&'\'') {
                i += len;
                continue;
            }
        }
        if is_japanese(c) && reported != line {
            reported = line;
            let text_line = text.lines().nth(line - 1).unwrap_or("").trim();
            problems.push(format!(
                "{file}:{line}: Japanese outside a comment (move it to the resources): {text_line}"
            ));
        }
        i += 1;
    }
    problems
}

#[test]
fn no_japanese_in_the_apps_code() {
    let mut problems = Vec::new();
    for (file, text) in sources(ANDROID_KOTLIN, "kt")
        .iter()
        .chain(sources(IOS_APP, "swift").iter())
    {
        problems.extend(japanese_outside_comments(file, text));
    }
    fail_if_any("screen text written into the apps' code", problems);
}

// ---------------------------------------------------------------------------------------
// The checks themselves catch what they are for (small inputs; the real files above).

#[test]
fn the_checks_catch_what_they_are_for() {
    // Placeholders that differ between languages.
    let en = parse_android(
        "en",
        "<resources>\n<string name=\"a\">Due %1$s</string>\n</resources>",
    )
    .unwrap();
    let ja = parse_android("ja", "<resources>\n<string name=\"a\">予定日</string>\n<string name=\"b\">x</string>\n</resources>").unwrap();
    let problems = compare_android(&[("en".into(), en), ("ja".into(), ja)]);
    assert!(
        problems.iter().any(|p| p.contains("a: placeholders")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("b is missing from en")),
        "{problems:?}"
    );
    // An apostrophe aapt would reject, and a line the parser does not know.
    let bad = parse_android(
        "x",
        "<resources>\n<string name=\"a\">Don't</string>\n<foo/>\n</resources>",
    )
    .err()
    .unwrap();
    assert!(
        bad.iter().any(|p| p.contains("x:2: a: an apostrophe")),
        "{bad:?}"
    );
    assert!(
        bad.iter().any(|p| p.contains("x:3: not understood")),
        "{bad:?}"
    );
    // A missing key, a dead key and a call without its argument.
    let res = parse_android("x", "<resources>\n<string name=\"due\">Due %1$s</string>\n<string name=\"dead\">x</string>\n</resources>").unwrap();
    let kotlin = vec![(
        "A.kt".to_string(),
        "Text(stringResource(R.string.due))\nText(stringResource(R.string.gone))".to_string(),
    )];
    let problems = check_android_uses(&kotlin, "", &res);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("A.kt:1: due has 1 placeholder(s) but the call passes 0")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("A.kt:2: R.string.gone is not")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("dead is used nowhere")),
        "{problems:?}"
    );
    // Swift: an unknown key and a sentence left unfilled.
    let keys = BTreeMap::from([("due".to_string(), vec!["%@".to_string()])]);
    let swift = vec![(
        "A.swift".to_string(),
        "Text(String(localized: \"due\"))\nText(String(localized: \"nope\"))".to_string(),
    )];
    let problems = check_swift_uses(&swift, &keys);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("A.swift:1: due has 1 placeholder(s) but 0")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("A.swift:2: nope is not in")),
        "{problems:?}"
    );
    // Japanese in a string is caught; in a comment, or after a "//" inside a string, it is not missed.
    let problems = japanese_outside_comments(
        "A.kt",
        "// 母子健康手帳\nval url = \"https://x\"; Text(\"戻る\")\n/* 妊婦 /* 健診 */ */",
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("A.kt:2:"), "{problems:?}");
}

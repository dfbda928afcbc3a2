//! Every sentence people read — labels, reasons, warnings, errors, help — comes from
//! one catalog per language, `core/data/text/<lang>.ftl`, written in Project Fluent.
//!
//! Why Fluent (`fluent-bundle`, Mozilla's maintained implementation): a message is
//! data with named placeholders, and each language decides its own grammar — English
//! selects `1 year` / `2 years` by the CLDR plural rules, Japanese has one form — so no
//! sentence is ever glued together in code. The catalogs are compiled in
//! (`include_str!`), parsed once on first use, and shared by the core, the CLI and,
//! through [`crate::text::format`] over the FFI, the apps.
//!
//! Rules the test in `tests.rs` enforces:
//! - code names a message only as a literal, through [`t!`](crate::t) or
//!   [`tid!`](crate::tid), so every id the code uses can be found and checked;
//! - every shipped catalog parses, has every id the code uses, uses only the
//!   placeholders the code passes, and formats every message with sample values;
//! - no catalog keeps a message the code no longer uses.
//!
//! The catalogs are the files in `core/data/text/`; `core/build.rs` makes [`Lang`]
//! from them, so a language is added by adding its file.
//!
//! A message missing in the asked language falls back along [`Lang::fallbacks`]
//! (Japanese → English, English → Japanese, any other → English → Japanese); the test names every such gap, so a
//! shipped catalog has none. [`Lang::Pseudo`] is the English catalog with every letter
//! accented and every message bracketed (as Android's `en-XA`): text that reaches the
//! screen plain was not taken from a catalog.

mod pseudo;
#[cfg(test)]
mod tests;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::sync::OnceLock;

use crate::Lang;

type Bundle = FluentBundle<FluentResource>;

/// A value put into a message's placeholder.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    /// A number: it also selects plural forms (`{ $n -> [one] … *[other] … }`).
    Number(f64),
}

macro_rules! arg_from_number {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
arg_from_number!(u8, u16, u32, u64, usize, i8, i16, i32, i64, f32, f64);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg::Text(s)
    }
}

/// Formats message `id` in `lang` with no placeholders. Prefer [`t!`](crate::t),
/// which the catalog test can see.
pub fn text(lang: Lang, id: &str) -> String {
    format(lang, id, &[])
}

/// Formats message `id` (or `id.attribute`) in `lang`, falling back along
/// [`Lang::fallbacks`]. An id no catalog has comes back as itself, so a gap shows
/// on screen instead of an empty line (the catalog test keeps that from shipping).
pub fn format(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    if lang == Lang::Pseudo {
        return format_pseudo(id, args);
    }
    format_in(bundles(), &lang.fallbacks(), false, id, args)
}

/// [`format`] in the pseudo-locale.
pub fn format_pseudo(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    format_in(pseudo_bundles(), &[Lang::En], true, id, args)
}

fn format_in(
    bundles: &[(Lang, Bundle)],
    chain: &[Lang],
    pseudo: bool,
    id: &str,
    args: &[(&str, Arg<'_>)],
) -> String {
    let found = chain.iter().find_map(|l| {
        bundles
            .iter()
            .find(|(bl, _)| bl == l)
            .and_then(|(_, b)| render(b, id, args))
    });
    match found {
        Some(s) if pseudo => format!("[{s}]"),
        Some(s) => s,
        None => id.to_string(),
    }
}

/// A sentence in one language, in a list that has it in every catalog language
/// ([`every_lang`]). Records that reach the apps through calls that take no language
/// (an error, a dose's reason, a reminder scheduled for later) carry their words this
/// way, so a language added to the catalogs is carried too, with no field per language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Localized {
    pub lang: Lang,
    pub text: String,
}

/// The sentence `f` words, in every catalog language (the default first).
pub fn every_lang(f: impl Fn(Lang) -> String) -> Vec<Localized> {
    Lang::all()
        .map(|lang| Localized {
            lang,
            text: f(lang),
        })
        .collect()
}

/// The text for `lang` from a list made by [`every_lang`], falling back as messages
/// do; empty for an empty list. In the pseudo-locale, the English text accented (the
/// list holds only the shipped languages).
pub fn text_in(texts: &[Localized], lang: Lang) -> Cow<'_, str> {
    let found = lang
        .fallbacks()
        .into_iter()
        .find_map(|l| texts.iter().find(|t| t.lang == l))
        .or(texts.first())
        .map_or("", |t| t.text.as_str());
    if lang == Lang::Pseudo {
        Cow::Owned(format!("[{}]", pseudo::accent(found)))
    } else {
        Cow::Borrowed(found)
    }
}

/// Joins items as a list in `lang` (「a、b、c」, "a, b, c").
pub fn join<S: AsRef<str>>(lang: Lang, items: &[S]) -> String {
    let sep = crate::t!(lang, "list-separator");
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(&sep)
}

/// Whether the catalog of `lang` itself (no fallback) has message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    bundles()
        .iter()
        .any(|(l, b)| *l == lang && lookup(b, id).is_some())
}

fn fluent_args<'a>(args: &'a [(&'a str, Arg<'a>)]) -> FluentArgs<'a> {
    let mut out = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let v: FluentValue<'a> = match value {
            Arg::Text(s) => FluentValue::from(s.as_ref()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        out.set(*name, v);
    }
    out
}

fn lookup<'b>(bundle: &'b Bundle, id: &str) -> Option<&'b fluent_syntax::ast::Pattern<&'b str>> {
    let (msg, attr) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let message = bundle.get_message(msg)?;
    match attr {
        Some(a) => message.get_attribute(a).map(|at| at.value()),
        None => message.value(),
    }
}

fn render(bundle: &Bundle, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let pattern = lookup(bundle, id)?;
    let fargs = fluent_args(args);
    let mut errors = Vec::new();
    let s = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    debug_assert!(errors.is_empty(), "message {id}: {errors:?}");
    Some(s.into_owned())
}

fn build(locale: &str, ftl: &'static str, transform: Option<fn(&str) -> Cow<'_, str>>) -> Bundle {
    // A parse error keeps the messages that did parse; the catalog test fails on any.
    let resource = match FluentResource::try_new(ftl.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let langid = locale.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // No Unicode isolation marks around placeables: they would end up in the CLI's
    // output, in JSON and in the printed summary as invisible characters.
    bundle.set_use_isolating(false);
    bundle.set_transform(transform);
    // Duplicate ids are a catalog error the test reports; the first one wins here.
    let _ = bundle.add_resource(resource);
    bundle
}

fn bundles() -> &'static [(Lang, Bundle)] {
    static BUNDLES: OnceLock<Vec<(Lang, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Lang::all()
            .map(|l| (l, build(l.code(), l.catalog(), None)))
            .collect()
    })
}

/// The pseudo-locale: the English catalog through [`pseudo::accent`], with English
/// plural rules.
fn pseudo_bundles() -> &'static [(Lang, Bundle)] {
    static BUNDLES: OnceLock<Vec<(Lang, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        vec![(
            Lang::En,
            build("en", Lang::En.catalog(), Some(pseudo::accent)),
        )]
    })
}

/// Formats a catalog message: `t!(lang, "id")`, `t!(lang, "id", name = value, …)`.
/// The id must be a literal (the catalog test finds every use by it); the names are
/// the message's placeholders (`{ $name }`).
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal $(,)?) => {
        $crate::text::text($lang, $id)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::text::format(
            $lang,
            $id,
            &[$((stringify!($name), $crate::text::Arg::from($value))),+],
        )
    };
}

/// Names a catalog message without formatting it, for tables of ids (an enum's
/// labels): `tid!("mood-happy")`. The catalog test finds the id here as in [`t!`].
#[macro_export]
macro_rules! tid {
    ($id:literal) => {
        $id
    };
}

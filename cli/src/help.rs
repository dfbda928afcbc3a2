//! Help and argument errors in the user's language (#16).
//!
//! clap writes help and errors in English. The command tree ([`crate::cli::Cli`]) is
//! built by derive from the argument structs; [`command`] then walks it and sets every
//! text from the catalog: each command's description is message `cli-help-cmd-<path>`
//! (`cli-help-cmd-growth-add`, the root is `cli-help-cmd`; a `.long` attribute is its
//! long form) and each argument's is `cli-help-cmd-<path>--<long name>`
//! (`cli-help-cmd-growth-add--weight`, global options under the root:
//! `cli-help-cmd--json`). clap's own words (the headings, `-h`, `-V`, the `help`
//! command, `[default: …]`) come from `cli-help-*` messages named in code.
//!
//! The ids under [`PREFIX`] are computed, so the core's catalog test cannot find them
//! in code; it leaves them to the tests at the end of this file, which walk the real
//! tree and check that every command and visible argument has its message in every
//! language and that no such message is left without its command.
//! `cli/tests/help.rs` runs the binary: no English sentence in Japanese help, errors,
//! the choice of language.
//!
//! Help and errors are produced while clap parses, so the language is settled before
//! that, from the raw arguments and the environment ([`language`]).

use clap::builder::styling::Styles;
use clap::builder::{Resettable, StyledStr};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory};
use hagukumi_core::text;
use hagukumi_core::{Lang, t};
use std::ffi::OsString;

use crate::error::InputError;

/// Every message id computed here from the command tree starts with this.
pub const PREFIX: &str = "cli-help-cmd";

/// The message id of the command at `path` (the subcommand names below `hagukumi`).
pub fn command_id<S: AsRef<str>>(path: &[S]) -> String {
    let mut id = PREFIX.to_string();
    for p in path {
        id.push('-');
        id.push_str(p.as_ref());
    }
    id
}

/// The message id of argument `arg` of the command at `path`: by its long name, or
/// its id for a positional one.
pub fn arg_id<S: AsRef<str>>(path: &[S], arg: &Arg) -> String {
    let name = arg
        .get_long()
        .map(str::to_string)
        .unwrap_or_else(|| arg.get_id().as_str().replace('_', "-"));
    format!("{}--{name}", command_id(path))
}

/// The command tree with every description, heading and built-in flag in `lang`,
/// built (ready to parse and to render help).
pub fn command(lang: Lang) -> Command {
    let headings = Headings::new(lang);
    let mut cmd = localize(crate::cli::Cli::command(), &mut Vec::new(), lang, headings);
    cmd.build();
    localize_help_commands(&mut cmd, lang, headings);
    cmd
}

/// A message and, if the catalog has one, its `.long` form.
fn texts(lang: Lang, id: &str) -> (String, Option<String>) {
    let long = format!("{id}.long");
    let has_long = lang.fallbacks().iter().any(|l| text::has(*l, &long));
    (
        text::text(lang, id),
        has_long.then(|| text::text(lang, &long)),
    )
}

/// A long form, or none (clap then shows the short one).
fn or_reset(s: Option<String>) -> Resettable<StyledStr> {
    match s {
        Some(s) => Resettable::Value(s.into()),
        None => Resettable::Reset,
    }
}

/// Where an argument is listed in help.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Group {
    Positional,
    Option,
    Global,
}

fn group(a: &Arg) -> Group {
    if a.is_global_set() {
        Group::Global
    } else if a.is_positional() {
        Group::Positional
    } else {
        Group::Option
    }
}

/// The headings of help in one language. clap keeps headings as `&'static str` (its
/// `string` feature is off), so the few of them are leaked once per run.
#[derive(Clone, Copy)]
struct Headings {
    commands: &'static str,
    arguments: &'static str,
    options: &'static str,
    global: &'static str,
}

impl Headings {
    fn new(lang: Lang) -> Headings {
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        Headings {
            commands: leak(t!(lang, "cli-help-heading-commands")),
            arguments: leak(t!(lang, "cli-help-heading-arguments")),
            options: leak(t!(lang, "cli-help-heading-options")),
            global: leak(t!(lang, "cli-help-heading-global")),
        }
    }

    fn of(self, g: Group) -> &'static str {
        match g {
            Group::Positional => self.arguments,
            Group::Option => self.options,
            Group::Global => self.global,
        }
    }
}

/// clap's default help layout with the usage heading in `lang`.
fn template(lang: Lang) -> String {
    let usage = Styles::default().get_usage().to_owned();
    format!(
        "{{before-help}}{{about-with-newline}}\n{}{}{} {{usage}}\n\n{{all-args}}{{after-help}}",
        usage.render(),
        t!(lang, "cli-help-usage"),
        usage.render_reset()
    )
}

fn localize(cmd: Command, path: &mut Vec<String>, lang: Lang, headings: Headings) -> Command {
    let id = command_id(path);
    let (about, long_about) = texts(lang, &id);
    let mut cmd = cmd
        .about(about)
        .long_about(or_reset(long_about))
        .help_template(template(lang))
        .subcommand_help_heading(headings.commands)
        .disable_help_flag(true)
        .disable_version_flag(true);

    // Each group's arguments, moved to the end in turn (`mut_arg` moves the one it
    // changes), so that the headings come in clap's order: arguments, options, the
    // built-in flags, then the global options.
    let args: Vec<(String, Group)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), group(a)))
        .collect();
    let mut long_help = cmd.get_long_about().is_some();
    for g in [Group::Positional, Group::Option] {
        for (name, _) in args.iter().filter(|(_, ag)| *ag == g) {
            cmd = cmd.mut_arg(name, |a| {
                let id = arg_id(path, &a);
                let a = localize_arg(a, &id, lang, headings.of(g));
                long_help |= a.get_long_help().is_some();
                a
            });
        }
    }
    let (help, help_long) = if long_help {
        (
            t!(lang, "cli-help-flag-help.summary"),
            Some(t!(lang, "cli-help-flag-help.long")),
        )
    } else {
        (t!(lang, "cli-help-flag-help"), None)
    };
    cmd = cmd
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(help)
                .long_help(or_reset(help_long))
                .help_heading(headings.of(Group::Option)),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!(lang, "cli-help-flag-version"))
                .help_heading(headings.of(Group::Option)),
        );
    for (name, _) in args.iter().filter(|(_, g)| *g == Group::Global) {
        cmd = cmd.mut_arg(name, |a| {
            let id = arg_id(path, &a);
            localize_arg(a, &id, lang, headings.of(Group::Global))
        });
    }

    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        path.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |s| localize(s, path, lang, headings));
        path.pop();
    }
    cmd
}

/// An argument's description from message `id`, with clap's notes (`[default: …]`,
/// `[env: …]`, `[aliases: …]`, `[possible values: …]`) written by the catalog.
fn localize_arg(a: Arg, id: &str, lang: Lang, heading: &'static str) -> Arg {
    let mut notes = Vec::new();
    if a.get_action().takes_values() {
        let defaults: Vec<String> = a
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() {
            let value = text::join(lang, &defaults);
            notes.push(t!(lang, "cli-help-note-default", value = value));
        }
        let values: Vec<String> = a
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !values.is_empty() {
            let values = text::join(lang, &values);
            notes.push(t!(lang, "cli-help-note-values", values = values));
        }
    }
    if let Some(env) = a.get_env() {
        let name = env.to_string_lossy().into_owned();
        notes.push(t!(lang, "cli-help-note-env", name = name));
    }
    let aliases: Vec<&'static str> = a
        .get_visible_aliases()
        .unwrap_or_default()
        .into_iter()
        .map(|n| -> &'static str { Box::leak(n.to_string().into_boxed_str()) })
        .collect();
    let mut a = a;
    if !aliases.is_empty() {
        let names = aliases.iter().map(|n| format!("--{n}")).collect::<Vec<_>>();
        let names = text::join(lang, &names);
        notes.push(t!(lang, "cli-help-note-aliases", names = names));
        // Still accepted, no longer listed by clap (in English).
        a = a.visible_alias(None).aliases(aliases);
    }
    let (help, long) = texts(lang, id);
    let with_notes = |s: String| {
        notes.iter().fold(s, |text, note| {
            t!(lang, "cli-help-then", before = text, after = note.as_str())
        })
    };
    // clap's notes are replaced by the catalog's (it allows hiding only those it has).
    let takes_values = a.get_action().takes_values();
    let has_env = a.get_env().is_some();
    a.help(with_notes(help))
        .long_help(or_reset(long.map(with_notes)))
        .help_heading(heading)
        .hide_default_value(takes_values)
        .hide_possible_values(takes_values)
        .hide_env(has_env)
}

/// The `help` commands clap adds while building, with the copies of the tree they hold
/// (`hagukumi help growth add`): their description, headings and usage line in `lang`.
fn localize_help_commands(cmd: &mut Command, lang: Lang, headings: Headings) {
    for sub in cmd.get_subcommands_mut() {
        if sub.get_name() == "help" {
            *sub = std::mem::take(sub).about(t!(lang, "cli-help-command-help"));
            localize_help_tree(sub, lang, headings);
        } else {
            localize_help_commands(sub, lang, headings);
        }
    }
}

fn localize_help_tree(cmd: &mut Command, lang: Lang, headings: Headings) {
    *cmd = std::mem::take(cmd)
        .help_template(template(lang))
        .subcommand_help_heading(headings.commands);
    for sub in cmd.get_subcommands_mut() {
        if sub.get_name() == "help" {
            *sub = std::mem::take(sub).about(t!(lang, "cli-help-command-help"));
        }
        localize_help_tree(sub, lang, headings);
    }
}

/// A `--lang` or `HAGUKUMI_LANG` that names no language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLang {
    pub value: String,
    /// From `HAGUKUMI_LANG` rather than `--lang`.
    pub from_env: bool,
    /// The language to say so in: what the environment or the locale chose.
    pub lang: Lang,
}

impl BadLang {
    pub fn message(&self) -> String {
        self.message_in(self.lang)
    }

    fn message_in(&self, lang: Lang) -> String {
        if self.from_env {
            t!(lang, "cli-help-error-lang-env", value = &self.value)
        } else {
            t!(lang, "cli-help-error-lang", value = &self.value)
        }
    }
}

/// English, for clap's own error line; [`error_message`] writes it in the language.
impl std::fmt::Display for BadLang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl std::error::Error for BadLang {}

/// `--lang`'s values: what [`Lang`]'s `FromStr` accepts. [`language`] has already
/// refused any other before clap parses.
pub fn parse_lang(s: &str) -> Result<Lang, BadLang> {
    s.parse().map_err(|_| BadLang {
        value: s.to_string(),
        from_env: false,
        lang: Lang::default(),
    })
}

/// The language of help, errors and output: `--lang`, else `HAGUKUMI_LANG`, else the
/// locale (the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set), else Japanese
/// (also for a locale with no catalog, such as `C`). Read from the raw arguments,
/// before clap parses them; `var` reads the environment.
pub fn language(args: &[OsString], var: impl Fn(&str) -> Option<String>) -> Result<Lang, BadLang> {
    let var = |name: &str| var(name).filter(|v| !v.trim().is_empty());
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| var(name))
        .and_then(|l| Lang::from_locale(&l))
        .unwrap_or_default();
    let from_env = match var("HAGUKUMI_LANG") {
        Some(v) => v.parse().map_err(|_| BadLang {
            value: v.clone(),
            from_env: true,
            lang: locale,
        }),
        None => Ok(locale),
    };
    let fallback = from_env.clone().unwrap_or(locale);
    match flag_values(args, "--lang").last() {
        Some(v) => v.parse().map_err(|_| BadLang {
            value: v.clone(),
            from_env: false,
            lang: fallback,
        }),
        None => from_env,
    }
}

/// Whether `--json` is among the raw arguments.
pub fn wants_json(args: &[OsString]) -> bool {
    options(args).any(|a| a == "--json")
}

/// The arguments before `--`, skipping the program name.
fn options(args: &[OsString]) -> impl Iterator<Item = String> + '_ {
    args.iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .take_while(|a| a != "--")
}

/// Every value given to option `name` (`--name V` or `--name=V`).
fn flag_values(args: &[OsString], name: &str) -> Vec<String> {
    let args: Vec<String> = options(args).collect();
    let eq = format!("{name}=");
    let mut out = Vec::new();
    for (i, a) in args.iter().enumerate() {
        if let Some(v) = a.strip_prefix(&eq) {
            out.push(v.to_string());
        } else if a == name {
            out.push(args.get(i + 1).cloned().unwrap_or_default());
        }
    }
    out
}

/// What went wrong on the command line, as one message in `lang` (no usage line).
pub fn error_message(e: &clap::Error, lang: Lang) -> String {
    let one = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => v.first().cloned(),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let list = |k: ContextKind| match e.get(k) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let number = |k: ContextKind| match e.get(k) {
        Some(ContextValue::Number(n)) => i64::try_from(*n).unwrap_or(0),
        _ => 0,
    };
    let arg = one(ContextKind::InvalidArg).unwrap_or_default();
    let value = one(ContextKind::InvalidValue).unwrap_or_default();
    let mut parts = Vec::new();
    match e.kind() {
        ErrorKind::UnknownArgument => {
            parts.push(t!(lang, "cli-help-error-unknown-argument", arg = &arg));
            if let Some(s) = one(ContextKind::SuggestedArg) {
                parts.push(t!(lang, "cli-help-error-did-you-mean", suggestion = s));
            }
            if matches!(
                e.get(ContextKind::TrailingArg),
                Some(ContextValue::Bool(true))
            ) {
                parts.push(t!(lang, "cli-help-error-trailing", arg = &arg));
            }
        }
        ErrorKind::InvalidSubcommand => {
            let name = one(ContextKind::InvalidSubcommand).unwrap_or_default();
            parts.push(t!(lang, "cli-help-error-unknown-command", name = name));
            if let Some(s) = one(ContextKind::SuggestedSubcommand) {
                parts.push(t!(lang, "cli-help-error-did-you-mean", suggestion = s));
            }
        }
        ErrorKind::InvalidValue if value.is_empty() => {
            parts.push(t!(lang, "cli-help-error-value-missing", arg = &arg));
        }
        ErrorKind::InvalidValue => {
            parts.push(t!(
                lang,
                "cli-help-error-invalid-value",
                arg = &arg,
                value = &value
            ));
            let valid = list(ContextKind::ValidValue);
            if !valid.is_empty() {
                let values = text::join(lang, &valid);
                parts.push(t!(lang, "cli-help-error-valid-values", values = values));
            }
            if let Some(s) = one(ContextKind::SuggestedValue) {
                parts.push(t!(lang, "cli-help-error-did-you-mean", suggestion = s));
            }
        }
        ErrorKind::ValueValidation => {
            let source = std::error::Error::source(e);
            let ours = source.and_then(|s| s.downcast_ref::<InputError>());
            let bad_lang = source.and_then(|s| s.downcast_ref::<BadLang>());
            let message = if let Some(input) = ours {
                input.0.get(lang).to_string()
            } else if let Some(bad) = bad_lang {
                bad.message_in(lang)
            } else if source.is_some_and(|s| s.is::<std::num::ParseIntError>()) {
                t!(lang, "cli-help-error-not-a-whole-number", value = &value)
            } else if let Some(detail) = source {
                // A parser that does not yet say it in the language (a `String` from
                // the core): its words are still the detail the user needs.
                let detail = detail.to_string();
                t!(
                    lang,
                    "cli-help-error-unreadable-value-because",
                    value = &value,
                    detail = detail
                )
            } else {
                t!(lang, "cli-help-error-unreadable-value", value = &value)
            };
            parts.push(t!(
                lang,
                "cli-help-error-in-option",
                arg = &arg,
                message = message
            ));
        }
        ErrorKind::MissingRequiredArgument => {
            let args = text::join(lang, &list(ContextKind::InvalidArg));
            parts.push(t!(lang, "cli-help-error-missing-arguments", args = args));
        }
        ErrorKind::MissingSubcommand => {
            let name = one(ContextKind::InvalidSubcommand).unwrap_or_default();
            parts.push(t!(lang, "cli-help-error-missing-command", name = name));
            let valid = list(ContextKind::ValidSubcommand);
            if !valid.is_empty() {
                let names = text::join(lang, &valid);
                parts.push(t!(lang, "cli-help-error-valid-commands", names = names));
            }
        }
        ErrorKind::NoEquals => parts.push(t!(lang, "cli-help-error-no-equals", arg = &arg)),
        ErrorKind::TooManyValues => {
            parts.push(t!(
                lang,
                "cli-help-error-too-many-values",
                arg = &arg,
                value = &value
            ));
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let expected =
                number(ContextKind::ExpectedNumValues).max(number(ContextKind::MinValues));
            let actual = number(ContextKind::ActualNumValues);
            parts.push(t!(
                lang,
                "cli-help-error-number-of-values",
                arg = &arg,
                expected = expected,
                actual = actual
            ));
        }
        ErrorKind::ArgumentConflict => {
            let prior = list(ContextKind::PriorArg);
            if prior.contains(&arg) {
                parts.push(t!(lang, "cli-help-error-repeated", arg = &arg));
            } else if prior.is_empty() {
                parts.push(t!(lang, "cli-help-error-conflict-any", arg = &arg));
            } else {
                let other = text::join(lang, &prior);
                parts.push(t!(
                    lang,
                    "cli-help-error-conflict",
                    arg = &arg,
                    other = other
                ));
            }
        }
        ErrorKind::InvalidUtf8 => parts.push(t!(lang, "cli-help-error-utf8")),
        _ => parts.push(t!(lang, "cli-help-error-other")),
    }
    let mut parts = parts.into_iter();
    let first = parts.next().unwrap_or_default();
    parts.fold(first, |before, after| {
        t!(lang, "cli-help-then", before = before, after = after)
    })
}

/// The usage line clap put in the error (`hagukumi growth add [OPTIONS]`), without
/// its English heading.
pub fn error_usage(e: &clap::Error) -> Option<String> {
    let usage = match e.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        _ => return None,
    };
    let usage = usage.trim();
    Some(
        usage
            .split_once(':')
            .map_or(usage, |(_, rest)| rest.trim())
            .to_string(),
    )
}

/// The whole error as shown on stderr in `lang`: the message, the usage line, and
/// where to find more.
pub fn error_text(e: &clap::Error, lang: Lang) -> String {
    let mut out = error_message(e, lang);
    if let Some(usage) = error_usage(e) {
        out.push_str("\n\n");
        out.push_str(&t!(lang, "cli-help-usage"));
        out.push(' ');
        out.push_str(&usage);
        out.push_str("\n\n");
        // `hagukumi growth add` of `hagukumi growth add [OPTIONS] --weight <KG>`.
        let command = usage
            .split_whitespace()
            .take_while(|w| !w.starts_with(['[', '<', '-']))
            .collect::<Vec<_>>()
            .join(" ");
        out.push_str(&t!(lang, "cli-help-error-more", command = command));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Every id the tree asks for: (id, whether it is a command's).
    fn tree_ids(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<(String, bool)>) {
        out.push((command_id(path), true));
        for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            out.push((arg_id(path, a), false));
        }
        for sub in cmd.get_subcommands() {
            path.push(sub.get_name().to_string());
            tree_ids(sub, path, out);
            path.pop();
        }
    }

    fn all_ids() -> Vec<(String, bool)> {
        let mut out = Vec::new();
        tree_ids(&crate::cli::Cli::command(), &mut Vec::new(), &mut out);
        out
    }

    /// The `cli-help-cmd…` messages a catalog defines (ids start a line).
    fn catalog_ids(ftl: &str) -> BTreeSet<String> {
        ftl.lines()
            .filter_map(|l| l.split_once(" ="))
            .map(|(id, _)| id.trim_end().to_string())
            .filter(|id| id.starts_with(PREFIX) && !id.starts_with(' '))
            .collect()
    }

    const CATALOGS: [(Lang, &str); 2] = [
        (Lang::Ja, include_str!("../../core/data/text/ja.ftl")),
        (Lang::En, include_str!("../../core/data/text/en.ftl")),
    ];

    #[test]
    fn every_command_and_visible_argument_has_its_message_in_every_language() {
        let mut missing = Vec::new();
        for (id, _) in all_ids() {
            for lang in Lang::SHIPPED {
                if !text::has(lang, &id) {
                    missing.push(format!("{lang:?}: {id}"));
                }
            }
            let long = format!("{id}.long");
            let with_long: Vec<_> = Lang::SHIPPED.iter().map(|l| text::has(*l, &long)).collect();
            if with_long.iter().any(|h| *h) && !with_long.iter().all(|h| *h) {
                missing.push(format!("{long} in some languages only"));
            }
        }
        assert!(
            missing.is_empty(),
            "missing help messages:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn no_catalog_keeps_help_for_a_command_or_argument_that_is_gone() {
        let ids: BTreeSet<String> = all_ids().into_iter().map(|(id, _)| id).collect();
        for (lang, ftl) in CATALOGS {
            let dead: Vec<_> = catalog_ids(ftl)
                .into_iter()
                .filter(|id| !ids.contains(id))
                .collect();
            assert!(
                dead.is_empty(),
                "{lang:?} catalog has help for nothing: {dead:?}"
            );
        }
    }

    #[test]
    fn no_two_commands_or_arguments_share_an_id() {
        let ids = all_ids();
        let unique: BTreeSet<_> = ids.iter().map(|(id, _)| id).collect();
        assert_eq!(unique.len(), ids.len());
    }

    fn lang_of(args: &[&str], env: &[(&str, &str)]) -> Result<Lang, BadLang> {
        let args: Vec<OsString> = std::iter::once("hagukumi")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect();
        language(&args, |name| {
            env.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn the_language_comes_from_lang_then_the_variable_then_the_locale_else_japanese() {
        let en = [("HAGUKUMI_LANG", "en")];
        assert_eq!(lang_of(&[], &[]), Ok(Lang::Ja));
        assert_eq!(lang_of(&["--lang", "en"], &[]), Ok(Lang::En));
        assert_eq!(lang_of(&["--lang=English", "home"], &[]), Ok(Lang::En));
        assert_eq!(lang_of(&["--lang", "ja"], &en), Ok(Lang::Ja));
        assert_eq!(lang_of(&[], &en), Ok(Lang::En));
        assert_eq!(lang_of(&[], &[("LANG", "en_US.UTF-8")]), Ok(Lang::En));
        assert_eq!(lang_of(&[], &[("LANG", "C")]), Ok(Lang::Ja));
        assert_eq!(lang_of(&[], &[("LANG", "fr_FR.UTF-8")]), Ok(Lang::Ja));
        // The first locale variable that is set decides, as for every POSIX program.
        let locale = [("LC_ALL", "ja_JP.UTF-8"), ("LANG", "en_US.UTF-8")];
        assert_eq!(lang_of(&[], &locale), Ok(Lang::Ja));
        let locale = [("LC_MESSAGES", "en_GB"), ("LANG", "ja_JP.UTF-8")];
        assert_eq!(lang_of(&[], &locale), Ok(Lang::En));
        // After `--`, `--lang` is a value.
        assert_eq!(
            lang_of(&["diary", "add", "--", "--lang", "en"], &[]),
            Ok(Lang::Ja)
        );
    }

    #[test]
    fn a_language_that_is_none_is_refused_in_the_language_otherwise_chosen() {
        let bad = lang_of(&["--lang", "xx"], &[("LANG", "en_US.UTF-8")]).unwrap_err();
        assert_eq!(
            (bad.value.as_str(), bad.from_env, bad.lang),
            ("xx", false, Lang::En)
        );
        assert!(
            bad.message().contains("\"xx\" is not a language"),
            "{}",
            bad.message()
        );
        let bad = lang_of(&[], &[("HAGUKUMI_LANG", "zz")]).unwrap_err();
        assert!(bad.from_env);
        assert!(bad.message().contains("HAGUKUMI_LANG"), "{}", bad.message());
        assert!(
            bad.message().contains("言語ではありません"),
            "{}",
            bad.message()
        );
        // A good --lang wins over a bad variable.
        assert_eq!(
            lang_of(&["--lang", "en"], &[("HAGUKUMI_LANG", "zz")]),
            Ok(Lang::En)
        );
        assert_eq!(lang_of(&["--lang"], &[]).unwrap_err().value, "");
    }

    fn error(lang: Lang, args: &[&str]) -> clap::Error {
        command(lang)
            .try_get_matches_from(std::iter::once("hagukumi").chain(args.iter().copied()))
            .unwrap_err()
    }

    #[test]
    fn argument_errors_are_written_in_japanese() {
        let e = error(Lang::Ja, &["growth", "add", "--wieght", "3"]);
        assert_eq!(
            error_message(&e, Lang::Ja),
            "「--wieght」という引数は使えません。「--weight」のことですか？"
        );
        let e = error(Lang::Ja, &["grwoth"]);
        assert!(error_message(&e, Lang::Ja).contains("「growth」のことですか"));
        let e = error(Lang::Ja, &["growth", "add", "--date", "2026-13-01"]);
        let m = error_message(&e, Lang::Ja);
        assert!(
            m.starts_with("--date <YYYY-MM-DD>: 「2026-13-01」は日付ではありません"),
            "{m}"
        );
        let e = error(Lang::Ja, &["timeline", "--limit", "x"]);
        assert!(error_message(&e, Lang::Ja).contains("「x」は整数ではありません"));
        let e = error(Lang::Ja, &["photo", "import"]);
        assert!(error_message(&e, Lang::Ja).starts_with("必要な引数が指定されていません: <FILE>"));
        let e = error(Lang::Ja, &["--json", "--json", "home"]);
        assert_eq!(
            error_message(&e, Lang::Ja),
            "「--json」は一度しか指定できません。"
        );
        let e = error(Lang::Ja, &["growth", "add", "--weight"]);
        assert!(error_message(&e, Lang::Ja).contains("値が必要です"));
        let e = error(
            Lang::Ja,
            &[
                "--lang",
                "ja",
                "share",
                "create",
                "--name",
                "x",
                "--child",
                "--co-parent",
            ],
        );
        assert!(error_message(&e, Lang::Ja).contains("一緒には使えません"));
        let text = error_text(
            &error(Lang::Ja, &["growth", "add", "--wieght", "3"]),
            Lang::Ja,
        );
        assert!(text.contains("使い方: hagukumi growth add"), "{text}");
        assert!(text.contains("「hagukumi growth add --help」"), "{text}");
    }

    #[test]
    fn the_english_message_of_an_argument_error_comes_from_the_catalog_too() {
        let e = error(Lang::En, &["growth", "add", "--wieght", "3"]);
        assert_eq!(
            error_message(&e, Lang::En),
            "unexpected argument '--wieght'. Did you mean '--weight'?"
        );
    }

    #[test]
    fn help_and_version_stay_what_clap_shows() {
        assert_eq!(error(Lang::Ja, &["--help"]).kind(), ErrorKind::DisplayHelp);
        assert_eq!(error(Lang::Ja, &["-V"]).kind(), ErrorKind::DisplayVersion);
        let help = command(Lang::Ja)
            .find_subcommand("help")
            .and_then(|h| h.get_about())
            .map(|a| a.to_string());
        assert_eq!(help, Some(t!(Lang::Ja, "cli-help-command-help")));
    }
}

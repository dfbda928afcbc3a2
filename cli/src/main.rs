//! `hagukumi`: the handbook from a terminal.
//!
//! - [`cli`]: the command tree (clap) and the shared options.
//! - [`commands`]: one module per command group; each turns arguments into core calls
//!   and prints text or JSON.
//! - [`ctx`]: data directory, language, JSON, pinned "today".
//! - [`ids`]: ids from unique prefixes, or implied when there is only one.
//! - [`parse`]: command-line values (dates, "118/72", "Hinata:female:3.02").
//! - [`render`]: units and aligned tables.
//! - [`error`]: exit codes and error messages in Japanese and English.
//!
//! Every rule about the records is the core's: the CLI never decides whether a value
//! is valid, it only reads it and shows the core's answer.

/// `print!` and `println!` that do not panic when stdout is closed early
/// (`hagukumi timeline | head`): the output is then simply not wanted. The records
/// were committed before anything is printed.
///
/// Everything printed passes through [`render::clean`]: names, diary text, feed
/// titles and bundle contents come from others and must not drive the terminal.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let text = format!($($arg)*);
        let _ = std::io::stdout().lock().write_all($crate::render::clean(&text).as_bytes());
    }};
}

macro_rules! outln {
    () => {
        outln!("")
    };
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let text = format!($($arg)*);
        let mut stdout = std::io::stdout().lock();
        let _ = stdout.write_all($crate::render::clean(&text).as_bytes());
        let _ = stdout.write_all(b"\n");
    }};
}

/// `eprintln!` that does not panic when stderr is closed (and cleans like `out!`:
/// error messages quote file names and values from others too).
macro_rules! errln {
    () => {
        errln!("")
    };
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let text = format!($($arg)*);
        let mut stderr = std::io::stderr().lock();
        let _ = stderr.write_all($crate::render::clean(&text).as_bytes());
        let _ = stderr.write_all(b"\n");
    }};
}

mod cli;
mod commands;
mod ctx;
mod error;
mod ids;
mod parse;
mod render;

use clap::Parser;
use clap::error::{ContextKind, ErrorKind};
use hagukumi_core::Lang;
use std::ffi::OsString;
use std::process::ExitCode;

use crate::cli::Cli;
use crate::ctx::Ctx;
use crate::error::InputError;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => return usage_error(e, &args),
    };
    let lang = Lang::from(cli.global.lang);
    let json = cli.global.json;
    let ctx = cli
        .global
        .data_dir
        .clone()
        .map(|dir| Ok((dir, false)))
        .unwrap_or_else(|| ctx::default_data_dir().map(|dir| (dir, true)))
        .map(|(data_dir, default_dir)| Ctx {
            lang,
            json,
            data_dir,
            default_dir,
            today: cli.global.today,
        });
    let result = ctx.and_then(|ctx| commands::run(&ctx, cli.command));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            report(
                &e.message(lang),
                &e.kind(),
                lang,
                json && !e.already_reported(),
            );
            ExitCode::from(e.exit_code())
        }
    }
}

/// An error goes to stderr in the user's language; with `--json`, also to stdout as
/// `{"error": {"kind", "message"}}` so that a script reading stdout sees it.
fn report(message: &str, kind: &str, lang: Lang, json: bool) {
    errln!("{}: {message}", lang.pick("エラー", "error"));
    if json {
        let value = serde_json::json!({ "error": { "kind": kind, "message": message } });
        outln!("{}", render::json_text(&value.to_string()));
    }
}

/// A command line clap could not read. Help and version are printed as usual; other
/// errors exit 2 and, for `--lang ja`, show our Japanese message for values our
/// parsers refused. The options are read from the raw arguments because parsing failed.
fn usage_error(e: clap::Error, args: &[OsString]) -> ExitCode {
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        // Nothing useful can be done if the terminal is gone.
        let _ = e.print();
        return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
    }
    let (lang, json) = prescan(args);
    let ours = std::error::Error::source(&e).and_then(|s| s.downcast_ref::<InputError>());
    let arg = e.get(ContextKind::InvalidArg).map(|a| a.to_string());
    match (lang, ours) {
        (Lang::Ja, Some(input)) => {
            let message = match &arg {
                Some(a) => format!("{a}: {}", input.0.get(Lang::Ja)),
                None => input.0.get(Lang::Ja),
            };
            report(&message, "usage", lang, json);
        }
        _ => {
            let _ = e.print();
            if json {
                let text = e
                    .kind()
                    .as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| e.to_string());
                let message = match (ours, &arg) {
                    (Some(input), Some(a)) => format!("{a}: {}", input.0.get(Lang::En)),
                    _ => text,
                };
                let value = serde_json::json!({ "error": { "kind": "usage", "message": message } });
                outln!("{}", render::json_text(&value.to_string()));
            }
        }
    }
    ExitCode::from(2)
}

/// `--lang` and `--json` from raw arguments (and `HAGUKUMI_LANG`).
fn prescan(args: &[OsString]) -> (Lang, bool) {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut lang = std::env::var("HAGUKUMI_LANG")
        .ok()
        .and_then(|l| l.parse().ok())
        .unwrap_or_default();
    let mut json = false;
    for (i, a) in args.iter().enumerate() {
        if a == "--" {
            break;
        }
        if a == "--json" {
            json = true;
        }
        let value = a
            .strip_prefix("--lang=")
            .map(str::to_string)
            .or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned()).flatten());
        if let Some(l) = value.and_then(|v| v.parse().ok()) {
            lang = l;
        }
    }
    (lang, json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_tree_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn prescan_reads_lang_and_json() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            prescan(&args(&["hagukumi", "--lang", "en", "x", "--json"])),
            (Lang::En, true)
        );
        assert_eq!(prescan(&args(&["hagukumi", "--lang=en"])).0, Lang::En);
    }
}

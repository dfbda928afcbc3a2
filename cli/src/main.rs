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
mod help;
mod ids;
mod parse;
mod render;

use clap::FromArgMatches;
use clap::error::ErrorKind;
use hagukumi_core::{Lang, t};
use std::ffi::OsString;
use std::process::ExitCode;

use crate::cli::Cli;
use crate::ctx::Ctx;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let json = help::wants_json(&args);
    let lang = match help::language(&args, |name| std::env::var(name).ok()) {
        Ok(lang) => lang,
        Err(bad) => {
            report(&bad.message(), "usage", bad.lang, json);
            return ExitCode::from(2);
        }
    };
    let mut command = help::command(lang);
    let cli = match command
        .try_get_matches_from_mut(&args)
        .and_then(|m| Cli::from_arg_matches(&m).map_err(|e| e.format(&mut command)))
    {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e, lang, json),
    };
    let lang = cli.global.lang.unwrap_or(lang);
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
    errln!("{}", t!(lang, "cli-help-error-line", message = message));
    if json {
        let value = serde_json::json!({ "error": { "kind": kind, "message": message } });
        outln!("{}", render::json_text(&value.to_string()));
    }
}

/// A command line clap could not read (help and version too, which clap reports as
/// errors). Help and version are printed as they are (the tree is already in `lang`);
/// other errors exit 2 with the message in `lang` (clap's own text in English), and
/// with `--json` as `{"error": {"kind": "usage", "message"}}` on stdout.
fn usage_error(e: &clap::Error, lang: Lang, json: bool) -> ExitCode {
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
    if lang == Lang::En {
        let _ = e.print();
    } else {
        errln!(
            "{}",
            t!(
                lang,
                "cli-help-error-line",
                message = help::error_text(e, lang)
            )
        );
    }
    if json {
        let message = help::error_message(e, lang);
        let value = serde_json::json!({ "error": { "kind": "usage", "message": message } });
        outln!("{}", render::json_text(&value.to_string()));
    }
    ExitCode::from(2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_tree_is_consistent() {
        Cli::command().debug_assert();
        for lang in Lang::SHIPPED {
            help::command(lang).debug_assert();
        }
    }
}

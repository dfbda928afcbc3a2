//! What can go wrong in a command, with the exit code and the JSON `kind` it maps to.
//!
//! Exit code 2 means "what you typed is wrong" (a value the core refused, an unknown
//! or ambiguous id, a malformed option): nothing was written and retyping fixes it.
//! Exit code 1 means the handbook or the machine failed, or a command refused to run
//! (for example `demo` over an existing handbook).

use hagukumi_core::feed::FeedError;
use hagukumi_core::{HandbookError, Lang, PhotoError, t};
use std::path::PathBuf;
use std::sync::Arc;

/// A message a person reads, formatted from the catalog in whichever language it is
/// shown in: errors are made before the language is known (clap's value parsers) or
/// shown in several (`--json` and stderr), so the message keeps how to say it, not
/// what it says: `Msg::new(move |lang| t!(lang, "cli-…", id = &given))`.
#[derive(Clone)]
pub struct Msg(Arc<dyn Fn(Lang) -> String + Send + Sync>);

impl Msg {
    pub fn new(say: impl Fn(Lang) -> String + Send + Sync + 'static) -> Self {
        Msg(Arc::new(say))
    }

    pub fn get(&self, lang: Lang) -> String {
        (self.0)(lang)
    }
}

impl std::fmt::Debug for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Msg").field(&self.get(Lang::En)).finish()
    }
}

impl PartialEq for Msg {
    fn eq(&self, other: &Self) -> bool {
        Lang::SHIPPED.iter().all(|&l| self.get(l) == other.get(l))
    }
}

impl Eq for Msg {}

/// A malformed command-line value (a date that is not a date, a baby written without
/// its sex). Displays in English for clap; `main` shows the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError(pub Msg);

impl InputError {
    /// A message from the catalog: `InputError::say(move |lang| t!(lang, "…", s = &s))`.
    pub fn say(say: impl Fn(Lang) -> String + Send + Sync + 'static) -> Self {
        InputError(Msg::new(say))
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.get(Lang::En))
    }
}

impl std::error::Error for InputError {}

#[derive(Debug)]
pub enum CliError {
    /// Refused or failed in the core.
    Handbook(HandbookError),
    /// A value or a choice the user must correct.
    Input(Msg),
    /// An id (or id prefix) that names no live record.
    NotFound(Msg),
    /// A read-only command run where no handbook exists yet.
    NoHandbook { path: PathBuf },
    /// `demo` would overwrite a handbook.
    AlreadyExists { path: PathBuf },
    /// A file operation of the CLI itself (not of the core) failed.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// `check` found damage.
    Integrity { report: String },
    /// A command could not run in this environment (no home folder, …).
    Environment(Msg),
    /// `photo import`: some files were refused; each was already reported in the
    /// output (in the JSON array with `--json`), so only the exit code remains.
    SomeFailed {
        failed: usize,
        total: usize,
        code: u8,
    },
    /// `photo check` found problems (after `--repair`: ones it could not fix).
    PhotosDamaged { repair_helps: bool },
    /// The city feed could not be fetched, verified or applied (nothing was changed).
    Feed(FeedError),
    /// `feed build` / `feed keygen` refused (nothing was written), in staff wording.
    Build(hagukumi_core::feed::authoring::BuildError),
    /// A `delete` run without `--yes`: the message says what would be deleted; nothing
    /// was.
    ConfirmationNeeded(Msg),
}

impl From<HandbookError> for CliError {
    fn from(e: HandbookError) -> Self {
        CliError::Handbook(e)
    }
}

impl From<PhotoError> for CliError {
    fn from(e: PhotoError) -> Self {
        CliError::Handbook(e.into())
    }
}

impl From<InputError> for CliError {
    fn from(e: InputError) -> Self {
        CliError::Input(e.0)
    }
}

pub type Result<T, E = CliError> = std::result::Result<T, E>;

impl CliError {
    /// A value the user must correct: `CliError::input(move |lang| t!(lang, "…"))`.
    pub fn input(say: impl Fn(Lang) -> String + Send + Sync + 'static) -> Self {
        CliError::Input(Msg::new(say))
    }

    /// An id that names no live record.
    pub fn not_found(say: impl Fn(Lang) -> String + Send + Sync + 'static) -> Self {
        CliError::NotFound(Msg::new(say))
    }

    /// A command that cannot run here.
    pub fn environment(say: impl Fn(Lang) -> String + Send + Sync + 'static) -> Self {
        CliError::Environment(Msg::new(say))
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Handbook(e) if e.is_user_error() => 2,
            CliError::Handbook(_) => 1,
            CliError::Feed(FeedError::BadConfig { .. }) => 2,
            CliError::Feed(_) => 1,
            CliError::Input(_) | CliError::NotFound(_) => 2,
            CliError::NoHandbook { .. }
            | CliError::AlreadyExists { .. }
            | CliError::Io { .. }
            | CliError::Integrity { .. }
            | CliError::Environment(_) => 1,
            CliError::PhotosDamaged { .. } => 1,
            CliError::SomeFailed { code, .. } => *code,
            CliError::Build(hagukumi_core::feed::authoring::BuildError::KeyExists { .. }) => 1,
            CliError::Build(_) => 2,
            CliError::ConfirmationNeeded(_) => 2,
        }
    }

    /// Whether the error was already shown in the command's own output (then `main`
    /// adds no JSON error object to stdout, which must stay one JSON document).
    pub fn already_reported(&self) -> bool {
        matches!(
            self,
            CliError::SomeFailed { .. } | CliError::PhotosDamaged { .. }
        )
    }

    /// The stable `kind` of the JSON error object.
    pub fn kind(&self) -> String {
        match self {
            CliError::Handbook(e) => e.kind().as_str().into(),
            CliError::Input(_) => "input".into(),
            CliError::NotFound(_) => "not_found".into(),
            CliError::NoHandbook { .. } => "no_handbook".into(),
            CliError::AlreadyExists { .. } => "already_exists".into(),
            CliError::Io { .. } => "io".into(),
            CliError::Integrity { .. } => "integrity".into(),
            CliError::Environment(_) => "environment".into(),
            CliError::SomeFailed { .. } => "some_failed".into(),
            CliError::PhotosDamaged { .. } => "photos_damaged".into(),
            CliError::Feed(e) => e.kind().as_str().into(),
            CliError::Build(e) => e.kind().into(),
            CliError::ConfirmationNeeded(_) => "confirmation_needed".into(),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            // The core's message says "start from the first page"; on the command line
            // that means dropping --cursor.
            CliError::Handbook(HandbookError::BadCursor { cursor }) => {
                t!(lang, "cli-error-bad-cursor", cursor = cursor.as_str())
            }
            CliError::Handbook(e) => e.message(lang),
            // Staff running `feed build/check` need the detail: the full explanation,
            // where it happened and what to change.
            CliError::Feed(e) => e.explain(lang),
            CliError::Build(e) => e.message(lang),
            CliError::ConfirmationNeeded(m)
            | CliError::Input(m)
            | CliError::NotFound(m)
            | CliError::Environment(m) => m.get(lang),
            CliError::NoHandbook { path } => {
                t!(
                    lang,
                    "cli-error-no-handbook",
                    path = path.display().to_string()
                )
            }
            CliError::AlreadyExists { path } => {
                t!(
                    lang,
                    "cli-error-already-exists",
                    path = path.display().to_string()
                )
            }
            CliError::Io { path, source } => t!(
                lang,
                "cli-error-io",
                path = path.display().to_string(),
                error = source.to_string()
            ),
            CliError::Integrity { report } => {
                t!(lang, "cli-error-integrity", report = report.as_str())
            }
            CliError::SomeFailed { failed, total, .. } => {
                t!(
                    lang,
                    "cli-error-some-failed",
                    failed = *failed,
                    total = *total
                )
            }
            CliError::PhotosDamaged { repair_helps } => {
                if *repair_helps {
                    t!(lang, "cli-error-photos-damaged-repair")
                } else {
                    t!(lang, "cli-error-photos-damaged")
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_errors_are_input_errors_with_both_languages() {
        let e = CliError::from(HandbookError::Invalid(
            hagukumi_core::ValidationError::NoMeasurement,
        ));
        assert_eq!(e.exit_code(), 2);
        assert_eq!(e.kind(), "validation");
        assert!(e.message(Lang::En).starts_with("Enter at least one"));
        assert!(e.message(Lang::Ja).contains("体重"));
    }

    #[test]
    fn other_core_errors_carry_the_core_kind() {
        let e = CliError::from(HandbookError::SchemaTooNew {
            found: 9,
            supported: 1,
        });
        assert_eq!((e.kind().as_str(), e.exit_code()), ("schema_too_new", 1));
        let e = CliError::from(HandbookError::BadCursor { cursor: "x".into() });
        assert_eq!((e.kind().as_str(), e.exit_code()), ("bad_cursor", 2));
        assert!(e.message(Lang::Ja).contains("--cursor"));
    }

    #[test]
    fn refusing_to_overwrite_is_not_an_input_error() {
        let e = CliError::AlreadyExists {
            path: PathBuf::from("/x/handbook.sqlite3"),
        };
        assert_eq!(e.exit_code(), 1);
        assert!(e.message(Lang::Ja).contains("--force"));
    }
}

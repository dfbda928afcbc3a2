//! What can go wrong in a command, with the exit code and the JSON `kind` it maps to.
//!
//! Exit code 2 means "what you typed is wrong" (a value the core refused, an unknown
//! or ambiguous id, a malformed option): nothing was written and retyping fixes it.
//! Exit code 1 means the handbook or the machine failed, or a command refused to run
//! (for example `demo` over an existing handbook).

use hagukumi_core::feed::FeedError;
use hagukumi_core::{HandbookError, Lang, PhotoError};
use std::path::PathBuf;

/// A message a person reads, in both languages of the CLI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub en: String,
    pub ja: String,
}

impl Msg {
    pub fn new(en: impl Into<String>, ja: impl Into<String>) -> Self {
        Msg {
            en: en.into(),
            ja: ja.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.ja, &self.en)
    }
}

/// A malformed command-line value (a date that is not a date, a baby written without
/// its sex). Displays in English for clap; `main` shows the Japanese for `--lang ja`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError(pub Msg);

impl InputError {
    pub fn new(en: impl Into<String>, ja: impl Into<String>) -> Self {
        InputError(Msg::new(en, ja))
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.en)
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
    pub fn input(en: impl Into<String>, ja: impl Into<String>) -> Self {
        CliError::Input(Msg::new(en, ja))
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
        match (self, lang) {
            (CliError::Handbook(e), Lang::En) => e.to_string(),
            // The core's message says "start from the first page"; on the command line
            // that means dropping --cursor.
            (CliError::Handbook(HandbookError::BadCursor { cursor }), Lang::Ja) => format!(
                "タイムラインの位置「{cursor}」が正しくありません。--cursor を付けずに最初のページから表示してください。"
            ),
            (CliError::Handbook(e), Lang::Ja) => e.message_ja(),
            (CliError::Feed(e), Lang::En) => e.to_string(),
            // Staff running `feed build/check` need the detail; the core's Japanese
            // message is the short one a parent sees, so both are shown.
            (CliError::Feed(e), Lang::Ja) => format!("{}（{e}）", e.message_ja()),
            (CliError::Build(e), _) => e.message(lang),
            (CliError::ConfirmationNeeded(m), _) => m.get(lang).to_string(),
            (CliError::Input(m) | CliError::NotFound(m) | CliError::Environment(m), _) => {
                m.get(lang).to_string()
            }
            (CliError::NoHandbook { path }, Lang::En) => format!(
                "There is no handbook at {} yet. Create one with `hagukumi demo`, or start with `hagukumi profile set` or `hagukumi child add`.",
                path.display()
            ),
            (CliError::NoHandbook { path }, Lang::Ja) => format!(
                "{} に手帳がまだありません。`hagukumi demo` で見本を作るか、`hagukumi profile set` や `hagukumi child add` で始めてください。",
                path.display()
            ),
            (CliError::AlreadyExists { path }, Lang::En) => format!(
                "A handbook already exists at {}; the demo did not touch it. Use --force to replace it with the sample family (its records will be lost), or choose another --data-dir.",
                path.display()
            ),
            (CliError::AlreadyExists { path }, Lang::Ja) => format!(
                "{} にはすでに手帳があるため、見本は作成しませんでした（手帳は変更していません）。見本で置き換えるには --force を付けてください（今の記録は失われます）。別の --data-dir を指定することもできます。",
                path.display()
            ),
            (CliError::Io { path, source }, Lang::En) => {
                format!("Could not use {}: {source}", path.display())
            }
            (CliError::Io { path, source }, Lang::Ja) => {
                format!("{} を使えませんでした: {source}", path.display())
            }
            (CliError::Integrity { report }, Lang::En) => {
                format!("The handbook file is damaged (integrity check):\n{report}")
            }
            (CliError::Integrity { report }, Lang::Ja) => {
                format!("手帳のファイルが壊れています（整合性チェック）:\n{report}")
            }
            (CliError::SomeFailed { failed, total, .. }, Lang::En) => {
                format!("{failed} of {total} files could not be imported (see above).")
            }
            (CliError::SomeFailed { failed, total, .. }, Lang::Ja) => {
                format!("{total}件中{failed}件のファイルを取り込めませんでした（上記参照）。")
            }
            (CliError::PhotosDamaged { repair_helps }, Lang::En) => format!(
                "The photo folder does not match the handbook.{}",
                if *repair_helps {
                    " Run `hagukumi photo check --repair` to remove orphan files and remake thumbnails; a lost display copy comes back by importing the photo again."
                } else {
                    " A lost display copy comes back by importing the same photo again."
                }
            ),
            (CliError::PhotosDamaged { repair_helps }, Lang::Ja) => format!(
                "写真フォルダと手帳が一致しません。{}",
                if *repair_helps {
                    "`hagukumi photo check --repair` で不要なファイルを削除し、サムネイルを作り直せます。表示用の写真が失われた場合は、同じ写真をもう一度取り込んでください。"
                } else {
                    "表示用の写真が失われた場合は、同じ写真をもう一度取り込んでください。"
                }
            ),
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

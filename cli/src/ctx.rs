//! What every command needs: where the handbook is, the language, JSON or text, and
//! "today" (pinned by `--today` for demos and tests).

use chrono::NaiveDate;
use hagukumi_core::clock::FixedClock;
use hagukumi_core::{Handbook, Lang};
use serde::Serialize;
use std::path::{Path, PathBuf};

use crate::error::{CliError, Msg, Result};

/// The handbook's file name inside the data directory.
pub const HANDBOOK_FILE: &str = "handbook.sqlite3";

#[derive(Debug, Clone)]
pub struct Ctx {
    pub lang: Lang,
    pub json: bool,
    pub data_dir: PathBuf,
    pub today: Option<NaiveDate>,
}

impl Ctx {
    pub fn handbook_path(&self) -> PathBuf {
        self.data_dir.join(HANDBOOK_FILE)
    }

    /// Open the handbook, creating it (and the data directory) if needed: for
    /// commands that write.
    pub fn open(&self) -> Result<Handbook> {
        self.open_at(&self.handbook_path())
    }

    /// Open an existing handbook: for commands that only read, so that a mistyped
    /// `--data-dir` is reported instead of silently creating an empty handbook.
    pub fn open_existing(&self) -> Result<Handbook> {
        let path = self.handbook_path();
        if !path.exists() {
            return Err(CliError::NoHandbook { path });
        }
        self.open_at(&path)
    }

    pub fn open_at(&self, path: &Path) -> Result<Handbook> {
        let hb = Handbook::open(path)?;
        Ok(match self.today {
            Some(d) => hb.with_clock(FixedClock::on(d)),
            None => hb,
        })
    }

    /// Pick the Japanese or the English.
    pub fn t<'a>(&self, ja: &'a str, en: &'a str) -> &'a str {
        self.lang.pick(ja, en)
    }

    pub fn print_json<T: Serialize + ?Sized>(&self, value: &T) -> Result<()> {
        let text = serde_json::to_string_pretty(value).map_err(|e| {
            CliError::Environment(Msg::new(
                format!("Could not write JSON: {e}"),
                format!("JSONを出力できませんでした: {e}"),
            ))
        })?;
        outln!("{text}");
        Ok(())
    }
}

/// The platform's per-user data directory for Hagukumi: `$XDG_DATA_HOME/hagukumi` or
/// `~/.local/share/hagukumi` on Linux, `~/Library/Application Support/hagukumi` on
/// macOS, `%APPDATA%\hagukumi` on Windows. Written out rather than taken from a crate:
/// it is these few lines.
pub fn default_data_dir() -> Result<PathBuf> {
    let env_dir = |name: &str| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    let base = if cfg!(windows) {
        env_dir("APPDATA")
    } else if cfg!(target_os = "macos") {
        env_dir("HOME").map(|h| h.join("Library").join("Application Support"))
    } else {
        env_dir("XDG_DATA_HOME").or_else(|| env_dir("HOME").map(|h| h.join(".local").join("share")))
    };
    base.map(|b| b.join("hagukumi")).ok_or_else(|| {
        CliError::Environment(Msg::new(
            "Could not find your home folder to keep the handbook in; give one with --data-dir DIR or HAGUKUMI_DATA_DIR.",
            "手帳を保存するホームフォルダが見つかりません。--data-dir DIR か HAGUKUMI_DATA_DIR で指定してください。",
        ))
    })
}

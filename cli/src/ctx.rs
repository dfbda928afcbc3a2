//! What every command needs: where the handbook is, the language, JSON or text, and
//! "today" (pinned by `--today` for demos and tests).

use chrono::NaiveDate;
use hagukumi_core::clock::FixedClock;
use hagukumi_core::store::private;
use hagukumi_core::{Handbook, Lang, t};
use serde::Serialize;
use std::path::{Path, PathBuf};

use crate::error::{CliError, Result};

/// The handbook's file name inside the data directory.
pub const HANDBOOK_FILE: &str = "handbook.sqlite3";

#[derive(Debug, Clone)]
pub struct Ctx {
    pub lang: Lang,
    pub json: bool,
    pub data_dir: PathBuf,
    /// `data_dir` is the platform's default Hagukumi folder (not one given with
    /// `--data-dir`): the CLI owns it, and restricts it if an older version left it
    /// open to other users.
    pub default_dir: bool,
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
        let path = self.existing_path()?;
        self.open_at(&path)
    }

    /// Open an existing handbook read-only, for commands that only show records: they
    /// then work while another process writes, on a full disk and on a read-only
    /// folder, and cannot change the handbook by mistake.
    pub fn open_reading(&self) -> Result<Handbook> {
        let path = self.existing_path()?;
        self.look_after_data_dir();
        Ok(self.with_today(Handbook::open_read_only(&path)?))
    }

    fn existing_path(&self) -> Result<PathBuf> {
        let path = self.handbook_path();
        if !path.exists() {
            return Err(CliError::NoHandbook { path });
        }
        Ok(path)
    }

    pub fn open_at(&self, path: &Path) -> Result<Handbook> {
        self.look_after_data_dir();
        Ok(self.with_today(Handbook::open(path)?))
    }

    fn with_today(&self, hb: Handbook) -> Handbook {
        match self.today {
            Some(d) => hb.with_clock(FixedClock::on(d)),
            None => hb,
        }
    }

    /// Before a handbook in the data folder is opened: a folder open to other users
    /// is restricted if it is the CLI's own default folder, and reported otherwise
    /// (a folder given with `--data-dir` may be the user's, with permissions they
    /// chose); PDF work folders of killed `export pdf` runs are removed.
    fn look_after_data_dir(&self) {
        if private::is_open_to_others(&self.data_dir) {
            if self.default_dir {
                let _ = private::restrict(&self.data_dir);
            } else {
                let dir = self.data_dir.display().to_string();
                errln!("{}", t!(self.lang, "cli-data-dir-open", dir = dir));
            }
        }
        crate::commands::export::remove_stale_work(&self.data_dir);
    }

    pub fn print_json<T: Serialize + ?Sized>(&self, value: &T) -> Result<()> {
        let text = serde_json::to_string_pretty(value).map_err(|e| {
            let error = e.to_string();
            CliError::environment(move |lang| t!(lang, "cli-json-failed", error = error.as_str()))
        })?;
        outln!("{}", crate::render::json_text(&text));
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
    base.map(|b| b.join("hagukumi"))
        .ok_or_else(|| CliError::environment(|lang| t!(lang, "cli-no-home-folder")))
}

//! Running the real `hagukumi` binary on a temporary data directory, with "today"
//! pinned so that every date in the output is known.

// Test support: each test binary uses part of it, and a failed unwrap is a failed test.
#![allow(dead_code, clippy::unwrap_used)]

use serde_json::Value;
use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

pub const TODAY: &str = "2026-05-20";

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(out: Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }

    #[track_caller]
    pub fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "stdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("{e}: not JSON:\n{}", self.stdout))
    }
}

/// A temporary handbook folder.
pub struct Hb {
    pub dir: tempfile::TempDir,
}

impl Hb {
    pub fn new() -> Hb {
        Hb {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn file(&self) -> PathBuf {
        self.dir.path().join("handbook.sqlite3")
    }

    /// The command with a clean environment: no HAGUKUMI_* from the developer's shell.
    pub fn bare() -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_hagukumi"));
        // The locale too: it chooses the language when --lang and HAGUKUMI_LANG are absent.
        for var in [
            "HAGUKUMI_DATA_DIR",
            "HAGUKUMI_LANG",
            "HAGUKUMI_TODAY",
            "LC_ALL",
            "LC_MESSAGES",
            "LANG",
        ] {
            cmd.env_remove(var);
        }
        cmd
    }

    /// `hagukumi --data-dir DIR --today TODAY ARGS…`
    pub fn run(&self, args: &[&str]) -> Run {
        let out = Self::bare()
            .arg("--data-dir")
            .arg(self.path())
            .args(["--today", TODAY])
            .args(args)
            .output()
            .unwrap();
        Run::from(out)
    }

    pub fn run_with(cmd: &mut Command) -> Run {
        Run::from(cmd.output().unwrap())
    }

    /// Add a child and return its id.
    pub fn add_child(&self, name: &str, birth: &str) -> String {
        let r = self
            .run(&[
                "--json",
                "child",
                "add",
                "--name",
                name,
                "--sex",
                "female",
                "--birth-date",
                birth,
            ])
            .ok();
        r.json()["id"].as_str().unwrap().to_string()
    }
}

/// The bundled sample city's feed and configuration.
pub fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/data/feed/komorebi")
}

/// A running `hagukumi feed serve` on 127.0.0.1, stopped when dropped (also when a
/// test fails).
pub struct Server {
    child: Child,
    /// Its base URL, without the trailing slash.
    pub url: String,
}

impl Server {
    /// Serve `dir` on `port` (0: any free port).
    pub fn start(dir: &Path, port: u16) -> Server {
        let mut child = Hb::bare()
            .args(["feed", "serve"])
            .arg(dir)
            .args(["--port", &port.to_string()])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://127.0.0.1:"))
            .unwrap_or_else(|| panic!("{line}"))
            .trim_end_matches('/')
            .to_string();
        Server { child, url }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The sample city's feed served on 127.0.0.1 (stopped when dropped), and a city
/// configuration pointing at it.
pub struct FeedServer {
    _server: Server,
    /// The sample city's city.toml with the feed URL on this server.
    pub city_file: PathBuf,
}

impl Hb {
    /// Serve the sample city's feed and write its configuration into this folder.
    pub fn serve_sample_city(&self) -> FeedServer {
        let server = Server::start(&sample_dir(), 0);
        let city = std::fs::read_to_string(sample_dir().join("city.toml"))
            .unwrap()
            .replace(
                "https://www.city.komorebi.example.jp/hagukumi/",
                &format!("{}/", server.url),
            );
        let city_file = self.path().join("city.toml");
        std::fs::write(&city_file, city).unwrap();
        FeedServer {
            _server: server,
            city_file,
        }
    }

    /// `feed keygen` into this folder's keys/: the folder and the new public key.
    pub fn keygen(&self) -> (PathBuf, String) {
        let keys = self.path().join("keys");
        let public = self
            .run(&["--json", "feed", "keygen", "--out", &keys.to_string_lossy()])
            .ok()
            .json()["public_key"]
            .as_str()
            .unwrap()
            .to_string();
        (keys, public)
    }
}

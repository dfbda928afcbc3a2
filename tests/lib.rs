//! Shared helpers of the end-to-end tests.

use chrono::NaiveDate;
use hagukumi_core::model::{BirthMeasurements, Child, Sex};

/// A child record as the tests add it.
pub fn sample_child(name: &str, birth: NaiveDate) -> Child {
    Child {
        name: name.to_string(),
        name_kana: None,
        sex: Sex::Female,
        birth_date: birth,
        birth_order: 1,
        ga_at_birth: None,
        delivery_id: None,
        birth: BirthMeasurements::default(),
    }
}

/// xorshift64*: a tiny deterministic generator, so a failing kill test can be replayed
/// from its seed.
pub struct Rng(pub u64);

impl Rng {
    /// From HAGUKUMI_CRASH_SEED, or the clock; the seed is printed with `what` so a
    /// failing run can be replayed.
    pub fn from_env(what: &str) -> Rng {
        let seed = std::env::var("HAGUKUMI_CRASH_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(1)
                    | 1
            });
        eprintln!("{what} seed: {seed} (HAGUKUMI_CRASH_SEED={seed} to replay)");
        Rng(seed)
    }

    /// The current state: the seed, when called before the first draw.
    pub fn seed(&self) -> u64 {
        self.0
    }

    pub fn draw(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.draw() % n.max(1)
    }
}

/// Visit every entry under `root` (symlinks not followed); `visit` returns whether to
/// descend into a folder.
fn walk(root: &std::path::Path, visit: &mut dyn FnMut(&std::fs::DirEntry) -> bool) {
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            if visit(&entry) && is_dir {
                stack.push(entry.path());
            }
        }
    }
}

/// Every file under `root` (symlinks not followed) that begins with SQLite's header
/// ("SQLite format 3\0"): an unencrypted database, wherever it hides.
pub fn sqlite_files(root: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    walk(root, &mut |entry| {
        if entry.file_type().is_ok_and(|t| t.is_file()) {
            let mut head = [0u8; 16];
            let is_sqlite = std::fs::File::open(entry.path())
                .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
                .is_ok()
                && &head == b"SQLite format 3\0";
            if is_sqlite {
                found.push(entry.path());
            }
        }
        true
    });
    found.sort();
    found
}

/// The staging folders and snapshot files a backup or restore uses (or, in older
/// versions, used) under `root`.
pub fn staging_names(root: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    walk(root, &mut |entry| {
        let name = entry.file_name().to_string_lossy().into_owned();
        let staged = name == hagukumi_core::share::STAGING_DIR
            || name.starts_with(".backup-")
            || name.starts_with(".restore-");
        if staged {
            found.push(entry.path());
        }
        !staged
    });
    found
}

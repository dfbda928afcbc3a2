//! Restores a backup over a handbook (replace), as the app does; the restore crash
//! test kills it with SIGKILL at random moments.
//!
//! Usage: restore-worker HANDBOOK_FILE BACKUP_FILE SHARE_KEY
//! Prints `DONE` once the restore returned.

use std::io::Write;

use hagukumi_core::HandbookError;
use hagukumi_core::bundle::{BundleSecret, ShareKey};
use hagukumi_core::share::{RestoreMode, restore_backup};

fn main() {
    if let Err(e) = run() {
        eprintln!("restore-worker: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), HandbookError> {
    let args: Vec<String> = std::env::args().collect();
    let [_, db, backup, key] = args.as_slice() else {
        return Err(HandbookError::Io {
            path: "".into(),
            source: std::io::Error::other(
                "usage: restore-worker HANDBOOK_FILE BACKUP_FILE SHARE_KEY",
            ),
        });
    };
    let secret = BundleSecret::Key(ShareKey::parse(key)?);
    let input = std::fs::File::open(backup).map_err(|source| HandbookError::Io {
        path: backup.into(),
        source,
    })?;
    restore_backup(
        std::path::Path::new(db),
        std::io::BufReader::new(input),
        &secret,
        Some(RestoreMode::Replace),
        &mut |_| {},
    )?;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "DONE");
    let _ = out.flush();
    Ok(())
}

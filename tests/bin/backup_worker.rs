//! Backs up a handbook to a file, as the app does (through a temporary file renamed
//! into place); the backup crash test kills it with SIGKILL at random moments.
//!
//! Usage: backup-worker HANDBOOK_FILE OUT_FILE SHARE_KEY
//! Prints `DONE` once the backup is in place.

use std::io::Write;

use hagukumi_core::bundle::{BundleSecret, ShareKey};
use hagukumi_core::{Handbook, HandbookError};

fn main() {
    if let Err(e) = run() {
        eprintln!("backup-worker: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), HandbookError> {
    let args: Vec<String> = std::env::args().collect();
    let [_, db, out, key] = args.as_slice() else {
        return Err(HandbookError::Io {
            path: "".into(),
            source: std::io::Error::other("usage: backup-worker HANDBOOK_FILE OUT_FILE SHARE_KEY"),
        });
    };
    let io = |path: &str| {
        let path = std::path::PathBuf::from(path);
        move |source| HandbookError::Io { path, source }
    };
    let secret = BundleSecret::Key(ShareKey::parse(key)?);
    let mut hb = Handbook::open(db)?;
    let partial = format!("{out}.partial");
    let file = hagukumi_core::share::create_private_file(std::path::Path::new(&partial))
        .map_err(io(&partial))?;
    let mut writer = std::io::BufWriter::new(file);
    hb.create_backup(&mut writer, &secret, &mut |_| {})?;
    let file = writer
        .into_inner()
        .map_err(|e| io(&partial)(e.into_error()))?;
    file.sync_all().map_err(io(&partial))?;
    std::fs::rename(&partial, out).map_err(io(out))?;
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "DONE");
    let _ = stdout.flush();
    Ok(())
}

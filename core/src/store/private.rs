//! Files and folders only their owner can read: the handbook, its journal files, the
//! data folder and everything written for the family (exports, charts).
//!
//! The records of a mother and her baby are health data. Under the usual umask (022)
//! a plain `fs::write` or `create_dir_all` gives every other user of the machine read
//! access, so everything the handbook creates goes through here: files 0600, folders
//! 0700, with the mode given to `open(2)`/`mkdir(2)` itself rather than set
//! afterwards, so there is no moment at which another user can open them.
//!
//! On platforms without Unix permissions (Windows) the per-user profile folders
//! already keep other users out, and these are the ordinary calls.

use std::fs::{File, OpenOptions};
use std::io::{self, Write as _};
use std::path::Path;

/// Mode of every file the handbook creates.
pub const FILE_MODE: u32 = 0o600;
/// Mode of every folder the handbook creates.
pub const DIR_MODE: u32 = 0o700;

/// Create `dir` and any missing parents, each new one 0700. Folders that already
/// exist are left as they are: they may be the user's own (`--data-dir ~/Documents`),
/// whose permissions are theirs to choose.
pub fn create_dir_all(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, DIR_MODE);
    builder.create(dir)
}

/// Options that create a file 0600 (an existing file keeps its permissions).
pub fn open_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, FILE_MODE);
    options
}

/// Create a new file, 0600; fails if `path` exists (so a symlink planted at a
/// temporary name is never followed).
pub fn create_new(path: &Path) -> io::Result<File> {
    open_options().write(true).create_new(true).open(path)
}

/// `fs::write`, but a file it creates is 0600. An existing file is truncated and keeps
/// its permissions: the family chose them.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = open_options()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)?;
    file.write_all(bytes)?;
    file.flush()
}

/// Whether other users (group or others) may read, write or enter `path`. `false`
/// where there are no Unix permissions, or when `path` cannot be examined.
pub fn is_open_to_others(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 != 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// Take group and other permissions away from an existing file or folder (its owner
/// keeps theirs). For files this version owns by name, which older versions created
/// with the umask's permissions. Not following a symlink at `path` is the caller's
/// business: the handbook's own names are not links unless the owner made them so.
pub fn restrict(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(path)?.permissions().mode();
        if mode & 0o077 != 0 {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & 0o700))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

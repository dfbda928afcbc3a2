//! `share` and `backup`: family sharing and whole-handbook backups, end-to-end
//! encrypted (see docs/bundle-format.md).
//!
//! Shares: `share create` makes a share (共有先) and prints its key (the text the app
//! shows as a QR code); `share export` writes the share's next bundle (what changed
//! since the last one); `share import FILE --key KEY` merges a co-parent's bundle into
//! this handbook, or puts a grandparent's bundle into a read-only view under
//! DIR/views/<family>/, which every reading command shows with
//! `--data-dir DIR/views/<family>`.
//!
//! Backups: `backup create --out FILE` with a passphrase (from HAGUKUMI_PASSPHRASE,
//! `--passphrase-file`, or `--key`/`--key-file` for a share key); `backup restore FILE`
//! asks `--replace` or `--merge` when the handbook already has records. `backup create
//! --rescue` saves what can still be read of a damaged handbook.
//!
//! Secrets on the command line are visible to every user of the machine (in
//! `/proc/<pid>/cmdline` and `ps`): keys are better given with `--key-file FILE` or on
//! standard input (`--key -`), passphrases in a file or the environment. Every file
//! written here is private to the user (0600).

use hagukumi_core::t;
use std::fs::File;
use std::io::{BufReader, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use hagukumi_core::HandbookError;
use hagukumi_core::bundle::{BundleSecret, ShareKey};
use hagukumi_core::share::{
    self, Progress, RestoreMode, ShareError, ShareInfo, ShareRole, import_to_view, open_share,
};
use hagukumi_core::store::Scope;
use uuid::Uuid;

use super::print_table;
use crate::ctx::{Ctx, HANDBOOK_FILE};
use crate::error::{CliError, Result};
use crate::ids;
use crate::render::Table;

#[derive(Debug, Subcommand)]
pub enum ShareCmd {
    /// Make a share and print its key: for grandparents (read-only, one child or
    /// pregnancy) or, with --co-parent, for the other parent (everything, both ways)
    Create(CreateArgs),
    /// The shares, with their keys and when each was last exported
    List,
    /// Write a share's next bundle: what changed since the last export (--full: all)
    Export(ExportArgs),
    /// Import a bundle: a co-parent's into this handbook, a grandparent's into a view
    Import(ImportArgs),
    /// The read-only views of other families kept here (from their shares)
    Views,
    /// Forget a share
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Whom it is for, as the family calls them ("おばあちゃん")
    #[arg(long)]
    name: String,
    /// For the other parent: the whole handbook, merged both ways
    #[arg(long, conflicts_with_all = ["child", "pregnancy"])]
    co_parent: bool,
    /// Share this child (id or unique prefix; the only child if no id is given) [the
    /// default without --pregnancy or --co-parent]
    #[arg(long, value_name = "ID", conflicts_with = "pregnancy", num_args = 0..=1, default_missing_value = "")]
    child: Option<String>,
    /// Share this pregnancy (id or unique prefix; the ongoing one if no id is given)
    #[arg(long, value_name = "ID", num_args = 0..=1, default_missing_value = "")]
    pregnancy: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The share (id prefix or name)
    share: String,
    /// Where to write the bundle [default: <name>-<date>.hagukumi-share]
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Everything in scope, not only what changed since the last export
    #[arg(long)]
    full: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The bundle file
    file: PathBuf,
    /// The share key the family gave (as printed by `share create`); `-` reads it
    /// from standard input. A key typed here is visible to other users of the
    /// machine while the command runs: prefer --key-file or `-`
    #[arg(
        long,
        env = "HAGUKUMI_SHARE_KEY",
        hide_env_values = true,
        required_unless_present = "key_file"
    )]
    key: Option<String>,
    /// Read the share key from this file's first line
    #[arg(long, value_name = "FILE", conflicts_with = "key")]
    key_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The share (id prefix or name)
    share: String,
}

#[derive(Debug, Subcommand)]
pub enum BackupCmd {
    /// Back up the whole handbook (records and photos) to one encrypted file
    Create(BackupCreateArgs),
    /// Check a backup's key and show what it holds, without restoring
    Inspect(BackupFileArgs),
    /// Restore a backup; if this handbook has records, choose --replace or --merge
    Restore(RestoreArgs),
}

#[derive(Debug, Args)]
pub struct SecretArgs {
    /// Read the passphrase from this file's first line [default: the environment
    /// variable HAGUKUMI_PASSPHRASE]
    #[arg(long, value_name = "FILE", conflicts_with_all = ["key", "key_file"])]
    passphrase_file: Option<PathBuf>,
    /// Use a share key instead of a passphrase; `-` reads it from standard input. A
    /// key typed here is visible to other users of the machine while the command
    /// runs: prefer --key-file or `-`
    #[arg(long, value_name = "KEY", conflicts_with = "key_file")]
    key: Option<String>,
    /// Use the share key in this file's first line instead of a passphrase
    #[arg(long, value_name = "FILE")]
    key_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct BackupCreateArgs {
    /// The backup file to write
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    #[command(flatten)]
    secret: SecretArgs,
    /// The handbook is damaged: save, table by table and row by row, everything that
    /// can still be read (restore it with `backup restore` as any backup)
    #[arg(long)]
    rescue: bool,
}

#[derive(Debug, Args)]
pub struct BackupFileArgs {
    file: PathBuf,
    #[command(flatten)]
    secret: SecretArgs,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    file: PathBuf,
    #[command(flatten)]
    secret: SecretArgs,
    /// Replace this handbook's records and photos with the backup's
    #[arg(long, conflicts_with = "merge")]
    replace: bool,
    /// Merge the backup into this handbook (the newer version of each record wins)
    #[arg(long)]
    merge: bool,
}

pub fn run(ctx: &Ctx, cmd: ShareCmd) -> Result<()> {
    match cmd {
        ShareCmd::Create(args) => create(ctx, args),
        ShareCmd::List => list(ctx),
        ShareCmd::Export(args) => export(ctx, args),
        ShareCmd::Import(args) => import(ctx, args),
        ShareCmd::Views => views(ctx),
        ShareCmd::Remove(args) => remove(ctx, args),
    }
}

pub fn backup(ctx: &Ctx, cmd: BackupCmd) -> Result<()> {
    match cmd {
        BackupCmd::Create(args) => backup_create(ctx, args),
        BackupCmd::Inspect(args) => backup_inspect(ctx, args),
        BackupCmd::Restore(args) => backup_restore(ctx, args),
    }
}

fn create(ctx: &Ctx, args: CreateArgs) -> Result<()> {
    let mut hb = ctx.open_existing()?;
    let (role, scope) = if args.co_parent {
        (ShareRole::CoParent, Scope::Family)
    } else if let Some(p) = args.pregnancy.as_deref() {
        (
            ShareRole::Viewer,
            Scope::Pregnancy {
                id: ids::pregnancy(&hb, Some(p))?,
            },
        )
    } else {
        (
            ShareRole::Viewer,
            Scope::Child {
                id: ids::child(&hb, args.child.as_deref())?,
            },
        )
    };
    let share = hb.create_share(&args.name, role, scope)?;
    if ctx.json {
        return ctx.print_json(&share);
    }
    outln!(
        "{}",
        t!(
            ctx.lang,
            "cli-share-created",
            name = share.name.as_str(),
            id = share.id.to_string()
        )
    );
    outln!(
        "{}\n  {}",
        t!(ctx.lang, "cli-share-share-key-scanned-or"),
        share.key
    );
    outln!("{}", t!(ctx.lang, "cli-share-to-write-a-bundle"));
    Ok(())
}

fn list(ctx: &Ctx) -> Result<()> {
    let hb = ctx.open_reading()?;
    let shares = hb.shares()?;
    if ctx.json {
        return ctx.print_json(&shares);
    }
    let mut table = Table::new(&[
        (t!(ctx.lang, "cli-share-id"), false),
        (t!(ctx.lang, "cli-share-name"), false),
        (t!(ctx.lang, "cli-share-role"), false),
        (t!(ctx.lang, "cli-share-scope"), false),
        (t!(ctx.lang, "cli-share-last-export"), false),
        (t!(ctx.lang, "cli-share-key"), false),
    ]);
    for s in &shares {
        table.row(vec![
            s.id.to_string(),
            s.name.clone(),
            role_label(ctx, s.role),
            s.scope.as_str().into(),
            s.last_exported_at.clone().unwrap_or_else(|| "-".into()),
            s.key.clone(),
        ]);
    }
    print_table(ctx, &table);
    Ok(())
}

fn role_label(ctx: &Ctx, role: ShareRole) -> String {
    match role {
        ShareRole::CoParent => t!(ctx.lang, "cli-share-co-parent"),
        ShareRole::Viewer => t!(ctx.lang, "cli-share-viewer"),
    }
}

/// A share by id prefix or by exact name.
fn find_share(hb: &hagukumi_core::Handbook, given: &str) -> Result<ShareInfo> {
    let shares = hb.shares()?;
    if let Some(s) = shares.iter().find(|s| s.name == given.trim()) {
        return Ok(s.clone());
    }
    let candidates: Vec<(Uuid, String)> = shares.iter().map(|s| (s.id, s.name.clone())).collect();
    let id = ids::by_prefix(given, &candidates, ids::SHARE)?;
    Ok(hb.share(id)?)
}

fn export(ctx: &Ctx, args: ExportArgs) -> Result<()> {
    let mut hb = ctx.open_existing()?;
    let share = find_share(&hb, &args.share)?;
    let out = args.out.unwrap_or_else(|| {
        let safe: String = share
            .name
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '_' })
            .collect();
        PathBuf::from(format!("{safe}-{}.hagukumi-share", hb.today()))
    });
    let report = write_atomically(&out, |file| hb.export_share(share.id, args.full, file))?;
    if ctx.json {
        return ctx.print_json(&serde_json::json!({
            "file": out.display().to_string(),
            "share": share.id,
            "bundle_id": report.bundle_id,
            "full": report.full,
            "records": report.records,
            "photos": report.photos,
        }));
    }
    let kind = if report.full {
        t!(ctx.lang, "cli-share-everything")
    } else {
        t!(ctx.lang, "cli-share-changes-since-the-last")
    };
    outln!(
        "{}",
        t!(
            ctx.lang,
            "cli-share-exported",
            path = out.display().to_string(),
            name = share.name.as_str(),
            kind = kind,
            records = report.records,
            photos = report.photos
        )
    );
    Ok(())
}

/// Write to a temporary file beside `path` and rename it into place once complete, so
/// that a failed export never leaves half a bundle under the real name.
fn write_atomically<T>(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> std::result::Result<T, HandbookError>,
) -> Result<T> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.partial",
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    ));
    let io = |p: &Path| {
        let path = p.to_path_buf();
        move |source| CliError::Io { path, source }
    };
    let file = share::create_private_file(&tmp).map_err(io(&tmp))?;
    let mut out = BufWriter::new(file);
    let result = write(&mut out);
    let finished = result.map_err(CliError::from).and_then(|value| {
        let file = out.into_inner().map_err(|e| io(&tmp)(e.into_error()))?;
        file.sync_all().map_err(io(&tmp))?;
        std::fs::rename(&tmp, path).map_err(io(path))?;
        Ok(value)
    });
    if finished.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    finished
}

fn open_input(path: &Path) -> Result<BufReader<File>> {
    File::open(path)
        .map(BufReader::new)
        .map_err(|source| CliError::Io {
            path: path.to_path_buf(),
            source,
        })
}

fn import(ctx: &Ctx, args: ImportArgs) -> Result<()> {
    let text = share_key_text(args.key.as_deref(), args.key_file.as_deref())?.unwrap_or_default();
    let key = ShareKey::parse(&text).map_err(HandbookError::from)?;
    let incoming = open_share(open_input(&args.file)?, &BundleSecret::Key(key))?;
    let manifest = incoming.manifest().clone();
    let (report, into) = match incoming.role() {
        ShareRole::Viewer => {
            let report = import_to_view(&ctx.data_dir.join("views"), incoming)?;
            let folder = report
                .view_path
                .as_deref()
                .and_then(Path::parent)
                .map(Path::to_path_buf)
                .unwrap_or_else(|| ctx.data_dir.join("views"));
            (report, folder)
        }
        ShareRole::CoParent => {
            let mut hb = ctx.open()?;
            let report = incoming.import_into(&mut hb)?;
            hb.close()?;
            (report, ctx.data_dir.clone())
        }
    };
    if ctx.json {
        return ctx.print_json(&serde_json::json!({
            "import": report,
            "subjects": manifest.subjects,
            "data_dir": into.display().to_string(),
        }));
    }
    let (applied, unchanged, photos) = (report.applied, report.unchanged, report.photos_added);
    let line = if manifest.subjects.is_empty() {
        t!(
            ctx.lang,
            "cli-share-imported-share",
            applied = applied,
            unchanged = unchanged,
            photos = photos
        )
    } else {
        t!(
            ctx.lang,
            "cli-share-imported",
            who = hagukumi_core::text::join(ctx.lang, &manifest.subjects),
            applied = applied,
            unchanged = unchanged,
            photos = photos
        )
    };
    outln!("{line}");
    if report.already_imported {
        outln!("{}", t!(ctx.lang, "cli-share-imported-before"));
    }
    if report.joined {
        outln!("{}", t!(ctx.lang, "cli-share-joined"));
    }
    if report.role == ShareRole::Viewer {
        outln!(
            "{}",
            t!(
                ctx.lang,
                "cli-share-to-view",
                dir = into.display().to_string()
            )
        );
    }
    Ok(())
}

fn views(ctx: &Ctx) -> Result<()> {
    let list = share::views(&ctx.data_dir.join("views"))?;
    if ctx.json {
        return ctx.print_json(&list);
    }
    let mut table = Table::new(&[
        (t!(ctx.lang, "cli-share-family"), false),
        (t!(ctx.lang, "cli-share-children"), false),
        (t!(ctx.lang, "cli-share-last-import"), false),
        (t!(ctx.lang, "cli-share-folder"), false),
    ]);
    for v in &list {
        table.row(vec![
            v.family_id.clone(),
            hagukumi_core::text::join(ctx.lang, &v.children),
            v.last_import.clone().unwrap_or_else(|| "-".into()),
            v.path
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ]);
    }
    print_table(ctx, &table);
    Ok(())
}

fn remove(ctx: &Ctx, args: RemoveArgs) -> Result<()> {
    let mut hb = ctx.open_existing()?;
    let share = find_share(&hb, &args.share)?;
    hb.remove_share(share.id)?;
    if ctx.json {
        return ctx.print_json(&serde_json::json!({ "deleted": share.id }));
    }
    outln!(
        "{}",
        t!(ctx.lang, "cli-share-deleted", id = share.id.to_string())
    );
    Ok(())
}

/// The longest key or passphrase line read from a file or standard input: a share key
/// is 61 characters and a passphrase a sentence, so a larger file (or `/dev/zero`) is
/// the wrong file, not a secret to read into memory whole.
const MAX_SECRET_LINE: u64 = 4096;

/// The first line of `path` (`-`: of standard input), for a key or passphrase kept
/// off the command line; at most [`MAX_SECRET_LINE`] bytes are read.
fn first_line(path: &Path) -> Result<String> {
    use std::io::{BufRead as _, Read as _};
    let io = |source| CliError::Io {
        path: path.to_path_buf(),
        source,
    };
    let reader: Box<dyn std::io::Read> = if path == Path::new("-") {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path).map_err(io)?)
    };
    let mut line = String::new();
    std::io::BufReader::new(reader.take(MAX_SECRET_LINE + 1))
        .read_line(&mut line)
        .map_err(io)?;
    if line.len() as u64 > MAX_SECRET_LINE {
        let path = path.display().to_string();
        return Err(CliError::input(move |lang| {
            t!(
                lang,
                "cli-secret-line-too-long",
                path = path.as_str(),
                bytes = MAX_SECRET_LINE
            )
        }));
    }
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

/// A share key given as `--key KEY`, `--key -` (standard input) or `--key-file FILE`.
fn share_key_text(key: Option<&str>, key_file: Option<&Path>) -> Result<Option<String>> {
    match (key, key_file) {
        (_, Some(file)) => first_line(file).map(Some),
        (Some("-"), None) => first_line(Path::new("-")).map(Some),
        (Some(key), None) => Ok(Some(key.to_string())),
        (None, None) => Ok(None),
    }
}

/// The backup's secret: a share key, a passphrase file, or HAGUKUMI_PASSPHRASE.
fn secret(args: &SecretArgs) -> Result<BundleSecret> {
    if let Some(key) = share_key_text(args.key.as_deref(), args.key_file.as_deref())? {
        return Ok(BundleSecret::Key(
            ShareKey::parse(&key).map_err(HandbookError::from)?,
        ));
    }
    let passphrase = match &args.passphrase_file {
        Some(path) => first_line(path)?,
        None => std::env::var("HAGUKUMI_PASSPHRASE")
            .map_err(|_| CliError::input(|lang| t!(lang, "cli-backup-no-passphrase")))?,
    };
    Ok(BundleSecret::Passphrase(passphrase))
}

/// A byte progress line on stderr (only on a terminal, and never with --json).
struct Bar {
    enabled: bool,
    last_percent: u64,
}

impl Bar {
    fn new(ctx: &Ctx) -> Bar {
        Bar {
            enabled: !ctx.json && std::io::stderr().is_terminal(),
            last_percent: u64::MAX,
        }
    }

    fn show(&mut self, p: Progress) {
        if !self.enabled || p.total_bytes == 0 {
            return;
        }
        let percent = p.done_bytes * 100 / p.total_bytes;
        if percent != self.last_percent {
            self.last_percent = percent;
            let mut err = std::io::stderr().lock();
            let _ = write!(
                err,
                "\r{percent:3}%  {:.1} / {:.1} MB",
                p.done_bytes as f64 / 1e6,
                p.total_bytes as f64 / 1e6
            );
            let _ = err.flush();
        }
    }

    fn finish(&self) {
        if self.enabled {
            errln!();
        }
    }
}

fn backup_create(ctx: &Ctx, args: BackupCreateArgs) -> Result<()> {
    let secret = secret(&args.secret)?;
    if args.rescue {
        return backup_rescue(ctx, &args, &secret);
    }
    let mut hb = ctx.open_existing()?;
    let mut bar = Bar::new(ctx);
    let report = write_atomically(&args.out, |file| {
        hb.create_backup(file, &secret, &mut |p| bar.show(p))
    });
    bar.finish();
    let report = report?;
    if ctx.json {
        return ctx.print_json(&serde_json::json!({
            "file": args.out.display().to_string(),
            "backup": report,
        }));
    }
    outln!(
        "{}",
        t!(
            ctx.lang,
            "cli-backup-created",
            path = args.out.display().to_string(),
            records = report.records,
            photos = report.photos,
            mb = format!("{:.1}", report.payload_bytes as f64 / 1e6)
        )
    );
    Ok(())
}

/// `backup create --rescue`: read the damaged file directly (opening it as a
/// handbook may itself fail on a damaged page) and say what was saved and lost.
fn backup_rescue(ctx: &Ctx, args: &BackupCreateArgs, secret: &BundleSecret) -> Result<()> {
    let db = ctx.data_dir.join(HANDBOOK_FILE);
    if !db.exists() {
        // The usual "no handbook here" error.
        ctx.open_existing()?;
    }
    let mut bar = Bar::new(ctx);
    let report = write_atomically(&args.out, |file| {
        share::create_rescue_backup(&db, file, secret, &mut |p| bar.show(p))
    });
    bar.finish();
    let report = report?;
    if ctx.json {
        return ctx.print_json(&serde_json::json!({
            "file": args.out.display().to_string(),
            "rescue": report,
        }));
    }
    let mut table = Table::new(&[
        (t!(ctx.lang, "cli-share-table"), false),
        (t!(ctx.lang, "cli-share-saved"), true),
        (t!(ctx.lang, "cli-share-lost"), true),
    ]);
    for t in report
        .tables
        .iter()
        .filter(|t| t.saved > 0 || t.lost != Some(0))
    {
        let lost = match (t.lost, t.exact) {
            (Some(n), true) => n.to_string(),
            (Some(n), false) => format!("~{n}"),
            (None, _) => "?".into(),
        };
        table.row(vec![t.table.clone(), t.saved.to_string(), lost]);
    }
    print_table(ctx, &table);
    outln!(
        "{}",
        t!(
            ctx.lang,
            "cli-backup-rescued",
            path = args.out.display().to_string(),
            records = report.backup.records,
            photos = report.backup.photos,
            lost = report.photos_lost
        )
    );
    Ok(())
}

fn backup_inspect(ctx: &Ctx, args: BackupFileArgs) -> Result<()> {
    let secret = secret(&args.secret)?;
    let info = share::inspect_backup(open_input(&args.file)?, &secret)?;
    if ctx.json {
        return ctx.print_json(&info);
    }
    outln!(
        "{}",
        t!(
            ctx.lang,
            "cli-backup-inspected",
            created = info.created_at.to_string(),
            version = info.app_version.as_str(),
            children = hagukumi_core::text::join(ctx.lang, &info.children),
            records = info.records,
            photos = info.photos
        )
    );
    Ok(())
}

fn backup_restore(ctx: &Ctx, args: RestoreArgs) -> Result<()> {
    let secret = secret(&args.secret)?;
    let mode = match (args.replace, args.merge) {
        (true, _) => Some(RestoreMode::Replace),
        (_, true) => Some(RestoreMode::Merge),
        _ => None,
    };
    hagukumi_core::store::private::create_dir_all(&ctx.data_dir).map_err(|source| {
        CliError::Io {
            path: ctx.data_dir.clone(),
            source,
        }
    })?;
    let db = ctx.data_dir.join(HANDBOOK_FILE);
    let mut bar = Bar::new(ctx);
    let result = share::restore_backup(&db, open_input(&args.file)?, &secret, mode, &mut |p| {
        bar.show(p)
    });
    bar.finish();
    let report = match result {
        Err(HandbookError::Share(ShareError::ChoiceNeeded)) => {
            return Err(CliError::input(|lang| t!(lang, "cli-backup-choice-needed")));
        }
        other => other?,
    };
    if ctx.json {
        return ctx.print_json(&report);
    }
    let line = match report.mode {
        RestoreMode::Replace => t!(
            ctx.lang,
            "cli-backup-restored",
            records = report.records,
            photos = report.photos
        ),
        RestoreMode::Merge => t!(
            ctx.lang,
            "cli-backup-merged",
            applied = report.merged.as_ref().map_or(0, |m| m.applied),
            unchanged = report.merged.as_ref().map_or(0, |m| m.unchanged)
        ),
    };
    outln!("{line}");
    Ok(())
}

//! `photo`: import photos (optionally into a diary entry), list them, and check the
//! photo folder against the handbook.
//!
//! `photo import --json` prints exactly one object per file, in the order given,
//! and nothing else on stdout (acceptance checks read it):
//! `{"file", "photo_id", "display": {"path", "width", "height"}, "thumbnail": {…},
//! "taken_at"}` or `{"file", "error": {"kind", "message"}}`. A refused file does not
//! stop the others. Exit status: 0 every file imported; 2 every file refused
//! (nothing was written); 3 some imported and kept, the others refused (each line
//! says which); 1 a failure of the disk or the handbook (photos reported as imported
//! before it are kept).

use hagukumi_core::t;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, Subcommand};
use hagukumi_core::photos::{ImportedPhoto, PhotoCheck, PhotoFile, Progress, Rendition};
use hagukumi_core::{HandbookError, Lang};
use serde::Serialize;

use super::print_table;
use crate::ctx::Ctx;
use crate::error::{CliError, Result};
use crate::ids;
use crate::render::Table;

#[derive(Debug, Subcommand)]
pub enum PhotoCmd {
    /// Import JPEG, PNG or WebP photos (HEIC: convert to JPEG first), upright and
    /// without metadata; with --entry, add them to a diary entry
    Import(PhotoImport),
    /// List the stored photos, most recently taken first
    List,
    /// Compare the photo folder with the handbook: orphan files, missing files
    Check(PhotoCheckArgs),
}

#[derive(Debug, Args)]
pub struct PhotoImport {
    /// The photo files, imported in this order
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Add the photos to this diary entry (id or unique prefix)
    #[arg(long, value_name = "ID")]
    entry: Option<String>,
}

#[derive(Debug, Args)]
pub struct PhotoCheckArgs {
    /// Remove orphan files and remake missing thumbnails
    #[arg(long)]
    repair: bool,
}

pub fn run(ctx: &Ctx, cmd: PhotoCmd) -> Result<()> {
    match cmd {
        PhotoCmd::Import(args) => import(ctx, args),
        PhotoCmd::List => list(ctx),
        PhotoCmd::Check(args) => check(ctx, args.repair),
    }
}

fn import(ctx: &Ctx, args: PhotoImport) -> Result<()> {
    let mut hb = ctx.open()?;
    let entry = args
        .entry
        .as_deref()
        .map(|e| ids::diary_entry(&hb, e))
        .transpose()?;
    let mut bar = ProgressBar::new(!ctx.json);
    let results = hb.import_photos(&args.files, entry, &mut |p| bar.show(p));
    bar.finish();

    let failed: Vec<&HandbookError> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    if ctx.json {
        let objects: Vec<ImportLine<'_>> = args
            .files
            .iter()
            .zip(&results)
            .map(|(file, r)| import_json(ctx.lang, file.display().to_string(), r))
            .collect();
        ctx.print_json(&objects)?;
    } else {
        for (file, r) in args.files.iter().zip(&results) {
            match r {
                Ok(i) => {
                    let p = &i.photo;
                    let again = if i.deduplicated {
                        t!(ctx.lang, "cli-photo-already-imported")
                    } else {
                        String::new()
                    };
                    outln!(
                        "✓ {}  {}  {}×{}{again}",
                        file.display(),
                        p.id,
                        p.display.width,
                        p.display.height
                    );
                }
                Err(e) => outln!("✗ {}: {}", file.display(), message(ctx.lang, e)),
            }
        }
    }
    if failed.is_empty() {
        return Ok(());
    }
    let code = if !failed.iter().all(|e| e.is_user_error()) {
        1
    } else if failed.len() == results.len() {
        2
    } else {
        // Not 2: that promises nothing was written, and the others were imported.
        PARTLY_IMPORTED
    };
    Err(CliError::SomeFailed {
        failed: failed.len(),
        total: results.len(),
        code,
    })
}

/// The exit status of a batch whose refused files were all the files' fault and
/// whose other files were imported.
const PARTLY_IMPORTED: u8 = 3;

/// One file's object in `photo import --json`, fields in the documented order.
#[derive(Serialize)]
struct ImportLine<'a> {
    file: String,
    #[serde(flatten)]
    outcome: Outcome<'a>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Outcome<'a> {
    Imported {
        photo_id: &'a str,
        display: &'a Rendition,
        thumbnail: &'a Rendition,
        taken_at: Option<&'a str>,
    },
    Refused {
        error: ErrorJson,
    },
}

#[derive(Serialize)]
struct ErrorJson {
    kind: &'static str,
    message: String,
}

fn import_json<'a>(
    lang: Lang,
    file: String,
    result: &'a Result<ImportedPhoto, HandbookError>,
) -> ImportLine<'a> {
    let outcome = match result {
        Ok(i) => Outcome::Imported {
            photo_id: &i.photo.id,
            display: &i.photo.display,
            thumbnail: &i.photo.thumbnail,
            taken_at: i.photo.taken_at.as_deref(),
        },
        Err(e) => Outcome::Refused {
            error: ErrorJson {
                kind: e.kind().as_str(),
                message: message(lang, e),
            },
        },
    };
    ImportLine { file, outcome }
}

fn message(lang: Lang, e: &HandbookError) -> String {
    e.message(lang)
}

fn list(ctx: &Ctx) -> Result<()> {
    let hb = ctx.open_reading()?;
    let photos = hb.photos()?;
    if ctx.json {
        return ctx.print_json(&photos);
    }
    let mut t = Table::new(&[
        ("ID".to_string(), false),
        (t!(ctx.lang, "cli-photo-taken"), false),
        (t!(ctx.lang, "cli-photo-format"), false),
        (t!(ctx.lang, "cli-photo-original"), true),
        (t!(ctx.lang, "cli-photo-display"), true),
    ]);
    for p in &photos {
        t.row(vec![
            p.id.clone(),
            p.taken_at.clone().unwrap_or_else(|| "—".into()),
            p.format.clone(),
            format!("{}×{}", p.width, p.height),
            format!("{}×{}", p.display.width, p.display.height),
        ]);
    }
    print_table(ctx, &t);
    Ok(())
}

fn check(ctx: &Ctx, repair: bool) -> Result<()> {
    let mut hb = ctx.open_existing()?;
    let report = hb.check_photos(repair)?;
    if ctx.json {
        ctx.print_json(&report)?;
    } else {
        print_check(ctx, &report);
    }
    if report.is_healthy() {
        return Ok(());
    }
    Err(CliError::PhotosDamaged {
        repair_helps: !repair,
    })
}

fn print_check(ctx: &Ctx, r: &PhotoCheck) {
    let folder = hb_folder(ctx);
    outln!(
        "{}",
        t!(
            ctx.lang,
            "cli-photo-folder",
            path = folder.display().to_string(),
            n = r.photos
        )
    );
    let done = if r.repaired {
        t!(ctx.lang, "cli-photo-removed")
    } else {
        String::new()
    };
    for path in &r.orphan_files {
        outln!(
            "  {}{done}: {}",
            t!(ctx.lang, "cli-photo-orphan-file"),
            path.display()
        );
    }
    for m in &r.missing {
        let which = match m.file {
            PhotoFile::Display => t!(ctx.lang, "cli-photo-display-copy"),
            PhotoFile::Thumbnail => t!(ctx.lang, "cli-photo-thumbnail"),
        };
        let state = if m.repaired {
            t!(ctx.lang, "cli-photo-remade")
        } else {
            t!(ctx.lang, "cli-photo-missing")
        };
        outln!("  {} {which}: {state}  {}", m.photo_id, m.path.display());
    }
    if !r.unreferenced.is_empty() {
        outln!(
            "  {}: {}",
            t!(ctx.lang, "cli-photo-photos-in-no-diary"),
            r.unreferenced.len()
        );
    }
    if r.orphan_files.is_empty() && r.missing.is_empty() {
        outln!("  {}", t!(ctx.lang, "cli-photo-no-problems"));
    }
}

fn hb_folder(ctx: &Ctx) -> PathBuf {
    ctx.data_dir.join(hagukumi_core::photos::PHOTO_DIR)
}

/// A one-line progress bar on stderr: redrawn in place on a terminal, one line per
/// file otherwise (a log keeps every step, without carriage returns).
struct ProgressBar {
    enabled: bool,
    terminal: bool,
}

impl ProgressBar {
    const WIDTH: u32 = 30;

    fn new(enabled: bool) -> Self {
        ProgressBar {
            enabled,
            terminal: std::io::stderr().is_terminal(),
        }
    }

    fn show(&mut self, p: Progress) {
        if !self.enabled || p.total == 0 {
            return;
        }
        let filled = p.done * Self::WIDTH / p.total;
        let bar: String = (0..Self::WIDTH)
            .map(|i| if i < filled { '#' } else { '.' })
            .collect();
        let mut err = std::io::stderr().lock();
        let _ = if self.terminal {
            write!(err, "\r[{bar}] {}/{}", p.done, p.total)
        } else {
            writeln!(err, "[{bar}] {}/{}", p.done, p.total)
        };
        let _ = err.flush();
    }

    fn finish(&mut self) {
        if self.enabled && self.terminal {
            errln!();
        }
    }
}

//! `export fhir`, `export html` and `export pdf`: a child's records for a clinic abroad
//! or another app: a FHIR R4 Bundle, or a printable summary as HTML (stdout or --out)
//! or as a PDF.
//!
//! The PDF is the HTML summary printed by a headless Chromium (or Chrome) found on
//! the machine, the way the phones print the same HTML with their own web views:
//! one layout for every output, and the browser embeds the Japanese fonts. The page
//! holds no script and no external resource; the browser runs with networking
//! disabled and a throw-away profile.

use hagukumi_core::t;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use hagukumi_core::export::ExportError;
use hagukumi_core::store::private;

use crate::ctx::Ctx;
use crate::error::{CliError, Result};
use crate::ids;

#[derive(Debug, Subcommand)]
pub enum ExportCmd {
    /// A FHIR R4 Bundle (JSON): the child, measurements (LOINC), vaccinations (CVX
    /// where certain), infant checkups
    Fhir(ExportArgs),
    /// A printable summary (self-contained HTML, A4) in the --lang language: profile,
    /// birth, growth with WHO z-scores and charts, vaccinations and the plan, checkups
    Html(ExportArgs),
    /// The printable summary as a PDF (A4), printed by a headless Chromium or Chrome
    /// (set HAGUKUMI_CHROMIUM to its path if it is not on PATH)
    Pdf(PdfArgs),
}

#[derive(Debug, Args)]
pub struct PdfArgs {
    /// The child (the only child if left out)
    #[arg(long, value_name = "ID", num_args = 0..=1, default_missing_value = "")]
    child: Option<String>,
    /// The PDF file to write
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The child (the only child if left out)
    #[arg(long, value_name = "ID", num_args = 0..=1, default_missing_value = "")]
    child: Option<String>,
    /// Write to this file instead of stdout
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

fn from_export(e: ExportError) -> CliError {
    match e {
        ExportError::Handbook(h) => CliError::Handbook(h),
        other @ ExportError::CodeTable { .. } => {
            let texts = hagukumi_core::text::every_lang(|lang| other.message(lang));
            CliError::environment(move |lang| {
                hagukumi_core::text::text_in(&texts, lang).to_string()
            })
        }
    }
}

pub fn run(ctx: &Ctx, cmd: ExportCmd) -> Result<()> {
    let hb = ctx.open_reading()?;
    let (format, args) = match cmd {
        ExportCmd::Fhir(a) => ("fhir", a),
        ExportCmd::Html(a) => ("html", a),
        ExportCmd::Pdf(a) => return pdf(ctx, &hb, a),
    };
    let id = ids::child(&hb, args.child.as_deref())?;
    let document = match format {
        "fhir" => hb.export_fhir(id),
        _ => hb.export_summary_html(id, ctx.lang),
    }
    .map_err(from_export)?;
    let Some(path) = args.out else {
        // The document is the output; --json changes nothing (FHIR is JSON already).
        let text = document.trim_end();
        if format == "fhir" {
            outln!("{}", crate::render::json_text(text));
        } else {
            outln!("{text}");
        }
        return Ok(());
    };
    private::write(&path, document.as_bytes()).map_err(|source| CliError::Io {
        path: path.clone(),
        source,
    })?;
    if ctx.json {
        return ctx.print_json(&serde_json::json!({
            "format": format,
            "child": id,
            "path": path,
            "bytes": document.len(),
        }));
    }
    let path = path.display().to_string();
    outln!(
        "{}",
        match format {
            "fhir" => t!(ctx.lang, "cli-export-wrote-fhir", path = path),
            _ => t!(ctx.lang, "cli-export-wrote-summary", path = path),
        }
    );
    Ok(())
}

/// The name of a PDF work folder in the data folder: the prefix, then the pid of the
/// command that made it.
const WORK_PREFIX: &str = ".pdf-work-";

/// A work folder older than this is stale even if its pid is running (the pid was
/// reused): printing gives up after 90 s.
const WORK_STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(3600);

/// Remove the PDF work folders (with the child's summary in them) that `export pdf`
/// runs killed before they could clean up left in `data_dir`: those whose command is
/// no longer running (known on Linux from /proc), or older than an hour. Best effort:
/// a read-only data folder keeps them until it can be written.
pub fn remove_stale_work(data_dir: &Path) {
    let Ok(entries) = std::fs::read_dir(data_dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(WORK_PREFIX)) else {
            continue;
        };
        let pid = rest.split('-').next().unwrap_or("");
        let gone = cfg!(target_os = "linux")
            && !pid.is_empty()
            && pid.bytes().all(|b| b.is_ascii_digit())
            && !Path::new("/proc").join(pid).exists();
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > WORK_STALE_AFTER);
        if gone || old {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// The browsers that can print a page to PDF without a window, in order of preference.
const BROWSERS: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
];

fn find_browser() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("HAGUKUMI_CHROMIUM").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in BROWSERS {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
    }
    Err(CliError::environment(|lang| {
        t!(lang, "cli-export-no-browser")
    }))
}

fn pdf(ctx: &Ctx, hb: &hagukumi_core::Handbook, args: PdfArgs) -> Result<()> {
    let id = ids::child(hb, args.child.as_deref())?;
    let html = hb.export_summary_html(id, ctx.lang).map_err(from_export)?;
    let browser = find_browser()?;
    // The page is the child's summary: it is printed from a private folder inside the
    // data folder (never the shared /tmp), removed when printing ends, and by the
    // next command if this one was killed.
    // Absolute: the browser is given a file:// URL, and `--data-dir hagukumi-demo`
    // would otherwise make it `file://hagukumi-demo/…`, which names a host.
    let work = std::path::absolute(&ctx.data_dir)
        .map_err(|source| CliError::Io {
            path: ctx.data_dir.clone(),
            source,
        })?
        .join(format!(
            "{WORK_PREFIX}{}-{}",
            std::process::id(),
            uuid::Uuid::now_v7().simple()
        ));
    private::create_dir_all(&work).map_err(|source| CliError::Io {
        path: work.clone(),
        source,
    })?;
    let result = print(&browser, &work, &html, &args.out);
    let _ = std::fs::remove_dir_all(&work);
    let bytes = result?;
    if ctx.json {
        return ctx.print_json(&serde_json::json!({
            "format": "pdf",
            "child": id,
            "path": args.out,
            "bytes": bytes,
        }));
    }
    outln!(
        "{}",
        t!(
            ctx.lang,
            "cli-export-wrote-pdf",
            path = args.out.display().to_string()
        )
    );
    Ok(())
}

/// Print `html` to `out` with the headless browser; returns the PDF's size.
fn print(
    browser: &std::path::Path,
    work: &std::path::Path,
    html: &str,
    out: &std::path::Path,
) -> Result<u64> {
    let io = |path: &std::path::Path| {
        let path = path.to_path_buf();
        move |source| CliError::Io { path, source }
    };
    let page = work.join("summary.html");
    private::write(&page, html.as_bytes()).map_err(io(&page))?;
    let tmp_pdf = work.join("summary.pdf");
    let mut child = std::process::Command::new(browser)
        .args([
            "--headless",
            // The page is ours (escaped text, no script); the sandbox cannot start as
            // root, which is how CI and containers run.
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            // Nothing may be fetched: any request goes to a closed local port.
            "--proxy-server=127.0.0.1:9",
            "--proxy-bypass-list=<-loopback>",
            "--no-pdf-header-footer",
        ])
        .arg(format!(
            "--user-data-dir={}",
            work.join("profile").display()
        ))
        .arg(format!("--print-to-pdf={}", tmp_pdf.display()))
        .arg(file_url(&page))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(io(browser))?;
    // A browser that hangs must not hang the command.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(90);
    let status = loop {
        if let Some(status) = child.try_wait().map_err(io(browser))? {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            let browser = browser.display().to_string();
            return Err(CliError::environment(move |lang| {
                t!(
                    lang,
                    "cli-export-browser-timeout",
                    browser = browser.as_str(),
                    seconds = 90
                )
            }));
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let written = std::fs::read(&tmp_pdf).unwrap_or_default();
    if !status.success() || !written.starts_with(b"%PDF-") {
        let mut detail = String::new();
        if let Some(mut err) = child.stderr.take() {
            use std::io::Read;
            let _ = err.read_to_string(&mut detail);
        }
        let last = detail.lines().last().unwrap_or("").to_string();
        let (browser, status) = (browser.display().to_string(), status.to_string());
        return Err(CliError::environment(move |lang| {
            t!(
                lang,
                "cli-export-browser-failed",
                browser = browser.as_str(),
                status = status.as_str(),
                detail = last.as_str()
            )
        }));
    }
    // Into place only once complete.
    let partial = out.with_extension("pdf.partial");
    // A partial file left by a killed run may carry the old permissions: start anew.
    let _ = std::fs::remove_file(&partial);
    private::create_new(&partial)
        .and_then(|mut f| std::io::Write::write_all(&mut f, &written))
        .map_err(io(&partial))?;
    std::fs::rename(&partial, out).map_err(io(out))?;
    Ok(written.len() as u64)
}

/// `file://` and the absolute `path`, percent-encoded: a data folder may be called
/// 「はぐくみ 手帳」, and a space or `#` left as it is would cut the URL short.
fn file_url(path: &std::path::Path) -> String {
    use std::fmt::Write as _;
    let mut url = String::from("file://");
    for b in path.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(b) {
            url.push(char::from(*b));
        } else {
            let _ = write!(url, "%{b:02X}");
        }
    }
    url
}

//! `export fhir` and `export html`: a child's records for a clinic abroad or another
//! app: a FHIR R4 Bundle, or a printable summary (print it, or "Save as PDF", from a
//! browser). Written to stdout, or to a file with --out.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use hagukumi_core::export::ExportError;

use crate::ctx::Ctx;
use crate::error::{CliError, Msg, Result};
use crate::ids;

#[derive(Debug, Subcommand)]
pub enum ExportCmd {
    /// A FHIR R4 Bundle (JSON): the child, measurements (LOINC), vaccinations (CVX
    /// where certain), infant checkups
    Fhir(ExportArgs),
    /// A printable summary (self-contained HTML, A4) in the --lang language: profile,
    /// birth, growth with WHO z-scores and charts, vaccinations and the plan, checkups
    Html(ExportArgs),
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
            CliError::Environment(Msg::new(other.to_string(), other.message_ja()))
        }
    }
}

pub fn run(ctx: &Ctx, cmd: ExportCmd) -> Result<()> {
    let hb = ctx.open_existing()?;
    let (format, args) = match cmd {
        ExportCmd::Fhir(a) => ("fhir", a),
        ExportCmd::Html(a) => ("html", a),
    };
    let id = ids::child(&hb, args.child.as_deref())?;
    let document = match format {
        "fhir" => hb.export_fhir(id),
        _ => hb.export_summary_html(id, ctx.lang),
    }
    .map_err(from_export)?;
    let Some(path) = args.out else {
        // The document is the output; --json changes nothing (FHIR is JSON already).
        outln!("{}", document.trim_end());
        return Ok(());
    };
    std::fs::write(&path, &document).map_err(|source| CliError::Io {
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
    let what = match format {
        "fhir" => ctx.t("FHIR R4 バンドル", "the FHIR R4 bundle"),
        _ => ctx.t("印刷用サマリー", "the printable summary"),
    };
    outln!(
        "{} {}",
        match ctx.lang {
            hagukumi_core::Lang::Ja => format!("{what}を書き出しました:"),
            hagukumi_core::Lang::En => format!("Wrote {what}:"),
        },
        path.display()
    );
    Ok(())
}

//! `check`: is the file healthy, and which schema version is it.

use hagukumi_core::t;

use crate::ctx::Ctx;
use crate::error::{CliError, Result};
use crate::render;

pub fn run(ctx: &Ctx) -> Result<()> {
    let hb = ctx.open_reading()?;
    let integrity = hb.integrity_check()?;
    let version = hb.schema_version()?;
    let path = ctx.handbook_path();
    if ctx.json {
        ctx.print_json(&serde_json::json!({
            "path": path,
            "integrity": integrity,
            "schema_version": version,
        }))?;
    } else {
        let rows = vec![
            (t!(ctx.lang, "cli-check-file"), path.display().to_string()),
            (t!(ctx.lang, "cli-check-integrity"), integrity.clone()),
            (
                t!(ctx.lang, "cli-check-schema-version"),
                version.to_string(),
            ),
        ];
        out!("{}", render::pairs("", &rows));
    }
    if integrity != "ok" {
        return Err(CliError::Integrity { report: integrity });
    }
    Ok(())
}

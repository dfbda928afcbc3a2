//! `check`: is the file healthy, and which schema version is it.

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
            (
                ctx.t("ファイル", "File").to_string(),
                path.display().to_string(),
            ),
            (ctx.t("整合性", "Integrity").to_string(), integrity.clone()),
            (
                ctx.t("スキーマのバージョン", "Schema version").to_string(),
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

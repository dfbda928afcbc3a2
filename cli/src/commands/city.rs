//! `city show` and `city move`: the city whose feed this handbook follows, and moving
//! to another one (the old city's notices are archived: `notices --archived`).

use hagukumi_core::t;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use hagukumi_core::feed::{CityConfig, sample};

use crate::ctx::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum CityCmd {
    /// Show the city this handbook follows (its feed URL and pinned keys)
    Show,
    /// Follow another city from now on: the old city's notices are archived, every
    /// record of the handbook is kept
    Move(MoveArgs),
}

#[derive(Debug, Args)]
pub struct MoveArgs {
    /// The new city's configuration (city.toml: code, name, feed_url, public_keys)
    #[arg(long, value_name = "FILE", required_unless_present = "sample")]
    config: Option<PathBuf>,
    /// The bundled sample city (こもれび市)
    #[arg(long, conflicts_with = "config")]
    sample: bool,
}

pub fn run(ctx: &Ctx, cmd: CityCmd) -> Result<()> {
    match cmd {
        CityCmd::Show => show(ctx),
        CityCmd::Move(args) => move_to(ctx, args),
    }
}

fn show(ctx: &Ctx) -> Result<()> {
    let hb = ctx.open()?;
    let city = hb.city()?;
    let followed = hb.followed_city()?;
    let desk = hb.consultation_desk()?;
    if ctx.json {
        return ctx.print_json(&serde_json::json!({
            "city": city.as_ref().map(|c| serde_json::json!({
                "code": c.code,
                "name": c.name,
                "name_en": c.name_en,
                "feed_url": c.feed_url,
                "public_keys": c.public_keys.iter().map(|k| k.to_base64()).collect::<Vec<_>>(),
            })),
            "followed": followed,
            "desk": desk,
        }));
    }
    match (city, followed) {
        (Some(c), _) => {
            outln!("{}", city_name(ctx, &c.name, &c.code));
            outln!("  feed_url: {}", c.feed_url);
            for k in &c.public_keys {
                outln!("  public_key: {k}");
            }
        }
        (None, Some(f)) => outln!(
            "{}  {}",
            city_name(ctx, &f.name, &f.code),
            t!(ctx.lang, "cli-city-the-city-of-the")
        ),
        (None, None) => outln!("{}", t!(ctx.lang, "cli-city-no-city-chosen-yet")),
    }
    if let Some(d) = desk {
        outln!("{}", t!(ctx.lang, "cli-city-consultation-desk"));
        let name = match d.name_in(ctx.lang) {
            shown if shown != d.name => format!("{shown} ({})", d.name),
            _ => d.name.clone(),
        };
        outln!("  {name}");
        if let Some(phone) = &d.phone {
            outln!("  {}: {phone}", t!(ctx.lang, "cli-city-phone"));
        }
        let hours = d.hours_in(ctx.lang);
        if let Some(hours) = hours {
            outln!("  {}: {hours}", t!(ctx.lang, "cli-city-hours"));
        }
        if let Some(url) = &d.url {
            outln!("  {url}");
        }
    }
    Ok(())
}

fn move_to(ctx: &Ctx, args: MoveArgs) -> Result<()> {
    let config = match &args.config {
        Some(path) => CityConfig::from_toml(&super::feed::read_text(path)?)?,
        None => sample::city()?,
    };
    let mut hb = ctx.open()?;
    let report = hb.move_to_city(&config)?;
    if ctx.json {
        return ctx.print_json(&report);
    }
    let to = city_name(ctx, &report.to.name, &report.to.code);
    if !report.moved {
        let text = if report.config_changed {
            t!(ctx.lang, "cli-city-config-saved", city = to)
        } else {
            t!(ctx.lang, "cli-city-already-following", city = to)
        };
        outln!("{text}");
        return Ok(());
    }
    let from = report
        .from
        .as_ref()
        .map(|f| city_name(ctx, &f.name, &f.code))
        .unwrap_or_default();
    outln!(
        "{}",
        t!(
            ctx.lang,
            "cli-city-moved",
            from = from,
            to = to,
            archived = report.archived_notices,
            dropped = report.dropped_entries
        )
    );
    Ok(())
}

/// 「こもれび市（999990）」 / "こもれび市 (999990)".
fn city_name(ctx: &Ctx, name: &str, code: &str) -> String {
    t!(ctx.lang, "cli-city-name", name = name, code = code)
}

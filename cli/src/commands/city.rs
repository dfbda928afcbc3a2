//! `city show` and `city move`: the city whose feed this handbook follows, and moving
//! to another one (the old city's notices are archived: `notices --archived`).

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
            outln!("{}（{}）", c.name, c.code);
            outln!("  feed_url: {}", c.feed_url);
            for k in &c.public_keys {
                outln!("  public_key: {k}");
            }
        }
        (None, Some(f)) => outln!(
            "{}（{}）  {}",
            f.name,
            f.code,
            ctx.t(
                "同期したお知らせの市区町村です（設定は保存されていません。hagukumi city move で保存します）",
                "the city of the synced feed (no configuration stored; hagukumi city move stores one)"
            )
        ),
        (None, None) => outln!(
            "{}",
            ctx.t(
                "市区町村はまだ選ばれていません（hagukumi city move --config city.toml）",
                "No city chosen yet (hagukumi city move --config city.toml)"
            )
        ),
    }
    if let Some(d) = desk {
        outln!("{}", ctx.t("相談窓口", "Consultation desk"));
        let name = match (ctx.lang, &d.name_en) {
            (hagukumi_core::Lang::En, Some(en)) => format!("{en} ({})", d.name),
            _ => d.name.clone(),
        };
        outln!("  {name}");
        if let Some(phone) = &d.phone {
            outln!("  {}: {phone}", ctx.t("電話", "phone"));
        }
        let hours = match ctx.lang {
            hagukumi_core::Lang::En => d.hours_en.as_ref().or(d.hours.as_ref()),
            hagukumi_core::Lang::Ja => d.hours.as_ref(),
        };
        if let Some(hours) = hours {
            outln!("  {}: {hours}", ctx.t("受付時間", "hours"));
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
    let to = format!("{}（{}）", report.to.name, report.to.code);
    if !report.moved {
        let text = match (report.config_changed, ctx.lang) {
            (false, hagukumi_core::Lang::Ja) => {
                format!("すでに{to}のお知らせを受け取っています。何も変更していません。")
            }
            (false, hagukumi_core::Lang::En) => {
                format!("Already following {to}; nothing changed.")
            }
            (true, hagukumi_core::Lang::Ja) => format!("{to}の設定を保存しました。"),
            (true, hagukumi_core::Lang::En) => format!("Saved the configuration of {to}."),
        };
        outln!("{text}");
        return Ok(());
    }
    let from = report
        .from
        .as_ref()
        .map(|f| format!("{}（{}）", f.name, f.code))
        .unwrap_or_default();
    match ctx.lang {
        hagukumi_core::Lang::Ja => outln!(
            "{from}から{to}に変更しました。\n{from}のお知らせ{}件を保管しました（hagukumi notices --archived）。イベント・施設など{}件は削除しました。記録はすべてそのままです。\nhagukumi feed sync で{to}のお知らせを取得します。",
            report.archived_notices,
            report.dropped_entries
        ),
        hagukumi_core::Lang::En => outln!(
            "Moved from {from} to {to}.\nArchived {} notices of {from} (hagukumi notices --archived); removed {} events, facilities and other entries. Every record is kept.\nhagukumi feed sync fetches the notices of {to}.",
            report.archived_notices,
            report.dropped_entries
        ),
    }
    Ok(())
}

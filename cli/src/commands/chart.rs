//! `growth chart`: the handbook's growth-curve page as an SVG or PNG file.

use std::path::PathBuf;

use clap::Args;
use hagukumi_core::growth::{self, Indicator, Standard};
use hagukumi_core::t;

use crate::ctx::Ctx;
use crate::error::{CliError, Result};
use crate::ids;

#[derive(Debug, Args)]
pub struct ChartArgs {
    /// The child (the only child if left out)
    #[arg(long, value_name = "ID", num_args = 0..=1, default_missing_value = "")]
    child: Option<String>,
    /// weight, length, head, bmi or weight-for-length
    #[arg(long, value_parser = parse_indicator, default_value = "weight")]
    indicator: Indicator,
    /// Reference: japan2023 (令和5年乳幼児身体発育調査, as the paper handbook) or who
    /// [default: japan2023 for weight, length and head; who for bmi and
    /// weight-for-length, which the survey does not publish]
    #[arg(long, value_parser = parse_standard)]
    standard: Option<Standard>,
    /// Output file; .svg or .png
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

fn parse_indicator(s: &str) -> std::result::Result<Indicator, crate::error::InputError> {
    s.parse()
        .map_err(|e: growth::GrowthError| crate::parse::refused(|lang| e.message(lang)))
}

fn parse_standard(s: &str) -> std::result::Result<Standard, crate::error::InputError> {
    s.parse()
        .map_err(|e: growth::GrowthError| crate::parse::refused(|lang| e.message(lang)))
}

pub fn run(ctx: &Ctx, args: ChartArgs) -> Result<()> {
    let hb = ctx.open_reading()?;
    let id = ids::child(&hb, args.child.as_deref())?;
    let standard = args
        .standard
        .unwrap_or(Standard::default_for(args.indicator));
    let data = hb.growth_chart(id, args.indicator, standard)?;
    let svg = growth::render_svg(&data, ctx.lang);
    let is_png = args
        .out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("png"));
    let bytes = if is_png {
        growth::render_png(&svg).map_err(hagukumi_core::HandbookError::from)?
    } else if args
        .out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("svg"))
    {
        svg.into_bytes()
    } else {
        let path = args.out.display().to_string();
        return Err(CliError::input(move |lang| {
            t!(lang, "cli-chart-bad-extension", path = path.as_str())
        }));
    };
    hagukumi_core::store::private::write(&args.out, &bytes).map_err(|source| CliError::Io {
        path: args.out.clone(),
        source,
    })?;
    if ctx.json {
        return ctx.print_json(&data);
    }
    outln!(
        "{}",
        t!(
            ctx.lang,
            "cli-chart-written",
            path = args.out.display().to_string(),
            n = data.points.len()
        )
    );
    Ok(())
}

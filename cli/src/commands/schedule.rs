//! `schedule` (a child's vaccination plan) and `reminders` (what falls due soon).
//!
//! `schedule --birth … [--dose …]` needs no handbook: it is the engine on its own, for
//! clinics and for checking the rules. `schedule --child ID` runs the same engine on
//! the doses recorded in the handbook.

use chrono::NaiveDate;
use clap::Args;
use hagukumi_core::Lang;
use hagukumi_core::clock::{Clock, SystemClock};
use hagukumi_core::model::Sex;
use hagukumi_core::schedule::{self, ChildFacts, DoseStatus, GivenDose, Plan};

use crate::ctx::Ctx;
use crate::error::{CliError, Result};
use crate::ids;
use crate::parse;
use crate::render::Table;

#[derive(Debug, Args)]
pub struct ScheduleArgs {
    /// Birth date of a child not in the handbook (with --dose for the doses given)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date, conflicts_with = "child")]
    birth: Option<NaiveDate>,
    /// Sex of that child (routine HPV is for girls)
    #[arg(long, value_parser = parse_sex, requires = "birth")]
    sex: Option<Sex>,
    /// A dose given: CODE:N:YYYY-MM-DD[:BRAND], e.g. rotavirus:1:2026-06-01:rotarix (repeatable)
    #[arg(long = "dose", value_name = "CODE:N:DATE[:BRAND]", value_parser = parse_dose, requires = "birth")]
    doses: Vec<GivenDose>,
    /// A child in the handbook (the only child if left out)
    #[arg(long, value_name = "ID", num_args = 0..=1, default_missing_value = "")]
    child: Option<String>,
}

#[derive(Debug, Args)]
pub struct RemindersArgs {
    /// Look this many days ahead
    #[arg(long, default_value_t = 30)]
    days: u32,
}

fn parse_dose(s: &str) -> std::result::Result<GivenDose, String> {
    s.parse()
        .map_err(|e: schedule::ParseDoseError| e.to_string())
}

fn parse_sex(s: &str) -> std::result::Result<Sex, String> {
    s.parse()
        .map_err(|e: hagukumi_core::model::UnknownSex| e.to_string())
}

pub fn run(ctx: &Ctx, args: ScheduleArgs) -> Result<()> {
    let plan = match args.birth {
        Some(birth) => {
            let today = ctx.today.unwrap_or_else(|| SystemClock.today());
            let facts = ChildFacts {
                birth,
                sex: args.sex,
                doses: &args.doses,
                checkups_done: &[],
            };
            schedule::plan(&facts, today).map_err(hagukumi_core::HandbookError::from)?
        }
        None => {
            let hb = ctx.open_reading()?;
            let id = ids::child(&hb, args.child.as_deref())?;
            hb.vaccination_plan(id)?
        }
    };
    if ctx.json {
        return ctx.print_json(&plan);
    }
    print_plan(ctx, &plan);
    Ok(())
}

fn status_label(lang: Lang, s: DoseStatus) -> &'static str {
    match s {
        DoseStatus::Done => lang.pick("済", "done"),
        DoseStatus::Invalid => lang.pick("無効", "invalid"),
        DoseStatus::Upcoming => lang.pick("予定", "upcoming"),
        DoseStatus::Due => lang.pick("接種時期", "due"),
        DoseStatus::Overdue => lang.pick("遅れ", "overdue"),
        DoseStatus::NotEligible => lang.pick("対象外", "not eligible"),
    }
}

fn opt_date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "-".into())
}

fn print_plan(ctx: &Ctx, plan: &Plan) {
    outln!(
        "{} {}",
        ctx.t("予防接種スケジュール", "Vaccination schedule"),
        plan.schedule_version
    );
    let mut t = Table::new(&[
        (ctx.t("ワクチン", "Vaccine"), false),
        (ctx.t("回", "Dose"), true),
        (ctx.t("状態", "Status"), false),
        (ctx.t("接種日", "Given"), false),
        (ctx.t("最短", "Earliest"), false),
        (ctx.t("標準的な時期", "Recommended"), false),
        (ctx.t("公費期限", "Funded until"), false),
        (ctx.t("理由", "Why"), false),
    ]);
    for v in &plan.vaccines {
        let name = ctx.t(v.code.name_ja(), v.code.name_en());
        for d in &v.doses {
            let window = match (d.recommended_from, d.recommended_until) {
                (None, None) => "-".to_string(),
                (from, until) => format!("{}〜{}", opt_date(from), opt_date(until)),
            };
            t.row(vec![
                name.to_string(),
                d.dose.to_string(),
                status_label(ctx.lang, d.status).to_string(),
                opt_date(d.given),
                opt_date(d.earliest),
                window,
                opt_date(d.funded_until),
                ctx.t(&d.reason_ja, &d.reason_en).to_string(),
            ]);
        }
    }
    out!("{}", t.render(""));
    for w in &plan.warnings {
        outln!(
            "{} {}",
            ctx.t(
                "注意：計画に含めなかった記録：",
                "Warning: left out of the plan:"
            ),
            ctx.t(&w.message_ja, &w.message_en)
        );
    }
}

pub fn reminders(ctx: &Ctx, args: RemindersArgs) -> Result<()> {
    let hb = ctx.open_reading()?;
    let all = hb.reminders(args.days)?;
    if ctx.json {
        return ctx.print_json(&all);
    }
    if all.is_empty() {
        outln!(
            "{}",
            match ctx.lang {
                Lang::Ja => format!("{}日以内に予定はありません。", args.days),
                Lang::En => format!("Nothing falls due in the next {} days.", args.days),
            }
        );
        return Ok(());
    }
    let mut t = Table::new(&[
        (ctx.t("日付", "Date"), false),
        (ctx.t("対象", "For"), false),
        (ctx.t("内容", "What"), false),
    ]);
    for r in &all {
        let who = if r.name.is_empty() {
            ctx.t("妊娠中のお母さん", "mother (pregnancy)").to_string()
        } else {
            r.name.clone()
        };
        t.row(vec![
            r.reminder.date.to_string(),
            who,
            ctx.t(&r.reminder.title_ja, &r.reminder.title_en)
                .to_string(),
        ]);
    }
    out!("{}", t.render(""));
    Ok(())
}

impl From<schedule::ScheduleError> for CliError {
    fn from(e: schedule::ScheduleError) -> Self {
        CliError::Handbook(e.into())
    }
}

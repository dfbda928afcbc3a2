//! `schedule` (a child's vaccination plan) and `reminders` (what falls due soon).
//!
//! `schedule --birth … [--dose …]` needs no handbook: it is the engine on its own, for
//! clinics and for checking the rules. `schedule --child ID` runs the same engine on
//! the doses recorded in the handbook. `--visits` plans the next trips to the clinic
//! instead (the doses given together, and when the next visit can be).

use chrono::NaiveDate;
use clap::Args;
use hagukumi_core::clock::{Clock, SystemClock};
use hagukumi_core::model::Sex;
use hagukumi_core::schedule::{self, ChildFacts, GivenDose, Plan, Timing, VisitPlan};
use hagukumi_core::t;

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
    /// Plan the next clinic visits (doses given together, 同時接種) for the coming year
    #[arg(long)]
    visits: bool,
    /// With --birth: plan by the standard period (standard, the default) or as early
    /// as allowed (earliest); a handbook uses its saved setting (--set-timing)
    #[arg(long, value_parser = parse_timing, requires = "birth")]
    timing: Option<Timing>,
    /// Save the handbook's reminder timing (standard or earliest), then show the plan
    #[arg(long, value_parser = parse_timing, conflicts_with_all = ["birth", "timing"])]
    set_timing: Option<Timing>,
}

fn parse_timing(s: &str) -> std::result::Result<Timing, crate::error::InputError> {
    crate::parse::choice(s)
}

#[derive(Debug, Args)]
pub struct RemindersArgs {
    /// Look this many days ahead
    #[arg(long, default_value_t = 30)]
    days: u32,
}

fn parse_dose(s: &str) -> std::result::Result<GivenDose, crate::error::InputError> {
    s.parse()
        .map_err(|e: schedule::ParseDoseError| crate::parse::refused(|lang| e.message(lang)))
}

fn parse_sex(s: &str) -> std::result::Result<Sex, crate::error::InputError> {
    crate::parse::choice(s)
}

/// What `schedule` shows: the plan, or the visits.
enum Shown {
    Plan(Plan),
    Visits(VisitPlan),
}

pub fn run(ctx: &Ctx, args: ScheduleArgs) -> Result<()> {
    let shown = match args.birth {
        Some(birth) => {
            let today = ctx.today.unwrap_or_else(|| SystemClock.today());
            let facts = ChildFacts {
                birth,
                sex: args.sex,
                doses: &args.doses,
                checkups_done: &[],
                timing: args.timing.unwrap_or_default(),
            };
            // A dose dated after today (or otherwise unusable) is left out with a
            // warning, as on the phones: one bad record never hides the plan.
            if args.visits {
                Shown::Visits(schedule::visits(&facts, today)?)
            } else {
                Shown::Plan(schedule::plan_skipping(&facts, today)?)
            }
        }
        None => {
            let mut hb = if args.set_timing.is_some() {
                ctx.open_existing()?
            } else {
                ctx.open_reading()?
            };
            if let Some(t) = args.set_timing {
                hb.set_schedule_timing(t)?;
                outln!(
                    "{}",
                    match t {
                        Timing::Standard => t!(ctx.lang, "cli-schedule-timing-standard"),
                        Timing::Earliest => t!(ctx.lang, "cli-schedule-timing-earliest"),
                    }
                );
            }
            let id = ids::child(&hb, args.child.as_deref())?;
            if args.visits {
                Shown::Visits(hb.vaccination_visits(id)?)
            } else {
                Shown::Plan(hb.vaccination_plan(id)?)
            }
        }
    };
    show(ctx, shown)
}

fn show(ctx: &Ctx, shown: Shown) -> Result<()> {
    match shown {
        Shown::Plan(plan) if ctx.json => ctx.print_json(&plan),
        Shown::Visits(v) if ctx.json => ctx.print_json(&v),
        Shown::Plan(plan) => {
            print_plan(ctx, &plan);
            Ok(())
        }
        Shown::Visits(v) => {
            print_visits(ctx, &v);
            Ok(())
        }
    }
}

fn print_visits(ctx: &Ctx, plan: &VisitPlan) {
    outln!(
        "{}",
        t!(
            ctx.lang,
            "cli-schedule-visits-title",
            version = plan.schedule_version.as_str(),
            until = plan.until.to_string()
        )
    );
    if plan.visits.is_empty() {
        outln!("{}", t!(ctx.lang, "cli-schedule-no-doses-to-plan"));
    }
    for (i, v) in plan.visits.iter().enumerate() {
        outln!(
            "{}",
            t!(
                ctx.lang,
                "cli-schedule-visit",
                n = i + 1,
                date = v.date.to_string()
            )
        );
        for d in &v.doses {
            let name = d.vaccine.label(ctx.lang);
            let mut line = format!(
                "  - {}",
                t!(ctx.lang, "cli-schedule-dose", vaccine = name, dose = d.dose)
            );
            if d.status == schedule::DoseStatus::Overdue {
                line.push_str(&format!(" [{}]", d.status.label(ctx.lang)));
            }
            if d.voluntary {
                line.push_str(&t!(ctx.lang, "cli-schedule-voluntary"));
            }
            if let (Some(f), Some(u)) = (d.recommended_from, d.recommended_until) {
                line.push_str(&t!(
                    ctx.lang,
                    "cli-schedule-recommended-window",
                    from = f.to_string(),
                    until = u.to_string()
                ));
            }
            if let Some(r) = &d.rule {
                line.push_str(&t!(
                    ctx.lang,
                    "cli-schedule-earliest-rule",
                    earliest = d.earliest.to_string(),
                    rule = r.text(ctx.lang),
                    source = r.source_title.as_str()
                ));
            }
            outln!("{line}");
        }
    }
    print_warnings(ctx, &plan.warnings);
}

fn print_warnings(ctx: &Ctx, warnings: &[schedule::PlanWarning]) {
    for w in warnings {
        let message = w.message(ctx.lang);
        outln!(
            "{}",
            t!(ctx.lang, "cli-schedule-left-out", message = message)
        );
    }
}

fn opt_date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "-".into())
}

fn print_plan(ctx: &Ctx, plan: &Plan) {
    outln!(
        "{}",
        t!(
            ctx.lang,
            "cli-schedule-title",
            version = plan.schedule_version.as_str()
        )
    );
    let mut t = Table::new(&[
        (t!(ctx.lang, "cli-child-vaccine"), false),
        (t!(ctx.lang, "cli-child-dose"), true),
        (t!(ctx.lang, "cli-schedule-status"), false),
        (t!(ctx.lang, "cli-schedule-given"), false),
        (t!(ctx.lang, "cli-schedule-earliest"), false),
        (t!(ctx.lang, "cli-schedule-recommended"), false),
        (t!(ctx.lang, "cli-schedule-funded-until"), false),
        (t!(ctx.lang, "cli-schedule-why"), false),
    ]);
    for v in &plan.vaccines {
        let name = v.code.label(ctx.lang);
        for d in &v.doses {
            let window = match (d.recommended_from, d.recommended_until) {
                (Some(from), Some(until)) => t!(
                    ctx.lang,
                    "cli-date-range",
                    from = from.to_string(),
                    until = until.to_string()
                ),
                (Some(from), None) => t!(ctx.lang, "cli-date-from", from = from.to_string()),
                (None, Some(until)) => t!(ctx.lang, "cli-date-until", until = until.to_string()),
                (None, None) => "-".to_string(),
            };
            t.row(vec![
                name.to_string(),
                d.dose.to_string(),
                d.status.label(ctx.lang).to_string(),
                opt_date(d.given),
                opt_date(d.earliest),
                window,
                opt_date(d.funded_until),
                d.reason(ctx.lang).to_string(),
            ]);
        }
    }
    out!("{}", t.render(""));
    print_warnings(ctx, &plan.warnings);
}

pub fn reminders(ctx: &Ctx, args: RemindersArgs) -> Result<()> {
    let hb = ctx.open_reading()?;
    let all = hb.reminders(args.days)?;
    if ctx.json {
        return ctx.print_json(&all);
    }
    if all.is_empty() {
        outln!("{}", t!(ctx.lang, "cli-reminders-none", days = args.days));
        return Ok(());
    }
    let mut t = Table::new(&[
        (t!(ctx.lang, "cli-mother-date"), false),
        (t!(ctx.lang, "cli-schedule-kind"), false),
        (t!(ctx.lang, "cli-schedule-for"), false),
        (t!(ctx.lang, "cli-schedule-what"), false),
        (t!(ctx.lang, "cli-schedule-deadline"), false),
    ]);
    // The order is the core's: overdue and deadline items first, marked with "!".
    for r in &all {
        let who = if r.name.is_empty() {
            t!(ctx.lang, "cli-schedule-mother-pregnancy")
        } else {
            r.name.clone()
        };
        let kind = r.reminder.kind;
        let mark = if r.reminder.urgent { "!" } else { "" };
        t.row(vec![
            r.reminder.date.to_string(),
            format!("{mark}{}", kind.label(ctx.lang)),
            who,
            r.reminder.message(ctx.lang).to_string(),
            opt_date(r.reminder.deadline),
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

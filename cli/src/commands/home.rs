//! `home`: the home screen, and the cards it is made of (also used by `demo` and
//! `child show`).

use hagukumi_core::store::{ChildSummary, HomeSummary, Measured, PregnancySummary};
use hagukumi_core::t;

use super::mother::sex_label;
use crate::ctx::Ctx;
use crate::error::Result;
use crate::render::{self, cm, kg, pairs, paren};

pub fn run(ctx: &Ctx) -> Result<()> {
    let hb = ctx.open_reading()?;
    let home = hb.home(ctx.lang)?;
    if ctx.json {
        return ctx.print_json(&home);
    }
    out!("{}", home_text(ctx, &home));
    // "Nothing recorded yet" only when that is true: a pregnancy that ended in a
    // loss has no card, and is still hers.
    if home.pregnancy.is_none() && home.children.is_empty() && hb.pregnancies()?.is_empty() {
        out!("\n{}\n", t!(ctx.lang, "cli-home-empty"));
    }
    Ok(())
}

/// "あと81日" / "81 days to go", or past the due date.
pub fn days_to_go(ctx: &Ctx, days: i64) -> String {
    match days {
        0 => t!(ctx.lang, "cli-due-today"),
        d if d > 0 => t!(ctx.lang, "cli-days-to-go", n = d),
        d => t!(ctx.lang, "cli-days-past-due", n = -d),
    }
}

pub fn home_text(ctx: &Ctx, home: &HomeSummary) -> String {
    let mut out = format!(
        "{}\n",
        t!(ctx.lang, "cli-home-title", today = home.today.to_string())
    );
    // Worries first: the one line a parent must not miss, with the city's desk.
    for w in &home.worries {
        out.push_str(&format!("\n{}\n", w.message));
        if let Some(url) = w.desk.as_ref().and_then(|d| d.url.as_ref()) {
            out.push_str(&format!("  {url}\n"));
        }
    }
    if !home.worries.is_empty() {
        out.push('\n');
    }
    if let Some(m) = &home.mother {
        out.push_str(&format!(
            "{}  {}\n",
            t!(ctx.lang, "cli-home-mother"),
            m.data.name
        ));
    }
    if let Some(p) = &home.pregnancy {
        out.push('\n');
        out.push_str(&pregnancy_card(ctx, p));
    }
    for c in &home.children {
        out.push('\n');
        out.push_str(&child_card(ctx, c, false));
    }
    out
}

pub fn pregnancy_card(ctx: &Ctx, p: &PregnancySummary) -> String {
    let ga = render::ga(ctx.lang, p.gestational_age);
    let mut out = format!("{}\n", t!(ctx.lang, "cli-home-pregnancy", ga = ga));
    let due = format!(
        "{}{}",
        p.due_date,
        paren(ctx.lang, &days_to_go(ctx, p.days_until_due))
    );
    let mut rows = vec![(t!(ctx.lang, "cli-home-due-date"), due)];
    if let Some(c) = &p.last_checkup {
        let mut line = c.data.date.to_string();
        if let Some(ga) = p.pregnancy.data.gestational_age_on(c.data.date) {
            line.push_str(&paren(ctx.lang, &render::ga(ctx.lang, ga)));
        }
        let mut parts = Vec::new();
        if let Some(w) = c.data.weight_kg {
            parts.push(t!(
                ctx.lang,
                "cli-home-weight",
                weight = render::adult_kg(w)
            ));
        }
        if let (Some(s), Some(d)) = (c.data.bp_systolic, c.data.bp_diastolic) {
            parts.push(t!(ctx.lang, "cli-home-bp", systolic = s, diastolic = d));
        }
        if !parts.is_empty() {
            line.push_str("  ");
            line.push_str(&parts.join(" · "));
        }
        rows.push((t!(ctx.lang, "cli-home-last-checkup"), line));
    }
    rows.push((
        t!(ctx.lang, "cli-home-next-visit"),
        render::opt(p.next_visit, |d| d.to_string()),
    ));
    if let Some(w) = &p.weight_gain {
        let g = &w.guidance;
        let max = format!("{:.0}", g.max_kg);
        let range = match g.min_kg {
            Some(min) => t!(
                ctx.lang,
                "cli-gain-range",
                min = format!("{min:.0}"),
                max = max
            ),
            None => t!(ctx.lang, "cli-gain-range-up-to", max = max),
        };
        let bmi = format!("{:.1}", g.bmi);
        let class = g.class.label(ctx.lang);
        let line = match w.gain_so_far_kg {
            Some(kg) => t!(
                ctx.lang,
                "cli-gain-so-far",
                gain = format!("{kg:+.1}"),
                range = range,
                bmi = bmi,
                class = class
            ),
            None => t!(
                ctx.lang,
                "cli-gain-guide",
                range = range,
                bmi = bmi,
                class = class
            ),
        };
        rows.push((t!(ctx.lang, "cli-home-weight-gain"), line));
    }
    out.push_str(&pairs("  ", &rows));
    out
}

fn measured(ctx: &Ctx, m: &Option<Measured>, unit: fn(f64) -> String) -> String {
    match m {
        Some(m) => {
            let when = match m.record_id {
                Some(_) => m.date.to_string(),
                None => t!(ctx.lang, "cli-home-at-birth-on", date = m.date.to_string()),
            };
            let standing = m
                .standing
                .as_ref()
                .map(|s| format!("  {}", s.text))
                .unwrap_or_default();
            format!("{}{}{standing}", unit(m.value), paren(ctx.lang, &when))
        }
        None => "—".into(),
    }
}

/// A child's card. `full` adds the id and the birth measurements (for `child show`).
pub fn child_card(ctx: &Ctx, s: &ChildSummary, full: bool) -> String {
    let c = &s.child.data;
    let sex = sex_label(ctx.lang, c.sex);
    let mut out = format!(
        "{}\n",
        t!(
            ctx.lang,
            "cli-home-child",
            name = c.name.as_str(),
            sex = sex,
            born = c.birth_date.to_string(),
            age = s.age_label.as_str()
        )
    );
    let mut rows = Vec::new();
    if full {
        rows.push(("ID".to_string(), s.child.id().to_string()));
        if let Some(ga) = c.ga_at_birth {
            rows.push((t!(ctx.lang, "cli-home-born-at"), render::ga(ctx.lang, ga)));
        }
        let mut birth = Vec::new();
        if let Some(w) = c.birth.weight_kg {
            birth.push(render::grams(w));
        }
        if let Some(l) = c.birth.length_cm {
            birth.push(cm(l));
        }
        if let Some(h) = c.birth.head_cm {
            birth.push(t!(ctx.lang, "cli-home-birth-head", head = cm(h)));
        }
        if !birth.is_empty() {
            rows.push((t!(ctx.lang, "cli-home-at-birth"), birth.join(" · ")));
        }
    }
    if let Some(label) = &s.corrected_age_label {
        rows.push((t!(ctx.lang, "cli-home-corrected-age"), label.clone()));
    }
    rows.push((
        t!(ctx.lang, "cli-home-weight-label"),
        measured(ctx, &s.latest.weight_kg, kg),
    ));
    rows.push((
        t!(ctx.lang, "cli-home-length-label"),
        measured(ctx, &s.latest.length_cm, cm),
    ));
    rows.push((
        t!(ctx.lang, "cli-home-head-label"),
        measured(ctx, &s.latest.head_cm, cm),
    ));
    let next = match &s.next_checkup {
        Some(n) => t!(
            ctx.lang,
            "cli-home-checkup-window",
            checkup = n.label.as_str(),
            from = n.from.to_string(),
            until = n.until.to_string()
        ),
        None => "—".into(),
    };
    rows.push((t!(ctx.lang, "cli-home-next-checkup"), next));
    out.push_str(&pairs("  ", &rows));
    out
}

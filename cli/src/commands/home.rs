//! `home`: the home screen, and the cards it is made of (also used by `demo` and
//! `child show`).

use hagukumi_core::Lang;
use hagukumi_core::store::{ChildSummary, HomeSummary, Measured, PregnancySummary};

use super::mother::sex_label;
use crate::ctx::Ctx;
use crate::error::Result;
use crate::render::{self, cm, kg, pairs};

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
        out!(
            "{}",
            ctx.t(
                "\n妊娠やお子さんの記録はまだありません。\n",
                "\nNo pregnancy or child recorded yet.\n",
            )
        );
    }
    Ok(())
}

/// "あと81日" / "81 days to go", or past the due date.
pub fn days_to_go(ctx: &Ctx, days: i64) -> String {
    match (ctx.lang, days) {
        (Lang::Ja, 0) => "今日が予定日".into(),
        (Lang::Ja, d) if d > 0 => format!("あと{d}日"),
        (Lang::Ja, d) => format!("予定日から{}日", -d),
        (Lang::En, 0) => "due today".into(),
        (Lang::En, 1) => "1 day to go".into(),
        (Lang::En, d) if d > 0 => format!("{d} days to go"),
        (Lang::En, d) => format!("{} days past the due date", -d),
    }
}

pub fn home_text(ctx: &Ctx, home: &HomeSummary) -> String {
    let mut out = format!(
        "{} — {}\n",
        ctx.t("はぐくみ 母子手帳", "Hagukumi handbook"),
        home.today
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
            ctx.t("お母さん", "Mother"),
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
    let mut out = match ctx.lang {
        Lang::Ja => format!("おなかの赤ちゃん  妊娠{ga}\n"),
        Lang::En => format!("Pregnancy  {ga}\n"),
    };
    let due = match ctx.lang {
        Lang::Ja => format!("{}（{}）", p.due_date, days_to_go(ctx, p.days_until_due)),
        Lang::En => format!("{} ({})", p.due_date, days_to_go(ctx, p.days_until_due)),
    };
    let mut rows = vec![(ctx.t("出産予定日", "Due date").to_string(), due)];
    if let Some(c) = &p.last_checkup {
        let mut line = c.data.date.to_string();
        if let Some(ga) = p.pregnancy.data.gestational_age_on(c.data.date) {
            line.push_str(&paren(ctx, &render::ga(ctx.lang, ga)));
        }
        let mut parts = Vec::new();
        if let Some(w) = c.data.weight_kg {
            parts.push(format!(
                "{} {}",
                ctx.t("体重", "weight"),
                render::adult_kg(w)
            ));
        }
        if let (Some(s), Some(d)) = (c.data.bp_systolic, c.data.bp_diastolic) {
            parts.push(format!("{} {s}/{d}", ctx.t("血圧", "BP")));
        }
        if !parts.is_empty() {
            line.push_str("  ");
            line.push_str(&parts.join(" · "));
        }
        rows.push((ctx.t("前回の健診", "Last checkup").to_string(), line));
    }
    rows.push((
        ctx.t("次回の受診", "Next visit").to_string(),
        render::opt(p.next_visit, |d| d.to_string()),
    ));
    if let Some(w) = &p.weight_gain {
        let g = &w.guidance;
        let range = match g.min_kg {
            Some(min) => format!("{min:.0}〜{:.0} kg", g.max_kg),
            None => format!("~{:.0} kg", g.max_kg),
        };
        let so_far = w.gain_so_far_kg.map(|kg| format!("{kg:+.1} kg"));
        let line = match (ctx.lang, so_far) {
            (Lang::Ja, Some(s)) => format!(
                "{s}（目安 {range}、BMI {:.1} {}）",
                g.bmi,
                g.class.label_ja()
            ),
            (Lang::Ja, None) => format!("目安 {range}（BMI {:.1} {}）", g.bmi, g.class.label_ja()),
            (Lang::En, Some(s)) => format!(
                "{s} (guide {range}, BMI {:.1} {})",
                g.bmi,
                g.class.label_en()
            ),
            (Lang::En, None) => format!("guide {range} (BMI {:.1} {})", g.bmi, g.class.label_en()),
        };
        rows.push((ctx.t("体重の増え方", "Weight gain").to_string(), line));
    }
    out.push_str(&pairs("  ", &rows));
    out
}

fn paren(ctx: &Ctx, s: &str) -> String {
    match ctx.lang {
        Lang::Ja => format!("（{s}）"),
        Lang::En => format!(" ({s})"),
    }
}

fn measured(ctx: &Ctx, m: &Option<Measured>, unit: fn(f64) -> String) -> String {
    match m {
        Some(m) => {
            let when = match m.record_id {
                Some(_) => m.date.to_string(),
                None => match ctx.lang {
                    Lang::Ja => format!("{} 出生時", m.date),
                    Lang::En => format!("{} at birth", m.date),
                },
            };
            let standing = m
                .standing
                .as_ref()
                .map(|s| format!("  {}", s.text))
                .unwrap_or_default();
            format!("{}{}{standing}", unit(m.value), paren(ctx, &when))
        }
        None => "—".into(),
    }
}

/// A child's card. `full` adds the id and the birth measurements (for `child show`).
pub fn child_card(ctx: &Ctx, s: &ChildSummary, full: bool) -> String {
    let c = &s.child.data;
    let sex = sex_label(ctx.lang, c.sex);
    let mut out = match ctx.lang {
        Lang::Ja => format!(
            "{}（{sex}）  {}生まれ  {}\n",
            c.name, c.birth_date, s.age_label
        ),
        Lang::En => format!(
            "{} ({sex})  born {}  {}\n",
            c.name, c.birth_date, s.age_label
        ),
    };
    let mut rows = Vec::new();
    if full {
        rows.push(("ID".to_string(), s.child.id().to_string()));
        if let Some(ga) = c.ga_at_birth {
            rows.push((
                ctx.t("出生時の週数", "Born at").to_string(),
                render::ga(ctx.lang, ga),
            ));
        }
        let mut birth = Vec::new();
        if let Some(w) = c.birth.weight_kg {
            birth.push(render::grams(w));
        }
        if let Some(l) = c.birth.length_cm {
            birth.push(cm(l));
        }
        if let Some(h) = c.birth.head_cm {
            birth.push(format!("{} {}", ctx.t("頭囲", "head"), cm(h)));
        }
        if !birth.is_empty() {
            rows.push((ctx.t("出生時", "At birth").to_string(), birth.join(" · ")));
        }
    }
    if let Some(label) = &s.corrected_age_label {
        rows.push((
            ctx.t("修正月齢", "Corrected age").to_string(),
            label.clone(),
        ));
    }
    rows.push((
        ctx.t("体重", "Weight").to_string(),
        measured(ctx, &s.latest.weight_kg, kg),
    ));
    rows.push((
        ctx.t("身長", "Length").to_string(),
        measured(ctx, &s.latest.length_cm, cm),
    ));
    rows.push((
        ctx.t("頭囲", "Head").to_string(),
        measured(ctx, &s.latest.head_cm, cm),
    ));
    let next = match &s.next_checkup {
        Some(n) => match ctx.lang {
            Lang::Ja => format!("{}（{}〜{}）", n.label, n.from, n.until),
            Lang::En => format!("{} ({} – {})", n.label, n.from, n.until),
        },
        None => "—".into(),
    };
    rows.push((ctx.t("次の健診", "Next checkup").to_string(), next));
    out.push_str(&pairs("  ", &rows));
    out
}

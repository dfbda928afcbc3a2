//! `profile`, `pregnancy`, `prenatal` and `delivery`: the mother's pages.

use chrono::{NaiveDate, NaiveDateTime};
use clap::{Args, Subcommand};
use hagukumi_core::model::RecordKind;
use hagukumi_core::model::{
    BirthCertificate, BloodLossGrade, Delivery, DeliveryMethod, Dipstick, GestationalAge,
    MotherProfile, Newborn, Oedema, Pregnancy, PregnancyEnd, PregnancyOutcome, PrenatalCheckup,
    Presentation, Transfusion,
};
use hagukumi_core::t;
use hagukumi_core::{HandbookError, Lang, ValidationError};

use super::{deleted, print_table, saved};
use crate::ctx::Ctx;
use crate::error::{CliError, Msg, Result};
use crate::render::{self, Table, adult_kg, cm, opt};
use crate::{ids, parse};

// ---------------------------------------------------------------- profile

#[derive(Debug, Subcommand)]
pub enum ProfileCmd {
    /// Enter or change the mother's profile; options not given keep their value
    Set(ProfileSet),
    /// Show the mother's profile
    Show,
}

#[derive(Debug, Args)]
pub struct ProfileSet {
    /// Name (required the first time)
    #[arg(long)]
    name: Option<String>,
    /// Name in kana (ふりがな)
    #[arg(long)]
    kana: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date)]
    birth_date: Option<NaiveDate>,
    /// Blood type as on the test record, e.g. "A Rh+"
    #[arg(long)]
    blood_type: Option<String>,
    /// Height in cm
    #[arg(long, value_name = "CM", value_parser = parse::length_cm)]
    height: Option<f64>,
    /// City district (地区)
    #[arg(long)]
    district: Option<String>,
    /// Free-text notes
    #[arg(long)]
    notes: Option<String>,
}

pub fn profile(ctx: &Ctx, cmd: ProfileCmd) -> Result<()> {
    match cmd {
        ProfileCmd::Set(a) => {
            let mut hb = ctx.open()?;
            let mut p = hb
                .mother_profile()?
                .map(|r| r.data)
                .unwrap_or_else(MotherProfile::default);
            if let Some(v) = a.name {
                p.name = v;
            }
            set(&mut p.name_kana, a.kana);
            if a.birth_date.is_some() {
                p.birth_date = a.birth_date;
            }
            set(&mut p.blood_type, a.blood_type);
            if a.height.is_some() {
                p.height_cm = a.height;
            }
            set(&mut p.district, a.district);
            set(&mut p.notes, a.notes);
            let r = hb.set_mother_profile(p)?;
            saved(ctx, &r, r.id(), RecordKind::MotherProfile, &r.data.name)
        }
        ProfileCmd::Show => {
            let hb = ctx.open_reading()?;
            let p = hb.mother_profile()?;
            if ctx.json {
                return ctx.print_json(&p);
            }
            let Some(p) = p else {
                outln!("{}", t!(ctx.lang, "cli-mother-no-profile-yet-hagukumi"));
                return Ok(());
            };
            let d = &p.data;
            let name = match &d.name_kana {
                Some(k) => format!("{}（{k}）", d.name),
                None => d.name.clone(),
            };
            let rows = vec![
                (t!(ctx.lang, "cli-mother-name"), name),
                (
                    t!(ctx.lang, "cli-mother-birth-date"),
                    opt(d.birth_date, |b| b.to_string()),
                ),
                (
                    t!(ctx.lang, "cli-mother-blood-type"),
                    opt(d.blood_type.clone(), |b| b),
                ),
                (t!(ctx.lang, "cli-mother-height"), opt(d.height_cm, cm)),
                (
                    t!(ctx.lang, "cli-mother-district"),
                    opt(d.district.clone(), |b| b),
                ),
                (
                    t!(ctx.lang, "cli-mother-notes"),
                    opt(d.notes.clone(), |b| b),
                ),
            ];
            out!("{}", render::pairs("", &rows));
            Ok(())
        }
    }
}

/// Replace an optional text field when the option was given ("" clears it).
fn set(field: &mut Option<String>, value: Option<String>) {
    if let Some(v) = value {
        *field = Some(v).filter(|v| !v.is_empty());
    }
}

// ---------------------------------------------------------------- pregnancy

#[derive(Debug, Subcommand)]
pub enum PregnancyCmd {
    /// Add a pregnancy, dated by the last menstrual period and/or the ultrasound due date
    Add(PregnancyAdd),
    /// List pregnancies, most recent first
    List,
    /// Show a pregnancy: due date, weeks today, last checkup, delivery
    Show {
        /// Pregnancy id or unique prefix (default: the only ongoing pregnancy)
        id: Option<String>,
    },
    /// Delete a pregnancy with its checkups and delivery record (children stay);
    /// without --yes, only says what would be deleted
    Delete {
        /// Pregnancy id or unique prefix
        id: String,
        /// Delete without asking (the deletion cannot be undone)
        #[arg(long)]
        yes: bool,
    },
    /// Record that a pregnancy ended in a loss (流産, 死産, 人工妊娠中絶); the records,
    /// diary and photos stay
    End(PregnancyEndArgs),
    /// Undo `pregnancy end` recorded by mistake
    Reopen {
        /// Pregnancy id or unique prefix
        id: String,
    },
}

#[derive(Debug, Args)]
pub struct PregnancyEndArgs {
    /// Pregnancy id or unique prefix
    id: String,
    /// miscarriage (流産), stillbirth (死産) or termination (人工妊娠中絶)
    #[arg(long, value_parser = parse_outcome)]
    outcome: PregnancyOutcome,
    /// The day it ended
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date)]
    date: NaiveDate,
}

fn parse_outcome(s: &str) -> std::result::Result<PregnancyOutcome, crate::error::InputError> {
    s.parse().map_err(|_| {
        let s = s.to_string();
        crate::error::InputError::say(move |lang| {
            t!(lang, "cli-pregnancy-not-an-outcome", text = s.as_str())
        })
    })
}

#[derive(Debug, Args)]
pub struct PregnancyAdd {
    /// First day of the last menstrual period
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date)]
    lmp: Option<NaiveDate>,
    /// Due date set by ultrasound (wins over the LMP for counting weeks)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date)]
    due: Option<NaiveDate>,
    /// Number of babies (2 for twins)
    #[arg(long, default_value_t = 1)]
    fetuses: u8,
    /// Weight before pregnancy, kg
    #[arg(long, value_name = "KG", value_parser = parse::weight_kg)]
    pre_weight: Option<f64>,
    /// Free-text notes
    #[arg(long)]
    notes: Option<String>,
}

fn pregnancy_status(
    ctx: &Ctx,
    hb: &hagukumi_core::Handbook,
    p: &hagukumi_core::model::Record<Pregnancy>,
) -> Result<String> {
    if let Some(d) = hb.delivery_of(p.id())? {
        return Ok(t!(
            ctx.lang,
            "cli-pregnancy-delivered",
            date = d.data.delivered_at.date().to_string()
        ));
    }
    if let Some(end) = p.data.ended {
        return Ok(end.label(ctx.lang));
    }
    Ok(match p.data.gestational_age_on(hb.today()) {
        Some(ga) if ga <= GestationalAge::MAX => render::ga(ctx.lang, ga),
        _ => "—".to_string(),
    })
}

pub fn pregnancy(ctx: &Ctx, cmd: PregnancyCmd) -> Result<()> {
    match cmd {
        PregnancyCmd::Add(a) => {
            let mut hb = ctx.open()?;
            let r = hb.add_pregnancy(Pregnancy {
                lmp: a.lmp,
                ultrasound_due_date: a.due,
                fetuses: a.fetuses,
                pre_pregnancy_weight_kg: a.pre_weight,
                notes: a.notes,
                ended: None,
            })?;
            let today = hb.today();
            let detail = match (r.data.due_date(), r.data.gestational_age_on(today)) {
                (Some(due), Some(ga)) => t!(
                    ctx.lang,
                    "cli-pregnancy-added",
                    due = due.to_string(),
                    ga = render::ga(ctx.lang, ga)
                ),
                _ => String::new(),
            };
            saved(ctx, &r, r.id(), RecordKind::Pregnancy, &detail)
        }
        PregnancyCmd::List => {
            let hb = ctx.open_reading()?;
            let all = hb.pregnancies()?;
            if ctx.json {
                return ctx.print_json(&all);
            }
            let mut t = Table::new(&[
                ("ID".to_string(), false),
                (t!(ctx.lang, "cli-mother-lmp"), false),
                (t!(ctx.lang, "cli-mother-due-date"), false),
                (t!(ctx.lang, "cli-mother-babies"), true),
                (t!(ctx.lang, "cli-mother-today"), false),
            ]);
            for p in &all {
                t.row(vec![
                    p.id().to_string(),
                    opt(p.data.lmp, |d| d.to_string()),
                    opt(p.data.due_date(), |d| d.to_string()),
                    p.data.fetuses.to_string(),
                    pregnancy_status(ctx, &hb, p)?,
                ]);
            }
            print_table(ctx, &t);
            Ok(())
        }
        PregnancyCmd::Show { id } => {
            let hb = ctx.open_reading()?;
            let id = ids::pregnancy(&hb, id.as_deref())?;
            let p = hb.pregnancy(id)?;
            let summary = hb.pregnancy_summary(id, ctx.lang)?;
            let delivery = hb.delivery_of(id)?;
            let checkups = hb.prenatal_checkups(id)?;
            if ctx.json {
                return ctx.print_json(&serde_json::json!({
                    "pregnancy": p,
                    "summary": summary,
                    "delivery": delivery,
                    "prenatal_checkups": checkups.len(),
                }));
            }
            let mut rows = vec![
                ("ID".to_string(), p.id().to_string()),
                (
                    t!(ctx.lang, "cli-mother-lmp"),
                    opt(p.data.lmp, |d| d.to_string()),
                ),
                (
                    t!(ctx.lang, "cli-mother-due-date"),
                    opt(p.data.due_date(), |d| d.to_string()),
                ),
                (
                    t!(ctx.lang, "cli-mother-babies"),
                    p.data.fetuses.to_string(),
                ),
                (
                    t!(ctx.lang, "cli-mother-weight-before"),
                    opt(p.data.pre_pregnancy_weight_kg, adult_kg),
                ),
                (
                    if p.data.ended.is_some() {
                        t!(ctx.lang, "cli-mother-ended")
                    } else {
                        t!(ctx.lang, "cli-mother-today")
                    }
                    .to_string(),
                    pregnancy_status(ctx, &hb, &p)?,
                ),
                (
                    t!(ctx.lang, "cli-mother-checkups"),
                    checkups.len().to_string(),
                ),
            ];
            if let Some(s) = &summary {
                rows.push((
                    t!(ctx.lang, "cli-mother-to-go"),
                    super::home::days_to_go(ctx, s.days_until_due),
                ));
                rows.push((
                    t!(ctx.lang, "cli-mother-next-visit"),
                    opt(s.next_visit, |d| d.to_string()),
                ));
            }
            if let Some(d) = &delivery {
                rows.push((
                    t!(ctx.lang, "cli-mother-delivery"),
                    delivery_line(ctx, &d.data),
                ));
            }
            out!("{}", render::pairs("", &rows));
            Ok(())
        }
        PregnancyCmd::Delete { id, yes } => {
            let mut hb = ctx.open_existing()?;
            let id = ids::pregnancy(&hb, Some(&id))?;
            let what = hb.pregnancy_deletion(id)?;
            // Diary entries are never deleted along (the core refuses): say so first,
            // with or without --yes.
            if what.diary_entries > 0 {
                return Err(HandbookError::Invalid(ValidationError::PregnancyHasDiary {
                    pregnancy: id,
                    entries: what.diary_entries,
                })
                .into());
            }
            if !yes {
                return Err(CliError::ConfirmationNeeded(deletion_message(&what)));
            }
            hb.delete_pregnancy(id)?;
            deleted(ctx, id, RecordKind::Pregnancy)
        }
        PregnancyCmd::End(a) => {
            let mut hb = ctx.open_existing()?;
            let id = ids::pregnancy(&hb, Some(&a.id))?;
            let r = hb.end_pregnancy(
                id,
                PregnancyEnd {
                    outcome: a.outcome,
                    date: a.date,
                },
            )?;
            if ctx.json {
                return ctx.print_json(&r);
            }
            let end = PregnancyEnd {
                outcome: a.outcome,
                date: a.date,
            };
            outln!(
                "{}",
                t!(
                    ctx.lang,
                    "cli-pregnancy-ended",
                    end = end.label(ctx.lang),
                    id = id.to_string()
                )
            );
            Ok(())
        }
        PregnancyCmd::Reopen { id } => {
            let mut hb = ctx.open_existing()?;
            let id = ids::pregnancy(&hb, Some(&id))?;
            let r = hb.reopen_pregnancy(id)?;
            if ctx.json {
                return ctx.print_json(&r);
            }
            outln!(
                "{}",
                t!(ctx.lang, "cli-pregnancy-reopened", id = id.to_string())
            );
            Ok(())
        }
    }
}

/// What `pregnancy delete` would delete, for the confirmation it asks for: the
/// records that go with it, counted (none named when there are none).
fn deletion_message(w: &hagukumi_core::store::PregnancyDeletion) -> Msg {
    let w = w.clone();
    Msg::new(move |lang| {
        // A record that is one at most (the delivery) is named without a count.
        let mut parts = Vec::new();
        if w.prenatal_checkups > 0 {
            parts.push(t!(
                lang,
                "cli-pregnancy-delete-checkups",
                n = w.prenatal_checkups
            ));
        }
        if w.delivery {
            parts.push(t!(lang, "cli-pregnancy-delete-delivery"));
        }
        if w.maternal_vaccinations > 0 {
            parts.push(t!(
                lang,
                "cli-pregnancy-delete-vaccinations",
                n = w.maternal_vaccinations
            ));
        }
        if w.dental_records > 0 {
            parts.push(t!(
                lang,
                "cli-pregnancy-delete-dental",
                n = w.dental_records
            ));
        }
        let mut out = if parts.is_empty() {
            t!(lang, "cli-pregnancy-delete-alone")
        } else {
            let list = hagukumi_core::text::join(lang, &parts);
            t!(lang, "cli-pregnancy-delete-with", records = list)
        };
        if w.children_kept > 0 {
            out.push_str(&t!(
                lang,
                "cli-pregnancy-delete-children-kept",
                n = w.children_kept
            ));
        }
        out.push_str(&t!(lang, "cli-pregnancy-delete-confirm"));
        // A pregnancy without a birth may be one that ended in a loss: say how to keep it.
        if !w.delivery {
            out.push_str(&t!(lang, "cli-pregnancy-delete-end-instead"));
        }
        out
    })
}

fn delivery_line(ctx: &Ctx, d: &Delivery) -> String {
    let method = d.method.label(ctx.lang);
    let mut s = format!(
        "{}  {}  {method}",
        d.delivered_at.format("%Y-%m-%d %H:%M"),
        render::ga(ctx.lang, d.ga_at_birth)
    );
    // As printed: 「少量・中量・多量（　ml）」.
    match (d.blood_loss_grade, d.blood_loss_ml) {
        (Some(g), Some(ml)) => s.push_str(&format!(
            "  {} {}",
            t!(ctx.lang, "cli-mother-blood-loss"),
            bracketed(ctx.lang, g.label(ctx.lang), &format!("{ml} mL"))
        )),
        (Some(g), None) => s.push_str(&format!(
            "  {} {}",
            t!(ctx.lang, "cli-mother-blood-loss"),
            g.label(ctx.lang)
        )),
        (None, Some(ml)) => s.push_str(&format!(
            "  {} {ml} mL",
            t!(ctx.lang, "cli-mother-blood-loss")
        )),
        (None, None) => {}
    }
    if let Some(place) = &d.place {
        s.push_str(&format!("  {place}"));
    }
    s
}

/// The page's other rows, in the order the form prints them: (label, value) for
/// each row filled. The first line ([`delivery_line`]) has the date, weeks, method,
/// blood loss and place.
fn delivery_rows(ctx: &Ctx, d: &Delivery) -> Vec<(String, String)> {
    let lang = ctx.lang;
    let with = |word: &str, detail: &Option<String>| match detail {
        Some(t) => bracketed(lang, word, t),
        None => word.to_string(),
    };
    let mut rows = Vec::new();
    if let Some(p) = d.presentation {
        rows.push((
            t!(ctx.lang, "cli-mother-presentation"),
            with(p.label(lang), &d.presentation_other),
        ));
    }
    if let Some(t) = &d.course_notes {
        rows.push((t!(ctx.lang, "cli-mother-notes-on-labour"), t.clone()));
    }
    if let Some(t) = d.labor_duration_label(lang) {
        rows.push((t!(ctx.lang, "cli-mother-duration-of-labour"), t));
    }
    if let Some(t) = d.transfusion {
        rows.push((
            t!(ctx.lang, "cli-mother-transfusion"),
            with(t.label(lang), &d.transfusion_detail),
        ));
    }
    if let Some(c) = d.certificate {
        rows.push((
            t!(ctx.lang, "cli-mother-certificate"),
            c.label(lang).to_string(),
        ));
    }
    for (label, name) in [
        (t!(ctx.lang, "cli-mother-doctor"), &d.attendant),
        (t!(ctx.lang, "cli-mother-midwife"), &d.midwife),
        (
            t!(ctx.lang, "cli-mother-other-attendant"),
            &d.other_attendant,
        ),
    ] {
        if let Some(n) = name {
            rows.push((label, n.clone()));
        }
    }
    if let Some(t) = &d.notes {
        rows.push((t!(ctx.lang, "cli-mother-notes-2"), t.clone()));
    }
    rows
}

/// A printed choice and what its bracket holds: 「有（赤血球液）」 / "yes (RBC)".
fn bracketed(lang: Lang, word: &str, detail: &str) -> String {
    format!("{word}{}", render::paren(lang, detail))
}

fn print_delivery_rows(ctx: &Ctx, d: &Delivery) {
    for (label, value) in delivery_rows(ctx, d) {
        outln!("    {label}: {value}");
    }
}

// ---------------------------------------------------------------- prenatal

#[derive(Debug, Subcommand)]
pub enum PrenatalCmd {
    /// Record a prenatal checkup (妊婦健診)
    Add(PrenatalAdd),
    /// List a pregnancy's checkups, oldest first
    List(PregnancySel),
    /// Correct a prenatal checkup; only the options given change
    Edit(PrenatalEdit),
    /// Delete a prenatal checkup (asks for --yes)
    Delete(super::child::DeleteArgs),
}

#[derive(Debug, Args)]
pub struct PregnancySel {
    /// Pregnancy id or unique prefix (default: the only ongoing pregnancy)
    #[arg(long, value_name = "ID")]
    pregnancy: Option<String>,
}

#[derive(Debug, Args)]
pub struct PrenatalAdd {
    #[command(flatten)]
    sel: PregnancySel,
    #[command(flatten)]
    values: PrenatalValues,
    /// Save even if a checkup that day is already recorded
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct PrenatalEdit {
    /// Checkup id as listed (short id), full id, or unique prefix
    id: String,
    #[command(flatten)]
    values: PrenatalValues,
    /// Save even if another checkup that day is recorded
    #[arg(long)]
    force: bool,
}

/// The values of a prenatal checkup, for `prenatal add` and `prenatal edit`.
#[derive(Debug, Args)]
pub struct PrenatalValues {
    /// Date of the checkup [add: default today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date)]
    date: Option<NaiveDate>,
    /// Mother's weight, kg
    #[arg(long, value_name = "KG", value_parser = parse::weight_kg)]
    weight: Option<f64>,
    /// Blood pressure, systolic/diastolic
    #[arg(long, value_name = "SYS/DIA", value_parser = parse::blood_pressure)]
    bp: Option<(u16, u16)>,
    /// Urine protein: -, ±, +, 2+, 3+
    #[arg(long, value_name = "RESULT", value_parser = parse::dipstick, allow_hyphen_values = true)]
    protein: Option<Dipstick>,
    /// Urine glucose: -, ±, +, 2+, 3+
    #[arg(long, value_name = "RESULT", value_parser = parse::dipstick, allow_hyphen_values = true)]
    glucose: Option<Dipstick>,
    /// Fundal height (子宮底長), cm
    #[arg(long, value_name = "CM", value_parser = parse::length_cm)]
    fundal: Option<f64>,
    /// Abdominal girth (腹囲), cm
    #[arg(long, value_name = "CM", value_parser = parse::length_cm)]
    girth: Option<f64>,
    /// Oedema (浮腫): -, +, ++
    #[arg(long, value_name = "GRADE", value_parser = parse::oedema, allow_hyphen_values = true)]
    oedema: Option<Oedema>,
    /// Clinic or hospital
    #[arg(long)]
    clinic: Option<String>,
    /// Free-text notes
    #[arg(long)]
    notes: Option<String>,
    /// Date of the next visit
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date)]
    next: Option<NaiveDate>,
}

impl PrenatalValues {
    fn apply(self, c: &mut PrenatalCheckup) {
        use super::{set_opt, set_some, set_text};
        set_opt(&mut c.date, self.date);
        for (field, value) in [
            (&mut c.weight_kg, self.weight),
            (&mut c.fundal_height_cm, self.fundal),
            (&mut c.abdominal_girth_cm, self.girth),
        ] {
            set_some(field, value);
        }
        if let Some((sys, dia)) = self.bp {
            c.bp_systolic = Some(sys);
            c.bp_diastolic = Some(dia);
        }
        set_some(&mut c.urine_protein, self.protein);
        set_some(&mut c.urine_glucose, self.glucose);
        set_some(&mut c.oedema, self.oedema);
        set_text(&mut c.clinic, self.clinic);
        set_text(&mut c.notes, self.notes);
        set_some(&mut c.next_visit, self.next);
    }
}

pub fn prenatal(ctx: &Ctx, cmd: PrenatalCmd) -> Result<()> {
    use hagukumi_core::model::RecordKind;
    match cmd {
        PrenatalCmd::Edit(e) => super::edit_record(ctx, &e.id, e.force, |_, c| {
            e.values.apply(c);
            Ok(())
        }),
        PrenatalCmd::Delete(d) => {
            super::delete_record::<PrenatalCheckup>(ctx, &d, super::nothing_else)
        }
        PrenatalCmd::Add(a) => {
            let mut hb = ctx.open()?;
            let pregnancy_id = ids::pregnancy(&hb, a.sel.pregnancy.as_deref())?;
            let mut c = PrenatalCheckup::new(pregnancy_id, hb.today());
            a.values.apply(&mut c);
            let date = c.date;
            let new = hagukumi_core::store::NewRecord::PrenatalCheckup { data: c.clone() };
            super::check_duplicate(&hb, new, None, a.force)?;
            let r = hb.add_prenatal_checkup(c)?;
            let ga = hb.pregnancy(pregnancy_id)?.data.gestational_age_on(date);
            let detail = format!("{date}  {}", opt(ga, |g| render::ga(ctx.lang, g)));
            saved(ctx, &r, r.id(), RecordKind::PrenatalCheckup, &detail)
        }
        PrenatalCmd::List(sel) => {
            let hb = ctx.open_reading()?;
            let id = ids::pregnancy(&hb, sel.pregnancy.as_deref())?;
            let preg = hb.pregnancy(id)?;
            let all = hb.prenatal_checkups(id)?;
            if ctx.json {
                return ctx.print_json(&all);
            }
            let short = hb.short_ids(RecordKind::PrenatalCheckup)?;
            let mut t = Table::new(&[
                ("ID".to_string(), false),
                (t!(ctx.lang, "cli-mother-date"), false),
                (t!(ctx.lang, "cli-mother-ga"), false),
                (t!(ctx.lang, "cli-mother-weight"), true),
                (t!(ctx.lang, "cli-mother-bp"), true),
                (t!(ctx.lang, "cli-mother-protein"), false),
                (t!(ctx.lang, "cli-mother-glucose"), false),
                (t!(ctx.lang, "cli-mother-fundal"), true),
                (t!(ctx.lang, "cli-mother-girth"), true),
                (t!(ctx.lang, "cli-mother-oedema"), false),
                (t!(ctx.lang, "cli-mother-next"), false),
            ]);
            for c in &all {
                let d = &c.data;
                t.row(vec![
                    super::short_id(&short, c.id()),
                    d.date.to_string(),
                    opt(preg.data.gestational_age_on(d.date), |g| {
                        render::ga(ctx.lang, g)
                    }),
                    opt(d.weight_kg, adult_kg),
                    match (d.bp_systolic, d.bp_diastolic) {
                        (Some(s), Some(di)) => format!("{s}/{di}"),
                        (Some(s), None) => format!("{s}/—"),
                        (None, Some(di)) => format!("—/{di}"),
                        (None, None) => "—".into(),
                    },
                    opt(d.urine_protein, |p| p.to_string()),
                    opt(d.urine_glucose, |p| p.to_string()),
                    opt(d.fundal_height_cm, cm),
                    opt(d.abdominal_girth_cm, cm),
                    opt(d.oedema, |o| o.as_str().to_string()),
                    opt(d.next_visit, |n| n.to_string()),
                ]);
            }
            print_table(ctx, &t);
            Ok(())
        }
    }
}

// ---------------------------------------------------------------- delivery

#[derive(Debug, Subcommand)]
pub enum DeliveryCmd {
    /// Record the delivery; creates one child per --baby
    Add(DeliveryAdd),
    /// List the deliveries of every pregnancy
    List,
    /// Correct a delivery record; only the options given change (each child's own
    /// page is corrected with `child edit`)
    Edit(DeliveryEdit),
    /// Delete a delivery record (asks for --yes); the children stay
    Delete(super::child::DeleteArgs),
}

#[derive(Debug, Args)]
pub struct DeliveryEdit {
    /// Delivery id as listed (short id), full id, or unique prefix
    id: String,
    /// Date and time of birth (of the first baby), Japan time
    #[arg(long, value_name = "YYYY-MM-DDTHH:MM", value_parser = parse::datetime)]
    at: Option<NaiveDateTime>,
    /// Gestational age at birth, e.g. 39w4d
    #[arg(long, value_name = "NwMd", value_parser = parse::gestational_age)]
    ga: Option<GestationalAge>,
    /// vaginal, vacuum, forceps or caesarean
    #[arg(long, value_parser = parse::delivery_method)]
    method: Option<DeliveryMethod>,
    #[command(flatten)]
    extra: DeliveryExtra,
}

#[derive(Debug, Args)]
pub struct DeliveryAdd {
    #[command(flatten)]
    sel: PregnancySel,
    /// Date and time of birth (of the first baby), Japan time
    #[arg(long, value_name = "YYYY-MM-DDTHH:MM", value_parser = parse::datetime)]
    at: NaiveDateTime,
    /// Gestational age at birth, e.g. 39w4d [default: counted from the pregnancy's dates]
    #[arg(long, value_name = "NwMd", value_parser = parse::gestational_age)]
    ga: Option<GestationalAge>,
    /// vaginal, vacuum, forceps or caesarean
    #[arg(long, value_parser = parse::delivery_method)]
    method: DeliveryMethod,
    #[command(flatten)]
    extra: DeliveryExtra,
    /// One per baby, in birth order: NAME:SEX[:WEIGHT_KG[:LENGTH_CM[:HEAD_CM]]]
    /// (weight also as grams: 3020g)
    #[arg(long = "baby", value_name = "SPEC", required = true, value_parser = parse::baby)]
    babies: Vec<Newborn>,
    /// Apgar scores at 1 and 5 minutes, one per baby in the same order: 8/9
    #[arg(long = "apgar", value_name = "A1/A5", value_parser = parse::apgar)]
    apgar: Vec<(u8, u8)>,
    /// Each baby's 特別な所見・処置, one per baby in the same order ("" for none);
    /// kept on the child's record (corrected with `child edit ID --birth-findings`)
    #[arg(long = "findings", value_name = "TEXT")]
    findings: Vec<String>,
}

/// The optional values of a delivery record, for `delivery add` and `delivery edit`.
#[derive(Debug, Args)]
pub struct DeliveryExtra {
    /// 分娩経過: 頭位, 骨盤位 or その他 (cephalic, breech, other)
    #[arg(long, value_name = "頭位|骨盤位|その他", value_parser = parse::presentation)]
    presentation: Option<Presentation>,
    /// 分娩経過 その他（　）: what it was (implies --presentation その他; [edit] "" clears it)
    #[arg(long, value_name = "TEXT")]
    presentation_other: Option<String>,
    /// 分娩経過 特記事項 ([edit] "" clears it)
    #[arg(long, value_name = "TEXT")]
    course_notes: Option<String>,
    /// 分娩所要時間 in hours and minutes: 12時間30分, 45分, 12h30m or 12:30
    #[arg(long, value_name = "DURATION", value_parser = parse::labor_duration)]
    labor_duration: Option<u32>,
    /// Blood loss at delivery (出血量), in mL
    #[arg(long, value_name = "ML")]
    blood_loss: Option<u32>,
    /// 出血量 as the form prints it: 少量, 中量 or 多量 (small, moderate, large)
    #[arg(long, value_name = "少量|中量|多量", value_parser = parse::blood_loss_grade)]
    blood_loss_grade: Option<BloodLossGrade>,
    /// 輸血（血液製剤含む）の有無: 無 or 有 (no, yes)
    #[arg(long, value_name = "無|有", value_parser = parse::transfusion)]
    transfusion: Option<Transfusion>,
    /// 輸血 有（　）: what was given (implies --transfusion 有; [edit] "" clears it)
    #[arg(long, value_name = "TEXT")]
    transfusion_detail: Option<String>,
    /// 証明: 出生証明書, 死産証書（死胎検案書） or 出生証明書及び死亡診断書 (birth, stillbirth,
    /// birth_and_death)
    #[arg(long, value_name = "CERTIFICATE", value_parser = parse::birth_certificate)]
    certificate: Option<BirthCertificate>,
    /// Where the baby was born (出産の場所 名称; [edit] "" clears it)
    #[arg(long)]
    place: Option<String>,
    /// 分娩取扱者 氏名 — 医師: the doctor ([edit] "" clears it)
    #[arg(long, visible_alias = "doctor", value_name = "NAME")]
    attendant: Option<String>,
    /// 分娩取扱者 氏名 — 助産師: the midwife ([edit] "" clears it)
    #[arg(long, value_name = "NAME")]
    midwife: Option<String>,
    /// 分娩取扱者 氏名 — その他: anyone else ([edit] "" clears it)
    #[arg(long, value_name = "NAME")]
    other_attendant: Option<String>,
    /// Free-text notes ([edit] "" clears them)
    #[arg(long)]
    notes: Option<String>,
}

impl DeliveryExtra {
    /// Set what was given on `d`. A detail written in the bracket after その他 or 有
    /// says which choice it belongs to, so it also sets that choice when none was
    /// given (the core still refuses a detail beside another choice).
    fn apply(self, d: &mut Delivery) {
        use super::{set_some, set_text};
        set_some(&mut d.presentation, self.presentation);
        if self.presentation.is_none()
            && self
                .presentation_other
                .as_deref()
                .is_some_and(|t| !t.trim().is_empty())
        {
            d.presentation = Some(Presentation::Other);
        }
        set_text(&mut d.presentation_other, self.presentation_other);
        set_text(&mut d.course_notes, self.course_notes);
        set_some(&mut d.labor_minutes, self.labor_duration);
        set_some(&mut d.blood_loss_ml, self.blood_loss);
        set_some(&mut d.blood_loss_grade, self.blood_loss_grade);
        set_some(&mut d.transfusion, self.transfusion);
        if self.transfusion.is_none()
            && self
                .transfusion_detail
                .as_deref()
                .is_some_and(|t| !t.trim().is_empty())
        {
            d.transfusion = Some(Transfusion::Yes);
        }
        set_text(&mut d.transfusion_detail, self.transfusion_detail);
        set_some(&mut d.certificate, self.certificate);
        set_text(&mut d.place, self.place);
        set_text(&mut d.attendant, self.attendant);
        set_text(&mut d.midwife, self.midwife);
        set_text(&mut d.other_attendant, self.other_attendant);
        set_text(&mut d.notes, self.notes);
    }
}

pub fn delivery(ctx: &Ctx, cmd: DeliveryCmd) -> Result<()> {
    use hagukumi_core::model::RecordKind;
    match cmd {
        DeliveryCmd::List => {
            let hb = ctx.open_reading()?;
            let mut all = Vec::new();
            for p in hb.pregnancies()? {
                all.extend(hb.delivery_of(p.id())?);
            }
            if ctx.json {
                return ctx.print_json(&all);
            }
            let short = hb.short_ids(RecordKind::Delivery)?;
            if all.is_empty() {
                outln!("{}", t!(ctx.lang, "cli-no-records-yet"));
            }
            let children = hb.children()?;
            for d in &all {
                outln!(
                    "{}  {}",
                    super::short_id(&short, d.id()),
                    delivery_line(ctx, &d.data)
                );
                print_delivery_rows(ctx, &d.data);
                for c in children
                    .iter()
                    .filter(|c| c.data.delivery_id == Some(d.id()))
                {
                    if let Some(f) = &c.data.birth.findings {
                        outln!(
                            "    {} {}: {f}",
                            c.data.name,
                            t!(ctx.lang, "cli-mother-special-findings-and-treatment")
                        );
                    }
                }
            }
            Ok(())
        }
        DeliveryCmd::Edit(e) => {
            use super::set_opt;
            let mut moved = false;
            super::edit_record(ctx, &e.id, false, |_, d: &mut Delivery| {
                let born = d.delivered_at.date();
                set_opt(&mut d.delivered_at, e.at);
                set_opt(&mut d.ga_at_birth, e.ga);
                set_opt(&mut d.method, e.method);
                e.extra.apply(d);
                moved = d.delivered_at.date() != born;
                Ok(())
            })?;
            if moved && !ctx.json {
                outln!("{}", t!(ctx.lang, "cli-mother-each-child-s-birth"));
            }
            Ok(())
        }
        DeliveryCmd::Delete(d) => super::delete_record::<Delivery>(ctx, &d, |_, _| {
            Ok(Some(Msg::new(|lang| {
                t!(lang, "cli-delivery-delete-children-stay")
            })))
        }),
        DeliveryCmd::Add(a) => {
            let mut hb = ctx.open()?;
            let pregnancy_id = ids::pregnancy(&hb, a.sel.pregnancy.as_deref())?;
            let ga = match a.ga {
                Some(ga) => ga,
                None => hb
                    .pregnancy(pregnancy_id)?
                    .data
                    .gestational_age_on(a.at.date())
                    .ok_or_else(|| {
                        CliError::input(|lang| t!(lang, "cli-delivery-before-pregnancy"))
                    })?,
            };
            if a.apgar.len() > a.babies.len() {
                return Err(CliError::input(|lang| {
                    t!(lang, "cli-delivery-too-many", option = "--apgar")
                }));
            }
            if a.findings.len() > a.babies.len() {
                return Err(CliError::input(|lang| {
                    t!(lang, "cli-delivery-too-many", option = "--findings")
                }));
            }
            let mut babies = a.babies;
            for (baby, (a1, a5)) in babies.iter_mut().zip(a.apgar) {
                baby.birth.apgar_1min = Some(a1);
                baby.birth.apgar_5min = Some(a5);
            }
            for (baby, text) in babies.iter_mut().zip(a.findings) {
                super::set_text(&mut baby.birth.findings, Some(text));
            }
            let mut delivery = Delivery::new(pregnancy_id, a.at, ga, a.method);
            a.extra.apply(&mut delivery);
            let (d, children) = hb.record_delivery(delivery, babies)?;
            if ctx.json {
                return ctx.print_json(&serde_json::json!({ "delivery": d, "children": children }));
            }
            outln!(
                "{}  {}\nID: {}",
                t!(ctx.lang, "cli-mother-saved-the-delivery"),
                delivery_line(ctx, &d.data),
                d.id()
            );
            print_delivery_rows(ctx, &d.data);
            for c in &children {
                let w = opt(c.data.birth.weight_kg, render::grams);
                outln!(
                    "  {}",
                    t!(
                        ctx.lang,
                        "cli-delivery-child",
                        name = c.data.name.as_str(),
                        sex = sex_label(ctx.lang, c.data.sex),
                        weight = w,
                        id = c.id().to_string()
                    )
                );
                if let Some(f) = &c.data.birth.findings {
                    outln!(
                        "    {}: {f}",
                        t!(ctx.lang, "cli-mother-special-findings-and-treatment")
                    );
                }
            }
            Ok(())
        }
    }
}

pub fn sex_label(lang: Lang, sex: hagukumi_core::model::Sex) -> String {
    match sex {
        hagukumi_core::model::Sex::Male => t!(lang, "cli-sex-boy"),
        hagukumi_core::model::Sex::Female => t!(lang, "cli-sex-girl"),
    }
}

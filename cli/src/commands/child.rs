//! `child`, `growth`, `checkup`, `vaccination` and `dental`: the child's pages.

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use hagukumi_core::Lang;
use hagukumi_core::forms;
use hagukumi_core::model::{
    Answer, BirthMeasurements, Child, DentalRecord, GestationalAge, GrowthMeasurement,
    InfantCheckup, InfantCheckupRecord, LengthPosition, PageEntry, RecordKind, Sex, Subject,
    Vaccination, age_between, validate,
};
use hagukumi_core::schedule::VaccineCode;
use hagukumi_core::store::NewRecord;
use hagukumi_core::t;

use super::mother::sex_label;
use super::{
    check_duplicate, delete_record, edit_record, nothing_else, print_table, saved, set_opt,
    set_some, set_text, short_id,
};
use crate::ctx::Ctx;
use crate::error::{CliError, Msg, Result};
use crate::render::{Table, cm, kg, opt};
use crate::{ids, parse};

#[derive(Debug, Args)]
pub struct ChildSel {
    /// Child id or unique prefix (default: the only child)
    #[arg(long, value_name = "ID")]
    child: Option<String>,
}

/// `--child [ID]` or `--pregnancy [ID]`, for records that may be about either.
#[derive(Debug, Args)]
pub struct SubjectSel {
    /// About this child (id or prefix; the flag alone means the only child)
    #[arg(long, value_name = "ID", num_args = 0..=1, default_missing_value = "")]
    pub child: Option<String>,
    /// About this pregnancy (id or prefix; the flag alone means the ongoing one)
    #[arg(long, value_name = "ID", num_args = 0..=1, default_missing_value = "")]
    pub pregnancy: Option<String>,
}

fn age_at(lang: Lang, birth: NaiveDate, on: NaiveDate) -> String {
    opt(age_between(birth, on), |a| a.label(lang))
}

// ---------------------------------------------------------------- child

#[derive(Debug, Subcommand)]
pub enum ChildCmd {
    /// Add a child born before the family used Hagukumi (otherwise use `delivery add`)
    Add(ChildAdd),
    /// List the children, oldest first
    List,
    /// A child's card: age, corrected age, latest measurements, next checkup
    Show {
        /// Child id or unique prefix (default: the only child)
        id: Option<String>,
    },
    /// Correct a child's page; only the options given change
    Edit(ChildEdit),
    /// Delete a child and every record about them (asks for --yes)
    Delete(DeleteArgs),
}

/// `delete ID [--yes]`, the same for every record kind.
#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Id as listed (short id), full id, or unique prefix
    pub id: String,
    /// Really delete (without it, the command says what would be deleted)
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct ChildAdd {
    #[arg(long)]
    name: String,
    /// Name in kana (ふりがな)
    #[arg(long)]
    kana: Option<String>,
    /// male or female
    #[arg(long, value_parser = parse::sex)]
    sex: Sex,
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date)]
    birth_date: NaiveDate,
    /// 1 for a singleton; 1, 2, … among twins
    #[arg(long, default_value_t = 1)]
    birth_order: u8,
    #[command(flatten)]
    birth: ChildBirthValues,
    /// Save even if a child of this name and birth date is already in the handbook
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct ChildEdit {
    /// Child id as listed (short id), full id, or unique prefix
    id: String,
    #[arg(long)]
    name: Option<String>,
    /// Name in kana (ふりがな); "" clears it
    #[arg(long)]
    kana: Option<String>,
    /// male or female
    #[arg(long, value_parser = parse::sex)]
    sex: Option<Sex>,
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date)]
    birth_date: Option<NaiveDate>,
    /// 1 for a singleton; 1, 2, … among twins
    #[arg(long)]
    birth_order: Option<u8>,
    #[command(flatten)]
    birth: ChildBirthValues,
    /// Save even if another child of this name and birth date is in the handbook
    #[arg(long)]
    force: bool,
}

/// The birth values of a child's page, for `child add` and `child edit`.
#[derive(Debug, Args)]
pub struct ChildBirthValues {
    /// Gestational age at birth, e.g. 39w4d (gives the corrected age of a preterm baby)
    #[arg(long, value_name = "NwMd", value_parser = parse::gestational_age)]
    ga: Option<GestationalAge>,
    /// Birth weight in kg, or grams with g: 3020g
    #[arg(long, value_name = "KG", value_parser = parse::weight_kg)]
    birth_weight: Option<f64>,
    #[arg(long, value_name = "CM", value_parser = parse::length_cm)]
    birth_length: Option<f64>,
    #[arg(long, value_name = "CM", value_parser = parse::length_cm)]
    birth_head: Option<f64>,
    #[arg(long, value_name = "CM", value_parser = parse::length_cm)]
    birth_chest: Option<f64>,
    /// Apgar scores at 1 and 5 minutes: 8/9
    #[arg(long, value_name = "A1/A5", value_parser = parse::apgar)]
    apgar: Option<(u8, u8)>,
    /// 特別な所見・処置 at birth (出産の状態) ("" clears it)
    #[arg(long, value_name = "TEXT")]
    birth_findings: Option<String>,
}

impl ChildBirthValues {
    fn apply(self, c: &mut Child) {
        set_some(&mut c.ga_at_birth, self.ga);
        let b = &mut c.birth;
        for (field, value) in [
            (&mut b.weight_kg, self.birth_weight),
            (&mut b.length_cm, self.birth_length),
            (&mut b.head_cm, self.birth_head),
            (&mut b.chest_cm, self.birth_chest),
        ] {
            set_some(field, value);
        }
        if let Some((a1, a5)) = self.apgar {
            b.apgar_1min = Some(a1);
            b.apgar_5min = Some(a5);
        }
        super::set_text(&mut b.findings, self.birth_findings);
    }
}

pub fn child(ctx: &Ctx, cmd: ChildCmd) -> Result<()> {
    match cmd {
        ChildCmd::Add(a) => {
            let mut hb = ctx.open()?;
            let mut c = Child {
                name: a.name,
                name_kana: None,
                sex: a.sex,
                birth_date: a.birth_date,
                birth_order: a.birth_order,
                ga_at_birth: None,
                delivery_id: None,
                birth: BirthMeasurements::default(),
            };
            set_text(&mut c.name_kana, a.kana);
            a.birth.apply(&mut c);
            check_duplicate(&hb, NewRecord::Child { data: c.clone() }, None, a.force)?;
            let r = hb.add_child(c)?;
            let detail = format!(
                "{} ({})  {}",
                r.data.name,
                sex_label(ctx.lang, r.data.sex),
                age_at(ctx.lang, r.data.birth_date, hb.today())
            );
            saved(ctx, &r, r.id(), RecordKind::Child, &detail)
        }
        ChildCmd::List => {
            let hb = ctx.open_reading()?;
            let all = hb.children()?;
            if ctx.json {
                return ctx.print_json(&all);
            }
            let short = hb.short_ids(RecordKind::Child)?;
            let mut t = Table::new(&[
                ("ID".to_string(), false),
                (t!(ctx.lang, "cli-mother-name"), false),
                (t!(ctx.lang, "cli-child-sex"), false),
                (t!(ctx.lang, "cli-child-born"), false),
                (t!(ctx.lang, "cli-child-age"), false),
            ]);
            for c in &all {
                t.row(vec![
                    short_id(&short, c.id()),
                    c.data.name.clone(),
                    sex_label(ctx.lang, c.data.sex).to_string(),
                    c.data.birth_date.to_string(),
                    age_at(ctx.lang, c.data.birth_date, hb.today()),
                ]);
            }
            print_table(ctx, &t);
            Ok(())
        }
        ChildCmd::Show { id } => {
            let hb = ctx.open_reading()?;
            let id = ids::child(&hb, id.as_deref())?;
            let summary = hb.child_summary(id, ctx.lang)?;
            if ctx.json {
                return ctx.print_json(&summary);
            }
            out!("{}", super::home::child_card(ctx, &summary, true));
            Ok(())
        }
        ChildCmd::Edit(e) => edit_record(ctx, &e.id, e.force, |_, c: &mut Child| {
            set_opt(&mut c.name, e.name);
            set_text(&mut c.name_kana, e.kana);
            set_opt(&mut c.sex, e.sex);
            set_opt(&mut c.birth_date, e.birth_date);
            set_opt(&mut c.birth_order, e.birth_order);
            e.birth.apply(c);
            Ok(())
        }),
        ChildCmd::Delete(d) => delete_record::<Child>(ctx, &d, |_, _| {
            Ok(Some(Msg::new(|lang| {
                t!(lang, "cli-child-delete-records-too")
            })))
        }),
    }
}

// ---------------------------------------------------------------- growth

#[derive(Debug, Subcommand)]
pub enum GrowthCmd {
    /// Record a measurement (at least one of weight, length, head)
    Add(GrowthAdd),
    /// List a child's measurements, oldest first
    List(ChildSel),
    /// Correct a measurement; only the options given change
    Edit(GrowthEdit),
    /// Delete a measurement (asks for --yes)
    Delete(DeleteArgs),
    /// Draw the growth-curve page (bands and the child's points) to an SVG or PNG file
    Chart(crate::commands::chart::ChartArgs),
    /// Where one measurement stands (no handbook needed): band, percentile, z
    Assess(crate::commands::growth::AssessArgs),
    /// Score a city's checkup CSV like WHO Anthro (z-scores, flags, Japanese bands)
    Survey(crate::commands::growth::SurveyArgs),
}

#[derive(Debug, Args)]
pub struct GrowthAdd {
    #[command(flatten)]
    sel: ChildSel,
    #[command(flatten)]
    values: GrowthValues,
    /// Save even if the child already has a measurement that day
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct GrowthEdit {
    /// Measurement id as listed (short id), full id, or unique prefix
    id: String,
    /// Move it to this child (id or prefix)
    #[arg(long, value_name = "ID")]
    child: Option<String>,
    #[command(flatten)]
    values: GrowthValues,
    /// Save even if the child has another measurement that day
    #[arg(long)]
    force: bool,
}

/// The values of a measurement, for `growth add` and `growth edit`.
#[derive(Debug, Args)]
pub struct GrowthValues {
    /// Date measured [add: default today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date)]
    date: Option<NaiveDate>,
    /// Weight in kg (or grams with g)
    #[arg(long, value_name = "KG", value_parser = parse::weight_kg)]
    weight: Option<f64>,
    /// Length or height in cm
    #[arg(long, value_name = "CM", value_parser = parse::length_cm)]
    length: Option<f64>,
    /// How the length was measured: recumbent (lying) or standing
    #[arg(long, value_parser = parse::position)]
    position: Option<LengthPosition>,
    /// Head circumference in cm
    #[arg(long, value_name = "CM", value_parser = parse::length_cm)]
    head: Option<f64>,
    /// Free-text notes ("" clears them)
    #[arg(long)]
    notes: Option<String>,
}

impl GrowthValues {
    fn apply(self, m: &mut GrowthMeasurement) {
        set_opt(&mut m.measured_on, self.date);
        for (field, value) in [
            (&mut m.weight_kg, self.weight),
            (&mut m.length_cm, self.length),
            (&mut m.head_cm, self.head),
        ] {
            set_some(field, value);
        }
        set_some(&mut m.position, self.position);
        set_text(&mut m.notes, self.notes);
    }
}

pub fn growth(ctx: &Ctx, cmd: GrowthCmd) -> Result<()> {
    match cmd {
        GrowthCmd::Chart(args) => crate::commands::chart::run(ctx, args),
        GrowthCmd::Assess(args) => crate::commands::growth::assess(ctx, args),
        GrowthCmd::Survey(args) => crate::commands::growth::survey(ctx, args),
        GrowthCmd::Add(a) => {
            let mut hb = ctx.open()?;
            let child_id = ids::child(&hb, a.sel.child.as_deref())?;
            let mut m = GrowthMeasurement {
                child_id,
                measured_on: hb.today(),
                weight_kg: None,
                length_cm: None,
                position: None,
                head_cm: None,
                notes: None,
            };
            a.values.apply(&mut m);
            let measured_on = m.measured_on;
            check_duplicate(&hb, NewRecord::Growth { data: m.clone() }, None, a.force)?;
            let r = hb.add_growth(m)?;
            // Saved as entered (the clinic may have written exactly that); a value far
            // off the child's curve is worth a second look, so say so on stderr.
            for w in hb.growth_warnings(&r.data)? {
                errln!(
                    "{}",
                    t!(ctx.lang, "cli-assess-check", warning = w.message(ctx.lang))
                );
            }
            let standings = hb.growth_standings(&r.data, ctx.lang)?;
            if ctx.json {
                let mut v = serde_json::to_value(&r).unwrap_or_default();
                if let Some(o) = v.as_object_mut() {
                    o.insert(
                        "standings".into(),
                        serde_json::to_value(&standings).unwrap_or_default(),
                    );
                }
                return ctx.print_json(&v);
            }
            let d = &r.data;
            let detail = [
                Some(measured_on.to_string()),
                d.weight_kg.map(kg),
                d.length_cm.map(cm),
                d.head_cm.map(cm),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("  ");
            saved(ctx, &r, r.id(), RecordKind::Growth, &detail)?;
            for s in &standings {
                outln!("  {}", crate::commands::growth::standing_line(ctx.lang, s));
            }
            if standings.iter().any(|s| s.japan.is_some()) {
                outln!(
                    "  {}",
                    hagukumi_core::growth::Standard::Japan2023.attribution(ctx.lang)
                );
            }
            Ok(())
        }
        GrowthCmd::Edit(e) => edit_record(ctx, &e.id, e.force, |hb, m: &mut GrowthMeasurement| {
            if let Some(c) = e.child.as_deref() {
                m.child_id = ids::child(hb, Some(c))?;
            }
            e.values.apply(m);
            Ok(())
        }),
        GrowthCmd::Delete(d) => delete_record::<GrowthMeasurement>(ctx, &d, nothing_else),
        GrowthCmd::List(sel) => {
            let hb = ctx.open_reading()?;
            let id = ids::child(&hb, sel.child.as_deref())?;
            let child = hb.child(id)?;
            let all = hb.growth(id)?;
            let short_ids = hb.short_ids(RecordKind::Growth)?;
            let mut standings = Vec::with_capacity(all.len());
            for m in &all {
                standings.push(hb.growth_standings(&m.data, ctx.lang)?);
            }
            if ctx.json {
                let rows: Vec<serde_json::Value> = all
                    .iter()
                    .zip(&standings)
                    .map(|(r, s)| {
                        let mut v = serde_json::to_value(r).unwrap_or_default();
                        if let Some(o) = v.as_object_mut() {
                            o.insert(
                                "standings".into(),
                                serde_json::to_value(s).unwrap_or_default(),
                            );
                        }
                        v
                    })
                    .collect();
                return ctx.print_json(&rows);
            }
            use crate::commands::growth::short;
            use hagukumi_core::growth::Indicator;
            let mut t = Table::new(&[
                ("ID".to_string(), false),
                (t!(ctx.lang, "cli-mother-date"), false),
                (t!(ctx.lang, "cli-child-age-2"), false),
                (t!(ctx.lang, "cli-mother-weight"), true),
                (t!(ctx.lang, "cli-child-length"), true),
                (t!(ctx.lang, "cli-child-head"), true),
                (t!(ctx.lang, "cli-child-where-2023-survey"), false),
                (t!(ctx.lang, "cli-mother-notes"), false),
            ]);
            for (m, s) in all.iter().zip(&standings) {
                let d = &m.data;
                let where_ = [
                    (
                        d.weight_kg,
                        Indicator::WeightForAge,
                        t!(ctx.lang, "cli-child-w"),
                    ),
                    (
                        d.length_cm,
                        Indicator::LengthHeightForAge,
                        t!(ctx.lang, "cli-child-l"),
                    ),
                    (
                        d.head_cm,
                        Indicator::HeadForAge,
                        t!(ctx.lang, "cli-child-h"),
                    ),
                ]
                .into_iter()
                .filter(|(v, _, _)| v.is_some())
                .map(|(_, i, label)| {
                    format!("{label} {}", short(s.iter().find(|s| s.indicator == i)))
                })
                .collect::<Vec<_>>()
                .join(" · ");
                t.row(vec![
                    short_id(&short_ids, m.id()),
                    d.measured_on.to_string(),
                    age_at(ctx.lang, child.data.birth_date, d.measured_on),
                    opt(d.weight_kg, kg),
                    opt(d.length_cm, cm),
                    opt(d.head_cm, cm),
                    where_,
                    d.notes.clone().unwrap_or_default(),
                ]);
            }
            print_table(ctx, &t);
            if !all.is_empty() {
                outln!("{}", t!(ctx.lang, "cli-child-where-band-of-the"));
                outln!(
                    "{}",
                    hagukumi_core::growth::Standard::Japan2023.attribution(ctx.lang)
                );
            }
            Ok(())
        }
    }
}

// ---------------------------------------------------------------- checkup

#[derive(Debug, Subcommand)]
pub enum CheckupCmd {
    /// Record an infant checkup page: the parent's answers and the clinic's fields, by id
    Add(CheckupAdd),
    /// List a child's checkups, oldest first
    List(ChildSel),
    /// Correct a checkup page; only the options given change
    Edit(CheckupEdit),
    /// Delete a checkup page (asks for --yes)
    Delete(DeleteArgs),
    /// Print a checkup page's questions and fields with their ids and answers
    Questions(CheckupQuestions),
}

#[derive(Debug, Args)]
pub struct CheckupAdd {
    #[command(flatten)]
    sel: ChildSel,
    /// Which checkup: 2w, 1m, 2m, 3-4m, 6-7m, 9-10m, 1y, 18m, 2y, 3y, 4y, 5y, 6y (or 1か月, 3〜4か月, 1歳6か月 …)
    #[arg(long, value_name = "CHECKUP", value_parser = parse::infant_checkup)]
    kind: InfantCheckup,
    #[command(flatten)]
    values: CheckupValues,
    /// Save even if this page, or a checkup that day, is already recorded
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct CheckupEdit {
    /// Checkup id as listed (short id), full id, or unique prefix
    id: String,
    /// Which checkup: 2w, 1m, 2m, 3-4m, 6-7m, 9-10m, 1y, 18m, 2y, 3y, 4y, 5y, 6y
    #[arg(long, value_name = "CHECKUP", value_parser = parse::infant_checkup)]
    kind: Option<InfantCheckup>,
    #[command(flatten)]
    values: CheckupValues,
    /// Save even if this page, or another checkup that day, is already recorded
    #[arg(long)]
    force: bool,
}

/// The values of a checkup page, for `checkup add` and `checkup edit`.
#[derive(Debug, Args)]
pub struct CheckupValues {
    /// Date of the checkup [add: default today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date)]
    date: Option<NaiveDate>,
    /// An answer by the question's id, repeatable: "ID=yes", "ID=no", "ID=YYYY-MM-DD" (when), a
    /// number, an option or text (ids: `hagukumi checkup questions --kind KIND`) [edit: the
    /// answers given replace those questions' answers; ID=- clears one]
    #[arg(long = "answer", value_name = "ID=VALUE", value_parser = parse::answer)]
    answers: Vec<(String, String)>,
    /// The stool colour card's number (便色カード, 1–7) seen on the day; 1–3 needs a doctor now
    /// (saved on the handbook's stool-colour page, 便色の確認の記録)
    #[arg(long, value_name = "1-7")]
    stool_color: Option<String>,
    /// Findings written by the doctor or dentist
    #[arg(long)]
    findings: Option<String>,
    /// Clinic or hospital
    #[arg(long)]
    clinic: Option<String>,
    /// Free-text notes ("" clears them)
    #[arg(long)]
    notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct CheckupQuestions {
    /// Which checkup page: 2w, 1m, 2m, 3-4m, 6-7m, 9-10m, 1y, 18m, 2y, 3y, 4y, 5y, 6y
    #[arg(long, value_name = "CHECKUP", value_parser = parse::infant_checkup)]
    kind: InfantCheckup,
}

impl CheckupValues {
    /// Write the values given over `r`; answers are read against the page of `r`'s
    /// checkup, so an id that is not on that page is refused.
    fn apply(&self, r: &mut InfantCheckupRecord, lang: Lang) -> Result<()> {
        set_opt(&mut r.date, self.date);
        let form = checkup_form(lang, r.checkup)?;
        let (clear, set): (Vec<_>, Vec<_>) =
            self.answers.iter().cloned().partition(|(_, v)| v == "-");
        let set = read_answers(&form, &set)?;
        r.answers.retain(|a| {
            !clear.iter().any(|(c, _)| c == &a.field) && !set.iter().any(|s| s.field == a.field)
        });
        r.answers.extend(set);
        set_text(&mut r.findings, self.findings.clone());
        set_text(&mut r.clinic, self.clinic.clone());
        set_text(&mut r.notes, self.notes.clone());
        Ok(())
    }
}

pub fn checkup_title(lang: Lang, c: InfantCheckup) -> String {
    c.label(lang).to_string()
}

/// The form of a checkup page.
fn checkup_form(lang: Lang, kind: InfantCheckup) -> Result<forms::Form> {
    let id = forms::checkup_form_id(kind).ok_or_else(|| {
        CliError::input(move |lang| {
            t!(
                lang,
                "cli-checkup-no-page",
                checkup = checkup_title(lang, kind)
            )
        })
    })?;
    Ok(forms::form(&id, lang)?)
}

/// `ID=VALUE` pairs read against `form`'s fields; an id not on the page is refused,
/// naming the page.
pub fn read_answers(form: &forms::Form, pairs: &[(String, String)]) -> Result<Vec<Answer>> {
    // The page in each language a message may be shown in.
    let mut pages = Vec::new();
    for lang in Lang::SHIPPED {
        pages.push((lang, forms::form(&form.id, lang)?));
    }
    let pages = std::sync::Arc::new(pages);
    let page = move |lang: Lang| {
        pages
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, f)| f.clone())
    };
    pairs
        .iter()
        .map(|(id, text)| {
            let field = form.field(id).ok_or_else(|| {
                let (page, id, form_id) = (page.clone(), id.clone(), form.id.clone());
                CliError::input(move |lang| {
                    t!(
                        lang,
                        "cli-answer-not-on-page",
                        id = id.as_str(),
                        page = page(lang).map(|f| f.title).unwrap_or_default(),
                        form = form_id.as_str()
                    )
                })
            })?;
            forms::parse_value(field, text)
                .map(|value| Answer::new(id.clone(), value))
                .map_err(|p| {
                    let (page, id, text) = (page.clone(), id.clone(), text.clone());
                    CliError::input(move |lang| {
                        let label = page(lang)
                            .and_then(|f| f.field(&id).map(|f| f.label.clone()))
                            .unwrap_or_else(|| id.clone());
                        format!("--answer {id}={text}: {}", p.message(&label, lang))
                    })
                })
        })
        .collect()
}

/// Print what the alerts say, most urgent first, where they cannot be missed.
pub fn print_alerts(alerts: &[forms::FormAlert]) {
    for a in alerts {
        outln!();
        outln!("!!! {}", a.message);
    }
}

pub fn checkup(ctx: &Ctx, cmd: CheckupCmd) -> Result<()> {
    match cmd {
        CheckupCmd::Add(a) => {
            let mut hb = ctx.open()?;
            let child_id = ids::child(&hb, a.sel.child.as_deref())?;
            let mut page = InfantCheckupRecord {
                child_id,
                checkup: a.kind,
                date: hb.today(),
                answers: Vec::new(),
                findings: None,
                clinic: None,
                notes: None,
            };
            a.values.apply(&mut page, ctx.lang)?;
            let date = page.date;
            // The stool colour is its own page of the handbook (便色の確認の記録); typed
            // with a checkup it is saved there, on the checkup's day.
            let stool = match &a.values.stool_color {
                Some(n) => {
                    let form = forms::form("stool_color", ctx.lang)?;
                    let mut pairs = vec![
                        ("date".to_string(), date.to_string()),
                        ("color_number".to_string(), n.clone()),
                    ];
                    if let Some(timing) = stool_timing(a.kind) {
                        pairs.push(("timing".to_string(), timing.to_string()));
                    }
                    Some(read_answers(&form, &pairs)?)
                }
                None => None,
            };
            let new = NewRecord::InfantCheckup { data: page.clone() };
            check_duplicate(&hb, new, None, a.force)?;
            // Both records are judged before either is saved: a stool colour already
            // recorded that day must not leave the checkup saved and the colour not.
            if let (Some(values), false) = (&stool, a.force) {
                hb.refuse_page_duplicates(
                    &PageEntry {
                        subject: Some(Subject::Child(child_id)),
                        page: "stool_color".into(),
                        date,
                        answers: values.clone(),
                    },
                    None,
                )?;
            }
            let r = hb.add_infant_checkup(page)?;
            let mut alerts = Vec::new();
            if let Some(values) = stool {
                let saved = hb.form_submit(
                    forms::FormInput {
                        form: "stool_color".into(),
                        subject: Some(Subject::Child(child_id)),
                        record: None,
                        force: a.force,
                        values,
                    },
                    ctx.lang,
                )?;
                alerts = saved.alerts;
            }
            let detail = format!("{date}  {}", checkup_title(ctx.lang, r.data.checkup));
            if ctx.json {
                // The record as every `add` prints it, with the alerts it raised.
                let mut out = serde_json::to_value(&r).unwrap_or_default();
                if let Some(o) = out.as_object_mut() {
                    o.insert(
                        "alerts".into(),
                        serde_json::to_value(&alerts).unwrap_or_default(),
                    );
                }
                return ctx.print_json(&out);
            }
            saved(ctx, &r, r.id(), RecordKind::InfantCheckup, &detail)?;
            print_alerts(&alerts);
            Ok(())
        }
        CheckupCmd::Edit(e) => {
            edit_record(ctx, &e.id, e.force, |_, page: &mut InfantCheckupRecord| {
                set_opt(&mut page.checkup, e.kind);
                e.values.apply(page, ctx.lang)
            })
        }
        CheckupCmd::Delete(d) => delete_record::<InfantCheckupRecord>(ctx, &d, nothing_else),
        CheckupCmd::List(sel) => {
            let hb = ctx.open_reading()?;
            let id = ids::child(&hb, sel.child.as_deref())?;
            let all = hb.infant_checkups(id)?;
            let short = hb.short_ids(RecordKind::InfantCheckup)?;
            if ctx.json {
                return ctx.print_json(&all);
            }
            if all.is_empty() {
                outln!("{}", t!(ctx.lang, "cli-no-records-yet"));
            }
            for (i, c) in all.iter().enumerate() {
                let d = &c.data;
                if i > 0 {
                    outln!();
                }
                let clinic = d
                    .clinic
                    .as_deref()
                    .map(|c| format!("  {c}"))
                    .unwrap_or_default();
                outln!(
                    "{}  {}  {}{clinic}",
                    short_id(&short, c.id()),
                    d.date,
                    checkup_title(ctx.lang, d.checkup)
                );
                if let Some(f) = &d.findings {
                    outln!("  {}: {f}", t!(ctx.lang, "cli-child-findings"));
                }
                let page = forms::checkup_form_id(d.checkup).unwrap_or_default();
                for a in forms::labelled(&page, &d.answers, ctx.lang) {
                    outln!("  ・{}  {}", a.label, a.text);
                }
                if let Some(n) = &d.notes {
                    outln!("  {}: {n}", t!(ctx.lang, "cli-mother-notes"));
                }
            }
            Ok(())
        }
        CheckupCmd::Questions(q) => {
            let form = checkup_form(ctx.lang, q.kind)?;
            if ctx.json {
                return ctx.print_json(&form);
            }
            crate::commands::forms::print_form(ctx, &form);
            Ok(())
        }
    }
}

/// The stool-colour page's check a checkup falls on.
fn stool_timing(kind: InfantCheckup) -> Option<&'static str> {
    match kind {
        InfantCheckup::W2 => Some("2w"),
        InfantCheckup::M1 => Some("1m"),
        InfantCheckup::M2 | InfantCheckup::M3to4 => Some("1_4m"),
        _ => None,
    }
}

// ---------------------------------------------------------------- vaccination

#[derive(Debug, Subcommand)]
pub enum VaccinationCmd {
    /// Record a vaccine dose
    Add(VaccinationAdd),
    /// List the doses given, oldest first (default: the only child)
    List(SubjectSel),
    /// Correct a dose; only the options given change
    Edit(VaccinationEdit),
    /// Delete a dose (asks for --yes)
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct VaccinationAdd {
    #[command(flatten)]
    sel: SubjectSel,
    /// Vaccine code: hepb, rotavirus, dpt_ipv_hib, dpt_ipv, hib, pcv, bcg, mr, varicella,
    /// je, dt, hpv, mumps, influenza, rsv_maternal (on a pregnancy)
    #[arg(long, value_name = "CODE")]
    vaccine: String,
    /// Dose number within the series (MR 1期 = 1, 2期 = 2)
    #[arg(long, value_name = "N")]
    dose: u32,
    #[command(flatten)]
    values: VaccinationValues,
    /// Save even if this dose of this vaccine is already recorded
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct VaccinationEdit {
    /// Vaccination id as listed (short id), full id, or unique prefix
    id: String,
    /// Vaccine code (as for add)
    #[arg(long, value_name = "CODE")]
    vaccine: Option<String>,
    /// Dose number within the series
    #[arg(long, value_name = "N")]
    dose: Option<u32>,
    #[command(flatten)]
    values: VaccinationValues,
    /// Save even if this dose of this vaccine is recorded in another entry
    #[arg(long)]
    force: bool,
}

/// The values of a dose, for `vaccination add` and `vaccination edit`.
#[derive(Debug, Args)]
pub struct VaccinationValues {
    /// Date given [add: default today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date)]
    date: Option<NaiveDate>,
    /// Brand or manufacturer as on the sticker (rotavirus: rotarix or rotateq)
    #[arg(long)]
    brand: Option<String>,
    /// Lot number
    #[arg(long)]
    lot: Option<String>,
    /// Clinic or hospital
    #[arg(long)]
    clinic: Option<String>,
    /// Free-text notes ("" clears them)
    #[arg(long)]
    notes: Option<String>,
}

impl VaccinationValues {
    fn apply(self, v: &mut Vaccination) {
        set_opt(&mut v.date, self.date);
        set_text(&mut v.brand, self.brand);
        set_text(&mut v.lot, self.lot);
        set_text(&mut v.clinic, self.clinic);
        set_text(&mut v.notes, self.notes);
    }
}

/// A vaccine code as typed (the core refuses an unknown one with the known ones).
fn vaccine_code(typed: &str) -> Result<VaccineCode> {
    Ok(validate::vaccine_code(typed.trim()).map_err(hagukumi_core::HandbookError::from)?)
}

pub fn vaccine_name(lang: Lang, v: VaccineCode) -> String {
    v.label(lang).to_string()
}

pub fn vaccination(ctx: &Ctx, cmd: VaccinationCmd) -> Result<()> {
    match cmd {
        VaccinationCmd::Add(a) => {
            let mut hb = ctx.open()?;
            let vaccine = vaccine_code(&a.vaccine)?;
            let subject = match (&a.sel.child, &a.sel.pregnancy) {
                (None, None) if vaccine == VaccineCode::RsvMaternal => {
                    Subject::Pregnancy(ids::pregnancy(&hb, None)?)
                }
                (None, None) => Subject::Child(ids::child(&hb, None)?),
                (c, p) => ids::subject(&hb, c.as_deref(), p.as_deref())?,
            };
            let mut v = Vaccination {
                subject,
                vaccine,
                dose: a.dose,
                date: hb.today(),
                brand: None,
                lot: None,
                clinic: None,
                notes: None,
            };
            a.values.apply(&mut v);
            let date = v.date;
            check_duplicate(
                &hb,
                NewRecord::Vaccination { data: v.clone() },
                None,
                a.force,
            )?;
            let r = hb.add_vaccination(v)?;
            let name = vaccine.label(ctx.lang);
            let detail = t!(
                ctx.lang,
                "cli-vaccination-added",
                date = date.to_string(),
                vaccine = name,
                dose = r.data.dose
            );
            saved(ctx, &r, r.id(), RecordKind::Vaccination, &detail)
        }
        VaccinationCmd::Edit(e) => edit_record(ctx, &e.id, e.force, |_, v: &mut Vaccination| {
            if let Some(code) = e.vaccine.as_deref() {
                v.vaccine = vaccine_code(code)?;
            }
            set_opt(&mut v.dose, e.dose);
            e.values.apply(v);
            Ok(())
        }),
        VaccinationCmd::Delete(d) => delete_record::<Vaccination>(ctx, &d, nothing_else),
        VaccinationCmd::List(sel) => {
            let hb = ctx.open_reading()?;
            // Childhood shots are the usual question: neither flag means the child.
            let subject = match (&sel.child, &sel.pregnancy) {
                (None, None) => Subject::Child(ids::child(&hb, None)?),
                (c, p) => ids::subject(&hb, c.as_deref(), p.as_deref())?,
            };
            let all = hb.vaccinations(subject)?;
            if ctx.json {
                return ctx.print_json(&all);
            }
            let short = hb.short_ids(RecordKind::Vaccination)?;
            let mut t = Table::new(&[
                ("ID".to_string(), false),
                (t!(ctx.lang, "cli-mother-date"), false),
                (t!(ctx.lang, "cli-child-vaccine"), false),
                (t!(ctx.lang, "cli-child-dose"), true),
                (t!(ctx.lang, "cli-child-brand"), false),
                (t!(ctx.lang, "cli-child-lot"), false),
                (t!(ctx.lang, "cli-child-clinic"), false),
            ]);
            for v in &all {
                let d = &v.data;
                t.row(vec![
                    short_id(&short, v.id()),
                    d.date.to_string(),
                    vaccine_name(ctx.lang, d.vaccine).to_string(),
                    d.dose.to_string(),
                    d.brand.clone().unwrap_or_default(),
                    d.lot.clone().unwrap_or_default(),
                    d.clinic.clone().unwrap_or_default(),
                ]);
            }
            print_table(ctx, &t);
            Ok(())
        }
    }
}

// ---------------------------------------------------------------- dental

#[derive(Debug, Subcommand)]
pub enum DentalCmd {
    /// Record a dental checkup of a child, or of the mother during pregnancy
    Add(DentalAdd),
    /// List dental checkups, oldest first
    List(SubjectSel),
    /// Correct a dental checkup; only the options given change
    Edit(DentalEdit),
    /// Delete a dental checkup (asks for --yes)
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct DentalAdd {
    #[command(flatten)]
    sel: SubjectSel,
    #[command(flatten)]
    values: DentalValues,
    /// Fluoride was applied
    #[arg(long)]
    fluoride: bool,
    /// Save even if a dental checkup that day is already recorded
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct DentalEdit {
    /// Dental checkup id as listed (short id), full id, or unique prefix
    id: String,
    #[command(flatten)]
    values: DentalValues,
    /// Fluoride was applied
    #[arg(long, conflicts_with = "no_fluoride")]
    fluoride: bool,
    /// Fluoride was not applied
    #[arg(long)]
    no_fluoride: bool,
    /// Save even if another dental checkup that day is recorded
    #[arg(long)]
    force: bool,
}

/// The values of a dental checkup, for `dental add` and `dental edit`.
#[derive(Debug, Args)]
pub struct DentalValues {
    /// Date of the checkup [add: default today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date)]
    date: Option<NaiveDate>,
    /// Number of teeth present
    #[arg(long, value_name = "N")]
    teeth: Option<u8>,
    /// Number of cavities
    #[arg(long, value_name = "N")]
    caries: Option<u8>,
    /// Findings written by the doctor or dentist ("" clears them)
    #[arg(long)]
    findings: Option<String>,
    /// Clinic or hospital
    #[arg(long)]
    clinic: Option<String>,
}

impl DentalValues {
    fn apply(self, r: &mut DentalRecord) {
        set_opt(&mut r.date, self.date);
        set_some(&mut r.teeth_present, self.teeth);
        set_some(&mut r.caries, self.caries);
        set_text(&mut r.findings, self.findings);
        set_text(&mut r.clinic, self.clinic);
    }
}

pub fn dental(ctx: &Ctx, cmd: DentalCmd) -> Result<()> {
    match cmd {
        DentalCmd::Add(a) => {
            let mut hb = ctx.open()?;
            let subject = ids::subject(&hb, a.sel.child.as_deref(), a.sel.pregnancy.as_deref())?;
            let mut r = DentalRecord {
                subject,
                date: hb.today(),
                teeth_present: None,
                caries: None,
                fluoride_applied: a.fluoride,
                findings: None,
                clinic: None,
            };
            a.values.apply(&mut r);
            let date = r.date;
            check_duplicate(&hb, NewRecord::Dental { data: r.clone() }, None, a.force)?;
            let r = hb.add_dental(r)?;
            saved(ctx, &r, r.id(), RecordKind::Dental, &date.to_string())
        }
        DentalCmd::Edit(e) => edit_record(ctx, &e.id, e.force, |_, r: &mut DentalRecord| {
            e.values.apply(r);
            if e.fluoride || e.no_fluoride {
                r.fluoride_applied = e.fluoride;
            }
            Ok(())
        }),
        DentalCmd::Delete(d) => delete_record::<DentalRecord>(ctx, &d, nothing_else),
        DentalCmd::List(sel) => {
            let hb = ctx.open_reading()?;
            let subject = ids::subject(&hb, sel.child.as_deref(), sel.pregnancy.as_deref())?;
            let all = hb.dental(subject)?;
            if ctx.json {
                return ctx.print_json(&all);
            }
            let short = hb.short_ids(RecordKind::Dental)?;
            let mut t = Table::new(&[
                ("ID".to_string(), false),
                (t!(ctx.lang, "cli-mother-date"), false),
                (t!(ctx.lang, "cli-child-teeth"), true),
                (t!(ctx.lang, "cli-child-caries"), true),
                (t!(ctx.lang, "cli-child-fluoride"), false),
                (t!(ctx.lang, "cli-child-clinic"), false),
                (t!(ctx.lang, "cli-child-findings"), false),
            ]);
            for r in &all {
                let d = &r.data;
                t.row(vec![
                    short_id(&short, r.id()),
                    d.date.to_string(),
                    opt(d.teeth_present, |n| n.to_string()),
                    opt(d.caries, |n| n.to_string()),
                    if d.fluoride_applied {
                        t!(ctx.lang, "cli-child-yes")
                    } else {
                        String::new()
                    },
                    d.clinic.clone().unwrap_or_default(),
                    d.findings.clone().unwrap_or_default(),
                ]);
            }
            print_table(ctx, &t);
            Ok(())
        }
    }
}

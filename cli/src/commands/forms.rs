//! `forms`: the pages of the handbook as the core describes them to the apps (the same
//! description, reviewable from a terminal); `page`: the pages the form data defines
//! (screening tests, the newborn period, the pages after the birth, the partner's
//! page, stool colour) — add, list, edit and delete.

use clap::{Args, Subcommand};
use hagukumi_core::Lang;
use hagukumi_core::forms::{self, FieldInput, Form, FormInput, FormTarget, SubjectKind};
use hagukumi_core::model::{RecordKind, Subject};

use super::child::{SubjectSel, print_alerts, read_answers};
use super::deleted;
use crate::ctx::Ctx;
use crate::error::{CliError, Result};
use crate::ids;

#[derive(Debug, Args)]
pub struct FormsArgs {
    #[command(subcommand)]
    cmd: Option<FormsCmd>,
}

#[derive(Debug, Subcommand)]
enum FormsCmd {
    /// One form with every field: id, type, limits, options, who fills it
    Show {
        /// The form's id (as `hagukumi forms` lists)
        id: String,
    },
    /// The sources the forms cite
    Sources,
}

pub fn forms(ctx: &Ctx, args: FormsArgs) -> Result<()> {
    match args.cmd {
        None => {
            let all = forms::forms(ctx.lang);
            if ctx.json {
                return ctx.print_json(&all);
            }
            let mut part = None;
            for f in &all {
                if part != Some(f.part) {
                    part = Some(f.part);
                    outln!();
                    outln!("{}", part_title(ctx.lang, f.part));
                }
                let saves = match f.target {
                    FormTarget::Record { kind } => kind.as_str().to_string(),
                    FormTarget::Page => "page".to_string(),
                };
                outln!(
                    "  {:<24} {}  ({} {}, {})",
                    f.id,
                    f.title,
                    f.fields().count(),
                    ctx.t("項目", "fields"),
                    saves
                );
            }
            Ok(())
        }
        Some(FormsCmd::Show { id }) => {
            let form = forms::form(&id, ctx.lang)?;
            if ctx.json {
                return ctx.print_json(&form);
            }
            print_form(ctx, &form);
            Ok(())
        }
        Some(FormsCmd::Sources) => {
            let sources = forms::sources();
            if ctx.json {
                return ctx.print_json(&sources);
            }
            for s in sources {
                outln!("{}  {}", s.id, s.title);
                if let Some(url) = &s.url {
                    outln!("    {url}");
                }
                if let Some(via) = &s.read_via {
                    outln!("    {}: {via}", ctx.t("読み取り", "read via"));
                }
            }
            Ok(())
        }
    }
}

fn part_title(lang: Lang, part: forms::HandbookPart) -> &'static str {
    match part {
        forms::HandbookPart::Mother => lang.pick("お母さんのページ", "The mother's pages"),
        forms::HandbookPart::Child => lang.pick("お子さんのページ", "The child's pages"),
        forms::HandbookPart::Family => lang.pick("家族のページ", "The family's pages"),
    }
}

/// A form's fields, one per line, with the answers each takes.
pub fn print_form(ctx: &Ctx, form: &Form) {
    outln!("{}  ({})", form.title, form.id);
    outln!("{}: {}", ctx.t("出典", "Source"), form.source);
    for s in &form.sections {
        outln!();
        let who = match s.filled_by {
            forms::FilledBy::Guardian => ctx.t("保護者が記入", "filled by the family"),
            forms::FilledBy::Clinician => ctx.t("医療機関が記入", "filled by the clinic"),
        };
        match &s.title {
            Some(t) => outln!("[{t}] {who}"),
            None => outln!("[{who}]"),
        }
        for f in &s.fields {
            let required = if f.required { " *" } else { "" };
            outln!("  {:<28} {}{required}", f.id, f.label);
            outln!("  {:<28}   → {}", "", answers_taken(ctx.lang, &f.input));
        }
    }
}

fn answers_taken(lang: Lang, input: &FieldInput) -> String {
    match input {
        FieldInput::YesNo => lang.pick("yes / no（はい / いいえ）", "yes / no").into(),
        FieldInput::When => lang
            .pick(
                "YYYY-MM-DD（いつ） / yes / no",
                "YYYY-MM-DD (when) / yes / no",
            )
            .into(),
        FieldInput::Date => "YYYY-MM-DD".into(),
        FieldInput::DateTime => "YYYY-MM-DD HH:MM".into(),
        FieldInput::Gestation => lang
            .pick("週+日（例 39+2）", "weeks+days (e.g. 39+2)")
            .into(),
        FieldInput::Number {
            unit,
            min,
            max,
            step,
        } => format!("{min}–{max} {unit} ({step})"),
        FieldInput::Integer { unit, min, max } => format!("{min}–{max} {unit}"),
        FieldInput::Choice { options } => options
            .iter()
            .map(|o| format!("{} ({})", o.value, o.label))
            .collect::<Vec<_>>()
            .join(" / "),
        FieldInput::Text { max_len, .. } => match lang {
            Lang::Ja => format!("文章（{max_len}文字まで）"),
            Lang::En => format!("text (up to {max_len} characters)"),
        },
        FieldInput::Photos { max } => match lang {
            Lang::Ja => format!("写真（{max}枚まで）"),
            Lang::En => format!("photos (up to {max})"),
        },
    }
}

// ---------------------------------------------------------------- page

#[derive(Debug, Subcommand)]
pub enum PageCmd {
    /// Fill a page: hagukumi page add hearing_screen --answer method=aabr --answer right=pass …
    Add(PageAdd),
    /// List the filled pages (of one page id, or all) about a child, a pregnancy or the family
    List(PageList),
    /// Change answers of a filled page (only the answers given change; ID=- clears one)
    Edit(PageEdit),
    /// Delete a filled page (asks for --yes)
    Delete(PageDelete),
}

#[derive(Debug, Args)]
pub struct PageAdd {
    /// The page's id (`hagukumi forms` lists them)
    page: String,
    #[command(flatten)]
    sel: SubjectSel,
    /// An answer by field id, repeatable: ID=VALUE (`hagukumi forms show PAGE`)
    #[arg(long = "answer", value_name = "ID=VALUE", value_parser = crate::parse::answer)]
    answers: Vec<(String, String)>,
    /// Save even if this page is already recorded (that day, or once per child)
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct PageList {
    /// Only this page
    page: Option<String>,
    #[command(flatten)]
    sel: SubjectSel,
    /// The family's pages (the partner's)
    #[arg(long)]
    family: bool,
}

#[derive(Debug, Args)]
pub struct PageEdit {
    /// The filled page's id or its first 8 hex digits
    id: String,
    #[arg(long = "answer", value_name = "ID=VALUE", value_parser = crate::parse::answer)]
    answers: Vec<(String, String)>,
    /// Save even if the page then looks like another one already recorded
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct PageDelete {
    /// The filled page's id or its first 8 hex digits
    id: String,
    /// Really delete
    #[arg(long)]
    yes: bool,
}

/// The subject a page is about: none for the family's pages; else --child or
/// --pregnancy, defaulting to the only one the page can be about.
fn subject_for(ctx: &Ctx, form: &Form, sel: &SubjectSel) -> Result<Option<Subject>> {
    let hb = ctx.open_reading()?;
    Ok(match form.subject {
        SubjectKind::Family => None,
        SubjectKind::Child if sel.pregnancy.is_none() => {
            Some(Subject::Child(ids::child(&hb, sel.child.as_deref())?))
        }
        SubjectKind::Pregnancy if sel.child.is_none() => Some(Subject::Pregnancy(ids::pregnancy(
            &hb,
            sel.pregnancy.as_deref(),
        )?)),
        SubjectKind::ChildOrPregnancy => Some(ids::subject(
            &hb,
            sel.child.as_deref(),
            sel.pregnancy.as_deref(),
        )?),
        _ => {
            return Err(CliError::input(
                format!("The page {} is not about that subject.", form.id),
                format!("「{}」はその対象のページではありません。", form.title),
            ));
        }
    })
}

pub fn page(ctx: &Ctx, cmd: PageCmd) -> Result<()> {
    match cmd {
        PageCmd::Add(a) => {
            let form = forms::form(&a.page, ctx.lang)?;
            if form.target != FormTarget::Page {
                return Err(CliError::input(
                    format!(
                        "{} is recorded with its own command (hagukumi {} add).",
                        form.id,
                        command_of(&form)
                    ),
                    format!(
                        "「{}」は専用のコマンドで記録します（hagukumi {} add）。",
                        form.title,
                        command_of(&form)
                    ),
                ));
            }
            let subject = subject_for(ctx, &form, &a.sel)?;
            let mut hb = ctx.open()?;
            let mut values = read_answers(&form, &a.answers)?;
            if !values.iter().any(|v| v.field == "date") && form.field("date").is_some() {
                values.push(hagukumi_core::model::Answer::new(
                    "date",
                    hagukumi_core::model::FieldValue::Date { date: hb.today() },
                ));
            }
            let saved = hb.form_submit(
                FormInput {
                    form: form.id.clone(),
                    subject,
                    record: None,
                    force: a.force,
                    values,
                },
                ctx.lang,
            )?;
            if ctx.json {
                return ctx.print_json(&serde_json::json!({
                    "id": saved.id,
                    "alerts": saved.alerts,
                }));
            }
            match ctx.lang {
                Lang::Ja => outln!("「{}」を記録しました\nID: {}", form.title, saved.id),
                Lang::En => outln!("Saved the page \"{}\"\nid: {}", form.title, saved.id),
            }
            print_alerts(&saved.alerts);
            Ok(())
        }
        PageCmd::List(l) => {
            let hb = ctx.open_reading()?;
            let subject = if l.family {
                None
            } else {
                Some(ids::subject(
                    &hb,
                    l.sel.child.as_deref(),
                    l.sel.pregnancy.as_deref(),
                )?)
            };
            let entries = hb.page_entries(subject, l.page.as_deref())?;
            if ctx.json {
                return ctx.print_json(&entries);
            }
            if entries.is_empty() {
                outln!("{}", ctx.t("（記録はまだありません）", "(no records yet)"));
            }
            let short_ids = hb.short_ids(RecordKind::Page)?;
            for e in &entries {
                let title = forms::form(&e.data.page, ctx.lang)
                    .map_or_else(|_| e.data.page.clone(), |f| f.title);
                let short = short_ids.get(&e.id()).cloned().unwrap_or_default();
                outln!("{short}  {}  {title}", e.data.date);
                for a in forms::labelled(&e.data.page, &e.data.answers, ctx.lang) {
                    outln!("    ・{}  {}", a.label, a.text);
                }
            }
            Ok(())
        }
        PageCmd::Edit(e) => {
            let mut hb = ctx.open()?;
            let id = ids::record(&hb, RecordKind::Page, &e.id, ctx.lang)?;
            let entry = hb.page_entry(id)?;
            let filled = hb.form_read(&entry.data.page, id, ctx.lang)?;
            let mut values = filled.values;
            let (clear, set): (Vec<_>, Vec<_>) = e.answers.into_iter().partition(|(_, v)| v == "-");
            let set = read_answers(&filled.form, &set)?;
            values.retain(|v| {
                !clear.iter().any(|(c, _)| c == &v.field) && !set.iter().any(|s| s.field == v.field)
            });
            values.extend(set);
            let saved = hb.form_submit(
                FormInput {
                    form: entry.data.page.clone(),
                    subject: entry.data.subject,
                    record: Some(id),
                    force: e.force,
                    values,
                },
                ctx.lang,
            )?;
            match ctx.lang {
                Lang::Ja => outln!("「{}」を更新しました\nID: {id}", filled.form.title),
                Lang::En => outln!("Updated the page \"{}\"\nid: {id}", filled.form.title),
            }
            print_alerts(&saved.alerts);
            Ok(())
        }
        PageCmd::Delete(d) => {
            let mut hb = ctx.open()?;
            let id = ids::record(&hb, RecordKind::Page, &d.id, ctx.lang)?;
            let entry = hb.page_entry(id)?;
            let title = forms::form(&entry.data.page, ctx.lang)
                .map_or_else(|_| entry.data.page.clone(), |f| f.title);
            if !d.yes {
                return Err(CliError::input(
                    format!(
                        "This deletes the page \"{title}\" of {}. Add --yes to delete it.",
                        entry.data.date
                    ),
                    format!(
                        "{}の「{title}」を削除します。削除するには --yes を付けてください。",
                        entry.data.date
                    ),
                ));
            }
            hb.form_delete(&entry.data.page, id)?;
            deleted(ctx, id, ("手帳のページ", "handbook page"))
        }
    }
}

/// The CLI command of a typed record's form.
fn command_of(form: &Form) -> &'static str {
    match form.target {
        FormTarget::Record { kind } => match kind {
            RecordKind::MotherProfile => "profile",
            RecordKind::Pregnancy => "pregnancy",
            RecordKind::PrenatalCheckup => "prenatal",
            RecordKind::Delivery => "delivery",
            RecordKind::Child => "child",
            RecordKind::Growth => "growth",
            RecordKind::InfantCheckup => "checkup",
            RecordKind::Vaccination => "vaccination",
            RecordKind::Dental => "dental",
            RecordKind::Diary => "diary",
            RecordKind::Page => "page",
        },
        FormTarget::Page => "page",
    }
}

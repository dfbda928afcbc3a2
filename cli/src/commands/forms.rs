//! `forms`: the pages of the handbook as the core describes them to the apps (the same
//! description, reviewable from a terminal); `page`: the pages the form data defines
//! (screening tests, the newborn period, the pages after the birth, the partner's
//! page, stool colour) — add, list, edit and delete.

use clap::{Args, Subcommand};
use hagukumi_core::forms::{self, FieldInput, Form, FormInput, FormTarget, SubjectKind};
use hagukumi_core::model::{RecordKind, Subject};
use hagukumi_core::{Lang, t};

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
                    "  {:<24} {}{}",
                    f.id,
                    f.title,
                    t!(
                        ctx.lang,
                        "cli-forms-listed",
                        fields = f.fields().count(),
                        saves = saves
                    )
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
                    outln!("    {}: {via}", t!(ctx.lang, "cli-forms-read-via"));
                }
            }
            Ok(())
        }
    }
}

fn part_title(lang: Lang, part: forms::HandbookPart) -> String {
    match part {
        forms::HandbookPart::Mother => t!(lang, "cli-forms-the-mother-s-pages"),
        forms::HandbookPart::Child => t!(lang, "cli-forms-the-child-s-pages"),
        forms::HandbookPart::Family => t!(lang, "cli-forms-the-family-s-pages"),
    }
}

/// A form's fields, one per line, with the answers each takes.
pub fn print_form(ctx: &Ctx, form: &Form) {
    outln!("{}  ({})", form.title, form.id);
    outln!("{}: {}", t!(ctx.lang, "cli-forms-source"), form.source);
    for s in &form.sections {
        outln!();
        let who = match s.filled_by {
            forms::FilledBy::Guardian => t!(ctx.lang, "cli-forms-filled-by-the-family"),
            forms::FilledBy::Clinician => t!(ctx.lang, "cli-forms-filled-by-the-clinic"),
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
        FieldInput::YesNo => t!(lang, "cli-forms-yes-no"),
        FieldInput::When => t!(lang, "cli-forms-when"),
        FieldInput::Date => "YYYY-MM-DD".into(),
        FieldInput::DateTime => "YYYY-MM-DD HH:MM".into(),
        FieldInput::Gestation => t!(lang, "cli-forms-gestation"),
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
        FieldInput::Text { max_len, .. } => t!(lang, "cli-forms-text", max = *max_len),
        FieldInput::Photos { max } => t!(lang, "cli-forms-photos", max = *max),
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
            let title = form.title.clone();
            return Err(CliError::input(move |lang| {
                t!(lang, "cli-page-wrong-subject", page = title.as_str())
            }));
        }
    })
}

pub fn page(ctx: &Ctx, cmd: PageCmd) -> Result<()> {
    match cmd {
        PageCmd::Add(a) => {
            let form = forms::form(&a.page, ctx.lang)?;
            if form.target != FormTarget::Page {
                let (title, command) = (form.title.clone(), command_of(&form));
                return Err(CliError::input(move |lang| {
                    t!(
                        lang,
                        "cli-page-own-command",
                        page = title.as_str(),
                        command = command
                    )
                }));
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
            outln!(
                "{}",
                t!(
                    ctx.lang,
                    "cli-page-saved",
                    page = form.title.as_str(),
                    id = saved.id.to_string()
                )
            );
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
                outln!("{}", t!(ctx.lang, "cli-no-records-yet"));
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
            outln!(
                "{}",
                t!(
                    ctx.lang,
                    "cli-page-updated",
                    page = filled.form.title.as_str(),
                    id = id.to_string()
                )
            );
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
                let date = entry.data.date.to_string();
                return Err(CliError::input(move |lang| {
                    t!(
                        lang,
                        "cli-page-confirm-delete",
                        page = title.as_str(),
                        date = date.as_str()
                    )
                }));
            }
            hb.form_delete(&entry.data.page, id)?;
            deleted(ctx, id, RecordKind::Page)
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

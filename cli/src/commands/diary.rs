//! `diary`: entries about a pregnancy, a child, or several subjects at once.

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use hagukumi_core::model::{DiaryEntry, Mood, RecordKind, Subject};
use hagukumi_core::store::NewRecord;
use hagukumi_core::{Lang, t};

use super::child::{DeleteArgs, SubjectSel};
use super::{check_duplicate, delete_record, edit_record, saved, set_opt, set_some, short_id};
use crate::ctx::Ctx;
use crate::error::{Msg, Result};
use crate::{ids, parse};

#[derive(Debug, Subcommand)]
pub enum DiaryCmd {
    /// Write a diary entry
    Add(DiaryAdd),
    /// List the entries about a child or a pregnancy, newest first
    List(SubjectSel),
    /// Correct an entry; only the options given change
    Edit(DiaryEdit),
    /// Delete an entry (asks for --yes); photos no other entry shows go with it
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct DiaryEdit {
    /// Entry id as listed (short id), full id, or unique prefix
    id: String,
    /// [edit: --child/--pregnancy replace whom the entry is about, --photo its photos]
    #[command(flatten)]
    values: DiaryValues,
    /// Save even if the same words are in another entry that day
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct DiaryAdd {
    #[command(flatten)]
    values: DiaryValues,
    /// Save even if the same words are already in an entry that day
    #[arg(long)]
    force: bool,
}

/// What an entry holds, for `diary add` and `diary edit`.
#[derive(Debug, Args)]
pub struct DiaryValues {
    /// The text of the entry
    text: Option<String>,
    /// About this child; repeat for twins (the flag alone means the only child)
    #[arg(long = "child", value_name = "ID", num_args = 0..=1, default_missing_value = "")]
    children: Vec<String>,
    /// About this pregnancy (the flag alone means the ongoing one)
    #[arg(long = "pregnancy", value_name = "ID", num_args = 0..=1, default_missing_value = "")]
    pregnancies: Vec<String>,
    /// Date written [add: default today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date)]
    date: Option<NaiveDate>,
    /// happy, calm, tired, worried or unwell
    #[arg(long, value_parser = parse::mood)]
    mood: Option<Mood>,
    /// A photo reference (repeatable)
    #[arg(long = "photo", value_name = "REF")]
    photos: Vec<String>,
}

/// The subjects named by `--child` and `--pregnancy` (none when neither is given).
fn subjects(
    hb: &hagukumi_core::Handbook,
    children: &[String],
    pregnancies: &[String],
) -> Result<Vec<Subject>> {
    let mut subjects = Vec::new();
    for c in children {
        subjects.push(Subject::Child(ids::child(hb, Some(c))?));
    }
    for p in pregnancies {
        subjects.push(Subject::Pregnancy(ids::pregnancy(hb, Some(p))?));
    }
    Ok(subjects)
}

pub fn mood_label(lang: Lang, m: Mood) -> String {
    m.label(lang).to_string()
}

pub fn run(ctx: &Ctx, cmd: DiaryCmd) -> Result<()> {
    match cmd {
        DiaryCmd::Add(a) => {
            let mut hb = ctx.open()?;
            let force = a.force;
            let a = a.values;
            let mut subjects = subjects(&hb, &a.children, &a.pregnancies)?;
            if subjects.is_empty() {
                subjects.push(ids::subject(&hb, None, None)?);
            }
            let written_on = a.date.unwrap_or_else(|| hb.today());
            let entry = DiaryEntry {
                subjects,
                written_on,
                text: a.text.unwrap_or_default(),
                mood: a.mood,
                photos: a.photos,
            };
            let new = NewRecord::Diary {
                data: entry.clone(),
            };
            check_duplicate(&hb, new, None, force)?;
            let r = hb.add_diary(entry)?;
            saved(ctx, &r, r.id(), RecordKind::Diary, &written_on.to_string())
        }
        DiaryCmd::Edit(e) => edit_record(ctx, &e.id, e.force, |hb, entry: &mut DiaryEntry| {
            let v = e.values;
            let subjects = subjects(hb, &v.children, &v.pregnancies)?;
            if !subjects.is_empty() {
                entry.subjects = subjects;
            }
            set_opt(&mut entry.text, v.text);
            set_opt(&mut entry.written_on, v.date);
            set_some(&mut entry.mood, v.mood);
            if !v.photos.is_empty() {
                entry.photos = v.photos;
            }
            Ok(())
        }),
        DiaryCmd::Delete(d) => delete_record::<DiaryEntry>(ctx, &d, |hb, id| {
            let photos = hb.diary_entry(id)?.data.photos.len();
            Ok((photos > 0)
                .then(|| Msg::new(move |lang| t!(lang, "cli-diary-delete-photos", n = photos))))
        }),
        DiaryCmd::List(sel) => {
            let hb = ctx.open_reading()?;
            let subject = ids::subject(&hb, sel.child.as_deref(), sel.pregnancy.as_deref())?;
            let all = hb.diary(subject)?;
            if ctx.json {
                return ctx.print_json(&all);
            }
            let short = hb.short_ids(RecordKind::Diary)?;
            if all.is_empty() {
                outln!("{}", t!(ctx.lang, "cli-no-records-yet"));
            }
            for e in &all {
                let d = &e.data;
                let mood = d
                    .mood
                    .map(|m| format!("  [{}]", mood_label(ctx.lang, m)))
                    .unwrap_or_default();
                let photos = if d.photos.is_empty() {
                    String::new()
                } else {
                    format!("  {}", t!(ctx.lang, "cli-diary-photos", n = d.photos.len()))
                };
                outln!(
                    "{}  {}{mood}{photos}",
                    short_id(&short, e.id()),
                    d.written_on
                );
                for line in d.text.lines() {
                    outln!("  {line}");
                }
            }
            Ok(())
        }
    }
}

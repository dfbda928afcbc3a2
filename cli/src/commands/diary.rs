//! `diary`: entries about a pregnancy, a child, or several subjects at once.

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use hagukumi_core::Lang;
use hagukumi_core::model::{DiaryEntry, Mood, Subject};

use super::child::SubjectSel;
use super::saved;
use crate::ctx::Ctx;
use crate::error::Result;
use crate::{ids, parse};

#[derive(Debug, Subcommand)]
pub enum DiaryCmd {
    /// Write a diary entry
    Add(DiaryAdd),
    /// List the entries about a child or a pregnancy, newest first
    List(SubjectSel),
}

#[derive(Debug, Args)]
pub struct DiaryAdd {
    /// The text of the entry
    text: Option<String>,
    /// About this child; repeat for twins (the flag alone means the only child)
    #[arg(long = "child", value_name = "ID", num_args = 0..=1, default_missing_value = "")]
    children: Vec<String>,
    /// About this pregnancy (the flag alone means the ongoing one)
    #[arg(long = "pregnancy", value_name = "ID", num_args = 0..=1, default_missing_value = "")]
    pregnancies: Vec<String>,
    /// Date written [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse::date)]
    date: Option<NaiveDate>,
    /// happy, calm, tired, worried or unwell
    #[arg(long, value_parser = parse::mood)]
    mood: Option<Mood>,
    /// A photo reference (repeatable)
    #[arg(long = "photo", value_name = "REF")]
    photos: Vec<String>,
}

pub fn mood_label(lang: Lang, m: Mood) -> &'static str {
    lang.pick(m.label_ja(), m.as_str())
}

pub fn run(ctx: &Ctx, cmd: DiaryCmd) -> Result<()> {
    match cmd {
        DiaryCmd::Add(a) => {
            let mut hb = ctx.open()?;
            let mut subjects = Vec::new();
            for c in &a.children {
                subjects.push(Subject::Child(ids::child(&hb, Some(c))?));
            }
            for p in &a.pregnancies {
                subjects.push(Subject::Pregnancy(ids::pregnancy(&hb, Some(p))?));
            }
            if subjects.is_empty() {
                subjects.push(ids::subject(&hb, None, None)?);
            }
            let written_on = a.date.unwrap_or_else(|| hb.today());
            let r = hb.add_diary(DiaryEntry {
                subjects,
                written_on,
                text: a.text.unwrap_or_default(),
                mood: a.mood,
                photos: a.photos,
            })?;
            saved(
                ctx,
                &r,
                r.id(),
                ("日記", "diary entry"),
                &written_on.to_string(),
            )
        }
        DiaryCmd::List(sel) => {
            let hb = ctx.open_reading()?;
            let subject = ids::subject(&hb, sel.child.as_deref(), sel.pregnancy.as_deref())?;
            let all = hb.diary(subject)?;
            if ctx.json {
                return ctx.print_json(&all);
            }
            if all.is_empty() {
                outln!("{}", ctx.t("（記録はまだありません）", "(no records yet)"));
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
                    format!("  ({} {})", ctx.t("写真", "photos"), d.photos.len())
                };
                outln!("{}{mood}{photos}", d.written_on);
                for line in d.text.lines() {
                    outln!("  {line}");
                }
            }
            Ok(())
        }
    }
}

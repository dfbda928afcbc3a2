//! `timeline`: every record about a child or a pregnancy, newest first, by pages.

use clap::Args;
use hagukumi_core::store::TimelineItem;
use hagukumi_core::t;

use super::child::SubjectSel;
use crate::ctx::Ctx;
use crate::error::Result;
use crate::ids;
use crate::render::Table;

#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    sel: SubjectSel,
    /// Items per page (at most 200)
    #[arg(long, value_name = "N", default_value_t = 20)]
    limit: u32,
    /// Continue after a previous page: the cursor it printed
    #[arg(long, value_name = "CURSOR")]
    cursor: Option<String>,
}

/// Timeline lines: date, title, detail, aligned.
pub fn lines(items: &[TimelineItem], indent: &str) -> String {
    let mut t = Table::new(&[("", false), ("", false), ("", false)]);
    for i in items {
        t.row(vec![i.date.to_string(), i.title.clone(), i.detail.clone()]);
    }
    t.render(indent)
}

pub fn run(ctx: &Ctx, a: TimelineArgs) -> Result<()> {
    let hb = ctx.open_reading()?;
    let subject = ids::subject(&hb, a.sel.child.as_deref(), a.sel.pregnancy.as_deref())?;
    let page = hb.timeline(subject, a.cursor.as_deref(), a.limit, ctx.lang)?;
    if ctx.json {
        return ctx.print_json(&page);
    }
    if page.items.is_empty() {
        outln!("{}", t!(ctx.lang, "cli-no-records-yet"));
    }
    out!("{}", lines(&page.items, ""));
    if let Some(c) = &page.next_cursor {
        outln!("{}", t!(ctx.lang, "cli-timeline-more", cursor = c.as_str()));
    }
    Ok(())
}

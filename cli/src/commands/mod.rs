//! One module per command group. A group defines its clap arguments next to the code
//! that runs them, and `run` dispatches.

pub mod chart;
pub mod check;
pub mod child;
pub mod city;
pub mod demo;
pub mod diary;
pub mod export;
pub mod feed;
pub mod forms;
pub mod growth;
pub mod home;
pub mod mother;
pub mod photo;
pub mod schedule;
pub mod share;
pub mod timeline;

use serde::Serialize;
use uuid::Uuid;

use crate::cli::Command;
use crate::ctx::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, command: Command) -> Result<()> {
    match command {
        Command::Demo(args) => demo::run(ctx, args),
        Command::Home => home::run(ctx),
        Command::Profile(cmd) => mother::profile(ctx, cmd),
        Command::Pregnancy(cmd) => mother::pregnancy(ctx, cmd),
        Command::Prenatal(cmd) => mother::prenatal(ctx, cmd),
        Command::Delivery(cmd) => mother::delivery(ctx, cmd),
        Command::Child(cmd) => child::child(ctx, cmd),
        Command::Growth(cmd) => child::growth(ctx, cmd),
        Command::Checkup(cmd) => child::checkup(ctx, cmd),
        Command::Vaccination(cmd) => child::vaccination(ctx, cmd),
        Command::Dental(cmd) => child::dental(ctx, cmd),
        Command::Diary(cmd) => diary::run(ctx, cmd),
        Command::Photo(cmd) => photo::run(ctx, cmd),
        Command::Timeline(args) => timeline::run(ctx, args),
        Command::Check => check::run(ctx),
        Command::Schedule(args) => schedule::run(ctx, args),
        Command::Reminders(args) => schedule::reminders(ctx, args),
        Command::Feed(cmd) => feed::run(ctx, cmd),
        Command::Notices(args) => feed::notices(ctx, args),
        Command::Share(cmd) => share::run(ctx, cmd),
        Command::Backup(cmd) => share::backup(ctx, cmd),
        Command::Export(cmd) => export::run(ctx, cmd),
        Command::Forms(args) => forms::forms(ctx, args),
        Command::Page(cmd) => forms::page(ctx, cmd),
        Command::City(cmd) => city::run(ctx, cmd),
    }
}

/// After an add: the stored record as JSON, or a one-line confirmation with its id.
pub fn saved<T: Serialize>(
    ctx: &Ctx,
    record: &T,
    id: Uuid,
    what: (&str, &str),
    detail: &str,
) -> Result<()> {
    if ctx.json {
        return ctx.print_json(record);
    }
    let (ja, en) = what;
    match ctx.lang {
        hagukumi_core::Lang::Ja => outln!("{ja}を記録しました  {detail}\nID: {id}"),
        hagukumi_core::Lang::En => outln!("Saved the {en}  {detail}\nid: {id}"),
    }
    Ok(())
}

/// After a delete.
pub fn deleted(ctx: &Ctx, id: Uuid, what: (&str, &str)) -> Result<()> {
    if ctx.json {
        return ctx.print_json(&serde_json::json!({ "deleted": id }));
    }
    let (ja, en) = what;
    match ctx.lang {
        hagukumi_core::Lang::Ja => outln!("{ja}を削除しました（ID: {id}）"),
        hagukumi_core::Lang::En => outln!("Deleted the {en} (id: {id})"),
    }
    Ok(())
}

/// A table, or a line saying there is nothing yet.
pub fn print_table(ctx: &Ctx, table: &crate::render::Table) {
    if table.is_empty() {
        outln!("{}", ctx.t("（記録はまだありません）", "(no records yet)"));
    } else {
        out!("{}", table.render(""));
    }
}

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

use hagukumi_core::model::RecordKind;
use hagukumi_core::{Lang, t, tid};
use serde::Serialize;
use uuid::Uuid;

use crate::cli::Command;
use crate::ctx::Ctx;
use crate::error::{Msg, Result};

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

/// What the CLI calls a record of `kind` when it says what it saved, corrected or
/// deleted.
pub fn record_noun(lang: Lang, kind: RecordKind) -> String {
    let id = match kind {
        RecordKind::MotherProfile => tid!("cli-record-mother-profile"),
        RecordKind::Pregnancy => tid!("cli-record-pregnancy"),
        RecordKind::PrenatalCheckup => tid!("cli-record-prenatal-checkup"),
        RecordKind::Delivery => tid!("cli-record-delivery"),
        RecordKind::Child => tid!("cli-record-child"),
        RecordKind::Growth => tid!("cli-record-growth"),
        RecordKind::InfantCheckup => tid!("cli-record-infant-checkup"),
        RecordKind::Vaccination => tid!("cli-record-vaccination"),
        RecordKind::Dental => tid!("cli-record-dental"),
        RecordKind::Diary => tid!("cli-record-diary"),
        RecordKind::Page => tid!("cli-record-page"),
    };
    hagukumi_core::text::text(lang, id)
}

/// After an add: the stored record as JSON, or a one-line confirmation with its id.
pub fn saved<T: Serialize>(
    ctx: &Ctx,
    record: &T,
    id: Uuid,
    kind: RecordKind,
    detail: &str,
) -> Result<()> {
    if ctx.json {
        return ctx.print_json(record);
    }
    let what = record_noun(ctx.lang, kind);
    outln!(
        "{}",
        t!(
            ctx.lang,
            "cli-saved",
            what = what,
            detail = detail,
            id = id.to_string()
        )
    );
    Ok(())
}

/// After a delete.
pub fn deleted(ctx: &Ctx, id: Uuid, kind: RecordKind) -> Result<()> {
    if ctx.json {
        return ctx.print_json(&serde_json::json!({ "deleted": id }));
    }
    let what = record_noun(ctx.lang, kind);
    outln!(
        "{}",
        t!(ctx.lang, "cli-deleted", what = what, id = id.to_string())
    );
    Ok(())
}

/// A table, or a line saying there is nothing yet.
pub fn print_table(ctx: &Ctx, table: &crate::render::Table) {
    if table.is_empty() {
        outln!("{}", t!(ctx.lang, "cli-no-records-yet"));
    } else {
        out!("{}", table.render(""));
    }
}

/// Before an add or an edit is saved: a record that looks like one already saved
/// (same day, same dose; the core decides) is refused with the core's
/// `likely_duplicate` error naming it, unless the user said `--force`. `except`: the
/// record being edited.
pub fn check_duplicate(
    hb: &hagukumi_core::Handbook,
    record: hagukumi_core::store::NewRecord,
    except: Option<Uuid>,
    force: bool,
) -> Result<()> {
    if !force {
        hb.refuse_duplicates(&record, except)?;
    }
    Ok(())
}

/// After an edit: the stored record as JSON, or what changed, field by field.
fn edited<T: Serialize>(
    ctx: &Ctx,
    before: &T,
    after: &hagukumi_core::model::Record<T>,
    short_id: &str,
    kind: RecordKind,
) -> Result<()> {
    if ctx.json {
        return ctx.print_json(after);
    }
    let what = record_noun(ctx.lang, kind);
    outln!("{}", t!(ctx.lang, "cli-edited", what = what, id = short_id));
    for line in crate::render::changes(ctx.lang, before, &after.data) {
        outln!("  {line}");
    }
    Ok(())
}

/// An edit that would change nothing: said, and nothing is written.
fn unchanged(ctx: &Ctx, short_id: &str) -> Result<()> {
    if ctx.json {
        return ctx.print_json(&serde_json::json!({ "unchanged": short_id }));
    }
    outln!("{}", t!(ctx.lang, "cli-unchanged", id = short_id));
    Ok(())
}

/// `delete ID` asks for `--yes`: without it, say what would be deleted (and what goes
/// with it) and stop with `confirmation_needed`, deleting nothing.
fn confirm_delete(
    hb: &hagukumi_core::Handbook,
    kind: RecordKind,
    id: Uuid,
    yes: bool,
    also: Option<Msg>,
) -> Result<()> {
    if yes {
        return Ok(());
    }
    // The record's one line, in each language the message may be shown in.
    let mut lines = Vec::new();
    for lang in Lang::SHIPPED {
        let line = hb
            .briefs(kind, lang)?
            .into_iter()
            .find(|b| b.id == id)
            .map(|b| format!("{} {} {}", b.short_id, b.date, b.description))
            .unwrap_or_else(|| id.to_string());
        lines.push((lang, line));
    }
    Err(crate::error::CliError::ConfirmationNeeded(Msg::new(
        move |lang| {
            let line = lines
                .iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, s)| s.as_str())
                .unwrap_or_default();
            let also = also.as_ref().map(|m| m.get(lang)).unwrap_or_default();
            t!(
                lang,
                "cli-confirm-delete",
                what = record_noun(lang, kind),
                line = line,
                also = also
            )
        },
    )))
}

/// Replace an optional text field when the option was given ("" clears it).
pub fn set_text(field: &mut Option<String>, value: Option<String>) {
    if let Some(v) = value {
        *field = Some(v).filter(|v| !v.trim().is_empty());
    }
}

/// Replace an optional value when the option was given.
pub fn set_some<T>(field: &mut Option<T>, value: Option<T>) {
    if value.is_some() {
        *field = value;
    }
}

/// Replace a field when the option was given.
pub fn set_opt<T>(field: &mut T, value: Option<T>) {
    if let Some(v) = value {
        *field = v;
    }
}

/// A record kind that `edit` corrects.
pub trait Editable: Serialize + Clone + PartialEq {
    const KIND: RecordKind;
    /// As the core's duplicate check takes it (`None`: a kind it has no rule for).
    fn as_new(&self) -> Option<hagukumi_core::store::NewRecord>;
    fn get(
        hb: &hagukumi_core::Handbook,
        id: Uuid,
    ) -> hagukumi_core::Result<hagukumi_core::model::Record<Self>>;
    fn update(
        hb: &mut hagukumi_core::Handbook,
        id: Uuid,
        data: Self,
    ) -> hagukumi_core::Result<hagukumi_core::model::Record<Self>>;
    fn delete(hb: &mut hagukumi_core::Handbook, id: Uuid) -> hagukumi_core::Result<()>;
}

macro_rules! editable {
    ($t:ty, $kind:ident, $get:ident, $update:ident, $delete:ident, $new:expr) => {
        impl Editable for $t {
            const KIND: RecordKind = RecordKind::$kind;
            fn as_new(&self) -> Option<hagukumi_core::store::NewRecord> {
                let new: fn(Self) -> Option<hagukumi_core::store::NewRecord> = $new;
                new(self.clone())
            }
            fn get(
                hb: &hagukumi_core::Handbook,
                id: Uuid,
            ) -> hagukumi_core::Result<hagukumi_core::model::Record<Self>> {
                hb.$get(id)
            }
            fn update(
                hb: &mut hagukumi_core::Handbook,
                id: Uuid,
                data: Self,
            ) -> hagukumi_core::Result<hagukumi_core::model::Record<Self>> {
                hb.$update(id, data)
            }
            fn delete(hb: &mut hagukumi_core::Handbook, id: Uuid) -> hagukumi_core::Result<()> {
                hb.$delete(id)
            }
        }
    };
}

use hagukumi_core::model as m;
use hagukumi_core::store::NewRecord as N;
editable!(m::Child, Child, child, update_child, delete_child, |data| {
    Some(N::Child { data })
});
editable!(
    m::GrowthMeasurement,
    Growth,
    growth_measurement,
    update_growth,
    delete_growth,
    |data| Some(N::Growth { data })
);
editable!(
    m::InfantCheckupRecord,
    InfantCheckup,
    infant_checkup,
    update_infant_checkup,
    delete_infant_checkup,
    |data| Some(N::InfantCheckup { data })
);
editable!(
    m::Vaccination,
    Vaccination,
    vaccination,
    update_vaccination,
    delete_vaccination,
    |data| Some(N::Vaccination { data })
);
editable!(
    m::DentalRecord,
    Dental,
    dental_record,
    update_dental,
    delete_dental,
    |data| Some(N::Dental { data })
);
editable!(
    m::DiaryEntry,
    Diary,
    diary_entry,
    update_diary,
    delete_diary,
    |data| Some(N::Diary { data })
);
editable!(
    m::PrenatalCheckup,
    PrenatalCheckup,
    prenatal_checkup,
    update_prenatal_checkup,
    delete_prenatal_checkup,
    |data| Some(N::PrenatalCheckup { data })
);
// One delivery per pregnancy: the store refuses a second, so there is no look-alike
// to ask about.
editable!(
    m::Delivery,
    Delivery,
    delivery,
    update_delivery,
    delete_delivery,
    |_| None
);

/// `GROUP edit ID …`: the record by short id, changed by `change` (the options
/// given), saved by [`save_edit`].
pub fn edit_record<T: Editable>(
    ctx: &Ctx,
    given: &str,
    force: bool,
    change: impl FnOnce(&hagukumi_core::Handbook, &mut T) -> Result<()>,
) -> Result<()> {
    let mut hb = ctx.open_existing()?;
    let id = crate::ids::record(&hb, T::KIND, given, ctx.lang)?;
    let before = T::get(&hb, id)?.data;
    let mut after = before.clone();
    change(&hb, &mut after)?;
    save_edit(ctx, &mut hb, id, before, after, force)
}

/// `GROUP delete ID [--yes]`: without `--yes`, what would be deleted (`also`: what
/// goes with it, `None` for nothing) and `confirmation_needed`.
pub fn delete_record<T: Editable>(
    ctx: &Ctx,
    args: &child::DeleteArgs,
    also: impl FnOnce(&hagukumi_core::Handbook, Uuid) -> Result<Option<Msg>>,
) -> Result<()> {
    let mut hb = ctx.open_existing()?;
    let id = crate::ids::record(&hb, T::KIND, &args.id, ctx.lang)?;
    let also = also(&hb, id)?;
    confirm_delete(&hb, T::KIND, id, args.yes, also)?;
    T::delete(&mut hb, id)?;
    deleted(ctx, id, T::KIND)
}

/// Nothing else goes with the record deleted.
pub fn nothing_else(_: &hagukumi_core::Handbook, _: Uuid) -> Result<Option<Msg>> {
    Ok(None)
}

/// Save an `edit`: nothing when nothing changed; a look-alike of another record is
/// refused unless `--force`; the core validates as for an add; then what changed.
fn save_edit<T: Editable>(
    ctx: &Ctx,
    hb: &mut hagukumi_core::Handbook,
    id: Uuid,
    before: T,
    after: T,
    force: bool,
) -> Result<()> {
    let short = hb.short_id(T::KIND, id)?;
    if before == after {
        return unchanged(ctx, &short);
    }
    if let (false, Some(old), Some(new)) = (force, before.as_new(), after.as_new()) {
        hb.refuse_edit_duplicates(&old, &new, id)?;
    }
    let r = T::update(hb, id, after)?;
    edited(ctx, &before, &r, &short, T::KIND)
}

/// A record's short id from [`hagukumi_core::Handbook::short_ids`] (its full id if
/// it has none).
pub fn short_id(short: &std::collections::HashMap<Uuid, String>, id: Uuid) -> String {
    short.get(&id).cloned().unwrap_or_else(|| id.to_string())
}

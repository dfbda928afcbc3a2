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
    what: (&str, &str),
) -> Result<()> {
    if ctx.json {
        return ctx.print_json(after);
    }
    let (ja, en) = what;
    match ctx.lang {
        hagukumi_core::Lang::Ja => outln!("{ja}（ID {short_id}）を修正しました"),
        hagukumi_core::Lang::En => outln!("Corrected the {en} (id {short_id})"),
    }
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
    outln!(
        "{}",
        match ctx.lang {
            hagukumi_core::Lang::Ja => format!(
                "変更はありません（ID {short_id}）。直したい項目をオプションで指定してください。何も保存していません。"
            ),
            hagukumi_core::Lang::En => format!(
                "Nothing to change (id {short_id}): give the options to correct. Nothing was saved."
            ),
        }
    );
    Ok(())
}

/// `delete ID` asks for `--yes`: without it, say what would be deleted (and what goes
/// with it) and stop with `confirmation_needed`, deleting nothing.
fn confirm_delete(
    hb: &hagukumi_core::Handbook,
    kind: hagukumi_core::model::RecordKind,
    id: Uuid,
    yes: bool,
    also: (&str, &str),
) -> Result<()> {
    if yes {
        return Ok(());
    }
    let line = |lang| -> Result<String> {
        Ok(hb
            .briefs(kind, lang)?
            .into_iter()
            .find(|b| b.id == id)
            .map(|b| format!("{} {} {}", b.short_id, b.date, b.description))
            .unwrap_or_else(|| id.to_string()))
    };
    let (also_ja, also_en) = also;
    Err(crate::error::CliError::ConfirmationNeeded(
        crate::error::Msg::new(
            format!(
                "This deletes the {}: {}{also_en}. Nothing was deleted; to delete it, run the command again with --yes.",
                kind.label_en(),
                line(hagukumi_core::Lang::En)?
            ),
            format!(
                "{}「{}」を削除します{also_ja}。まだ何も削除していません。削除するには --yes を付けてもう一度実行してください。",
                kind.label_ja(),
                line(hagukumi_core::Lang::Ja)?
            ),
        ),
    ))
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
    const KIND: hagukumi_core::model::RecordKind;
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
            const KIND: hagukumi_core::model::RecordKind = hagukumi_core::model::RecordKind::$kind;
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
/// goes with it, "" for nothing) and `confirmation_needed`.
pub fn delete_record<T: Editable>(
    ctx: &Ctx,
    args: &child::DeleteArgs,
    also: impl FnOnce(&hagukumi_core::Handbook, Uuid) -> Result<(String, String)>,
) -> Result<()> {
    let mut hb = ctx.open_existing()?;
    let id = crate::ids::record(&hb, T::KIND, &args.id, ctx.lang)?;
    let (also_ja, also_en) = also(&hb, id)?;
    confirm_delete(&hb, T::KIND, id, args.yes, (&also_ja, &also_en))?;
    T::delete(&mut hb, id)?;
    let ja = T::KIND.label_ja();
    let ja = if ja.ends_with("記録") {
        ja.to_string()
    } else {
        format!("{ja}の記録")
    };
    deleted(ctx, id, (&ja, T::KIND.label_en()))
}

/// Nothing else goes with the record deleted.
pub fn nothing_else(_: &hagukumi_core::Handbook, _: Uuid) -> Result<(String, String)> {
    Ok((String::new(), String::new()))
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
    edited(
        ctx,
        &before,
        &r,
        &short,
        (T::KIND.label_ja(), T::KIND.label_en()),
    )
}

/// A record's short id from [`hagukumi_core::Handbook::short_ids`] (its full id if
/// it has none).
pub fn short_id(short: &std::collections::HashMap<Uuid, String>, id: Uuid) -> String {
    short.get(&id).cloned().unwrap_or_else(|| id.to_string())
}

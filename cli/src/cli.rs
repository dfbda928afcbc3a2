//! The command tree. Each group's arguments live with its code in `commands/`; this
//! file only names the groups and the options every command shares.

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use hagukumi_core::Lang;
use std::path::PathBuf;

use crate::commands::{
    child, city, demo, diary, export, feed, forms, mother, photo, schedule, share, timeline,
};
use crate::parse;

// `hagukumi`. Every description shown in help is a catalog message (`cli-help-cmd-…`,
// see `help.rs`); the doc comments here and in `commands/` are for developers.
#[derive(Debug, Parser)]
#[command(name = "hagukumi", version, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Folder of the handbook (DIR/handbook.sqlite3) [default: the platform data
    /// directory, e.g. ~/.local/share/hagukumi]
    #[arg(long, global = true, env = "HAGUKUMI_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Language of output, help and error messages: ja or en [default: from
    /// HAGUKUMI_LANG, then the locale (LC_ALL, LC_MESSAGES, LANG), else ja]. Read
    /// before parsing by [`crate::help::language`], which also checks it.
    #[arg(long, global = true, value_name = "LANG", value_parser = crate::help::parse_lang)]
    pub lang: Option<Lang>,

    /// Print JSON (the stored record, list or summary) instead of text; errors too
    #[arg(long, global = true)]
    pub json: bool,

    /// Pretend today is this date in Japan (for demos and reproducible tests)
    #[arg(long, global = true, env = "HAGUKUMI_TODAY", value_name = "YYYY-MM-DD", value_parser = parse::date)]
    pub today: Option<NaiveDate>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a handbook for a sample family in the data directory and show it
    Demo(demo::DemoArgs),
    /// The home screen: the pregnancy, each child's age, latest measurements, next checkup
    Home,
    /// The mother's profile (お母さんのプロフィール)
    #[command(subcommand)]
    Profile(mother::ProfileCmd),
    /// Pregnancies (妊娠)
    #[command(subcommand)]
    Pregnancy(mother::PregnancyCmd),
    /// Prenatal checkups (妊婦健診)
    #[command(subcommand)]
    Prenatal(mother::PrenatalCmd),
    /// The delivery record (出産の状態), which creates the child or children
    #[command(subcommand)]
    Delivery(mother::DeliveryCmd),
    /// Children (お子さん)
    #[command(subcommand)]
    Child(child::ChildCmd),
    /// Growth measurements (身体測定)
    #[command(subcommand)]
    Growth(child::GrowthCmd),
    /// Infant checkups (乳幼児健康診査): the parent's record and the clinic's, by question id
    #[command(subcommand)]
    Checkup(child::CheckupCmd),
    /// Vaccination doses (予防接種)
    #[command(subcommand)]
    Vaccination(child::VaccinationCmd),
    /// Dental checkups (歯科健診) of a child or during pregnancy
    #[command(subcommand)]
    Dental(child::DentalCmd),
    /// Diary entries (日記) about a pregnancy, a child, or several at once
    #[command(subcommand)]
    Diary(diary::DiaryCmd),
    /// Photos (写真): import, list, and check the photo folder
    #[command(subcommand)]
    Photo(photo::PhotoCmd),
    /// Every record about a child or a pregnancy, newest first, a page at a time
    Timeline(timeline::TimelineArgs),
    /// Check the handbook file's integrity and print its schema version
    Check,
    /// A child's vaccination plan (予防接種スケジュール): from the handbook (--child) or
    /// for any birth date and doses given (--birth, --dose)
    Schedule(schedule::ScheduleArgs),
    /// Vaccinations and checkups falling due soon, for every child and the pregnancy
    Reminders(schedule::RemindersArgs),
    /// The city's information feed: sync (families); keygen, build, check, serve (city staff)
    #[command(subcommand)]
    Feed(feed::FeedCmd),
    /// The city's notices for this family (お知らせ), each with why it is shown
    Notices(feed::NoticesArgs),
    /// Share records with the other parent or grandparents (共有), end-to-end encrypted
    #[command(subcommand)]
    Share(share::ShareCmd),
    /// Back up the whole handbook to one encrypted file, or restore it (バックアップ)
    #[command(subcommand)]
    Backup(share::BackupCmd),
    /// A child's records for others: a FHIR R4 bundle, or a printable HTML summary
    #[command(subcommand)]
    Export(export::ExportCmd),
    /// The pages of the handbook as forms: ids, fields, answers each takes (what the apps draw)
    Forms(forms::FormsArgs),
    /// The handbook's other pages: screening tests, newborn period, after the birth, partner, stool colour
    #[command(subcommand)]
    Page(forms::PageCmd),
    /// The city whose feed this handbook follows (市区町村): show it, or move to another
    #[command(subcommand)]
    City(city::CityCmd),
}

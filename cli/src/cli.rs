//! The command tree. Each group's arguments live with its code in `commands/`; this
//! file only names the groups and the options every command shares.

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use hagukumi_core::Lang;
use std::path::PathBuf;

use crate::commands::{
    child, city, demo, diary, export, feed, forms, mother, photo, schedule, share, timeline,
};
use crate::parse;

#[derive(Debug, Parser)]
#[command(
    name = "hagukumi",
    version,
    about = "Hagukumi (はぐくみ): the electronic maternal and child health handbook (電子母子手帳), from a terminal.",
    long_about = "Hagukumi (はぐくみ): the electronic maternal and child health handbook (電子母子手帳), from a terminal.\n\n\
        Everything stays in one file, DIR/handbook.sqlite3, and the photos in DIR/photos/. Try `hagukumi demo` for a sample family.\n\n\
        IDs: give the short id a list shows (the id's last 8 hex digits), the full id, or a unique prefix or ending of at least 8 hex digits. Where a command needs a child \
        or a pregnancy and the handbook has exactly one child (or one ongoing pregnancy), the id may be left out.\n\n\
        Exit codes: 0 done; 2 the input was refused (nothing was written); 3 `photo import`: some files \
        imported, the others refused (each is listed); 1 any other failure.",
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Folder of the handbook (DIR/handbook.sqlite3) [default: the platform data
    /// directory, e.g. ~/.local/share/hagukumi]
    #[arg(long, global = true, env = "HAGUKUMI_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Language of output and error messages
    #[arg(long, global = true, env = "HAGUKUMI_LANG", value_enum, default_value_t = LangArg::Ja)]
    pub lang: LangArg,

    /// Print JSON (the stored record, list or summary) instead of text; errors too
    #[arg(long, global = true)]
    pub json: bool,

    /// Pretend today is this date in Japan (for demos and reproducible tests)
    #[arg(long, global = true, env = "HAGUKUMI_TODAY", value_name = "YYYY-MM-DD", value_parser = parse::date)]
    pub today: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// 日本語
    Ja,
    /// English
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Ja => Lang::Ja,
            LangArg::En => Lang::En,
        }
    }
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

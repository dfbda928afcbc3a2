//! `feed …` and `notices`: the city's feed from both sides.
//!
//! City staff: `feed keygen` makes the signing key, `feed build` turns the open-data
//! CSVs, the city's RSS/Atom and the hand-edited notices file into a signed feed,
//! `feed check` verifies one and shows what each family stage would see, `feed serve`
//! serves a folder on 127.0.0.1 to try it with the app.
//!
//! Families: `feed sync` fetches (or, with `--sample`, applies the bundled sample
//! city's feed without any network), `notices` shows the "for you" list with the
//! reason for each item, and marks items read or bookmarked.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use hagukumi_core::clock::Clock as _;
use hagukumi_core::feed::authoring::{
    self, BuildError, NoticesFile, Published, Sources, assemble, check_key, generate_key,
};
use hagukumi_core::feed::format::City;
use hagukumi_core::feed::preview::{self, Stage};
use hagukumi_core::feed::{
    CityConfig, FeedClient, FeedError, SecretKey, SyncOptions, SyncOutcome, news, open_signed,
    opendata, sample, signature, sync_feed,
};
use hagukumi_core::store::{EntryKind, ForYouItem, SourceMeta};
use hagukumi_core::{Handbook, Lang, t, tid};

use crate::ctx::Ctx;
use crate::error::{CliError, Msg, Result};

#[derive(Debug, Subcommand)]
pub enum FeedCmd {
    /// Make a new signing key (city staff): DIR/feed-signing.key and its public key
    Keygen {
        /// Folder to write the key files into
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Build a signed feed from open-data CSVs, RSS/Atom and a notices TOML file
    Build(BuildArgs),
    /// Verify a signed feed and show what each family stage would see
    Check(CheckArgs),
    /// Serve a feed folder on 127.0.0.1 with ETag and Last-Modified (for testing)
    Serve {
        /// The folder holding feed.signed.json
        dir: PathBuf,
        #[arg(long, default_value_t = 8080)]
        port: u16,
    },
    /// Fetch the city's feed and apply it to the handbook
    Sync(SyncArgs),
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The city configuration (code, name; its feed_url goes into the feed)
    #[arg(long, value_name = "FILE")]
    city: PathBuf,
    /// The signing key made by `feed keygen`
    #[arg(long, value_name = "FILE")]
    key: PathBuf,
    /// The notices (and support programmes) file staff edit, TOML
    #[arg(long, value_name = "FILE")]
    notices: Option<PathBuf>,
    /// イベント一覧 CSV (UTF-8, UTF-8 with BOM or Shift_JIS)
    #[arg(long, value_name = "FILE")]
    events: Vec<PathBuf>,
    /// 子育て施設一覧 CSV
    #[arg(long, value_name = "FILE")]
    facilities: Vec<PathBuf>,
    /// 医療機関一覧 CSV
    #[arg(long, value_name = "FILE")]
    medical: Vec<PathBuf>,
    /// The city's news feed (RSS 1.0, RSS 2.0, Atom or JSON Feed)
    #[arg(long, value_name = "FILE")]
    news: Vec<PathBuf>,
    /// Folder for feed.signed.json (what the app fetches) and feed.json (readable)
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The signed feed file [default: the bundled sample city's]
    file: Option<PathBuf>,
    /// The city configuration with the pinned key [default: the sample city's]
    #[arg(long, value_name = "FILE")]
    city: Option<PathBuf>,
    /// Preview a pregnancy at N completed weeks (repeatable; instead of the six
    /// default stages)
    #[arg(long = "weeks", value_name = "N", value_parser = |s: &str| crate::parse::whole_number(s, 0, 45))]
    weeks: Vec<u32>,
    /// Preview a child N completed months old (repeatable)
    #[arg(long = "months", value_name = "N", value_parser = |s: &str| crate::parse::whole_number(s, 0, 240))]
    months: Vec<u32>,
    /// Preview a child N days old (repeatable)
    #[arg(long = "days", value_name = "N", value_parser = |s: &str| crate::parse::whole_number(s, 0, 3650))]
    days: Vec<u32>,
    /// Also write the preview as an HTML page: the stages side by side, and the lint
    #[arg(long, value_name = "OUT")]
    html: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// The city configuration (feed URL and pinned keys) [default: the city chosen
    /// with `hagukumi city move`]
    #[arg(long, value_name = "FILE")]
    city: Option<PathBuf>,
    /// Apply the bundled sample city's feed (no network)
    #[arg(long, conflicts_with = "city")]
    sample: bool,
}

#[derive(Debug, Args)]
pub struct NoticesArgs {
    /// Mark this notice as read: its number in the list (or its id from --json)
    #[arg(long, value_name = "NUMBER")]
    read: Option<String>,
    /// Bookmark this notice: its number in the list (or its id)
    #[arg(long, value_name = "NUMBER")]
    bookmark: Option<String>,
    /// Remove the bookmark of this notice: its number in the list (or its id)
    #[arg(long, value_name = "NUMBER")]
    unbookmark: Option<String>,
    /// List the city's childcare facilities and medical institutions instead
    #[arg(long)]
    directory: bool,
    /// List the notices of the cities the family moved away from instead
    #[arg(long, conflicts_with = "directory")]
    archived: bool,
}

pub fn run(ctx: &Ctx, cmd: FeedCmd) -> Result<()> {
    match cmd {
        FeedCmd::Keygen { out } => keygen(ctx, &out),
        FeedCmd::Build(args) => build(ctx, args),
        FeedCmd::Check(args) => check(ctx, args),
        FeedCmd::Serve { dir, port } => serve(ctx, dir, port),
        FeedCmd::Sync(args) => sync(ctx, args),
    }
}

impl From<FeedError> for CliError {
    fn from(e: FeedError) -> Self {
        CliError::Feed(e)
    }
}

/// The largest file the feed commands read: above the largest CSV an importer takes
/// (`MAX_CSV_BYTES`) and the largest feed a phone downloads, so every real file fits,
/// while a wrong one (a disk image, `/dev/zero`) is refused instead of read whole.
const MAX_INPUT_BYTES: u64 = 2 * hagukumi_core::feed::opendata::MAX_CSV_BYTES as u64;

fn read(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read as _;
    let io = |source| CliError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes))
        .map_err(io)?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        let mib = MAX_INPUT_BYTES >> 20;
        let path = path.display().to_string();
        return Err(CliError::input(move |lang| {
            t!(
                lang,
                "cli-feed-file-too-large",
                path = path.as_str(),
                mib = mib
            )
        }));
    }
    Ok(bytes)
}

pub(crate) fn read_text(path: &Path) -> Result<String> {
    let bytes = read(path)?;
    String::from_utf8(bytes).map_err(|_| {
        let path = path.display().to_string();
        CliError::input(move |lang| t!(lang, "cli-feed-not-utf8", path = path.as_str()))
    })
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).map_err(|source| CliError::Io {
        path: path.to_path_buf(),
        source,
    })
}

fn mkdir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|source| CliError::Io {
        path: dir.to_path_buf(),
        source,
    })
}

impl From<BuildError> for CliError {
    fn from(e: BuildError) -> Self {
        CliError::Build(e)
    }
}

fn keygen(ctx: &Ctx, out: &Path) -> Result<()> {
    let secret = out.join("feed-signing.key");
    if secret.exists() {
        return Err(BuildError::KeyExists {
            path: secret.display().to_string(),
        }
        .into());
    }
    mkdir(out)?;
    let key = generate_key()?;
    // Created 0600 with the file, never readable by others for a moment; `create_new`
    // also refuses to follow a file planted at that name since the check above.
    {
        use std::io::Write as _;
        hagukumi_core::store::private::create_new(&secret)
            .and_then(|mut f| {
                f.write_all(key.to_file_text().as_bytes())
                    .and_then(|()| f.sync_all())
            })
            .map_err(|source| match source.kind() {
                std::io::ErrorKind::AlreadyExists => CliError::Build(BuildError::KeyExists {
                    path: secret.display().to_string(),
                }),
                _ => CliError::Io {
                    path: secret.clone(),
                    source,
                },
            })?;
    }
    let public = key.public_key().to_base64();
    write(
        &out.join("feed-public.key"),
        format!("{public}\n").as_bytes(),
    )?;
    if ctx.json {
        return ctx
            .print_json(&serde_json::json!({ "secret_key_file": secret, "public_key": public }));
    }
    outln!(
        "{}: {}\n{}: {public}\n{}",
        t!(ctx.lang, "cli-feed-signing-key"),
        secret.display(),
        t!(ctx.lang, "cli-feed-public-key"),
        t!(ctx.lang, "cli-feed-put-the-public-key")
    );
    Ok(())
}

fn build(ctx: &Ctx, args: BuildArgs) -> Result<()> {
    let city = CityConfig::from_toml(&read_text(&args.city)?)?;
    let key = SecretKey::parse(&read_text(&args.key)?)?;
    // Before anything else: a feed signed by a key no phone pins is never written.
    check_key(&city, &key)?;
    let mut sources = Sources::default();
    if let Some(path) = &args.notices {
        sources.notices =
            NoticesFile::parse(&read_text(path)?).map_err(|e| BuildError::Notices {
                file: path.display().to_string(),
                detail: match e {
                    FeedError::InvalidFeed { detail } => detail.text(ctx.lang),
                    other => other.to_string(),
                },
            })?;
    }
    // Every CSV is read before any error is reported: staff fix them all in one go.
    let mut encodings = Vec::new();
    let mut csv_errors = Vec::new();
    let kinds: [(&[PathBuf], CsvKind); 3] = [
        (&args.events, CsvKind::Events),
        (&args.facilities, CsvKind::Facilities),
        (&args.medical, CsvKind::Medical),
    ];
    for (paths, kind) in kinds {
        for path in paths {
            let bytes = read(path)?;
            let read = match kind {
                CsvKind::Events => opendata::events(&bytes).map(|(rows, enc)| {
                    let n = rows.len();
                    sources.events.extend(rows);
                    (enc, n)
                }),
                CsvKind::Facilities => opendata::childcare_facilities(&bytes).map(|(rows, enc)| {
                    let n = rows.len();
                    sources.childcare_facilities.extend(rows);
                    (enc, n)
                }),
                CsvKind::Medical => opendata::medical_institutions(&bytes).map(|(rows, enc)| {
                    let n = rows.len();
                    sources.medical_institutions.extend(rows);
                    (enc, n)
                }),
            };
            match read {
                Ok((enc, n)) => encodings.push((path.clone(), enc, n)),
                Err(e) => csv_errors.push((path.display().to_string(), e)),
            }
        }
    }
    if !csv_errors.is_empty() {
        return Err(BuildError::Csv { files: csv_errors }.into());
    }
    for path in &args.news {
        let items = news::notices(&read(path)?).map_err(|e| BuildError::News {
            file: path.display().to_string(),
            detail: e.to_string(),
        })?;
        sources.news.extend(items);
    }
    if sources.notices.feed.feed_url.is_none() {
        sources.notices.feed.feed_url = Some(city.feed_url.clone());
    }
    let published = authoring::published(&args.out).map_err(|source| CliError::Io {
        path: args.out.join(authoring::SIGNED_FILE),
        source,
    })?;
    let (previous, previous_bytes) = match &published {
        Published::Feed {
            generated_at,
            bytes,
        } => (Some(*generated_at), Some(bytes.as_slice())),
        _ => (None, None),
    };
    // The build's clock: the system's, or noon of `--today` (the same instant a
    // handbook run with `--today` takes as now, so that demos and tests line up).
    let now = match ctx.today {
        Some(d) => hagukumi_core::clock::FixedClock::on(d).now(),
        None => chrono::Utc::now(),
    }
    .with_timezone(&hagukumi_core::clock::jst());
    let feed_city = City {
        code: city.code.clone(),
        name: city.name.clone(),
        name_en: city.name_en.clone(),
        // The city's consultation desk travels in the signed feed.
        desk: city.desk.clone(),
    };
    let built = match assemble(feed_city.clone(), sources.clone(), now, previous) {
        Ok(built) => built,
        // The same sources built again (a reproducible build such as the bundled
        // sample's): nothing to publish, nothing refused.
        Err(e @ BuildError::NotNewer { .. }) => {
            let same = assemble(feed_city, sources, now, None)
                .ok()
                .map(|b| signature::sign(&b.feed.to_json(), &key));
            if same.is_some() && same.as_deref() == previous_bytes {
                outln!("{}", t!(ctx.lang, "cli-feed-the-output-folder-already"));
                return Ok(());
            }
            return Err(e.into());
        }
        Err(e) => return Err(e.into()),
    };
    let feed = built.feed;
    for w in &built.warnings {
        errln!("{}", w.message(ctx.lang));
    }
    if published == Published::NotAFeed {
        errln!("{}", t!(ctx.lang, "cli-feed-note-the-output-folder"));
    }
    let document = feed.to_json();
    let signed = signature::sign(&document, &key);
    authoring::write_published(&args.out, &document, &signed).map_err(|source| CliError::Io {
        path: args.out.clone(),
        source,
    })?;
    if ctx.json {
        return ctx.print_json(&serde_json::json!({
            "out": args.out,
            "generated_at": feed.hagukumi.generated_at,
            "notices": feed.items.len(),
            "events": feed.hagukumi.events.len(),
            "childcare_facilities": feed.hagukumi.childcare_facilities.len(),
            "medical_institutions": feed.hagukumi.medical_institutions.len(),
            "programmes": feed.hagukumi.programmes.len(),
            "public_key": key.public_key().to_base64(),
            "bytes": signed.len(),
            "warnings": built.warnings.iter().map(|w| w.message(ctx.lang)).collect::<Vec<_>>(),
        }));
    }
    for (path, enc, n) in encodings {
        outln!("  {} ({enc:?}): {n}", path.display());
    }
    outln!(
        "{}",
        t!(
            ctx.lang,
            "cli-feed-built",
            path = args.out.join(authoring::SIGNED_FILE).display().to_string(),
            notices = feed.items.len(),
            events = feed.hagukumi.events.len(),
            facilities = feed.hagukumi.childcare_facilities.len(),
            clinics = feed.hagukumi.medical_institutions.len(),
            programmes = feed.hagukumi.programmes.len(),
            generated = feed.hagukumi.generated_at.to_rfc3339(),
            key = key.public_key().to_string()
        )
    );
    Ok(())
}

#[derive(Clone, Copy)]
enum CsvKind {
    Events,
    Facilities,
    Medical,
}

fn check(ctx: &Ctx, args: CheckArgs) -> Result<()> {
    let city = match &args.city {
        Some(path) => CityConfig::from_toml(&read_text(path)?)?,
        None => sample::city()?,
    };
    let bytes = match &args.file {
        Some(path) => read(path)?,
        None => sample::SIGNED_FEED.to_vec(),
    };
    let feed = open_signed(&bytes, &city)?;
    let today = ctx
        .today
        .unwrap_or_else(|| hagukumi_core::clock::SystemClock.today());
    let mut wanted: Vec<Stage> = Vec::new();
    wanted.extend(args.weeks.iter().map(|&w| Stage::PregnancyWeeks(w)));
    wanted.extend(args.days.iter().map(|&d| Stage::ChildDays(d)));
    wanted.extend(args.months.iter().map(|&m| Stage::ChildMonths(m)));
    if wanted.is_empty() {
        wanted = Stage::DEFAULT.to_vec();
    }
    // Applied to a scratch handbook in memory: exactly what phones would show.
    let by_stage = preview::stages(&feed, &city.feed_url, &wanted, today, ctx.lang)?;
    let lints = preview::lint(&feed, today, ctx.lang);
    if let Some(out) = &args.html {
        let page = preview::html(&feed, &by_stage, &lints, today, ctx.lang);
        // The preview shows notices not yet published: 0600 like the family's files.
        hagukumi_core::store::private::write(out, page.as_bytes()).map_err(|source| {
            CliError::Io {
                path: out.clone(),
                source,
            }
        })?;
    }
    let expired = lints
        .iter()
        .filter(|l| l.kind == preview::LintKind::Expired)
        .count();
    if ctx.json {
        return ctx.print_json(&serde_json::json!({
            "valid": true,
            "city": feed.hagukumi.city,
            "generated_at": feed.hagukumi.generated_at,
            "entries": feed.entry_count(),
            "expired": expired,
            "lint": lints,
            "stages": by_stage,
            "html": args.html,
        }));
    }
    outln!(
        "{}",
        t!(
            ctx.lang,
            "cli-feed-verified",
            city = feed.hagukumi.city.name.as_str(),
            code = feed.hagukumi.city.code.as_str(),
            generated = feed.hagukumi.generated_at.to_rfc3339(),
            entries = feed.entry_count(),
            expired = expired
        )
    );
    // What the phones will offer when a worry comes up.
    match &feed.hagukumi.city.desk {
        Some(desk) => outln!(
            "{} {}",
            t!(ctx.lang, "cli-feed-consultation-desk"),
            desk.label(ctx.lang)
        ),
        None => outln!("{}", t!(ctx.lang, "cli-feed-consultation-desk-none-name")),
    }
    if !lints.is_empty() {
        outln!("\n{} ({})", t!(ctx.lang, "cli-feed-lint"), lints.len());
        for l in &lints {
            outln!("  - {}: {}", l.title, l.message);
        }
    }
    for stage in &by_stage {
        outln!("\n{} ({today})", stage.label);
        if stage.items.is_empty() {
            outln!("  {}", t!(ctx.lang, "cli-feed-nothing"));
        }
        for item in &stage.items {
            outln!("  - {}  [{}]", item.title, reason_text(item));
        }
    }
    if let Some(out) = &args.html {
        outln!(
            "\n{}: {}",
            t!(ctx.lang, "cli-feed-preview-written-to"),
            out.display()
        );
    }
    Ok(())
}

fn reason_text(item: &ForYouItem) -> String {
    item.reasons
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join(" · ")
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            let error = e.to_string();
            CliError::environment(move |lang| {
                t!(lang, "cli-feed-no-runtime", error = error.as_str())
            })
        })
}

fn serve(ctx: &Ctx, dir: PathBuf, port: u16) -> Result<()> {
    use hagukumi_core::feed::serve::{check_feed_folder, serve_dir};
    check_feed_folder(&dir).map_err(serve_error)?;
    let rt = runtime()?;
    rt.block_on(async {
        let served = serve_dir(&dir, port).await.map_err(serve_error)?;
        let addr = served.addr.to_string();
        outln!("{}", t!(ctx.lang, "cli-feed-serving", addr = addr.as_str()));
        outln!(
            "{}",
            t!(ctx.lang, "cli-feed-serving-url", addr = addr.as_str())
        );
        // Until interrupted; the server lives as long as `served`.
        let _ = tokio::signal::ctrl_c().await;
        served.stop();
        Ok(())
    })
}

fn serve_error(e: hagukumi_core::feed::serve::ServeError) -> CliError {
    let user_error = e.is_user_error();
    let msg = Msg::new(move |lang| e.message(lang));
    if user_error {
        CliError::Input(msg)
    } else {
        CliError::Environment(msg)
    }
}

fn sync(ctx: &Ctx, args: SyncArgs) -> Result<()> {
    let mut hb = ctx.open()?;
    let outcome = if args.sample {
        apply_sample(&mut hb)?
    } else {
        let city = match &args.city {
            Some(path) => CityConfig::from_toml(&read_text(path)?)?,
            None => hb
                .city()?
                .ok_or_else(|| CliError::input(|lang| t!(lang, "cli-feed-no-city")))?,
        };
        let client = FeedClient::new(SyncOptions::default())?;
        runtime()?.block_on(sync_feed(&mut hb, &city, &client))?
    };
    if ctx.json {
        return ctx.print_json(&outcome);
    }
    match &outcome {
        SyncOutcome::NotModified { .. } => outln!("{}", t!(ctx.lang, "cli-feed-the-city-s-feed")),
        SyncOutcome::Applied { report: r } => outln!(
            "{}",
            t!(
                ctx.lang,
                "cli-feed-updated",
                added = r.added,
                changed = r.changed,
                removed = r.removed
            )
        ),
    }
    let n = hb.for_you(ctx.lang)?.len();
    outln!("{}", t!(ctx.lang, "cli-feed-for-you", n = n));
    Ok(())
}

/// Apply the bundled sample city's signed feed, verified like a downloaded one.
pub fn apply_sample(hb: &mut Handbook) -> Result<SyncOutcome> {
    let city = sample::city()?;
    let feed = open_signed(sample::SIGNED_FEED, &city)?;
    let report = hb.apply_feed(
        &feed,
        &SourceMeta {
            feed_url: city.feed_url.clone(),
            ..Default::default()
        },
    )?;
    Ok(SyncOutcome::Applied { report })
}

pub fn notices(ctx: &Ctx, args: NoticesArgs) -> Result<()> {
    let marks = [
        (&args.read, Mark::Read),
        (&args.bookmark, Mark::Bookmark),
        (&args.unbookmark, Mark::Unbookmark),
    ];
    let mut confirmations = Vec::new();
    if marks.iter().any(|(v, _)| v.is_some()) {
        let mut hb = ctx.open_existing()?;
        // A number is the item's place in the list as `notices` shows it now.
        let listed = hb.for_you(ctx.lang)?;
        for (given, mark) in marks {
            let Some(given) = given else { continue };
            let (kind, id, title) = resolve(&hb, &listed, given)?;
            match mark {
                Mark::Read => hb.mark_feed_read(kind, &id, true)?,
                Mark::Bookmark => hb.set_feed_bookmark(kind, &id, true)?,
                Mark::Unbookmark => hb.set_feed_bookmark(kind, &id, false)?,
            };
            let title = title.as_str();
            confirmations.push(match mark {
                Mark::Read => t!(ctx.lang, "cli-notice-marked-read", title = title),
                Mark::Bookmark => t!(ctx.lang, "cli-notice-bookmarked", title = title),
                Mark::Unbookmark => t!(ctx.lang, "cli-notice-unbookmarked", title = title),
            });
        }
    }
    if !ctx.json {
        for c in &confirmations {
            outln!("{c}");
        }
        if !confirmations.is_empty() {
            outln!();
        }
    }
    let hb = ctx.open_reading()?;
    if args.archived {
        let cities = hb.archived_notices(ctx.lang)?;
        if ctx.json {
            return ctx.print_json(&cities);
        }
        if cities.is_empty() {
            outln!("{}", t!(ctx.lang, "cli-feed-no-archived-notices"));
        }
        for city in &cities {
            outln!(
                "{}",
                t!(
                    ctx.lang,
                    "cli-feed-archived-city",
                    city = city.name.as_str(),
                    code = city.code.as_str(),
                    left = city.archived_at.to_string()
                )
            );
            for n in &city.notices {
                let date = n.date.map(|d| d.to_string()).unwrap_or_default();
                let mut flags = String::new();
                if !n.read {
                    flags.push_str(&t!(ctx.lang, "cli-notice-unread-mark"));
                }
                if n.bookmarked {
                    flags.push_str("★ ");
                }
                outln!(
                    "  {flags}[{}] {}  {date}\n      id: {}",
                    n.category.label(ctx.lang),
                    n.title,
                    n.id
                );
            }
        }
        return Ok(());
    }
    if args.directory {
        let mut all = hb.feed_entries(EntryKind::ChildcareFacility)?;
        all.extend(hb.feed_entries(EntryKind::MedicalInstitution)?);
        if ctx.json {
            return ctx.print_json(&all);
        }
        for e in &all {
            let kind = e.data.get("kind").and_then(|k| k.as_str()).unwrap_or("");
            let phone = e.data.get("phone").and_then(|k| k.as_str()).unwrap_or("");
            outln!("{}  {kind}  {phone}", e.title);
        }
        return Ok(());
    }
    let items = hb.for_you(ctx.lang)?;
    if ctx.json {
        return ctx.print_json(&items);
    }
    print_items(ctx, &items);
    Ok(())
}

#[derive(Clone, Copy)]
enum Mark {
    Read,
    Bookmark,
    Unbookmark,
}

/// The entry `given` names: its number in the list as shown, or its id (as in
/// `--json` output); with its title for the confirmation.
fn resolve(
    hb: &Handbook,
    listed: &[ForYouItem],
    given: &str,
) -> Result<(EntryKind, String, String)> {
    if let Ok(n) = given.trim().parse::<usize>() {
        return match n.checked_sub(1).and_then(|i| listed.get(i)) {
            Some(item) => Ok((item.kind, item.id.clone(), item.title.clone())),
            None => {
                let count = listed.len();
                Err(CliError::not_found(move |lang| {
                    t!(lang, "cli-notice-no-number", n = n, count = count)
                }))
            }
        };
    }
    if let Some(item) = listed.iter().find(|i| i.id == given) {
        return Ok((item.kind, item.id.clone(), item.title.clone()));
    }
    // Not listed for this family (a directory entry, or not targeted): by id.
    for kind in EntryKind::ALL {
        if let Some(e) = hb.feed_entries(kind)?.into_iter().find(|e| e.id == given) {
            return Ok((kind, e.id, e.title));
        }
    }
    let given = given.to_string();
    Err(CliError::not_found(move |lang| {
        t!(lang, "cli-notice-no-item", given = given.as_str())
    }))
}

/// The "for you" list as text: one numbered block per item (the number is what
/// `--read`, `--bookmark` take), with why it is shown, its text, an event's date,
/// time and place, and its link. Internal ids are only in `--json`.
pub fn print_items(ctx: &Ctx, items: &[ForYouItem]) {
    if items.is_empty() {
        outln!("{}", t!(ctx.lang, "cli-feed-no-notices-hagukumi-feed"));
        return;
    }
    for (i, item) in items.iter().enumerate() {
        let mut flags = String::new();
        if !item.read {
            flags.push_str(&t!(ctx.lang, "cli-notice-unread-mark"));
        } else if item.updated_since_read {
            flags.push_str(&t!(ctx.lang, "cli-notice-updated-mark"));
        }
        if item.bookmarked {
            flags.push_str("★ ");
        }
        let date = match (item.kind, item.date, item.valid_until) {
            (EntryKind::Event, Some(start), Some(end)) if end != start => {
                format!("  {}", date_range(ctx.lang, start, end))
            }
            (EntryKind::Event, Some(start), _) => format!("  {}", day(ctx.lang, start)),
            (_, Some(d), _) => format!("  {d}"),
            _ => String::new(),
        };
        outln!(
            "{}. {flags}[{}] {}{date}\n    {}",
            i + 1,
            item.category.label(ctx.lang),
            item.title,
            reason_text(item),
        );
        for line in item.body.lines().filter(|l| !l.trim().is_empty()) {
            outln!("    {line}");
        }
        if let Some(url) = &item.url {
            outln!("    {url}");
        }
        if item.kind == EntryKind::Programme
            && let Some(deadline) = item.valid_until
        {
            outln!(
                "    {}",
                t!(ctx.lang, "cli-feed-apply-by", date = deadline.to_string())
            );
        }
        outln!();
    }
    outln!("{}", t!(ctx.lang, "cli-feed-mark-as-read-hagukumi"));
}

/// `2026-06-20（土）` / `Sat 2026-06-20`.
fn day(lang: Lang, d: NaiveDate) -> String {
    use chrono::Datelike as _;
    let i = d.weekday().num_days_from_monday() as usize;
    let weekday = [
        tid!("cli-weekday-mon"),
        tid!("cli-weekday-tue"),
        tid!("cli-weekday-wed"),
        tid!("cli-weekday-thu"),
        tid!("cli-weekday-fri"),
        tid!("cli-weekday-sat"),
        tid!("cli-weekday-sun"),
    ][i];
    t!(
        lang,
        "cli-date-with-weekday",
        date = d.to_string(),
        weekday = hagukumi_core::text::text(lang, weekday)
    )
}

fn date_range(lang: Lang, start: NaiveDate, end: NaiveDate) -> String {
    t!(
        lang,
        "cli-date-range",
        from = day(lang, start),
        until = day(lang, end)
    )
}

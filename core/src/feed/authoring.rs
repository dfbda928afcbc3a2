//! The publisher's side: the notices file staff edit by hand, assembling a feed from
//! it and the imported data sets, and making a signing key.
//!
//! The notices file is TOML because staff edit it in a text editor: comments are
//! allowed, no brackets to balance, long texts in `"""` blocks. Its audience tables
//! have exactly the keys of the feed's `audience`, so what staff write is what the
//! phone matches:
//!
//! ```toml
//! [feed]
//! title = "こもれび市 子育て情報"
//!
//! [[notice]]
//! id = "2026-checkup-4m"
//! category = "health_checkup"
//! title = "4か月児健康診査のご案内"
//! body = """対象のお子さんには個別に通知しています。"""
//! published = "2026-04-01"
//! valid_until = "2027-03-31"
//! audience = { child_age_months = { from = 3, to = 4 } }
//! ```

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone as _, Timelike as _};
use serde::Deserialize;

use super::error::{Detail, arg};
use super::format::{
    Audience, Category, ChildcareFacility, City, DateSpan, Event, Feed, MedicalInstitution, Notice,
    NoticeExtension, Programme, Span,
};
use super::{FeedError, SecretKey};
use crate::lang::Lang;
use crate::tid;

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticesFile {
    #[serde(default)]
    pub feed: FeedSection,
    #[serde(default, rename = "notice")]
    pub notices: Vec<NoticeEntry>,
    #[serde(default, rename = "programme")]
    pub programmes: Vec<ProgrammeEntry>,
}

/// The audience as staff write it: the feed's keys, but a misspelt key is an error
/// here (the feed itself ignores unknown keys, for newer formats).
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AudienceInput {
    pub pregnancy_weeks: Option<SpanInput>,
    pub child_age_days: Option<SpanInput>,
    pub child_age_months: Option<SpanInput>,
    pub child_born: Option<DateSpanInput>,
    #[serde(default)]
    pub districts: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpanInput {
    pub from: Option<u32>,
    pub to: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateSpanInput {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl From<AudienceInput> for Audience {
    fn from(a: AudienceInput) -> Audience {
        let span = |s: SpanInput| Span {
            from: s.from,
            to: s.to,
        };
        Audience {
            pregnancy_weeks: a.pregnancy_weeks.map(span),
            child_age_days: a.child_age_days.map(span),
            child_age_months: a.child_age_months.map(span),
            child_born: a.child_born.map(|d| DateSpan {
                from: d.from,
                to: d.to,
            }),
            districts: a.districts,
        }
    }
}

/// A support programme as staff write it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeEntry {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    pub summary: String,
    pub summary_en: Option<String>,
    pub eligibility: Option<String>,
    pub how_to_apply: Option<String>,
    pub deadline: Option<NaiveDate>,
    pub url: Option<String>,
    #[serde(default)]
    pub audience: AudienceInput,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedSection {
    pub title: Option<String>,
    pub home_page_url: Option<String>,
    pub feed_url: Option<String>,
    /// Fixed generation time (reproducible builds, the bundled sample); else now.
    pub generated_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeEntry {
    pub id: String,
    /// One of the format's categories: a misspelt one is an error here (a phone
    /// reads an unknown category as `general`, for newer formats).
    #[serde(deserialize_with = "known_category")]
    pub category: Category,
    pub title: String,
    pub title_en: Option<String>,
    pub body: String,
    pub body_en: Option<String>,
    /// `2026-04-01` (09:00 in Japan) or a full RFC 3339 time.
    pub published: Option<String>,
    pub updated: Option<String>,
    pub valid_until: Option<NaiveDate>,
    pub url: Option<String>,
    #[serde(default)]
    pub audience: AudienceInput,
}

fn known_category<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Category, D::Error> {
    let name = String::deserialize(d)?;
    Category::ALL
        .into_iter()
        .find(|c| c.as_str() == name)
        .ok_or_else(|| {
            let known: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
            serde::de::Error::custom(format!(
                "unknown category {name:?}; use one of: {}",
                known.join(", ")
            ))
        })
}

impl NoticesFile {
    pub fn parse(text: &str) -> Result<NoticesFile, FeedError> {
        toml::from_str(text).map_err(|e| FeedError::InvalidFeed {
            detail: Detail::new(tid!("feed-detail-notices-file"), [("error", arg(e))]),
        })
    }
}

/// `2026-04-01` (taken as 09:00 in Japan, when offices publish) or RFC 3339.
pub fn parse_time(text: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(text.trim()).ok().or_else(|| {
        let date: NaiveDate = text.trim().parse().ok()?;
        crate::clock::jst()
            .from_local_datetime(&date.and_hms_opt(9, 0, 0)?)
            .single()
    })
}

/// What goes into one feed.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    pub notices: NoticesFile,
    pub news: Vec<Notice>,
    pub events: Vec<Event>,
    pub childcare_facilities: Vec<ChildcareFacility>,
    pub medical_institutions: Vec<MedicalInstitution>,
}

/// Why `feed build` (or `feed keygen`) refused, in words for city staff: what to
/// change, in which file. Nothing was written when one of these is returned. Its text
/// (`Display`) is [`BuildError::message`] in English.
#[derive(Debug)]
pub enum BuildError {
    /// The key signs feeds no phone of this city accepts.
    KeyNotPinned { public_key: String },
    /// `generated_at` is not after the feed already published in the output folder.
    NotNewer { found: String, previous: String },
    /// `generated_at` is ahead of the building machine's clock.
    FutureDated { found: String, clock: String },
    /// `[feed] generated_at` or a notice's date is not a date.
    BadTime { at: String, value: String },
    /// The feed would not pass a phone's checks (duplicate ids, a link that is not
    /// https, a text too long…): `detail` names the entry and field.
    Invalid(FeedError),
    /// The notices file is not valid TOML or has a wrong key or value (`detail`
    /// names the line).
    Notices { file: String, detail: String },
    /// A news feed (RSS/Atom) could not be read.
    News { file: String, detail: String },
    /// Every CSV file with problems, each with all of them.
    Csv {
        files: Vec<(String, super::opendata::CsvError)>,
    },
    /// `feed keygen` into a folder that already holds a key.
    KeyExists { path: String },
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::Invalid(e) => Some(e),
            _ => None,
        }
    }
}

impl BuildError {
    pub fn kind(&self) -> &'static str {
        match self {
            BuildError::KeyNotPinned { .. } => "key_not_pinned",
            BuildError::NotNewer { .. } => "not_newer",
            BuildError::FutureDated { .. } => "future_dated",
            BuildError::BadTime { .. } => "bad_time",
            BuildError::Invalid(_) => "invalid_feed",
            BuildError::Notices { .. } => "notices_file",
            BuildError::News { .. } => "news_file",
            BuildError::Csv { .. } => "csv",
            BuildError::KeyExists { .. } => "key_exists",
        }
    }

    /// The message for staff in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            BuildError::KeyNotPinned { public_key } => {
                crate::t!(lang, "feed-build-key-not-pinned", public_key = public_key)
            }
            BuildError::NotNewer { found, previous } => crate::t!(
                lang,
                "feed-build-not-newer",
                found = found,
                previous = previous
            ),
            BuildError::FutureDated { found, clock } => crate::t!(
                lang,
                "feed-build-future-dated",
                found = found,
                clock = clock
            ),
            BuildError::BadTime { at, value } => {
                crate::t!(lang, "feed-build-bad-time", at = at, value = value)
            }
            BuildError::Invalid(e) => {
                crate::t!(lang, "feed-build-invalid", explanation = e.explain(lang))
            }
            BuildError::Notices { file, detail } => {
                crate::t!(lang, "feed-build-notices", file = file, detail = detail)
            }
            BuildError::News { file, detail } => {
                crate::t!(lang, "feed-build-news", file = file, detail = detail)
            }
            BuildError::Csv { files } => csv_text(files, lang),
            BuildError::KeyExists { path } => {
                crate::t!(lang, "feed-build-key-exists", path = path)
            }
        }
    }
}

/// Each file's problems, one per line, each line starting with the file.
fn csv_text(files: &[(String, super::opendata::CsvError)], lang: Lang) -> String {
    files
        .iter()
        .flat_map(|(file, e)| {
            e.message(lang)
                .lines()
                .map(|l| crate::t!(lang, "feed-build-csv-line", file = file, problem = l))
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

impl From<FeedError> for BuildError {
    fn from(e: FeedError) -> Self {
        match e {
            FeedError::FutureDated { found, clock, .. } => BuildError::FutureDated { found, clock },
            other => BuildError::Invalid(other),
        }
    }
}

/// Something staff should know about a feed that was built.
#[derive(Debug, Clone, PartialEq)]
pub enum BuildWarning {
    /// The notice's last day is already past: phones drop it on arrival.
    Expired { id: String, valid_until: NaiveDate },
}

impl BuildWarning {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            BuildWarning::Expired { id, valid_until } => crate::t!(
                lang,
                "feed-build-expired",
                id = id,
                valid_until = valid_until.to_string()
            ),
        }
    }
}

/// A built feed and what staff should know about it.
#[derive(Debug, Clone)]
pub struct Built {
    pub feed: Feed,
    pub warnings: Vec<BuildWarning>,
}

/// The key must be one the city's phones pin.
pub fn check_key(city: &super::CityConfig, key: &SecretKey) -> Result<(), BuildError> {
    if city.public_keys.contains(&key.public_key()) {
        Ok(())
    } else {
        Err(BuildError::KeyNotPinned {
            public_key: key.public_key().to_base64(),
        })
    }
}

/// Put the feed together and check it as a phone would; `now` is this machine's
/// clock, which `[feed] generated_at` must not be ahead of; `previous` is the
/// `generated_at` of the feed already published (in the output folder), which this
/// one must be newer than: without `[feed] generated_at`, the time is the clock's,
/// or one second after `previous` if the clock is behind it (monotonic).
pub fn assemble(
    city: City,
    sources: Sources,
    now: DateTime<FixedOffset>,
    previous: Option<DateTime<FixedOffset>>,
) -> Result<Built, BuildError> {
    let section = &sources.notices.feed;
    let generated_at = match &section.generated_at {
        Some(t) => {
            let t_parsed = parse_time(t).ok_or_else(|| BuildError::BadTime {
                at: "[feed] generated_at".into(),
                value: t.clone(),
            })?;
            super::replay::check_build(t_parsed, now.to_utc())?;
            if let Some(p) = previous
                && t_parsed <= p
            {
                return Err(BuildError::NotNewer {
                    found: t_parsed.to_rfc3339(),
                    previous: p.to_rfc3339(),
                });
            }
            t_parsed
        }
        None => {
            // Whole seconds: the document carries no fractions.
            let now = now.with_nanosecond(0).unwrap_or(now);
            match previous {
                Some(p) if p >= now => {
                    let next = p + chrono::TimeDelta::seconds(1);
                    super::replay::check_build(next, now.to_utc())?;
                    next
                }
                _ => now,
            }
        }
    };
    let title = section
        .title
        .clone()
        // The feed is the city's Japanese publication (English goes in `title_en`).
        .unwrap_or_else(|| crate::t!(Lang::Ja, "feed-default-title", city = &city.name));
    let mut feed = Feed::new(city, title, generated_at);
    feed.home_page_url = section.home_page_url.clone();
    feed.feed_url = section.feed_url.clone();
    let today = now.date_naive();
    let mut warnings = Vec::new();
    for n in &sources.notices.notices {
        let time = |field: &str, v: &Option<String>| -> Result<_, BuildError> {
            v.as_deref()
                .map(|t| {
                    parse_time(t).ok_or_else(|| BuildError::BadTime {
                        at: format!("[[notice]] id = {:?}, {field}", n.id),
                        value: t.to_string(),
                    })
                })
                .transpose()
        };
        if let Some(valid_until) = n.valid_until
            && valid_until < today
        {
            warnings.push(BuildWarning::Expired {
                id: n.id.clone(),
                valid_until,
            });
        }
        feed.items.push(Notice {
            id: n.id.clone(),
            title: n.title.clone(),
            content_text: n.body.trim().to_string(),
            url: n.url.clone(),
            date_published: time("published", &n.published)?,
            date_modified: time("updated", &n.updated)?,
            tags: vec![n.category.as_str().into()],
            hagukumi: NoticeExtension {
                category: n.category,
                title_en: n.title_en.clone(),
                content_text_en: n.body_en.as_ref().map(|b| b.trim().to_string()),
                valid_until: n.valid_until,
                audience: n.audience.clone().into(),
            },
        });
    }
    feed.items.extend(sources.news);
    feed.hagukumi.programmes = sources
        .notices
        .programmes
        .into_iter()
        .map(|p| Programme {
            id: p.id,
            name: p.name,
            name_en: p.name_en,
            summary: p.summary.trim().to_string(),
            summary_en: p.summary_en.map(|s| s.trim().to_string()),
            eligibility: p.eligibility,
            how_to_apply: p.how_to_apply,
            deadline: p.deadline,
            url: p.url,
            audience: p.audience.into(),
        })
        .collect();
    feed.hagukumi.events = sources.events;
    feed.hagukumi.childcare_facilities = sources.childcare_facilities;
    feed.hagukumi.medical_institutions = sources.medical_institutions;
    feed.check()?;
    Ok(Built { feed, warnings })
}

/// The files `feed build` writes into its output folder: the readable document and
/// the signed envelope phones fetch.
pub const DOCUMENT_FILE: &str = "feed.json";
pub const SIGNED_FILE: &str = "feed.signed.json";

/// What the output folder already holds, as far as the next build is concerned.
#[derive(Debug, Clone, PartialEq)]
pub enum Published {
    /// No feed.signed.json there yet.
    Nothing,
    /// A feed (its signature is not checked: the key may have been rotated).
    Feed {
        generated_at: DateTime<FixedOffset>,
        bytes: Vec<u8>,
    },
    /// A file that is not a feed envelope: the build replaces it.
    NotAFeed,
}

/// Read `dir/feed.signed.json`, at most as large as an envelope can be.
pub fn published(dir: &std::path::Path) -> std::io::Result<Published> {
    use std::io::Read as _;
    let path = dir.join(SIGNED_FILE);
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Published::Nothing),
        Err(e) => return Err(e),
    };
    let mut bytes = Vec::new();
    file.take(super::signature::MAX_ENVELOPE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    #[derive(Deserialize)]
    struct Probe {
        #[serde(rename = "_hagukumi")]
        hagukumi: ProbeExt,
    }
    #[derive(Deserialize)]
    struct ProbeExt {
        generated_at: DateTime<FixedOffset>,
    }
    let probe = super::signature::unverified_payload(&bytes)
        .and_then(|p| serde_json::from_slice::<Probe>(&p).ok());
    Ok(match probe {
        Some(p) => Published::Feed {
            generated_at: p.hagukumi.generated_at,
            bytes,
        },
        None => Published::NotAFeed,
    })
}

/// Write the built feed into `dir` so that no reader ever sees half of it: each file
/// is written to a temporary name in the same folder, synced, and renamed over the
/// old one; the signed envelope (the file phones fetch) last. A failure leaves the
/// previous files and no temporary file.
pub fn write_published(
    dir: &std::path::Path,
    document: &[u8],
    signed: &[u8],
) -> std::io::Result<()> {
    use std::io::Write as _;
    std::fs::create_dir_all(dir)?;
    for (name, bytes) in [(DOCUMENT_FILE, document), (SIGNED_FILE, signed)] {
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let result = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
            .and_then(|()| std::fs::rename(&tmp, dir.join(name)));
        if let Err(e) = result {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
    }
    // The renames themselves reach the disk with the folder.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// A new signing key from the operating system's random source.
pub fn generate_key() -> Result<SecretKey, FeedError> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| FeedError::BadConfig {
        detail: Detail::new(tid!("feed-detail-no-random"), [("error", arg(e))]),
    })?;
    Ok(SecretKey::from_seed(seed))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
[feed]
title = "こもれび市 子育て情報"
generated_at = "2026-05-01T09:00:00+09:00"

[[notice]]
id = "checkup-4m"
category = "health_checkup"
title = "4か月児健診"
title_en = "4-month checkup"
body = """
保健センターで行います。
"""
published = "2026-04-01"
valid_until = "2027-03-31"
audience = { child_age_months = { from = 3, to = 4 }, districts = ["中央区"] }

[[programme]]
id = "birth-support"
name = "出産・子育て応援給付金"
summary = "妊娠届出時と出生届出後に給付します。"
deadline = "2027-03-31"
audience = { pregnancy_weeks = { from = 0 } }
"#;

    fn city() -> City {
        City {
            code: "999990".into(),
            name: "こもれび市".into(),
            name_en: None,
            desk: None,
        }
    }

    /// The feed of `notices` alone, built on 2026-05-20.
    fn assemble_on_may_20(notices: NoticesFile) -> Result<Feed, BuildError> {
        assemble_after(notices, None).map(|b| b.feed)
    }

    fn assemble_after(notices: NoticesFile, previous: Option<&str>) -> Result<Built, BuildError> {
        assemble(
            city(),
            Sources {
                notices,
                ..Default::default()
            },
            parse_time("2026-05-20").unwrap(),
            previous.map(|p| parse_time(p).unwrap()),
        )
    }

    #[test]
    fn a_notices_file_becomes_a_checked_feed() {
        let feed = assemble_on_may_20(NoticesFile::parse(FILE).unwrap()).unwrap();
        assert_eq!(
            feed.hagukumi.generated_at.to_rfc3339(),
            "2026-05-01T09:00:00+09:00"
        );
        let n = &feed.items[0];
        assert_eq!(n.content_text, "保健センターで行います。");
        assert_eq!(
            n.date_published.unwrap().to_rfc3339(),
            "2026-04-01T09:00:00+09:00"
        );
        assert_eq!(n.hagukumi.audience.districts, ["中央区"]);
        assert_eq!(
            feed.hagukumi.programmes[0].deadline,
            Some("2027-03-31".parse().unwrap())
        );
    }

    #[test]
    fn mistakes_in_the_notices_file_are_explained() {
        let typo = FILE.replace("child_age_months", "child_age_month");
        let err = NoticesFile::parse(&typo).unwrap_err();
        assert!(err.to_string().contains("child_age_month"), "{err}");
        let dup = format!(
            "{FILE}\n[[notice]]\nid = \"checkup-4m\"\ncategory = \"general\"\ntitle = \"x\"\nbody = \"y\"\n"
        );
        let notices = NoticesFile::parse(&dup).unwrap();
        let err = assemble_on_may_20(notices).unwrap_err();
        assert!(err.to_string().contains("twice"), "{err}");
        // #16: the Japanese message carried the feed error's English sentence.
        let ja = err.message(Lang::Ja);
        assert!(
            ja.contains("フィードがはぐくみのフィード形式に従っていません")
                && ja.contains("`items` に id \"checkup-4m\" が2つあります")
                && !ja.contains("The feed does not follow")
                && !ja.contains("twice"),
            "{ja}"
        );
    }

    /// Issue #14, hole 2: `[feed] generated_at` in 2100 (a typo) is not built.
    #[test]
    fn a_generated_at_ahead_of_the_clock_is_refused() {
        let notices =
            NoticesFile::parse(&FILE.replace("2026-05-01T09:00:00", "2100-05-01T09:00:00"))
                .unwrap();
        let err = assemble_on_may_20(notices).unwrap_err();
        assert_eq!(err.kind(), "future_dated", "{err}");
    }

    /// Issue #20, point 1: an explicit generated_at not after the published feed is
    /// refused; without one, the time follows the clock and never goes backwards.
    #[test]
    fn generated_at_only_moves_forward() {
        let err = assemble_after(
            NoticesFile::parse(FILE).unwrap(),
            Some("2026-05-01T09:00:00+09:00"),
        )
        .unwrap_err();
        assert_eq!(err.kind(), "not_newer", "{err}");
        assert!(err.message(Lang::Ja).contains("generated_at"));
        let err =
            assemble_after(NoticesFile::parse(FILE).unwrap(), Some("2026-05-02")).unwrap_err();
        assert_eq!(err.kind(), "not_newer");
        assemble_after(NoticesFile::parse(FILE).unwrap(), Some("2026-04-30")).unwrap();
        let untimed = FILE.replace("generated_at = \"2026-05-01T09:00:00+09:00\"\n", "");
        let b = assemble_after(NoticesFile::parse(&untimed).unwrap(), None).unwrap();
        assert_eq!(
            b.feed.hagukumi.generated_at,
            parse_time("2026-05-20").unwrap()
        );
        // The published feed is a little ahead of this clock: one second after it.
        let b = assemble_after(
            NoticesFile::parse(&untimed).unwrap(),
            Some("2026-05-20T09:02:00+09:00"),
        )
        .unwrap();
        assert_eq!(
            b.feed.hagukumi.generated_at.to_rfc3339(),
            "2026-05-20T09:02:01+09:00"
        );
    }

    #[test]
    fn unknown_categories_are_refused_and_expired_notices_warned() {
        let err = NoticesFile::parse(&FILE.replace("\"health_checkup\"", "\"health_check\""))
            .unwrap_err();
        assert!(err.to_string().contains("health_check\""), "{err}");
        assert!(err.to_string().contains("vaccination"), "{err}");
        let old = FILE.replace(
            "valid_until = \"2027-03-31\"",
            "valid_until = \"2026-05-19\"",
        );
        let b = assemble_after(NoticesFile::parse(&old).unwrap(), None).unwrap();
        assert_eq!(
            b.warnings,
            [BuildWarning::Expired {
                id: "checkup-4m".into(),
                valid_until: "2026-05-19".parse().unwrap()
            }]
        );
        assert!(b.warnings[0].message(Lang::Ja).contains("掲載期限"));
    }

    #[test]
    fn generated_keys_differ() {
        let a = generate_key().unwrap();
        let b = generate_key().unwrap();
        assert_ne!(a.public_key(), b.public_key());
    }
}

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

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone as _};
use serde::Deserialize;

use super::format::{
    Audience, Category, ChildcareFacility, City, DateSpan, Event, Feed, MedicalInstitution, Notice,
    NoticeExtension, Programme, Span,
};
use super::{FeedError, SecretKey};

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

impl NoticesFile {
    pub fn parse(text: &str) -> Result<NoticesFile, FeedError> {
        toml::from_str(text).map_err(|e| FeedError::InvalidFeed {
            detail: format!("notices file: {e}"),
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

/// Put the feed together and check it as a phone would; `now` is this machine's
/// clock, which `[feed] generated_at` must not be ahead of.
pub fn assemble(
    city: City,
    sources: Sources,
    now: DateTime<FixedOffset>,
) -> Result<Feed, FeedError> {
    let section = &sources.notices.feed;
    let generated_at = match &section.generated_at {
        Some(t) => parse_time(t).ok_or_else(|| FeedError::InvalidFeed {
            detail: format!("[feed] generated_at {t:?} is not a date or RFC 3339 time"),
        })?,
        None => now,
    };
    // A date ahead of this machine's clock would lock phones out of every later
    // feed until that date (crate::feed::replay): refuse it here, before signing.
    super::replay::check_build(generated_at, now.to_utc())?;
    let title = section
        .title
        .clone()
        .unwrap_or_else(|| format!("{} 子育て情報", city.name));
    let mut feed = Feed::new(city, title, generated_at);
    feed.home_page_url = section.home_page_url.clone();
    feed.feed_url = section.feed_url.clone();
    for n in &sources.notices.notices {
        let time = |field: &str, v: &Option<String>| -> Result<_, FeedError> {
            v.as_deref()
                .map(|t| {
                    parse_time(t).ok_or_else(|| FeedError::InvalidFeed {
                        detail: format!(
                            "notice {:?}: {field} {t:?} is not a date or RFC 3339 time",
                            n.id
                        ),
                    })
                })
                .transpose()
        };
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
    Ok(feed)
}

/// A new signing key from the operating system's random source.
pub fn generate_key() -> Result<SecretKey, FeedError> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| FeedError::BadConfig {
        detail: format!("no random numbers from the operating system: {e}"),
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
        }
    }

    /// The feed of `notices` alone, built on 2026-05-20.
    fn assemble_on_may_20(notices: NoticesFile) -> Result<Feed, FeedError> {
        assemble(
            city(),
            Sources {
                notices,
                ..Default::default()
            },
            parse_time("2026-05-20").unwrap(),
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
    }

    /// Issue #14, hole 2: `[feed] generated_at` in 2100 (a typo) is not built.
    #[test]
    fn a_generated_at_ahead_of_the_clock_is_refused() {
        let notices =
            NoticesFile::parse(&FILE.replace("2026-05-01T09:00:00", "2100-05-01T09:00:00"))
                .unwrap();
        let err = assemble_on_may_20(notices).unwrap_err();
        assert_eq!(err.kind().as_str(), "future_dated", "{err}");
    }

    #[test]
    fn generated_keys_differ() {
        let a = generate_key().unwrap();
        let b = generate_key().unwrap();
        assert_ne!(a.public_key(), b.public_key());
    }
}

//! The feed document (docs/feed-format.md, docs/feed.schema.json): a JSON Feed 1.1
//! whose items are the city's notices, with the Hagukumi parts under `_hagukumi` keys.
//!
//! Why JSON Feed and not an envelope of our own: notices *are* news items, and JSON
//! Feed already names their fields (id, title, content_text, url, date_published,
//! date_modified, language, tags); any feed reader or validator can open the city's
//! file, and the city can link it as its public news feed. JSON Feed reserves keys
//! starting with `_` for extensions that other readers ignore, which is where the
//! audience, the English text, the validity and the non-news data sets (events,
//! facilities, medical institutions, support programmes) go.
//!
//! Parsing is strict where a mistake would mislead a family (dates, ranges, ids,
//! links, and the audience: an unknown audience key is refused, because ignoring a
//! criterion would send the notice to everyone) and lenient where the format may
//! grow (other unknown keys are ignored; an unknown category reads as `general`).
//! Every string and every list is bounded (the limits below, docs/feed-format.md),
//! so that one feed cannot fill a phone's screen or storage with one field.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

use super::FeedError;
use super::error::{Detail, arg, quoted};
use crate::text::Arg;
use crate::tid;

/// The `version` of a JSON Feed 1.1 document.
pub const JSON_FEED_VERSION: &str = "https://jsonfeed.org/version/1.1";

/// The Hagukumi format version this build reads and writes (`_hagukumi.format`).
/// A feed with a higher number is refused rather than half understood.
pub const FORMAT_VERSION: u32 = 1;

/// Largest feed document accepted, before any parsing: a city's whole feed with
/// thousands of items is a few megabytes; anything far beyond is a mistake or an
/// attack on a phone's memory.
pub const MAX_FEED_BYTES: usize = 16 * 1024 * 1024;

/// Most entries (of all kinds together) in one feed.
pub const MAX_ENTRIES: usize = 50_000;

/// Characters of an id.
pub const MAX_ID: usize = 200;
/// Characters of a title or name (notice title, entry name, their translations and
/// readings, the feed's title).
pub const MAX_TITLE: usize = 500;
/// Characters of a body text (`content_text`, event `description`, programme
/// `summary`, and their translations).
pub const MAX_TEXT: usize = 20_000;
/// Characters of every other text field (addresses, phone numbers, remarks, hours,
/// eligibility, how to apply…).
pub const MAX_FIELD: usize = 2_000;
/// Characters of a link.
pub const MAX_URL: usize = 2_000;
/// Characters of one tag, district or department.
pub const MAX_NAME: usize = 100;
/// Entries of `tags`.
pub const MAX_TAGS: usize = 20;
/// Entries of `audience.districts` and of `departments`.
pub const MAX_LIST: usize = 100;
/// Characters of the city's name and English name.
const MAX_CITY_NAME: usize = 200;
/// Characters of a language tag (BCP 47).
const MAX_LANGUAGE: usize = 35;

/// A whole feed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Feed {
    pub version: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_page_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feed_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(rename = "_hagukumi")]
    pub hagukumi: FeedExtension,
    #[serde(default)]
    pub items: Vec<Notice>,
}

/// The feed-level `_hagukumi` object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedExtension {
    pub format: u32,
    pub city: City,
    /// When the publisher built this feed. A phone never applies a feed older than
    /// the one it has (a replayed old file would bring back withdrawn notices).
    pub generated_at: DateTime<FixedOffset>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub childcare_facilities: Vec<ChildcareFacility>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub medical_institutions: Vec<MedicalInstitution>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programmes: Vec<Programme>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct City {
    /// 全国地方公共団体コード, 6 digits (the open-data sets' first column).
    pub code: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    /// The city's consultation desk, from its `city.toml`; absent in feeds built
    /// before it existed (and read as absent by phones that predate it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desk: Option<super::desk::ConsultationDesk>,
}

/// What a notice is about; the app groups and colours by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(
    feature = "uniffi",
    derive(uniffi::Enum),
    uniffi(name = "FeedCategory")
)]
pub enum Category {
    HealthCheckup,
    Vaccination,
    Subsidy,
    Event,
    Emergency,
    /// Also what an unknown category from a newer format reads as.
    #[serde(other)]
    General,
}

impl Category {
    /// Every category this format version defines.
    pub const ALL: [Category; 6] = [
        Category::HealthCheckup,
        Category::Vaccination,
        Category::Subsidy,
        Category::Event,
        Category::Emergency,
        Category::General,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::HealthCheckup => "health_checkup",
            Category::Vaccination => "vaccination",
            Category::Subsidy => "subsidy",
            Category::Event => "event",
            Category::Emergency => "emergency",
            Category::General => "general",
        }
    }

    /// The catalog id of the category's label.
    pub fn label_id(self) -> &'static str {
        match self {
            Category::HealthCheckup => crate::tid!("feed-category-health-checkup"),
            Category::Vaccination => crate::tid!("feed-category-vaccination"),
            Category::Subsidy => crate::tid!("feed-category-subsidy"),
            Category::Event => crate::tid!("feed-category-event"),
            Category::Emergency => crate::tid!("feed-category-emergency"),
            Category::General => crate::tid!("feed-category-general"),
        }
    }

    /// The label in `lang` ("健診", "Checkup").
    pub fn label(self, lang: crate::Lang) -> String {
        crate::text::text(lang, self.label_id())
    }
}

/// An inclusive range of whole numbers; a missing end is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<u32>,
}

impl Span {
    pub fn contains(self, v: u32) -> bool {
        self.from.is_none_or(|f| v >= f) && self.to.is_none_or(|t| v <= t)
    }
}

/// An inclusive range of dates; a missing end is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateSpan {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
}

impl DateSpan {
    pub fn contains(self, d: NaiveDate) -> bool {
        self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t)
    }
}

/// Whom an item is for. Decided on the phone, from the family's own records: the
/// city publishes the same file to everyone and learns nothing.
///
/// Life-stage criteria are alternatives: a family matches if an ongoing pregnancy is
/// in `pregnancy_weeks`, or if one child meets every child criterion given. With no
/// life-stage criterion, every family matches. `districts`, when not empty, is an
/// extra condition on where the family lives.
///
/// Unknown keys are refused, unlike everywhere else in the format: a criterion this
/// app does not know (or a misspelt one, `pregnancy_weekz`) would otherwise be
/// ignored and the notice shown to every family. A new criterion needs a new
/// format version.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Audience {
    /// Completed weeks of pregnancy (28 = 28w0d..28w6d).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pregnancy_weeks: Option<Span>,
    /// The child's age in days (0 = the day of birth).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_age_days: Option<Span>,
    /// The child's age in completed calendar months (4 = 4 months 0 days .. 4 months
    /// and the days before the 5-month day).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_age_months: Option<Span>,
    /// The child's birth date ("babies born in January 2026").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_born: Option<DateSpan>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub districts: Vec<String>,
}

impl Audience {
    pub fn has_child_criteria(&self) -> bool {
        self.child_age_days.is_some()
            || self.child_age_months.is_some()
            || self.child_born.is_some()
    }

    pub fn has_stage_criteria(&self) -> bool {
        self.pregnancy_weeks.is_some() || self.has_child_criteria()
    }

    pub fn is_everyone(&self) -> bool {
        !self.has_stage_criteria() && self.districts.is_empty()
    }
}

/// A notice: one JSON Feed item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    pub id: String,
    pub title: String,
    /// Plain text with links written out; JSON Feed's `content_text`.
    pub content_text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_published: Option<DateTime<FixedOffset>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_modified: Option<DateTime<FixedOffset>>,
    /// The category again, for readers that know no `_hagukumi`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(rename = "_hagukumi", default)]
    pub hagukumi: NoticeExtension,
}

/// The item-level `_hagukumi` object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoticeExtension {
    pub category: Category,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_text_en: Option<String>,
    /// Last day (in Japan) the notice is shown; the phone deletes it after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Audience::is_everyone")]
    pub audience: Audience,
}

impl Default for NoticeExtension {
    fn default() -> Self {
        NoticeExtension {
            category: Category::General,
            title_en: None,
            content_text_en: None,
            valid_until: None,
            audience: Audience::default(),
        }
    }
}

/// An event, with the columns of the standard data set イベント一覧 (the Japanese
/// column names are in docs/feed-format.md).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Event {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_kana: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fee: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fee_detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_extension: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organizer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parking: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capacity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_deadline_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_deadline_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_method: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
    /// Not in the standard: who the event is for (a city column such as 対象).
    #[serde(skip_serializing_if = "Audience::is_everyone")]
    pub audience: Audience,
}

/// A childcare facility, with the columns of 子育て施設一覧.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ChildcareFacility {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_kana: Option<String>,
    /// 種別: 公立幼稚園, 認可私立保育所, 認定こども園（幼保連携型）…
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parking: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fax: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corporate_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorized_on: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capacity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_ages: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub close_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours_note: Option<String>,
    /// 一時預かりの有無 (有 / 無).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temporary_care: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}

/// A medical institution, with the columns of 医療機関一覧.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct MedicalInstitution {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_kana: Option<String>,
    /// 医療機関の種類: 病院 / 有床診療所 / 無床診療所.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fax: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corporate_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corporation_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub institution_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub close_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours_note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after_hours: Option<String>,
    /// 診療科目, split at the standard's `;`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub departments: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beds: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}

/// A support programme (subsidy, allowance): 支援制度情報.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Programme {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_en: Option<String>,
    /// Who is eligible, in words (the audience says it for the phone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_to_apply: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Audience::is_everyone")]
    pub audience: Audience,
}

/// Parse and check a feed document (the bytes inside a verified envelope).
pub fn parse_feed(bytes: &[u8]) -> Result<Feed, FeedError> {
    if bytes.len() > MAX_FEED_BYTES {
        return Err(FeedError::TooLarge {
            limit: MAX_FEED_BYTES as u64,
            seen: bytes.len() as u64,
        });
    }
    // Read the format number first, so that a newer feed is reported as such and not
    // as whatever field it changed.
    #[derive(Deserialize)]
    struct Probe {
        #[serde(rename = "_hagukumi")]
        hagukumi: Option<ProbeExt>,
    }
    #[derive(Deserialize)]
    struct ProbeExt {
        format: Option<u32>,
    }
    let probe: Probe = serde_json::from_slice(bytes).map_err(FeedError::json)?;
    match probe.hagukumi.and_then(|h| h.format) {
        None => {
            return Err(invalid(Detail::new(tid!("feed-detail-format-missing"), [])));
        }
        Some(v) if v > FORMAT_VERSION => {
            return Err(FeedError::UnsupportedVersion {
                found: v,
                supported: FORMAT_VERSION,
            });
        }
        Some(_) => {}
    }
    let feed: Feed = serde_json::from_slice(bytes).map_err(FeedError::json)?;
    feed.check()?;
    Ok(feed)
}

fn invalid(detail: Detail) -> FeedError {
    FeedError::InvalidFeed { detail }
}

/// A field of entry `at`, as messages name it: `items["a"]: `title``.
fn field_at(at: &str, field: &str) -> Arg<'static> {
    arg(format!("{at}: `{field}`"))
}

impl Feed {
    /// The rules serde cannot express: identifiers present and unique, lengths
    /// bounded, ranges the right way round.
    pub fn check(&self) -> Result<(), FeedError> {
        if self.version != JSON_FEED_VERSION {
            return Err(invalid(Detail::new(
                tid!("feed-detail-version"),
                [
                    ("found", quoted(&self.version)),
                    ("expected", quoted(JSON_FEED_VERSION)),
                ],
            )));
        }
        let ext = &self.hagukumi;
        if ext.format == 0 {
            return Err(invalid(Detail::new(tid!("feed-detail-format-zero"), [])));
        }
        if ext.city.code.len() != 6 || !ext.city.code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid(Detail::new(
                tid!("feed-detail-city-code"),
                [
                    ("field", arg("`_hagukumi.city.code`")),
                    ("value", quoted(&ext.city.code)),
                ],
            )));
        }
        // Fields of the feed itself are named in the document staff read.
        let feed = "feed.json";
        text(feed, "title", &self.title, MAX_TITLE, false)?;
        text(
            feed,
            "_hagukumi.city.name",
            &ext.city.name,
            MAX_CITY_NAME,
            true,
        )?;
        opt_text(
            feed,
            "_hagukumi.city.name_en",
            &ext.city.name_en,
            MAX_CITY_NAME,
        )?;
        if let Some(desk) = &ext.city.desk {
            desk.check_at("_hagukumi.city.").map_err(|e| match e {
                FeedError::BadConfig { detail } => invalid(detail),
                other => other,
            })?;
        }
        opt_text(feed, "language", &self.language, MAX_LANGUAGE)?;
        link(feed, "home_page_url", &self.home_page_url)?;
        if let Some(url) = &self.feed_url
            && !is_feed_location(url)
        {
            return Err(FeedError::UnsafeLink {
                at: feed.into(),
                field: "feed_url",
                url: shortened(url),
            });
        }
        let total = self.items.len()
            + ext.events.len()
            + ext.childcare_facilities.len()
            + ext.medical_institutions.len()
            + ext.programmes.len();
        if total > MAX_ENTRIES {
            return Err(invalid(Detail::new(
                tid!("feed-detail-too-many-entries"),
                [("n", total.into()), ("max", MAX_ENTRIES.into())],
            )));
        }
        let mut ids = Ids::default();
        for n in &self.items {
            let at = ids.check("items", &n.id)?;
            text(&at, "title", &n.title, MAX_TITLE, true)?;
            text(&at, "content_text", &n.content_text, MAX_TEXT, false)?;
            link(&at, "url", &n.url)?;
            names(&at, "tags", &n.tags, MAX_TAGS)?;
            opt_text(&at, "_hagukumi.title_en", &n.hagukumi.title_en, MAX_TITLE)?;
            opt_text(
                &at,
                "_hagukumi.content_text_en",
                &n.hagukumi.content_text_en,
                MAX_TEXT,
            )?;
            audience(&at, &n.hagukumi.audience)?;
        }
        for e in &ext.events {
            let at = ids.check("events", &e.id)?;
            text(&at, "name", &e.name, MAX_TITLE, true)?;
            fields(&at, e)?;
            if let (Some(s), Some(t)) = (e.start_date, e.end_date)
                && t < s
            {
                return Err(invalid(Detail::new(
                    tid!("feed-detail-end-before-start"),
                    [("at", arg(&at)), ("start", arg(s)), ("end", arg(t))],
                )));
            }
            place(&at, e.latitude, e.longitude)?;
            audience(&at, &e.audience)?;
        }
        for f in &ext.childcare_facilities {
            let at = ids.check("childcare_facilities", &f.id)?;
            text(&at, "name", &f.name, MAX_TITLE, true)?;
            fields(&at, f)?;
            place(&at, f.latitude, f.longitude)?;
        }
        for m in &ext.medical_institutions {
            let at = ids.check("medical_institutions", &m.id)?;
            text(&at, "name", &m.name, MAX_TITLE, true)?;
            fields(&at, m)?;
            names(&at, "departments", &m.departments, MAX_LIST)?;
            place(&at, m.latitude, m.longitude)?;
        }
        for p in &ext.programmes {
            let at = ids.check("programmes", &p.id)?;
            text(&at, "name", &p.name, MAX_TITLE, true)?;
            text(&at, "summary", &p.summary, MAX_TEXT, false)?;
            fields(&at, p)?;
            audience(&at, &p.audience)?;
        }
        Ok(())
    }

    /// Number of entries of every kind.
    pub fn entry_count(&self) -> usize {
        self.items.len()
            + self.hagukumi.events.len()
            + self.hagukumi.childcare_facilities.len()
            + self.hagukumi.medical_institutions.len()
            + self.hagukumi.programmes.len()
    }

    /// An empty feed for `city`, to be filled by the publisher tools.
    pub fn new(city: City, title: String, generated_at: DateTime<FixedOffset>) -> Feed {
        Feed {
            version: JSON_FEED_VERSION.to_string(),
            title,
            home_page_url: None,
            feed_url: None,
            language: Some("ja".into()),
            hagukumi: FeedExtension {
                format: FORMAT_VERSION,
                city,
                generated_at,
                events: Vec::new(),
                childcare_facilities: Vec::new(),
                medical_institutions: Vec::new(),
                programmes: Vec::new(),
            },
            items: Vec::new(),
        }
    }

    /// The document as published: pretty JSON, so that staff can read and diff it.
    pub fn to_json(&self) -> Vec<u8> {
        // Serialising plain data structs to a Vec cannot fail.
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }
}

#[derive(Default)]
struct Ids {
    seen: HashSet<(&'static str, String)>,
}

impl Ids {
    /// Check an id and return "kind[id]" for messages.
    fn check(&mut self, kind: &'static str, id: &str) -> Result<String, FeedError> {
        if id.trim().is_empty() {
            return Err(invalid(Detail::new(
                tid!("feed-detail-id-empty"),
                [("kind", arg(kind))],
            )));
        }
        if id.chars().count() > MAX_ID {
            return Err(invalid(Detail::new(
                tid!("feed-detail-id-too-long"),
                [("kind", arg(kind)), ("max", MAX_ID.into())],
            )));
        }
        if !self.seen.insert((kind, id.to_string())) {
            return Err(invalid(Detail::new(
                tid!("feed-detail-id-twice"),
                [("kind", arg(kind)), ("id", quoted(id))],
            )));
        }
        Ok(format!("{kind}[{id:?}]"))
    }
}

fn text(at: &str, field: &str, value: &str, max: usize, required: bool) -> Result<(), FeedError> {
    if required && value.trim().is_empty() {
        return Err(invalid(Detail::new(
            tid!("feed-detail-empty"),
            [("field", field_at(at, field))],
        )));
    }
    let len = value.chars().count();
    if len > max {
        return Err(invalid(Detail::new(
            tid!("feed-detail-length"),
            [
                ("field", field_at(at, field)),
                ("n", len.into()),
                ("max", max.into()),
            ],
        )));
    }
    Ok(())
}

fn opt_text(at: &str, field: &str, value: &Option<String>, max: usize) -> Result<(), FeedError> {
    value
        .as_deref()
        .map_or(Ok(()), |v| text(at, field, v, max, false))
}

/// Every text field of a directory entry or programme, whatever its struct holds
/// (so that a field added later is bounded too): names and readings up to
/// [`MAX_TITLE`], the body texts up to [`MAX_TEXT`], `url` a safe link, anything
/// else up to [`MAX_FIELD`]. `audience` and list fields are checked by their own rules.
fn fields<T: Serialize>(at: &str, entry: &T) -> Result<(), FeedError> {
    let Ok(serde_json::Value::Object(map)) = serde_json::to_value(entry) else {
        return Ok(());
    };
    for (key, value) in &map {
        let Some(value) = value.as_str() else {
            continue;
        };
        let max = match key.as_str() {
            "url" => {
                link(at, "url", &Some(value.to_string()))?;
                continue;
            }
            "id" => MAX_ID,
            "name" | "name_en" | "name_kana" => MAX_TITLE,
            "description" | "summary" | "summary_en" => MAX_TEXT,
            _ => MAX_FIELD,
        };
        text(at, key, value, max, false)?;
    }
    Ok(())
}

/// A list of short names (tags, districts, departments): at most `max_items`, each
/// not empty and at most [`MAX_NAME`] characters.
fn names(at: &str, field: &str, list: &[String], max_items: usize) -> Result<(), FeedError> {
    if list.len() > max_items {
        return Err(invalid(Detail::new(
            tid!("feed-detail-list-length"),
            [
                ("field", field_at(at, field)),
                ("n", list.len().into()),
                ("max", max_items.into()),
            ],
        )));
    }
    for name in list {
        text(at, field, name, MAX_NAME, true)?;
    }
    Ok(())
}

fn place(at: &str, latitude: Option<f64>, longitude: Option<f64>) -> Result<(), FeedError> {
    if latitude.is_some_and(|v| !(-90.0..=90.0).contains(&v))
        || longitude.is_some_and(|v| !(-180.0..=180.0).contains(&v))
    {
        let coordinate = |v: Option<f64>| v.map_or_else(|| "-".to_string(), |v| v.to_string());
        return Err(invalid(Detail::new(
            tid!("feed-detail-place"),
            [
                ("at", arg(at)),
                ("latitude", arg(coordinate(latitude))),
                ("longitude", arg(coordinate(longitude))),
            ],
        )));
    }
    Ok(())
}

/// The schemes a link from a feed may have: a web page over https, an e-mail address
/// or a phone number. Anything else (`javascript:`, `data:`, `file:`, `intent:`,
/// plain `http:`) could run code in a shell's web view or lead a parent to a page
/// anyone on the way can change.
pub fn is_safe_link(url: &str) -> bool {
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return false;
    }
    let Ok(parsed) = reqwest::Url::parse(url) else {
        return false;
    };
    match parsed.scheme() {
        "https" => parsed.host_str().is_some_and(|h| !h.is_empty()),
        "mailto" | "tel" => !parsed.path().is_empty(),
        _ => false,
    }
}

/// `feed_url` (where the feed itself is): https, or http to this machine, as the city
/// configuration's `feed_url` (tests and `hagukumi feed serve`).
fn is_feed_location(url: &str) -> bool {
    if url.chars().count() > MAX_URL || url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return false;
    }
    let Ok(parsed) = reqwest::Url::parse(url) else {
        return false;
    };
    match parsed.scheme() {
        "https" => parsed.host().is_some(),
        "http" => super::city::is_loopback(&parsed),
        _ => false,
    }
}

fn link(at: &str, field: &'static str, value: &Option<String>) -> Result<(), FeedError> {
    let Some(url) = value.as_deref() else {
        return Ok(());
    };
    if url.chars().count() > MAX_URL {
        return Err(invalid(Detail::new(
            tid!("feed-detail-too-long"),
            [("field", field_at(at, field)), ("max", MAX_URL.into())],
        )));
    }
    if !is_safe_link(url) {
        return Err(FeedError::UnsafeLink {
            at: at.to_string(),
            field,
            url: shortened(url),
        });
    }
    Ok(())
}

/// A link as quoted in an error message: at most 200 characters.
fn shortened(url: &str) -> String {
    url.chars().take(200).collect()
}

fn audience(at: &str, a: &Audience) -> Result<(), FeedError> {
    let spans = [
        ("pregnancy_weeks", a.pregnancy_weeks),
        ("child_age_days", a.child_age_days),
        ("child_age_months", a.child_age_months),
    ];
    for (name, span) in spans {
        if let Some(Span {
            from: Some(f),
            to: Some(t),
        }) = span
            && t < f
        {
            return Err(invalid(Detail::new(
                tid!("feed-detail-span-reversed"),
                [
                    ("field", field_at(at, &format!("audience.{name}"))),
                    ("from", arg(f)),
                    ("to", arg(t)),
                ],
            )));
        }
    }
    if let Some(w) = a.pregnancy_weeks.and_then(|s| s.from)
        && w > 45
    {
        return Err(invalid(Detail::new(
            tid!("feed-detail-pregnancy-weeks"),
            [
                ("field", field_at(at, "audience.pregnancy_weeks")),
                ("weeks", w.into()),
            ],
        )));
    }
    if let Some(DateSpan {
        from: Some(f),
        to: Some(t),
    }) = a.child_born
        && t < f
    {
        return Err(invalid(Detail::new(
            tid!("feed-detail-span-reversed"),
            [
                ("field", field_at(at, "audience.child_born")),
                ("from", arg(f)),
                ("to", arg(t)),
            ],
        )));
    }
    if a.districts.iter().any(|d| d.trim().is_empty()) {
        return Err(invalid(Detail::new(
            tid!("feed-detail-empty-name"),
            [("field", field_at(at, "audience.districts"))],
        )));
    }
    names(at, "audience.districts", &a.districts, MAX_LIST)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal() -> serde_json::Value {
        serde_json::json!({
            "version": JSON_FEED_VERSION,
            "title": "こもれび市 子育て情報",
            "_hagukumi": {
                "format": 1,
                "city": {"code": "999990", "name": "こもれび市"},
                "generated_at": "2026-05-01T09:00:00+09:00"
            },
            "items": [{
                "id": "n1",
                "title": "4か月児健診",
                "content_text": "保健センターで行います。",
                "_hagukumi": {
                    "category": "health_checkup",
                    "audience": {"child_age_months": {"from": 3, "to": 4}}
                }
            }]
        })
    }

    fn parse(v: &serde_json::Value) -> Result<Feed, FeedError> {
        parse_feed(&serde_json::to_vec(v).unwrap())
    }

    #[test]
    fn a_minimal_feed_parses_and_round_trips() {
        let feed = parse(&minimal()).unwrap();
        assert_eq!(feed.items.len(), 1);
        assert_eq!(feed.items[0].hagukumi.category, Category::HealthCheckup);
        assert_eq!(
            feed.items[0].hagukumi.audience.child_age_months,
            Some(Span {
                from: Some(3),
                to: Some(4)
            })
        );
        let again = parse_feed(&feed.to_json()).unwrap();
        assert_eq!(again, feed);
    }

    #[test]
    fn unknown_keys_and_categories_are_tolerated() {
        let mut v = minimal();
        v["items"][0]["_hagukumi"]["category"] = "weather".into();
        v["items"][0]["_hagukumi"]["future_key"] = 1.into();
        v["_hagukumi"]["future_list"] = serde_json::json!([]);
        let feed = parse(&v).unwrap();
        assert_eq!(feed.items[0].hagukumi.category, Category::General);
    }

    #[test]
    fn a_newer_format_is_refused_as_such() {
        let mut v = minimal();
        v["_hagukumi"]["format"] = 2.into();
        v["items"][0]["title"] = 5.into(); // whatever changed, the version is named
        assert!(matches!(
            parse(&v),
            Err(FeedError::UnsupportedVersion {
                found: 2,
                supported: 1
            })
        ));
    }

    #[test]
    fn broken_json_reports_line_and_column() {
        let err = parse_feed(b"{\n  \"version\": \"x\",\n  oops\n}").unwrap_err();
        assert!(
            matches!(err, FeedError::InvalidJson { line: 3, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn mistakes_that_would_mislead_are_refused() {
        type Mutation = Box<dyn Fn(&mut serde_json::Value)>;
        let cases: Vec<(&str, Mutation)> = vec![
            (
                "duplicate id",
                Box::new(|v| {
                    let item = v["items"][0].clone();
                    v["items"].as_array_mut().unwrap().push(item);
                }),
            ),
            ("empty id", Box::new(|v| v["items"][0]["id"] = "".into())),
            (
                "empty title",
                Box::new(|v| v["items"][0]["title"] = " ".into()),
            ),
            (
                "reversed range",
                Box::new(|v| {
                    v["items"][0]["_hagukumi"]["audience"]["child_age_months"] =
                        serde_json::json!({"from": 5, "to": 4});
                }),
            ),
            (
                "bad date",
                Box::new(|v| {
                    v["items"][0]["_hagukumi"]["valid_until"] = "2026-02-30".into();
                }),
            ),
            (
                "bad city code",
                Box::new(|v| v["_hagukumi"]["city"]["code"] = "12345".into()),
            ),
            (
                "not json feed",
                Box::new(|v| v["version"] = "https://jsonfeed.org/version/1".into()),
            ),
            (
                "no extension",
                Box::new(|v| {
                    v.as_object_mut().unwrap().remove("_hagukumi");
                }),
            ),
        ];
        for (name, mutate) in cases {
            let mut v = minimal();
            mutate(&mut v);
            let err = parse(&v).expect_err(name);
            assert!(
                matches!(err, FeedError::InvalidFeed { .. }),
                "{name}: {err:?}"
            );
        }
    }

    /// A feed with one entry of every kind, every link field set.
    fn full() -> serde_json::Value {
        let mut v = minimal();
        v["home_page_url"] = "https://www.city.example.jp/".into();
        v["feed_url"] = "https://www.city.example.jp/feed.signed.json".into();
        v["items"][0]["url"] = "https://www.city.example.jp/n1.html".into();
        v["_hagukumi"]["events"] = serde_json::json!([{
            "id": "e1", "name": "親子ひろば", "url": "https://www.city.example.jp/e1.html",
            "remarks": "持ち物: タオル", "contact_phone": "0000-00-0000"
        }]);
        v["_hagukumi"]["childcare_facilities"] = serde_json::json!([{
            "id": "f1", "name": "ひだまり保育園", "url": "mailto:hoiku@city.example.jp",
            "remarks": "一時預かりあり"
        }]);
        v["_hagukumi"]["medical_institutions"] = serde_json::json!([{
            "id": "m1", "name": "こもれび病院", "url": "tel:+81-00-0000-0000",
            "departments": ["小児科", "産婦人科"]
        }]);
        v["_hagukumi"]["programmes"] = serde_json::json!([{
            "id": "p1", "name": "児童手当", "summary": "毎月支給",
            "url": "https://www.city.example.jp/p1.html", "how_to_apply": "窓口で"
        }]);
        v
    }

    /// Issue #14, hole 10: `javascript:` (and every scheme but https, mailto and
    /// tel) is refused in every link field, with the field named.
    #[test]
    fn only_https_mailto_and_tel_links_are_accepted_in_every_link_field() {
        parse(&full()).unwrap();
        let fields: [(&str, &[&str]); 7] = [
            ("home_page_url", &["home_page_url"]),
            ("feed_url", &["feed_url"]),
            ("url", &["items", "0", "url"]),
            ("url", &["_hagukumi", "events", "0", "url"]),
            ("url", &["_hagukumi", "childcare_facilities", "0", "url"]),
            ("url", &["_hagukumi", "medical_institutions", "0", "url"]),
            ("url", &["_hagukumi", "programmes", "0", "url"]),
        ];
        for bad in [
            "javascript:alert(document.cookie)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "http://www.city.example.jp/",
            "file:///etc/passwd",
            "intent://x#Intent;end",
            "https://",
            "not a url",
        ] {
            for (name, path) in fields {
                let mut v = full();
                let mut slot = &mut v;
                for p in path {
                    slot = match p.parse::<usize>() {
                        Ok(i) => &mut slot[i],
                        Err(_) => &mut slot[*p],
                    };
                }
                *slot = bad.into();
                match parse(&v) {
                    Err(FeedError::UnsafeLink { field, .. }) => assert_eq!(field, name),
                    other => panic!("{bad:?} in {path:?}: {other:?}"),
                }
            }
        }
        // The feed's own location may be http on this machine (tests, feed serve).
        let mut v = full();
        v["feed_url"] = "http://127.0.0.1:8080/feed.signed.json".into();
        parse(&v).unwrap();
    }

    /// Issue #14: every string and list of the format is bounded.
    #[test]
    fn every_string_and_list_is_bounded() {
        let long = |n: usize| serde_json::Value::from("あ".repeat(n));
        let list = |n: usize| serde_json::Value::from(vec!["北区"; n]);
        type Mutation = Box<dyn Fn(&mut serde_json::Value)>;
        let cases: Vec<(&str, Mutation)> = vec![
            ("title", Box::new(move |v| v["title"] = long(MAX_TITLE + 1))),
            (
                "item url",
                Box::new(|v| {
                    v["items"][0]["url"] = format!("https://a.jp/{}", "a".repeat(MAX_URL)).into();
                }),
            ),
            (
                "tag length",
                Box::new(move |v| v["items"][0]["tags"] = vec![long(MAX_NAME + 1)].into()),
            ),
            (
                "tag count",
                Box::new(move |v| v["items"][0]["tags"] = list(MAX_TAGS + 1)),
            ),
            (
                "districts count",
                Box::new(move |v| {
                    v["items"][0]["_hagukumi"]["audience"]["districts"] = list(MAX_LIST + 1);
                }),
            ),
            (
                "district length",
                Box::new(move |v| {
                    v["items"][0]["_hagukumi"]["audience"]["districts"] =
                        vec![long(MAX_NAME + 1)].into();
                }),
            ),
            (
                "facility remarks",
                Box::new(move |v| {
                    v["_hagukumi"]["childcare_facilities"][0]["remarks"] = long(MAX_FIELD + 1);
                }),
            ),
            (
                "facility kana",
                Box::new(move |v| {
                    v["_hagukumi"]["childcare_facilities"][0]["name_kana"] = long(MAX_TITLE + 1);
                }),
            ),
            (
                "event phone",
                Box::new(move |v| {
                    v["_hagukumi"]["events"][0]["contact_phone"] = long(MAX_FIELD + 1);
                }),
            ),
            (
                "departments count",
                Box::new(move |v| {
                    v["_hagukumi"]["medical_institutions"][0]["departments"] = list(MAX_LIST + 1);
                }),
            ),
            (
                "programme how_to_apply",
                Box::new(move |v| {
                    v["_hagukumi"]["programmes"][0]["how_to_apply"] = long(MAX_FIELD + 1);
                }),
            ),
            (
                "city name",
                Box::new(move |v| v["_hagukumi"]["city"]["name"] = long(201)),
            ),
            (
                "latitude",
                Box::new(|v| v["_hagukumi"]["events"][0]["latitude"] = 135.0.into()),
            ),
        ];
        for (name, mutate) in cases {
            let mut v = full();
            mutate(&mut v);
            let err = parse(&v).expect_err(name);
            assert!(
                matches!(err, FeedError::InvalidFeed { .. }),
                "{name}: {err:?}"
            );
        }
        // At the limits, it parses.
        let mut v = full();
        v["_hagukumi"]["childcare_facilities"][0]["remarks"] = long(MAX_FIELD);
        v["items"][0]["tags"] = list(MAX_TAGS);
        parse(&v).unwrap();
    }

    /// Issue #14: a misspelt audience key must not send a notice to everyone.
    #[test]
    fn an_unknown_audience_key_is_refused_and_named() {
        for (path, key) in [
            ("items", "pregnancy_weekz"),
            ("events", "child_age_month"),
            ("programmes", "district"),
        ] {
            let mut v = full();
            let audience = serde_json::json!({ key: {"from": 24, "to": 31} });
            if path == "items" {
                v["items"][0]["_hagukumi"]["audience"] = audience;
            } else {
                v["_hagukumi"][path][0]["audience"] = audience;
            }
            let err = parse(&v).unwrap_err();
            assert!(
                matches!(err, FeedError::InvalidFeed { ref detail } if detail.to_string().contains(key)),
                "{path}: {err:?}"
            );
        }
        let mut v = full();
        v["items"][0]["_hagukumi"]["audience"]["child_age_months"]["too"] = 4.into();
        assert!(matches!(parse(&v), Err(FeedError::InvalidFeed { .. })));
    }

    /// docs/feed.schema.json says what the reader enforces: the sample feed and the
    /// full fixture pass it; a `javascript:` link, a misspelt audience key and an
    /// overlong remark fail it, as they fail `parse_feed`.
    #[test]
    fn the_published_schema_agrees_with_the_reader() {
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../../../docs/feed.schema.json")).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let sample: serde_json::Value =
            serde_json::from_str(include_str!("../../data/feed/komorebi/feed.json")).unwrap();
        for ok in [sample, full()] {
            let errors: Vec<String> = validator.iter_errors(&ok).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{errors:?}");
            parse(&ok).unwrap();
        }
        let mut script = full();
        script["items"][0]["url"] = "javascript:alert(1)".into();
        let mut misspelt = full();
        misspelt["items"][0]["_hagukumi"]["audience"] =
            serde_json::json!({"pregnancy_weekz": {"from": 1}});
        let mut long = full();
        long["_hagukumi"]["childcare_facilities"][0]["remarks"] = "あ".repeat(MAX_FIELD + 1).into();
        let desk = |phone: &str, url: &str| {
            let mut v = full();
            v["_hagukumi"]["city"]["desk"] =
                serde_json::json!({"name": "こども家庭センター", "phone": phone, "url": url});
            v
        };
        let good_desk = desk("0000-12-3410", "https://www.city.example.jp/center/");
        assert!(validator.is_valid(&good_desk));
        parse(&good_desk).unwrap();
        let short_code = desk("#8000", "https://www.city.example.jp/center/");
        let plain_http = desk("0000-12-3410", "http://www.city.example.jp/center/");
        for bad in [script, misspelt, long, short_code, plain_http] {
            assert!(!validator.is_valid(&bad), "{bad}");
            assert!(parse(&bad).is_err());
        }
    }

    #[test]
    fn oversized_input_is_refused_before_parsing() {
        let big = vec![b' '; MAX_FEED_BYTES + 1];
        assert!(matches!(parse_feed(&big), Err(FeedError::TooLarge { .. })));
    }

    #[test]
    fn spans_are_inclusive_and_open_ended() {
        let s = Span {
            from: Some(3),
            to: Some(4),
        };
        assert!(!s.contains(2) && s.contains(3) && s.contains(4) && !s.contains(5));
        assert!(
            Span {
                from: None,
                to: Some(1)
            }
            .contains(0)
        );
        assert!(
            Span {
                from: Some(36),
                to: None
            }
            .contains(41)
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        /// The libFuzzer-free fallback of core/fuzz's `feed_parse`: arbitrary bytes and
        /// mutations of a valid feed never panic, and what parses re-parses the same.
        #[test]
        fn parsing_never_panics(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048)) {
            let _ = parse_feed(&bytes);
            let _ = crate::feed::signature::open(&bytes, &[]);
        }

        #[test]
        fn mutated_feeds_never_panic(pos in 0usize..4096, byte in proptest::prelude::any::<u8>(), cut in 0usize..4096) {
            let mut bytes = serde_json::to_vec(&minimal()).unwrap();
            let n = bytes.len();
            bytes[pos % n] = byte;
            bytes.truncate(cut.max(1).min(n).max(n / 2));
            if let Ok(feed) = parse_feed(&bytes) {
                proptest::prop_assert_eq!(parse_feed(&feed.to_json()).unwrap(), feed);
            }
        }
    }
}

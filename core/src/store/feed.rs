//! Owner of `feed_source`, `feed_entries` and `feed_entry_state`: the city's feed as
//! last applied, and the family's read and bookmark marks; and through [`city`], of
//! `city_config` and `feed_archive`: the city followed, and moving to another one.
//!
//! A feed is applied whole, in one transaction, only after it was verified and
//! parsed: on any failure before or during the apply, the previous feed is intact.
//! Targeting ([`Handbook::for_you`]) reads these tables and the family's records and
//! writes nothing.

mod city;

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::Handbook;
use super::records::timestamp;
use crate::error::{HandbookError, Result};
use crate::feed::format::{Audience, Category, Event, Feed, Notice, Programme};
use crate::feed::targeting::{Family, FamilyChild, Reason, match_audience};
use crate::feed::{FeedError, replay};
use crate::lang::Lang;

pub use city::{ArchivedCity, ArchivedNotice, CityRef, MoveReport};

/// The kinds of entry a feed holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(
    feature = "uniffi",
    derive(uniffi::Enum),
    uniffi(name = "FeedEntryKind")
)]
pub enum EntryKind {
    Notice,
    Event,
    ChildcareFacility,
    MedicalInstitution,
    Programme,
}

impl EntryKind {
    pub const ALL: [EntryKind; 5] = [
        EntryKind::Notice,
        EntryKind::Event,
        EntryKind::ChildcareFacility,
        EntryKind::MedicalInstitution,
        EntryKind::Programme,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Notice => "notice",
            EntryKind::Event => "event",
            EntryKind::ChildcareFacility => "childcare_facility",
            EntryKind::MedicalInstitution => "medical_institution",
            EntryKind::Programme => "programme",
        }
    }

    fn parse(s: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Where a feed came from: stored with it so that the next sync can ask "changed
/// since?" (If-None-Match / If-Modified-Since).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceMeta {
    pub feed_url: String,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// The applied feed's origin, as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FeedSourceInfo {
    pub feed_url: String,
    pub city_code: String,
    pub city_name: String,
    pub title: String,
    pub generated_at: DateTime<FixedOffset>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub applied_at: String,
    pub checked_at: String,
}

/// An entry named by kind and id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(
    feature = "uniffi",
    derive(uniffi::Record),
    uniffi(name = "FeedEntryRef")
)]
pub struct EntryRef {
    pub kind: EntryKind,
    pub id: String,
}

/// What an apply changed, by entry (kind and id).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ApplyReport {
    pub added: u32,
    pub changed: u32,
    pub removed: u32,
    pub unchanged: u32,
    /// In the feed but already past their last day: not stored.
    pub expired: u32,
    /// Entries stored now.
    pub total: u32,
    /// Notices, events and programmes that are new or modified: what a shell may
    /// notify about (after intersecting with [`Handbook::for_you`]).
    pub new_or_changed: Vec<EntryRef>,
}

/// One entry of the "for you" list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ForYouItem {
    pub kind: EntryKind,
    pub id: String,
    pub category: Category,
    /// The category's label in the requested language ("健診", "Checkup").
    pub category_label: String,
    pub title: String,
    pub body: String,
    pub url: Option<String>,
    /// Published (notices), start (events); a day in Japan.
    pub date: Option<NaiveDate>,
    /// Last day shown (notices), end (events), deadline (programmes).
    pub valid_until: Option<NaiveDate>,
    pub reasons: Vec<Reason>,
    pub read: bool,
    /// Read before, but the city modified it since.
    pub updated_since_read: bool,
    pub bookmarked: bool,
}

/// An entry as listed (facilities, medical institutions, or any kind): its fields as
/// published, plus the family's marks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedEntryView {
    pub kind: EntryKind,
    pub id: String,
    pub title: String,
    pub read: bool,
    pub bookmarked: bool,
    pub data: serde_json::Value,
}

/// A row to insert.
struct Row {
    kind: EntryKind,
    id: String,
    title: String,
    sort_date: Option<NaiveDate>,
    valid_until: Option<NaiveDate>,
    modified: Option<String>,
    data: String,
}

fn jst_date(t: DateTime<FixedOffset>) -> NaiveDate {
    t.with_timezone(&crate::clock::jst()).date_naive()
}

fn rows_of(feed: &Feed) -> Vec<Row> {
    let mut rows = Vec::with_capacity(feed.entry_count());
    for n in &feed.items {
        rows.push(Row {
            kind: EntryKind::Notice,
            id: n.id.clone(),
            title: n.title.clone(),
            sort_date: n.date_published.map(jst_date),
            valid_until: n.hagukumi.valid_until,
            modified: n
                .date_modified
                .or(n.date_published)
                .map(|t| timestamp(t.to_utc())),
            data: to_json(n),
        });
    }
    let ext = &feed.hagukumi;
    for e in &ext.events {
        rows.push(Row {
            kind: EntryKind::Event,
            id: e.id.clone(),
            title: e.name.clone(),
            sort_date: e.start_date,
            valid_until: e.end_date.or(e.start_date),
            modified: None,
            data: to_json(e),
        });
    }
    for f in &ext.childcare_facilities {
        rows.push(Row {
            kind: EntryKind::ChildcareFacility,
            id: f.id.clone(),
            title: f.name.clone(),
            sort_date: None,
            valid_until: None,
            modified: None,
            data: to_json(f),
        });
    }
    for m in &ext.medical_institutions {
        rows.push(Row {
            kind: EntryKind::MedicalInstitution,
            id: m.id.clone(),
            title: m.name.clone(),
            sort_date: None,
            valid_until: None,
            modified: None,
            data: to_json(m),
        });
    }
    for p in &ext.programmes {
        rows.push(Row {
            kind: EntryKind::Programme,
            id: p.id.clone(),
            title: p.name.clone(),
            sort_date: None,
            valid_until: p.deadline,
            modified: None,
            data: to_json(p),
        });
    }
    rows
}

/// An entry as stored: serialising plain data structs cannot fail.
fn to_json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "{}".into())
}

const CTX_APPLY: &str = "applying the city feed";
const CTX_READ: &str = "reading the city feed";

impl Handbook {
    /// Replace the stored feed with `feed` (already verified and parsed), in one
    /// transaction. Entries past their last day are not stored; the family's marks
    /// on entries that are still there are kept; a feed older than the applied one is
    /// refused ([`FeedError::Rollback`]), and so is a feed for another city than the
    /// one followed ([`FeedError::WrongCity`]), and one dated more than a day ahead of
    /// the handbook's clock ([`FeedError::FutureDated`]; the whole rule is
    /// [`crate::feed::replay`]): changing city is
    /// [`Handbook::move_to_city`], which archives the old city's notices first.
    pub fn apply_feed(
        &mut self,
        feed: &Feed,
        source: &SourceMeta,
    ) -> std::result::Result<ApplyReport, crate::HandbookError> {
        let rows = rows_of(feed);
        self.write(CTX_APPLY, |tx, ctx| {
            if let Some(followed) = city::followed_city(tx)?
                && followed.code != feed.hagukumi.city.code
            {
                return Ok(Err(FeedError::WrongCity {
                    expected: followed.code,
                    found: feed.hagukumi.city.code.clone(),
                }));
            }
            let applied: Option<(String, String)> = tx
                .query_row("SELECT generated_at, applied_at FROM feed_source", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()
                .map_err(HandbookError::sql(CTX_APPLY))?;
            // A stored time that does not parse is no mark at all (as before).
            let applied = applied.and_then(|(generated, applied_at)| {
                Some(replay::Applied {
                    generated_at: DateTime::parse_from_rfc3339(&generated).ok()?,
                    applied_at: DateTime::parse_from_rfc3339(&applied_at)
                        .ok()
                        .map(|t| t.to_utc()),
                })
            });
            if let Err(e) = replay::check(feed.hagukumi.generated_at, applied.as_ref(), ctx.now) {
                return Ok(Err(e));
            }

            let mut old: HashMap<(String, String), String> = HashMap::new();
            {
                let mut stmt = tx
                    .prepare("SELECT kind, id, data FROM feed_entries")
                    .map_err(HandbookError::sql(CTX_APPLY))?;
                let mut q = stmt.query([]).map_err(HandbookError::sql(CTX_APPLY))?;
                while let Some(r) = q.next().map_err(HandbookError::sql(CTX_APPLY))? {
                    let kind: String = r.get(0).map_err(HandbookError::sql(CTX_APPLY))?;
                    let id: String = r.get(1).map_err(HandbookError::sql(CTX_APPLY))?;
                    let data: String = r.get(2).map_err(HandbookError::sql(CTX_APPLY))?;
                    old.insert((kind, id), data);
                }
            }
            // Write only what changed: a city's daily update touches a few entries,
            // and rewriting thousands of unchanged rows would cost a phone ~100 ms of
            // I/O for nothing.
            let mut report = ApplyReport::default();
            {
                let mut insert = tx
                    .prepare(
                        "INSERT INTO feed_entries (kind, id, title, sort_date, valid_until, modified, data)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    )
                    .map_err(HandbookError::sql(CTX_APPLY))?;
                let mut update = tx
                    .prepare(
                        "UPDATE feed_entries SET title = ?3, sort_date = ?4, valid_until = ?5,
                                modified = ?6, data = ?7
                         WHERE kind = ?1 AND id = ?2",
                    )
                    .map_err(HandbookError::sql(CTX_APPLY))?;
                for row in &rows {
                    if row.valid_until.is_some_and(|d| d < ctx.today) {
                        // Stays in `old` if it was stored: deleted below.
                        report.expired += 1;
                        continue;
                    }
                    report.total += 1;
                    let before = old.remove(&(row.kind.as_str().to_string(), row.id.clone()));
                    if before.as_deref() == Some(row.data.as_str()) {
                        report.unchanged += 1;
                        continue;
                    }
                    let values = params![
                        row.kind.as_str(),
                        row.id,
                        row.title,
                        row.sort_date.map(|d| d.to_string()),
                        row.valid_until.map(|d| d.to_string()),
                        row.modified,
                        row.data,
                    ];
                    if before.is_some() {
                        update.execute(values)
                    } else {
                        insert.execute(values)
                    }
                    .map_err(HandbookError::sql(CTX_APPLY))?;
                    if before.is_some() {
                        report.changed += 1;
                    } else {
                        report.added += 1;
                    }
                    if matches!(
                        row.kind,
                        EntryKind::Notice | EntryKind::Event | EntryKind::Programme
                    ) {
                        report.new_or_changed.push(EntryRef {
                            kind: row.kind,
                            id: row.id.clone(),
                        });
                    }
                }
                let mut delete = tx
                    .prepare("DELETE FROM feed_entries WHERE kind = ?1 AND id = ?2")
                    .map_err(HandbookError::sql(CTX_APPLY))?;
                for (kind, id) in old.keys() {
                    delete
                        .execute(params![kind, id])
                        .map_err(HandbookError::sql(CTX_APPLY))?;
                }
            }
            report.removed = old.len() as u32;
            tx.execute(
                "DELETE FROM feed_entry_state WHERE NOT EXISTS (SELECT 1 FROM feed_entries e
                   WHERE e.kind = feed_entry_state.kind AND e.id = feed_entry_state.id)",
                [],
            )
            .map_err(HandbookError::sql(CTX_APPLY))?;
            let city = &feed.hagukumi.city;
            tx.execute(
                "INSERT INTO feed_source (singleton, feed_url, city_code, city_name, title, generated_at,
                                          etag, last_modified, applied_at, checked_at, city_desk)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)
                 ON CONFLICT (singleton) DO UPDATE SET
                   feed_url = excluded.feed_url, city_code = excluded.city_code,
                   city_name = excluded.city_name, title = excluded.title,
                   generated_at = excluded.generated_at, etag = excluded.etag,
                   last_modified = excluded.last_modified, applied_at = excluded.applied_at,
                   checked_at = excluded.checked_at, city_desk = excluded.city_desk",
                params![
                    source.feed_url,
                    city.code,
                    city.name,
                    feed.title,
                    feed.hagukumi.generated_at.to_rfc3339(),
                    source.etag,
                    source.last_modified,
                    ctx.now_text,
                    city.desk.as_ref().and_then(|d| serde_json::to_string(d).ok()),
                ],
            )
            .map_err(HandbookError::sql(CTX_APPLY))?;
            Ok(Ok(report))
        })?
        .map_err(Into::into)
    }

    /// Record that the server said "not modified", and drop entries that expired
    /// since the last apply.
    pub fn feed_checked(&mut self) -> Result<u32> {
        self.write(CTX_APPLY, |tx, ctx| {
            tx.execute("UPDATE feed_source SET checked_at = ?1", [&ctx.now_text])
                .map_err(HandbookError::sql(CTX_APPLY))?;
            clean_expired(tx, ctx.today)
        })
    }

    /// Delete entries past their last day (and the marks on them); returns how many.
    pub fn clean_expired_feed(&mut self) -> Result<u32> {
        self.write(CTX_APPLY, |tx, ctx| clean_expired(tx, ctx.today))
    }

    /// The city's consultation desk (こども家庭センター): as the city's feed last
    /// carried it (signed, and newer than any configuration shipped with the app),
    /// else as the city configuration the family chose names it; `None` when neither
    /// names one. Shown wherever a worry comes up ([`crate::store::Worry`]).
    pub fn consultation_desk(&self) -> Result<Option<crate::feed::ConsultationDesk>> {
        let read = |sql: &str| -> Result<Option<crate::feed::ConsultationDesk>> {
            let text: Option<String> = self
                .conn()
                .query_row(sql, [], |r| r.get(0))
                .optional()
                .map_err(HandbookError::sql(CTX_READ))?
                .flatten();
            // Written only from a checked feed or configuration; a value that no
            // longer reads (a damaged file) shows no desk rather than failing the
            // home screen.
            Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
        };
        // A feed for a city the family has left is gone (moving clears it), so
        // the feed's desk is always the followed city's.
        if let Some(desk) = read("SELECT city_desk FROM feed_source")? {
            return Ok(Some(desk));
        }
        read("SELECT desk FROM city_config")
    }

    /// The applied feed's origin, or `None` before the first sync.
    pub fn feed_source(&self) -> Result<Option<FeedSourceInfo>> {
        self.conn()
            .query_row(
                "SELECT feed_url, city_code, city_name, title, generated_at, etag, last_modified,
                        applied_at, checked_at FROM feed_source",
                [],
                |r| {
                    let generated: String = r.get(4)?;
                    Ok(FeedSourceInfo {
                        feed_url: r.get(0)?,
                        city_code: r.get(1)?,
                        city_name: r.get(2)?,
                        title: r.get(3)?,
                        generated_at: DateTime::parse_from_rfc3339(&generated).map_err(|e| {
                            rusqlite::Error::FromSqlConversionFailure(
                                4,
                                rusqlite::types::Type::Text,
                                Box::new(e),
                            )
                        })?,
                        etag: r.get(5)?,
                        last_modified: r.get(6)?,
                        applied_at: r.get(7)?,
                        checked_at: r.get(8)?,
                    })
                },
            )
            .optional()
            .map_err(bad_feed_value)
    }

    /// The family as targeting sees it, today: ongoing pregnancies' weeks, the
    /// children's birth dates, the district. Computed here, never sent anywhere.
    pub fn family(&self) -> Result<Family> {
        let today = self.today();
        let district = self
            .mother_profile()?
            .and_then(|m| m.data.district)
            .filter(|d| !d.trim().is_empty());
        let pregnancies = self
            .ongoing_pregnancies()?
            .iter()
            .filter_map(|p| p.data.gestational_age_on(today))
            .collect();
        let children = self
            .children()?
            .into_iter()
            .map(|c| FamilyChild {
                name: c.data.name,
                birth_date: c.data.birth_date,
            })
            .collect();
        Ok(Family {
            today,
            district,
            pregnancies,
            children,
        })
    }

    /// The notices, events and support programmes for this family today, each with
    /// the reasons it matched: emergencies first, then unread, then newest.
    pub fn for_you(&self, lang: Lang) -> Result<Vec<ForYouItem>> {
        let family = self.family()?;
        self.for_family(&family, lang)
    }

    /// [`Handbook::for_you`] for a given family (the publisher's `feed check` shows
    /// what each life stage would see).
    pub fn for_family(&self, family: &Family, lang: Lang) -> Result<Vec<ForYouItem>> {
        let today = family.today;
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT e.kind, e.id, e.data, e.modified, s.read_at, s.bookmarked_at
                 FROM feed_entries e LEFT JOIN feed_entry_state s ON s.kind = e.kind AND s.id = e.id
                 WHERE e.kind IN ('notice', 'event', 'programme')
                   AND (e.valid_until IS NULL OR e.valid_until >= ?1)
                   AND (e.sort_date IS NULL OR e.kind <> 'notice' OR e.sort_date <= ?1)",
            )
            .map_err(HandbookError::sql(CTX_READ))?;
        let mut rows = stmt
            .query([today.to_string()])
            .map_err(HandbookError::sql(CTX_READ))?;
        let mut items = Vec::new();
        while let Some(r) = rows.next().map_err(HandbookError::sql(CTX_READ))? {
            let kind: String = r.get(0).map_err(HandbookError::sql(CTX_READ))?;
            let data: String = r.get(2).map_err(HandbookError::sql(CTX_READ))?;
            let modified: Option<String> = r.get(3).map_err(HandbookError::sql(CTX_READ))?;
            let read_at: Option<String> = r.get(4).map_err(HandbookError::sql(CTX_READ))?;
            let bookmarked: Option<String> = r.get(5).map_err(HandbookError::sql(CTX_READ))?;
            let Some(kind) = EntryKind::parse(&kind) else {
                continue;
            };
            let Some(mut item) = view(kind, &data, lang, family).map_err(bad_data)? else {
                continue;
            };
            item.read = read_at.is_some();
            item.updated_since_read = match (&read_at, &modified) {
                (Some(read), Some(modified)) => modified > read,
                _ => false,
            };
            item.bookmarked = bookmarked.is_some();
            items.push(item);
        }
        items.sort_by(|a, b| {
            (b.category == Category::Emergency)
                .cmp(&(a.category == Category::Emergency))
                .then(a.read.cmp(&b.read))
                .then(b.date.cmp(&a.date))
                .then(a.id.cmp(&b.id))
        });
        Ok(items)
    }

    /// Every stored entry of `kind` (facilities and medical institutions: the city's
    /// directory), by title.
    pub fn feed_entries(&self, kind: EntryKind) -> Result<Vec<FeedEntryView>> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT e.id, e.title, e.data, s.read_at, s.bookmarked_at
                 FROM feed_entries e LEFT JOIN feed_entry_state s ON s.kind = e.kind AND s.id = e.id
                 WHERE e.kind = ?1 ORDER BY e.title, e.id",
            )
            .map_err(HandbookError::sql(CTX_READ))?;
        let rows = stmt
            .query_map([kind.as_str()], |r| {
                let data: String = r.get(2)?;
                Ok(FeedEntryView {
                    kind,
                    id: r.get(0)?,
                    title: r.get(1)?,
                    read: r.get::<_, Option<String>>(3)?.is_some(),
                    bookmarked: r.get::<_, Option<String>>(4)?.is_some(),
                    data: serde_json::from_str(&data).unwrap_or(serde_json::Value::Null),
                })
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(HandbookError::sql(CTX_READ))?;
        Ok(rows)
    }

    /// Mark an entry read or unread. Returns false if the feed has no such entry.
    pub fn mark_feed_read(&mut self, kind: EntryKind, id: &str, read: bool) -> Result<bool> {
        self.set_mark(kind, id, "read_at", read)
    }

    /// Bookmark an entry or remove the bookmark. Returns false if there is no such entry.
    pub fn set_feed_bookmark(&mut self, kind: EntryKind, id: &str, on: bool) -> Result<bool> {
        self.set_mark(kind, id, "bookmarked_at", on)
    }

    fn set_mark(
        &mut self,
        kind: EntryKind,
        id: &str,
        column: &'static str,
        on: bool,
    ) -> Result<bool> {
        self.write("saving a mark on a city notice", |tx, ctx| {
            let exists: bool = tx
                .query_row(
                    "SELECT EXISTS (SELECT 1 FROM feed_entries WHERE kind = ?1 AND id = ?2)",
                    params![kind.as_str(), id],
                    |r| r.get(0),
                )
                .map_err(HandbookError::sql(CTX_READ))?;
            if !exists {
                return Ok(false);
            }
            let value = on.then(|| ctx.now_text.clone());
            // `column` is one of two constants above, never user input.
            let sql = format!(
                "INSERT INTO feed_entry_state (kind, id, {column}) VALUES (?1, ?2, ?3)
                 ON CONFLICT (kind, id) DO UPDATE SET {column} = excluded.{column}"
            );
            tx.execute(&sql, params![kind.as_str(), id, value])
                .map_err(HandbookError::sql("saving a mark on a city notice"))?;
            Ok(true)
        })
    }
}

fn clean_expired(tx: &rusqlite::Transaction<'_>, today: NaiveDate) -> Result<u32> {
    let n = tx
        .execute(
            "DELETE FROM feed_entries WHERE valid_until IS NOT NULL AND valid_until < ?1",
            [today.to_string()],
        )
        .map_err(HandbookError::sql(CTX_APPLY))?;
    tx.execute(
        "DELETE FROM feed_entry_state WHERE NOT EXISTS (SELECT 1 FROM feed_entries e
           WHERE e.kind = feed_entry_state.kind AND e.id = feed_entry_state.id)",
        [],
    )
    .map_err(HandbookError::sql(CTX_APPLY))?;
    Ok(n as u32)
}

fn bad_feed_value(e: rusqlite::Error) -> HandbookError {
    match e {
        rusqlite::Error::FromSqlConversionFailure(_, _, detail) => HandbookError::BadStoredValue {
            what: "city feed",
            detail: detail.to_string(),
        },
        other => HandbookError::sql(CTX_READ)(other),
    }
}

fn bad_data(e: serde_json::Error) -> HandbookError {
    HandbookError::BadStoredValue {
        what: "city feed entry",
        detail: e.to_string(),
    }
}

/// The for-you view of one stored entry, or `None` if it is not for this family.
fn view(
    kind: EntryKind,
    data: &str,
    lang: Lang,
    family: &Family,
) -> serde_json::Result<Option<ForYouItem>> {
    let pick = |ja: &str, en: &Option<String>| match (lang, en) {
        (Lang::En, Some(en)) if !en.trim().is_empty() => en.clone(),
        _ => ja.to_string(),
    };
    let make = |audience: &Audience,
                category: Category,
                title: String,
                body: String,
                url: Option<String>,
                date: Option<NaiveDate>,
                valid_until: Option<NaiveDate>,
                id: String| {
        match_audience(audience, family, lang).map(|reasons| ForYouItem {
            kind,
            id,
            category,
            category_label: category.label(lang),
            title,
            body,
            url,
            date,
            valid_until,
            reasons,
            read: false,
            updated_since_read: false,
            bookmarked: false,
        })
    };
    Ok(match kind {
        EntryKind::Notice => {
            let n: Notice = serde_json::from_str(data)?;
            let h = &n.hagukumi;
            make(
                &h.audience,
                h.category,
                pick(&n.title, &h.title_en),
                pick(&n.content_text, &h.content_text_en),
                n.url.clone(),
                n.date_published.map(jst_date),
                h.valid_until,
                n.id.clone(),
            )
        }
        EntryKind::Event => {
            let e: Event = serde_json::from_str(data)?;
            let mut body = e.description.clone().unwrap_or_default();
            let when = match (&e.start_time, &e.end_time) {
                (Some(s), Some(t)) => format!("{s}–{t}"),
                (Some(s), None) => s.clone(),
                _ => String::new(),
            };
            let place = e
                .place_name
                .clone()
                .or(e.address.clone())
                .unwrap_or_default();
            let extra = [when, place]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
            if !extra.is_empty() {
                if !body.is_empty() {
                    body.push('\n');
                }
                body.push_str(&extra);
            }
            make(
                &e.audience,
                Category::Event,
                pick(&e.name, &e.name_en),
                body,
                e.url.clone(),
                e.start_date,
                e.end_date.or(e.start_date),
                e.id.clone(),
            )
        }
        EntryKind::Programme => {
            let p: Programme = serde_json::from_str(data)?;
            let mut body = pick(&p.summary, &p.summary_en);
            if let Some(how) = &p.how_to_apply {
                body.push('\n');
                body.push_str(&crate::t!(lang, "feed-how-to-apply", how = how.as_str()));
            }
            make(
                &p.audience,
                Category::Subsidy,
                pick(&p.name, &p.name_en),
                body,
                p.url.clone(),
                None,
                p.deadline,
                p.id.clone(),
            )
        }
        EntryKind::ChildcareFacility | EntryKind::MedicalInstitution => {
            // Directories, not news: listed by `feed_entries`, never targeted.
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use crate::feed::format::{DateSpan, NoticeExtension, Span, parse_feed};
    use crate::model::{Child, MotherProfile, Pregnancy, Sex};

    const TODAY: &str = "2026-05-20";

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn notice(id: &str, title: &str, audience: Audience) -> Notice {
        Notice {
            id: id.into(),
            title: title.into(),
            content_text: format!("{title}の本文"),
            url: None,
            date_published: Some(at("2026-04-01T09:00:00+09:00")),
            date_modified: None,
            tags: vec![],
            hagukumi: NoticeExtension {
                audience,
                valid_until: Some(d("2027-03-31")),
                ..Default::default()
            },
        }
    }

    fn span(from: u32, to: u32) -> Option<Span> {
        Some(Span {
            from: Some(from),
            to: Some(to),
        })
    }

    /// One feed with a notice for each stage, one for everyone, one expired.
    fn feed(generated: &str) -> Feed {
        let city = crate::feed::format::City {
            code: "999990".into(),
            name: "こもれび市".into(),
            name_en: None,
            desk: None,
        };
        let mut f = Feed::new(city, "こもれび市 子育て情報".into(), at(generated));
        f.items = vec![
            notice(
                "early-pregnancy",
                "妊婦健康診査受診票のご案内",
                Audience {
                    pregnancy_weeks: span(0, 15),
                    ..Default::default()
                },
            ),
            notice(
                "checkup-4m",
                "4か月児健診",
                Audience {
                    child_age_months: span(3, 4),
                    ..Default::default()
                },
            ),
            notice(
                "checkup-3y",
                "3歳児健診",
                Audience {
                    child_age_months: span(36, 41),
                    ..Default::default()
                },
            ),
            notice(
                "born-january",
                "1月生まれの赤ちゃんへ",
                Audience {
                    child_born: Some(DateSpan {
                        from: Some(d("2026-01-01")),
                        to: Some(d("2026-01-31")),
                    }),
                    ..Default::default()
                },
            ),
            notice(
                "everyone",
                "子育て支援センターの休館日",
                Audience::default(),
            ),
        ];
        let mut expired = notice("expired", "終わったお知らせ", Audience::default());
        expired.hagukumi.valid_until = Some(d("2026-05-19"));
        f.items.push(expired);
        f
    }

    fn source() -> SourceMeta {
        SourceMeta {
            feed_url: "https://www.city.example.jp/feed.signed.json".into(),
            etag: Some("\"v1\"".into()),
            last_modified: None,
        }
    }

    fn handbook() -> Handbook {
        Handbook::open_in_memory()
            .unwrap()
            .with_clock(FixedClock::on(d(TODAY)))
    }

    fn child(name: &str, birth: &str) -> Child {
        Child {
            name: name.into(),
            name_kana: None,
            sex: Sex::Female,
            birth_date: d(birth),
            birth_order: 1,
            ga_at_birth: None,
            delivery_id: None,
            birth: Default::default(),
        }
    }

    fn ids(items: &[ForYouItem]) -> Vec<&str> {
        let mut v: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
        v.sort();
        v
    }

    #[test]
    fn the_same_feed_gives_each_family_its_own_list() {
        // 10 weeks pregnant: LMP 70 days before today.
        let mut pregnant = handbook();
        pregnant
            .add_pregnancy(Pregnancy {
                lmp: Some(d("2026-03-11")),
                fetuses: 1,
                ..Default::default()
            })
            .unwrap();
        pregnant
            .apply_feed(&feed("2026-05-01T09:00:00+09:00"), &source())
            .unwrap();
        let list = pregnant.for_you(Lang::Ja).unwrap();
        assert_eq!(ids(&list), ["early-pregnancy", "everyone"]);
        let early = list.iter().find(|i| i.id == "early-pregnancy").unwrap();
        assert_eq!(early.reasons[0].text, "妊娠10週の方へ");

        // A 4-month-old born in January.
        let mut baby = handbook();
        baby.add_child(child("ひなた", "2026-01-15")).unwrap();
        baby.apply_feed(&feed("2026-05-01T09:00:00+09:00"), &source())
            .unwrap();
        let list = baby.for_you(Lang::En).unwrap();
        assert_eq!(ids(&list), ["born-january", "checkup-4m", "everyone"]);
        let four = list.iter().find(|i| i.id == "checkup-4m").unwrap();
        assert_eq!(four.reasons[0].text, "For ひなた (4 months)");

        // A 3-year-old.
        let mut toddler = handbook();
        toddler.add_child(child("そら", "2023-02-10")).unwrap();
        toddler
            .apply_feed(&feed("2026-05-01T09:00:00+09:00"), &source())
            .unwrap();
        let list = toddler.for_you(Lang::Ja).unwrap();
        assert_eq!(ids(&list), ["checkup-3y", "everyone"]);
        assert_eq!(list[0].reasons[0].text, "そらさん（3歳）へ");
    }

    #[test]
    fn apply_skips_expired_entries_and_reports_changes() {
        let mut hb = handbook();
        let r = hb
            .apply_feed(&feed("2026-05-01T09:00:00+09:00"), &source())
            .unwrap();
        assert_eq!((r.added, r.expired, r.total), (5, 1, 5));
        let mut next = feed("2026-05-02T09:00:00+09:00");
        next.items.retain(|n| n.id != "checkup-3y");
        next.items[0].title = "妊婦健康診査受診票（改訂）".into();
        let r = hb.apply_feed(&next, &source()).unwrap();
        assert_eq!((r.added, r.changed, r.removed, r.unchanged), (0, 1, 1, 3));
        assert_eq!(
            r.new_or_changed,
            [EntryRef {
                kind: EntryKind::Notice,
                id: "early-pregnancy".into()
            }]
        );
        let src = hb.feed_source().unwrap().unwrap();
        assert_eq!(src.etag.as_deref(), Some("\"v1\""));
        assert_eq!(src.city_code, "999990");
    }

    #[test]
    fn marks_survive_an_update_of_the_same_item_and_go_with_removed_items() {
        let mut hb = handbook();
        hb.apply_feed(&feed("2026-05-01T09:00:00+09:00"), &source())
            .unwrap();
        assert!(
            hb.mark_feed_read(EntryKind::Notice, "everyone", true)
                .unwrap()
        );
        assert!(
            hb.set_feed_bookmark(EntryKind::Notice, "everyone", true)
                .unwrap()
        );
        assert!(
            hb.mark_feed_read(EntryKind::Notice, "checkup-3y", true)
                .unwrap()
        );
        assert!(
            !hb.mark_feed_read(EntryKind::Notice, "no-such-id", true)
                .unwrap()
        );

        let mut next = feed("2026-05-02T09:00:00+09:00");
        next.items.retain(|n| n.id != "checkup-3y");
        let everyone = next.items.iter_mut().find(|n| n.id == "everyone").unwrap();
        everyone.content_text = "休館日が変わりました".into();
        everyone.date_modified = Some(at("2099-01-01T00:00:00+09:00"));
        hb.apply_feed(&next, &source()).unwrap();

        let family = Family {
            today: d(TODAY),
            ..Default::default()
        };
        let list = hb.for_family(&family, Lang::Ja).unwrap();
        let item = list.iter().find(|i| i.id == "everyone").unwrap();
        assert!(
            item.read && item.bookmarked && item.updated_since_read,
            "{item:?}"
        );
        let state_rows: i64 = hb
            .conn()
            .query_row("SELECT count(*) FROM feed_entry_state", [], |r| r.get(0))
            .unwrap();
        assert_eq!(state_rows, 1, "the removed item's mark is gone");
        // Unread first: the read item sorts last.
        assert_eq!(list.last().unwrap().id, "everyone");
    }

    #[test]
    fn an_older_feed_is_refused_and_the_applied_one_kept() {
        let mut hb = handbook();
        hb.apply_feed(&feed("2026-05-02T09:00:00+09:00"), &source())
            .unwrap();
        let mut old = feed("2026-05-01T09:00:00+09:00");
        old.items.truncate(1);
        let err = hb.apply_feed(&old, &source()).unwrap_err();
        assert!(
            matches!(err, HandbookError::Feed(FeedError::Rollback { .. })),
            "{err:?}"
        );
        assert_eq!(hb.feed_entries(EntryKind::Notice).unwrap().len(), 5);
    }

    /// Issue #14, hole 2: before the replay rule, a correctly signed feed dated 2100
    /// was applied and its date became the mark every later feed was compared with.
    #[test]
    fn a_far_future_feed_is_refused_and_a_stored_future_mark_is_superseded() {
        let mut hb = handbook();
        hb.apply_feed(&feed("2026-05-01T09:00:00+09:00"), &source())
            .unwrap();
        // Dated 2100: refused, nothing applied.
        let mut typo = feed("2100-01-01T09:00:00+09:00");
        typo.items.truncate(1);
        let err = hb.apply_feed(&typo, &source()).unwrap_err();
        assert!(
            matches!(err, HandbookError::Feed(FeedError::FutureDated { .. })),
            "{err:?}"
        );
        assert_eq!(hb.feed_entries(EntryKind::Notice).unwrap().len(), 5);
        // A mark stored before the rule existed (what applying `typo` used to do).
        hb.conn()
            .execute(
                "UPDATE feed_source SET generated_at = '2100-01-01T09:00:00+09:00'",
                [],
            )
            .unwrap();
        // The city's next genuine feed, built after the phone applied the mistake,
        // supersedes it; emergencies are not locked out.
        let mut hb = hb.with_clock(FixedClock::on(d("2026-05-21")));
        let mut next = feed("2026-05-21T09:00:00+09:00");
        next.items[0].hagukumi.category = Category::Emergency;
        let r = hb.apply_feed(&next, &source()).unwrap();
        assert_eq!(r.total, 5);
        // And the replay protection still holds against older files.
        let err = hb
            .apply_feed(&feed("2026-05-01T09:00:00+09:00"), &source())
            .unwrap_err();
        assert!(
            matches!(err, HandbookError::Feed(FeedError::Rollback { .. })),
            "{err:?}"
        );
    }

    #[test]
    fn expired_entries_are_cleaned_as_days_pass() {
        let mut hb = handbook();
        let mut f = feed("2026-05-01T09:00:00+09:00");
        f.items[0].hagukumi.valid_until = Some(d(TODAY));
        hb.apply_feed(&f, &source()).unwrap();
        assert_eq!(hb.clean_expired_feed().unwrap(), 0);
        let mut hb = hb.with_clock(FixedClock::on(d("2026-05-21")));
        assert_eq!(hb.feed_checked().unwrap(), 1);
        assert_eq!(hb.feed_entries(EntryKind::Notice).unwrap().len(), 4);
    }

    #[test]
    fn district_and_scheduled_notices() {
        let mut hb = handbook();
        hb.set_mother_profile(MotherProfile {
            name: "さくら".into(),
            district: Some("中央区".into()),
            ..Default::default()
        })
        .unwrap();
        let mut f = feed("2026-05-01T09:00:00+09:00");
        f.items = vec![
            notice(
                "north",
                "北区の断水",
                Audience {
                    districts: vec!["北区".into()],
                    ..Default::default()
                },
            ),
            notice(
                "central",
                "中央区の断水",
                Audience {
                    districts: vec!["中央区".into()],
                    ..Default::default()
                },
            ),
            {
                let mut n = notice("later", "来月のお知らせ", Audience::default());
                n.date_published = Some(at("2026-06-01T09:00:00+09:00"));
                n
            },
        ];
        f.items[1].hagukumi.category = Category::Emergency;
        hb.apply_feed(&f, &source()).unwrap();
        let list = hb.for_you(Lang::Ja).unwrap();
        assert_eq!(ids(&list), ["central"]);
        assert_eq!(list[0].reasons[0].text, "中央区にお住まいの方へ");
        // The document round-trips through storage unchanged.
        let again = parse_feed(&f.to_json()).unwrap();
        assert_eq!(again, f);
    }

    #[test]
    fn an_ended_pregnancy_gets_no_pregnancy_notices_on_the_device() {
        let mut hb = handbook();
        let p = hb
            .add_pregnancy(Pregnancy {
                lmp: Some(d("2026-03-11")),
                fetuses: 1,
                ..Default::default()
            })
            .unwrap()
            .id();
        hb.apply_feed(&feed("2026-05-01T09:00:00+09:00"), &source())
            .unwrap();
        assert_eq!(
            ids(&hb.for_you(Lang::Ja).unwrap()),
            ["early-pregnancy", "everyone"]
        );
        hb.end_pregnancy(
            p,
            crate::model::PregnancyEnd {
                outcome: crate::model::PregnancyOutcome::Miscarriage,
                date: d("2026-05-18"),
            },
        )
        .unwrap();
        assert!(hb.family().unwrap().pregnancies.is_empty());
        assert_eq!(ids(&hb.for_you(Lang::Ja).unwrap()), ["everyone"]);
        hb.reopen_pregnancy(p).unwrap();
        assert_eq!(
            ids(&hb.for_you(Lang::Ja).unwrap()),
            ["early-pregnancy", "everyone"]
        );
    }

    fn desk(phone: &str) -> crate::feed::ConsultationDesk {
        crate::feed::ConsultationDesk {
            name: "こもれび市こども家庭センター".into(),
            name_en: None,
            phone: Some(phone.into()),
            hours: None,
            hours_en: None,
            url: None,
        }
    }

    #[test]
    fn the_desk_comes_from_the_feed_else_from_the_chosen_city() {
        let mut hb = handbook();
        assert_eq!(hb.consultation_desk().unwrap(), None);
        let mut config = crate::feed::sample::city().unwrap();
        config.desk = Some(desk("0000-12-3410"));
        hb.move_to_city(&config).unwrap();
        assert_eq!(hb.city().unwrap().unwrap().desk, Some(desk("0000-12-3410")));
        assert_eq!(hb.consultation_desk().unwrap(), Some(desk("0000-12-3410")));
        // The city's signed feed names a newer number: that one is shown.
        let mut f = feed("2026-05-01T09:00:00+09:00");
        f.hagukumi.city.desk = Some(desk("0000-12-3499"));
        hb.apply_feed(&f, &source()).unwrap();
        assert_eq!(hb.consultation_desk().unwrap(), Some(desk("0000-12-3499")));
        // A later feed without one leaves the configuration's.
        hb.apply_feed(&feed("2026-05-02T09:00:00+09:00"), &source())
            .unwrap();
        assert_eq!(hb.consultation_desk().unwrap(), Some(desk("0000-12-3410")));
    }

    #[test]
    fn a_feed_with_a_desk_that_is_not_reachable_is_refused() {
        let mut f = feed("2026-05-01T09:00:00+09:00");
        f.hagukumi.city.desk = Some(desk("#8000"));
        let err = parse_feed(&f.to_json()).unwrap_err();
        assert!(
            matches!(&err, crate::feed::FeedError::InvalidFeed { detail } if detail.to_string().contains("_hagukumi.city.desk.phone")),
            "{err:?}"
        );
        // The bundled sample carries its (test-only) desk through the signature.
        let city = crate::feed::sample::city().unwrap();
        let sample = crate::feed::open_signed(crate::feed::sample::SIGNED_FEED, &city).unwrap();
        assert_eq!(sample.hagukumi.city.desk, city.desk);
        assert_eq!(city.desk.unwrap().phone.as_deref(), Some("0000-12-3410"));
    }
}

//! The timeline: every kind of record about a child or a pregnancy, newest first,
//! a page at a time.
//!
//! Each table is read through its own `(subject, date, id)` index, newest first and at
//! most one page long, and the short lists are merged: a page costs about
//! (number of kinds × page size) index steps, whatever the size of the handbook.
//! Pagination is by key (the last item's date and id), not by offset, so a page is as
//! fast deep in the history as at the top, and an entry added meanwhile neither
//! repeats nor skips an item.

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use super::Handbook;
use super::records::{IdParam, get, parse_col, uuid_col};
use crate::error::{HandbookError, Result};
use crate::lang::Lang;
use crate::model::*;

/// Most items a page may hold.
pub const MAX_PAGE: u32 = 200;

/// One line of the timeline, ready to render.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TimelineItem {
    pub kind: RecordKind,
    pub id: Uuid,
    pub date: NaiveDate,
    pub title: String,
    pub detail: String,
    pub record: TimelineRecord,
}

/// The full record behind a timeline line, for the detail screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum TimelineRecord {
    Birth(Record<Child>),
    Delivery(Record<Delivery>),
    PrenatalCheckup(Record<PrenatalCheckup>),
    Growth(Record<GrowthMeasurement>),
    InfantCheckup(Record<InfantCheckupRecord>),
    Vaccination(Record<Vaccination>),
    Dental(Record<DentalRecord>),
    Diary(Record<DiaryEntry>),
    /// A page of the form data (a screening test, the newborn period …).
    Page(Record<crate::model::PageEntry>),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TimelinePage {
    pub items: Vec<TimelineItem>,
    /// Pass back to get the next (older) page; `None` on the last page.
    pub next_cursor: Option<String>,
}

fn arm(kind: &str, table: &str, date: &str, id: &str, filter: &str) -> String {
    format!(
        "SELECT * FROM (SELECT '{kind}' AS kind, {id} AS id, {date} AS d FROM {table} \
         WHERE {filter} AND ({date}, {id}) < (?2, ?3) ORDER BY {date} DESC, {id} DESC LIMIT ?4)"
    )
}

fn timeline_sql(subject: Subject) -> String {
    let live = "deleted_at IS NULL";
    let arms = match subject {
        Subject::Child(_) => vec![
            arm(
                "growth",
                "growth",
                "measured_on",
                "id",
                &format!("child_id = ?1 AND {live}"),
            ),
            arm(
                "infant_checkup",
                "infant_checkups",
                "date",
                "id",
                &format!("child_id = ?1 AND {live}"),
            ),
            arm(
                "vaccination",
                "vaccinations",
                "date",
                "id",
                &format!("child_id = ?1 AND {live}"),
            ),
            arm(
                "dental",
                "dental",
                "date",
                "id",
                &format!("child_id = ?1 AND {live}"),
            ),
            arm(
                "diary",
                "diary_subjects",
                "written_on",
                "diary_id",
                "child_id = ?1",
            ),
            arm(
                "child",
                "children",
                "birth_date",
                "id",
                &format!("id = ?1 AND {live}"),
            ),
            arm(
                "page",
                "pages",
                "date",
                "id",
                &format!("child_id = ?1 AND {live}"),
            ),
        ],
        Subject::Pregnancy(_) => vec![
            arm(
                "prenatal_checkup",
                "prenatal_checkups",
                "date",
                "id",
                &format!("pregnancy_id = ?1 AND {live}"),
            ),
            arm(
                "vaccination",
                "vaccinations",
                "date",
                "id",
                &format!("pregnancy_id = ?1 AND {live}"),
            ),
            arm(
                "dental",
                "dental",
                "date",
                "id",
                &format!("pregnancy_id = ?1 AND {live}"),
            ),
            arm(
                "diary",
                "diary_subjects",
                "written_on",
                "diary_id",
                "pregnancy_id = ?1",
            ),
            arm(
                "delivery",
                "deliveries",
                "substr(delivered_at, 1, 10)",
                "id",
                &format!("pregnancy_id = ?1 AND {live}"),
            ),
            arm(
                "page",
                "pages",
                "date",
                "id",
                &format!("pregnancy_id = ?1 AND {live}"),
            ),
        ],
    };
    format!(
        "{} ORDER BY d DESC, id DESC LIMIT ?4",
        arms.join(" UNION ALL ")
    )
}

/// Cursor text: the last item's date and id. Opaque to the shells.
fn encode_cursor(date: NaiveDate, id: Uuid) -> String {
    format!("{date}~{id}")
}

fn decode_cursor(cursor: &str) -> Result<(String, String)> {
    let bad = || HandbookError::BadCursor {
        cursor: cursor.to_string(),
    };
    let (date, id) = cursor.split_once('~').ok_or_else(bad)?;
    let date: NaiveDate = date.parse().map_err(|_| bad())?;
    let id = Uuid::parse_str(id).map_err(|_| bad())?;
    Ok((date.to_string(), id.to_string()))
}

impl Handbook {
    /// One page of a subject's timeline, newest first. `cursor` is `None` for the first
    /// page, then the previous page's `next_cursor`. `limit` is capped at [`MAX_PAGE`].
    pub fn timeline(
        &self,
        subject: Subject,
        cursor: Option<&str>,
        limit: u32,
        lang: Lang,
    ) -> Result<TimelinePage> {
        let subject_id = match subject {
            Subject::Child(id) => {
                self.child(id)?;
                id
            }
            Subject::Pregnancy(id) => {
                self.pregnancy(id)?;
                id
            }
        };
        let limit = limit.clamp(1, MAX_PAGE);
        // "9999-12-31~" sorts after every real key, so the first page needs no special SQL.
        let (after_date, after_id) = match cursor {
            Some(c) => decode_cursor(c)?,
            None => ("9999-12-31".to_string(), String::new()),
        };
        let sql = timeline_sql(subject);
        let mut stmt = self
            .conn()
            .prepare_cached(&sql)
            .map_err(HandbookError::sql("reading the timeline"))?;
        let keys: Vec<(RecordKind, Uuid, NaiveDate)> = stmt
            .query_map(
                (
                    IdParam(subject_id),
                    &after_date,
                    &after_id,
                    i64::from(limit) + 1,
                ),
                |row| {
                    Ok((
                        parse_col(row, 0, "record kind", |s| s.parse().ok())?,
                        uuid_col(row, 1)?,
                        parse_col(row, 2, "date", |s| s.parse().ok())?,
                    ))
                },
            )
            .and_then(|rows| rows.collect())
            .map_err(super::records::stored_error(RecordKind::Child))?;

        let has_more = keys.len() > limit as usize;
        let mut items = Vec::with_capacity(limit as usize);
        for (kind, id, date) in keys.into_iter().take(limit as usize) {
            items.push(self.timeline_item(kind, id, date, lang)?);
        }
        let next_cursor = if has_more {
            items.last().map(|i| encode_cursor(i.date, i.id))
        } else {
            None
        };
        Ok(TimelinePage { items, next_cursor })
    }

    fn timeline_item(
        &self,
        kind: RecordKind,
        id: Uuid,
        date: NaiveDate,
        lang: Lang,
    ) -> Result<TimelineItem> {
        let conn = self.conn();
        let (title, detail, record) = match kind {
            RecordKind::Child => {
                let r: Record<Child> = get(conn, id)?;
                let title = crate::t!(lang, "store-timeline-birth", name = &r.data.name);
                (
                    title,
                    birth_detail(&r.data.birth, lang),
                    TimelineRecord::Birth(r),
                )
            }
            RecordKind::Delivery => {
                let r: Record<Delivery> = get(conn, id)?;
                let d = &r.data;
                let title = crate::t!(lang, "store-timeline-delivery");
                let method = d.method.label(lang).to_string();
                let ga = ga_short(d.ga_at_birth, lang);
                let detail = join_parts([Some(ga), Some(method), d.place.clone()]);
                (title, detail, TimelineRecord::Delivery(r))
            }
            RecordKind::PrenatalCheckup => {
                let r: Record<PrenatalCheckup> = get(conn, id)?;
                let preg: Record<Pregnancy> = get(conn, r.data.pregnancy_id)?;
                let ga = preg.data.gestational_age_on(r.data.date);
                let title = match ga {
                    Some(ga) => {
                        crate::t!(lang, "store-timeline-prenatal-at", ga = ga_short(ga, lang))
                    }
                    None => crate::t!(lang, "store-timeline-prenatal"),
                };
                (
                    title,
                    prenatal_detail(&r.data, lang),
                    TimelineRecord::PrenatalCheckup(r),
                )
            }
            RecordKind::Growth => {
                let r: Record<GrowthMeasurement> = get(conn, id)?;
                let title = crate::t!(lang, "store-timeline-growth");
                (
                    title,
                    growth_detail(&r.data, lang),
                    TimelineRecord::Growth(r),
                )
            }
            RecordKind::InfantCheckup => {
                let r: Record<InfantCheckupRecord> = get(conn, id)?;
                let c = r.data.checkup;
                let title = c.label(lang).to_string();
                let detail = r.data.findings.clone().unwrap_or_default();
                (title, detail, TimelineRecord::InfantCheckup(r))
            }
            RecordKind::Vaccination => {
                let r: Record<Vaccination> = get(conn, id)?;
                let v = &r.data;
                let title = crate::t!(
                    lang,
                    "store-timeline-vaccination",
                    what = super::duplicates::vaccine_dose(v, lang),
                );
                let detail = join_parts([v.brand.clone(), v.lot.clone(), v.clinic.clone()]);
                (title, detail, TimelineRecord::Vaccination(r))
            }
            RecordKind::Dental => {
                let r: Record<DentalRecord> = get(conn, id)?;
                let d = &r.data;
                let title = crate::t!(lang, "store-timeline-dental");
                let detail = join_parts([
                    d.teeth_present
                        .map(|n| crate::t!(lang, "store-brief-teeth", n = n)),
                    d.caries
                        .map(|n| crate::t!(lang, "store-timeline-cavities", n = n)),
                    d.fluoride_applied
                        .then(|| crate::t!(lang, "store-timeline-fluoride")),
                ]);
                (title, detail, TimelineRecord::Dental(r))
            }
            RecordKind::Diary => {
                let r: Record<DiaryEntry> = get(conn, id)?;
                let title = match r.data.mood {
                    Some(m) => crate::t!(lang, "store-timeline-diary-mood", mood = m.label(lang),),
                    None => crate::t!(lang, "store-timeline-diary"),
                };
                let detail = excerpt(&r.data.text, 80);
                (title, detail, TimelineRecord::Diary(r))
            }
            RecordKind::Page => {
                let r: Record<crate::model::PageEntry> = get(conn, id)?;
                let title = crate::forms::form(&r.data.page, lang)
                    .map_or_else(|_| r.data.page.clone(), |f| f.title);
                let detail = crate::forms::labelled(&r.data.page, &r.data.answers, lang)
                    .into_iter()
                    .take(3)
                    .map(|a| Some(format!("{} {}", a.label, a.text)));
                let detail = join_parts(detail);
                (title, detail, TimelineRecord::Page(r))
            }
            RecordKind::MotherProfile | RecordKind::Pregnancy => {
                return Err(HandbookError::BadStoredValue {
                    what: "timeline",
                    detail: format!("{kind} is not a timeline entry"),
                });
            }
        };
        Ok(TimelineItem {
            kind,
            id,
            date,
            title,
            detail,
            record,
        })
    }
}

/// The first `max` characters of a text, on one line, with an ellipsis if cut.
fn excerpt(text: &str, max: usize) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        let cut: String = one_line.chars().take(max).collect();
        format!("{cut}…")
    }
}

/// Weeks and days of pregnancy, short ("28週3日", "28w3d").
fn ga_short(ga: GestationalAge, lang: Lang) -> String {
    crate::t!(
        lang,
        "store-ga-short",
        weeks = ga.weeks(),
        days = ga.day_of_week()
    )
}

/// The parts of a line that are there, " · " between them.
fn join_parts(parts: impl IntoIterator<Item = Option<String>>) -> String {
    parts.into_iter().flatten().collect::<Vec<_>>().join(" · ")
}

fn growth_detail(m: &GrowthMeasurement, lang: Lang) -> String {
    join_parts(super::duplicates::measurements(
        m.weight_kg,
        m.length_cm,
        m.head_cm,
        lang,
    ))
}

fn birth_detail(b: &BirthMeasurements, lang: Lang) -> String {
    join_parts([
        b.weight_kg.map(|w| {
            crate::t!(
                lang,
                "store-brief-weight-g",
                g = format!("{:.0}", w * 1000.0)
            )
        }),
        b.length_cm
            .map(|l| crate::t!(lang, "store-brief-length", cm = format!("{l:.1}"))),
        b.head_cm
            .map(|h| crate::t!(lang, "store-brief-head", cm = format!("{h:.1}"))),
    ])
}

fn prenatal_detail(c: &PrenatalCheckup, lang: Lang) -> String {
    join_parts([
        c.weight_kg
            .map(|w| crate::t!(lang, "store-brief-weight-kg", kg = format!("{w:.1}"))),
        super::duplicates::blood_pressure(c, lang),
        c.urine_protein
            .map(|p| crate::t!(lang, "store-brief-urine-protein", value = p.to_string())),
        c.urine_glucose
            .map(|g| crate::t!(lang, "store-brief-urine-glucose", value = g.to_string())),
        c.fundal_height_cm
            .map(|f| crate::t!(lang, "store-brief-fundal-height", cm = format!("{f:.1}"))),
    ])
}

#[cfg(test)]
pub(super) fn timeline_sql_for_tests(subject: Subject) -> String {
    timeline_sql(subject)
}

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
                let title = match lang {
                    Lang::Ja => format!("{}さん誕生", r.data.name),
                    Lang::En => format!("{} was born", r.data.name),
                };
                (
                    title,
                    birth_detail(&r.data.birth, lang),
                    TimelineRecord::Birth(r),
                )
            }
            RecordKind::Delivery => {
                let r: Record<Delivery> = get(conn, id)?;
                let d = &r.data;
                let title = lang.pick("出産", "Delivery").to_string();
                let method = lang.pick(d.method.label_ja(), d.method.as_str());
                let ga = match lang {
                    Lang::Ja => d.ga_at_birth.label_ja(),
                    Lang::En => d.ga_at_birth.to_string(),
                };
                let mut detail = format!("{ga} · {method}");
                if let Some(place) = &d.place {
                    detail.push_str(&format!(" · {place}"));
                }
                (title, detail, TimelineRecord::Delivery(r))
            }
            RecordKind::PrenatalCheckup => {
                let r: Record<PrenatalCheckup> = get(conn, id)?;
                let preg: Record<Pregnancy> = get(conn, r.data.pregnancy_id)?;
                let ga = preg.data.gestational_age_on(r.data.date);
                let title = match (lang, ga) {
                    (Lang::Ja, Some(ga)) => format!("妊婦健診（{}）", ga.label_ja()),
                    (Lang::En, Some(ga)) => format!("Prenatal checkup ({ga})"),
                    (l, None) => l.pick("妊婦健診", "Prenatal checkup").to_string(),
                };
                (
                    title,
                    prenatal_detail(&r.data, lang),
                    TimelineRecord::PrenatalCheckup(r),
                )
            }
            RecordKind::Growth => {
                let r: Record<GrowthMeasurement> = get(conn, id)?;
                let title = lang.pick("身体測定", "Measurement").to_string();
                (
                    title,
                    growth_detail(&r.data, lang),
                    TimelineRecord::Growth(r),
                )
            }
            RecordKind::InfantCheckup => {
                let r: Record<InfantCheckupRecord> = get(conn, id)?;
                let c = r.data.checkup;
                let title = lang.pick(c.label_ja(), c.label_en()).to_string();
                let detail = r.data.findings.clone().unwrap_or_default();
                (title, detail, TimelineRecord::InfantCheckup(r))
            }
            RecordKind::Vaccination => {
                let r: Record<Vaccination> = get(conn, id)?;
                let v = &r.data;
                let title = match lang {
                    Lang::Ja => format!("予防接種: {} {}回目", v.vaccine.name_ja(), v.dose),
                    Lang::En => format!("Vaccination: {} dose {}", v.vaccine.name_en(), v.dose),
                };
                let detail = [v.brand.as_deref(), v.lot.as_deref(), v.clinic.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" · ");
                (title, detail, TimelineRecord::Vaccination(r))
            }
            RecordKind::Dental => {
                let r: Record<DentalRecord> = get(conn, id)?;
                let d = &r.data;
                let title = lang.pick("歯科健診", "Dental checkup").to_string();
                let mut parts = Vec::new();
                if let Some(t) = d.teeth_present {
                    parts.push(match lang {
                        Lang::Ja => format!("歯 {t}本"),
                        Lang::En => format!("{t} teeth"),
                    });
                }
                if let Some(c) = d.caries {
                    parts.push(match lang {
                        Lang::Ja => format!("むし歯 {c}本"),
                        Lang::En => format!("{c} cavities"),
                    });
                }
                if d.fluoride_applied {
                    parts.push(lang.pick("フッ化物塗布", "fluoride").to_string());
                }
                (title, parts.join(" · "), TimelineRecord::Dental(r))
            }
            RecordKind::Diary => {
                let r: Record<DiaryEntry> = get(conn, id)?;
                let title = match r.data.mood {
                    Some(m) => match lang {
                        Lang::Ja => format!("日記（{}）", m.label_ja()),
                        Lang::En => format!("Diary ({})", m.as_str()),
                    },
                    None => lang.pick("日記", "Diary").to_string(),
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
                    .map(|a| format!("{} {}", a.label, a.text))
                    .collect::<Vec<_>>()
                    .join(" · ");
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

fn join_parts(parts: Vec<String>) -> String {
    parts.join(" · ")
}

fn growth_detail(m: &GrowthMeasurement, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(w) = m.weight_kg {
        parts.push(format!("{} {w:.2} kg", lang.pick("体重", "weight")));
    }
    if let Some(l) = m.length_cm {
        parts.push(format!("{} {l:.1} cm", lang.pick("身長", "length")));
    }
    if let Some(h) = m.head_cm {
        parts.push(format!("{} {h:.1} cm", lang.pick("頭囲", "head")));
    }
    join_parts(parts)
}

fn birth_detail(b: &BirthMeasurements, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(w) = b.weight_kg {
        parts.push(format!(
            "{} {:.0} g",
            lang.pick("体重", "weight"),
            w * 1000.0
        ));
    }
    if let Some(l) = b.length_cm {
        parts.push(format!("{} {l:.1} cm", lang.pick("身長", "length")));
    }
    if let Some(h) = b.head_cm {
        parts.push(format!("{} {h:.1} cm", lang.pick("頭囲", "head")));
    }
    join_parts(parts)
}

fn prenatal_detail(c: &PrenatalCheckup, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(w) = c.weight_kg {
        parts.push(format!("{} {w:.1} kg", lang.pick("体重", "weight")));
    }
    if let (Some(s), Some(d)) = (c.bp_systolic, c.bp_diastolic) {
        parts.push(format!("{} {s}/{d}", lang.pick("血圧", "BP")));
    }
    if let Some(p) = c.urine_protein {
        parts.push(format!("{} {p}", lang.pick("尿蛋白", "protein")));
    }
    if let Some(g) = c.urine_glucose {
        parts.push(format!("{} {g}", lang.pick("尿糖", "glucose")));
    }
    if let Some(f) = c.fundal_height_cm {
        parts.push(format!(
            "{} {f:.1} cm",
            lang.pick("子宮底長", "fundal height")
        ));
    }
    join_parts(parts)
}

#[cfg(test)]
pub(super) fn timeline_sql_for_tests(subject: Subject) -> String {
    timeline_sql(subject)
}

//! Owner of `diary` and `diary_subjects`.

use rusqlite::types::Value;
use rusqlite::{Row, Transaction};
use uuid::Uuid;

use super::child::subject_start;
use super::records::*;
use super::{Handbook, WriteCtx};
use crate::error::{HandbookError, Result};
use crate::model::{DiaryEntry, Record, RecordKind, Subject, validate};

impl Stored for DiaryEntry {
    const KIND: RecordKind = RecordKind::Diary;
    const TABLE: &'static str = "diary";
    const COLUMNS: &'static [&'static str] = &["written_on", "text", "mood", "photos"];

    /// The subjects come from the side table, in the order they were given.
    fn select_columns() -> String {
        format!(
            "{}, (SELECT json_group_array(json_array(s.child_id, s.pregnancy_id) ORDER BY s.rowid) \
             FROM diary_subjects s WHERE s.diary_id = diary.id)",
            Self::COLUMNS.join(", ")
        )
    }

    fn to_values(&self) -> Vec<Value> {
        vec![
            date(self.written_on),
            text(&self.text),
            self.mood.map_or(Value::Null, |m| text(m.as_str())),
            Value::Text(serde_json::to_string(&self.photos).unwrap_or_else(|_| "[]".into())),
        ]
    }

    fn from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        let subjects = parse_col(row, at + 4, "subject list", |s| {
            let pairs: Vec<(Option<Uuid>, Option<Uuid>)> = serde_json::from_str(s).ok()?;
            pairs
                .into_iter()
                .map(|pair| match pair {
                    (Some(c), _) => Some(Subject::Child(c)),
                    (None, Some(p)) => Some(Subject::Pregnancy(p)),
                    (None, None) => None,
                })
                .collect()
        })?;
        Ok(DiaryEntry {
            subjects,
            written_on: date_col(row, at)?,
            text: row.get(at + 1)?,
            mood: parse_opt_col(row, at + 2, "mood", |s| s.parse().ok())?,
            photos: parse_col(row, at + 3, "photo list", |s| serde_json::from_str(s).ok())?,
        })
    }

    fn validate(&self, tx: &Transaction<'_>, ctx: &WriteCtx) -> Result<()> {
        validate::diary(self, ctx.today)?;
        for subject in &self.subjects {
            subject_start(tx, *subject)?;
        }
        Ok(())
    }

    fn after_write(&self, tx: &Transaction<'_>, id: Uuid, is_new: bool) -> Result<()> {
        let context = "saving the diary";
        if !is_new {
            tx.prepare_cached("DELETE FROM diary_subjects WHERE diary_id = ?1")
                .and_then(|mut s| s.execute([IdParam(id)]))
                .map_err(HandbookError::sql(context))?;
        }
        let mut insert = tx
            .prepare_cached(
                "INSERT OR IGNORE INTO diary_subjects (diary_id, child_id, pregnancy_id, written_on)
                 VALUES (?1, ?2, ?3, ?4)",
            )
            .map_err(HandbookError::sql(context))?;
        for subject in &self.subjects {
            let (child, pregnancy) = match subject {
                Subject::Child(c) => (Some(IdParam(*c)), None),
                Subject::Pregnancy(p) => (None, Some(IdParam(*p))),
            };
            insert
                .execute((IdParam(id), child, pregnancy, self.written_on.to_string()))
                .map_err(HandbookError::sql(context))?;
        }
        Ok(())
    }

    /// A deleted diary entry keeps only its tombstone: the words and photo
    /// references a parent chose to delete do not linger in the file.
    fn on_delete(tx: &Transaction<'_>, id: Uuid, _now: &str) -> Result<()> {
        tx.prepare_cached("UPDATE diary SET text = '', mood = NULL, photos = '[]' WHERE id = ?1;")
            .and_then(|mut s| s.execute([IdParam(id)]))
            .and_then(|_| {
                tx.prepare_cached("DELETE FROM diary_subjects WHERE diary_id = ?1")
                    .and_then(|mut s| s.execute([IdParam(id)]))
            })
            .map_err(HandbookError::sql("deleting a diary entry"))?;
        Ok(())
    }
}

impl Handbook {
    pub fn add_diary(&mut self, e: DiaryEntry) -> Result<Record<DiaryEntry>> {
        self.insert(e)
    }

    pub fn update_diary(&mut self, id: Uuid, e: DiaryEntry) -> Result<Record<DiaryEntry>> {
        self.update(id, e)
    }

    pub fn delete_diary(&mut self, id: Uuid) -> Result<()> {
        self.delete::<DiaryEntry>(id)
    }

    pub fn diary_entry(&self, id: Uuid) -> Result<Record<DiaryEntry>> {
        get(self.conn(), id)
    }

    /// Diary entries about a subject, newest first.
    pub fn diary(&self, subject: Subject) -> Result<Vec<Record<DiaryEntry>>> {
        subject_start(self.conn(), subject)?;
        let (filter, id) = match subject {
            Subject::Child(c) => (
                "id IN (SELECT diary_id FROM diary_subjects WHERE child_id = ?1)",
                c,
            ),
            Subject::Pregnancy(p) => (
                "id IN (SELECT diary_id FROM diary_subjects WHERE pregnancy_id = ?1)",
                p,
            ),
        };
        list(self.conn(), filter, Some(id), "written_on DESC, id DESC")
    }
}

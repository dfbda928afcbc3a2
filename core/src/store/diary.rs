//! Owner of `diary`, `diary_subjects` and `diary_photos`.
//!
//! `diary_photos` mirrors each live entry's `photos` list so that the photos module
//! can tell, by index, when the last entry showing a photo is gone: an update that
//! drops a photo, or a delete, releases it (its row and files are removed once no
//! live entry shows it).

use rusqlite::types::Value;
use rusqlite::{Row, Transaction};
use uuid::Uuid;

use super::child::subject_start;
use super::records::*;
use super::{Handbook, WriteCtx};
use crate::error::{HandbookError, Result, ValidationError};
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

    fn validate(&self, tx: &Transaction<'_>, rules: &Rules) -> Result<()> {
        validate::diary(self, rules.today)?;
        // A merged entry may be about a subject this handbook does not hold (a
        // grandparent shown one twin), and list a photo the share did not carry (its
        // files were missing on the sending phone): the merge keeps what is here.
        if rules.merged {
            return Ok(());
        }
        for subject in &self.subjects {
            subject_start(tx, *subject)?;
        }
        for reference in &self.photos {
            if !crate::photos::exists(tx, reference)? {
                return Err(ValidationError::UnknownPhoto {
                    reference: reference.clone(),
                }
                .into());
            }
        }
        Ok(())
    }

    fn after_write(&self, tx: &Transaction<'_>, id: Uuid, is_new: bool) -> Result<()> {
        let context = "saving the diary";
        if !is_new {
            tx.prepare_cached("DELETE FROM diary_subjects WHERE diary_id = ?1")
                .and_then(|mut s| s.execute([IdParam(id)]))
                .and_then(|_| {
                    tx.prepare_cached("DELETE FROM diary_photos WHERE diary_id = ?1")
                        .and_then(|mut s| s.execute([IdParam(id)]))
                })
                .map_err(HandbookError::sql(context))?;
        }
        let mut link = tx
            .prepare_cached(
                "INSERT OR IGNORE INTO diary_photos (diary_id, photo_id) VALUES (?1, ?2)",
            )
            .map_err(HandbookError::sql(context))?;
        for photo in &self.photos {
            link.execute((IdParam(id), photo))
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

    fn after_merge(&self, tx: &Transaction<'_>, id: Uuid, deleted: bool) -> Result<()> {
        super::sync::diary_after_merge(self, tx, id, deleted)
    }

    /// A deleted diary entry keeps only its tombstone: the words and photo
    /// references a parent chose to delete do not linger in the file.
    fn on_delete(tx: &Transaction<'_>, id: Uuid, _ctx: &WriteCtx) -> Result<()> {
        tx.prepare_cached("UPDATE diary SET text = '', mood = NULL, photos = '[]' WHERE id = ?1;")
            .and_then(|mut s| s.execute([IdParam(id)]))
            .and_then(|_| {
                tx.prepare_cached("DELETE FROM diary_subjects WHERE diary_id = ?1")
                    .and_then(|mut s| s.execute([IdParam(id)]))
            })
            .and_then(|_| {
                tx.prepare_cached("DELETE FROM diary_photos WHERE diary_id = ?1")
                    .and_then(|mut s| s.execute([IdParam(id)]))
            })
            .map_err(HandbookError::sql("deleting a diary entry"))?;
        Ok(())
    }
}

/// The photos a live entry shows, as linked.
pub(crate) fn linked_photos(tx: &Transaction<'_>, id: Uuid) -> Result<Vec<String>> {
    tx.prepare_cached("SELECT photo_id FROM diary_photos WHERE diary_id = ?1")
        .and_then(|mut s| s.query_map([IdParam(id)], |r| r.get(0))?.collect())
        .map_err(HandbookError::sql("reading the diary"))
}

/// Add a photo to the end of an entry's list (nothing if it is there already), as an
/// edit of the entry: its revision goes up, and the usual rules (at most 50 photos)
/// apply.
pub(crate) fn attach_photo(
    tx: &Transaction<'_>,
    ctx: &WriteCtx,
    entry: Uuid,
    photo: &str,
) -> Result<()> {
    let mut record: Record<DiaryEntry> = get(tx, entry)?;
    if record.data.photos.iter().any(|p| p == photo) {
        return Ok(());
    }
    record.data.photos.push(photo.to_string());
    update_in(tx, ctx, entry, record.data)?;
    Ok(())
}

impl Handbook {
    pub fn add_diary(&mut self, e: DiaryEntry) -> Result<Record<DiaryEntry>> {
        self.insert(e)
    }

    /// Replace an entry; photos it no longer shows, and no other entry shows, are
    /// removed with their files.
    pub fn update_diary(&mut self, id: Uuid, e: DiaryEntry) -> Result<Record<DiaryEntry>> {
        let (record, released) = self.write("saving the diary", |tx, ctx| {
            let before = linked_photos(tx, id)?;
            let record = update_in(tx, ctx, id, e)?;
            Ok((record, crate::photos::release(tx, &before)?))
        })?;
        self.remove_released_photos(&released);
        Ok(record)
    }

    /// Delete an entry; photos no other entry shows are removed with their files.
    pub fn delete_diary(&mut self, id: Uuid) -> Result<()> {
        let released = self.write("deleting a diary entry", |tx, ctx| {
            let before = linked_photos(tx, id)?;
            delete_in::<DiaryEntry>(tx, id, ctx)?;
            crate::photos::release(tx, &before)
        })?;
        self.remove_released_photos(&released);
        Ok(())
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

//! Owner of `pages`: the filled pages the form data defines ([`PageEntry`]).

use rusqlite::types::Value;
use rusqlite::{Row, Transaction};
use uuid::Uuid;

use super::Handbook;
use super::child::{rules_start, subject_filter};
use super::records::*;
use crate::error::Result;
use crate::model::{PageEntry, Record, RecordKind, Subject};

impl Stored for PageEntry {
    const KIND: RecordKind = RecordKind::Page;
    const TABLE: &'static str = "pages";
    const COLUMNS: &'static [&'static str] =
        &["child_id", "pregnancy_id", "page", "date", "answers"];

    fn to_values(&self) -> Vec<Value> {
        let (child, pregnancy) = match self.subject {
            Some(Subject::Child(c)) => (id(c), Value::Null),
            Some(Subject::Pregnancy(p)) => (Value::Null, id(p)),
            None => (Value::Null, Value::Null),
        };
        // Serialising strings, numbers and dates cannot fail; an empty list is the
        // harmless fallback if it ever did.
        let answers = serde_json::to_string(&self.answers).unwrap_or_else(|_| "[]".into());
        vec![
            child,
            pregnancy,
            text(&self.page),
            date(self.date),
            Value::Text(answers),
        ]
    }

    fn from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        let subject = match (opt_uuid_col(row, at)?, opt_uuid_col(row, at + 1)?) {
            (Some(c), _) => Some(Subject::Child(c)),
            (None, Some(p)) => Some(Subject::Pregnancy(p)),
            (None, None) => None,
        };
        Ok(PageEntry {
            subject,
            page: row.get(at + 2)?,
            date: date_col(row, at + 3)?,
            answers: parse_col(row, at + 4, "page answers", |s| {
                serde_json::from_str(s).ok()
            })?,
        })
    }

    fn validate(&self, tx: &Transaction<'_>, rules: &Rules) -> Result<()> {
        let start = match self.subject {
            Some(subject) => Some(rules_start(tx, subject, rules)?),
            None => None,
        };
        Ok(crate::forms::check_page_entry(self, start, rules.today)?)
    }
}

impl Handbook {
    /// Save a new filled page (checked against the form data).
    pub fn add_page(&mut self, entry: PageEntry) -> Result<Record<PageEntry>> {
        self.insert(entry)
    }

    pub fn update_page(&mut self, id: Uuid, entry: PageEntry) -> Result<Record<PageEntry>> {
        self.update(id, entry)
    }

    pub fn delete_page(&mut self, id: Uuid) -> Result<()> {
        self.delete::<PageEntry>(id)
    }

    pub fn page_entry(&self, id: Uuid) -> Result<Record<PageEntry>> {
        get(self.conn(), id)
    }

    /// The filled pages of a subject (or of the family: `None`), oldest first;
    /// `page`: only that page's.
    pub fn page_entries(
        &self,
        subject: Option<Subject>,
        page: Option<&str>,
    ) -> Result<Vec<Record<PageEntry>>> {
        let mut entries = match subject {
            Some(s) => {
                let (filter, id) = subject_filter(s);
                list::<PageEntry>(self.conn(), filter, Some(id), "date, id")?
            }
            None => list::<PageEntry>(
                self.conn(),
                "child_id IS NULL AND pregnancy_id IS NULL",
                None,
                "date, id",
            )?,
        };
        if let Some(page) = page {
            entries.retain(|e| e.data.page == page);
        }
        Ok(entries)
    }
}

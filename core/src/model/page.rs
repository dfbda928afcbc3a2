//! Answers to a page of the handbook: what a family writes on a page the form defines
//! as data (`core/data/forms/`), keyed by the field ids of that data.
//!
//! The pages with business logic of their own (pregnancy, checkups, growth,
//! vaccinations …) are typed records; the other pages of the 母子健康手帳 — the
//! newborn period, the screening tests, the mother's tests, the postpartum pages, the
//! partner's page, stool-colour checks — are [`PageEntry`] records, and the infant
//! checkup record keeps its questions' answers as the same [`Answer`]s. So a page
//! added to the data is stored, shared, backed up and exported without new code.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::Subject;

/// A value written in one field of a form.
///
/// Which variants a field takes is its input type (`forms::FieldInput`): `yes`/`no`
/// for a yes/no question; `when` for "when did …?" questions (yes, since the date;
/// the date is kept everywhere, never reduced to yes); `choice` by the option's
/// stable value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum FieldValue {
    Yes,
    No,
    When {
        date: NaiveDate,
    },
    Number {
        value: f64,
    },
    Integer {
        value: i64,
    },
    Date {
        date: NaiveDate,
    },
    DateTime {
        at: NaiveDateTime,
    },
    /// Weeks and days of pregnancy ("38+2").
    Gestation {
        weeks: u8,
        days: u8,
    },
    Choice {
        option: String,
    },
    Text {
        text: String,
    },
    /// Photos already imported into the handbook, by reference.
    Photos {
        refs: Vec<String>,
    },
}

/// One field's value, by the field's id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Answer {
    pub field: String,
    pub value: FieldValue,
}

impl Answer {
    pub fn new(field: impl Into<String>, value: FieldValue) -> Answer {
        Answer {
            field: field.into(),
            value,
        }
    }
}

/// One filled page of the handbook that the form data defines (see the module doc).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PageEntry {
    /// Whom the page is about: a child, a pregnancy, or (none) the family — the
    /// partner's page and the guardians' details belong to no one child.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub subject: Option<Subject>,
    /// The page's id in the form data (`hearing_screen`, `stool_color` …).
    pub page: String,
    /// The day the page records (the test, the check, the visit), or the day it
    /// was written for pages without a date of their own.
    pub date: NaiveDate,
    pub answers: Vec<Answer>,
}

impl PageEntry {
    /// The answer to `field`, if given.
    pub fn answer(&self, field: &str) -> Option<&FieldValue> {
        self.answers
            .iter()
            .find(|a| a.field == field)
            .map(|a| &a.value)
    }

    /// The child this page is about, if it is a child's page.
    pub fn child_id(&self) -> Option<Uuid> {
        match self.subject {
            Some(Subject::Child(c)) => Some(c),
            _ => None,
        }
    }
}

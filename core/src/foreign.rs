//! How the core's own values cross to Kotlin and Swift (feature `uniffi`).
//!
//! The model, screen and result types derive uniffi's traits where they are defined
//! (`cfg_attr(feature = "uniffi", derive(uniffi::Record))`), so a record kind is
//! written once. This module holds what a derive cannot express:
//!
//! - **Custom types** for the values the core keeps in other crates' types: calendar
//!   dates (`NaiveDate`, Kotlin `java.time.LocalDate`, Swift `CalendarDay`: a day,
//!   never an instant, so no time zone can move a birthday), local date-times of a
//!   birth (`NaiveDateTime`), UTC timestamps (`Timestamp`: Kotlin `Instant`, Swift
//!   `Date`), record ids (`RecordId`, a UUID as text) and gestational ages ("38+2").
//!   Each fails to lift with the typed [`HandbookError`] naming the field (kind
//!   `BadArgument`): uniffi 0.32 returns a failed argument lift as the function's own
//!   error when it downcasts to it (`LowerReturn::handle_failed_lift` for
//!   `Result<R, E>` in uniffi_core's `ffi_converter_impls.rs`), and every exported call
//!   returns this error type. Within a record uniffi does not say which field failed,
//!   so the error names the kind of field (a date, a record id) and quotes the value.
//! - **Stored records**: [`Record<T>`](crate::model::Record) is generic, which uniffi
//!   cannot derive; each kind's instantiation (`ChildRecord = Record<Child>`) is
//!   declared here with its two fields.
//! - **The error the apps see**: [`HandbookError`], the core's error flattened to its
//!   [`ErrorKind`], the field to highlight, and the message in both languages.

use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use uuid::Uuid;

use crate::error::{Field, HandbookError as CoreError};
use crate::model::{self, GestationalAge, Record};
use crate::problem::{ErrorKind, Problem};

/// A UTC instant (when a record was created or changed).
pub type Timestamp = DateTime<Utc>;

/// A moment with the offset it was written with (a city feed's `generated_at`),
/// RFC 3339 text on the other side.
pub type FeedTime = DateTime<chrono::FixedOffset>;

/// A record's id: a UUID, as text on the other side.
pub type RecordId = Uuid;

/// A value the app handed over that does not parse, as the typed error the call
/// returns (see the module documentation).
fn bad(field: Field, value: &str) -> uniffi::deps::anyhow::Error {
    uniffi::deps::anyhow::Error::new(HandbookError::from(CoreError::BadArgument {
        field,
        value: value.chars().take(64).collect(),
    }))
}

/// `YYYY-MM-DD`, strictly (what `LocalDate.toString()` and `CalendarDay.iso` write).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .filter(|_| text.len() == 10)
}

/// `YYYY-MM-DDTHH:MM`, with optional seconds and fraction (Kotlin's
/// `LocalDateTime.toString()` writes them when non-zero); kept to the minute.
pub fn parse_date_time(text: &str) -> Option<NaiveDateTime> {
    let t = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f"))
        .ok()?;
    use chrono::Timelike;
    t.with_second(0).and_then(|t| t.with_nanosecond(0))
}

uniffi::custom_type!(NaiveDate, String, {
    remote,
    lower: |d| d.format("%Y-%m-%d").to_string(),
    try_lift: |s| parse_date(&s).ok_or_else(|| bad(Field::Date, &s)),
});

uniffi::custom_type!(NaiveDateTime, String, {
    remote,
    lower: |t| t.format("%Y-%m-%dT%H:%M").to_string(),
    try_lift: |s| parse_date_time(&s).ok_or_else(|| bad(Field::DeliveredAt, &s)),
});

uniffi::custom_type!(Timestamp, std::time::SystemTime, {
    remote,
    lower: |t| t.into(),
    try_lift: |s| Ok(DateTime::<Utc>::from(s)),
});

uniffi::custom_type!(FeedTime, String, {
    remote,
    lower: |t| t.to_rfc3339(),
    try_lift: |s| DateTime::parse_from_rfc3339(&s).map_err(|_| bad(Field::Date, &s)),
});

uniffi::custom_type!(PathBuf, String, {
    remote,
    lower: |p| p.to_string_lossy().into_owned(),
    try_lift: |s| Ok(PathBuf::from(s)),
});

uniffi::custom_type!(RecordId, String, {
    remote,
    lower: |id| id.to_string(),
    try_lift: |s| Uuid::parse_str(s.trim()).map_err(|_| bad(Field::RecordId, &s)),
});

uniffi::custom_type!(GestationalAge, String, {
    lower: |ga| format!("{}+{}", ga.weeks(), ga.day_of_week()),
    try_lift: |s| s.parse::<GestationalAge>().map_err(|_| bad(Field::GestationalAge, &s)),
});

/// Each kind's stored record: `Record<T>` for one `T`, with its two fields.
macro_rules! stored_records {
    ($($(#[$meta:meta])* $name:ident = $data:ty;)+) => {
        $(
            $(#[$meta])*
            pub type $name = Record<$data>;

            #[uniffi::remote(Record)]
            pub struct $name {
                pub meta: model::Meta,
                pub data: $data,
            }
        )+
    };
}

stored_records! {
    MotherProfileRecord = model::MotherProfile;
    PregnancyRecord = model::Pregnancy;
    PrenatalCheckupRecord = model::PrenatalCheckup;
    DeliveryRecord = model::Delivery;
    ChildRecord = model::Child;
    GrowthRecord = model::GrowthMeasurement;
    InfantCheckupRecord = model::InfantCheckupRecord;
    VaccinationRecord = model::Vaccination;
    DentalRecord = model::DentalRecord;
    DiaryRecord = model::DiaryEntry;
    PageRecord = model::PageEntry;
}

/// Everything a call can fail with, as the apps see it: the core's error reduced to
/// what an app acts on. `kind` decides what to offer (exhaustively, as an enum);
/// `field` is the form field to show the message next to; the message is already
/// worded for a parent, in every catalog language (`messages`; English in `Display`).
#[derive(Debug, Clone, PartialEq, thiserror::Error, uniffi::Error)]
#[uniffi::export(Display)]
pub enum HandbookError {
    #[error("{}", crate::text::text_in(messages, crate::Lang::En))]
    Failed {
        kind: ErrorKind,
        field: Option<Field>,
        /// Changing what was entered or chosen fixes it (show it on the form).
        user_can_fix: bool,
        /// Trying again later may succeed (network, a busy file).
        transient: bool,
        /// The message in every catalog language.
        messages: Vec<crate::text::Localized>,
    },
}

impl HandbookError {
    /// An error the bindings raise themselves (a closed handbook, a caught panic),
    /// worded by `message` in each language.
    pub fn new(kind: ErrorKind, message: impl Fn(crate::Lang) -> String) -> Self {
        HandbookError::Failed {
            kind,
            field: None,
            user_can_fix: false,
            transient: kind.is_transient(),
            messages: crate::text::every_lang(message),
        }
    }

    pub fn kind(&self) -> ErrorKind {
        let HandbookError::Failed { kind, .. } = self;
        *kind
    }

    pub fn field(&self) -> Option<Field> {
        let HandbookError::Failed { field, .. } = self;
        *field
    }

    /// The message in `lang`.
    pub fn message(&self, lang: crate::Lang) -> std::borrow::Cow<'_, str> {
        let HandbookError::Failed { messages, .. } = self;
        crate::text::text_in(messages, lang)
    }
}

impl From<CoreError> for HandbookError {
    fn from(e: CoreError) -> Self {
        HandbookError::Failed {
            kind: e.kind(),
            field: e.field(),
            user_can_fix: e.user_can_fix(),
            transient: Problem::is_transient(&e),
            messages: crate::text::every_lang(|lang| e.message(lang)),
        }
    }
}

impl From<crate::photos::PhotoError> for HandbookError {
    fn from(e: crate::photos::PhotoError) -> Self {
        CoreError::from(e).into()
    }
}

impl From<crate::feed::FeedError> for HandbookError {
    fn from(e: crate::feed::FeedError) -> Self {
        CoreError::from(e).into()
    }
}

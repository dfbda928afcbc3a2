//! Errors of the handbook core.
//!
//! Two layers, as in application-services: [`ValidationError`] says what is wrong
//! with what the user typed, in words a parent understands ([`ValidationError::message`]
//! in the user's language, from the catalogs in `core/data/text/`; `Display` is the
//! English); [`HandbookError`] adds what can go wrong with the file itself. Every
//! variant carries the context needed to act on it.

use chrono::NaiveDate;
use std::path::PathBuf;
use uuid::Uuid;

use crate::model::RecordKind;
use crate::problem::{ErrorKind, Problem};

/// A field of a record, named for messages and for a form to highlight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Field {
    Name,
    BirthDate,
    Lmp,
    DueDate,
    Fetuses,
    Date,
    NextVisit,
    Weight,
    PrePregnancyWeight,
    Height,
    Length,
    Head,
    Chest,
    BloodPressureSystolic,
    BloodPressureDiastolic,
    FundalHeight,
    AbdominalGirth,
    GestationalAge,
    Apgar,
    BirthOrder,
    Dose,
    Teeth,
    Caries,
    Text,
    Question,
    Photos,
    Subjects,
    DeliveredAt,
    Newborns,
    /// Blood loss at delivery (出血量).
    BloodLoss,
    /// A record's id (a UUID).
    RecordId,
    /// A timeline position handed back by the app.
    Cursor,
}

impl Field {
    /// The field's name in messages, in `lang` ("体重", "weight").
    pub fn label(self, lang: crate::Lang) -> String {
        crate::text::text(lang, self.label_id())
    }

    /// The catalog message naming this field.
    fn label_id(self) -> &'static str {
        match self {
            Field::Name => crate::tid!("errors-field-name"),
            Field::BirthDate => crate::tid!("errors-field-birth-date"),
            Field::Lmp => crate::tid!("errors-field-lmp"),
            Field::DueDate => crate::tid!("errors-field-due-date"),
            Field::Fetuses => crate::tid!("errors-field-fetuses"),
            Field::Date => crate::tid!("errors-field-date"),
            Field::NextVisit => crate::tid!("errors-field-next-visit"),
            Field::Weight => crate::tid!("errors-field-weight"),
            Field::PrePregnancyWeight => crate::tid!("errors-field-pre-pregnancy-weight"),
            Field::Height => crate::tid!("errors-field-height"),
            Field::Length => crate::tid!("errors-field-length"),
            Field::Head => crate::tid!("errors-field-head"),
            Field::Chest => crate::tid!("errors-field-chest"),
            Field::BloodPressureSystolic => crate::tid!("errors-field-systolic"),
            Field::BloodPressureDiastolic => crate::tid!("errors-field-diastolic"),
            Field::FundalHeight => crate::tid!("errors-field-fundal-height"),
            Field::AbdominalGirth => crate::tid!("errors-field-abdominal-girth"),
            Field::GestationalAge => crate::tid!("errors-field-gestational-age"),
            Field::Apgar => crate::tid!("errors-field-apgar"),
            Field::BirthOrder => crate::tid!("errors-field-birth-order"),
            Field::Dose => crate::tid!("errors-field-dose"),
            Field::Teeth => crate::tid!("errors-field-teeth"),
            Field::Caries => crate::tid!("errors-field-caries"),
            Field::Text => crate::tid!("errors-field-text"),
            Field::Question => crate::tid!("errors-field-question"),
            Field::Photos => crate::tid!("errors-field-photos"),
            Field::Subjects => crate::tid!("errors-field-subjects"),
            Field::DeliveredAt => crate::tid!("errors-field-delivered-at"),
            Field::Newborns => crate::tid!("errors-field-newborns"),
            Field::BloodLoss => crate::tid!("errors-field-blood-loss"),
            Field::RecordId => crate::tid!("errors-field-record-id"),
            Field::Cursor => crate::tid!("errors-field-cursor"),
        }
    }

    /// How a well-formed value of this field is written, as the selector of
    /// `errors-bad-argument`'s hint (`none`: nothing to add).
    fn format_hint(self) -> &'static str {
        match self {
            Field::DeliveredAt => "date-time",
            Field::GestationalAge => "weeks-days",
            Field::RecordId => "uuid",
            Field::Cursor => "cursor",
            Field::Date | Field::BirthDate | Field::Lmp | Field::DueDate | Field::NextVisit => {
                "date"
            }
            _ => "none",
        }
    }
}

/// What is wrong with a value the user entered. Nothing is written when one occurs.
/// The words are the catalog's ([`ValidationError::message`]); `Display` is English.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", self.message(crate::Lang::En))]
pub enum ValidationError {
    Required {
        field: Field,
    },

    TooLong {
        field: Field,
        len: usize,
        max: usize,
    },

    DateInFuture {
        field: Field,
        date: NaiveDate,
        today: NaiveDate,
    },

    BeforeBirth {
        field: Field,
        date: NaiveDate,
        birth: NaiveDate,
    },

    BeforePregnancy {
        field: Field,
        date: NaiveDate,
        start: NaiveDate,
    },

    BeforeOther {
        field: Field,
        date: NaiveDate,
        other: Field,
        other_date: NaiveDate,
    },

    ImplausibleDate {
        field: Field,
        date: NaiveDate,
        today: NaiveDate,
    },

    OutOfRange {
        field: Field,
        value: f64,
        min: f64,
        max: f64,
        unit: &'static str,
        /// Who the limits are for, as the validator names it: "for a newborn", "for a
        /// child of 2 years", "for an adult", "" (worded per language by
        /// [`range_context`]).
        context: String,
    },

    BloodPressureOrder {
        systolic: u16,
        diastolic: u16,
    },

    /// The due date is `days` later (negative: earlier) than the last menstrual
    /// period gives.
    DatingMismatch {
        lmp: NaiveDate,
        due: NaiveDate,
        days: i64,
    },

    NoDating,

    NoMeasurement,

    NoSubject,

    UnknownCode {
        what: &'static str,
        value: String,
        valid: Vec<String>,
    },

    DoseOutOfRange {
        vaccine: crate::schedule::VaccineCode,
        dose: u32,
        max: u32,
    },

    WrongSubject {
        what: &'static str,
        expected: &'static str,
    },

    NewbornCount {
        expected: u8,
        got: usize,
    },

    AlreadyDelivered {
        pregnancy: Uuid,
    },

    UnknownPhoto {
        reference: String,
    },

    BirthGestationalAge {
        ga: String,
    },

    /// An answer on a page of the form data (`crate::forms`), by the field's id.
    /// #16: the two texts stay until the model's checks (model/validate.rs) build
    /// this from the catalog themselves; the forms fill both from it.
    Answer {
        field: String,
        /// The form's words for what is wrong, in every catalog language.
        messages: Vec<crate::text::Localized>,
    },

    EndedByBirth {
        pregnancy: Uuid,
    },

    PregnancyEnded {
        pregnancy: Uuid,
        on: NaiveDate,
    },

    PregnancyHasDiary {
        pregnancy: Uuid,
        entries: u32,
    },
}

impl ValidationError {
    /// What to tell the user, in `lang`.
    pub fn message(&self, lang: crate::Lang) -> String {
        use crate::t;
        use ValidationError::*;
        match self {
            Required { field } => t!(lang, "errors-required", field = field.label(lang)),
            TooLong { field, len, max } => t!(
                lang,
                "errors-too-long",
                field = field.label(lang),
                len = *len,
                max = *max
            ),
            DateInFuture { field, date, today } => t!(
                lang,
                "errors-date-in-future",
                field = field.label(lang),
                date = date.to_string(),
                today = today.to_string()
            ),
            BeforeBirth { field, date, birth } => t!(
                lang,
                "errors-before-birth",
                field = field.label(lang),
                date = date.to_string(),
                birth = birth.to_string()
            ),
            BeforePregnancy { field, date, start } => t!(
                lang,
                "errors-before-pregnancy",
                field = field.label(lang),
                date = date.to_string(),
                start = start.to_string()
            ),
            BeforeOther {
                field,
                date,
                other,
                other_date,
            } => t!(
                lang,
                "errors-before-other",
                field = field.label(lang),
                date = date.to_string(),
                other = other.label(lang),
                other_date = other_date.to_string()
            ),
            ImplausibleDate { field, date, today } => t!(
                lang,
                "errors-implausible-date",
                field = field.label(lang),
                date = date.to_string(),
                today = today.to_string()
            ),
            OutOfRange {
                field,
                value,
                min,
                max,
                unit,
                context,
            } => t!(
                lang,
                "errors-out-of-range",
                field = field.label(lang),
                value = *value,
                min = *min,
                max = *max,
                unit = *unit,
                context = range_context(lang, context)
            ),
            BloodPressureOrder {
                systolic,
                diastolic,
            } => t!(
                lang,
                "errors-blood-pressure-order",
                systolic = *systolic,
                diastolic = *diastolic
            ),
            DatingMismatch { lmp, due, days } => t!(
                lang,
                "errors-dating-mismatch",
                lmp = lmp.to_string(),
                due = due.to_string(),
                days = days.unsigned_abs(),
                later = if *days > 0 { "yes" } else { "no" }
            ),
            NoDating => t!(lang, "errors-no-dating"),
            NoMeasurement => t!(lang, "errors-no-measurement"),
            NoSubject => t!(lang, "errors-no-subject"),
            UnknownCode { what, value, valid } => t!(
                lang,
                "errors-unknown-code",
                what = code_word(lang, what),
                value = value.as_str(),
                valid = crate::text::join(lang, valid)
            ),
            DoseOutOfRange { vaccine, dose, max } => t!(
                lang,
                "errors-dose-out-of-range",
                vaccine = vaccine.label(lang),
                dose = *dose,
                max = *max
            ),
            WrongSubject { what, expected } => t!(
                lang,
                "errors-wrong-subject",
                what = code_word(lang, what),
                expected = code_word(lang, expected)
            ),
            NewbornCount { expected, got } => t!(
                lang,
                "errors-newborn-count",
                expected = *expected,
                got = *got
            ),
            AlreadyDelivered { .. } => t!(lang, "errors-already-delivered"),
            UnknownPhoto { reference } => {
                t!(lang, "errors-unknown-photo", reference = reference.as_str())
            }
            BirthGestationalAge { ga } => {
                t!(lang, "errors-birth-gestational-age", ga = ga.as_str())
            }
            // #16: the only language choice left here, on texts made elsewhere.
            Answer { messages, .. } => crate::text::text_in(messages, lang).to_string(),
            EndedByBirth { .. } => t!(lang, "errors-ended-by-birth"),
            PregnancyEnded { on, .. } => {
                t!(lang, "errors-pregnancy-ended", on = on.to_string())
            }
            PregnancyHasDiary { entries, .. } => {
                t!(lang, "errors-pregnancy-has-diary", entries = *entries)
            }
        }
    }
}

/// Who a range is for ("for a child of 2 years"), in `lang`. The validator names it
/// in a few fixed English phrases; anything else is shown as given.
fn range_context(lang: crate::Lang, context: &str) -> String {
    let count = |prefix: &str, suffix: &str| {
        context
            .strip_prefix(prefix)?
            .strip_suffix(suffix)?
            .trim()
            .parse::<u32>()
            .ok()
    };
    if context.is_empty() {
        String::new()
    } else if context == "for a newborn" {
        crate::t!(lang, "errors-context-newborn")
    } else if context == "for an adult" {
        crate::t!(lang, "errors-context-adult")
    } else if let Some(n) = count("for a child of ", "months") {
        crate::t!(lang, "errors-context-child-months", n = n)
    } else if let Some(n) = count("for a child of ", "years") {
        crate::t!(lang, "errors-context-child-years", n = n)
    } else {
        context.to_string()
    }
}

/// A thing a check names by a fixed English word ("vaccine code", "a child"), in
/// `lang`; a word not listed is shown as given.
fn code_word(lang: crate::Lang, what: &str) -> String {
    let id = match what {
        "vaccine code" => crate::tid!("errors-what-vaccine-code"),
        "rotavirus brand" => crate::tid!("errors-what-rotavirus-brand"),
        "checkup" => crate::tid!("errors-what-checkup"),
        "maternal RSV vaccine" => crate::tid!("errors-what-maternal-rsv"),
        "a pregnancy" => crate::tid!("errors-what-a-pregnancy"),
        "a child" => crate::tid!("errors-what-a-child"),
        "a child or a pregnancy" => crate::tid!("errors-what-a-child-or-pregnancy"),
        "the family" => crate::tid!("errors-what-the-family"),
        "childhood vaccines" => crate::tid!("errors-what-childhood-vaccines"),
        "page" => crate::tid!("errors-what-page"),
        "this page" => crate::tid!("errors-what-this-page"),
        other => return other.to_string(),
    };
    crate::text::text(lang, id)
}

/// Everything that can fail in the handbook core. The words are the catalog's
/// ([`HandbookError::message`]); `Display` is English.
#[derive(Debug, thiserror::Error)]
pub enum HandbookError {
    #[error(transparent)]
    Invalid(#[from] ValidationError),

    /// A form of the handbook could not be found, used or saved as filled.
    #[error(transparent)]
    Form(#[from] crate::forms::FormError),

    #[error("{}", self.message(crate::Lang::En))]
    NotFound { kind: RecordKind, id: Uuid },

    #[error("{}", self.message(crate::Lang::En))]
    SchemaTooNew { found: i64, supported: i64 },

    #[error("{}", self.message(crate::Lang::En))]
    NotAHandbook { path: PathBuf },

    #[error("{}", self.message(crate::Lang::En))]
    Corrupt { path: PathBuf, detail: String },

    /// `context` says what was being done, in English, for the English message.
    #[error("{}", self.message(crate::Lang::En))]
    DiskFull { context: &'static str },

    #[error("{}", self.message(crate::Lang::En))]
    Busy { context: &'static str },

    #[error("{}", self.message(crate::Lang::En))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error(transparent)]
    Schedule(#[from] crate::schedule::ScheduleError),

    #[error(transparent)]
    Growth(#[from] crate::growth::GrowthError),

    #[error(transparent)]
    Bundle(#[from] crate::bundle::BundleError),

    #[error("{}", self.message(crate::Lang::En))]
    Storage {
        context: &'static str,
        #[source]
        source: rusqlite::Error,
    },

    #[error("{}", self.message(crate::Lang::En))]
    BadCursor { cursor: String },

    /// `what` names what was read, in English ("city feed", a record kind).
    #[error("{}", self.message(crate::Lang::En))]
    BadStoredValue { what: &'static str, detail: String },

    #[error("{}", self.message(crate::Lang::En))]
    ReadOnlyView,

    #[error("{}", self.message(crate::Lang::En))]
    Merge(#[from] crate::store::MergeError),

    #[error(transparent)]
    Share(#[from] crate::share::ShareError),

    /// A photo was refused or could not be stored.
    #[error(transparent)]
    Photo(#[from] crate::photos::PhotoError),

    /// The city feed could not be fetched, verified or applied.
    #[error(transparent)]
    Feed(#[from] crate::feed::FeedError),

    /// A value handed over by the app (not typed by the user) is not well formed: a
    /// date, an id, a gestational age. `value` is what was received.
    #[error("{}", self.message(crate::Lang::En))]
    BadArgument { field: Field, value: String },

    #[error("{}", self.message(crate::Lang::En))]
    ReadOnlyFile { path: PathBuf, upgrade: bool },
    /// SQLite found a damaged page while the handbook was in use (it opened, but part
    /// of it cannot be read). The family is told to save what is still readable.
    #[error("{}", self.message(crate::Lang::En))]
    Damaged {
        context: &'static str,
        detail: String,
    },
    /// The record looks like one already in the handbook (see
    /// [`crate::store::duplicates`]): nothing was saved. Saving it anyway is the
    /// family's choice, so the message names what exists and how to go ahead.
    #[error("{}", self.message(crate::Lang::En))]
    LikelyDuplicate {
        kind: RecordKind,
        existing: Vec<crate::store::duplicates::DuplicateNote>,
    },
}

/// "A vaccination like this is already saved: 2026-03-01 Hib dose 2 (id 019ae4f3). …"
fn duplicate_message(
    lang: crate::Lang,
    kind: RecordKind,
    existing: &[crate::store::duplicates::DuplicateNote],
) -> String {
    let found = existing
        .iter()
        .map(|n| {
            let what = n.description(lang);
            let (date, id) = (n.date.to_string(), n.short_id.as_str());
            match what.trim() {
                "" => crate::t!(lang, "errors-duplicate-item-plain", date = date, id = id),
                what => crate::t!(
                    lang,
                    "errors-duplicate-item",
                    date = date,
                    what = what,
                    id = id
                ),
            }
        })
        .collect::<Vec<_>>();
    crate::t!(
        lang,
        "errors-likely-duplicate",
        kind = record_kind_label(lang, kind),
        found = found.join(&crate::t!(lang, "errors-duplicate-separator"))
    )
}

/// A record kind's name in `lang`.
fn record_kind_label(lang: crate::Lang, kind: RecordKind) -> &'static str {
    kind.label(lang)
}

/// What a stored value that could not be read is, as a word of the catalog (the
/// English message names it as the code does).
fn stored_thing(what: &str) -> &'static str {
    match what {
        "share" => crate::tid!("errors-stored-share"),
        "city feed" | "city feed entry" => crate::tid!("errors-stored-feed"),
        "city configuration" => crate::tid!("errors-stored-city"),
        "timeline" => crate::tid!("errors-stored-timeline"),
        _ => crate::tid!("errors-stored-record"),
    }
}

impl HandbookError {
    /// Which kind of failure (see [`ErrorKind`]); its `as_str` is the stable name
    /// printed by the CLI's `--json`.
    pub fn kind(&self) -> ErrorKind {
        use crate::growth::GrowthError;
        match self {
            HandbookError::Invalid(_) => ErrorKind::Validation,
            HandbookError::Form(e) => match e {
                crate::forms::FormError::Invalid { .. } => ErrorKind::Validation,
                crate::forms::FormError::NotOfForm { .. } => ErrorKind::NotFound,
                // The app asked for a page that is not in this build, or opened a
                // page without what it is about: the app's mistake, not the user's.
                crate::forms::FormError::UnknownForm { .. }
                | crate::forms::FormError::NeedsSubject { .. } => ErrorKind::BadArgument,
            },
            HandbookError::NotFound { .. } => ErrorKind::NotFound,
            HandbookError::SchemaTooNew { .. } => ErrorKind::SchemaTooNew,
            HandbookError::NotAHandbook { .. } => ErrorKind::NotAHandbook,
            HandbookError::Corrupt { .. } => ErrorKind::Corrupt,
            HandbookError::DiskFull { .. } => ErrorKind::DiskFull,
            HandbookError::Busy { .. } => ErrorKind::Busy,
            HandbookError::Io { .. } => ErrorKind::Io,
            HandbookError::Storage { .. } => ErrorKind::Storage,
            HandbookError::BadCursor { .. } => ErrorKind::BadCursor,
            HandbookError::BadArgument { .. } => ErrorKind::BadArgument,
            HandbookError::BadStoredValue { .. } => ErrorKind::BadStoredValue,
            HandbookError::ReadOnlyView => ErrorKind::ReadOnlyView,
            HandbookError::Merge(m) => m.kind(),
            HandbookError::Share(e) => e.kind(),
            HandbookError::Photo(e) => e.kind(),
            HandbookError::Feed(e) => e.kind(),
            HandbookError::Schedule(_) => ErrorKind::Schedule,
            HandbookError::Growth(GrowthError::StandardUnavailable { .. }) => {
                ErrorKind::GrowthUnavailable
            }
            HandbookError::Growth(_) => ErrorKind::Growth,
            HandbookError::Bundle(e) => e.kind(),
            HandbookError::ReadOnlyFile { .. } => ErrorKind::ReadOnlyFile,
            HandbookError::Damaged { .. } => ErrorKind::Damaged,
            HandbookError::LikelyDuplicate { .. } => ErrorKind::LikelyDuplicate,
        }
    }

    /// Whether the user can fix it by changing what they entered or chose (as opposed
    /// to a problem with the file, the disk, the network or the app).
    pub fn is_user_error(&self) -> bool {
        match self {
            HandbookError::Invalid(_)
            | HandbookError::Form(crate::forms::FormError::Invalid { .. })
            | HandbookError::NotFound { .. }
            | HandbookError::BadCursor { .. }
            | HandbookError::BadArgument { .. }
            | HandbookError::Schedule(_)
            | HandbookError::Growth(_)
            | HandbookError::ReadOnlyView
            | HandbookError::LikelyDuplicate { .. } => true,
            HandbookError::Bundle(e) => e.is_user_error(),
            HandbookError::Share(e) => e.is_user_error(),
            HandbookError::Photo(e) => e.is_user_error(),
            HandbookError::Feed(e) => matches!(e, crate::feed::FeedError::BadConfig { .. }),
            _ => false,
        }
    }

    /// Wrap a SQLite error, recognising the conditions a user can act on (full disk,
    /// a locked file) so they get their own variant instead of a generic failure.
    pub(crate) fn sql(context: &'static str) -> impl FnOnce(rusqlite::Error) -> HandbookError {
        move |source| match source.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => HandbookError::DiskFull { context },
            Some(rusqlite::ErrorCode::DatabaseBusy) | Some(rusqlite::ErrorCode::DatabaseLocked) => {
                HandbookError::Busy { context }
            }
            Some(rusqlite::ErrorCode::DatabaseCorrupt)
            | Some(rusqlite::ErrorCode::NotADatabase) => HandbookError::Damaged {
                context,
                detail: source.to_string(),
            },
            _ => HandbookError::Storage { context, source },
        }
    }

    /// What to tell the user, in `lang`.
    pub fn message(&self, lang: crate::Lang) -> String {
        use crate::t;
        match self {
            HandbookError::Invalid(v) => v.message(lang),
            HandbookError::Form(e) => e.message(lang),
            HandbookError::NotFound { kind, id } => t!(
                lang,
                "errors-not-found",
                kind = record_kind_label(lang, *kind),
                id = id.to_string()
            ),
            HandbookError::SchemaTooNew { found, supported } => t!(
                lang,
                "errors-schema-too-new",
                found = *found,
                supported = *supported
            ),
            HandbookError::NotAHandbook { path } => t!(
                lang,
                "errors-not-a-handbook",
                path = path.display().to_string()
            ),
            HandbookError::Corrupt { path, detail } => t!(
                lang,
                "errors-corrupt",
                path = path.display().to_string(),
                detail = detail.as_str()
            ),
            HandbookError::DiskFull { context } => {
                t!(lang, "errors-disk-full", context = *context)
            }
            HandbookError::Busy { context } => t!(lang, "errors-busy", context = *context),
            HandbookError::Io { path, source } => t!(
                lang,
                "errors-io",
                path = path.display().to_string(),
                detail = source.to_string()
            ),
            HandbookError::Storage { context, source } => t!(
                lang,
                "errors-storage",
                context = *context,
                detail = source.to_string()
            ),
            HandbookError::BadCursor { cursor } => {
                t!(lang, "errors-bad-cursor", cursor = format!("{cursor:?}"))
            }
            HandbookError::BadStoredValue { what, detail } => t!(
                lang,
                "errors-bad-stored-value",
                what = *what,
                thing = crate::text::text(lang, stored_thing(what)),
                detail = detail.as_str()
            ),
            HandbookError::ReadOnlyView => t!(lang, "errors-read-only-view"),
            HandbookError::Merge(e) => t!(lang, "errors-merge", detail = e.message(lang)),
            HandbookError::Share(e) => e.message(lang),
            HandbookError::Photo(e) => e.message(lang),
            HandbookError::Feed(e) => e.message(lang),
            HandbookError::Schedule(e) => e.message(lang),
            HandbookError::Bundle(e) => e.message(lang),
            HandbookError::BadArgument { field, value } => t!(
                lang,
                "errors-bad-argument",
                value = value.as_str(),
                field = field.label(lang),
                hint = field.format_hint()
            ),
            HandbookError::Growth(e) => e.message(lang),
            HandbookError::ReadOnlyFile { path, upgrade } => t!(
                lang,
                "errors-read-only-file",
                path = path.display().to_string(),
                upgrade = if *upgrade { "yes" } else { "no" }
            ),
            HandbookError::LikelyDuplicate { kind, existing } => {
                duplicate_message(lang, *kind, existing)
            }
            HandbookError::Damaged { context, detail } => t!(
                lang,
                "errors-damaged",
                context = *context,
                detail = detail.as_str()
            ),
        }
    }
}

impl Problem for HandbookError {
    fn kind(&self) -> ErrorKind {
        HandbookError::kind(self)
    }

    fn message(&self, lang: crate::Lang) -> String {
        HandbookError::message(self, lang)
    }

    fn user_can_fix(&self) -> bool {
        self.is_user_error()
    }

    fn is_transient(&self) -> bool {
        match self {
            HandbookError::Feed(e) => e.is_transient(),
            other => other.kind().is_transient(),
        }
    }
}

impl HandbookError {
    /// The field a validation or argument error is about, for a form to highlight.
    pub fn field(&self) -> Option<Field> {
        use ValidationError::*;
        let v = match self {
            HandbookError::BadArgument { field, .. } => return Some(*field),
            HandbookError::Invalid(v) => v,
            _ => return None,
        };
        match v {
            Required { field }
            | TooLong { field, .. }
            | DateInFuture { field, .. }
            | BeforeBirth { field, .. }
            | BeforePregnancy { field, .. }
            | BeforeOther { field, .. }
            | ImplausibleDate { field, .. }
            | OutOfRange { field, .. } => Some(*field),
            BloodPressureOrder { .. } => Some(Field::BloodPressureDiastolic),
            DatingMismatch { .. } | NoDating => Some(Field::DueDate),
            NoMeasurement => Some(Field::Weight),
            NoSubject => Some(Field::Subjects),
            DoseOutOfRange { .. } => Some(Field::Dose),
            NewbornCount { .. } => Some(Field::Newborns),
            BirthGestationalAge { .. } => Some(Field::GestationalAge),
            UnknownPhoto { .. } => Some(Field::Photos),
            UnknownCode { .. } | WrongSubject { .. } | AlreadyDelivered { .. } | Answer { .. } => {
                None
            }
            EndedByBirth { .. } | PregnancyEnded { .. } | PregnancyHasDiary { .. } => None,
        }
    }
}

pub type Result<T, E = HandbookError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// Whether `text` has a Latin word in it (English inside Japanese).
    fn has_latin_word(text: &str) -> bool {
        text.split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| w.len() > 1)
    }

    #[test]
    fn a_childs_age_in_a_range_message_is_japanese_in_japanese_and_singular_in_english() {
        let e = |context: &str| ValidationError::OutOfRange {
            field: Field::Weight,
            value: 40.0,
            min: 2.0,
            max: 30.0,
            unit: "kg",
            context: context.into(),
        };
        let ja = e("for a child of 2 years").message(Lang::Ja);
        assert!(ja.contains("2歳のお子さんとして"), "{ja}");
        assert!(!has_latin_word(&ja.replace("kg", "")), "{ja}");
        let ja = e("for a child of 2 months").message(Lang::Ja);
        assert!(ja.contains("2か月のお子さんとして"), "{ja}");
        assert_eq!(
            e("for a child of 1 years").message(Lang::En),
            "A weight of 40 kg is not possible for a child of 1 year (expected 2–30 kg). Please check the number and the decimal point."
        );
        assert_eq!(
            e("for a newborn").to_string(),
            "A weight of 40 kg is not possible for a newborn (expected 2–30 kg). Please check the number and the decimal point."
        );
    }

    #[test]
    fn a_due_date_earlier_than_the_lmp_gives_says_how_many_days_earlier_without_a_minus() {
        let e = ValidationError::DatingMismatch {
            lmp: day("2025-01-01"),
            due: day("2024-12-28"),
            days: -280,
        };
        let ja = e.message(Lang::Ja);
        assert!(!ja.contains("-280"), "{ja}");
        assert!(ja.contains("280日早く"), "{ja}");
        let en = e.message(Lang::En);
        assert!(en.contains("280 days earlier"), "{en}");
        let later = ValidationError::DatingMismatch {
            lmp: day("2025-01-01"),
            due: day("2025-12-01"),
            days: 50,
        };
        assert!(later.message(Lang::Ja).contains("50日遅く"));
    }

    #[test]
    fn the_things_a_check_names_are_japanese_in_japanese() {
        for e in [
            ValidationError::UnknownCode {
                what: "page",
                value: "x".into(),
                valid: vec![],
            },
            ValidationError::WrongSubject {
                what: "this page",
                expected: "a child or a pregnancy",
            },
            ValidationError::WrongSubject {
                what: "childhood vaccines",
                expected: "a child",
            },
        ] {
            let ja = e.message(Lang::Ja);
            assert!(!has_latin_word(&ja), "{ja}");
        }
        let stored = HandbookError::BadStoredValue {
            what: "city feed",
            detail: "expected value at line 1".into(),
        };
        assert!(!has_latin_word(&stored.message(Lang::Ja)));
        assert!(
            stored
                .to_string()
                .contains("The stored city feed could not be read")
        );
        let growth = HandbookError::Growth(crate::growth::GrowthError::BeforeBirth {
            date: day("2025-01-01"),
            birth: day("2025-02-01"),
        });
        let ja = growth.message(Lang::Ja);
        assert!(!has_latin_word(&ja), "{ja}");
        assert_eq!(growth.message(Lang::En), growth.to_string());
    }

    #[test]
    fn a_bad_argument_says_how_to_write_it_in_each_language() {
        let e = HandbookError::BadArgument {
            field: Field::Date,
            value: "3/1".into(),
        };
        assert_eq!(
            e.to_string(),
            "\"3/1\" is not a valid date; write it as YYYY-MM-DD, e.g. 2025-10-03"
        );
        assert_eq!(
            e.message(Lang::Ja),
            "「3/1」は日付として正しくありません（2025-10-03 のように入力してください）。"
        );
        let id = HandbookError::BadArgument {
            field: Field::RecordId,
            value: "x".into(),
        };
        assert_eq!(id.to_string(), "\"x\" is not a valid record id (a UUID)");
        assert_eq!(
            id.message(Lang::Ja),
            "「x」は記録のIDとして正しくありません。"
        );
    }
}

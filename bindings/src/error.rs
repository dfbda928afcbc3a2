//! The one error type the shells see, and the guard that keeps panics on this side.
//!
//! Shells show errors to a parent, so every variant carries the message in both
//! languages (`message_en`, `message_ja`), already worded by the core. The variants are
//! few and say what the app can do about it (fix the form, update the app, free some
//! space, try again), following application-services' small public error enums; the
//! core's richer `HandbookError` is converted here.
//!
//! Why fields and not `#[uniffi(flat_error)]`: a flat error crosses as one string, so
//! the Japanese message and the field name would be lost. The cost is that uniffi's
//! Kotlin `message` of a non-flat error is "messageEn=…, messageJa=…"; the Kotlin
//! facade therefore rethrows its own exception whose `message` is the English text,
//! and `Display` (the English text) is exported, so Kotlin's `toString()` and Swift's
//! `localizedDescription` read naturally even without the facades.

use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};

use hagukumi_core::HandbookError as CoreError;
use hagukumi_core::growth::GrowthError;

use crate::kinds::RecordKind;

/// Everything a call can fail with.
#[derive(Debug, Clone, PartialEq, thiserror::Error, uniffi::Error)]
#[uniffi::export(Display)]
pub enum HandbookError {
    /// What the user entered was refused; nothing was written. Show the message next
    /// to `field` (the English field label, e.g. "weight") when there is one.
    #[error("{message_en}")]
    Invalid {
        field: Option<String>,
        message_en: String,
        message_ja: String,
    },
    /// The record is gone (deleted, perhaps on another screen).
    #[error("{message_en}")]
    NotFound {
        kind: RecordKind,
        id: String,
        message_en: String,
        message_ja: String,
    },
    /// The file cannot be used by this app: written by a newer version, not a handbook,
    /// damaged, or its folder is not usable. Nothing was changed.
    #[error("{message_en}")]
    FileUnusable {
        message_en: String,
        message_ja: String,
    },
    /// The phone's storage is full; nothing was saved.
    #[error("{message_en}")]
    StorageFull {
        message_en: String,
        message_ja: String,
    },
    /// The file is locked by another writer for longer than the busy timeout; retry.
    #[error("{message_en}")]
    Busy {
        message_en: String,
        message_ja: String,
    },
    /// Any other storage failure (SQLite), with its detail in English.
    #[error("{message_en}")]
    Storage {
        message_en: String,
        message_ja: String,
    },
    /// The shell passed a value that is not well formed: an id that is not a UUID, a
    /// date that is not `YYYY-MM-DD`, a stale timeline cursor.
    #[error("{message_en}")]
    BadArgument {
        message_en: String,
        message_ja: String,
    },
    /// A growth reference that this build does not carry (the Japanese 2023 survey).
    #[error("{message_en}")]
    GrowthUnavailable {
        message_en: String,
        message_ja: String,
    },
    /// A photo was refused or could not be stored: `kind` is the stable reason
    /// ("heic", "unknown_format", "too_large", "too_many_pixels", "corrupt", "read",
    /// "write", "no_photo_folder", "not_found"). Nothing partial was kept.
    #[error("{message_en}")]
    Photo {
        kind: String,
        message_en: String,
        message_ja: String,
    },
    /// The city feed could not be synced or applied: `kind` is the stable reason
    /// ("connect", "timeout", "http_status", "transfer", "too_large", "invalid_json",
    /// "invalid_feed", "unsupported_version", "missing_signature", "unknown_key",
    /// "bad_signature", "wrong_city", "rollback", "bad_config"); `transient` says that
    /// trying again later may succeed (network, server busy). The previously applied
    /// feed and the family's marks are unchanged.
    #[error("{message_en}")]
    Feed {
        kind: String,
        transient: bool,
        message_en: String,
        message_ja: String,
    },
    /// A share or backup file could not be used, or a share or restore was refused:
    /// `kind` is the stable reason. From the file: "wrong_key", "secret_mismatch",
    /// "damaged", "truncated", "not_a_bundle", "unsupported_version",
    /// "kind_mismatch", "bad_share_key", "passphrase_too_short", "bad_kdf_params",
    /// "bad_content", "made_by_newer_app", "bad_record", "missing_parent"; from the
    /// situation: "choice_needed" (restoring onto records: ask replace or merge),
    /// "viewer_share" (open it as a family view), "other_family", "wrong_view",
    /// "co_parent_needs_family", "in_memory", "no_share", "empty_name". Nothing was
    /// changed.
    #[error("{message_en}")]
    Share {
        kind: String,
        message_en: String,
        message_ja: String,
    },
    /// This is a grandparent's read-only view of another family; only that family's
    /// shares change it.
    #[error("{message_en}")]
    ReadOnly {
        message_en: String,
        message_ja: String,
    },
    /// The handbook was closed; open it again.
    #[error("{message_en}")]
    Closed {
        message_en: String,
        message_ja: String,
    },
    /// A bug in the core (a caught panic). Nothing of the failed action was written.
    #[error("{message_en}")]
    Internal {
        message_en: String,
        message_ja: String,
    },
    /// The handbook file is damaged (SQLite found an unreadable page while it was in
    /// use). Offer `create_rescue_backup`, which saves every record still readable,
    /// then restore that backup.
    #[error("{message_en}")]
    Damaged {
        message_en: String,
        message_ja: String,
    },
}

impl HandbookError {
    /// The message to show in `lang`.
    pub fn message(&self, lang: crate::kinds::Lang) -> &str {
        let (en, ja) = self.messages();
        match lang {
            crate::kinds::Lang::En => en,
            crate::kinds::Lang::Ja => ja,
        }
    }

    fn messages(&self) -> (&str, &str) {
        use HandbookError::*;
        match self {
            Invalid {
                message_en,
                message_ja,
                ..
            }
            | NotFound {
                message_en,
                message_ja,
                ..
            }
            | FileUnusable {
                message_en,
                message_ja,
            }
            | StorageFull {
                message_en,
                message_ja,
            }
            | Busy {
                message_en,
                message_ja,
            }
            | Storage {
                message_en,
                message_ja,
            }
            | BadArgument {
                message_en,
                message_ja,
            }
            | Photo {
                message_en,
                message_ja,
                ..
            }
            | Feed {
                message_en,
                message_ja,
                ..
            }
            | Share {
                message_en,
                message_ja,
                ..
            }
            | ReadOnly {
                message_en,
                message_ja,
            }
            | GrowthUnavailable {
                message_en,
                message_ja,
            }
            | Closed {
                message_en,
                message_ja,
            }
            | Internal {
                message_en,
                message_ja,
            }
            | Damaged {
                message_en,
                message_ja,
            } => (message_en, message_ja),
        }
    }

    pub(crate) fn bad_argument(en: impl fmt::Display, ja: impl fmt::Display) -> Self {
        HandbookError::BadArgument {
            message_en: en.to_string(),
            message_ja: ja.to_string(),
        }
    }

    pub(crate) fn closed() -> Self {
        HandbookError::Closed {
            message_en: "The handbook is closed. Open it again.".into(),
            message_ja: "手帳は閉じられています。もう一度開いてください。".into(),
        }
    }

    pub(crate) fn internal(detail: &str) -> Self {
        HandbookError::Internal {
            message_en: format!(
                "Something went wrong inside Hagukumi ({detail}). Nothing was saved; please try again."
            ),
            message_ja:
                "はぐくみの内部でエラーが発生しました。保存されていません。もう一度お試しください。"
                    .into(),
        }
    }
}

impl From<hagukumi_core::photos::PhotoError> for HandbookError {
    fn from(e: hagukumi_core::photos::PhotoError) -> Self {
        match e {
            // A handbook failure met while importing keeps its own variant.
            hagukumi_core::photos::PhotoError::Handbook(inner) => inner.into(),
            other => HandbookError::Photo {
                kind: other.kind().to_string(),
                message_en: other.to_string(),
                message_ja: other.message_ja(),
            },
        }
    }
}

impl From<CoreError> for HandbookError {
    fn from(e: CoreError) -> Self {
        let message_en = e.to_string();
        let message_ja = e.message_ja();
        match e {
            CoreError::Invalid(v) => HandbookError::Invalid {
                field: invalid_field(&v).map(str::to_string),
                message_en,
                message_ja,
            },
            // The schedule refuses a dose that cannot be (before birth, a sixth dose,
            // a brand switch): the parent fixes the form.
            CoreError::Schedule(_) => HandbookError::Invalid {
                field: None,
                message_en,
                message_ja,
            },
            CoreError::Growth(g) => g.into(),
            CoreError::NotFound { kind, id } => HandbookError::NotFound {
                kind: kind.into(),
                id: id.to_string(),
                message_en,
                message_ja,
            },
            CoreError::SchemaTooNew { .. }
            | CoreError::NotAHandbook { .. }
            | CoreError::Corrupt { .. }
            | CoreError::Io { .. } => HandbookError::FileUnusable {
                message_en,
                message_ja,
            },
            CoreError::Bundle(b) => HandbookError::Share {
                kind: b.kind().into(),
                message_en,
                message_ja,
            },
            CoreError::Share(s) => HandbookError::Share {
                kind: s.kind().into(),
                message_en,
                message_ja,
            },
            CoreError::Merge(m) => HandbookError::Share {
                kind: match m {
                    hagukumi_core::store::MergeError::BadRecord { .. } => "bad_record",
                    hagukumi_core::store::MergeError::MissingParent => "missing_parent",
                    hagukumi_core::store::MergeError::InvalidRecord { .. } => "invalid_record",
                }
                .into(),
                message_en,
                message_ja,
            },
            CoreError::ReadOnlyView => HandbookError::ReadOnly {
                message_en,
                message_ja,
            },
            CoreError::DiskFull { .. } => HandbookError::StorageFull {
                message_en,
                message_ja,
            },
            CoreError::Busy { .. } => HandbookError::Busy {
                message_en,
                message_ja,
            },
            CoreError::BadCursor { .. } => HandbookError::BadArgument {
                message_en,
                message_ja,
            },
            CoreError::Damaged { .. } => HandbookError::Damaged {
                message_en,
                message_ja,
            },
            // A file edited by another program is a storage problem to the user.
            CoreError::Storage { .. } | CoreError::BadStoredValue { .. } => {
                HandbookError::Storage {
                    message_en,
                    message_ja,
                }
            }
            CoreError::ReadOnlyFile { .. } => HandbookError::FileUnusable {
                message_en,
                message_ja,
            },
        }
    }
}

impl From<GrowthError> for HandbookError {
    fn from(e: GrowthError) -> Self {
        let message_en = capitalise(&e.to_string());
        match e {
            GrowthError::StandardUnavailable { .. } => HandbookError::GrowthUnavailable {
                message_en,
                message_ja: "この成長曲線の基準はこのバージョンにはまだ含まれていません。".into(),
            },
            GrowthError::BeforeBirth { date, birth } => HandbookError::Invalid {
                field: Some("date".into()),
                message_en,
                message_ja: format!("測定日 {date} が生年月日 {birth} より前です。"),
            },
            GrowthError::OutOfRange { .. } | GrowthError::UnknownName(_) => {
                HandbookError::BadArgument {
                    message_en,
                    message_ja: "成長曲線の計算に使えない値です。".into(),
                }
            }
            // The bundled tables are proven to parse by the core's tests; rendering is
            // not used through the FFI. Either is a bug, not something the user did.
            GrowthError::Data { .. } | GrowthError::Render(_) => {
                HandbookError::internal(&message_en)
            }
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The field a validation error is about, for the form to highlight.
fn invalid_field(v: &hagukumi_core::ValidationError) -> Option<&'static str> {
    use hagukumi_core::ValidationError::*;
    match v {
        Required { field }
        | TooLong { field, .. }
        | DateInFuture { field, .. }
        | BeforeBirth { field, .. }
        | BeforePregnancy { field, .. }
        | BeforeOther { field, .. }
        | ImplausibleDate { field, .. }
        | OutOfRange { field, .. } => Some(field.label_en()),
        BloodPressureOrder { .. } => {
            Some(hagukumi_core::error::Field::BloodPressureDiastolic.label_en())
        }
        DatingMismatch { .. } | NoDating => Some(hagukumi_core::error::Field::DueDate.label_en()),
        NoMeasurement => Some(hagukumi_core::error::Field::Weight.label_en()),
        NoSubject => Some(hagukumi_core::error::Field::Subjects.label_en()),
        DoseOutOfRange { .. } => Some(hagukumi_core::error::Field::Dose.label_en()),
        NewbornCount { .. } => Some(hagukumi_core::error::Field::Newborns.label_en()),
        BirthGestationalAge { .. } => Some(hagukumi_core::error::Field::GestationalAge.label_en()),
        UnknownPhoto { .. } => Some(hagukumi_core::error::Field::Photos.label_en()),
        UnknownCode { .. } | WrongSubject { .. } | AlreadyDelivered { .. } => None,
    }
}

pub type Result<T, E = HandbookError> = std::result::Result<T, E>;

/// Run one FFI entry point, turning a panic into [`HandbookError::Internal`].
///
/// uniffi would also catch the panic, but the shells would then get an untyped
/// "rust panic" (Kotlin `InternalException`, Swift `rustPanic`) with no message a
/// parent can read. `AssertUnwindSafe` is sound here because the only shared state is
/// the handbook behind a mutex whose poisoning is recovered (see `Handbook::with`), and
/// an unwinding write drops its SQLite transaction, which rolls it back.
pub(crate) fn guard<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(payload) => {
            let detail = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_string());
            Err(HandbookError::internal(&detail))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_internal_error() {
        let err = guard::<()>(|| panic!("boom")).unwrap_err();
        assert!(matches!(err, HandbookError::Internal { .. }), "{err:?}");
        assert!(err.to_string().contains("boom"), "{err}");
        assert!(err.message(crate::kinds::Lang::Ja).contains("内部"));
    }

    #[test]
    fn a_formatted_panic_keeps_its_text() {
        let n = 3;
        let err = guard::<()>(|| panic!("index {n} out of range")).unwrap_err();
        assert!(err.to_string().contains("index 3 out of range"), "{err}");
    }

    #[test]
    fn ok_and_err_pass_through() {
        assert_eq!(guard(|| Ok(5)), Ok(5));
        assert_eq!(
            guard::<()>(|| Err(HandbookError::closed())),
            Err(HandbookError::closed())
        );
    }

    #[test]
    fn growth_errors_explain_themselves() {
        let e: HandbookError = GrowthError::UnknownName("chest".into()).into();
        assert_eq!(e.to_string(), "Unknown name \"chest\"");
    }
}

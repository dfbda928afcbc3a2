//! What can go wrong sharing, backing up and restoring, beyond the bundle's own
//! encryption errors ([`crate::bundle::BundleError`]).

#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(crate::Lang::En))]
pub enum ShareError {
    BadContent {
        detail: String,
    },
    MadeByNewerApp {
        found: i64,
        supported: i64,
    },
    OtherFamily,
    ViewerShare,
    WrongView {
        family: String,
    },
    CoParentNeedsFamily,
    ChoiceNeeded,
    InMemory,
    NoShare {
        id: String,
    },
    EmptyName,
    RestoredCheckFailed {
        detail: String,
    },
    /// The database inside a backup has a schema no version of Hagukumi writes (a
    /// trigger, view, table or index of its own, or a changed definition): it was made
    /// or edited by something else, and could run code inside the handbook.
    UnexpectedSchema {
        found: String,
    },
}

impl ShareError {
    pub fn kind(&self) -> crate::problem::ErrorKind {
        use crate::problem::ErrorKind;
        match self {
            ShareError::BadContent { .. } => ErrorKind::BadContent,
            ShareError::MadeByNewerApp { .. } => ErrorKind::MadeByNewerApp,
            ShareError::OtherFamily => ErrorKind::OtherFamily,
            ShareError::ViewerShare => ErrorKind::ViewerShare,
            ShareError::WrongView { .. } => ErrorKind::WrongView,
            ShareError::CoParentNeedsFamily => ErrorKind::CoParentNeedsFamily,
            ShareError::ChoiceNeeded => ErrorKind::ChoiceNeeded,
            ShareError::InMemory => ErrorKind::InMemory,
            ShareError::NoShare { .. } => ErrorKind::NoShare,
            ShareError::EmptyName => ErrorKind::EmptyName,
            ShareError::RestoredCheckFailed { .. } => ErrorKind::RestoredCheckFailed,
            ShareError::UnexpectedSchema { .. } => ErrorKind::UnexpectedSchema,
        }
    }

    /// Whether the user can act on it (choose, pick another file, update the app).
    pub fn is_user_error(&self) -> bool {
        !matches!(
            self,
            ShareError::BadContent { .. }
                | ShareError::RestoredCheckFailed { .. }
                | ShareError::UnexpectedSchema { .. }
        )
    }

    /// What to tell the family, in `lang`.
    pub fn message(&self, lang: crate::Lang) -> String {
        match self {
            ShareError::BadContent { detail } => {
                crate::t!(lang, "store-share-bad-content", detail = detail)
            }
            ShareError::MadeByNewerApp { found, supported } => crate::t!(
                lang,
                "store-share-made-by-newer-app",
                found = *found,
                supported = *supported
            ),
            ShareError::OtherFamily => crate::t!(lang, "store-share-other-family"),
            ShareError::ViewerShare => crate::t!(lang, "store-share-viewer-share"),
            ShareError::WrongView { family } => {
                crate::t!(lang, "store-share-wrong-view", family = family)
            }
            ShareError::CoParentNeedsFamily => {
                crate::t!(lang, "store-share-co-parent-needs-family")
            }
            ShareError::ChoiceNeeded => crate::t!(lang, "store-share-choice-needed"),
            ShareError::InMemory => crate::t!(lang, "store-share-in-memory"),
            ShareError::NoShare { id } => crate::t!(lang, "store-share-no-share", id = id),
            ShareError::EmptyName => crate::t!(lang, "store-share-empty-name"),
            ShareError::RestoredCheckFailed { detail } => {
                crate::t!(lang, "store-share-restored-check-failed", detail = detail)
            }
            ShareError::UnexpectedSchema { found } => {
                crate::t!(lang, "store-share-unexpected-schema", found = found)
            }
        }
    }
}

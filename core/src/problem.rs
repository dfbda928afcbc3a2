//! What went wrong, as the apps and the CLI's `--json` see it: one typed [`ErrorKind`]
//! for every way a call can fail, and the [`Problem`] trait that every error of the
//! core answers the same three questions through (which kind, what to tell the user in
//! their language, can the user fix it).
//!
//! Why one flat list: the apps decide what to do from the kind (show the message next
//! to a field, offer a rescue backup, ask for another key) and Kotlin's `when` and
//! Swift's `switch` over an enum are exhaustive, so a new kind is a compile error in
//! every place that must handle it, where comparing strings would silently fall
//! through. The text names (`as_str`) are the stable names the CLI prints with
//! `--json`; they never change once published (several domains share a name, e.g.
//! "too_large" for a photo, a feed and a bundle, because the command says which).

use crate::Lang;

macro_rules! kinds {
    ($($(#[$meta:meta])* $variant:ident = $name:literal),+ $(,)?) => {
        /// Every way a core call can fail. See the module documentation.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
        pub enum ErrorKind {
            $($(#[$meta])* $variant),+
        }

        impl ErrorKind {
            /// Every kind, in declaration order (for tests and documentation).
            pub const ALL: &'static [ErrorKind] = &[$(ErrorKind::$variant),+];

            /// The stable name printed by `--json`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorKind::$variant => $name),+
                }
            }
        }
    };
}

kinds! {
    // What the user entered.
    /// A value the user entered was refused; the error names the field.
    Validation = "validation",
    /// The app passed a value that is not well formed (a date, an id, a gestational
    /// age, a timeline cursor); the error names the field.
    BadArgument = "bad_argument",
    /// A timeline position that is not valid (any more): start from the first page.
    BadCursor = "bad_cursor",
    /// The record is gone (deleted, perhaps on another screen or phone).
    NotFound = "not_found",
    /// A dose or checkup the schedule cannot place (before birth, a sixth dose).
    Schedule = "schedule",
    /// The growth reference asked for is not in this build.
    GrowthUnavailable = "growth_unavailable",
    /// A growth computation refused its input.
    Growth = "growth",
    // The handbook file.
    SchemaTooNew = "schema_too_new",
    NotAHandbook = "not_a_handbook",
    Corrupt = "corrupt",
    /// SQLite found a damaged page in use: offer a rescue backup.
    Damaged = "damaged",
    DiskFull = "disk_full",
    Busy = "busy",
    Io = "io",
    Storage = "storage",
    BadStoredValue = "bad_stored_value",
    /// A grandparent's read-only view of another family.
    ReadOnlyView = "read_only_view",
    /// The file or its folder cannot be written.
    ReadOnlyFile = "read_only_file",
    /// The handbook was closed by the app.
    Closed = "closed",
    /// A bug in the core (a caught panic); nothing was written.
    Internal = "internal",
    // Photos.
    PhotoHeic = "heic",
    PhotoUnknownFormat = "unknown_format",
    PhotoTooLarge = "too_large",
    PhotoTooManyPixels = "too_many_pixels",
    PhotoCorrupt = "corrupt_photo",
    PhotoRead = "read",
    PhotoNotAFile = "not_a_file",
    PhotoWrite = "write",
    NoPhotoFolder = "no_photo_folder",
    PhotoNotFound = "photo_not_found",
    // The city feed.
    FeedBadConfig = "bad_config",
    FeedConnect = "connect",
    FeedTimeout = "timeout",
    FeedHttpStatus = "http_status",
    FeedTransfer = "transfer",
    FeedTooLarge = "feed_too_large",
    FeedInvalidJson = "invalid_json",
    FeedInvalidFeed = "invalid_feed",
    FeedUnsupportedVersion = "unsupported_feed_version",
    FeedMissingSignature = "missing_signature",
    FeedUnknownKey = "unknown_key",
    FeedBadSignature = "bad_signature",
    FeedWrongCity = "wrong_city",
    FeedRollback = "rollback",
    NoCity = "no_city",
    FeedFutureDated = "future_dated",
    FeedRedirectRefused = "redirect_refused",
    FeedUnsafeLink = "unsafe_link",
    // Share and backup files (the container).
    NotABundle = "not_a_bundle",
    BundleUnsupportedVersion = "unsupported_version",
    WrongKey = "wrong_key",
    SecretMismatch = "secret_mismatch",
    KindMismatch = "kind_mismatch",
    BundleDamaged = "bundle_damaged",
    Truncated = "truncated",
    BadShareKey = "bad_share_key",
    BadKdfParams = "bad_kdf_params",
    PassphraseTooShort = "passphrase_too_short",
    BundleTooLarge = "bundle_too_large",
    NoRandomness = "no_randomness",
    BundleIo = "bundle_io",
    // Sharing and restoring (what is inside the container).
    BadContent = "bad_content",
    MadeByNewerApp = "made_by_newer_app",
    OtherFamily = "other_family",
    /// A grandparent's share: open it as a family view.
    ViewerShare = "viewer_share",
    WrongView = "wrong_view",
    CoParentNeedsFamily = "co_parent_needs_family",
    /// Restoring onto a handbook with records without saying replace or merge; ask
    /// first with `inspect_restore`.
    ChoiceNeeded = "choice_needed",
    InMemory = "in_memory",
    NoShare = "no_share",
    EmptyName = "empty_name",
    RestoredCheckFailed = "restored_check_failed",
    UnexpectedSchema = "unexpected_schema",
    // Merging a share.
    MergeBadRecord = "bad_record",
    MergeInvalidRecord = "invalid_record",
    MergeMissingParent = "missing_parent",
    /// The record looks like one already saved (same kind, subject and day; the same
    /// vaccine dose): nothing was saved; ask the family before saving it anyway.
    LikelyDuplicate = "likely_duplicate",
}

impl ErrorKind {
    /// Trying again later may succeed (the network or the server had a bad moment,
    /// another part of the app held the file).
    pub fn is_transient(self) -> bool {
        matches!(
            self,
            ErrorKind::FeedConnect
                | ErrorKind::FeedTimeout
                | ErrorKind::FeedTransfer
                | ErrorKind::Busy
        )
    }
}

impl std::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The three questions every error of the core answers the same way.
pub trait Problem: std::error::Error {
    /// Which kind of failure, for the app to decide what to offer.
    fn kind(&self) -> ErrorKind;

    /// What to tell the user, in `lang`.
    fn message(&self, lang: Lang) -> String;

    /// Whether the user can fix it by changing what they entered or chose (another
    /// value, file, key or passphrase), as opposed to a problem with the file, the
    /// disk, the network or the app.
    fn user_can_fix(&self) -> bool;

    /// Worth trying again soon.
    fn is_transient(&self) -> bool {
        self.kind().is_transient()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_kind_has_its_own_name() {
        let names: HashSet<&str> = ErrorKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(names.len(), ErrorKind::ALL.len(), "two kinds share a name");
        assert!(
            names
                .iter()
                .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        );
    }
}

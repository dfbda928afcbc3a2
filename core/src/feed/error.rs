//! What can go wrong between the city's web server and the family's handbook.
//!
//! Every variant says where it happened and carries enough to act on it; none of them
//! ever means the handbook lost data: a feed is applied in one transaction, after it
//! was downloaded in full, verified and parsed, so on any error the previously synced
//! feed is still there, untouched.

use std::time::Duration;

use crate::lang::Lang;
use crate::problem::ErrorKind;
use crate::text::Arg;

/// Its text (`Display`) is [`FeedError::explain`] in English; [`FeedError::message`]
/// is the short sentence a parent sees.
#[derive(Debug)]
pub enum FeedError {
    BadConfig {
        detail: Detail,
    },
    Connect {
        url: String,
        detail: String,
    },
    Timeout {
        url: String,
        after: Duration,
    },
    HttpStatus {
        url: String,
        status: u16,
    },
    Transfer {
        url: String,
        detail: String,
    },
    TooLarge {
        limit: u64,
        seen: u64,
    },
    InvalidJson {
        line: usize,
        column: usize,
        detail: String,
    },
    InvalidFeed {
        detail: Detail,
    },
    UnsupportedVersion {
        found: u32,
        supported: u32,
    },
    MissingSignature,
    UnknownKey {
        key: String,
    },
    BadSignature,
    WrongCity {
        expected: String,
        found: String,
    },
    Rollback {
        found: String,
        applied: String,
    },
    NoCity,
    /// `generated_at` is further ahead of this device's clock than the replay rule
    /// allows (docs/feed-format.md, "Replay rule"): applying it would make every later
    /// genuine feed look like a rollback.
    FutureDated {
        found: String,
        clock: String,
        /// How far ahead is allowed, in minutes.
        allowed_minutes: u32,
    },
    /// The server redirected the request somewhere the client does not follow: to
    /// another origin (scheme, host or port), or in a loop.
    RedirectRefused {
        url: String,
        to: String,
        reason: RedirectReason,
    },
    /// A link in the feed is not an `https:`, `mailto:` or `tel:` link.
    UnsafeLink {
        at: String,
        field: &'static str,
        url: String,
    },
}

/// What exactly is wrong in a configuration or a feed: a catalog message, formatted
/// in the reader's language when it is shown, or a parser's own words, as given.
/// Its text (`Display`) is the English.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    /// A message of the feed section of the catalogs and its placeholders.
    Message {
        id: &'static str,
        args: Vec<(&'static str, Arg<'static>)>,
    },
    /// Text from a parser or a library (TOML, JSON, base64, the network).
    Given(String),
}

impl Detail {
    /// `id` names a message through [`crate::tid!`]; `args` are all its placeholders.
    pub(crate) fn new<const N: usize>(
        id: &'static str,
        args: [(&'static str, Arg<'static>); N],
    ) -> Detail {
        Detail::Message {
            id,
            args: args.into(),
        }
    }

    /// The detail in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Detail::Message { id, args } => crate::text::format(lang, id, args),
            Detail::Given(s) => s.clone(),
        }
    }
}

impl std::fmt::Display for Detail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl From<String> for Detail {
    fn from(s: String) -> Detail {
        Detail::Given(s)
    }
}

/// A value for a [`Detail`]'s placeholder, quoted as code quotes it (`"0120 000"`).
pub(crate) fn quoted(v: &str) -> Arg<'static> {
    Arg::from(format!("{v:?}"))
}

/// A value for a [`Detail`]'s placeholder.
pub(crate) fn arg(v: impl ToString) -> Arg<'static> {
    Arg::from(v.to_string())
}

/// Why a redirect was not followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RedirectReason {
    /// The `Location` is not a URL.
    InvalidUrl,
    /// Another scheme, host or port than the feed URL's.
    OtherOrigin,
    /// More than [`super::sync::MAX_REDIRECTS`].
    TooMany,
}

impl std::fmt::Display for FeedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.explain(Lang::En))
    }
}

impl std::error::Error for FeedError {}

impl FeedError {
    /// A stable, machine-readable name, for JSON output and the shells (new variants
    /// may be added; existing names never change).
    pub fn kind(&self) -> ErrorKind {
        match self {
            FeedError::BadConfig { .. } => ErrorKind::FeedBadConfig,
            FeedError::Connect { .. } => ErrorKind::FeedConnect,
            FeedError::Timeout { .. } => ErrorKind::FeedTimeout,
            FeedError::HttpStatus { .. } => ErrorKind::FeedHttpStatus,
            FeedError::Transfer { .. } => ErrorKind::FeedTransfer,
            FeedError::TooLarge { .. } => ErrorKind::FeedTooLarge,
            FeedError::InvalidJson { .. } => ErrorKind::FeedInvalidJson,
            FeedError::InvalidFeed { .. } => ErrorKind::FeedInvalidFeed,
            FeedError::UnsupportedVersion { .. } => ErrorKind::FeedUnsupportedVersion,
            FeedError::MissingSignature => ErrorKind::FeedMissingSignature,
            FeedError::UnknownKey { .. } => ErrorKind::FeedUnknownKey,
            FeedError::BadSignature => ErrorKind::FeedBadSignature,
            FeedError::WrongCity { .. } => ErrorKind::FeedWrongCity,
            FeedError::Rollback { .. } => ErrorKind::FeedRollback,
            FeedError::NoCity => ErrorKind::NoCity,
            FeedError::FutureDated { .. } => ErrorKind::FeedFutureDated,
            FeedError::RedirectRefused { .. } => ErrorKind::FeedRedirectRefused,
            FeedError::UnsafeLink { .. } => ErrorKind::FeedUnsafeLink,
        }
    }

    /// Worth trying again soon (the network or the server had a bad moment), as
    /// opposed to a feed that will fail the same way until the city fixes it.
    pub fn is_transient(&self) -> bool {
        match self {
            FeedError::Connect { .. } | FeedError::Timeout { .. } | FeedError::Transfer { .. } => {
                true
            }
            FeedError::HttpStatus { status, .. } => *status == 429 || *status >= 500,
            _ => false,
        }
    }

    /// The short message a parent sees, in `lang`: what happened and what to do,
    /// without the technical detail ([`FeedError::explain`] has it).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            FeedError::BadConfig { detail } => {
                crate::t!(lang, "feed-error-bad-config", detail = detail.text(lang))
            }
            FeedError::Connect { .. } | FeedError::Transfer { .. } => {
                crate::t!(lang, "feed-error-connect")
            }
            FeedError::Timeout { .. } => crate::t!(lang, "feed-error-timeout"),
            FeedError::HttpStatus { status, .. } => {
                crate::t!(lang, "feed-error-http-status", status = *status)
            }
            FeedError::TooLarge { .. } => crate::t!(lang, "feed-error-too-large"),
            FeedError::InvalidJson { .. } | FeedError::InvalidFeed { .. } => {
                crate::t!(lang, "feed-error-invalid")
            }
            FeedError::UnsupportedVersion { .. } => {
                crate::t!(lang, "feed-error-unsupported-version")
            }
            FeedError::MissingSignature
            | FeedError::UnknownKey { .. }
            | FeedError::BadSignature => crate::t!(lang, "feed-error-signature"),
            FeedError::WrongCity { .. } => crate::t!(lang, "feed-error-wrong-city"),
            FeedError::Rollback { .. } => crate::t!(lang, "feed-error-rollback"),
            FeedError::NoCity => crate::t!(lang, "feed-error-no-city"),
            FeedError::FutureDated { found, .. } => {
                crate::t!(lang, "feed-error-future-dated", found = found)
            }
            FeedError::RedirectRefused { .. } => crate::t!(lang, "feed-error-redirect"),
            FeedError::UnsafeLink { at, field, .. } => {
                crate::t!(lang, "feed-error-unsafe-link", at = at, field = *field)
            }
        }
    }

    /// The full explanation, for staff and logs, in `lang`: where it happened and
    /// what to change. `detail`s from parsers and the network are passed as given.
    pub fn explain(&self, lang: Lang) -> String {
        match self {
            FeedError::BadConfig { detail } => {
                crate::t!(lang, "feed-error-bad-config", detail = detail.text(lang))
            }
            FeedError::Connect { url, detail } => {
                crate::t!(lang, "feed-explain-connect", url = url, detail = detail)
            }
            FeedError::Timeout { url, after } => crate::t!(
                lang,
                "feed-explain-timeout",
                url = url,
                seconds = after.as_secs_f64()
            ),
            FeedError::HttpStatus { url, status } => crate::t!(
                lang,
                "feed-explain-http-status",
                url = url,
                status = *status
            ),
            FeedError::Transfer { url, detail } => {
                crate::t!(lang, "feed-explain-transfer", url = url, detail = detail)
            }
            FeedError::TooLarge { limit, seen } => {
                crate::t!(lang, "feed-explain-too-large", limit = *limit, seen = *seen)
            }
            FeedError::InvalidJson {
                line,
                column,
                detail,
            } => crate::t!(
                lang,
                "feed-explain-invalid-json",
                line = *line,
                column = *column,
                detail = detail
            ),
            FeedError::InvalidFeed { detail } => {
                crate::t!(
                    lang,
                    "feed-explain-invalid-feed",
                    detail = detail.text(lang)
                )
            }
            FeedError::UnsupportedVersion { found, supported } => crate::t!(
                lang,
                "feed-explain-unsupported-version",
                found = *found,
                supported = *supported
            ),
            FeedError::MissingSignature => crate::t!(lang, "feed-explain-missing-signature"),
            FeedError::UnknownKey { key } => {
                crate::t!(lang, "feed-explain-unknown-key", key = key)
            }
            FeedError::BadSignature => crate::t!(lang, "feed-explain-bad-signature"),
            FeedError::WrongCity { expected, found } => crate::t!(
                lang,
                "feed-explain-wrong-city",
                expected = expected,
                found = found
            ),
            FeedError::Rollback { found, applied } => crate::t!(
                lang,
                "feed-explain-rollback",
                found = found,
                applied = applied
            ),
            FeedError::NoCity => crate::t!(lang, "feed-explain-no-city"),
            FeedError::FutureDated {
                found,
                clock,
                allowed_minutes,
            } => crate::t!(
                lang,
                "feed-explain-future-dated",
                found = found,
                clock = clock,
                allowed = crate::t!(lang, "feed-duration", minutes = *allowed_minutes)
            ),
            FeedError::RedirectRefused { url, to, reason } => crate::t!(
                lang,
                "feed-explain-redirect",
                url = url,
                to = to,
                reason = crate::text::text(lang, reason.label_id())
            ),
            FeedError::UnsafeLink { at, field, url } => crate::t!(
                lang,
                "feed-explain-unsafe-link",
                at = at,
                field = *field,
                url = format!("{url:?}")
            ),
        }
    }

    /// Turn a serde_json error into [`FeedError::InvalidJson`], keeping the position
    /// so that city staff can find the mistake.
    pub(crate) fn json(e: serde_json::Error) -> FeedError {
        match e.classify() {
            serde_json::error::Category::Data => FeedError::InvalidFeed {
                detail: Detail::Given(e.to_string()),
            },
            _ => FeedError::InvalidJson {
                line: e.line(),
                column: e.column(),
                detail: e.to_string(),
            },
        }
    }
}

impl RedirectReason {
    /// The catalog id of the reason, as it ends the explanation.
    pub fn label_id(self) -> &'static str {
        match self {
            RedirectReason::InvalidUrl => crate::tid!("feed-redirect-invalid-url"),
            RedirectReason::OtherOrigin => crate::tid!("feed-redirect-other-origin"),
            RedirectReason::TooMany => crate::tid!("feed-redirect-too-many"),
        }
    }
}

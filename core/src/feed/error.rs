//! What can go wrong between the city's web server and the family's handbook.
//!
//! Every variant says where it happened and carries enough to act on it; none of them
//! ever means the handbook lost data: a feed is applied in one transaction, after it
//! was downloaded in full, verified and parsed, so on any error the previously synced
//! feed is still there, untouched.

use std::time::Duration;

use crate::problem::ErrorKind;

#[derive(Debug, thiserror::Error)]
pub enum FeedError {
    #[error("The city configuration is not valid: {detail}")]
    BadConfig { detail: String },

    #[error("Could not connect to {url}: {detail}")]
    Connect { url: String, detail: String },

    #[error("{url} did not answer within {after:?}.")]
    Timeout { url: String, after: Duration },

    #[error("{url} answered HTTP {status}.")]
    HttpStatus { url: String, status: u16 },

    #[error("The download from {url} failed halfway: {detail}")]
    Transfer { url: String, detail: String },

    #[error("The feed is larger than the {limit} bytes this app accepts (at least {seen} bytes).")]
    TooLarge { limit: u64, seen: u64 },

    #[error("The feed is not valid JSON (line {line}, column {column}): {detail}")]
    InvalidJson {
        line: usize,
        column: usize,
        detail: String,
    },

    #[error("The feed does not follow the Hagukumi feed format: {detail}")]
    InvalidFeed { detail: String },

    #[error(
        "The feed uses format version {found}; this app reads up to version {supported}. Please update the app."
    )]
    UnsupportedVersion { found: u32, supported: u32 },

    #[error("The feed is not signed; an unsigned feed is never applied.")]
    MissingSignature,

    #[error("The feed was signed with a key this city does not use ({key}).")]
    UnknownKey { key: String },

    #[error("The feed's signature does not match its contents (it was altered or damaged).")]
    BadSignature,

    #[error(
        "The feed is for city {found}, but this handbook follows city {expected} (after moving, change the city first)."
    )]
    WrongCity { expected: String, found: String },

    #[error(
        "The feed is older ({found}) than the one already applied ({applied}); an old feed is not applied again."
    )]
    Rollback { found: String, applied: String },

    #[error("No city has been chosen for this handbook yet; choose one (its city.toml) first.")]
    NoCity,

    /// `generated_at` is further ahead of this device's clock than the replay rule
    /// allows (docs/feed-format.md, "Replay rule"): applying it would make every later
    /// genuine feed look like a rollback.
    #[error(
        "The feed is dated {found}, more than {allowed} ahead of this device's clock ({clock}); a feed from the future is not used (check the feed's date, or this device's clock)."
    )]
    FutureDated {
        found: String,
        clock: String,
        allowed: &'static str,
    },

    /// The server redirected the request somewhere the client does not follow: to
    /// another origin (scheme, host or port), or in a loop.
    #[error("{url} redirected to {to}, which is not followed: {reason}.")]
    RedirectRefused {
        url: String,
        to: String,
        reason: &'static str,
    },

    /// A link in the feed is not an `https:`, `mailto:` or `tel:` link.
    #[error("{at}: `{field}` is not an https:, mailto: or tel: link ({url:?}).")]
    UnsafeLink {
        at: String,
        field: &'static str,
        url: String,
    },
}

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

    /// Message for the Japanese UI.
    pub fn message_ja(&self) -> String {
        match self {
            FeedError::BadConfig { detail } => format!("市の設定が正しくありません: {detail}"),
            FeedError::Connect { .. } | FeedError::Transfer { .. } => {
                "市のお知らせを取得できませんでした。通信環境を確認してください（これまでのお知らせはそのままです）。".into()
            }
            FeedError::Timeout { .. } => {
                "市のサーバーから応答がありませんでした。しばらくしてからもう一度お試しください。".into()
            }
            FeedError::HttpStatus { status, .. } => {
                format!("市のサーバーがエラーを返しました（HTTP {status}）。")
            }
            FeedError::TooLarge { .. } => "お知らせのデータが大きすぎるため取り込みませんでした。".into(),
            FeedError::InvalidJson { .. }
            | FeedError::InvalidFeed { .. } => "お知らせのデータの形式が正しくないため取り込みませんでした。".into(),
            FeedError::UnsupportedVersion { .. } => {
                "新しい形式のお知らせです。アプリを更新してください。".into()
            }
            FeedError::MissingSignature
            | FeedError::UnknownKey { .. }
            | FeedError::BadSignature => {
                "お知らせの署名を確認できなかったため取り込みませんでした（これまでのお知らせはそのままです）。".into()
            }
            FeedError::WrongCity { .. } => {
                "この手帳が選んでいる市区町村とは別の市区町村のお知らせのため取り込みませんでした（引っ越した場合は、設定で市区町村を変更してください）。".into()
            }
            FeedError::Rollback { .. } => "古いお知らせのデータだったため取り込みませんでした。".into(),
            FeedError::NoCity => "市区町村がまだ選ばれていません。設定から市区町村を選んでください。".into(),
            FeedError::FutureDated { found, .. } => format!(
                "お知らせのデータの作成日時（{found}）が未来になっているため取り込みませんでした。この端末の日時が正しいか確認してください（これまでのお知らせはそのままです）。"
            ),
            FeedError::RedirectRefused { .. } => {
                "市のサーバーが別の場所へ転送しようとしたため、お知らせを取得しませんでした（これまでのお知らせはそのままです）。".into()
            }
            FeedError::UnsafeLink { at, field, .. } => format!(
                "お知らせのデータに使えないリンクがあるため取り込みませんでした（{at} の {field}）。"
            ),
        }
    }

    /// Turn a serde_json error into [`FeedError::InvalidJson`], keeping the position
    /// so that city staff can find the mistake.
    pub(crate) fn json(e: serde_json::Error) -> FeedError {
        match e.classify() {
            serde_json::error::Category::Data => FeedError::InvalidFeed {
                detail: format!("{e}"),
            },
            _ => FeedError::InvalidJson {
                line: e.line(),
                column: e.column(),
                detail: e.to_string(),
            },
        }
    }
}

//! The sync client: one conditional GET of the city's feed, verified and applied.
//!
//! Built to be polite to a city's small web server and to a parent's data plan: an
//! unchanged feed costs one `304`; timeouts bound how long a background sync can
//! hang; the body is counted as it streams, so a wrong or hostile server cannot fill
//! the phone's memory; transient failures are retried a few times with backoff, and
//! everything else fails at once with a typed error. The handbook is written only at
//! the end, in one transaction, so any failure leaves the previous feed intact.
//!
//! The request carries nothing about the family: no cookies (reqwest is built
//! without a cookie store), no query string, a generic User-Agent.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED};

use super::{CityConfig, FeedError, open_signed};
use crate::store::{ApplyReport, Handbook, SourceMeta};

/// Limits and patience of the client. The defaults suit a phone on a mobile network.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncOptions {
    pub connect_timeout: Duration,
    /// For one whole attempt: connect, headers and body.
    pub timeout: Duration,
    /// Largest body accepted, counted while streaming.
    pub max_body_bytes: u64,
    /// Attempts in all (1 = no retry).
    pub attempts: u32,
    /// Wait before the first retry; doubled for each further one.
    pub backoff: Duration,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_body_bytes: 16 * 1024 * 1024,
            attempts: 3,
            backoff: Duration::from_millis(500),
        }
    }
}

/// An HTTP client for feeds; keep one for the app's lifetime (it pools connections).
#[derive(Debug, Clone)]
pub struct FeedClient {
    http: reqwest::Client,
    options: SyncOptions,
}

impl FeedClient {
    pub fn new(options: SyncOptions) -> Result<FeedClient, FeedError> {
        let http = reqwest::Client::builder()
            .connect_timeout(options.connect_timeout)
            .timeout(options.timeout)
            .user_agent(concat!("Hagukumi/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| FeedError::BadConfig {
                detail: format!("could not set up the HTTP client: {e}"),
            })?;
        Ok(FeedClient { http, options })
    }

    pub fn options(&self) -> &SyncOptions {
        &self.options
    }
}

/// What a sync did.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum SyncOutcome {
    /// The server said `304 Not Modified`; expired entries were cleaned.
    NotModified { expired_removed: u32 },
    /// A new feed was verified and applied.
    Applied(ApplyReport),
}

/// A downloaded body and the validators to store with it.
struct Fetched {
    body: Vec<u8>,
    etag: Option<String>,
    last_modified: Option<String>,
}

/// Fetch the city's feed if it changed, verify it against the pinned keys, and apply
/// it to the handbook. On any error the previously applied feed is kept.
pub async fn sync_feed(
    handbook: &mut Handbook,
    city: &CityConfig,
    client: &FeedClient,
) -> Result<SyncOutcome, FeedError> {
    city.check()?;
    // Validators are only valid for the URL they came from.
    let previous = handbook
        .feed_source()?
        .filter(|s| s.feed_url == city.feed_url);
    let (etag, last_modified) = previous
        .map(|s| (s.etag, s.last_modified))
        .unwrap_or_default();

    let mut attempt = 1;
    let fetched = loop {
        match fetch(
            client,
            &city.feed_url,
            etag.as_deref(),
            last_modified.as_deref(),
        )
        .await
        {
            Ok(f) => break f,
            Err(e) if e.is_transient() && attempt < client.options.attempts => {
                let wait = client
                    .options
                    .backoff
                    .saturating_mul(1 << (attempt - 1).min(10));
                tokio::time::sleep(wait).await;
                attempt += 1;
            }
            Err(e) => return Err(e),
        }
    };
    let Some(fetched) = fetched else {
        let expired_removed = handbook.feed_checked()?;
        return Ok(SyncOutcome::NotModified { expired_removed });
    };
    let feed = open_signed(&fetched.body, city)?;
    let report = handbook.apply_feed(
        &feed,
        &SourceMeta {
            feed_url: city.feed_url.clone(),
            etag: fetched.etag,
            last_modified: fetched.last_modified,
        },
    )?;
    Ok(SyncOutcome::Applied(report))
}

/// [`sync_feed`] with the city the family chose ([`Handbook::move_to_city`]);
/// [`FeedError::NoCity`] before one is chosen.
pub async fn sync_city(
    handbook: &mut Handbook,
    client: &FeedClient,
) -> Result<SyncOutcome, FeedError> {
    let city = handbook.city()?.ok_or(FeedError::NoCity)?;
    sync_feed(handbook, &city, client).await
}

/// One attempt: `None` for `304 Not Modified`.
async fn fetch(
    client: &FeedClient,
    url: &str,
    etag: Option<&str>,
    last_modified: Option<&str>,
) -> Result<Option<Fetched>, FeedError> {
    let mut request = client.http.get(url);
    if let Some(etag) = etag {
        request = request.header(IF_NONE_MATCH, etag);
    }
    if let Some(lm) = last_modified {
        request = request.header(IF_MODIFIED_SINCE, lm);
    }
    let timeout = client.options.timeout;
    let mut response = request
        .send()
        .await
        .map_err(|e| transport_error(url, timeout, e))?;
    let status = response.status();
    if status == StatusCode::NOT_MODIFIED {
        return Ok(None);
    }
    if !status.is_success() {
        return Err(FeedError::HttpStatus {
            url: url.to_string(),
            status: status.as_u16(),
        });
    }
    let limit = client.options.max_body_bytes;
    if let Some(len) = response.content_length()
        && len > limit
    {
        return Err(FeedError::TooLarge { limit, seen: len });
    }
    let header = |name| {
        response
            .headers()
            .get(name)
            .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
            .map(str::to_string)
    };
    let etag = header(ETAG);
    let last_modified = header(LAST_MODIFIED);
    let mut body = Vec::with_capacity(response.content_length().unwrap_or(0) as usize);
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| transport_error(url, timeout, e))?
    {
        let seen = body.len() as u64 + chunk.len() as u64;
        if seen > limit {
            return Err(FeedError::TooLarge { limit, seen });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Some(Fetched {
        body,
        etag,
        last_modified,
    }))
}

fn transport_error(url: &str, timeout: Duration, e: reqwest::Error) -> FeedError {
    let url = url.to_string();
    if e.is_timeout() {
        FeedError::Timeout {
            url,
            after: timeout,
        }
    } else if e.is_connect() {
        FeedError::Connect {
            url,
            detail: error_chain(&e),
        }
    } else {
        FeedError::Transfer {
            url,
            detail: error_chain(&e),
        }
    }
}

/// reqwest's own message is "error sending request"; the cause is further down.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

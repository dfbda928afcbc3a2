//! The sync client: one GET of the city's feed, verified and applied.
//!
//! Built to be polite to a city's small web server and to a parent's data plan: an
//! unchanged feed costs one `304` where the server cooperates (below); timeouts bound
//! how long a background sync can hang; the body is counted as it streams, so a
//! wrong or hostile server cannot fill the phone's memory; transient failures are
//! retried a few times with backoff, and everything else fails at once with a typed
//! error. The handbook is written only at the end, in one transaction, so any
//! failure leaves the previous feed intact.
//!
//! The request carries nothing that tells one phone from another:
//!
//! - no cookies (reqwest is built without a cookie store), no query string, a
//!   generic User-Agent, never a `Referer`;
//! - redirects are followed only within the feed URL's origin (same scheme, host and
//!   port, so never from https to http), at most [`MAX_REDIRECTS`] times; anything
//!   else is [`FeedError::RedirectRefused`], so another host never sees the request;
//! - a validator is sent back only when it cannot be an identifier: the server's
//!   `ETag` is kept only if it is exactly [`content_etag`] of the signed document it
//!   came with (the quoted hex BLAKE3 of the envelope's payload). Every phone that
//!   holds that feed would send the same value, and a server cannot hand out
//!   per-phone variants of a signed document without the city's signing key (it
//!   could of the envelope's bytes, which is why the body's own hash is not used).
//!   Any other `ETag` is dropped, and `Last-Modified` is never kept nor sent (a date
//!   can differ per request by a second and so carry an identifier). A server that
//!   does not send such ETags (most do not; `hagukumi feed serve` does) costs a full
//!   download of a file of a few hundred kilobytes, which is the price of not being
//!   tracked.

use std::time::Duration;

use reqwest::header::{ETAG, IF_NONE_MATCH, LOCATION};
use reqwest::{StatusCode, Url};

use super::error::{Detail, arg, quoted};
use super::{CityConfig, FeedError, RedirectReason, check_city, signature};
use crate::store::{ApplyReport, Handbook, SourceMeta};
use crate::tid;

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
            // Redirects are followed by `fetch`, which checks each one; no Referer.
            .redirect(reqwest::redirect::Policy::none())
            .referer(false)
            .build()
            .map_err(|e| FeedError::BadConfig {
                detail: Detail::new(tid!("feed-detail-http-client"), [("error", arg(e))]),
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
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum), uniffi(name = "SyncResult"))]
pub enum SyncOutcome {
    /// The server said `304 Not Modified`; expired entries were cleaned.
    NotModified { expired_removed: u32 },
    /// A new feed was verified and applied.
    Applied {
        #[serde(flatten)]
        report: ApplyReport,
    },
}

/// Most redirects followed for one request (all within the feed URL's origin).
pub const MAX_REDIRECTS: usize = 5;

/// A downloaded body and the server's `ETag` for it (checked before it is kept).
struct Fetched {
    body: Vec<u8>,
    etag: Option<String>,
}

/// The only `ETag` a phone keeps and sends back: the quoted lowercase hex BLAKE3 of
/// the signed feed document (the envelope's decoded `payload`), e.g. `"9f86…"`.
/// `hagukumi feed serve` answers with exactly this, so an unchanged feed is a `304`.
pub fn content_etag(payload: &[u8]) -> String {
    format!("\"{}\"", blake3::hash(payload).to_hex())
}

/// Whether `etag` has the form of [`content_etag`] (quotes around 64 lowercase hex
/// digits).
fn is_content_etag(etag: &str) -> bool {
    etag.len() == 66
        && etag.starts_with('"')
        && etag.ends_with('"')
        && etag[1..65]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Fetch the city's feed if it changed, verify it against the pinned keys, and apply
/// it to the handbook. On any error the previously applied feed is kept.
pub async fn sync_feed(
    handbook: &mut Handbook,
    city: &CityConfig,
    client: &FeedClient,
) -> Result<SyncOutcome, crate::HandbookError> {
    city.check()?;
    // Validators are only valid for the URL they came from, and only one that is the
    // hash of the applied document is sent back (module documentation). A stored
    // `last_modified` means the row was written before that rule (it is no longer
    // stored): its ETag is not trusted either.
    let etag = handbook
        .feed_source()?
        .filter(|s| s.feed_url == city.feed_url && s.last_modified.is_none())
        .and_then(|s| s.etag)
        .filter(|e| is_content_etag(e));

    let mut attempt = 1;
    let fetched = loop {
        match fetch(client, &city.feed_url, etag.as_deref()).await {
            Ok(f) => break f,
            Err(e) if e.is_transient() && attempt < client.options.attempts => {
                let wait = client
                    .options
                    .backoff
                    .saturating_mul(1 << (attempt - 1).min(10));
                tokio::time::sleep(wait).await;
                attempt += 1;
            }
            Err(e) => return Err(e.into()),
        }
    };
    let Some(fetched) = fetched else {
        let expired_removed = handbook.feed_checked()?;
        return Ok(SyncOutcome::NotModified { expired_removed });
    };
    let payload = signature::open(&fetched.body, &city.public_keys)?;
    let feed = check_city(super::parse_feed(&payload)?, city)?;
    let expected = content_etag(&payload);
    let report = handbook.apply_feed(
        &feed,
        &SourceMeta {
            feed_url: city.feed_url.clone(),
            etag: fetched.etag.filter(|e| *e == expected),
            last_modified: None,
        },
    )?;
    Ok(SyncOutcome::Applied { report })
}

/// [`sync_feed`] with the city the family chose ([`Handbook::move_to_city`]);
/// [`FeedError::NoCity`] before one is chosen.
pub async fn sync_city(
    handbook: &mut Handbook,
    client: &FeedClient,
) -> Result<SyncOutcome, crate::HandbookError> {
    let city = handbook.city()?.ok_or(FeedError::NoCity)?;
    sync_feed(handbook, &city, client).await
}

/// One attempt: `None` for `304 Not Modified`. Redirects within the origin of `url`
/// are followed here, each one checked; nothing else is.
async fn fetch(
    client: &FeedClient,
    url: &str,
    etag: Option<&str>,
) -> Result<Option<Fetched>, FeedError> {
    let timeout = client.options.timeout;
    let start = Url::parse(url).map_err(|e| FeedError::BadConfig {
        detail: Detail::new(
            tid!("feed-detail-feed-url"),
            [("url", quoted(url)), ("error", arg(e))],
        ),
    })?;
    let mut current = start.clone();
    let mut redirects = 0;
    let mut response = loop {
        let mut request = client.http.get(current.clone());
        if let Some(etag) = etag {
            request = request.header(IF_NONE_MATCH, etag);
        }
        let response = request
            .send()
            .await
            .map_err(|e| transport_error(current.as_str(), timeout, e))?;
        if !matches!(response.status().as_u16(), 301 | 302 | 303 | 307 | 308) {
            break response;
        }
        let refuse = |to: String, reason| FeedError::RedirectRefused {
            url: current.to_string(),
            to,
            reason,
        };
        let location = response
            .headers()
            .get(LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let next = current
            .join(&location)
            .map_err(|_| refuse(location.clone(), RedirectReason::InvalidUrl))?;
        if next.origin() != start.origin() {
            return Err(refuse(next.to_string(), RedirectReason::OtherOrigin));
        }
        redirects += 1;
        if redirects > MAX_REDIRECTS {
            return Err(refuse(next.to_string(), RedirectReason::TooMany));
        }
        current = next;
    };
    let url = current.as_str();
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
    let etag = response
        .headers()
        .get(ETAG)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
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
    Ok(Some(Fetched { body, etag }))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundled sample's content ETag; the Android FeedTest serves the sample with
    /// this value (it cannot compute BLAKE3): update both when the sample is rebuilt.
    #[test]
    fn the_sample_feed_has_the_content_etag_the_android_test_serves() {
        let payload = super::super::sample::SIGNED_FEED;
        let payload = signature::unverified_payload(payload).unwrap();
        assert_eq!(
            content_etag(&payload),
            "\"ac1d51b69782ec1487735b2a1b8a86dfb81da697ed9b5d4fd21aef32a4b7ed73\""
        );
    }

    #[test]
    fn only_a_content_hash_has_the_form_of_a_kept_etag() {
        let e = content_etag(b"{}");
        assert!(is_content_etag(&e), "{e}");
        assert_eq!(e.len(), 66);
        for other in [
            "\"device-0001\"",
            "W/\"0123\"",
            &e.to_uppercase(),
            &e[1..],
            &format!("W/{e}"),
        ] {
            assert!(!is_content_etag(other), "{other}");
        }
    }

    #[test]
    fn a_downgrade_from_https_is_another_origin() {
        let a = Url::parse("https://www.city.example.jp/feed.signed.json").unwrap();
        for (to, same) in [
            ("/other.json", true),
            ("https://www.city.example.jp:443/x", true),
            ("http://www.city.example.jp/feed.signed.json", false),
            ("https://www.city.example.jp:8443/x", false),
            ("https://cdn.example.jp/x", false),
        ] {
            assert_eq!(a.join(to).unwrap().origin() == a.origin(), same, "{to}");
        }
    }
}

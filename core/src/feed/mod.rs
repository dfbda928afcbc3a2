//! The city information feed: what the city publishes, how the phone knows the city
//! published it, how it gets it, and which parts are for this family.
//!
//! - [`format`]: the document (JSON Feed 1.1 with `_hagukumi` extensions), parsed
//!   with bounded input and checked.
//! - [`signature`]: the Ed25519 envelope, keys, signing and opening.
//! - [`city`]: the city configuration: feed URL and pinned public keys.
//! - [`targeting`]: the family's facts and the audience match, with reasons.
//! - [`sync`]: the HTTP client (conditional GET, timeouts, size cap, retries).
//! - `opendata`, `news`, `authoring`, `serve` (feature `publish`): the city staff's
//!   tools: open-data CSV and RSS/Atom import, the hand-edited notices file, building
//!   a signed feed, and a static server for local testing.
//!
//! The applied feed lives in the handbook file; its tables are owned by
//! `store::feed` ([`crate::Handbook::apply_feed`], [`crate::Handbook::for_you`]).
//!
//! Privacy: the only network traffic is the GET of the feed URL (no cookies, no
//! identifiers, no query); everything about the family is decided here, on the phone.

pub mod city;
mod error;
pub mod format;
pub mod signature;
pub mod sync;
pub mod targeting;

#[cfg(feature = "publish")]
pub mod authoring;
#[cfg(feature = "publish")]
pub mod news;
#[cfg(feature = "publish")]
pub mod opendata;
#[cfg(feature = "publish")]
pub mod serve;

pub use city::CityConfig;
pub use error::FeedError;
pub use format::{Audience, Category, Feed, Notice, parse_feed};
pub use signature::{PublicKey, SecretKey};
pub use sync::{FeedClient, SyncOptions, SyncOutcome, sync_feed};
pub use targeting::{Family, Reason};

/// Verify a signed feed file against the city's pinned keys and parse it; the feed
/// must also name the configured city.
pub fn open_signed(bytes: &[u8], city: &CityConfig) -> Result<Feed, FeedError> {
    let payload = signature::open(bytes, &city.public_keys)?;
    let feed = parse_feed(&payload)?;
    if feed.hagukumi.city.code != city.code {
        return Err(FeedError::WrongCity {
            expected: city.code.clone(),
            found: feed.hagukumi.city.code.clone(),
        });
    }
    Ok(feed)
}

//! The city information feed: what the city publishes, how the phone knows the city
//! published it, how it gets it, and which parts are for this family.
//!
//! - [`format`]: the document (JSON Feed 1.1 with `_hagukumi` extensions), parsed
//!   with bounded input and checked.
//! - [`signature`]: the Ed25519 envelope, keys, signing and opening.
//! - [`city`]: the city configuration: feed URL and pinned public keys.
//! - [`targeting`]: the family's facts and the audience match, with reasons.
//! - [`replay`]: which `generated_at` a phone accepts (no rollback, no future).
//! - [`sync`]: the HTTP client (same-origin redirects only, validators that carry no
//!   identifier, timeouts, size cap, retries).
//! - `opendata`, `news`, `authoring`, `preview`, `serve` (feature `publish`): the
//!   city staff's tools: open-data CSV and RSS/Atom import, the hand-edited notices
//!   file, building a signed feed, the preview and lint of what phones will show, and
//!   a static server for local testing.
//!
//! The applied feed lives in the handbook file; its tables are owned by
//! `store::feed` ([`crate::Handbook::apply_feed`], [`crate::Handbook::for_you`]), and
//! so is the city the handbook follows ([`crate::Handbook::move_to_city`]: moving keeps
//! every record and archives the old city's notices; [`sync_city`] syncs it).
//!
//! Privacy: the only network traffic is the GET of the feed URL (no cookies, no
//! identifiers, no query); everything about the family is decided here, on the phone.

pub mod city;
pub mod desk;
mod error;
pub mod format;
pub mod replay;
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
pub mod preview;
#[cfg(feature = "publish")]
pub mod serve;

pub use city::CityConfig;
pub use desk::ConsultationDesk;
pub use error::{Detail, FeedError, RedirectReason};
pub use format::{Audience, Category, Feed, Notice, parse_feed};
pub use signature::{PublicKey, SecretKey};
pub use sync::{FeedClient, SyncOptions, SyncOutcome, sync_city, sync_feed};
pub use targeting::{Family, Reason};

/// Verify a signed feed file against the city's pinned keys and parse it; the feed
/// must also name the configured city.
pub fn open_signed(bytes: &[u8], city: &CityConfig) -> Result<Feed, FeedError> {
    let payload = signature::open(bytes, &city.public_keys)?;
    check_city(parse_feed(&payload)?, city)
}

/// The feed, if it names the configured city.
fn check_city(feed: Feed, city: &CityConfig) -> Result<Feed, FeedError> {
    if feed.hagukumi.city.code != city.code {
        return Err(FeedError::WrongCity {
            expected: city.code.clone(),
            found: feed.hagukumi.city.code.clone(),
        });
    }
    Ok(feed)
}
/// The bundled sample: the fictional こもれび市 (code 999990), its configuration and
/// its signed feed, for the demo, the CLI's `--sample` and tests. Its signing key is
/// a published test key (core/data/feed/README.md): never use it for a real city.
pub mod sample {
    /// The sample city's configuration (feed URL on example.invalid, test key pinned).
    pub const CITY_TOML: &str = include_str!("../../data/feed/komorebi/city.toml");
    /// The signed feed built from the sources in core/data/feed/komorebi/.
    pub const SIGNED_FEED: &[u8] = include_bytes!("../../data/feed/komorebi/feed.signed.json");
    /// The test-only signing key of the sample city.
    pub const TEST_SIGNING_KEY: &str =
        include_str!("../../data/feed/komorebi/TEST-ONLY-signing.key");

    /// The sample configuration, parsed.
    pub fn city() -> Result<super::CityConfig, super::FeedError> {
        super::CityConfig::from_toml(CITY_TOML)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_sample_verifies_with_its_city_configuration() {
        let city = sample::city().unwrap();
        let feed = open_signed(sample::SIGNED_FEED, &city).unwrap();
        assert_eq!(feed.hagukumi.city.code, "999990");
        assert!(feed.items.len() >= 15);
        assert!(!feed.hagukumi.events.is_empty());
        assert!(!feed.hagukumi.childcare_facilities.is_empty());
        assert!(!feed.hagukumi.medical_institutions.is_empty());
        // The test key in the repository is the one the sample pins.
        let key = SecretKey::parse(sample::TEST_SIGNING_KEY).unwrap();
        assert_eq!(city.public_keys, [key.public_key()]);
    }

    #[test]
    fn a_feed_for_another_city_is_refused() {
        let mut city = sample::city().unwrap();
        city.code = "131016".into();
        assert!(matches!(
            open_signed(sample::SIGNED_FEED, &city),
            Err(FeedError::WrongCity { .. })
        ));
    }
}

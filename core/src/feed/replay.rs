//! The replay rule: which `generated_at` a phone accepts, written out in
//! docs/feed-format.md ("Replay rule").
//!
//! A phone refuses a feed older than the one it applied, so that a replayed old file
//! cannot bring back withdrawn notices. Done naively (compare with the last applied
//! `generated_at`), one correctly signed feed dated 2100 — a staff typo, a server
//! with a wrong clock — makes every later genuine feed look like a rollback, for
//! good. So the rule has three parts, each of which alone would not recover:
//!
//! 1. A feed dated more than [`PHONE_AHEAD_LIMIT`] after the phone's clock is not
//!    applied ([`FeedError::FutureDated`]), so such a date never becomes the mark.
//! 2. The mark a new feed is compared with is the applied feed's `generated_at`, but
//!    never later than the moment the phone applied it, nor than the phone's clock
//!    now. A mark that is in the future anyway (stored before this rule, or while a
//!    mistaken feed was within the tolerance) is thereby bounded by when it was
//!    applied: the city's next genuine feed, built after that, supersedes it. In the
//!    normal case (a feed built before it was fetched) the mark is exactly its
//!    `generated_at`, as before.
//! 3. Choosing the city again, or moving, clears the mark (store::feed::city): the
//!    family's way out whatever went wrong, including a phone whose clock was wrong.
//!
//! The publisher side refuses to build such a feed in the first place
//! ([`BUILD_AHEAD_LIMIT`], `hagukumi feed build`).

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};

use super::FeedError;

/// How far a feed may be dated ahead of the phone's clock: clocks of phones and
/// servers differ by minutes; a day covers a wrong time zone on either side.
pub const PHONE_AHEAD_LIMIT: TimeDelta = TimeDelta::hours(24);

/// How far `feed build` lets `generated_at` lie ahead of its own clock: the build
/// machine's clock is the one the time comes from, so anything beyond ordinary
/// clock drift is a typo.
pub const BUILD_AHEAD_LIMIT: TimeDelta = TimeDelta::minutes(5);

/// The feed a phone applied last, as far as the replay rule is concerned.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Applied {
    pub generated_at: DateTime<FixedOffset>,
    /// When this phone applied it (its own clock); `None` if not readable.
    pub applied_at: Option<DateTime<Utc>>,
}

impl Applied {
    /// The high-water mark a new feed must not be older than, at `now`.
    pub fn mark(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let mut mark = self.generated_at.to_utc().min(now);
        if let Some(applied_at) = self.applied_at {
            mark = mark.min(applied_at);
        }
        mark
    }
}

/// Whether a phone whose clock reads `now` may apply a feed generated at `found`,
/// after `applied` (`None`: no feed applied, or the mark was cleared).
pub fn check(
    found: DateTime<FixedOffset>,
    applied: Option<&Applied>,
    now: DateTime<Utc>,
) -> Result<(), FeedError> {
    not_ahead(found, now, PHONE_AHEAD_LIMIT)?;
    if let Some(applied) = applied
        && found.to_utc() < applied.mark(now)
    {
        return Err(FeedError::Rollback {
            found: found.to_rfc3339(),
            applied: applied.generated_at.to_rfc3339(),
        });
    }
    Ok(())
}

/// The publisher's check: a feed is not built with a `generated_at` ahead of the
/// building machine's clock.
pub fn check_build(found: DateTime<FixedOffset>, now: DateTime<Utc>) -> Result<(), FeedError> {
    not_ahead(found, now, BUILD_AHEAD_LIMIT)
}

fn not_ahead(
    found: DateTime<FixedOffset>,
    now: DateTime<Utc>,
    limit: TimeDelta,
) -> Result<(), FeedError> {
    // `now + limit` cannot overflow for any clock a device can have; if it did, the
    // feed is not ahead of it.
    match now.checked_add_signed(limit) {
        Some(latest) if found.to_utc() > latest => Err(FeedError::FutureDated {
            found: found.to_rfc3339(),
            clock: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            allowed_minutes: u32::try_from(limit.num_minutes()).unwrap_or(u32::MAX),
        }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn now() -> DateTime<Utc> {
        t("2026-05-20T12:00:00+09:00").to_utc()
    }

    #[test]
    fn a_feed_at_most_a_day_ahead_is_accepted_and_beyond_is_refused() {
        assert!(check(t("2026-05-21T12:00:00+09:00"), None, now()).is_ok());
        let err = check(t("2026-05-21T12:00:01+09:00"), None, now()).unwrap_err();
        assert_eq!(err.kind().as_str(), "future_dated");
        let err = check(t("2100-01-01T00:00:00+09:00"), None, now()).unwrap_err();
        assert!(err.to_string().contains("2100-01-01"), "{err}");
    }

    #[test]
    fn an_older_feed_is_a_rollback_and_the_same_or_newer_is_not() {
        let applied = Applied {
            generated_at: t("2026-05-19T09:00:00+09:00"),
            applied_at: Some(t("2026-05-19T18:00:00+09:00").to_utc()),
        };
        assert_eq!(applied.mark(now()), applied.generated_at.to_utc());
        let err = check(t("2026-05-18T09:00:00+09:00"), Some(&applied), now()).unwrap_err();
        assert_eq!(err.kind().as_str(), "rollback");
        assert!(check(t("2026-05-19T09:00:00+09:00"), Some(&applied), now()).is_ok());
        assert!(check(t("2026-05-20T09:00:00+09:00"), Some(&applied), now()).is_ok());
    }

    #[test]
    fn a_future_mark_is_bounded_by_when_it_was_applied_and_by_now() {
        // Applied before this rule existed: 2100, applied on the 19th.
        let applied = Applied {
            generated_at: t("2100-01-01T00:00:00+09:00"),
            applied_at: Some(t("2026-05-19T18:00:00+09:00").to_utc()),
        };
        assert!(check(t("2026-05-20T08:00:00+09:00"), Some(&applied), now()).is_ok());
        // Feeds built before it was applied are still refused.
        assert!(check(t("2026-05-19T09:00:00+09:00"), Some(&applied), now()).is_err());
        // Without a readable application time the mark is the phone's clock.
        let unknown = Applied {
            applied_at: None,
            ..applied
        };
        assert_eq!(unknown.mark(now()), now());
    }

    #[test]
    fn the_build_tolerates_minutes_of_drift_only() {
        assert!(check_build(t("2026-05-20T12:04:59+09:00"), now()).is_ok());
        let err = check_build(t("2026-05-20T12:05:01+09:00"), now()).unwrap_err();
        assert!(err.to_string().contains("5 minutes"), "{err}");
    }
}

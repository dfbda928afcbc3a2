//! "Now" and "today", injectable for tests.
//!
//! Every date rule in the handbook (no measurement in the future, a child's age, a
//! vaccine window) is about the civil date in Japan. Japan has observed no daylight
//! saving time since 1951, so Asia/Tokyo is UTC+09:00 all year and a fixed offset is
//! exact; no time-zone database is needed on the phone.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone as _, Utc};

/// UTC+09:00, Japan Standard Time.
pub fn jst() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).expect("+09:00 is within the ±24 h FixedOffset accepts")
}

/// The source of the current time.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;

    /// Today's civil date in Japan.
    fn today(&self) -> NaiveDate {
        self.now().with_timezone(&jst()).date_naive()
    }
}

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock stopped at one instant, for tests and for the CLI's `--today`.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub DateTime<Utc>);

impl FixedClock {
    /// Noon in Japan on `date`.
    pub fn on(date: NaiveDate) -> Self {
        let noon = date.and_hms_opt(12, 0, 0).unwrap_or_default();
        FixedClock(
            jst()
                .from_local_datetime(&noon)
                .single()
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_else(|| Utc.from_utc_datetime(&noon)),
        )
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_the_date_in_japan_not_in_utc() {
        // 2026-03-31 20:00 UTC is already 2026-04-01 05:00 in Japan: a new school
        // year, which matters for MR 2期.
        let clock = FixedClock("2026-03-31T20:00:00Z".parse().unwrap());
        assert_eq!(clock.today(), "2026-04-01".parse::<NaiveDate>().unwrap());
        let clock = FixedClock("2026-03-31T14:59:59Z".parse().unwrap());
        assert_eq!(clock.today(), "2026-03-31".parse::<NaiveDate>().unwrap());
    }

    #[test]
    fn fixed_clock_on_a_date_reads_back_that_date() {
        let d: NaiveDate = "2024-02-29".parse().unwrap();
        assert_eq!(FixedClock::on(d).today(), d);
    }
}

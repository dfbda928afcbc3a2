//! A child's age in calendar years, months and days, the way parents and the
//! handbook say it ("1歳2か月3日").
//!
//! Months are calendar months, never 30 days: a child born on 31 January is one month
//! old on 28 (or 29) February, because that month has no 31st. This is the ordinary
//! reading of age used by pediatric pages; the legal reading used for vaccination
//! windows lives with the schedule.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::fmt;

use super::GestationalAge;

/// Calendar age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Age {
    pub years: u32,
    pub months: u32,
    pub days: u32,
}

impl Age {
    /// Whole months (years × 12 + months).
    pub fn total_months(self) -> u32 {
        self.years * 12 + self.months
    }

    /// 「1歳2か月3日」 (a newborn is 「0歳0か月5日」) / "1 y 2 m 3 d".
    pub fn label(self, lang: crate::Lang) -> String {
        crate::t!(
            lang,
            "model-age",
            years = self.years,
            months = self.months,
            days = self.days
        )
    }
}

impl fmt::Display for Age {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}y{}m{}d", self.years, self.months, self.days)
    }
}

/// `from` plus `months` calendar months, clamped to the last day of the target month.
pub fn add_months_clamped(from: NaiveDate, months: u32) -> NaiveDate {
    let total = from.year() * 12 + from.month0() as i32 + months as i32;
    let (year, month0) = (total.div_euclid(12), total.rem_euclid(12) as u32);
    let last = last_day_of_month(year, month0 + 1);
    // The year and month are in range and the day is clamped, so this always exists;
    // fall back to the start date rather than panicking on a path reachable from the FFI.
    NaiveDate::from_ymd_opt(year, month0 + 1, from.day().min(last)).unwrap_or(from)
}

fn last_day_of_month(year: i32, month: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|&d| NaiveDate::from_ymd_opt(year, month, d).is_some())
        .unwrap_or(28)
}

/// Age on `on` of a child born on `birth`; `None` if `on` is before the birth.
pub fn age_between(birth: NaiveDate, on: NaiveDate) -> Option<Age> {
    if on < birth {
        return None;
    }
    // Whole months: the largest m with birth + m months <= on.
    let mut months = (on.year() - birth.year()) as u32 * 12 + on.month0();
    months = months.saturating_sub(birth.month0());
    while months > 0 && add_months_clamped(birth, months) > on {
        months -= 1;
    }
    let anchor = add_months_clamped(birth, months);
    let days = (on - anchor).num_days() as u32;
    Some(Age {
        years: months / 12,
        months: months % 12,
        days,
    })
}

/// Corrected age for a preterm child: chronological age minus the weeks born early
/// (40w0d − gestational age at birth). `None` for a term baby, or when the corrected
/// birth date is still in the future (the baby is younger than its due date).
pub fn corrected_age(birth: NaiveDate, ga_at_birth: GestationalAge, on: NaiveDate) -> Option<Age> {
    if !ga_at_birth.is_preterm() {
        return None;
    }
    let early = i64::from(280 - ga_at_birth.days());
    let corrected_birth = birth + chrono::Duration::days(early);
    age_between(corrected_birth, on)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn calendar_months_not_thirty_days() {
        assert_eq!(add_months_clamped(d("2026-01-31"), 1), d("2026-02-28"));
        assert_eq!(add_months_clamped(d("2028-01-31"), 1), d("2028-02-29"));
        assert_eq!(add_months_clamped(d("2026-08-31"), 1), d("2026-09-30"));
        assert_eq!(add_months_clamped(d("2024-02-29"), 12), d("2025-02-28"));
        assert_eq!(add_months_clamped(d("2026-11-15"), 2), d("2027-01-15"));
    }

    #[test]
    fn ages_in_years_months_days() {
        let birth = d("2025-06-10");
        assert_eq!(age_between(birth, birth).unwrap().to_string(), "0y0m0d");
        assert_eq!(
            age_between(birth, d("2025-07-09")).unwrap().to_string(),
            "0y0m29d"
        );
        assert_eq!(
            age_between(birth, d("2025-07-10")).unwrap().to_string(),
            "0y1m0d"
        );
        assert_eq!(
            age_between(birth, d("2026-08-13")).unwrap().to_string(),
            "1y2m3d"
        );
        assert_eq!(age_between(birth, d("2025-06-09")), None);
    }

    #[test]
    fn born_on_the_31st_is_a_month_old_at_month_end() {
        let birth = d("2026-01-31");
        assert_eq!(
            age_between(birth, d("2026-02-27")).unwrap().to_string(),
            "0y0m27d"
        );
        assert_eq!(
            age_between(birth, d("2026-02-28")).unwrap().to_string(),
            "0y1m0d"
        );
        assert_eq!(
            age_between(birth, d("2026-03-31")).unwrap().to_string(),
            "0y2m0d"
        );
    }

    #[test]
    fn leap_day_birthdays() {
        let birth = d("2024-02-29");
        assert_eq!(
            age_between(birth, d("2025-02-28")).unwrap().to_string(),
            "1y0m0d"
        );
        assert_eq!(
            age_between(birth, d("2028-02-29")).unwrap().to_string(),
            "4y0m0d"
        );
    }

    #[test]
    fn corrected_age_subtracts_the_weeks_born_early() {
        let birth = d("2026-01-01");
        // Born at 32w0d: 8 weeks early.
        let ga = GestationalAge::from_weeks_days(32, 0);
        assert_eq!(
            corrected_age(birth, ga, d("2026-02-26"))
                .unwrap()
                .to_string(),
            "0y0m0d"
        );
        assert_eq!(
            corrected_age(birth, ga, d("2026-04-26"))
                .unwrap()
                .to_string(),
            "0y2m0d"
        );
        assert_eq!(corrected_age(birth, ga, d("2026-02-25")), None);
        assert_eq!(
            corrected_age(
                birth,
                GestationalAge::from_weeks_days(39, 0),
                d("2026-04-26")
            ),
            None
        );
    }
}

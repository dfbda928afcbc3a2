//! Gestational age: obstetric weeks and days counted from the first day of the last
//! menstrual period (LMP), the way Japanese prenatal records write it ("28週3日").
//!
//! Naegele's rule puts the due date at LMP + 280 days (40週0日). When the due date was
//! set by ultrasound instead, the equivalent LMP is due date − 280 days, so both ways of
//! dating a pregnancy share one arithmetic.

use chrono::NaiveDate;
use std::fmt;
use std::str::FromStr;

/// Days from LMP to the due date (40 weeks 0 days).
pub const TERM_DAYS: i64 = 280;

/// Gestational age in whole days since LMP (0 = 0w0d).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GestationalAge {
    days: u32,
}

impl GestationalAge {
    /// Longest gestation a record may carry: 45w0d. Beyond that the dates are wrong
    /// (post-term pregnancies are induced well before), so input is refused.
    pub const MAX: GestationalAge = GestationalAge { days: 45 * 7 };

    pub fn from_days(days: u32) -> Self {
        GestationalAge { days }
    }

    pub fn from_weeks_days(weeks: u32, days: u32) -> Self {
        GestationalAge {
            days: weeks * 7 + days,
        }
    }

    /// Gestational age on `date` of a pregnancy whose LMP (or LMP-equivalent) is `lmp`.
    /// `None` before the LMP.
    pub fn on(lmp: NaiveDate, date: NaiveDate) -> Option<Self> {
        let days = (date - lmp).num_days();
        u32::try_from(days).ok().map(Self::from_days)
    }

    pub fn days(self) -> u32 {
        self.days
    }

    pub fn weeks(self) -> u32 {
        self.days / 7
    }

    pub fn day_of_week(self) -> u32 {
        self.days % 7
    }

    /// Born before 37w0d: growth is then read against corrected age until 2 years.
    pub fn is_preterm(self) -> bool {
        self.days < 37 * 7
    }

    /// 「28週3日」 / "28 weeks 3 days".
    pub fn label(self, lang: crate::Lang) -> String {
        crate::t!(
            lang,
            "model-gestational-age",
            weeks = self.weeks(),
            days = self.day_of_week()
        )
    }
}

/// Due date by Naegele's rule.
pub fn due_date_from_lmp(lmp: NaiveDate) -> NaiveDate {
    lmp + chrono::Duration::days(TERM_DAYS)
}

/// The LMP that an ultrasound-dated due date implies.
pub fn lmp_from_due_date(due: NaiveDate) -> NaiveDate {
    due - chrono::Duration::days(TERM_DAYS)
}

impl fmt::Display for GestationalAge {
    /// The compact "NwMd" form used in the CLI and JSON: "28w3d".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}w{}d", self.weeks(), self.day_of_week())
    }
}

/// Text that is not a gestational age in "NwMd" (or "N週M日") form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadGestationalAge(pub String);

impl fmt::Display for BadGestationalAge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is not a gestational age: write weeks and days as 38w2d (days 0-6)",
            self.0
        )
    }
}

impl std::error::Error for BadGestationalAge {}

impl FromStr for GestationalAge {
    type Err = BadGestationalAge;

    /// Accepts "38w2d", "38w", "38+2" and "38週2日".
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadGestationalAge(s.to_string());
        let t = s.trim();
        let (w, d) = if let Some((w, rest)) = t.split_once('w') {
            (w, rest.strip_suffix('d').unwrap_or(rest))
        } else if let Some((w, rest)) = t.split_once('週') {
            (w, rest.strip_suffix('日').unwrap_or(rest))
        } else if let Some((w, d)) = t.split_once('+') {
            (w, d)
        } else {
            return Err(bad());
        };
        let weeks: u32 = w.trim().parse().map_err(|_| bad())?;
        let days: u32 = if d.trim().is_empty() {
            0
        } else {
            d.trim().parse().map_err(|_| bad())?
        };
        if days > 6 || weeks > 45 {
            return Err(bad());
        }
        Ok(GestationalAge::from_weeks_days(weeks, days))
    }
}

impl serde::Serialize for GestationalAge {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for GestationalAge {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn naegele_due_date_is_lmp_plus_280_days() {
        assert_eq!(due_date_from_lmp(d("2026-01-01")), d("2026-10-08"));
        assert_eq!(lmp_from_due_date(d("2026-10-08")), d("2026-01-01"));
        // Across a leap day.
        assert_eq!(due_date_from_lmp(d("2027-06-01")), d("2028-03-07"));
    }

    #[test]
    fn gestational_age_counts_from_lmp() {
        let lmp = d("2026-01-01");
        assert_eq!(GestationalAge::on(lmp, lmp).unwrap().to_string(), "0w0d");
        assert_eq!(
            GestationalAge::on(lmp, d("2026-07-19"))
                .unwrap()
                .to_string(),
            "28w3d"
        );
        assert_eq!(
            GestationalAge::on(lmp, d("2026-10-08"))
                .unwrap()
                .label(crate::Lang::Ja),
            "40週0日"
        );
        assert_eq!(GestationalAge::on(lmp, d("2025-12-31")), None);
    }

    #[test]
    fn parses_the_written_forms() {
        for (text, days) in [
            ("38w2d", 268),
            ("38w", 266),
            ("38+2", 268),
            ("38週2日", 268),
            (" 7w0d ", 49),
        ] {
            assert_eq!(
                text.parse::<GestationalAge>().unwrap().days(),
                days,
                "{text}"
            );
        }
        for bad in ["", "38", "38w7d", "w2d", "46w0d", "-1w0d", "38x2"] {
            assert!(bad.parse::<GestationalAge>().is_err(), "{bad}");
        }
    }

    #[test]
    fn preterm_is_before_37_weeks() {
        assert!(GestationalAge::from_weeks_days(36, 6).is_preterm());
        assert!(!GestationalAge::from_weeks_days(37, 0).is_preterm());
    }
}

//! Chronological and corrected age.
//!
//! A baby born at 30 weeks is, at 3 months, physically a baby of about 2 weeks past
//! term; reading her against 3-month-olds would flag a healthy child as small. So for
//! children born before 37w0d, growth is read against corrected age — chronological age
//! minus (40 weeks − gestational age at birth) — until chronological age 24 months, after
//! which the difference no longer matters clinically. The handbook and the UI show both.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::model::gestation::{GestationalAge, TERM_DAYS};

/// Corrected age is used while chronological age is under 24 months (day 731 = 2nd
/// birthday in WHO's day count).
pub const CORRECT_UNTIL_DAYS: i64 = 731;

/// An age in days with its calendar reading ("3か月12日").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AgeSpan {
    pub days: i64,
    /// Whole calendar months since the start date (birth or term-equivalent date).
    pub months: u32,
    /// Days after the last whole month.
    pub days_after_months: u32,
}

impl AgeSpan {
    /// Age on `date` counted from `start`, calendar-wise: months as the handbook counts
    /// them (born 01-31 → 1 month on 02-28/29), days after that. `None` before `start`.
    pub fn between(start: NaiveDate, date: NaiveDate) -> Option<Self> {
        let days = (date - start).num_days();
        if days < 0 {
            return None;
        }
        let mut months =
            (date.year() - start.year()) * 12 + date.month() as i32 - start.month() as i32;
        while months > 0 && add_months_clamped(start, months as u32) > date {
            months -= 1;
        }
        let months = months.max(0) as u32;
        let anchor = add_months_clamped(start, months);
        Some(AgeSpan {
            days,
            months,
            days_after_months: (date - anchor).num_days() as u32,
        })
    }

    /// "1歳3か月12日" / "3か月12日".
    pub fn label_ja(&self) -> String {
        let (y, m) = (self.months / 12, self.months % 12);
        if y > 0 {
            format!("{y}歳{m}か月{}日", self.days_after_months)
        } else {
            format!("{m}か月{}日", self.days_after_months)
        }
    }

    /// "1 y 3 m 12 d" / "3 m 12 d".
    pub fn label_en(&self) -> String {
        let (y, m) = (self.months / 12, self.months % 12);
        if y > 0 {
            format!("{y} y {m} m {} d", self.days_after_months)
        } else {
            format!("{m} m {} d", self.days_after_months)
        }
    }
}

/// `date` plus `months` calendar months, clamped to the end of a shorter month.
fn add_months_clamped(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(chrono::Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// The ages of one measurement and which one the references were read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AgeUsed {
    pub chronological: AgeSpan,
    /// Age since the term-equivalent date (birth + (280 − GA) days), for preterm
    /// children; `None` at term or when gestational age is unknown. Negative corrected
    /// ages (before term-equivalent) show as `before_term_equivalent_days` instead.
    pub corrected: Option<AgeSpan>,
    /// Days before the term-equivalent date, when the measurement is that early.
    pub before_term_equivalent_days: Option<i64>,
    /// The day count read against the age-based tables: corrected while chronological
    /// age is under 24 months, chronological after. Negative before term-equivalent.
    pub days_used: i64,
    /// True when `days_used` is the corrected age.
    pub is_corrected: bool,
}

impl AgeUsed {
    /// Ages on `date` for a child born on `birth` at `ga`. `None` when `date` is before
    /// the birth.
    pub fn on(birth: NaiveDate, ga: Option<GestationalAge>, date: NaiveDate) -> Option<Self> {
        let chronological = AgeSpan::between(birth, date)?;
        let correction = ga
            .filter(|g| g.is_preterm())
            .map(|g| TERM_DAYS - i64::from(g.days()));
        let Some(correction) = correction else {
            return Some(AgeUsed {
                chronological,
                corrected: None,
                before_term_equivalent_days: None,
                days_used: chronological.days,
                is_corrected: false,
            });
        };
        let term_equivalent = birth + chrono::Duration::days(correction);
        let corrected = AgeSpan::between(term_equivalent, date);
        let corrected_days = chronological.days - correction;
        let is_corrected = chronological.days < CORRECT_UNTIL_DAYS;
        Some(AgeUsed {
            chronological,
            corrected,
            before_term_equivalent_days: (corrected_days < 0).then_some(-corrected_days),
            days_used: if is_corrected {
                corrected_days
            } else {
                chronological.days
            },
            is_corrected,
        })
    }

    /// "3か月12日（修正1か月10日）" — both ages, as the UI must show them.
    pub fn label_ja(&self) -> String {
        let base = self.chronological.label_ja();
        match (self.corrected, self.before_term_equivalent_days) {
            (Some(c), _) => format!("{base}（修正{}）", c.label_ja()),
            (None, Some(d)) => format!("{base}（修正: 予定日の{d}日前）"),
            _ => base,
        }
    }

    pub fn label_en(&self) -> String {
        let base = self.chronological.label_en();
        match (self.corrected, self.before_term_equivalent_days) {
            (Some(c), _) => format!("{base} (corrected {})", c.label_en()),
            (None, Some(d)) => format!("{base} (corrected: {d} d before due date)"),
            _ => base,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn calendar_months_clamp_at_month_end() {
        let a = AgeSpan::between(d("2026-01-31"), d("2026-02-28")).unwrap();
        assert_eq!((a.months, a.days_after_months, a.days), (1, 0, 28));
        let a = AgeSpan::between(d("2026-01-31"), d("2026-03-30")).unwrap();
        assert_eq!((a.months, a.days_after_months), (1, 30));
        let a = AgeSpan::between(d("2026-01-31"), d("2026-03-31")).unwrap();
        assert_eq!((a.months, a.days_after_months), (2, 0));
        let a = AgeSpan::between(d("2025-04-10"), d("2026-07-22")).unwrap();
        assert_eq!(a.label_ja(), "1歳3か月12日");
        assert_eq!(a.label_en(), "1 y 3 m 12 d");
        assert_eq!(AgeSpan::between(d("2026-01-02"), d("2026-01-01")), None);
    }

    #[test]
    fn term_babies_use_chronological_age() {
        let birth = d("2026-01-01");
        for ga in [None, Some(GestationalAge::from_weeks_days(37, 0))] {
            let a = AgeUsed::on(birth, ga, d("2026-04-11")).unwrap();
            assert_eq!(a.days_used, 100);
            assert!(!a.is_corrected);
            assert_eq!(a.corrected, None);
        }
    }

    #[test]
    fn preterm_babies_use_corrected_age_until_24_months() {
        let birth = d("2026-01-01");
        // 32w0d: 8 weeks early, correction 56 days.
        let ga = Some(GestationalAge::from_weeks_days(32, 0));
        let a = AgeUsed::on(birth, ga, d("2026-04-11")).unwrap();
        assert_eq!(a.chronological.days, 100);
        assert_eq!(a.days_used, 44);
        assert!(a.is_corrected);
        assert_eq!(a.corrected.unwrap().days, 44);
        // Term-equivalent date is 2026-02-26; 04-11 is 1 month 16 days after it.
        assert_eq!(a.label_ja(), "3か月10日（修正1か月16日）");
        // 36w6d is still preterm and is corrected to 40w: 22 days.
        let a = AgeUsed::on(
            birth,
            Some(GestationalAge::from_weeks_days(36, 6)),
            d("2026-04-11"),
        )
        .unwrap();
        assert_eq!(a.days_used, 78);
        // Day 730 (the day before the 2nd birthday) is still corrected; 731 is not.
        let a = AgeUsed::on(birth, ga, birth + chrono::Duration::days(730)).unwrap();
        assert_eq!((a.days_used, a.is_corrected), (674, true));
        let a = AgeUsed::on(birth, ga, birth + chrono::Duration::days(731)).unwrap();
        assert_eq!((a.days_used, a.is_corrected), (731, false));
        // The corrected age is still shown after the switch, for the record.
        assert!(a.corrected.is_some());
    }

    #[test]
    fn before_term_equivalent_is_negative_corrected_age() {
        let birth = d("2026-01-01");
        let ga = Some(GestationalAge::from_weeks_days(24, 0)); // 112 days early
        let a = AgeUsed::on(birth, ga, d("2026-03-02")).unwrap(); // day 60
        assert_eq!(a.days_used, -52);
        assert_eq!(a.before_term_equivalent_days, Some(52));
        assert_eq!(a.corrected, None);
        assert!(a.label_en().contains("52 d before due date"));
        assert_eq!(AgeUsed::on(birth, ga, d("2025-12-31")), None);
    }
}

//! Chronological and corrected age.
//!
//! A baby born at 30 weeks is, at 3 months, physically a baby of about 2 weeks past
//! term; reading her against 3-month-olds would flag a healthy child as small. So for
//! children born before 37w0d, growth is read against corrected age — chronological age
//! minus (40 weeks − gestational age at birth) — until chronological age 24 months, after
//! which the difference no longer matters clinically. The handbook and the UI show both.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::Lang;
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

    /// "1歳3か月12日" / "3か月12日"; "1 year 3 months 12 days" / "3 months 12 days".
    pub fn label(&self, lang: Lang) -> String {
        crate::t!(
            lang,
            "growth-age",
            years = self.months / 12,
            months = self.months % 12,
            days = self.days_after_months
        )
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
    pub fn label(&self, lang: Lang) -> String {
        let age = self.chronological.label(lang);
        match (self.corrected, self.before_term_equivalent_days) {
            (Some(c), _) => crate::t!(
                lang,
                "growth-age-with-corrected",
                age = age,
                corrected = c.label(lang)
            ),
            (None, Some(days)) => {
                crate::t!(lang, "growth-age-before-due-date", age = age, days = days)
            }
            _ => age,
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
        assert_eq!(a.label(Lang::Ja), "1歳3か月12日");
        // #16: English words ages out with plurals (was "1 y 3 m 12 d").
        assert_eq!(a.label(Lang::En), "1 year 3 months 12 days");
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
        assert_eq!(a.label(Lang::Ja), "3か月10日（修正1か月16日）");
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
        assert!(
            a.label(Lang::En).contains("52 days before the due date"),
            "{}",
            a.label(Lang::En)
        );
        assert_eq!(a.label(Lang::Ja), "2か月1日（修正: 出産予定日の52日前）");
        assert_eq!(AgeUsed::on(birth, ga, d("2025-12-31")), None);
    }

    /// #16: ages are worded per language. English has its plurals ("1 year 2
    /// months", not "1 y 2 m"), Japanese its own units and no English word
    /// (「1 yearsのお子さん」, 「2 monthsのお子さん」).
    #[test]
    fn ages_are_worded_per_language_with_english_plurals() {
        let a = AgeSpan::between(d("2025-01-01"), d("2026-03-02")).unwrap();
        assert_eq!(a.label(Lang::En), "1 year 2 months 1 day");
        assert_eq!(a.label(Lang::Ja), "1歳2か月1日");
        let a = AgeSpan::between(d("2025-01-01"), d("2027-02-03")).unwrap();
        assert_eq!(a.label(Lang::En), "2 years 1 month 2 days");
        assert_eq!(a.label(Lang::Ja), "2歳1か月2日");
        let a = AgeSpan::between(d("2025-01-01"), d("2025-03-01")).unwrap();
        assert_eq!(a.label(Lang::En), "2 months 0 days");
        assert_eq!(a.label(Lang::Ja), "2か月0日");
        for lang in Lang::all() {
            let l = AgeUsed::on(
                d("2026-01-01"),
                Some(GestationalAge::from_weeks_days(32, 0)),
                d("2027-03-02"),
            )
            .unwrap()
            .label(lang);
            if lang == Lang::Ja {
                assert!(!l.chars().any(|c| c.is_ascii_alphabetic()), "{l}");
            } else {
                assert!(l.contains("(corrected 1 year"), "{l}");
            }
        }
    }
}

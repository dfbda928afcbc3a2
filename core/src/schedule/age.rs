//! Japanese legal age and interval arithmetic, spelled out by hand.
//!
//! Every funded window in the schedule is written in the legal idiom of the 予防接種法施行令
//! and 実施規則 ("生後2月に至った日", "13歳未満", "27日以上の間隔", "年度"). The idiom is
//! not what a date library does by default: ages are counted from the day of birth
//! (年齢計算ニ関スル法律) and a period of months ends on the day *before* the corresponding
//! date, or on the month's last day when that date does not exist (民法 第143条). A child
//! born on 31 July is 2 months old on 30 September, not on 1 October. So each reading lives
//! here, as a small named function with the source of its reading, and is tested on the
//! awkward birthdays (31st of the month, 29 February, 1 and 2 April).
//!
//! Readings (each is cited in `data/schedule/README.md`):
//! - 生後N月に至った日 / N歳に達した日 / N歳以上: [`months_reached`]: the day before the
//!   same date N months later; if that date does not exist, the last day of that month
//!   (MHLW ロタウイルスワクチンQ&A 問5; 神戸市「定期予防接種における対象者と接種間隔の考え方」
//!   after the MHLW 事務連絡).
//! - N歳に至るまで / N歳未満 / 生後N月に至るまで: up to and including [`months_reached`].
//! - 出生N週M日後: birth + 7N + M days; the day after birth is 出生0週1日後 (MHLW Q&A 問5).
//! - N日以上の間隔をおく: the next dose on the date + N + 1 days at the earliest
//!   (27日 → 4 weeks later on the same weekday).
//! - N月以上の間隔をおく: counted like an age from the day of the dose: the interval has
//!   passed on [`months_reached`]`(dose, N)` and the next dose may be given the day after
//!   (4月1日 + 3月 → 7月1日; 11月30日 + 3月 → 3月1日) — MHLW 予防接種基本方針部会 第52回
//!   資料5 p.20「定期の予防接種における接種間隔の解釈について」.
//! - 年度: 1 April to 31 March; a child born on 1 April reaches each age on 31 March and
//!   so belongs to the earlier school year.

use chrono::{Datelike, Duration, NaiveDate};

/// Number of days in `month` of `year` (Gregorian).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    // The first of every month exists, so these cannot fail for months 1..=12.
    match (
        NaiveDate::from_ymd_opt(ny, nm, 1),
        NaiveDate::from_ymd_opt(year, month, 1),
    ) {
        (Some(next), Some(this)) => (next - this).num_days() as u32,
        _ => 31,
    }
}

/// The date `n` calendar months after `d`, or `None` when that day of the month does not
/// exist (31 January + 1 month). Callers decide explicitly what a missing day means.
pub fn same_day_months_later(d: NaiveDate, n: u32) -> Option<NaiveDate> {
    let total = d.year() as i64 * 12 + (d.month0() as i64) + n as i64;
    let year = i32::try_from(total.div_euclid(12)).ok()?;
    let month = (total.rem_euclid(12) + 1) as u32;
    NaiveDate::from_ymd_opt(year, month, d.day())
}

/// Last day of the month `n` calendar months after `d`'s month.
fn last_day_months_later(d: NaiveDate, n: u32) -> NaiveDate {
    let total = d.year() as i64 * 12 + (d.month0() as i64) + n as i64;
    let year = total.div_euclid(12) as i32;
    let month = (total.rem_euclid(12) + 1) as u32;
    NaiveDate::from_ymd_opt(year, month, days_in_month(year, month)).unwrap_or(d)
}

/// 生後N月に至った日: the day before the same date N months after `birth`; when that date
/// does not exist, the last day of that month. Also "N歳に達した日" with N×12 months.
///
/// Born 2026-07-31: 生後2月 on 2026-09-30. Born 2024-02-29: 1歳 on 2025-02-28.
pub fn months_reached(birth: NaiveDate, n: u32) -> NaiveDate {
    if n == 0 {
        return birth;
    }
    match same_day_months_later(birth, n) {
        Some(d) => d - Duration::days(1),
        None => last_day_months_later(birth, n),
    }
}

/// N歳に達した日 (= 生後12N月に至った日): the day before the N-th birthday; for a child
/// born on 29 February, 28 February in common years.
pub fn years_reached(birth: NaiveDate, n: u32) -> NaiveDate {
    months_reached(birth, n * 12)
}

/// 出生N週M日後: the day after birth is 出生0週1日後.
pub fn weeks_days_after(birth: NaiveDate, weeks: u32, days: u32) -> NaiveDate {
    birth + Duration::days(7 * weeks as i64 + days as i64)
}

/// Earliest date of the next dose after "N日以上の間隔をおいて": N whole days must lie
/// between the two doses.
pub fn after_days_interval(prev: NaiveDate, n: u32) -> NaiveDate {
    prev + Duration::days(n as i64 + 1)
}

/// Last date that still keeps "N日までの間隔" (at most N whole days between).
pub fn within_days_interval(prev: NaiveDate, n: u32) -> NaiveDate {
    prev + Duration::days(n as i64 + 1)
}

/// Earliest date of the next dose after "N月以上の間隔をおいて": the interval is counted
/// like an age from the dose day and has passed at the end of [`months_reached`]; the next
/// dose may be given the day after.
pub fn after_months_interval(prev: NaiveDate, n: u32) -> NaiveDate {
    months_reached(prev, n) + Duration::days(1)
}

/// First day (1 April) of the school year (年度) that contains `d`.
pub fn fiscal_year_start(d: NaiveDate) -> NaiveDate {
    let y = if d.month() >= 4 {
        d.year()
    } else {
        d.year() - 1
    };
    NaiveDate::from_ymd_opt(y, 4, 1).unwrap_or(d)
}

/// Last day (31 March) of the school year that contains `d`.
pub fn fiscal_year_end(d: NaiveDate) -> NaiveDate {
    let start = fiscal_year_start(d);
    NaiveDate::from_ymd_opt(start.year() + 1, 3, 31).unwrap_or(d)
}

/// 小学校就学の始期: the first 1 April on or after the day after the child reaches 6
/// (学校教育法 第17条: "満六歳に達した日の翌日以後における最初の学年の初め").
/// Born 2019-04-01 → 2025-04-01; born 2019-04-02 → 2026-04-01.
pub fn primary_school_start(birth: NaiveDate) -> NaiveDate {
    let day_after_six = years_reached(birth, 6) + Duration::days(1);
    let april = NaiveDate::from_ymd_opt(day_after_six.year(), 4, 1).unwrap_or(day_after_six);
    if april >= day_after_six {
        april
    } else {
        NaiveDate::from_ymd_opt(day_after_six.year() + 1, 4, 1).unwrap_or(day_after_six)
    }
}

/// 小学校就学の始期に達する日の一年前の日 (first day of MR 2期, the 年長 year).
pub fn preschool_year_start(birth: NaiveDate) -> NaiveDate {
    let s = primary_school_start(birth);
    NaiveDate::from_ymd_opt(s.year() - 1, 4, 1).unwrap_or(s)
}

/// 当該始期に達する日の前日 (last day of MR 2期).
pub fn preschool_year_end(birth: NaiveDate) -> NaiveDate {
    primary_school_start(birth) - Duration::days(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// MHLW ロタウイルスワクチンQ&A 問5: 7月31日生まれは9月30日に生後2月に至る.
    #[test]
    fn months_reached_table() {
        for (birth, n, want) in [
            ("2026-07-31", 2, "2026-09-30"), // MHLW Q&A example
            ("2026-07-15", 2, "2026-09-14"),
            ("2026-01-31", 1, "2026-02-28"), // no 31 Feb: month end
            ("2028-01-31", 1, "2028-02-29"), // leap year month end
            ("2026-03-31", 1, "2026-04-30"), // no 31 Apr
            ("2026-03-30", 1, "2026-04-29"), // 30 Apr exists: day before
            ("2026-01-01", 1, "2026-01-31"),
            ("2026-12-31", 2, "2027-02-28"),
            ("2026-05-10", 0, "2026-05-10"),
            ("2026-01-31", 12, "2027-01-30"),
            ("2026-08-31", 90, "2034-02-28"), // 90 months
        ] {
            assert_eq!(months_reached(d(birth), n), d(want), "{birth} + {n}m");
        }
    }

    /// 年齢計算ニ関スル法律 + 民法143条: age increases at the end of the day before the
    /// birthday; a 29 February child reaches each age on 28 February in common years.
    #[test]
    fn years_reached_table() {
        for (birth, n, want) in [
            ("2020-04-01", 1, "2021-03-31"), // 登米市 page example
            ("2024-02-29", 1, "2025-02-28"),
            ("2024-02-29", 4, "2028-02-28"), // 29 Feb exists in 2028: day before
            ("2024-03-01", 1, "2025-02-28"),
            ("2023-03-01", 1, "2024-02-29"),
            ("2026-01-31", 5, "2031-01-30"),
        ] {
            assert_eq!(years_reached(d(birth), n), d(want), "{birth} + {n}y");
        }
    }

    /// MHLW Q&A 問4: born 2020-08-01 → 出生6週0日後 2020-09-12, 14週6日後 2020-11-13.
    #[test]
    fn weeks_days_after_table() {
        let b = d("2020-08-01");
        assert_eq!(weeks_days_after(b, 6, 0), d("2020-09-12"));
        assert_eq!(weeks_days_after(b, 14, 6), d("2020-11-13"));
        assert_eq!(months_reached(b, 2), d("2020-09-30"));
        assert_eq!(weeks_days_after(b, 24, 0), b + Duration::days(168));
        assert_eq!(weeks_days_after(b, 32, 0), b + Duration::days(224));
    }

    /// 南九州市「接種間隔」: 4/1 + 6日以上 → 4/8; + 20日以上 → 4/22; + 27日以上 → 4/29.
    #[test]
    fn day_intervals() {
        let p = d("2022-04-01");
        assert_eq!(after_days_interval(p, 6), d("2022-04-08"));
        assert_eq!(after_days_interval(p, 20), d("2022-04-22"));
        assert_eq!(after_days_interval(p, 27), d("2022-04-29"));
        assert_eq!(after_days_interval(p, 139), p + Duration::days(140));
        assert_eq!(within_days_interval(p, 56), p + Duration::days(57));
    }

    /// MHLW 基本方針部会 第52回 資料5 p.20: 4/1 + 3月 → 7/1; a missing day rolls to the 1st.
    #[test]
    fn month_intervals() {
        assert_eq!(after_months_interval(d("2023-04-01"), 3), d("2023-07-01"));
        assert_eq!(after_months_interval(d("2023-11-30"), 3), d("2024-03-01"));
        assert_eq!(after_months_interval(d("2023-05-01"), 6), d("2023-11-01"));
        assert_eq!(after_months_interval(d("2023-08-31"), 6), d("2024-03-01"));
        assert_eq!(after_months_interval(d("2023-01-15"), 5), d("2023-06-15"));
    }

    #[test]
    fn school_years() {
        assert_eq!(fiscal_year_start(d("2026-03-31")), d("2025-04-01"));
        assert_eq!(fiscal_year_start(d("2026-04-01")), d("2026-04-01"));
        assert_eq!(fiscal_year_end(d("2026-04-01")), d("2027-03-31"));
        // Born 1 April: in the earlier school year (reaches 6 on 31 March).
        assert_eq!(primary_school_start(d("2019-04-01")), d("2025-04-01"));
        assert_eq!(primary_school_start(d("2019-04-02")), d("2026-04-01"));
        assert_eq!(primary_school_start(d("2020-02-29")), d("2026-04-01"));
        assert_eq!(preschool_year_start(d("2019-04-02")), d("2025-04-01"));
        assert_eq!(preschool_year_end(d("2019-04-02")), d("2026-03-31"));
    }

    #[test]
    fn days_in_month_handles_february() {
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2100, 2), 28);
        assert_eq!(days_in_month(2026, 12), 31);
    }
}

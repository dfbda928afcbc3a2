//! One measurement read against a standard: a z-score and percentile per indicator.

use serde::Serialize;

use super::age::AgeUsed;
use super::japan::{self, PercentileBand};
use super::lms::{percentile_of_z, who_z};
use super::who::{self, LmsTable, STANDING_FROM_DAYS, WhoTables};
use super::{ChildGrowthFacts, GrowthError, Indicator, Lang, Measurement, Standard, require_who};
use crate::model::{LengthPosition, Sex};

/// Standing height reads about 0.7 cm less than recumbent length for the same child
/// (WHO Child Growth Standards, 2006): a measurement taken the other way than the table
/// expects is shifted by this much before it is compared.
pub const RECUMBENT_MINUS_STANDING_CM: f64 = 0.7;

/// Why an indicator has a value but no z-score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum NotScored {
    /// Corrected age is still before the due date; the standards start at term.
    BeforeTermEquivalent { days_before: i64 },
    /// Age (days) or length/height (cm) beyond the table.
    OutsideTable { x: f64, min: f64, max: f64 },
    /// Zero, negative or not a number: see the plausibility warnings.
    InvalidValue,
    /// The standard publishes no curve for this indicator (the 2023 Japanese survey has
    /// weight, length/height and head only).
    NotInStandard,
}

impl NotScored {
    /// Why there is no percentile, in a sentence a parent can read.
    pub fn message(self, lang: Lang) -> String {
        match self {
            NotScored::BeforeTermEquivalent { days_before } => crate::t!(
                lang,
                "growth-not-scored-before-due-date",
                days = days_before
            ),
            NotScored::OutsideTable { max, .. } => crate::t!(
                lang,
                "growth-not-scored-outside-table",
                end = table_end(max, lang)
            ),
            NotScored::InvalidValue => crate::t!(lang, "growth-not-scored-invalid"),
            NotScored::NotInStandard => crate::t!(lang, "growth-not-scored-not-in-standard"),
        }
    }
}

/// A table's end: days of age (≥ 400) as years and months, or cm (weight-for-length/
/// height, ≤ 120).
fn table_end(x: f64, lang: Lang) -> String {
    if x <= 200.0 {
        return crate::t!(lang, "growth-length-cm", cm = format!("{x:.0}"));
    }
    let months = (x / japan::DAYS_PER_MONTH).round() as i64;
    crate::t!(
        lang,
        "growth-age-years-months",
        years = months / 12,
        months = months % 12
    )
}

/// One indicator for one measurement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorResult {
    pub indicator: Indicator,
    pub standard: Standard,
    /// The value as entered (kg, cm), or the BMI computed from the entered values.
    pub measured: f64,
    /// The value compared with the table: length shifted by the 0.7 cm adjustment, BMI
    /// computed from the adjusted length.
    pub value: f64,
    /// Where on the table's x axis it was read: days of age (corrected when
    /// `age.is_corrected`), or cm of length/height for weight-for-length/height.
    pub x: f64,
    pub age: AgeUsed,
    /// Which table file was read (weight_for_length.csv or weight_for_height.csv matter).
    pub table: &'static str,
    /// +0.7 when a standing height was read against a recumbent-length table, −0.7 for
    /// the reverse, 0 otherwise.
    pub length_adjustment_cm: f64,
    pub position: Option<LengthPosition>,
    /// The position was not recorded and the usual one for the age was assumed.
    pub position_assumed: bool,
    pub z: Option<f64>,
    /// Φ(z) × 100 for WHO. For the Japanese survey, interpolated between the two
    /// percentile lines around the value (`percentile_interpolated`), and `None` below
    /// P3 or above P97.
    pub percentile: Option<f64>,
    /// The percentile was interpolated between published lines, not read from a
    /// distribution (Japanese survey).
    pub percentile_interpolated: bool,
    /// Which of the handbook's bands (below P3, P3–P10, …, above P97) the value is in.
    pub band: Option<PercentileBand>,
    /// WHO's beyond-±3 SD rule placed the z (weight-based indicators only).
    pub z_extrapolated: bool,
    pub not_scored: Option<NotScored>,
}

/// Reads one measurement against `standard`: one result per indicator whose inputs are
/// present (weight → weight-for-age; length → length/height-for-age; both →
/// weight-for-length/height and BMI-for-age; head → head-for-age).
///
/// Values that cannot be scored (before term-equivalent age, outside the table, zero)
/// come back with `not_scored` set rather than as an error: the record is still the
/// parent's record.
pub fn assess(
    child: &ChildGrowthFacts,
    m: &Measurement,
    standard: Standard,
) -> Result<Vec<IndicatorResult>, GrowthError> {
    let age =
        AgeUsed::on(child.birth, child.ga_at_birth, m.date).ok_or(GrowthError::BeforeBirth {
            date: m.date,
            birth: child.birth,
        })?;
    if standard == Standard::Japan2023 {
        return assess_japan(child.sex, &age, m);
    }
    let tables = require_who(standard)?;
    let mut out = Vec::with_capacity(5);
    for indicator in Indicator::ALL {
        if let Some(r) = assess_one(tables, child.sex, &age, m, indicator, standard) {
            out.push(r);
        }
    }
    Ok(out)
}

/// The length to compare, the adjustment applied, and whether the position was assumed.
pub(crate) fn adjusted_length(
    days_used: i64,
    length_cm: f64,
    position: Option<LengthPosition>,
) -> (f64, f64, bool) {
    let expected = if days_used < STANDING_FROM_DAYS {
        LengthPosition::Recumbent
    } else {
        LengthPosition::Standing
    };
    let adj = match (position, expected) {
        (None, _) => return (length_cm, 0.0, true),
        (Some(p), e) if p == e => 0.0,
        (Some(LengthPosition::Standing), _) => RECUMBENT_MINUS_STANDING_CM,
        (Some(LengthPosition::Recumbent), _) => -RECUMBENT_MINUS_STANDING_CM,
    };
    (length_cm + adj, adj, false)
}

/// The table for an indicator at an age; weight-for-length/height switches at 2 years.
pub(crate) fn table_for(tables: &WhoTables, indicator: Indicator, days_used: i64) -> &LmsTable {
    match indicator {
        Indicator::WeightForAge => &tables.weight_for_age,
        Indicator::LengthHeightForAge => &tables.length_height_for_age,
        Indicator::HeadForAge => &tables.head_for_age,
        Indicator::BmiForAge => &tables.bmi_for_age,
        Indicator::WeightForLengthHeight if days_used < STANDING_FROM_DAYS => {
            &tables.weight_for_length
        }
        Indicator::WeightForLengthHeight => &tables.weight_for_height,
    }
}

fn assess_one(
    tables: &WhoTables,
    sex: Sex,
    age: &AgeUsed,
    m: &Measurement,
    indicator: Indicator,
    standard: Standard,
) -> Option<IndicatorResult> {
    let days = age.days_used;
    let length = m.length_cm.map(|l| adjusted_length(days, l, m.position));
    let (measured, value, x, adj, assumed) = match indicator {
        Indicator::WeightForAge => {
            let w = m.weight_kg?;
            (w, w, days as f64, 0.0, false)
        }
        Indicator::HeadForAge => {
            let h = m.head_cm?;
            (h, h, days as f64, 0.0, false)
        }
        Indicator::LengthHeightForAge => {
            let (l, adj, assumed) = length?;
            (m.length_cm?, l, days as f64, adj, assumed)
        }
        Indicator::BmiForAge => {
            let w = m.weight_kg?;
            let (l, adj, assumed) = length?;
            let raw = m.length_cm?;
            (bmi(w, raw), bmi(w, l), days as f64, adj, assumed)
        }
        Indicator::WeightForLengthHeight => {
            let w = m.weight_kg?;
            let (l, adj, assumed) = length?;
            (w, w, l, adj, assumed)
        }
    };
    let table = table_for(tables, indicator, days);
    let age_based = indicator != Indicator::WeightForLengthHeight;
    let mut result = IndicatorResult {
        indicator,
        standard,
        measured,
        value,
        x,
        age: *age,
        table: table.file,
        length_adjustment_cm: adj,
        position: if m.length_cm.is_some() {
            m.position
        } else {
            None
        },
        position_assumed: assumed,
        z: None,
        percentile: None,
        percentile_interpolated: false,
        band: None,
        z_extrapolated: false,
        not_scored: None,
    };
    if age_based && days < 0 {
        result.not_scored = Some(NotScored::BeforeTermEquivalent { days_before: -days });
        return Some(result);
    }
    let x_ok = x.is_finite() && (x > 0.0 || (age_based && x == 0.0));
    if !(value.is_finite() && value > 0.0 && x_ok) {
        result.not_scored = Some(NotScored::InvalidValue);
        return Some(result);
    }
    let Some(lms) = table.at(sex, x) else {
        result.not_scored = Some(NotScored::OutsideTable {
            x,
            min: table.x0,
            max: table.x_max(),
        });
        return Some(result);
    };
    match who_z(lms, value, indicator.is_weight_based()) {
        Some(z) => {
            result.z = Some(z.z);
            let p = percentile_of_z(z.z);
            result.percentile = Some(p);
            result.band = Some(PercentileBand::of_percentile(p));
            result.z_extrapolated = z.extrapolated;
        }
        None => result.not_scored = Some(NotScored::InvalidValue),
    }
    Some(result)
}

/// The Japanese survey: weight, length/height and head against the percentile lines at
/// the age used (corrected for preterm children until 2 years, as for WHO). Lengths are
/// compared as entered: the survey measured lying before 2 years and standing after,
/// and publishes no conversion between the two. BMI and weight-for-length come back
/// as [`NotScored::NotInStandard`] so the caller can show WHO's instead.
fn assess_japan(
    sex: Sex,
    age: &AgeUsed,
    m: &Measurement,
) -> Result<Vec<IndicatorResult>, GrowthError> {
    let tables = japan::tables()?;
    let days = age.days_used;
    let mut out = Vec::with_capacity(5);
    for indicator in Indicator::ALL {
        let measured = match indicator {
            Indicator::WeightForAge => m.weight_kg,
            Indicator::LengthHeightForAge => m.length_cm,
            Indicator::HeadForAge => m.head_cm,
            Indicator::BmiForAge => m.weight_kg.zip(m.length_cm).map(|(w, l)| bmi(w, l)),
            Indicator::WeightForLengthHeight => m.length_cm.and(m.weight_kg),
        };
        let Some(measured) = measured else { continue };
        let has_length = m.length_cm.is_some()
            && matches!(
                indicator,
                Indicator::LengthHeightForAge
                    | Indicator::BmiForAge
                    | Indicator::WeightForLengthHeight
            );
        let mut r = IndicatorResult {
            indicator,
            standard: Standard::Japan2023,
            measured,
            value: measured,
            x: if indicator == Indicator::WeightForLengthHeight {
                m.length_cm.unwrap_or(0.0)
            } else {
                days as f64
            },
            age: *age,
            table: "jp-2023/percentiles.csv",
            length_adjustment_cm: 0.0,
            position: if has_length { m.position } else { None },
            position_assumed: has_length && m.position.is_none(),
            z: None,
            percentile: None,
            percentile_interpolated: false,
            band: None,
            z_extrapolated: false,
            not_scored: None,
        };
        let Some(curve) = tables.curve(indicator, sex) else {
            r.not_scored = Some(NotScored::NotInStandard);
            out.push(r);
            continue;
        };
        if days < 0 {
            r.not_scored = Some(NotScored::BeforeTermEquivalent { days_before: -days });
        } else if !(measured.is_finite() && measured > 0.0) {
            r.not_scored = Some(NotScored::InvalidValue);
        } else {
            match curve.place(days as f64, measured) {
                Some(p) => {
                    r.band = Some(p.band);
                    r.percentile = p.percentile;
                    r.percentile_interpolated = p.percentile.is_some();
                }
                None => {
                    r.not_scored = Some(NotScored::OutsideTable {
                        x: days as f64,
                        min: 0.0,
                        max: curve.x_max(),
                    })
                }
            }
        }
        out.push(r);
    }
    Ok(out)
}

fn bmi(weight_kg: f64, length_cm: f64) -> f64 {
    let m = length_cm / 100.0;
    weight_kg / (m * m)
}

/// z-score of one value at one x (days or cm), for callers that already hold the x:
/// the chart and the benchmarks.
pub(crate) fn z_at(
    sex: Sex,
    indicator: Indicator,
    days_used: i64,
    x: f64,
    value: f64,
) -> Result<Option<f64>, GrowthError> {
    let tables = who::tables()?;
    let table = table_for(tables, indicator, days_used);
    Ok(table
        .at(sex, x)
        .and_then(|lms| who_z(lms, value, indicator.is_weight_based()))
        .map(|z| z.z))
}

#[cfg(test)]
mod tests {
    //! z-scores checked against SD curves derived here, independently of the module's
    //! own table code: the CSV rows are re-read with a separate parser, the SD curves
    //! computed as M(1 + kLS)^(1/L) (WHO's definition of the SDk curves), and values
    //! beyond ±3 SD placed with WHO's SD2–SD3 rule written out longhand.
    use super::*;
    use crate::model::gestation::GestationalAge;
    use chrono::NaiveDate;

    const DATA: &[(&str, &str)] = &[
        (
            "weight_for_age",
            include_str!("../../data/growth/who/weight_for_age.csv"),
        ),
        (
            "length_height_for_age",
            include_str!("../../data/growth/who/length_height_for_age.csv"),
        ),
        (
            "head_circumference_for_age",
            include_str!("../../data/growth/who/head_circumference_for_age.csv"),
        ),
        (
            "bmi_for_age",
            include_str!("../../data/growth/who/bmi_for_age.csv"),
        ),
        (
            "weight_for_length",
            include_str!("../../data/growth/who/weight_for_length.csv"),
        ),
        (
            "weight_for_height",
            include_str!("../../data/growth/who/weight_for_height.csv"),
        ),
    ];

    /// The raw row (L, M, S) for `sex` at the x written exactly as in the file.
    fn raw_row(file: &str, sex: &str, x: &str) -> (f64, f64, f64) {
        let text = DATA.iter().find(|(n, _)| *n == file).unwrap().1;
        let prefix = format!("{sex},{x},");
        let line = text
            .lines()
            .find(|l| l.starts_with(&prefix))
            .unwrap_or_else(|| panic!("{file}: no row {prefix}"));
        let v: Vec<f64> = line[prefix.len()..]
            .split(',')
            .map(|c| c.parse().unwrap())
            .collect();
        (v[0], v[1], v[2])
    }

    /// SDk curve value: M(1 + kLS)^(1/L).
    fn sd_curve(l: f64, m: f64, s: f64, k: f64) -> f64 {
        if l == 0.0 {
            m * (k * s).exp()
        } else {
            m * (1.0 + k * l * s).powf(1.0 / l)
        }
    }

    /// Expected z of `y` per WHO 2006: LMS inside ±3 SD; beyond, for weight-based
    /// indicators, 3 + (y − SD3)/(SD3 − SD2) (and the mirror below).
    fn expected_z(l: f64, m: f64, s: f64, y: f64, weight_based: bool) -> f64 {
        let z = if l == 0.0 {
            (y / m).ln() / s
        } else {
            ((y / m).powf(l) - 1.0) / (l * s)
        };
        if !weight_based || z.abs() <= 3.0 {
            return z;
        }
        if z > 3.0 {
            let (sd2, sd3) = (sd_curve(l, m, s, 2.0), sd_curve(l, m, s, 3.0));
            3.0 + (y - sd3) / (sd3 - sd2)
        } else {
            let (sd2, sd3) = (sd_curve(l, m, s, -2.0), sd_curve(l, m, s, -3.0));
            -3.0 + (y - sd3) / (sd2 - sd3)
        }
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    const BIRTH: &str = "2020-01-01";

    fn child(sex: Sex) -> ChildGrowthFacts {
        ChildGrowthFacts {
            sex,
            birth: d(BIRTH),
            ga_at_birth: None,
        }
    }

    fn at_day(days: i64) -> Measurement {
        Measurement::on(d(BIRTH) + chrono::Duration::days(days))
    }

    fn result_for(sex: Sex, m: &Measurement, indicator: Indicator) -> IndicatorResult {
        assess(&child(sex), m, Standard::Who)
            .unwrap()
            .into_iter()
            .find(|r| r.indicator == indicator)
            .unwrap_or_else(|| panic!("no {indicator} result"))
    }

    /// 23 ages from birth to the end of the tables, including both sides of the
    /// length/height switch.
    const AGES: [i64; 23] = [
        0, 1, 7, 14, 30, 45, 61, 91, 122, 152, 183, 244, 305, 365, 456, 547, 638, 730, 731, 913,
        1095, 1461, 1856,
    ];

    /// The SD levels checked at each point: the seven published curves and four points
    /// beyond ±3 SD.
    const LEVELS: [f64; 11] = [-4.5, -3.5, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 3.5, 4.5];

    /// The value lying `k` SD away according to WHO: on the LMS curve inside ±3, and
    /// beyond on the straight continuation by the SD2–SD3 distance for weight-based
    /// indicators (the curve itself for length and head).
    fn value_at_level(l: f64, m: f64, s: f64, k: f64, weight_based: bool) -> f64 {
        if !weight_based || k.abs() <= 3.0 {
            sd_curve(l, m, s, k)
        } else if k > 0.0 {
            let (sd2, sd3) = (sd_curve(l, m, s, 2.0), sd_curve(l, m, s, 3.0));
            sd3 + (k - 3.0) * (sd3 - sd2)
        } else {
            let (sd2, sd3) = (sd_curve(l, m, s, -2.0), sd_curve(l, m, s, -3.0));
            sd3 + (k + 3.0) * (sd2 - sd3)
        }
    }

    fn check_age_based(indicator: Indicator, file: &str) {
        let weight_based = indicator.is_weight_based();
        let mut checked = 0;
        for (sex, code) in [(Sex::Male, "male"), (Sex::Female, "female")] {
            for days in AGES {
                let (l, m, s) = raw_row(file, code, &days.to_string());
                for k in LEVELS {
                    let y = value_at_level(l, m, s, k, weight_based);
                    let mut meas = at_day(days);
                    match indicator {
                        Indicator::WeightForAge => meas.weight_kg = Some(y),
                        Indicator::HeadForAge => meas.head_cm = Some(y),
                        Indicator::LengthHeightForAge => {
                            meas.length_cm = Some(y);
                            meas.position = Some(if days < 731 {
                                LengthPosition::Recumbent
                            } else {
                                LengthPosition::Standing
                            });
                        }
                        _ => unreachable!(),
                    }
                    let r = result_for(sex, &meas, indicator);
                    let z = r.z.unwrap();
                    assert!(
                        (z - k).abs() < 1e-9,
                        "{indicator} {code} day {days}: value {y} should be {k} SD, got {z}"
                    );
                    assert!((z - expected_z(l, m, s, y, weight_based)).abs() < 1e-9);
                    if k.abs() != 3.0 {
                        // On the SD3 curve itself either side is right (rounding).
                        assert_eq!(r.z_extrapolated, weight_based && k.abs() > 3.0);
                    }
                    assert_eq!(r.length_adjustment_cm, 0.0);
                    checked += 1;
                }
            }
        }
        assert!(checked >= 2 * 20 * LEVELS.len());
    }

    #[test]
    fn weight_for_age_matches_the_sd_curves() {
        check_age_based(Indicator::WeightForAge, "weight_for_age");
    }

    #[test]
    fn length_height_for_age_matches_the_sd_curves() {
        check_age_based(Indicator::LengthHeightForAge, "length_height_for_age");
    }

    #[test]
    fn head_for_age_matches_the_sd_curves() {
        check_age_based(Indicator::HeadForAge, "head_circumference_for_age");
    }

    #[test]
    fn bmi_for_age_matches_the_sd_curves() {
        // BMI is entered as weight and length: choose a length, derive the weight that
        // gives the BMI on the SDk curve.
        let mut checked = 0;
        for (sex, code) in [(Sex::Male, "male"), (Sex::Female, "female")] {
            for days in AGES {
                let (l, m, s) = raw_row("bmi_for_age", code, &days.to_string());
                let length = if days < 731 { 70.0 } else { 95.0 };
                for k in LEVELS {
                    let bmi = value_at_level(l, m, s, k, true);
                    let mut meas = at_day(days);
                    meas.length_cm = Some(length);
                    meas.position = Some(if days < 731 {
                        LengthPosition::Recumbent
                    } else {
                        LengthPosition::Standing
                    });
                    meas.weight_kg = Some(bmi * (length / 100.0).powi(2));
                    let r = result_for(sex, &meas, Indicator::BmiForAge);
                    let z = r.z.unwrap();
                    assert!((z - k).abs() < 1e-9, "bmi {code} day {days} k {k}: {z}");
                    assert!((z - expected_z(l, m, s, bmi, true)).abs() < 1e-9);
                    if k.abs() != 3.0 {
                        assert_eq!(r.z_extrapolated, k.abs() > 3.0);
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked >= 2 * 20 * LEVELS.len());
    }

    #[test]
    fn weight_for_length_and_height_match_the_sd_curves() {
        // 22 lengths on the recumbent table (age < 2 y) and 22 heights on the standing
        // table (age ≥ 2 y), written as in the files.
        let lengths = [
            "45", "46.3", "48.5", "50", "52.7", "55", "57.1", "60", "62.4", "65", "67.5", "70",
            "72.2", "75", "78.8", "80", "84.6", "88", "91.3", "95", "103.9", "110",
        ];
        let heights = [
            "65", "66.2", "68", "70.5", "73", "75.7", "78", "80", "83.3", "85", "87.9", "90",
            "92.1", "95", "98.6", "100", "103.4", "106", "109.9", "113", "117.2", "120",
        ];
        for (file, xs, days, position) in [
            (
                "weight_for_length",
                &lengths,
                300,
                LengthPosition::Recumbent,
            ),
            (
                "weight_for_height",
                &heights,
                1000,
                LengthPosition::Standing,
            ),
        ] {
            for (sex, code) in [(Sex::Male, "male"), (Sex::Female, "female")] {
                for x in xs.iter() {
                    let (l, m, s) = raw_row(file, code, x);
                    for k in LEVELS {
                        let y = value_at_level(l, m, s, k, true);
                        let mut meas = at_day(days);
                        meas.length_cm = Some(x.parse().unwrap());
                        meas.position = Some(position);
                        meas.weight_kg = Some(y);
                        let r = result_for(sex, &meas, Indicator::WeightForLengthHeight);
                        assert_eq!(r.table, format!("{file}.csv"));
                        let z = r.z.unwrap();
                        assert!((z - k).abs() < 1e-9, "{file} {code} {x} k {k}: {z}");
                        if k.abs() != 3.0 {
                            assert_eq!(r.z_extrapolated, k.abs() > 3.0);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn extrapolated_z_differs_from_the_plain_lms_z() {
        // Boy at birth, 6.0 kg: far above SD3 (5.03 kg). The LMS alone understates it.
        let (l, m, s) = raw_row("weight_for_age", "male", "0");
        let mut meas = at_day(0);
        meas.weight_kg = Some(6.0);
        let r = result_for(Sex::Male, &meas, Indicator::WeightForAge);
        let plain = ((6.0_f64 / m).powf(l) - 1.0) / (l * s);
        let sd3 = sd_curve(l, m, s, 3.0);
        let sd2 = sd_curve(l, m, s, 2.0);
        let who = 3.0 + (6.0 - sd3) / (sd3 - sd2);
        assert!(r.z_extrapolated);
        assert!((r.z.unwrap() - who).abs() < 1e-12);
        assert!(plain < who - 0.1, "plain {plain} vs WHO {who}");
        // Length is not weight-based: no extrapolation even far out.
        let mut meas = at_day(0);
        meas.length_cm = Some(60.0);
        meas.position = Some(LengthPosition::Recumbent);
        let r = result_for(Sex::Male, &meas, Indicator::LengthHeightForAge);
        assert!(!r.z_extrapolated);
        assert!(r.z.unwrap() > 5.0);
    }

    #[test]
    fn matches_the_published_who_tables_at_birth() {
        // WHO's printed z-score tables (-3..+3 SD, 1 decimal), month 0.
        for (sex, indicator, sd) in [
            (
                Sex::Male,
                Indicator::WeightForAge,
                [2.1, 2.5, 2.9, 3.3, 3.9, 4.4, 5.0],
            ),
            (
                Sex::Female,
                Indicator::WeightForAge,
                [2.0, 2.4, 2.8, 3.2, 3.7, 4.2, 4.8],
            ),
            (
                Sex::Male,
                Indicator::LengthHeightForAge,
                [44.2, 46.1, 48.0, 49.9, 51.8, 53.7, 55.6],
            ),
        ] {
            for (i, printed) in sd.into_iter().enumerate() {
                let k = i as f64 - 3.0;
                let mut meas = at_day(0);
                match indicator {
                    Indicator::WeightForAge => meas.weight_kg = Some(printed),
                    _ => meas.length_cm = Some(printed),
                }
                let z = result_for(sex, &meas, indicator).z.unwrap();
                // Rounded to 0.1: within half a rounding step of the curve.
                assert!((z - k).abs() < 0.2, "{sex} {indicator} {printed}: z {z}");
            }
        }
    }

    #[test]
    fn percentile_is_phi_of_z() {
        let (_, m, _) = raw_row("weight_for_age", "female", "183");
        let mut meas = at_day(183);
        meas.weight_kg = Some(m);
        let r = result_for(Sex::Female, &meas, Indicator::WeightForAge);
        assert!(r.z.unwrap().abs() < 1e-12);
        assert!((r.percentile.unwrap() - 50.0).abs() < 1e-9);
    }

    #[test]
    fn length_adjustment_follows_the_table_method() {
        let (_, m_len, _) = raw_row("length_height_for_age", "male", "400");
        // Standing at 400 days: the table is recumbent, so +0.7 cm.
        let mut meas = at_day(400);
        meas.length_cm = Some(m_len - 0.7);
        meas.position = Some(LengthPosition::Standing);
        let r = result_for(Sex::Male, &meas, Indicator::LengthHeightForAge);
        assert_eq!(r.length_adjustment_cm, 0.7);
        assert!((r.value - m_len).abs() < 1e-9);
        assert!(r.z.unwrap().abs() < 1e-9);
        // Recumbent at 1000 days: the table is standing, so −0.7 cm.
        let (_, m_h, _) = raw_row("length_height_for_age", "male", "1000");
        let mut meas = at_day(1000);
        meas.length_cm = Some(m_h + 0.7);
        meas.position = Some(LengthPosition::Recumbent);
        let r = result_for(Sex::Male, &meas, Indicator::LengthHeightForAge);
        assert_eq!(r.length_adjustment_cm, -0.7);
        assert!(r.z.unwrap().abs() < 1e-9);
        // Matching method or unknown position: no adjustment; unknown is flagged.
        let mut meas = at_day(1000);
        meas.length_cm = Some(m_h);
        let r = result_for(Sex::Male, &meas, Indicator::LengthHeightForAge);
        assert_eq!(r.length_adjustment_cm, 0.0);
        assert!(r.position_assumed);
        // Weight-for-length takes the adjusted length too: standing 74.3 at 400 days
        // is read at 75.0 cm on the length table.
        let (_, m_w, _) = raw_row("weight_for_length", "male", "75");
        let mut meas = at_day(400);
        meas.length_cm = Some(74.3);
        meas.position = Some(LengthPosition::Standing);
        meas.weight_kg = Some(m_w);
        let r = result_for(Sex::Male, &meas, Indicator::WeightForLengthHeight);
        assert!((r.x - 75.0).abs() < 1e-9);
        assert!(r.z.unwrap().abs() < 1e-9);
        // And BMI: computed from the adjusted length, reported from the entered one.
        let r = result_for(Sex::Male, &meas, Indicator::BmiForAge);
        assert!((r.value - m_w / 0.75_f64.powi(2)).abs() < 1e-9);
        assert!((r.measured - m_w / 0.743_f64.powi(2)).abs() < 1e-9);
    }

    #[test]
    fn preterm_children_are_read_at_corrected_age() {
        let preterm = ChildGrowthFacts {
            sex: Sex::Female,
            birth: d(BIRTH),
            ga_at_birth: Some(GestationalAge::from_weeks_days(30, 0)), // 70 days early
        };
        let (_, m_at_corrected, _) = raw_row("weight_for_age", "female", "50");
        let mut meas = at_day(120);
        meas.weight_kg = Some(m_at_corrected);
        let r = assess(&preterm, &meas, Standard::Who).unwrap();
        let w = r
            .iter()
            .find(|r| r.indicator == Indicator::WeightForAge)
            .unwrap();
        assert!(w.age.is_corrected);
        assert_eq!(w.x, 50.0);
        assert_eq!(w.age.chronological.days, 120);
        assert!(w.z.unwrap().abs() < 1e-9);
        // The same weight at chronological age would look low.
        let term = assess(&child(Sex::Female), &meas, Standard::Who).unwrap();
        assert!(term[0].z.unwrap() < -1.0);
        // Before the due date: recorded, not scored.
        let early = at_day(20);
        let mut early = early;
        early.weight_kg = Some(1.8);
        let r = assess(&preterm, &early, Standard::Who).unwrap();
        assert_eq!(
            r[0].not_scored,
            Some(NotScored::BeforeTermEquivalent { days_before: 50 })
        );
        assert_eq!(r[0].z, None);
    }

    #[test]
    fn corrected_age_decides_the_length_table_method() {
        // Born at 28w (84 days early), measured standing at chronological 720 days:
        // corrected age 636 days < 731, so the recumbent table applies and the
        // standing height is shifted +0.7 cm.
        let preterm = ChildGrowthFacts {
            sex: Sex::Male,
            birth: d(BIRTH),
            ga_at_birth: Some(GestationalAge::from_weeks_days(28, 0)),
        };
        let mut meas = at_day(720);
        meas.length_cm = Some(80.0);
        meas.position = Some(LengthPosition::Standing);
        let r = assess(&preterm, &meas, Standard::Who).unwrap();
        assert_eq!(r[0].x, 636.0);
        assert_eq!(r[0].length_adjustment_cm, 0.7);
        assert_eq!(r[0].table, "length_height_for_age.csv");
    }

    #[test]
    fn out_of_range_and_invalid_values_are_not_scored() {
        let mut meas = at_day(1900);
        meas.weight_kg = Some(18.0);
        let r = assess(&child(Sex::Male), &meas, Standard::Who).unwrap();
        assert!(matches!(
            r[0].not_scored,
            Some(NotScored::OutsideTable { .. })
        ));
        let mut meas = at_day(100);
        meas.weight_kg = Some(0.0);
        meas.length_cm = Some(30.0); // shorter than the weight-for-length table
        let r = assess(&child(Sex::Male), &meas, Standard::Who).unwrap();
        let w = r
            .iter()
            .find(|r| r.indicator == Indicator::WeightForAge)
            .unwrap();
        assert_eq!(w.not_scored, Some(NotScored::InvalidValue));
        let l = r
            .iter()
            .find(|r| r.indicator == Indicator::LengthHeightForAge)
            .unwrap();
        assert!(l.z.unwrap() < -10.0);
    }

    #[test]
    fn only_indicators_with_inputs_are_returned() {
        let mut meas = at_day(100);
        meas.head_cm = Some(40.0);
        let r = assess(&child(Sex::Male), &meas, Standard::Who).unwrap();
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].indicator, Indicator::HeadForAge);
        meas.weight_kg = Some(6.0);
        meas.length_cm = Some(60.0);
        let r = assess(&child(Sex::Male), &meas, Standard::Who).unwrap();
        assert_eq!(r.len(), 5);
    }

    #[test]
    fn dates_before_birth_are_refused() {
        let early = Measurement::on(d("2019-12-31"));
        assert!(matches!(
            assess(&child(Sex::Male), &early, Standard::Who),
            Err(GrowthError::BeforeBirth { .. })
        ));
    }

    mod properties {
        use super::*;
        use crate::growth::lms::who_value_at;
        use proptest::prelude::*;

        proptest! {
            /// Any z from −6 to +6 on any day: the value on that z-curve scores back to
            /// it, and a heavier child never scores lower.
            #[test]
            fn weight_for_age_round_trips_and_is_monotonic(
                day in 0i64..=1856,
                z in -6.0f64..6.0,
                dz in 0.001f64..1.0,
                male in any::<bool>(),
            ) {
                let sex = if male { Sex::Male } else { Sex::Female };
                let lms = who::tables().unwrap().weight_for_age.at(sex, day as f64).unwrap();
                let mut m = at_day(day);
                m.weight_kg = Some(who_value_at(lms, z, true));
                let got = result_for(sex, &m, Indicator::WeightForAge).z.unwrap();
                prop_assert!((got - z).abs() < 1e-8, "{got} vs {z}");
                m.weight_kg = Some(who_value_at(lms, z + dz, true));
                let higher = result_for(sex, &m, Indicator::WeightForAge).z.unwrap();
                prop_assert!(higher > got);
            }
        }
    }

    /// #16: a reference's end in English takes its plurals ("1 year 1 month", not
    /// "1 years 1 months"); Japanese has no English word.
    #[test]
    fn table_ends_are_worded_per_language() {
        let at = |months: f64| months * japan::DAYS_PER_MONTH;
        assert_eq!(table_end(at(13.0), Lang::En), "1 year 1 month");
        assert_eq!(table_end(at(36.0), Lang::En), "3 years");
        assert_eq!(table_end(at(78.0), Lang::En), "6 years 6 months");
        assert_eq!(table_end(at(13.0), Lang::Ja), "1歳1か月");
        assert_eq!(table_end(at(36.0), Lang::Ja), "3歳");
        assert_eq!(table_end(110.0, Lang::Ja), "110 cm");
        let n = NotScored::BeforeTermEquivalent { days_before: 1 };
        assert_eq!(
            n.message(Lang::En),
            "measured 1 day before the due date: the curves start at term"
        );
        assert_eq!(
            n.message(Lang::Ja),
            "出産予定日の1日前の記録のため、曲線と比べられません"
        );
    }
}

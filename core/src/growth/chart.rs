//! Chart data: the reference curves sampled for drawing and the child's points with
//! their z-scores, in one value the shells can draw without knowing any growth maths.

use chrono::NaiveDate;
use serde::Serialize;

use super::age::AgeUsed;
use super::assess::{adjusted_length, assess, table_for};
use super::lms::{HANDBOOK_PERCENTILES, who_value_at};
use super::who::{LmsTable, STANDING_FROM_DAYS};
use super::{ChildGrowthFacts, GrowthError, Indicator, Measurement, Standard, require_who};
use crate::model::Sex;

/// Which lines to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Bands {
    /// 3, 10, 25, 50, 75, 90, 97th percentiles, as the Japanese handbook draws them.
    Percentiles,
    /// −3 … +3 SD, as WHO prints its charts.
    SdLines,
}

/// What the x axis measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum XAxis {
    /// Days of age (corrected age for preterm children under 2 years).
    AgeDays,
    /// Recumbent length, cm (weight-for-length, under 2 years).
    LengthCm,
    /// Standing height, cm (weight-for-height, from 2 years).
    HeightCm,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChartPoint {
    pub x: f64,
    pub y: f64,
}

/// One reference line.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReferenceCurve {
    /// Short label drawn at the line's end: "97", "50", "+2SD", "0".
    pub label: String,
    pub percentile: Option<u8>,
    pub sd: Option<i8>,
    pub z: f64,
    pub points: Vec<ChartPoint>,
}

/// One of the child's measurements on the chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChildPoint {
    pub date: NaiveDate,
    pub x: f64,
    pub y: f64,
    pub z: Option<f64>,
    pub percentile: Option<f64>,
    pub age: AgeUsed,
    /// The age as the point's label says it, with the corrected age when it is used
    /// ("3か月12日（修正2か月）"): [`AgeUsed::label`] in every catalog language.
    pub age_labels: Vec<crate::text::Localized>,
}

impl ChildPoint {
    fn new(
        date: NaiveDate,
        x: f64,
        y: f64,
        z: Option<f64>,
        percentile: Option<f64>,
        age: AgeUsed,
    ) -> Self {
        ChildPoint {
            date,
            x,
            y,
            z,
            percentile,
            age,
            age_labels: crate::text::every_lang(|lang| age.label(lang)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChartData {
    pub indicator: Indicator,
    pub standard: Standard,
    pub sex: Sex,
    pub bands: Bands,
    pub x_axis: XAxis,
    /// Unit of y: "kg", "cm", "kg/m²".
    pub y_unit: &'static str,
    pub x_min: f64,
    pub x_max: f64,
    /// Suggested y range: the curves and points with a margin.
    pub y_min: f64,
    pub y_max: f64,
    /// Some point is plotted at corrected age: the chart should say "修正月齢".
    pub corrected_age: bool,
    /// Ordered from the lowest line to the highest.
    pub curves: Vec<ReferenceCurve>,
    /// In date order. Only measurements that have the indicator's values and fall in
    /// the x range.
    pub points: Vec<ChildPoint>,
    /// Measurements with the indicator's values that could not be placed (before
    /// term-equivalent age, outside the table).
    pub points_not_shown: u32,
}

/// Chart data with the handbook's percentile bands. See [`chart_with`].
pub fn chart(
    child: &ChildGrowthFacts,
    measurements: &[Measurement],
    indicator: Indicator,
    standard: Standard,
) -> Result<ChartData, GrowthError> {
    chart_with(child, measurements, indicator, standard, Bands::Percentiles)
}

/// Chart data for one indicator.
///
/// The x range is the handbook page the points fit on: 0–12 months, 0–24 months or
/// 0–5 years for age-based indicators; for weight-for-length/height, the length range
/// around the points. Weight-for-length/height is drawn on one table: the one for the
/// latest measurement's age; earlier lengths are shifted by 0.7 cm into that table's
/// method so that all points sit on the same axis.
pub fn chart_with(
    child: &ChildGrowthFacts,
    measurements: &[Measurement],
    indicator: Indicator,
    standard: Standard,
    bands: Bands,
) -> Result<ChartData, GrowthError> {
    if standard == Standard::Japan2023 {
        return chart_japan(child, measurements, indicator);
    }
    let tables = require_who(standard)?;
    let mut sorted: Vec<&Measurement> = measurements.iter().collect();
    sorted.sort_by_key(|m| m.date);

    // Score every relevant measurement once. One that cannot be read (dated before
    // the birth, a value outside every table: a row no parent could type, stored
    // before merges were checked) is counted as not shown; the rest are drawn.
    let mut scored = Vec::new();
    let mut not_shown = 0;
    for m in sorted {
        let r = match assess(child, m, standard) {
            Ok(r) => r,
            Err(GrowthError::BeforeBirth { .. } | GrowthError::OutOfRange { .. }) => {
                not_shown += 1;
                continue;
            }
            Err(e) => return Err(e),
        };
        if let Some(r) = r.into_iter().find(|r| r.indicator == indicator) {
            scored.push((m, r));
        }
    }

    let latest_days = scored.last().map(|(_, r)| r.age.days_used).unwrap_or(0);
    let table: &LmsTable = table_for(tables, indicator, latest_days);
    let x_axis = match indicator {
        Indicator::WeightForLengthHeight if latest_days < STANDING_FROM_DAYS => XAxis::LengthCm,
        Indicator::WeightForLengthHeight => XAxis::HeightCm,
        _ => XAxis::AgeDays,
    };

    let mut points = Vec::new();
    for (m, r) in &scored {
        let (x, y, z) = if x_axis == XAxis::AgeDays {
            (r.x, r.value, r.z)
        } else {
            // Re-read on the chart's table with the chart's method.
            let as_days = if x_axis == XAxis::LengthCm {
                0
            } else {
                STANDING_FROM_DAYS
            };
            let (len, _, _) = adjusted_length(as_days, m.length_cm.unwrap_or(r.x), m.position);
            let z = super::assess::z_at(child.sex, indicator, as_days, len, r.value)?;
            (len, r.value, z)
        };
        if z.is_none() {
            not_shown += 1;
            continue;
        }
        points.push(ChildPoint::new(
            m.date,
            x,
            y,
            z,
            z.map(super::lms::percentile_of_z),
            r.age,
        ));
    }

    let (x_min, x_max) = match x_axis {
        XAxis::AgeDays => {
            let last = points.iter().map(|p| p.x).fold(0.0, f64::max);
            let page = [365.0, 730.0, table.x_max()]
                .into_iter()
                .find(|p| last <= *p)
                .unwrap_or(table.x_max());
            (0.0, page)
        }
        _ if points.is_empty() => (table.x0, table.x_max()),
        _ => {
            let lo = points.iter().map(|p| p.x).fold(f64::INFINITY, f64::min);
            let hi = points.iter().map(|p| p.x).fold(f64::NEG_INFINITY, f64::max);
            let lo = ((lo - 5.0) / 5.0).floor() * 5.0;
            let hi = ((hi + 5.0) / 5.0).ceil() * 5.0;
            (lo.max(table.x0), hi.min(table.x_max()))
        }
    };

    let levels: Vec<(String, Option<u8>, Option<i8>, f64)> = match bands {
        Bands::Percentiles => HANDBOOK_PERCENTILES
            .iter()
            .map(|&(p, z)| (p.to_string(), Some(p), None, z))
            .collect(),
        Bands::SdLines => (-3..=3)
            .map(|k: i8| {
                let label = if k == 0 {
                    "0".to_string()
                } else {
                    format!("{k:+}SD")
                };
                (label, None, Some(k), f64::from(k))
            })
            .collect(),
    };
    let xs = sample_xs(x_axis, x_min, x_max);
    let weight_based = indicator.is_weight_based();
    let mut curves = Vec::with_capacity(levels.len());
    for (label, percentile, sd, z) in levels {
        let pts = xs
            .iter()
            .filter_map(|&x| {
                let lms = table.at(child.sex, x)?;
                Some(ChartPoint {
                    x,
                    y: who_value_at(lms, z, weight_based),
                })
            })
            .collect();
        curves.push(ReferenceCurve {
            label,
            percentile,
            sd,
            z,
            points: pts,
        });
    }

    let (lo, hi) = padded_y_range(&curves, &points);
    Ok(ChartData {
        indicator,
        standard,
        sex: child.sex,
        bands,
        x_axis,
        y_unit: indicator.unit(),
        x_min,
        x_max,
        y_min: lo.max(0.0),
        y_max: hi,
        corrected_age: points.iter().any(|p| p.age.is_corrected),
        curves,
        points,
        points_not_shown: not_shown,
    })
}

/// The handbook's page for the 2023 survey: the seven percentile lines through each
/// band's middle, joined monotonically; the child's points at the age used with their
/// band and interpolated percentile (no z: the survey published none). The infant page
/// (0–12 months) starts at 0 kg and 20 cm as the 2025 handbook's does, so that small
/// babies fit; later pages run to 2 years, then to the survey's end (6歳6か月, head
/// 3歳).
fn chart_japan(
    child: &ChildGrowthFacts,
    measurements: &[Measurement],
    indicator: Indicator,
) -> Result<ChartData, GrowthError> {
    let curve = super::japan::tables()?.curve(indicator, child.sex).ok_or(
        GrowthError::StandardUnavailable {
            standard: Standard::Japan2023,
            reason: crate::tid!("growth-reason-no-curve"),
        },
    )?;
    let mut sorted: Vec<&Measurement> = measurements.iter().collect();
    sorted.sort_by_key(|m| m.date);
    let mut points = Vec::new();
    let mut not_shown = 0;
    for m in sorted {
        let r = match assess(child, m, Standard::Japan2023) {
            Ok(r) => r,
            Err(GrowthError::BeforeBirth { .. } | GrowthError::OutOfRange { .. }) => {
                not_shown += 1;
                continue;
            }
            Err(e) => return Err(e),
        };
        let Some(r) = r.into_iter().find(|r| r.indicator == indicator) else {
            continue;
        };
        if r.band.is_none() {
            not_shown += 1;
            continue;
        }
        points.push(ChildPoint::new(
            m.date,
            r.x,
            r.value,
            None,
            r.percentile,
            r.age,
        ));
    }
    let last = points.iter().map(|p| p.x).fold(0.0, f64::max);
    let end = curve.x_max();
    let x_max = [365.0, 730.0, end]
        .into_iter()
        .find(|p| last <= *p && *p <= end)
        .unwrap_or(end);
    // The lines end at the last band's middle, where the survey's last values sit (the
    // handbook's curves end there too); a point in the second half of that band is
    // still placed against those values.
    let last_middle = curve.bands.last().map_or(0.0, |b| b.middle_days);
    let mut xs: Vec<f64> = sample_xs(XAxis::AgeDays, 0.0, x_max)
        .into_iter()
        .map(|x| x.min(last_middle))
        .collect();
    xs.dedup();
    let samples: Vec<(f64, [f64; 7])> = xs
        .iter()
        .filter_map(|&x| curve.lines_at(x).map(|v| (x, v)))
        .collect();
    let curves: Vec<ReferenceCurve> = HANDBOOK_PERCENTILES
        .iter()
        .enumerate()
        .map(|(k, &(p, z))| ReferenceCurve {
            label: p.to_string(),
            percentile: Some(p),
            sd: None,
            z,
            points: samples
                .iter()
                .map(|(x, v)| ChartPoint { x: *x, y: v[k] })
                .collect(),
        })
        .collect();
    let (lo, hi) = padded_y_range(&curves, &points);
    let infant_page = x_max <= 365.0;
    let y_min = match indicator {
        Indicator::WeightForAge if infant_page => 0.0,
        Indicator::LengthHeightForAge if infant_page => 20.0,
        _ => lo.max(0.0),
    };
    Ok(ChartData {
        indicator,
        standard: Standard::Japan2023,
        sex: child.sex,
        bands: Bands::Percentiles,
        x_axis: XAxis::AgeDays,
        y_unit: indicator.unit(),
        x_min: 0.0,
        x_max,
        y_min,
        y_max: hi,
        corrected_age: points.iter().any(|p| p.age.is_corrected),
        curves,
        points,
        points_not_shown: not_shown,
    })
}

/// The y range of the curves and the points, with a 4 % margin either side.
fn padded_y_range(curves: &[ReferenceCurve], points: &[ChildPoint]) -> (f64, f64) {
    let ys = curves
        .iter()
        .flat_map(|c| c.points.iter().map(|p| p.y))
        .chain(points.iter().map(|p| p.y));
    let (lo, hi) = ys.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), y| {
        (lo.min(y), hi.max(y))
    });
    let pad = (hi - lo) * 0.04;
    (lo - pad, hi + pad)
}

/// x values to sample the curves at: about 120–250 per curve, enough for smooth lines
/// at phone resolution without bloating the FFI payload. Always ends on `x_max`.
fn sample_xs(axis: XAxis, x_min: f64, x_max: f64) -> Vec<f64> {
    let step = match axis {
        XAxis::AgeDays if x_max <= 365.0 => 3.0,
        XAxis::AgeDays if x_max <= 730.0 => 5.0,
        XAxis::AgeDays => 14.0,
        _ => 0.5,
    };
    let n = ((x_max - x_min) / step).floor() as usize;
    let mut xs: Vec<f64> = (0..=n).map(|i| x_min + step * i as f64).collect();
    if xs.last().is_none_or(|&l| (x_max - l).abs() > 1e-9) {
        xs.push(x_max);
    }
    xs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LengthPosition;
    use crate::model::gestation::GestationalAge;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn girl() -> ChildGrowthFacts {
        ChildGrowthFacts {
            sex: Sex::Female,
            birth: d("2025-04-10"),
            ga_at_birth: None,
        }
    }

    fn monthly(child: &ChildGrowthFacts, n: u32) -> Vec<Measurement> {
        (0..n)
            .map(|k| {
                let date = child.birth + chrono::Months::new(k);
                let mut m = Measurement::on(date);
                m.weight_kg = Some(3.0 + 0.6 * f64::from(k));
                m.length_cm = Some(49.0 + 2.2 * f64::from(k));
                m.position = Some(LengthPosition::Recumbent);
                m.head_cm = Some(33.5 + 0.9 * f64::from(k));
                m
            })
            .collect()
    }

    #[test]
    fn first_year_chart_has_seven_percentile_curves_and_all_points() {
        let c = girl();
        let ms = monthly(&c, 13);
        let data = chart(&c, &ms, Indicator::WeightForAge, Standard::Who).unwrap();
        assert_eq!(data.x_axis, XAxis::AgeDays);
        assert_eq!((data.x_min, data.x_max), (0.0, 365.0));
        assert_eq!(data.curves.len(), 7);
        let labels: Vec<_> = data.curves.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["3", "10", "25", "50", "75", "90", "97"]);
        for curve in &data.curves {
            assert_eq!(curve.points.first().unwrap().x, 0.0);
            assert_eq!(curve.points.last().unwrap().x, 365.0);
        }
        // Curves are ordered and never cross.
        for i in 0..data.curves[0].points.len() {
            for w in data.curves.windows(2) {
                assert!(w[0].points[i].y < w[1].points[i].y);
            }
        }
        assert_eq!(data.points.len(), 13);
        assert!(data.points.iter().all(|p| p.z.is_some()));
        assert!(data.y_min <= 2.5 && data.y_max >= 11.0, "{data:?}");
        assert!(!data.corrected_age);
    }

    #[test]
    fn points_carry_the_same_z_as_assess() {
        let c = girl();
        let ms = monthly(&c, 6);
        let data = chart(&c, &ms, Indicator::HeadForAge, Standard::Who).unwrap();
        for (p, m) in data.points.iter().zip(&ms) {
            let r = assess(&c, m, Standard::Who).unwrap();
            let h = r
                .iter()
                .find(|r| r.indicator == Indicator::HeadForAge)
                .unwrap();
            assert_eq!(p.z, h.z);
        }
    }

    #[test]
    fn the_page_grows_with_the_child_and_sd_lines_are_available() {
        let c = girl();
        let ms = monthly(&c, 20);
        let data = chart_with(
            &c,
            &ms,
            Indicator::LengthHeightForAge,
            Standard::Who,
            Bands::SdLines,
        )
        .unwrap();
        assert_eq!(data.x_max, 730.0);
        let labels: Vec<_> = data.curves.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(
            labels,
            ["-3SD", "-2SD", "-1SD", "0", "+1SD", "+2SD", "+3SD"]
        );
        let empty = chart(&c, &[], Indicator::BmiForAge, Standard::Who).unwrap();
        assert_eq!(empty.x_max, 365.0);
        assert!(empty.points.is_empty());
    }

    #[test]
    fn preterm_points_sit_at_corrected_age() {
        let c = ChildGrowthFacts {
            sex: Sex::Male,
            birth: d("2025-04-10"),
            ga_at_birth: Some(GestationalAge::from_weeks_days(31, 0)), // 63 days early
        };
        let ms = monthly(&c, 6);
        let data = chart(&c, &ms, Indicator::WeightForAge, Standard::Who).unwrap();
        assert!(data.corrected_age);
        // Birth, 1 and 2 months are before term-equivalent: not drawn.
        assert_eq!(data.points_not_shown, 3);
        let first = &data.points[0];
        assert_eq!(first.x, (first.age.chronological.days - 63) as f64);
    }

    #[test]
    fn weight_for_length_uses_a_length_axis() {
        let c = girl();
        let ms = monthly(&c, 13);
        let data = chart(&c, &ms, Indicator::WeightForLengthHeight, Standard::Who).unwrap();
        assert_eq!(data.x_axis, XAxis::LengthCm);
        assert!(data.x_min <= 49.0 && data.x_max >= 75.4);
        assert_eq!(data.points.len(), 13);
    }

    #[test]
    fn japan2023_infant_page_starts_at_zero_kg_and_twenty_cm() {
        let c = girl();
        let ms = monthly(&c, 13);
        let w = chart(&c, &ms, Indicator::WeightForAge, Standard::Japan2023).unwrap();
        assert_eq!((w.x_min, w.x_max, w.y_min), (0.0, 365.0, 0.0));
        assert_eq!(w.curves.len(), 7);
        assert_eq!(w.points.len(), 13);
        assert!(w.points.iter().all(|p| p.z.is_none()));
        let l = chart(&c, &ms, Indicator::LengthHeightForAge, Standard::Japan2023).unwrap();
        assert_eq!(l.y_min, 20.0);
        // The curves pass through the published birth values (girls: P3 2.22, P97 3.66).
        assert!((w.curves[0].points[0].y - 2.22).abs() < 1e-9);
        assert!((w.curves[6].points[0].y - 3.66).abs() < 1e-9);
        // Never crossing.
        for i in 0..w.curves[0].points.len() {
            for pair in w.curves.windows(2) {
                assert!(pair[0].points[i].y < pair[1].points[i].y);
            }
        }
    }

    #[test]
    fn japan2023_has_no_bmi_chart_and_head_ends_at_three_years() {
        assert!(matches!(
            chart(&girl(), &[], Indicator::BmiForAge, Standard::Japan2023),
            Err(GrowthError::StandardUnavailable { .. })
        ));
        let c = girl();
        let mut m = Measurement::on(c.birth + chrono::Months::new(40));
        m.head_cm = Some(49.0);
        m.weight_kg = Some(14.0);
        let head = chart(&c, &[m], Indicator::HeadForAge, Standard::Japan2023).unwrap();
        assert_eq!(head.points_not_shown, 1);
        assert!(head.x_max <= 36.0 * 30.4375 + 1e-9);
        let w = chart(&c, &[m], Indicator::WeightForAge, Standard::Japan2023).unwrap();
        assert_eq!(w.points.len(), 1);
        assert!((w.x_max - 78.0 * 30.4375).abs() < 1e-9);
        // The lines stop at the last band's middle (6歳3か月), not in a flat tail.
        let last = w.curves[3].points.last().unwrap();
        assert!((last.x - 75.0 * 30.4375).abs() < 1e-9, "{}", last.x);
    }
}

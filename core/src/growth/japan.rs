//! The Japanese reference: 令和5年乳幼児身体発育調査 (こども家庭庁, published
//! 2024-12-25), whose 3/10/25/50/75/90/97 percentile lines the paper handbook draws
//! since 2025-04.
//!
//! The survey publishes seven percentile values per sex and age band (e-Stat 表1 体重,
//! 表2 身長, 表3 頭囲), not LMS parameters. The handbook's printed curves pass through
//! each band's value at the band's middle; this module does the same and joins the
//! middles with a monotone cubic (Fritsch–Carlson), so a curve never overshoots between
//! two bands and a rising line stays rising. A measurement is placed between the lines
//! of that curve: its band (below P3, P3–P10, …, above P97) is exact, and a percentile
//! is interpolated between the two lines around it (linearly in z = Φ⁻¹(p), so it is
//! exact on every line) and marked as interpolated. No z-score is derived: the survey
//! published none, and a fitted one would look more official than it is.
//!
//! Data and attribution: `core/data/growth/jp-2023/` (README: source tables, terms, how
//! the values were obtained and cross-checked).

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use super::lms::{HANDBOOK_PERCENTILES, normal_cdf};
use super::{GrowthError, Indicator, Lang};
use crate::model::Sex;

const PERCENTILES: &str = include_str!("../../data/growth/jp-2023/percentiles.csv");
const FILE: &str = "jp-2023/percentiles.csv";

/// WHO's average month, also used to place the survey's month bands on a day axis.
pub const DAYS_PER_MONTH: f64 = 30.4375;

/// The attribution the terms ask for, wherever the values are shown (charts, the
/// printed summary).
pub fn attribution(lang: Lang) -> &'static str {
    super::label_text(lang, crate::tid!("growth-attribution-japan"))
}

/// Where a measurement falls between the handbook's seven percentile lines. A value
/// exactly on a line belongs to the band above it (P10 exactly is "P10–P25").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum PercentileBand {
    BelowP3,
    P3ToP10,
    P10ToP25,
    P25ToP50,
    P50ToP75,
    P75ToP90,
    P90ToP97,
    AboveP97,
}

impl PercentileBand {
    pub const ALL: [PercentileBand; 8] = [
        PercentileBand::BelowP3,
        PercentileBand::P3ToP10,
        PercentileBand::P10ToP25,
        PercentileBand::P25ToP50,
        PercentileBand::P50ToP75,
        PercentileBand::P75ToP90,
        PercentileBand::P90ToP97,
        PercentileBand::AboveP97,
    ];

    /// The band of a percentile (0–100), with the same rule on the lines.
    pub fn of_percentile(p: f64) -> PercentileBand {
        let idx = HANDBOOK_PERCENTILES
            .iter()
            .take_while(|(line, _)| p >= f64::from(*line))
            .count();
        Self::ALL[idx]
    }

    /// The same code as in JSON (`p3_to_p10`).
    pub fn as_str(self) -> &'static str {
        match self {
            PercentileBand::BelowP3 => "below_p3",
            PercentileBand::P3ToP10 => "p3_to_p10",
            PercentileBand::P10ToP25 => "p10_to_p25",
            PercentileBand::P25ToP50 => "p25_to_p50",
            PercentileBand::P50ToP75 => "p50_to_p75",
            PercentileBand::P75ToP90 => "p75_to_p90",
            PercentileBand::P90ToP97 => "p90_to_p97",
            PercentileBand::AboveP97 => "above_p97",
        }
    }

    /// "3〜10パーセンタイル" / "3rd–10th percentile".
    pub fn label(self, lang: Lang) -> &'static str {
        super::label_text(lang, self.label_id())
    }

    /// The catalog id of [`PercentileBand::label`].
    pub fn label_id(self) -> &'static str {
        match self {
            PercentileBand::BelowP3 => crate::tid!("growth-band-below-p3"),
            PercentileBand::P3ToP10 => crate::tid!("growth-band-p3-p10"),
            PercentileBand::P10ToP25 => crate::tid!("growth-band-p10-p25"),
            PercentileBand::P25ToP50 => crate::tid!("growth-band-p25-p50"),
            PercentileBand::P50ToP75 => crate::tid!("growth-band-p50-p75"),
            PercentileBand::P75ToP90 => crate::tid!("growth-band-p75-p90"),
            PercentileBand::P90ToP97 => crate::tid!("growth-band-p90-p97"),
            PercentileBand::AboveP97 => crate::tid!("growth-band-above-p97"),
        }
    }

    /// Outside the shaded P3–P97 band: the handbook asks parents to talk to their
    /// doctor about a child whose curve runs outside it.
    pub fn outside_shaded_band(self) -> bool {
        matches!(self, PercentileBand::BelowP3 | PercentileBand::AboveP97)
    }
}

/// One age band of the survey, placed on a day axis.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveyBand {
    pub code: String,
    /// Days of age where the handbook's curve passes through the band's values.
    pub middle_days: f64,
    /// Last day of age the band covers (exclusive end of the band, in days).
    pub end_days: f64,
    /// P3, P10, P25, P50, P75, P90, P97.
    pub values: [f64; 7],
}

/// The lines of one measure for one sex: bands in age order with the monotone-cubic
/// slopes at each band middle, one slope set per percentile line.
#[derive(Debug)]
pub struct JapanCurve {
    pub bands: Vec<SurveyBand>,
    slopes: Vec<[f64; 7]>,
}

/// The three measures of the survey, both sexes.
#[derive(Debug)]
pub struct JapanTables {
    weight: [JapanCurve; 2],
    length: [JapanCurve; 2],
    head: [JapanCurve; 2],
}

impl JapanTables {
    /// The curve for an indicator the survey covers; `None` for BMI and
    /// weight-for-length/height, which the survey does not publish as percentiles.
    pub fn curve(&self, indicator: Indicator, sex: Sex) -> Option<&JapanCurve> {
        let i = match sex {
            Sex::Male => 0,
            Sex::Female => 1,
        };
        match indicator {
            Indicator::WeightForAge => Some(&self.weight[i]),
            Indicator::LengthHeightForAge => Some(&self.length[i]),
            Indicator::HeadForAge => Some(&self.head[i]),
            Indicator::BmiForAge | Indicator::WeightForLengthHeight => None,
        }
    }
}

/// Whether the survey publishes percentiles for this indicator.
pub fn covers(indicator: Indicator) -> bool {
    matches!(
        indicator,
        Indicator::WeightForAge | Indicator::LengthHeightForAge | Indicator::HeadForAge
    )
}

/// Where one value stands against the survey's lines at one age.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    pub band: PercentileBand,
    /// Interpolated between the two lines around the value; `None` below P3 or above
    /// P97 (the survey says nothing about how far out).
    pub percentile: Option<f64>,
}

impl JapanCurve {
    /// First day the curve covers (day 0) and the last (end of the last band).
    pub fn x_max(&self) -> f64 {
        self.bands.last().map_or(0.0, |b| b.end_days)
    }

    /// The seven line values at `days` of age; `None` before birth or after the last
    /// band ends. Between the last band's middle and its end the band's own values
    /// hold (there is no later band to join).
    pub fn lines_at(&self, days: f64) -> Option<[f64; 7]> {
        let first = self.bands.first()?;
        if !(days.is_finite() && days >= first.middle_days && days < self.x_max()) {
            return None;
        }
        let last = self.bands.len() - 1;
        if days >= self.bands[last].middle_days {
            return Some(self.bands[last].values);
        }
        let i = self
            .bands
            .windows(2)
            .position(|w| days < w[1].middle_days)
            .unwrap_or(last - 1);
        let (a, b) = (&self.bands[i], &self.bands[i + 1]);
        let h = b.middle_days - a.middle_days;
        let t = (days - a.middle_days) / h;
        let (h00, h10, h01, h11) = (
            (1.0 + 2.0 * t) * (1.0 - t) * (1.0 - t),
            t * (1.0 - t) * (1.0 - t),
            t * t * (3.0 - 2.0 * t),
            t * t * (t - 1.0),
        );
        let mut out = [0.0; 7];
        for (k, v) in out.iter_mut().enumerate() {
            *v = h00 * a.values[k]
                + h10 * h * self.slopes[i][k]
                + h01 * b.values[k]
                + h11 * h * self.slopes[i + 1][k];
        }
        Some(out)
    }

    /// The band and interpolated percentile of `value` at `days`; `None` off the
    /// curve's age range or for a value that is not a positive number.
    pub fn place(&self, days: f64, value: f64) -> Option<Placement> {
        if !(value.is_finite() && value > 0.0) {
            return None;
        }
        let lines = self.lines_at(days)?;
        Some(place_between(&lines, value))
    }
}

/// Places `value` between seven ascending line values.
pub fn place_between(lines: &[f64; 7], value: f64) -> Placement {
    let above = lines.iter().take_while(|v| value >= **v).count();
    let band = PercentileBand::ALL[above];
    let percentile = match above {
        0 => None,
        7 if value > lines[6] => None,
        7 => Some(97.0),
        k => {
            let (lo, hi) = (lines[k - 1], lines[k]);
            let (z_lo, z_hi) = (HANDBOOK_PERCENTILES[k - 1].1, HANDBOOK_PERCENTILES[k].1);
            let t = (value - lo) / (hi - lo);
            // Exact on the lower line; never rounds up to the next line.
            if t == 0.0 {
                Some(f64::from(HANDBOOK_PERCENTILES[k - 1].0))
            } else {
                Some(100.0 * normal_cdf(z_lo + t * (z_hi - z_lo)))
            }
        }
    };
    Placement { band, percentile }
}

static TABLES: LazyLock<Result<JapanTables, GrowthError>> = LazyLock::new(|| parse(PERCENTILES));

pub fn tables() -> Result<&'static JapanTables, GrowthError> {
    TABLES.as_ref().map_err(Clone::clone)
}

fn data_error(line: usize, message: impl Into<String>) -> GrowthError {
    GrowthError::Data {
        file: FILE,
        line,
        message: message.into(),
    }
}

/// Where the handbook's curve passes through a band: day 0 at birth, day 30 for the
/// 1-month checkup, otherwise the middle of the band's month span.
fn middle_days(code: &str, from_months: f64, to_months: f64) -> f64 {
    match code {
        "birth" => 0.0,
        "d30" => 30.0,
        _ => (from_months + to_months) / 2.0 * DAYS_PER_MONTH,
    }
}

pub(crate) fn parse(text: &str) -> Result<JapanTables, GrowthError> {
    let mut lines = text.lines().enumerate();
    let header = lines.next().map(|(_, l)| l).unwrap_or_default();
    let expected = "table,measure,unit,sex,band,band_ja,age_months_from,age_months_to,p3,p10,p25,p50,p75,p90,p97";
    if header.trim() != expected {
        return Err(data_error(1, format!("unexpected header {header:?}")));
    }
    // measure (weight, height, head) × sex (male, female)
    let mut bands: [[Vec<SurveyBand>; 2]; 3] = Default::default();
    for (i, line) in lines {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split(',').collect();
        if cells.len() != 15 {
            return Err(data_error(n, format!("{} cells, expected 15", cells.len())));
        }
        let m = match cells[1] {
            "weight" => 0,
            "height" => 1,
            "head" => 2,
            other => return Err(data_error(n, format!("unknown measure {other:?}"))),
        };
        let s = match cells[3] {
            "male" => 0,
            "female" => 1,
            other => return Err(data_error(n, format!("unknown sex {other:?}"))),
        };
        let num = |c: &str| -> Result<f64, GrowthError> {
            c.parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or_else(|| data_error(n, format!("{c:?} is not a number")))
        };
        let (from, to) = (num(cells[6])?, num(cells[7])?);
        let mut values = [0.0; 7];
        for (k, v) in values.iter_mut().enumerate() {
            *v = num(cells[8 + k])?;
        }
        if values.windows(2).any(|w| w[0] >= w[1]) || values[0] <= 0.0 {
            return Err(data_error(n, "percentiles do not rise from p3 to p97"));
        }
        let code = cells[4].to_string();
        let end_days = if to > from {
            to * DAYS_PER_MONTH
        } else {
            // birth and d30 are single days; the next band starts right after.
            middle_days(&code, from, to) + 1.0
        };
        bands[m][s].push(SurveyBand {
            middle_days: middle_days(&code, from, to),
            end_days,
            code,
            values,
        });
    }
    let curve = |b: Vec<SurveyBand>, what: &str| -> Result<JapanCurve, GrowthError> {
        if b.len() < 2 {
            return Err(data_error(0, format!("{what}: fewer than two bands")));
        }
        if b.windows(2).any(|w| w[0].middle_days >= w[1].middle_days) {
            return Err(data_error(0, format!("{what}: bands out of age order")));
        }
        let slopes = monotone_slopes(&b);
        Ok(JapanCurve { bands: b, slopes })
    };
    let [weight, length, head] = bands;
    let [wm, wf] = weight;
    let [lm, lf] = length;
    let [hm, hf] = head;
    Ok(JapanTables {
        weight: [curve(wm, "weight male")?, curve(wf, "weight female")?],
        length: [curve(lm, "height male")?, curve(lf, "height female")?],
        head: [curve(hm, "head male")?, curve(hf, "head female")?],
    })
}

/// Fritsch–Carlson slopes (SIAM J. Numer. Anal. 17(2), 1980) for each of the seven
/// lines: the cubic Hermite curve through the band middles with these slopes is
/// monotone wherever the data are.
#[allow(clippy::needless_range_loop)] // k indexes the lines across several arrays
fn monotone_slopes(bands: &[SurveyBand]) -> Vec<[f64; 7]> {
    let n = bands.len();
    let mut slopes = vec![[0.0; 7]; n];
    for k in 0..7 {
        let d: Vec<f64> = bands
            .windows(2)
            .map(|w| (w[1].values[k] - w[0].values[k]) / (w[1].middle_days - w[0].middle_days))
            .collect();
        let h: Vec<f64> = bands
            .windows(2)
            .map(|w| w[1].middle_days - w[0].middle_days)
            .collect();
        slopes[0][k] = d[0];
        slopes[n - 1][k] = d[n - 2];
        for i in 1..n - 1 {
            slopes[i][k] = if d[i - 1] * d[i] <= 0.0 {
                0.0
            } else {
                // Weighted harmonic mean (Fritsch–Butland form), which keeps the curve
                // monotone on uneven spacing (one-month then six-month bands).
                let (w1, w2) = (2.0 * h[i] + h[i - 1], h[i] + 2.0 * h[i - 1]);
                (w1 + w2) / (w1 / d[i - 1] + w2 / d[i])
            };
        }
        // End slopes must not overshoot either.
        for i in [0, n - 1] {
            let di = if i == 0 { d[0] } else { d[n - 2] };
            if slopes[i][k] * di <= 0.0 {
                slopes[i][k] = 0.0;
            } else if slopes[i][k].abs() > 3.0 * di.abs() {
                slopes[i][k] = 3.0 * di;
            }
        }
    }
    slopes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file re-read with a separate, naive parser: (measure, sex, band) → values.
    fn published() -> Vec<(String, String, String, f64, f64, [f64; 7])> {
        PERCENTILES
            .lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let c: Vec<&str> = l.split(',').collect();
                let mut v = [0.0; 7];
                for k in 0..7 {
                    v[k] = c[8 + k].parse().unwrap();
                }
                (
                    c[1].to_string(),
                    c[3].to_string(),
                    c[4].to_string(),
                    c[6].parse().unwrap(),
                    c[7].parse().unwrap(),
                    v,
                )
            })
            .collect()
    }

    fn curve_for(measure: &str, sex: &str) -> &'static JapanCurve {
        let indicator = match measure {
            "weight" => Indicator::WeightForAge,
            "height" => Indicator::LengthHeightForAge,
            _ => Indicator::HeadForAge,
        };
        let sex = if sex == "male" {
            Sex::Male
        } else {
            Sex::Female
        };
        tables().unwrap().curve(indicator, sex).unwrap()
    }

    #[test]
    fn the_bundled_table_parses_with_every_band() {
        let t = tables().unwrap();
        for sex in [Sex::Male, Sex::Female] {
            assert_eq!(
                t.curve(Indicator::WeightForAge, sex).unwrap().bands.len(),
                24
            );
            assert_eq!(
                t.curve(Indicator::LengthHeightForAge, sex)
                    .unwrap()
                    .bands
                    .len(),
                24
            );
            assert_eq!(t.curve(Indicator::HeadForAge, sex).unwrap().bands.len(), 17);
            assert!(t.curve(Indicator::BmiForAge, sex).is_none());
        }
        assert_eq!(published().len(), 130);
    }

    #[test]
    fn every_published_value_is_placed_at_its_percentile_at_the_band_middle() {
        let mut checked = 0;
        for (measure, sex, band, from, to, values) in published() {
            let curve = curve_for(&measure, &sex);
            let x = match band.as_str() {
                "birth" => 0.0,
                "d30" => 30.0,
                _ => (from + to) / 2.0 * 30.4375,
            };
            for (k, (p, _)) in HANDBOOK_PERCENTILES.iter().enumerate() {
                let placed = curve.place(x, values[k]).unwrap();
                let got = placed.percentile.unwrap();
                assert!(
                    (got - f64::from(*p)).abs() <= 1.0,
                    "{measure} {sex} {band} P{p} = {}: placed at {got}",
                    values[k]
                );
                assert_eq!(placed.band, PercentileBand::of_percentile(f64::from(*p)));
                checked += 1;
            }
        }
        assert_eq!(checked, 130 * 7);
    }

    #[test]
    fn curves_rise_never_cross_and_pass_through_the_band_middles() {
        for measure in ["weight", "height", "head"] {
            for sex in ["male", "female"] {
                let c = curve_for(measure, sex);
                let mut prev: Option<[f64; 7]> = None;
                let mut x = 0.0;
                while x < c.x_max() {
                    let v = c.lines_at(x).unwrap();
                    assert!(
                        v.windows(2).all(|w| w[0] < w[1]),
                        "{measure} {sex} {x}: {v:?}"
                    );
                    if let Some(p) = prev {
                        for k in 0..7 {
                            assert!(v[k] >= p[k] - 1e-9, "{measure} {sex} falls at day {x}");
                        }
                    }
                    prev = Some(v);
                    x += 1.0;
                }
                assert!(c.lines_at(c.x_max()).is_none());
                assert!(c.lines_at(-1.0).is_none());
            }
        }
    }

    #[test]
    fn bands_and_percentiles_between_and_beyond_the_lines() {
        let lines = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0];
        let p = place_between(&lines, 0.5);
        assert_eq!((p.band, p.percentile), (PercentileBand::BelowP3, None));
        let p = place_between(&lines, 7.5);
        assert_eq!((p.band, p.percentile), (PercentileBand::AboveP97, None));
        let p = place_between(&lines, 7.0);
        assert_eq!(
            (p.band, p.percentile),
            (PercentileBand::AboveP97, Some(97.0))
        );
        let p = place_between(&lines, 4.5);
        assert_eq!(p.band, PercentileBand::P50ToP75);
        let pct = p.percentile.unwrap();
        assert!(pct > 50.0 && pct < 75.0);
        // Halfway in z between P50 and P75: Φ(0.3372…) ≈ 63.2.
        assert!((pct - 63.2).abs() < 0.1, "{pct}");
        assert_eq!(PercentileBand::of_percentile(2.9), PercentileBand::BelowP3);
        assert_eq!(
            PercentileBand::of_percentile(10.0),
            PercentileBand::P10ToP25
        );
    }

    #[test]
    fn head_ends_at_three_years_and_weight_at_six_and_a_half() {
        let head = curve_for("head", "female");
        assert!((head.x_max() - 36.0 * 30.4375).abs() < 1e-9);
        let w = curve_for("weight", "male");
        assert!((w.x_max() - 78.0 * 30.4375).abs() < 1e-9);
        assert!(w.lines_at(77.9 * 30.4375).is_some());
        assert!(w.lines_at(78.0 * 30.4375).is_none());
    }

    #[test]
    fn malformed_tables_are_typed_errors() {
        assert!(matches!(
            parse("nope"),
            Err(GrowthError::Data { line: 1, .. })
        ));
        let header = PERCENTILES.lines().next().unwrap();
        let bad = format!("{header}\nx,weight,kg,male,birth,b,0,0,3,2,1,4,5,6,7\n");
        assert!(matches!(
            parse(&bad),
            Err(GrowthError::Data { line: 2, .. })
        ));
    }
}

//! Warnings for values that are probably typos: 75 kg for 7.5 kg, 6.8 cm for 68 cm, a
//! weight from the wrong child. They ask the parent to look again; they never refuse the
//! value, because a real, alarming measurement must be recordable too.

use serde::Serialize;

use super::assess::{IndicatorResult, assess};
use super::lms::who_z;
use super::who;
use super::{ChildGrowthFacts, Indicator, Lang, Measurement, Standard};

/// Beyond this many SD a value is almost surely an entry error (WHO flags ±5 SD on
/// weight-for-length/height as biologically implausible).
pub const IMPLAUSIBLE_Z: f64 = 5.0;
/// Children rarely cross two SD bands between visits; more is worth a second look.
pub const JUMP_Z: f64 = 2.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum PlausibilityKind {
    /// |z| > 5.
    OutsideFiveSd,
    /// |z − previous z| > 2 on the same indicator.
    JumpOverTwoSd,
    /// Zero, negative or not a number.
    NotPositive,
    /// Dated before the birth.
    BeforeBirth,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PlausibilityWarning {
    pub kind: PlausibilityKind,
    pub indicator: Option<Indicator>,
    pub z: Option<f64>,
    pub previous_z: Option<f64>,
    pub message_ja: String,
    pub message_en: String,
}

impl PlausibilityWarning {
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.message_ja,
            Lang::En => &self.message_en,
        }
    }
}

/// Checks `new` against the WHO standard (always bundled) and against `previous`.
///
/// BMI is left out: it is derived from weight and length, which are checked themselves,
/// and would only repeat their warnings.
pub fn plausibility(
    child: &ChildGrowthFacts,
    previous: Option<&Measurement>,
    new: &Measurement,
) -> Vec<PlausibilityWarning> {
    let mut out = Vec::new();
    for (field_ja, field_en, v) in [
        ("体重", "Weight", new.weight_kg),
        ("身長", "Length/height", new.length_cm),
        ("頭囲", "Head circumference", new.head_cm),
    ] {
        if let Some(v) = v.filter(|v| !(v.is_finite() && *v > 0.0)) {
            out.push(PlausibilityWarning {
                kind: PlausibilityKind::NotPositive,
                indicator: None,
                z: None,
                previous_z: None,
                message_ja: format!("{field_ja}が{v}になっています。入力を確認してください。"),
                message_en: format!("{field_en} is {v}. Please check the entry."),
            });
        }
    }
    let results = match assess(child, new, Standard::Who) {
        Ok(r) => r,
        Err(_) => {
            // Only a date before the birth gets here (WHO tables are bundled and
            // proven to parse); say so and stop.
            if new.date < child.birth {
                out.push(PlausibilityWarning {
                    kind: PlausibilityKind::BeforeBirth,
                    indicator: None,
                    z: None,
                    previous_z: None,
                    message_ja: format!(
                        "測定日 {} が生年月日 {} より前です。日付を確認してください。",
                        new.date, child.birth
                    ),
                    message_en: format!(
                        "The date {} is before the birth on {}. Please check the date.",
                        new.date, child.birth
                    ),
                });
            }
            return out;
        }
    };
    let previous_results = previous
        .and_then(|p| assess(child, p, Standard::Who).ok())
        .unwrap_or_default();
    for r in results
        .iter()
        .filter(|r| r.indicator != Indicator::BmiForAge)
    {
        let Some(z) = r.z else { continue };
        if z.abs() > IMPLAUSIBLE_Z {
            out.push(outside(child, r, z));
            continue;
        }
        let prev_z = previous_results
            .iter()
            .find(|p| p.indicator == r.indicator)
            .and_then(|p| p.z);
        if let Some(pz) = prev_z.filter(|pz| (z - pz).abs() > JUMP_Z) {
            out.push(jump(r, z, pz));
        }
    }
    out
}

fn outside(child: &ChildGrowthFacts, r: &IndicatorResult, z: f64) -> PlausibilityWarning {
    let (name_ja, name_en) = measured_name(r.indicator);
    let unit = r.indicator.unit();
    let suggestion = decimal_slip(child, r);
    let (hint_ja, hint_en) = match suggestion {
        Some(s) => (
            format!("（{s:.1} {unit} の入力ミスではありませんか？）"),
            format!(" (did you mean {s:.1} {unit}?)"),
        ),
        None => (String::new(), String::new()),
    };
    PlausibilityWarning {
        kind: PlausibilityKind::OutsideFiveSd,
        indicator: Some(r.indicator),
        z: Some(z),
        previous_z: None,
        message_ja: format!(
            "{name_ja} {:.1} {unit} は基準から大きく外れています（z = {z:+.1}）{hint_ja}。\
             測定値を確認してください。記録はそのまま保存できます。",
            r.measured
        ),
        message_en: format!(
            "{name_en} {:.1} {unit} is far outside the reference (z = {z:+.1}){hint_en}. \
             Please check the value; it can still be saved as entered.",
            r.measured
        ),
    }
}

/// What the parent typed, named plainly: the value in the message is the weight even
/// when the indicator is weight-for-length.
fn measured_name(indicator: Indicator) -> (&'static str, &'static str) {
    match indicator {
        Indicator::WeightForAge | Indicator::WeightForLengthHeight => ("体重", "Weight"),
        Indicator::LengthHeightForAge => ("身長", "Length/height"),
        Indicator::HeadForAge => ("頭囲", "Head circumference"),
        Indicator::BmiForAge => ("BMI", "BMI"),
    }
}

fn jump(r: &IndicatorResult, z: f64, pz: f64) -> PlausibilityWarning {
    let (name_ja, name_en) = (r.indicator.label(Lang::Ja), r.indicator.label(Lang::En));
    let delta = (z - pz).abs();
    PlausibilityWarning {
        kind: PlausibilityKind::JumpOverTwoSd,
        indicator: Some(r.indicator),
        z: Some(z),
        previous_z: Some(pz),
        message_ja: format!(
            "{name_ja}のzスコアが前回の {pz:+.1} から {z:+.1} へ {delta:.1} SD 変わりました。\
             測定値や日付を確認してください。記録はそのまま保存できます。"
        ),
        message_en: format!(
            "{name_en} z-score moved {delta:.1} SD since the previous measurement \
             ({pz:+.1} → {z:+.1}). Please check the value and date; it can still be saved \
             as entered."
        ),
    }
}

/// If moving the decimal point one place brings the value within ±3 SD, that value:
/// the commonest typo (75 for 7.5 kg, 6.8 for 68 cm).
fn decimal_slip(child: &ChildGrowthFacts, r: &IndicatorResult) -> Option<f64> {
    if r.length_adjustment_cm != 0.0 || r.indicator == Indicator::WeightForLengthHeight {
        // Adjusted lengths and weight-for-length depend on two inputs; a guess would
        // be more confusing than helpful.
        return None;
    }
    let tables = who::tables().ok()?;
    let table = super::assess::table_for(tables, r.indicator, r.age.days_used);
    let lms = table.at(child.sex, r.x)?;
    [r.measured / 10.0, r.measured * 10.0]
        .into_iter()
        .find(|c| who_z(lms, *c, r.indicator.is_weight_based()).is_some_and(|z| z.z.abs() <= 3.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LengthPosition, Sex};
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn boy() -> ChildGrowthFacts {
        ChildGrowthFacts {
            sex: Sex::Male,
            birth: d("2025-04-01"),
            ga_at_birth: None,
        }
    }

    fn weight(date: &str, kg: f64) -> Measurement {
        let mut m = Measurement::on(d(date));
        m.weight_kg = Some(kg);
        m
    }

    #[test]
    fn ordinary_growth_raises_nothing() {
        let prev = weight("2025-09-01", 7.6);
        let new = weight("2025-10-01", 8.0);
        assert!(plausibility(&boy(), Some(&prev), &new).is_empty());
        assert!(plausibility(&boy(), None, &new).is_empty());
    }

    #[test]
    fn seventy_five_kilograms_is_flagged_with_the_likely_typo() {
        let new = weight("2025-10-01", 75.0);
        let w = plausibility(&boy(), None, &new);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].kind, PlausibilityKind::OutsideFiveSd);
        assert_eq!(w[0].indicator, Some(Indicator::WeightForAge));
        assert!(w[0].z.unwrap() > 5.0);
        assert!(w[0].message_ja.contains("7.5 kg"), "{}", w[0].message_ja);
        assert!(
            w[0].message_en.contains("did you mean 7.5 kg"),
            "{}",
            w[0].message_en
        );
        assert!(w[0].message(Lang::Ja).contains("保存できます"));
    }

    #[test]
    fn a_length_missing_a_digit_is_flagged() {
        let mut new = Measurement::on(d("2025-10-01"));
        new.length_cm = Some(6.8);
        new.position = Some(LengthPosition::Recumbent);
        let w = plausibility(&boy(), None, &new);
        assert_eq!(w[0].kind, PlausibilityKind::OutsideFiveSd);
        assert!(w[0].z.unwrap() < -5.0);
        assert!(w[0].message_en.contains("68.0 cm"), "{}", w[0].message_en);
    }

    #[test]
    fn just_inside_five_sd_is_not_flagged_and_just_outside_is() {
        // z of exactly ±5 is allowed; the rule is |z| > 5.
        let tables = who::tables().unwrap();
        let lms = tables.head_for_age.at(Sex::Male, 183.0).unwrap();
        let mut m = Measurement::on(d("2025-10-01")); // day 183
        m.head_cm = Some(lms.value_at(4.99));
        assert!(plausibility(&boy(), None, &m).is_empty());
        m.head_cm = Some(lms.value_at(5.01));
        assert_eq!(
            plausibility(&boy(), None, &m)[0].kind,
            PlausibilityKind::OutsideFiveSd
        );
        m.head_cm = Some(lms.value_at(-5.01));
        assert_eq!(
            plausibility(&boy(), None, &m)[0].kind,
            PlausibilityKind::OutsideFiveSd
        );
    }

    #[test]
    fn a_jump_of_more_than_two_sd_is_flagged_both_ways() {
        let tables = who::tables().unwrap();
        let at = |days: f64, z: f64| {
            super::super::lms::who_value_at(
                tables.weight_for_age.at(Sex::Male, days).unwrap(),
                z,
                true,
            )
        };
        // Day 153 (2025-09-01) and 183 (2025-10-01).
        let prev = weight("2025-09-01", at(153.0, 0.0));
        let up = weight("2025-10-01", at(183.0, 2.1));
        let w = plausibility(&boy(), Some(&prev), &up);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].kind, PlausibilityKind::JumpOverTwoSd);
        assert!((w[0].previous_z.unwrap()).abs() < 1e-9);
        assert!(w[0].message_ja.contains("2.1 SD"), "{}", w[0].message_ja);
        let down = weight("2025-10-01", at(183.0, -2.1));
        assert_eq!(
            plausibility(&boy(), Some(&prev), &down)[0].kind,
            PlausibilityKind::JumpOverTwoSd
        );
        let small = weight("2025-10-01", at(183.0, 1.9));
        assert!(plausibility(&boy(), Some(&prev), &small).is_empty());
        // A previous visit without weight cannot produce a jump.
        let head_only = {
            let mut m = Measurement::on(d("2025-09-01"));
            m.head_cm = Some(42.0);
            m
        };
        assert!(plausibility(&boy(), Some(&head_only), &up).is_empty());
    }

    #[test]
    fn impossible_values_and_dates_are_warned_not_refused() {
        let w = plausibility(&boy(), None, &weight("2025-10-01", 0.0));
        assert_eq!(w[0].kind, PlausibilityKind::NotPositive);
        let w = plausibility(&boy(), None, &weight("2025-03-01", 3.0));
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].kind, PlausibilityKind::BeforeBirth);
        assert!(w[0].message_ja.contains("生年月日"));
    }
}

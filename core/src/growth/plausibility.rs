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
    /// The warning in every catalog language (the apps get it from calls that take
    /// no language); [`PlausibilityWarning::message`] picks one.
    pub messages: Vec<crate::text::Localized>,
}

impl PlausibilityWarning {
    /// A warning with its sentence formatted in every shipped language.
    fn new(
        kind: PlausibilityKind,
        indicator: Option<Indicator>,
        z: Option<f64>,
        previous_z: Option<f64>,
        message: impl Fn(Lang) -> String,
    ) -> Self {
        PlausibilityWarning {
            kind,
            indicator,
            z,
            previous_z,
            messages: crate::text::every_lang(message),
        }
    }

    /// A warning about the entry itself (a value, a date): no indicator, no z.
    fn about_entry(kind: PlausibilityKind, message: impl Fn(Lang) -> String) -> Self {
        Self::new(kind, None, None, None, message)
    }

    pub fn message(&self, lang: Lang) -> std::borrow::Cow<'_, str> {
        crate::text::text_in(&self.messages, lang)
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
    for (indicator, v) in [
        (Indicator::WeightForAge, new.weight_kg),
        (Indicator::LengthHeightForAge, new.length_cm),
        (Indicator::HeadForAge, new.head_cm),
    ] {
        if let Some(v) = v.filter(|v| !(v.is_finite() && *v > 0.0)) {
            out.push(PlausibilityWarning::about_entry(
                PlausibilityKind::NotPositive,
                |lang| {
                    crate::t!(
                        lang,
                        "growth-plausibility-not-positive",
                        field = crate::text::text(lang, indicator.measure_id()),
                        value = v.to_string()
                    )
                },
            ));
        }
    }
    let results = match assess(child, new, Standard::Who) {
        Ok(r) => r,
        Err(_) => {
            // Only a date before the birth gets here (WHO tables are bundled and
            // proven to parse); say so and stop.
            if new.date < child.birth {
                out.push(PlausibilityWarning::about_entry(
                    PlausibilityKind::BeforeBirth,
                    |lang| {
                        crate::t!(
                            lang,
                            "growth-plausibility-before-birth",
                            date = new.date.to_string(),
                            birth = child.birth.to_string()
                        )
                    },
                ));
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
    // The value in the message is what the parent typed: the weight even when the
    // indicator is weight-for-length.
    let unit = r.indicator.unit();
    let value = format!("{:.1}", r.measured);
    let z_text = format!("{z:+.1}");
    let suggestion = decimal_slip(child, r);
    PlausibilityWarning::new(
        PlausibilityKind::OutsideFiveSd,
        Some(r.indicator),
        Some(z),
        None,
        |lang| {
            let field = crate::text::text(lang, r.indicator.measure_id());
            match suggestion {
                Some(s) => crate::t!(
                    lang,
                    "growth-plausibility-outside-slip",
                    field = field,
                    value = value.as_str(),
                    unit = unit,
                    z = z_text.as_str(),
                    suggestion = format!("{s:.1}")
                ),
                None => crate::t!(
                    lang,
                    "growth-plausibility-outside",
                    field = field,
                    value = value.as_str(),
                    unit = unit,
                    z = z_text.as_str()
                ),
            }
        },
    )
}

fn jump(r: &IndicatorResult, z: f64, pz: f64) -> PlausibilityWarning {
    let delta = (z - pz).abs();
    PlausibilityWarning::new(
        PlausibilityKind::JumpOverTwoSd,
        Some(r.indicator),
        Some(z),
        Some(pz),
        |lang| {
            crate::t!(
                lang,
                "growth-plausibility-jump",
                indicator = r.indicator.label(lang),
                previous = format!("{pz:+.1}"),
                z = format!("{z:+.1}"),
                delta = format!("{delta:.1}")
            )
        },
    )
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
        assert!(
            w[0].message(Lang::Ja).contains("7.5 kg"),
            "{}",
            w[0].message(Lang::Ja)
        );
        assert!(
            w[0].message(Lang::En).contains("did you mean 7.5 kg"),
            "{}",
            w[0].message(Lang::En)
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
        assert!(
            w[0].message(Lang::En).contains("68.0 cm"),
            "{}",
            w[0].message(Lang::En)
        );
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
        assert!(
            w[0].message(Lang::Ja).contains("2.1 SD"),
            "{}",
            w[0].message(Lang::Ja)
        );
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
        assert!(w[0].message(Lang::Ja).contains("生年月日"));
    }
}

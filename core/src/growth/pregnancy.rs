//! Recommended gestational weight gain by pre-pregnancy BMI: the Japan Society of
//! Obstetrics and Gynecology's 2021 guidance (妊娠中の体重増加指導の目安, JSOG 2021),
//! also adopted in MHLW's 2021 「妊娠前からはじめる妊産婦のための食生活指針」.
//!
//! | class (pre-pregnancy BMI)       | gain        |
//! |---------------------------------|-------------|
//! | 低体重 < 18.5                    | 12–15 kg    |
//! | 普通体重 18.5 ≤ BMI < 25.0       | 10–13 kg    |
//! | 肥満(1度) 25.0 ≤ BMI < 30.0      | 7–10 kg     |
//! | 肥満(2度以上) ≥ 30.0             | individual, up to about 5 kg |
//!
//! The ranges are few and fixed by the guidance's text, so they live here as code with
//! the citation rather than in a data file.

use serde::Serialize;

use super::{GrowthError, Lang};

pub const SOURCE: &str = "日本産科婦人科学会「妊娠中の体重増加指導の目安」(2021)";

/// Pre-pregnancy body size as the mother knows it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PrePregnancyBody {
    Bmi(f64),
    HeightWeight { height_cm: f64, weight_kg: f64 },
}

/// Japan Society for the Study of Obesity classes used by the guidance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum BmiClass {
    Underweight,
    Normal,
    Obese1,
    Obese2OrMore,
}

impl BmiClass {
    /// The class's name ("普通体重", "normal weight").
    pub fn label(self, lang: Lang) -> &'static str {
        super::label_text(lang, self.label_id())
    }

    pub fn label_id(self) -> &'static str {
        match self {
            BmiClass::Underweight => crate::tid!("growth-bmi-underweight"),
            BmiClass::Normal => crate::tid!("growth-bmi-normal"),
            BmiClass::Obese1 => crate::tid!("growth-bmi-obese1"),
            BmiClass::Obese2OrMore => crate::tid!("growth-bmi-obese2"),
        }
    }
}

/// Where a gain so far stands against the recommended total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum GainPosition {
    Below,
    Within,
    Above,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct WeightGainGuidance {
    /// Pre-pregnancy BMI, rounded to 0.1 (the value that was classified).
    pub bmi: f64,
    pub class: BmiClass,
    /// Recommended total gain; `None` below for the "individual" class.
    pub min_kg: Option<f64>,
    pub max_kg: f64,
    /// The guidance asks for an individual plan rather than a range.
    pub individual: bool,
    /// [`WeightGainGuidance::text`] and [`BmiClass::label`] in every catalog
    /// language, for the apps (the pregnancy's screen call takes no language).
    pub texts: Vec<crate::text::Localized>,
    pub class_labels: Vec<crate::text::Localized>,
    pub source: String,
}

impl WeightGainGuidance {
    /// "妊娠前のBMI 21.0（普通体重）: 妊娠中の体重増加の目安は 10〜13 kg です。"
    pub fn text(&self, lang: Lang) -> String {
        let bmi = format!("{:.1}", self.bmi);
        let class = self.class.label(lang);
        let max = format!("{:.0}", self.max_kg);
        match self.min_kg {
            Some(min) => crate::t!(
                lang,
                "growth-gain-range",
                bmi = bmi,
                class = class,
                min = format!("{min:.0}"),
                max = max
            ),
            None => crate::t!(
                lang,
                "growth-gain-individual",
                bmi = bmi,
                class = class,
                max = max
            ),
        }
    }

    /// A total gain against the range. For the individual class only the 5 kg upper
    /// guide is compared.
    pub fn position(&self, gain_kg: f64) -> GainPosition {
        if gain_kg > self.max_kg {
            GainPosition::Above
        } else if self.min_kg.is_some_and(|min| gain_kg < min) {
            GainPosition::Below
        } else {
            GainPosition::Within
        }
    }
}

/// The JSOG 2021 recommended weight gain for a pre-pregnancy body size.
///
/// BMI is rounded to one decimal before it is classified, because that is the number the
/// handbook records and the clinician reads: a woman whose BMI is written as 18.5 is
/// "normal weight", even if the unrounded quotient was 18.4999.
pub fn pregnancy_weight_gain(body: PrePregnancyBody) -> Result<WeightGainGuidance, GrowthError> {
    let raw = match body {
        PrePregnancyBody::Bmi(b) => {
            check(crate::tid!("growth-what-bmi"), b, 10.0, 80.0)?;
            b
        }
        PrePregnancyBody::HeightWeight {
            height_cm,
            weight_kg,
        } => {
            check(crate::tid!("growth-what-height"), height_cm, 100.0, 230.0)?;
            check(crate::tid!("growth-what-weight"), weight_kg, 25.0, 300.0)?;
            let m = height_cm / 100.0;
            weight_kg / (m * m)
        }
    };
    // Round half away from zero on the decimal value; the 1e-9 nudge keeps quotients
    // like 47.36 / 1.6² (18.4999999…) on the side their decimal value is on.
    let bmi = ((raw * 10.0) + 1e-9).round() / 10.0;
    let (class, min, max) = if bmi < 18.5 {
        (BmiClass::Underweight, Some(12.0), 15.0)
    } else if bmi < 25.0 {
        (BmiClass::Normal, Some(10.0), 13.0)
    } else if bmi < 30.0 {
        (BmiClass::Obese1, Some(7.0), 10.0)
    } else {
        (BmiClass::Obese2OrMore, None, 5.0)
    };
    let mut g = WeightGainGuidance {
        bmi,
        class,
        min_kg: min,
        max_kg: max,
        individual: min.is_none(),
        texts: Vec::new(),
        class_labels: crate::text::every_lang(|lang| class.label(lang).to_string()),
        source: SOURCE.to_string(),
    };
    g.texts = crate::text::every_lang(|lang| g.text(lang));
    Ok(g)
}

fn check(what: &'static str, value: f64, min: f64, max: f64) -> Result<(), GrowthError> {
    if value.is_finite() && (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(GrowthError::OutOfRange {
            what,
            value,
            min,
            max,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class_of(bmi: f64) -> BmiClass {
        pregnancy_weight_gain(PrePregnancyBody::Bmi(bmi))
            .unwrap()
            .class
    }

    #[test]
    fn class_boundaries_follow_the_guidance() {
        assert_eq!(class_of(18.4), BmiClass::Underweight);
        assert_eq!(class_of(18.5), BmiClass::Normal);
        assert_eq!(class_of(24.9), BmiClass::Normal);
        assert_eq!(class_of(25.0), BmiClass::Obese1);
        assert_eq!(class_of(29.9), BmiClass::Obese1);
        assert_eq!(class_of(30.0), BmiClass::Obese2OrMore);
        // Rounded to one decimal first.
        assert_eq!(class_of(18.44), BmiClass::Underweight);
        assert_eq!(class_of(18.45), BmiClass::Normal);
        assert_eq!(class_of(24.95), BmiClass::Obese1);
        assert_eq!(class_of(29.949), BmiClass::Obese1);
    }

    #[test]
    fn ranges_per_class() {
        let g = |b| pregnancy_weight_gain(PrePregnancyBody::Bmi(b)).unwrap();
        assert_eq!((g(17.0).min_kg, g(17.0).max_kg), (Some(12.0), 15.0));
        assert_eq!((g(21.0).min_kg, g(21.0).max_kg), (Some(10.0), 13.0));
        assert_eq!((g(27.0).min_kg, g(27.0).max_kg), (Some(7.0), 10.0));
        let o = g(32.0);
        assert_eq!((o.min_kg, o.max_kg, o.individual), (None, 5.0, true));
        assert!(o.text(Lang::Ja).contains("個別"), "{}", o.text(Lang::Ja));
        assert!(
            g(21.0).text(Lang::Ja).contains("10〜13 kg"),
            "{}",
            g(21.0).text(Lang::Ja)
        );
        assert!(g(21.0).text(Lang::En).contains("10–13 kg"));
    }

    #[test]
    fn height_and_weight_give_the_bmi() {
        // 160 cm, 47.36 kg: exactly 18.5 in decimal, 18.4999… in binary.
        let g = pregnancy_weight_gain(PrePregnancyBody::HeightWeight {
            height_cm: 160.0,
            weight_kg: 47.36,
        })
        .unwrap();
        assert_eq!(g.bmi, 18.5);
        assert_eq!(g.class, BmiClass::Normal);
        let g = pregnancy_weight_gain(PrePregnancyBody::HeightWeight {
            height_cm: 158.0,
            weight_kg: 62.4,
        })
        .unwrap();
        assert_eq!(g.bmi, 25.0);
        assert_eq!(g.class, BmiClass::Obese1);
    }

    #[test]
    fn gain_position_against_the_range() {
        let g = pregnancy_weight_gain(PrePregnancyBody::Bmi(21.0)).unwrap();
        assert_eq!(g.position(9.9), GainPosition::Below);
        assert_eq!(g.position(10.0), GainPosition::Within);
        assert_eq!(g.position(13.0), GainPosition::Within);
        assert_eq!(g.position(13.1), GainPosition::Above);
        let o = pregnancy_weight_gain(PrePregnancyBody::Bmi(31.0)).unwrap();
        assert_eq!(o.position(0.0), GainPosition::Within);
        assert_eq!(o.position(5.5), GainPosition::Above);
    }

    #[test]
    fn nonsense_inputs_are_typed_errors() {
        for body in [
            PrePregnancyBody::Bmi(f64::NAN),
            PrePregnancyBody::Bmi(5.0),
            PrePregnancyBody::HeightWeight {
                height_cm: 1.6,
                weight_kg: 50.0,
            },
            PrePregnancyBody::HeightWeight {
                height_cm: 160.0,
                weight_kg: -1.0,
            },
        ] {
            assert!(matches!(
                pregnancy_weight_gain(body),
                Err(GrowthError::OutOfRange { .. })
            ));
        }
    }
}

//! Growth: z-scores and percentiles against the WHO Child Growth Standards, preterm
//! corrected age, plausibility warnings, chart data for the shells, SVG/PNG charts, and
//! the JSOG 2021 pregnancy weight-gain guidance.
//!
//! Map of the module:
//! - [`lms`]: the LMS arithmetic and WHO's rule beyond ±3 SD (no tables, no dates).
//! - `who`: the bundled WHO tables (`core/data/growth/who/`), parsed once.
//! - `japan`: the Japanese 2023 survey's percentile lines (`core/data/growth/jp-2023/`),
//!   joined monotonically between band middles; bands and interpolated percentiles.
//! - `survey`: WHO Anthro-compatible z-scores and flags for a city's checkup CSV,
//!   streamed, with prevalences by age group ([`survey`]).
//! - `age`: chronological and corrected age.
//! - `assess`: one measurement → one result per indicator ([`assess`]).
//! - `standing`: both standards' reading of a measurement, with its sentence
//!   ([`standings`]), for `growth add/list`, the home screen and the apps.
//! - `plausibility`: typo and jump warnings that never refuse a value ([`plausibility`]).
//! - `chart`: reference curves and the child's points, ready to draw ([`chart`]).
//! - `svg`: the handbook-style picture ([`render_svg`], [`render_png`]).
//! - `pregnancy`: recommended gestational weight gain ([`pregnancy_weight_gain`]).
//!
//! Everything here is pure: dates in, numbers out. The shells draw; they never compute a
//! z-score themselves, so Android and iOS cannot disagree with each other.

mod age;
mod assess;
mod chart;
mod japan;
pub mod lms;
mod plausibility;
mod pregnancy;
mod standing;
#[cfg(feature = "publish")]
mod survey;
mod svg;
mod who;

use std::collections::HashMap;
use std::fmt;
use std::sync::{LazyLock, Mutex};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::gestation::GestationalAge;
use crate::model::{LengthPosition, Sex};

pub use age::{AgeSpan, AgeUsed, CORRECT_UNTIL_DAYS};
pub use assess::{IndicatorResult, NotScored, assess};
pub use chart::{
    Bands, ChartData, ChartPoint, ChildPoint, ReferenceCurve, XAxis, chart, chart_with,
};
pub use japan::PercentileBand;
pub use plausibility::{PlausibilityKind, PlausibilityWarning, plausibility};
pub use pregnancy::{
    BmiClass, GainPosition, PrePregnancyBody, WeightGainGuidance, pregnancy_weight_gain,
};
pub use standing::{Standing, StandingAgainst, standing_of, standings};
#[cfg(feature = "publish")]
pub use survey::{
    AgeGroupPrevalence, IndicatorPrevalence, JapanBandCounts, OUTPUT_COLUMNS as SURVEY_COLUMNS,
    SurveyError, SurveyRowError, SurveySummary, survey, who_flag,
};
#[cfg(feature = "png")]
pub use svg::render_png;
pub use svg::render_svg;

/// What is measured against what. Names follow WHO's indicator names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Indicator {
    WeightForAge,
    LengthHeightForAge,
    HeadForAge,
    BmiForAge,
    /// Weight-for-length before 2 years, weight-for-height from 2 years.
    WeightForLengthHeight,
}

impl Indicator {
    pub const ALL: [Indicator; 5] = [
        Indicator::WeightForAge,
        Indicator::LengthHeightForAge,
        Indicator::HeadForAge,
        Indicator::BmiForAge,
        Indicator::WeightForLengthHeight,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Indicator::WeightForAge => "weight_for_age",
            Indicator::LengthHeightForAge => "length_height_for_age",
            Indicator::HeadForAge => "head_for_age",
            Indicator::BmiForAge => "bmi_for_age",
            Indicator::WeightForLengthHeight => "weight_for_length_height",
        }
    }

    /// Weight-based distributions are skewed, which is why WHO treats their tails
    /// beyond ±3 SD differently (see [`lms::who_z`]).
    pub fn is_weight_based(self) -> bool {
        matches!(
            self,
            Indicator::WeightForAge | Indicator::BmiForAge | Indicator::WeightForLengthHeight
        )
    }

    /// Unit of the plotted value (the y axis).
    pub fn unit(self) -> &'static str {
        match self {
            Indicator::WeightForAge | Indicator::WeightForLengthHeight => "kg",
            Indicator::LengthHeightForAge | Indicator::HeadForAge => "cm",
            Indicator::BmiForAge => "kg/m²",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        label_text(lang, self.label_id())
    }

    /// The catalog id of [`Indicator::label`].
    pub fn label_id(self) -> &'static str {
        match self {
            Indicator::WeightForAge => crate::tid!("growth-indicator-weight"),
            Indicator::LengthHeightForAge => crate::tid!("growth-indicator-length"),
            Indicator::HeadForAge => crate::tid!("growth-indicator-head"),
            Indicator::BmiForAge => crate::tid!("growth-indicator-bmi"),
            Indicator::WeightForLengthHeight => crate::tid!("growth-indicator-weight-for-length"),
        }
    }

    /// What the parent measured, named plainly ("体重", "Weight"): the weight even for
    /// weight-for-length, whose value is the weight.
    pub(crate) fn measure_id(self) -> &'static str {
        match self {
            Indicator::WeightForAge | Indicator::WeightForLengthHeight => {
                crate::tid!("growth-measure-weight")
            }
            Indicator::LengthHeightForAge => crate::tid!("growth-measure-length"),
            Indicator::HeadForAge => crate::tid!("growth-measure-head"),
            Indicator::BmiForAge => crate::tid!("growth-measure-bmi"),
        }
    }
}

impl fmt::Display for Indicator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Indicator {
    type Err = GrowthError;

    /// Accepts the snake_case names and the short CLI words (`weight`, `length`,
    /// `height`, `head`, `bmi`, `weight_for_length`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // The CLI's help writes `weight-for-length`: hyphens and underscores are one.
        let s = s.trim().replace('-', "_");
        Ok(match s.as_str() {
            "weight_for_age" | "weight" => Indicator::WeightForAge,
            "length_height_for_age" | "length" | "height" => Indicator::LengthHeightForAge,
            "head_for_age" | "head" | "head_circumference" => Indicator::HeadForAge,
            "bmi_for_age" | "bmi" => Indicator::BmiForAge,
            "weight_for_length_height" | "weight_for_length" | "weight_for_height" => {
                Indicator::WeightForLengthHeight
            }
            _ => return Err(GrowthError::UnknownName(s)),
        })
    }
}

/// Which reference a measurement is read against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Standard {
    /// WHO Child Growth Standards 2006 (0–5 years, z-scores).
    Who,
    /// 令和5年乳幼児身体発育調査 (こども家庭庁): the percentile lines the paper handbook
    /// draws since 2025-04 (weight, length/height, head; no z-scores, no BMI).
    Japan2023,
}

impl Standard {
    /// The standard a parent sees first for an indicator: the Japanese survey (what the
    /// paper handbook and the family's doctor use) where it has the curve, WHO otherwise.
    pub fn default_for(indicator: Indicator) -> Standard {
        if japan::covers(indicator) {
            Standard::Japan2023
        } else {
            Standard::Who
        }
    }

    /// The attribution to print under anything drawn from this standard.
    pub fn attribution(self, lang: Lang) -> &'static str {
        match self {
            Standard::Who => label_text(lang, crate::tid!("growth-attribution-who")),
            Standard::Japan2023 => japan::attribution(lang),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Standard::Who => "who",
            Standard::Japan2023 => "japan2023",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        label_text(
            lang,
            match self {
                Standard::Who => crate::tid!("growth-standard-who"),
                Standard::Japan2023 => crate::tid!("growth-standard-japan"),
            },
        )
    }
}

impl fmt::Display for Standard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Standard {
    type Err = GrowthError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // Also the Japanese labels `growth assess` prints.
        match s.trim() {
            "who" | "WHO" | "WHO子ども成長標準（2006）" | "WHO子ども成長標準" => {
                Ok(Standard::Who)
            }
            "japan2023" | "japan" | "jp" | "令和5年乳幼児身体発育調査" | "乳幼児身体発育調査" => {
                Ok(Standard::Japan2023)
            }
            other => Err(GrowthError::UnknownName(other.to_string())),
        }
    }
}

/// Language of labels and messages: the crate-wide choice.
pub use crate::lang::Lang;

/// What growth needs to know about a child: the references are split by sex, age counts
/// from birth, and gestational age decides corrected age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildGrowthFacts {
    pub sex: Sex,
    pub birth: NaiveDate,
    pub ga_at_birth: Option<GestationalAge>,
}

/// One visit's measurements; any may be missing (a home weighing has no length).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Measurement {
    pub date: NaiveDate,
    pub weight_kg: Option<f64>,
    pub length_cm: Option<f64>,
    /// How length was taken. `None` means "the usual way for the age" (lying before 2
    /// years, standing after), and the result says it was assumed.
    pub position: Option<LengthPosition>,
    pub head_cm: Option<f64>,
}

impl Measurement {
    /// A measurement with only a date; set the fields that were measured.
    pub fn on(date: NaiveDate) -> Self {
        Measurement {
            date,
            weight_kg: None,
            length_cm: None,
            position: None,
            head_cm: None,
        }
    }
}

/// Errors of the growth module. Small and specific: each says what was asked and why it
/// cannot be answered, in the reader's language through [`GrowthError::message`]
/// (`Display` is the English one, for logs).
#[derive(Debug, Clone, PartialEq)]
pub enum GrowthError {
    StandardUnavailable {
        standard: Standard,
        /// Catalog id of the reason (`growth-reason-…`).
        reason: &'static str,
    },
    Data {
        file: &'static str,
        line: usize,
        /// What is wrong with the bundled file: for the developers (the tests prove
        /// the bundled tables parse), not translated.
        message: String,
    },
    BeforeBirth {
        date: NaiveDate,
        birth: NaiveDate,
    },
    OutOfRange {
        /// Catalog id of the quantity (`growth-what-…`).
        what: &'static str,
        value: f64,
        min: f64,
        max: f64,
    },
    UnknownName(String),
    /// The rasteriser's own words (resvg), not translated.
    Render(String),
}

impl GrowthError {
    /// The error in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            GrowthError::StandardUnavailable { standard, reason } => crate::t!(
                lang,
                "growth-error-unavailable",
                standard = standard.label(lang),
                reason = crate::text::text(lang, reason)
            ),
            GrowthError::Data {
                file,
                line,
                message,
            } => crate::t!(
                lang,
                "growth-error-data",
                file = *file,
                line = *line,
                detail = message
            ),
            GrowthError::BeforeBirth { date, birth } => crate::t!(
                lang,
                "growth-error-before-birth",
                date = date.to_string(),
                birth = birth.to_string()
            ),
            GrowthError::OutOfRange {
                what,
                value,
                min,
                max,
            } => crate::t!(
                lang,
                "growth-error-out-of-range",
                what = crate::text::text(lang, what),
                value = value.to_string(),
                min = min.to_string(),
                max = max.to_string()
            ),
            GrowthError::UnknownName(name) => {
                crate::t!(lang, "growth-error-unknown-name", name = name)
            }
            GrowthError::Render(detail) => {
                crate::t!(lang, "growth-error-render", detail = detail)
            }
        }
    }
}

impl fmt::Display for GrowthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for GrowthError {}

/// A catalog message without placeholders as `&'static str`, for the labels whose
/// callers hold them as `&'static str` (JSON fields, tables). Each (language, id) is
/// formatted once and kept: a few dozen short strings for the life of the process.
fn label_text(lang: Lang, id: &'static str) -> &'static str {
    static CACHE: LazyLock<Mutex<HashMap<(Lang, &'static str), &'static str>>> =
        LazyLock::new(Mutex::default);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    cache
        .entry((lang, id))
        .or_insert_with(|| Box::leak(crate::text::text(lang, id).into_boxed_str()))
}

/// The tables behind a standard, or the typed reason they are missing.
fn require_who(standard: Standard) -> Result<&'static who::WhoTables, GrowthError> {
    match standard {
        Standard::Who => who::tables(),
        Standard::Japan2023 => Err(GrowthError::StandardUnavailable {
            standard,
            reason: crate::tid!("growth-reason-no-lms"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standards_parse_from_their_japanese_labels() {
        for st in [Standard::Who, Standard::Japan2023] {
            assert_eq!(st.label(Lang::Ja).parse::<Standard>().ok(), Some(st));
        }
    }

    #[test]
    fn names_parse_both_ways() {
        for i in Indicator::ALL {
            assert_eq!(i.as_str().parse::<Indicator>(), Ok(i));
        }
        assert_eq!("weight".parse(), Ok(Indicator::WeightForAge));
        assert_eq!("head".parse(), Ok(Indicator::HeadForAge));
        assert_eq!("japan2023".parse(), Ok(Standard::Japan2023));
        assert!(matches!(
            "chest".parse::<Indicator>(),
            Err(GrowthError::UnknownName(_))
        ));
    }

    #[test]
    fn inputs_round_trip_through_json() {
        let child = ChildGrowthFacts {
            sex: Sex::Female,
            birth: NaiveDate::from_ymd_opt(2025, 4, 10).unwrap(),
            ga_at_birth: Some(GestationalAge::from_weeks_days(35, 2)),
        };
        let json = serde_json::to_string(&child).unwrap();
        assert_eq!(
            json,
            r#"{"sex":"female","birth":"2025-04-10","ga_at_birth":"35w2d"}"#
        );
        assert_eq!(
            serde_json::from_str::<ChildGrowthFacts>(&json).unwrap(),
            child
        );
        let mut m = Measurement::on(child.birth);
        m.length_cm = Some(48.5);
        m.position = Some(LengthPosition::Recumbent);
        let json = serde_json::to_string(&m).unwrap();
        assert!(json.contains(r#""position":"recumbent""#), "{json}");
        assert_eq!(serde_json::from_str::<Measurement>(&json).unwrap(), m);
    }

    #[test]
    fn the_japanese_survey_is_the_default_where_it_has_the_curve() {
        assert_eq!(
            Standard::default_for(Indicator::WeightForAge),
            Standard::Japan2023
        );
        assert_eq!(
            Standard::default_for(Indicator::HeadForAge),
            Standard::Japan2023
        );
        assert_eq!(Standard::default_for(Indicator::BmiForAge), Standard::Who);
        let err = require_who(Standard::Japan2023).unwrap_err();
        // #16: the message names the survey by its label, not by its code.
        let text = err.to_string();
        assert!(
            text.contains("Japan 2023 infant growth survey") && text.contains("WHO"),
            "{text}"
        );
        let ja = err.message(Lang::Ja);
        assert!(
            ja.contains("令和5年乳幼児身体発育調査") && ja.contains("WHO"),
            "{ja}"
        );
    }

    /// #16: the error.rs line 「成長曲線を作れませんでした: {e}」 showed the English
    /// `Display`; every error now has its Japanese sentence, with no English word.
    #[test]
    fn errors_read_in_japanese_without_english_words() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        for e in [
            GrowthError::BeforeBirth {
                date: d("2025-01-01"),
                birth: d("2025-02-01"),
            },
            GrowthError::OutOfRange {
                what: crate::tid!("growth-what-bmi"),
                value: 5.0,
                min: 10.0,
                max: 80.0,
            },
            GrowthError::UnknownName("x".into()),
        ] {
            let ja = e.message(Lang::Ja);
            let letters: String = ja.chars().filter(|c| c.is_ascii_alphabetic()).collect();
            assert!(
                letters.is_empty() || letters == "BMI" || letters == "x",
                "{ja}"
            );
            assert_ne!(ja, e.message(Lang::En));
        }
    }

    /// The CLI's help offers `--indicator weight-for-length`; it was refused.
    #[test]
    fn indicators_parse_with_hyphens_as_the_help_writes_them() {
        assert_eq!(
            "weight-for-length".parse(),
            Ok(Indicator::WeightForLengthHeight)
        );
        assert_eq!("weight-for-age".parse(), Ok(Indicator::WeightForAge));
    }
}

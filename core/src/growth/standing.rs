//! Where a measurement stands, ready to show: the Japanese band and interpolated
//! percentile first (what the paper handbook and the family's doctor use), WHO's z and
//! percentile alongside. Plain data with the sentences already made in the caller's
//! language, so `growth add`, `growth list`, the home screen and the apps say the same.

use serde::Serialize;

use super::assess::{IndicatorResult, NotScored};
use super::japan::PercentileBand;
use super::{ChildGrowthFacts, GrowthError, Indicator, Lang, Measurement, Standard, assess};

/// One indicator against one standard.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StandingAgainst {
    pub standard: Standard,
    pub band: Option<PercentileBand>,
    pub percentile: Option<f64>,
    /// The percentile was interpolated between the survey's published lines.
    pub percentile_interpolated: bool,
    /// WHO only: the Japanese survey published no z-scores.
    pub z: Option<f64>,
    pub not_scored: Option<NotScored>,
    /// "25〜50パーセンタイル（約38・線の間を補間）" / "WHO z −0.42（P34）".
    pub text: String,
}

/// One indicator of one measurement against both standards.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Standing {
    pub indicator: Indicator,
    pub value: f64,
    pub japan: Option<StandingAgainst>,
    pub who: Option<StandingAgainst>,
    /// Both in one line: the Japanese reading, then WHO's.
    pub text: String,
    /// Outside the shaded P3–P97 band of the Japanese chart (or beyond ±2 SD of WHO's
    /// where the survey has no curve): worth showing the doctor.
    pub outside_usual_range: bool,
}

impl StandingAgainst {
    fn of(r: &IndicatorResult, lang: Lang) -> StandingAgainst {
        let text = match (r.standard, r.not_scored) {
            (_, Some(n)) => n.message(lang),
            (Standard::Japan2023, None) => japan_text(r, lang),
            (Standard::Who, None) => who_text(r, lang),
        };
        StandingAgainst {
            standard: r.standard,
            band: r.band,
            percentile: r.percentile,
            percentile_interpolated: r.percentile_interpolated,
            z: r.z,
            not_scored: r.not_scored,
            text,
        }
    }
}

fn japan_text(r: &IndicatorResult, lang: Lang) -> String {
    let Some(band) = r.band else {
        return String::new();
    };
    match r.percentile.filter(|_| r.percentile_interpolated) {
        Some(p) if !band.outside_shaded_band() => crate::t!(
            lang,
            "growth-standing-interpolated",
            band = band.label(lang),
            percentile = format!("{p:.0}")
        ),
        _ => band.label(lang).to_string(),
    }
}

fn who_text(r: &IndicatorResult, lang: Lang) -> String {
    match (r.z, r.percentile) {
        (Some(z), Some(p)) => {
            // −0.001 would print as "-0.00".
            let z = (z * 100.0).round() / 100.0 + 0.0;
            crate::t!(
                lang,
                "growth-standing-who",
                z = format!("{z:+.2}"),
                percentile = format!("{p:.0}")
            )
        }
        _ => String::new(),
    }
}

/// The standings of every indicator the measurement has values for, in
/// [`Indicator::ALL`] order. BMI and weight-for-length/height have WHO's reading only
/// (the Japanese survey has no such curve).
pub fn standings(
    child: &ChildGrowthFacts,
    m: &Measurement,
    lang: Lang,
) -> Result<Vec<Standing>, GrowthError> {
    let who = assess(child, m, Standard::Who)?;
    let japan = assess(child, m, Standard::Japan2023)?;
    let mut out = Vec::with_capacity(who.len());
    for w in &who {
        let j = japan
            .iter()
            .find(|j| j.indicator == w.indicator && j.not_scored != Some(NotScored::NotInStandard))
            .map(|j| StandingAgainst::of(j, lang));
        let w = StandingAgainst::of(w, lang);
        let indicator = who[out.len()].indicator;
        let outside = match &j {
            Some(j) if j.band.is_some() => j.band.is_some_and(PercentileBand::outside_shaded_band),
            _ => w.z.is_some_and(|z| z.abs() > 2.0),
        };
        let japan_text = j.as_ref().map_or("", |j| j.text.as_str());
        let text = match (japan_text, w.text.as_str()) {
            ("", who) => who.to_string(),
            (japan, "") => japan.to_string(),
            (japan, who) => crate::t!(lang, "growth-standing-both", japan = japan, who = who),
        };
        out.push(Standing {
            indicator,
            value: who[out.len()].measured,
            japan: j,
            who: Some(w),
            text,
            outside_usual_range: outside,
        });
    }
    Ok(out)
}

/// The standing of one value (the home screen's latest weight, length or head).
pub fn standing_of(
    child: &ChildGrowthFacts,
    indicator: Indicator,
    date: chrono::NaiveDate,
    value: f64,
    lang: Lang,
) -> Result<Option<Standing>, GrowthError> {
    let mut m = Measurement::on(date);
    match indicator {
        Indicator::WeightForAge => m.weight_kg = Some(value),
        Indicator::LengthHeightForAge => m.length_cm = Some(value),
        Indicator::HeadForAge => m.head_cm = Some(value),
        _ => return Ok(None),
    }
    Ok(standings(child, &m, lang)?
        .into_iter()
        .find(|s| s.indicator == indicator))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Sex;
    use chrono::NaiveDate;

    fn boy() -> ChildGrowthFacts {
        ChildGrowthFacts {
            sex: Sex::Male,
            birth: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
            ga_at_birth: None,
        }
    }

    #[test]
    fn a_birth_weight_on_the_survey_median_reads_p50_with_who_alongside() {
        // 男 出生時 P50 = 3.06 kg (表1).
        let s = standing_of(&boy(), Indicator::WeightForAge, boy().birth, 3.06, Lang::Ja)
            .unwrap()
            .unwrap();
        let j = s.japan.as_ref().unwrap();
        assert_eq!(j.band, Some(PercentileBand::P50ToP75));
        assert_eq!(j.percentile, Some(50.0));
        assert!(j.percentile_interpolated);
        assert!(j.z.is_none());
        assert!(s.who.as_ref().unwrap().z.is_some());
        assert!(
            s.text.contains("50〜75パーセンタイル") && s.text.contains("WHO z"),
            "{}",
            s.text
        );
        assert!(!s.outside_usual_range);
    }

    #[test]
    fn beyond_the_survey_and_small_babies_say_why() {
        let c = boy();
        let late = c.birth + chrono::Months::new(40);
        let head = standing_of(&c, Indicator::HeadForAge, late, 50.0, Lang::En)
            .unwrap()
            .unwrap();
        let j = head.japan.unwrap();
        assert!(matches!(j.not_scored, Some(NotScored::OutsideTable { .. })));
        assert!(j.text.contains("3 years"), "{}", j.text);
        let small = standing_of(&c, Indicator::WeightForAge, c.birth, 2.0, Lang::Ja)
            .unwrap()
            .unwrap();
        assert_eq!(
            small.japan.as_ref().unwrap().band,
            Some(PercentileBand::BelowP3)
        );
        assert_eq!(small.japan.as_ref().unwrap().percentile, None);
        assert!(small.outside_usual_range);
        let mut m = Measurement::on(c.birth + chrono::Months::new(6));
        m.weight_kg = Some(8.0);
        m.length_cm = Some(68.0);
        let all = standings(&c, &m, Lang::En).unwrap();
        let bmi = all
            .iter()
            .find(|s| s.indicator == Indicator::BmiForAge)
            .unwrap();
        assert!(bmi.japan.is_none() && bmi.who.is_some());
    }
}

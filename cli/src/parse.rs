//! Parsers for command-line values, used by clap. Every choice goes through the core's
//! [`Choice`] (the code, the label in any shipped language, the handbook's printed
//! words); numbers and dates are read as typed on any keyboard (full-width digits and
//! period: `９．５`). Each error carries the message in every CLI language
//! ([`InputError`]), from the catalogs; the core then validates the values themselves.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use hagukumi_core::Lang;
use hagukumi_core::model::choice::fold_width;
use hagukumi_core::model::{
    BirthCertificate, BirthMeasurements, BloodLossGrade, Choice, DeliveryMethod, Dipstick,
    GestationalAge, InfantCheckup, LengthPosition, Mood, Newborn, Oedema, Presentation, Sex,
    Transfusion,
};
use hagukumi_core::t;
use std::str::FromStr;

use crate::error::InputError;

type Result<T> = std::result::Result<T, InputError>;

/// An input error whose message `message` writes, in every catalog language (the
/// value parsers run before the CLI knows which one it will be shown in); also for a
/// value the core's own parser refused, in its error's `message(lang)`.
pub fn refused(message: impl Fn(Lang) -> String) -> InputError {
    let texts = hagukumi_core::text::every_lang(message);
    InputError::say(move |lang| hagukumi_core::text::text_in(&texts, lang).to_string())
}

/// A whole number from `min` to `max` (full-width digits too), for counts the CLI
/// bounds (`feed check --weeks`).
pub fn whole_number(s: &str, min: u32, max: u32) -> Result<u32> {
    let n: u32 = fold_width(s)
        .trim()
        .parse()
        .map_err(|_| refused(|lang| t!(lang, "model-input-number", value = s)))?;
    if (min..=max).contains(&n) {
        Ok(n)
    } else {
        Err(refused(|lang| {
            t!(
                lang,
                "cli-input-out-of-range",
                value = s,
                min = min,
                max = max
            )
        }))
    }
}

pub fn date(s: &str) -> Result<NaiveDate> {
    let t = fold_width(s).replace('/', "-");
    NaiveDate::parse_from_str(&t, "%Y-%m-%d")
        .map_err(|_| refused(|lang| t!(lang, "model-input-date", value = s)))
}

/// "2026-05-20T03:42", "2026-05-20 03:42" (seconds optional).
pub fn datetime(s: &str) -> Result<NaiveDateTime> {
    let t = fold_width(s);
    let bad = || refused(|lang| t!(lang, "model-input-datetime", value = s));
    let (d, time) = t.split_once(['T', ' ']).ok_or_else(bad)?;
    let d = date(d).map_err(|_| bad())?;
    let time = NaiveTime::parse_from_str(time.trim(), "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(time.trim(), "%H:%M"))
        .map_err(|_| bad())?;
    Ok(d.and_time(time))
}

pub fn gestational_age(s: &str) -> Result<GestationalAge> {
    GestationalAge::from_str(&fold_width(s))
        .map_err(|_| refused(|lang| t!(lang, "model-input-gestational-age", value = s)))
}

/// A decimal number such as 3.05 (also 3,05, the decimal comma, and full-width
/// digits: ３．０５).
pub fn decimal(s: &str) -> Result<f64> {
    let t = fold_width(s).replace(',', ".");
    match t.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(refused(|lang| t!(lang, "model-input-number", value = s))),
    }
}

/// A weight in kilograms: "3.05", "3.05kg", or in grams "3050g" (birth weights are
/// written in grams in the handbook).
pub fn weight_kg(s: &str) -> Result<f64> {
    let t = fold_width(s).to_ascii_lowercase();
    if let Some(g) = t.strip_suffix('g').filter(|g| !g.ends_with('k')) {
        return decimal(g).map(|g| g / 1000.0);
    }
    decimal(t.strip_suffix("kg").unwrap_or(&t))
}

/// A length in centimetres: "49.5" or "49.5cm".
pub fn length_cm(s: &str) -> Result<f64> {
    let t = fold_width(s).to_ascii_lowercase();
    decimal(t.strip_suffix("cm").unwrap_or(&t))
}

/// Two whole numbers "A/B": blood pressure 118/72, Apgar 8/9. `what` is the
/// catalog id of what they are.
fn pair<T: FromStr>(s: &str, what: &'static str, example: &str) -> Result<(T, T)> {
    let bad = || {
        refused(|lang| {
            let what = hagukumi_core::text::text(lang, what);
            t!(
                lang,
                "model-input-pair",
                value = s,
                what = what,
                example = example
            )
        })
    };
    let t = fold_width(s);
    let (a, b) = t.split_once('/').ok_or_else(bad)?;
    Ok((
        a.trim().parse().map_err(|_| bad())?,
        b.trim().parse().map_err(|_| bad())?,
    ))
}

pub fn blood_pressure(s: &str) -> Result<(u16, u16)> {
    pair(
        s,
        hagukumi_core::tid!("model-input-blood-pressure"),
        "118/72",
    )
}

pub fn apgar(s: &str) -> Result<(u8, u8)> {
    pair(s, hagukumi_core::tid!("model-input-apgar"), "8/9")
}

/// Any choice: its code, its label in any shipped language or an alias; refused with
/// the accepted values in each language.
pub fn choice<T: Choice>(s: &str) -> Result<T> {
    T::parse(s).map_err(|e| refused(|lang| e.message(lang)))
}

pub fn dipstick(s: &str) -> Result<Dipstick> {
    choice(s)
}

pub fn oedema(s: &str) -> Result<Oedema> {
    choice(s)
}

pub fn sex(s: &str) -> Result<Sex> {
    choice(s)
}

pub fn position(s: &str) -> Result<LengthPosition> {
    choice(s)
}

pub fn mood(s: &str) -> Result<Mood> {
    choice(s)
}

pub fn delivery_method(s: &str) -> Result<DeliveryMethod> {
    choice(s)
}

pub fn presentation(s: &str) -> Result<Presentation> {
    choice(s)
}

pub fn blood_loss_grade(s: &str) -> Result<BloodLossGrade> {
    choice(s)
}

pub fn transfusion(s: &str) -> Result<Transfusion> {
    choice(s)
}

pub fn birth_certificate(s: &str) -> Result<BirthCertificate> {
    choice(s)
}

pub fn infant_checkup(s: &str) -> Result<InfantCheckup> {
    choice(s)
}

/// 分娩所要時間 as hours and minutes (12時間30分, 45分, 12h30m, 12:30), in minutes.
pub fn labor_duration(s: &str) -> Result<u32> {
    hagukumi_core::model::parse_labor_duration(s)
        .map_err(|_| refused(|lang| t!(lang, "model-input-labor-duration", value = s)))
}

/// `NAME:SEX[:WEIGHT_KG[:LENGTH_CM[:HEAD_CM]]]`, e.g. `Hinata:female:3.02:49:33`. An
/// empty field is skipped (`Hinata:female::49`). Also with the full-width colon.
pub fn baby(s: &str) -> Result<Newborn> {
    let bad = |detail: &dyn Fn(Lang) -> String| {
        refused(|lang| t!(lang, "model-input-baby", value = s, detail = detail(lang)))
    };
    let plain = s.replace('：', ":");
    let parts: Vec<&str> = plain.split(':').collect();
    if parts.len() < 2 || parts.len() > 5 {
        return Err(bad(&|lang| t!(lang, "model-input-baby-fields")));
    }
    let name = parts[0].trim();
    if name.is_empty() {
        return Err(bad(&|lang| t!(lang, "model-input-baby-name")));
    }
    let sex = sex(parts[1]).map_err(|e| bad(&|lang| e.0.get(lang).to_string()))?;
    let field = |i: usize, f: fn(&str) -> Result<f64>| -> Result<Option<f64>> {
        match parts.get(i).map(|p| p.trim()).filter(|p| !p.is_empty()) {
            None => Ok(None),
            Some(p) => f(p)
                .map(Some)
                .map_err(|e| bad(&|lang| e.0.get(lang).to_string())),
        }
    };
    Ok(Newborn {
        name: name.to_string(),
        sex,
        birth: BirthMeasurements {
            weight_kg: field(2, weight_kg)?,
            length_cm: field(3, length_cm)?,
            head_cm: field(4, length_cm)?,
            ..BirthMeasurements::default()
        },
    })
}

/// `ID=VALUE` (also `ID＝VALUE`): an answer to a page's field by its id; the value
/// is read against the field once the page is known.
pub fn answer(s: &str) -> Result<(String, String)> {
    let bad = || refused(|lang| t!(lang, "model-input-answer", value = s));
    let s = s.replace('＝', "=");
    let (id, value) = s.split_once('=').ok_or_else(bad)?;
    let id = id.trim();
    if id.is_empty() || value.trim().is_empty() {
        return Err(bad());
    }
    Ok((id.to_string(), value.trim().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times() {
        assert_eq!(date("2026-05-20").unwrap().to_string(), "2026-05-20");
        assert_eq!(date("2026/05/20").unwrap().to_string(), "2026-05-20");
        assert!(date("2026-13-01").is_err());
        assert!(
            date("20.5.2026")
                .unwrap_err()
                .0
                .get(hagukumi_core::Lang::Ja)
                .contains("YYYY-MM-DD")
        );
        assert_eq!(
            datetime("2026-05-20T03:42").unwrap().to_string(),
            "2026-05-20 03:42:00"
        );
        assert_eq!(
            datetime("2026-05-20 03:42:10").unwrap().to_string(),
            "2026-05-20 03:42:10"
        );
        assert!(datetime("2026-05-20").is_err());
    }

    #[test]
    fn weights_in_kg_or_grams() {
        assert_eq!(weight_kg("3.05").unwrap(), 3.05);
        assert_eq!(weight_kg("3.05kg").unwrap(), 3.05);
        assert_eq!(weight_kg("3050g").unwrap(), 3.05);
        assert_eq!(weight_kg("3,05").unwrap(), 3.05);
        assert!(weight_kg("heavy").is_err());
        assert!(weight_kg("NaN").is_err());
        assert_eq!(length_cm("49.5cm").unwrap(), 49.5);
    }

    #[test]
    fn pairs() {
        assert_eq!(blood_pressure("118/72").unwrap(), (118, 72));
        assert!(blood_pressure("118").is_err());
        assert_eq!(apgar("8/9").unwrap(), (8, 9));
    }

    #[test]
    fn babies() {
        let b = baby("Hinata:female:3.02:49:33").unwrap();
        assert_eq!(b.name, "Hinata");
        assert_eq!(b.sex, Sex::Female);
        assert_eq!(b.birth.weight_kg, Some(3.02));
        assert_eq!(b.birth.head_cm, Some(33.0));
        let b = baby("ひなた:女::49").unwrap();
        assert_eq!((b.birth.weight_kg, b.birth.length_cm), (None, Some(49.0)));
        assert_eq!(baby("Aoi:male:2980g").unwrap().birth.weight_kg, Some(2.98));
        for bad in [
            "Hinata",
            ":female",
            "Hinata:cat",
            "Hinata:female:x",
            "a:f:1:2:3:4",
        ] {
            assert!(baby(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn answers() {
        assert_eq!(
            answer("neck_steady=2026-01-10").unwrap(),
            ("neck_steady".to_string(), "2026-01-10".to_string())
        );
        assert_eq!(answer("car_seat＝はい").unwrap().1, "はい");
        assert!(answer("no answer").is_err());
        assert!(answer("=yes").is_err());
        assert!(answer("q=").is_err());
    }

    #[test]
    fn codes_carry_japanese() {
        assert_eq!(dipstick("±").unwrap(), Dipstick::Trace);
        assert!(
            dipstick("lots")
                .unwrap_err()
                .0
                .get(hagukumi_core::Lang::Ja)
                .contains("尿検査")
        );
        assert_eq!(infant_checkup("3-4m").unwrap(), InfantCheckup::M3to4);
        assert!(infant_checkup("5m").is_err());
    }

    #[test]
    fn numbers_typed_full_width() {
        assert_eq!(weight_kg("９．５").unwrap(), 9.5);
        assert_eq!(weight_kg("３０５０ｇ").unwrap(), 3.05);
        assert_eq!(length_cm("４９．５ｃｍ").unwrap(), 49.5);
        assert_eq!(decimal("９，５").unwrap(), 9.5);
        assert_eq!(blood_pressure("１１８／７２").unwrap(), (118, 72));
        assert_eq!(
            date("２０２６－０５－２０").unwrap().to_string(),
            "2026-05-20"
        );
    }

    #[test]
    fn choices_in_japanese_and_errors_in_each_language() {
        assert_eq!(mood("うれしい").unwrap(), Mood::Happy);
        assert_eq!(
            delivery_method("経膣分娩").unwrap(),
            DeliveryMethod::Vaginal
        );
        assert_eq!(infant_checkup("３～４か月").unwrap(), InfantCheckup::M3to4);
        let e = mood("angry").unwrap_err();
        assert!(
            e.0.get(hagukumi_core::Lang::Ja).contains("うれしい"),
            "{}",
            e.0.get(hagukumi_core::Lang::Ja)
        );
        assert!(
            !e.0.get(hagukumi_core::Lang::Ja).contains("happy,"),
            "{}",
            e.0.get(hagukumi_core::Lang::Ja)
        );
        assert!(
            e.0.get(hagukumi_core::Lang::En).contains("happy, calm"),
            "{}",
            e.0.get(hagukumi_core::Lang::En)
        );
        let b = baby("ひなた：女の子：３．０２").unwrap();
        assert_eq!((b.sex, b.birth.weight_kg), (Sex::Female, Some(3.02)));
    }

    #[test]
    fn positions_accept_the_japanese_printed() {
        assert_eq!(position("仰臥位").unwrap(), LengthPosition::Recumbent);
        assert_eq!(position("立位").unwrap(), LengthPosition::Standing);
    }
}

//! Parsers for command-line values, used by clap. Each error carries an English and a
//! Japanese message ([`InputError`]); the core then validates the values themselves.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use hagukumi_core::model::{
    BirthCertificate, BirthMeasurements, BloodLossGrade, DeliveryMethod, Dipstick, GestationalAge,
    InfantCheckup, LengthPosition, Mood, Newborn, Oedema, Presentation, Sex, Transfusion,
};
use std::str::FromStr;

use crate::error::InputError;

type Result<T> = std::result::Result<T, InputError>;

pub fn date(s: &str) -> Result<NaiveDate> {
    let t = s.trim().replace('/', "-");
    NaiveDate::parse_from_str(&t, "%Y-%m-%d").map_err(|_| {
        InputError::new(
            format!("{s:?} is not a date; write it as YYYY-MM-DD, e.g. 2026-05-20"),
            format!("「{s}」は日付ではありません。2026-05-20 のように YYYY-MM-DD の形で入力してください。"),
        )
    })
}

/// "2026-05-20T03:42", "2026-05-20 03:42" (seconds optional).
pub fn datetime(s: &str) -> Result<NaiveDateTime> {
    let t = s.trim();
    let (d, time) = t.split_once(['T', ' ']).ok_or_else(|| bad_datetime(s))?;
    let d = date(d).map_err(|_| bad_datetime(s))?;
    let time = NaiveTime::parse_from_str(time.trim(), "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(time.trim(), "%H:%M"))
        .map_err(|_| bad_datetime(s))?;
    Ok(d.and_time(time))
}

fn bad_datetime(s: &str) -> InputError {
    InputError::new(
        format!(
            "{s:?} is not a date and time; write it as YYYY-MM-DDTHH:MM, e.g. 2026-05-20T03:42"
        ),
        format!("「{s}」は日時ではありません。2026-05-20T03:42 のように入力してください。"),
    )
}

pub fn gestational_age(s: &str) -> Result<GestationalAge> {
    GestationalAge::from_str(s).map_err(|e| {
        InputError::new(
            e.to_string(),
            format!("「{s}」は妊娠週数ではありません。38w2d（38週2日）のように入力してください（日は0〜6）。"),
        )
    })
}

/// A decimal number such as 3.05 (also 3,05, the decimal comma).
pub fn decimal(s: &str) -> Result<f64> {
    let t = s.trim().replace(',', ".");
    match t.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(InputError::new(
            format!("{s:?} is not a number"),
            format!("「{s}」は数値ではありません。"),
        )),
    }
}

/// A weight in kilograms: "3.05", "3.05kg", or in grams "3050g" (birth weights are
/// written in grams in the handbook).
pub fn weight_kg(s: &str) -> Result<f64> {
    let t = s.trim().to_ascii_lowercase();
    if let Some(g) = t.strip_suffix('g').filter(|g| !g.ends_with('k')) {
        return decimal(g).map(|g| g / 1000.0);
    }
    decimal(t.strip_suffix("kg").unwrap_or(&t))
}

/// A length in centimetres: "49.5" or "49.5cm".
pub fn length_cm(s: &str) -> Result<f64> {
    let t = s.trim().to_ascii_lowercase();
    decimal(t.strip_suffix("cm").unwrap_or(&t))
}

/// Two whole numbers "A/B": blood pressure 118/72, Apgar 8/9.
fn pair<T: FromStr>(s: &str, what_en: &str, what_ja: &str, example: &str) -> Result<(T, T)> {
    let bad = || {
        InputError::new(
            format!("{s:?} is not a {what_en}; write it as {example}"),
            format!("「{s}」は{what_ja}として読めません。{example} のように入力してください。"),
        )
    };
    let (a, b) = s.trim().split_once('/').ok_or_else(bad)?;
    Ok((
        a.trim().parse().map_err(|_| bad())?,
        b.trim().parse().map_err(|_| bad())?,
    ))
}

pub fn blood_pressure(s: &str) -> Result<(u16, u16)> {
    pair(s, "blood pressure", "血圧", "118/72")
}

pub fn apgar(s: &str) -> Result<(u8, u8)> {
    pair(
        s,
        "pair of Apgar scores (1 and 5 minutes)",
        "アプガースコア（1分/5分）",
        "8/9",
    )
}

/// Wrap a core `FromStr` whose error is English, adding the Japanese.
fn code<T: FromStr>(s: &str, choices: &str, what_ja: &str) -> Result<T>
where
    T::Err: std::fmt::Display,
{
    T::from_str(s.trim()).map_err(|e| {
        InputError::new(
            e.to_string(),
            format!("「{s}」は{what_ja}として使えません（{choices} のいずれか）。"),
        )
    })
}

pub fn dipstick(s: &str) -> Result<Dipstick> {
    code(s, "-, ±, +, 2+, 3+", "尿検査の結果")
}

pub fn oedema(s: &str) -> Result<Oedema> {
    code(s, "-, +, ++", "むくみの程度")
}

pub fn sex(s: &str) -> Result<Sex> {
    code(s, "male, female", "性別")
}

pub fn position(s: &str) -> Result<LengthPosition> {
    code(s, "recumbent（仰臥位）, standing（立位）", "測り方")
}

pub fn mood(s: &str) -> Result<Mood> {
    code(s, "happy, calm, tired, worried, unwell", "気分")
}

pub fn delivery_method(s: &str) -> Result<DeliveryMethod> {
    code(s, "vaginal, vacuum, forceps, caesarean", "分娩方法")
}

/// The 出産の状態 page's printed choices: the printed word (頭位, 少量, 有 …) or the
/// English code. The choices in the message come from the core's list.
fn printed<T: FromStr<Err = String>>(
    s: &str,
    all: &[T],
    words: impl Fn(&T) -> (&'static str, &'static str),
    what_ja: &str,
) -> Result<T> {
    T::from_str(s).map_err(|e| {
        let choices: Vec<String> = all
            .iter()
            .map(|c| {
                let (ja, code) = words(c);
                format!("{ja}（{code}）")
            })
            .collect();
        InputError::new(
            e,
            format!(
                "「{s}」は{what_ja}として使えません（{} のいずれか）。",
                choices.join("・")
            ),
        )
    })
}

pub fn presentation(s: &str) -> Result<Presentation> {
    printed(
        s,
        Presentation::ALL,
        |c| (c.label_ja(), c.as_str()),
        "分娩経過",
    )
}

pub fn blood_loss_grade(s: &str) -> Result<BloodLossGrade> {
    printed(
        s,
        BloodLossGrade::ALL,
        |c| (c.label_ja(), c.as_str()),
        "出血量",
    )
}

pub fn transfusion(s: &str) -> Result<Transfusion> {
    printed(
        s,
        Transfusion::ALL,
        |c| (c.label_ja(), c.as_str()),
        "輸血の有無",
    )
}

pub fn birth_certificate(s: &str) -> Result<BirthCertificate> {
    printed(
        s,
        BirthCertificate::ALL,
        |c| (c.label_ja(), c.as_str()),
        "証明",
    )
}

/// 分娩所要時間 as hours and minutes (12時間30分, 45分, 12h30m, 12:30), in minutes.
pub fn labor_duration(s: &str) -> Result<u32> {
    hagukumi_core::model::parse_labor_duration(s).map_err(|e| {
        InputError::new(
            e,
            format!("「{s}」は時間として読めません。12時間30分、45分、12:30 のように時間と分で入力してください。"),
        )
    })
}

pub fn infant_checkup(s: &str) -> Result<InfantCheckup> {
    let codes: Vec<&str> = InfantCheckup::ALL.iter().map(|c| c.as_str()).collect();
    code(s, &codes.join(", "), "健診の種類")
}

/// `NAME:SEX[:WEIGHT_KG[:LENGTH_CM[:HEAD_CM]]]`, e.g. `Hinata:female:3.02:49:33`. An
/// empty field is skipped (`Hinata:female::49`).
pub fn baby(s: &str) -> Result<Newborn> {
    let bad = |detail_en: &str, detail_ja: &str| {
        InputError::new(
            format!(
                "--baby {s:?}: {detail_en} (write NAME:SEX[:WEIGHT_KG[:LENGTH_CM[:HEAD_CM]]], e.g. Hinata:female:3.02:49.0:33.0)"
            ),
            format!(
                "--baby「{s}」: {detail_ja}（名前:性別[:体重kg[:身長cm[:頭囲cm]]] の形で、例: ひなた:female:3.02:49.0:33.0）"
            ),
        )
    };
    let parts: Vec<&str> = s.split(':').collect();
    if parts.len() < 2 || parts.len() > 5 {
        return Err(bad("expected 2 to 5 fields", "項目の数が正しくありません"));
    }
    let name = parts[0].trim();
    if name.is_empty() {
        return Err(bad("the name is empty", "名前がありません"));
    }
    let sex = sex(parts[1]).map_err(|_| {
        bad(
            "the sex must be male or female",
            "性別は male か female です",
        )
    })?;
    let field = |i: usize, f: fn(&str) -> Result<f64>| -> Result<Option<f64>> {
        match parts.get(i).map(|p| p.trim()).filter(|p| !p.is_empty()) {
            None => Ok(None),
            Some(p) => f(p).map(Some).map_err(|e| {
                bad(
                    &e.0.get(hagukumi_core::Lang::En),
                    &e.0.get(hagukumi_core::Lang::Ja),
                )
            }),
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
    let bad = || {
        InputError::new(
            format!(
                "--answer {s:?}: write ID=VALUE (the ids: hagukumi checkup questions --kind KIND)"
            ),
            format!(
                "--answer「{s}」: ID=値 の形で入力してください（IDは hagukumi checkup questions --kind 健診 で確認できます）。"
            ),
        )
    };
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
    fn positions_accept_the_japanese_printed() {
        assert_eq!(position("仰臥位").unwrap(), LengthPosition::Recumbent);
        assert_eq!(position("立位").unwrap(), LengthPosition::Standing);
    }
}

//! The typed records' forms: a record's data and a form's values are two views of
//! the same JSON object (the record's serde form, which the store already uses for
//! sharing), so one conversion serves every kind: a field's id (or `path`) is its key.

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::{Map, Value};

use super::spec::{ChoiceOption, FieldInput, FormField};
use crate::Lang;
use crate::model::{
    Answer, BirthCertificate, BloodLossGrade, DeliveryMethod, Dipstick, FieldValue, GestationalAge,
    LengthPosition, Mood, Oedema, Presentation, Sex, Transfusion,
};
use crate::schedule::VaccineCode;

/// The options of a choice whose values are one of the core's own lists. The
/// model's lists still carry their two languages as pairs (#16: → their `label(lang)`
/// when the model's labels have moved); they are chosen through [`localized`].
pub(crate) fn options_from(list: &str, lang: Lang) -> Option<Vec<ChoiceOption>> {
    fn opt(value: &str, label: &str) -> ChoiceOption {
        ChoiceOption {
            value: value.to_string(),
            label: label.to_string(),
        }
    }
    Some(match list {
        "sex" => [Sex::Male, Sex::Female]
            .into_iter()
            .map(|s| opt(s.as_str(), s.label(lang)))
            .collect(),
        "position" => vec![
            opt(
                LengthPosition::Recumbent.as_str(),
                &crate::t!(lang, "forms-position-recumbent"),
            ),
            opt(
                LengthPosition::Standing.as_str(),
                &crate::t!(lang, "forms-position-standing"),
            ),
        ],
        "delivery_method" => [
            DeliveryMethod::Vaginal,
            DeliveryMethod::Vacuum,
            DeliveryMethod::Forceps,
            DeliveryMethod::Caesarean,
        ]
        .into_iter()
        .map(|m| opt(m.as_str(), m.label(lang)))
        .collect(),
        "presentation" => printed(Presentation::ALL, |c| (c.as_str(), c.label(lang))),
        "blood_loss_grade" => printed(BloodLossGrade::ALL, |c| (c.as_str(), c.label(lang))),
        "transfusion" => printed(Transfusion::ALL, |c| (c.as_str(), c.label(lang))),
        "birth_certificate" => printed(BirthCertificate::ALL, |c| (c.as_str(), c.label(lang))),
        "dipstick" => [
            (Dipstick::Negative, "negative"),
            (Dipstick::Trace, "trace"),
            (Dipstick::Plus1, "plus1"),
            (Dipstick::Plus2, "plus2"),
            (Dipstick::Plus3, "plus3"),
        ]
        .into_iter()
        .map(|(d, value)| opt(value, d.as_str()))
        .collect(),
        "oedema" => [
            (Oedema::None, "none"),
            (Oedema::Mild, "mild"),
            (Oedema::Marked, "marked"),
        ]
        .into_iter()
        .map(|(o, value)| opt(value, o.as_str()))
        .collect(),
        "mood" => [
            Mood::Happy,
            Mood::Calm,
            Mood::Tired,
            Mood::Worried,
            Mood::Unwell,
        ]
        .into_iter()
        .map(|m| opt(m.as_str(), m.label(lang)))
        .collect(),
        "vaccine" => VaccineCode::ALL
            .into_iter()
            .map(|v| opt(v.as_str(), v.label(lang)))
            .collect(),
        _ => return None,
    })
}

/// The options of one of the 出産の状態 page's printed choices, in printed order.
fn printed<T: Copy>(
    all: &[T],
    words: impl Fn(T) -> (&'static str, &'static str),
) -> Vec<ChoiceOption> {
    all.iter()
        .map(|&c| {
            let (value, label) = words(c);
            ChoiceOption {
                value: value.to_string(),
                label: label.to_string(),
            }
        })
        .collect()
}

/// The key path of a field in the record's JSON: `path`, else the id.
pub(crate) fn path_of<'a>(id: &'a str, path: Option<&'a str>) -> Vec<&'a str> {
    path.unwrap_or(id).split('.').collect()
}

/// Write `value` at `path` in `object` (`None`: remove it).
pub(crate) fn set_path(object: &mut Map<String, Value>, path: &[&str], value: Option<Value>) {
    match path {
        [] => {}
        [last] => {
            match value {
                Some(v) => object.insert((*last).to_string(), v),
                None => object.remove(*last),
            };
        }
        [first, rest @ ..] => {
            let child = object
                .entry((*first).to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            if !child.is_object() {
                *child = Value::Object(Map::new());
            }
            if let Value::Object(map) = child {
                set_path(map, rest, value);
            }
        }
    }
}

pub(crate) fn get_path<'a>(object: &'a Map<String, Value>, path: &[&str]) -> Option<&'a Value> {
    let (first, rest) = path.split_first()?;
    let v = object.get(*first)?;
    if rest.is_empty() {
        return Some(v).filter(|v| !v.is_null());
    }
    get_path(v.as_object()?, rest)
}

/// A form value as the record's JSON stores it.
pub(crate) fn to_json(input: &FieldInput, value: &FieldValue) -> Value {
    match value {
        FieldValue::Yes => Value::Bool(true),
        FieldValue::No => Value::Bool(false),
        FieldValue::When { date } | FieldValue::Date { date } => {
            Value::String(date.format("%Y-%m-%d").to_string())
        }
        FieldValue::DateTime { at } => Value::String(at.format("%Y-%m-%dT%H:%M:%S").to_string()),
        FieldValue::Gestation { weeks, days } => Value::String(format!("{weeks}+{days}")),
        FieldValue::Number { value } => match input {
            FieldInput::Integer { .. } => Value::from(*value as i64),
            _ => Value::from(*value),
        },
        FieldValue::Integer { value } => match input {
            FieldInput::Number { .. } => Value::from(*value as f64),
            _ => Value::from(*value),
        },
        FieldValue::Choice { option } => Value::String(option.clone()),
        FieldValue::Text { text } => Value::String(text.clone()),
        FieldValue::Photos { refs } => Value::from(refs.clone()),
    }
}

/// The record's JSON value of a field, as a form value.
pub(crate) fn from_json(input: &FieldInput, value: &Value) -> Option<FieldValue> {
    Some(match input {
        FieldInput::YesNo | FieldInput::When => {
            if value.as_bool()? {
                FieldValue::Yes
            } else {
                FieldValue::No
            }
        }
        FieldInput::Date => FieldValue::Date {
            date: value.as_str()?.parse::<NaiveDate>().ok()?,
        },
        FieldInput::DateTime => FieldValue::DateTime {
            at: value.as_str()?.parse::<NaiveDateTime>().ok()?,
        },
        FieldInput::Gestation => {
            let ga: GestationalAge = value.as_str()?.parse().ok()?;
            FieldValue::Gestation {
                weeks: u8::try_from(ga.weeks()).ok()?,
                days: u8::try_from(ga.days() % 7).ok()?,
            }
        }
        FieldInput::Number { .. } => FieldValue::Number {
            value: value.as_f64()?,
        },
        FieldInput::Integer { .. } => FieldValue::Integer {
            value: value.as_i64()?,
        },
        FieldInput::Choice { .. } => FieldValue::Choice {
            option: value.as_str()?.to_string(),
        },
        FieldInput::Text { .. } => FieldValue::Text {
            text: value.as_str()?.to_string(),
        },
        FieldInput::Photos { .. } => FieldValue::Photos {
            refs: value
                .as_array()?
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
        },
    })
}

/// The values of `fields` read from a record's JSON object.
pub(crate) fn values_of(
    fields: &[(&FormField, Vec<&str>)],
    object: &Map<String, Value>,
    prefix: &str,
) -> Vec<Answer> {
    fields
        .iter()
        .filter_map(|(field, path)| {
            let v = get_path(object, path)?;
            let value = from_json(&field.input, v)?;
            Some(Answer::new(format!("{prefix}{}", field.id), value))
        })
        .collect()
}

/// The snake_case name of a core `Field`, as `core_field` in the data names it.
pub(crate) fn core_field_key(field: crate::error::Field) -> String {
    let debug = format!("{field:?}");
    let mut key = String::new();
    for (i, c) in debug.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                key.push('_');
            }
            key.push(c.to_ascii_lowercase());
        } else {
            key.push(c);
        }
    }
    key
}

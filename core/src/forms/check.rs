//! Checking a filled form field by field, against the form's own description: the
//! type, the limits, the options, the length, what is required. The record's own
//! rules (a date before the birth, a newborn of 40 kg) are the model's validation,
//! which runs after this on the record built from the values.

use chrono::NaiveDate;

use super::spec::{FieldInput, Form, FormField};
use crate::Lang;
use crate::model::choice::{fold_width, normalize};
use crate::model::{Answer, FieldValue};

/// What is wrong with one value of a form.
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerProblem {
    /// The page has no field with this id.
    UnknownField,
    /// The same field was given twice.
    Repeated,
    /// A value of the wrong kind (a date for a yes/no question); `expected` is the
    /// catalog message naming what the field takes.
    WrongType {
        expected: &'static str,
    },
    Required,
    OutOfRange {
        min: f64,
        max: f64,
        unit: String,
    },
    /// Weeks of pregnancy outside what a page accepts.
    WeeksOutOfRange {
        min: u32,
        max: u32,
    },
    /// Not a whole multiple of the field's step (3.14159 kg).
    TooPrecise {
        step: f64,
    },
    NotAnOption {
        options: Vec<String>,
    },
    TooLong {
        len: usize,
        max: u32,
    },
    TooManyPhotos {
        max: u32,
    },
    DateInFuture {
        today: NaiveDate,
    },
    /// Before the birth or the start of the pregnancy the page is about.
    BeforeStart {
        start: NaiveDate,
    },
}

impl AnswerProblem {
    /// The message, naming the field by `label`.
    pub fn message(&self, label: &str, lang: Lang) -> String {
        use crate::t;
        use AnswerProblem::*;
        match self {
            UnknownField => t!(lang, "forms-unknown-field", label = label),
            Repeated => t!(lang, "forms-repeated", label = label),
            WrongType { expected } => t!(
                lang,
                "forms-wrong-type",
                label = label,
                expected = crate::text::text(lang, expected)
            ),
            Required => t!(lang, "forms-required", label = label),
            OutOfRange { min, max, unit } => t!(
                lang,
                "forms-out-of-range",
                label = label,
                min = *min,
                max = *max,
                unit = unit.as_str()
            ),
            WeeksOutOfRange { min, max } => t!(
                lang,
                "forms-weeks-out-of-range",
                label = label,
                min = *min,
                max = *max
            ),
            TooPrecise { step } => t!(lang, "forms-too-precise", label = label, step = *step),
            NotAnOption { options } => t!(
                lang,
                "forms-not-an-option",
                label = label,
                options = crate::text::join(lang, options)
            ),
            TooLong { len, max } => {
                t!(
                    lang,
                    "forms-too-long",
                    label = label,
                    len = *len,
                    max = *max
                )
            }
            TooManyPhotos { max } => t!(lang, "forms-too-many-photos", label = label, max = *max),
            DateInFuture { today } => t!(
                lang,
                "forms-date-in-future",
                label = label,
                today = today.to_string()
            ),
            BeforeStart { start } => t!(
                lang,
                "forms-before-start",
                label = label,
                start = start.to_string()
            ),
        }
    }
}

/// What a field of `input` expects, as the catalog message naming it, for
/// [`AnswerProblem::WrongType`].
fn expected(input: &FieldInput) -> &'static str {
    match input {
        FieldInput::YesNo => crate::tid!("forms-expects-yes-no"),
        FieldInput::When => crate::tid!("forms-expects-when"),
        FieldInput::Date => crate::tid!("forms-expects-date"),
        FieldInput::DateTime => crate::tid!("forms-expects-date-time"),
        FieldInput::Gestation => crate::tid!("forms-expects-gestation"),
        FieldInput::Number { .. } => crate::tid!("forms-expects-number"),
        FieldInput::Integer { .. } => crate::tid!("forms-expects-integer"),
        FieldInput::Choice { .. } => crate::tid!("forms-expects-choice"),
        FieldInput::Text { .. } => crate::tid!("forms-expects-text"),
        FieldInput::Photos { .. } => crate::tid!("forms-expects-photos"),
    }
}

/// Check one value against its field. Integers are accepted where a number is
/// asked and whole numbers where an integer is (an app's number pad gives either).
pub fn check_value(field: &FormField, value: &FieldValue) -> Result<(), AnswerProblem> {
    let wrong = || AnswerProblem::WrongType {
        expected: expected(&field.input),
    };
    match (&field.input, value) {
        (FieldInput::YesNo, FieldValue::Yes | FieldValue::No) => Ok(()),
        (FieldInput::When, FieldValue::When { .. } | FieldValue::No | FieldValue::Yes) => Ok(()),
        (FieldInput::Date, FieldValue::Date { .. }) => Ok(()),
        (FieldInput::DateTime, FieldValue::DateTime { .. }) => Ok(()),
        (FieldInput::Gestation, FieldValue::Gestation { weeks, days }) => {
            if *days > 6 || !(12..=45).contains(weeks) {
                return Err(AnswerProblem::WeeksOutOfRange { min: 12, max: 45 });
            }
            Ok(())
        }
        (
            FieldInput::Number {
                min,
                max,
                step,
                unit,
            },
            v,
        ) => {
            let x = match v {
                FieldValue::Number { value } => *value,
                FieldValue::Integer { value } => *value as f64,
                _ => return Err(wrong()),
            };
            if !x.is_finite() || x < *min || x > *max {
                return Err(AnswerProblem::OutOfRange {
                    min: *min,
                    max: *max,
                    unit: unit.clone(),
                });
            }
            let steps = x / step;
            if (steps - steps.round()).abs() > 1e-6 {
                return Err(AnswerProblem::TooPrecise { step: *step });
            }
            Ok(())
        }
        (FieldInput::Integer { min, max, unit }, v) => {
            let x = match v {
                FieldValue::Integer { value } => *value,
                FieldValue::Number { value } if value.fract() == 0.0 && value.is_finite() => {
                    *value as i64
                }
                _ => return Err(wrong()),
            };
            if x < *min || x > *max {
                return Err(AnswerProblem::OutOfRange {
                    min: *min as f64,
                    max: *max as f64,
                    unit: unit.clone(),
                });
            }
            Ok(())
        }
        (FieldInput::Choice { options }, FieldValue::Choice { option }) => {
            if options.iter().any(|o| &o.value == option) {
                Ok(())
            } else {
                Err(AnswerProblem::NotAnOption {
                    options: options.iter().map(|o| o.label.clone()).collect(),
                })
            }
        }
        (FieldInput::Text { max_len, .. }, FieldValue::Text { text }) => {
            let len = text.chars().count();
            if len > *max_len as usize {
                return Err(AnswerProblem::TooLong { len, max: *max_len });
            }
            Ok(())
        }
        (FieldInput::Photos { max }, FieldValue::Photos { refs }) => {
            if refs.len() > *max as usize {
                return Err(AnswerProblem::TooManyPhotos { max: *max });
            }
            Ok(())
        }
        _ => Err(wrong()),
    }
}

/// A value that says nothing (blank text, no photos): treated as not given, so that a
/// form field left empty clears the value instead of storing "".
pub fn is_blank(value: &FieldValue) -> bool {
    match value {
        FieldValue::Text { text } => text.trim().is_empty(),
        FieldValue::Photos { refs } => refs.is_empty(),
        _ => false,
    }
}

/// Check every value of a filled form: known fields, each once, each valid, the
/// required ones present. The problems, by field id (in the order of the form).
pub fn check_values(form: &Form, values: &[Answer]) -> Vec<(String, AnswerProblem)> {
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for answer in values {
        let Some(field) = form.field(&answer.field) else {
            problems.push((answer.field.clone(), AnswerProblem::UnknownField));
            continue;
        };
        if !seen.insert(answer.field.as_str()) {
            problems.push((answer.field.clone(), AnswerProblem::Repeated));
            continue;
        }
        if is_blank(&answer.value) {
            continue;
        }
        if let Err(p) = check_value(field, &answer.value) {
            problems.push((answer.field.clone(), p));
        }
    }
    for field in form.fields().filter(|f| f.required) {
        let given = values
            .iter()
            .any(|a| a.field == field.id && !is_blank(&a.value));
        if !given {
            problems.push((field.id.clone(), AnswerProblem::Required));
        }
    }
    problems
}

/// The values that say something, with whole-number answers to number fields kept
/// as numbers and the reverse (the form's type, not the app's keyboard, decides).
pub fn normalised(form: &Form, values: &[Answer]) -> Vec<Answer> {
    values
        .iter()
        .filter(|a| !is_blank(&a.value))
        .filter_map(|a| {
            let field = form.field(&a.field)?;
            let value = match (&field.input, &a.value) {
                (FieldInput::Number { .. }, FieldValue::Integer { value }) => FieldValue::Number {
                    value: *value as f64,
                },
                (FieldInput::Integer { .. }, FieldValue::Number { value }) => FieldValue::Integer {
                    value: *value as i64,
                },
                (FieldInput::Text { .. }, FieldValue::Text { text }) => FieldValue::Text {
                    text: text.trim().to_string(),
                },
                (FieldInput::When, FieldValue::Yes) => FieldValue::Yes,
                (_, v) => v.clone(),
            };
            Some(Answer::new(a.field.clone(), value))
        })
        .collect()
}

/// Text typed for a field (the CLI's `--answer ID=VALUE`), read as the field's value.
/// Takes what the handbook prints and what a Japanese keyboard types: はい／いいえ,
/// full-width digits, a date with 年月日 or slashes, an option's value or its label.
pub fn parse_value(field: &FormField, text: &str) -> Result<FieldValue, AnswerProblem> {
    let typed = text.trim();
    let text = fold_width(typed);
    let wrong = || AnswerProblem::WrongType {
        expected: expected(&field.input),
    };
    let yes = |t: &str| matches!(t, "yes" | "y" | "はい" | "true" | "済" | "あり");
    let no = |t: &str| matches!(t, "no" | "n" | "いいえ" | "false" | "未" | "なし");
    let value = match &field.input {
        FieldInput::YesNo => {
            if yes(&text) {
                FieldValue::Yes
            } else if no(&text) {
                FieldValue::No
            } else {
                return Err(wrong());
            }
        }
        FieldInput::When => {
            if yes(&text) {
                FieldValue::Yes
            } else if no(&text) {
                FieldValue::No
            } else {
                FieldValue::When {
                    date: parse_date(&text).ok_or_else(wrong)?,
                }
            }
        }
        FieldInput::Date => FieldValue::Date {
            date: parse_date(&text).ok_or_else(wrong)?,
        },
        FieldInput::DateTime => {
            let t = text.replace('T', " ");
            let at = chrono::NaiveDateTime::parse_from_str(&t, "%Y-%m-%d %H:%M")
                .or_else(|_| chrono::NaiveDateTime::parse_from_str(&t, "%Y-%m-%d %H:%M:%S"))
                .map_err(|_| wrong())?;
            FieldValue::DateTime { at }
        }
        FieldInput::Gestation => {
            let t = text.replace('週', "+").replace('日', "");
            let (w, d) = t.split_once('+').unwrap_or((&t, "0"));
            let weeks = w.trim().parse().map_err(|_| wrong())?;
            let days = if d.trim().is_empty() {
                0
            } else {
                d.trim().parse().map_err(|_| wrong())?
            };
            FieldValue::Gestation { weeks, days }
        }
        FieldInput::Number { unit, .. } => {
            let t = number_text(&text, unit);
            FieldValue::Number {
                value: t.parse().map_err(|_| wrong())?,
            }
        }
        FieldInput::Integer { unit, .. } => {
            let t = number_text(&text, unit);
            FieldValue::Integer {
                value: t.parse().map_err(|_| wrong())?,
            }
        }
        FieldInput::Choice { options } => {
            let found = options
                .iter()
                .find(|o| o.value == text || normalize(&o.label) == normalize(&text))
                .ok_or_else(|| AnswerProblem::NotAnOption {
                    options: options
                        .iter()
                        .map(|o| format!("{} ({})", o.label, o.value))
                        .collect(),
                })?;
            FieldValue::Choice {
                option: found.value.clone(),
            }
        }
        // Free text as typed: a name in full-width letters stays as written.
        FieldInput::Text { .. } => FieldValue::Text {
            text: typed.to_string(),
        },
        FieldInput::Photos { .. } => FieldValue::Photos {
            refs: text.split(',').map(|s| s.trim().to_string()).collect(),
        },
    };
    check_value(field, &value)?;
    Ok(value)
}

/// A number as typed, without its unit: a comma before exactly three digits
/// separates thousands (3,120 g), any other is a decimal comma (3,5 kg).
fn number_text(text: &str, unit: &str) -> String {
    let t = text.trim().trim_end_matches(unit).trim();
    match t.split_once(',') {
        Some((whole, frac)) if frac.len() == 3 && frac.chars().all(|c| c.is_ascii_digit()) => {
            format!("{whole}{frac}")
        }
        Some((whole, frac)) => format!("{whole}.{frac}"),
        None => t.to_string(),
    }
}

/// A date as 2025-03-01, 2025/3/1 or 2025年3月1日.
fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text
        .replace(['年', '月', '/'], "-")
        .replace('日', "")
        .trim()
        .to_string();
    let mut parts = t.split('-').map(|p| p.trim().parse::<u32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

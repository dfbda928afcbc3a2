//! Words other parts of the core own, in the language asked for, while those parts
//! still give them as a Japanese and an English function (#16). Each line becomes
//! the owner's language-taking function (`label(lang)`, `message(lang)`) when the
//! branches meet; the lead then removes this file. The store's own words are in the
//! catalogs (`store-…`).

use crate::Lang;
use crate::error::ValidationError;
use crate::model::{Age, DeliveryMethod, InfantCheckup, Mood, RecordKind};
use crate::schedule::VaccineCode;

// #16: callers move to RecordKind::label(lang)
pub(crate) fn record_kind(kind: RecordKind, lang: Lang) -> &'static str {
    lang.pick(kind.label_ja(), kind.label_en())
}

// #16: callers move to InfantCheckup::label(lang)
pub(crate) fn checkup(checkup: InfantCheckup, lang: Lang) -> &'static str {
    lang.pick(checkup.label_ja(), checkup.label_en())
}

// #16: callers move to VaccineCode::name(lang)
pub(crate) fn vaccine(vaccine: VaccineCode, lang: Lang) -> &'static str {
    lang.pick(vaccine.name_ja(), vaccine.name_en())
}

// #16: callers move to DeliveryMethod::label(lang)
pub(crate) fn delivery_method(method: DeliveryMethod, lang: Lang) -> &'static str {
    lang.pick(method.label_ja(), method.label_en())
}

// #16: callers move to Mood::label(lang) (English has only the code so far)
pub(crate) fn mood(mood: Mood, lang: Lang) -> &'static str {
    lang.pick(mood.label_ja(), mood.as_str())
}

// #16: callers move to Age::label(lang)
pub(crate) fn age(age: Age, lang: Lang) -> String {
    match lang {
        Lang::Ja => age.label_ja(),
        Lang::En => age.label_en(),
    }
}

// #16: callers move to ValidationError::message(lang)
pub(crate) fn validation(error: &ValidationError, lang: Lang) -> String {
    match lang {
        Lang::Ja => error.message_ja(),
        Lang::En => error.to_string(),
    }
}

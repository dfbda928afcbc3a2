//! The core's catalogs for the apps' shared modules: a sentence the Kotlin facade or
//! HandbookKit composes from a report's numbers (what an import did, a photo check)
//! is a catalog message (`app-…` in `core/data/text/<lang>.ftl`), formatted here in the
//! language the app passes, with the same plural rules and the same words as the
//! core's own sentences. Screen chrome (buttons, headings) stays in each platform's
//! resources.

use hagukumi_core::Lang;
use hagukumi_core::text::{Arg, Localized};

/// A value for a message's placeholder.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum TextValue {
    Text {
        value: String,
    },
    /// A number; it also chooses plural forms.
    Number {
        value: f64,
    },
}

/// A named placeholder value (`{ $records }` ← `records`).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct TextArg {
    pub name: String,
    pub value: TextValue,
}

/// Message `id` of the core's catalog in `lang`, with `args` in its placeholders.
/// An unknown id comes back as itself (the catalog test keeps that from shipping).
#[uniffi::export]
pub fn catalog_text(lang: Lang, id: String, args: Vec<TextArg>) -> String {
    let args: Vec<(&str, Arg<'_>)> = args
        .iter()
        .map(|a| {
            let v = match &a.value {
                TextValue::Text { value } => Arg::from(value.as_str()),
                TextValue::Number { value } => Arg::from(*value),
            };
            (a.name.as_str(), v)
        })
        .collect();
    hagukumi_core::text::format(lang, &id, &args)
}

/// The text for `lang` from a record's words in every catalog language (an error, a
/// warning, a reason), falling back as the catalogs do.
#[uniffi::export]
pub fn text_in(texts: Vec<Localized>, lang: Lang) -> String {
    hagukumi_core::text::text_in(&texts, lang).to_string()
}

/// The language for the phone's locale (`ja-JP`, `en-GB`, `ja_JP`): the catalog
/// language it names, else Japanese, the handbook's own language.
#[uniffi::export]
pub fn lang_for_locale(locale: String) -> Lang {
    Lang::from_locale(&locale).unwrap_or_default()
}

/// Every language with a catalog, the default first, for a language setting.
#[uniffi::export]
pub fn catalog_langs() -> Vec<Lang> {
    Lang::all().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_a_catalog_message_with_numbers_and_text() {
        let n = |name: &str, value: f64| TextArg {
            name: name.into(),
            value: TextValue::Number { value },
        };
        let one = catalog_text(
            Lang::En,
            "app-import-done".into(),
            vec![n("records", 1.0), n("photos", 2.0)],
        );
        assert_eq!(one, "Imported 1 record and 2 photos.");
        let ja = catalog_text(
            Lang::Ja,
            "app-import-done".into(),
            vec![n("records", 1.0), n("photos", 2.0)],
        );
        assert_eq!(ja, "記録1件・写真2枚を取り込みました。");
        assert_eq!(
            catalog_text(Lang::En, "app-no-such-id".into(), vec![]),
            "app-no-such-id"
        );
    }
}

//! The language of text the core produces for people (timeline lines, summaries,
//! reasons, errors). The shells pass the user's choice; Japanese is the default because
//! the handbook is Japanese. What each language says is in its catalog
//! (`core/data/text/<code>.ftl`, see [`crate::text`]); code never chooses words by
//! language.

use serde::{Deserialize, Serialize};
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Lang {
    #[default]
    #[serde(rename = "ja")]
    Ja,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// Pick the Japanese or the English of a pair. Being removed (#16): every sentence
    /// moves to the catalogs, through [`crate::t!`].
    pub fn pick<'a>(self, ja: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Ja => ja,
            Lang::En => en,
        }
    }

    /// The languages with a complete catalog, the default first.
    pub const SHIPPED: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The BCP 47 code (`ja`, `en`, `en-XA`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// Where a message missing in this language is looked for, in order.
    pub fn fallbacks(self) -> &'static [Lang] {
        match self {
            Lang::Ja => &[Lang::Ja, Lang::En],
            Lang::En => &[Lang::En, Lang::Ja],
        }
    }

    /// The language a POSIX locale (`LC_ALL`, `LANG`: `ja_JP.UTF-8`, `en_US`, `C`)
    /// names, if it is one with a catalog. `C` and `POSIX` name none.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let tag = locale.split(['.', '@']).next().unwrap_or("");
        let primary = tag
            .split(['_', '-'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ja" | "jp" | "japanese" | "日本語" => Ok(Lang::Ja),
            "en" | "english" => Ok(Lang::En),
            other => Err(format!("unknown language {other:?} (ja, en, en-XA)")),
        }
    }
}

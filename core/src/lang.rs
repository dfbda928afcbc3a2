//! The language of text the core produces for people (timeline lines, summaries,
//! reasons, errors, help). The shells pass the user's choice; Japanese is the default
//! because the handbook is Japanese. What each language says is in its catalog
//! (`core/data/text/<code>.ftl`, see [`crate::text`]); code never chooses words by
//! language. The enum itself is generated from the catalog files (`core/build.rs`), so
//! adding a language is adding its catalog.

use std::str::FromStr;

include!(concat!(env!("OUT_DIR"), "/langs.rs"));

impl Lang {
    /// Every language with a catalog, the default first.
    pub fn all() -> impl Iterator<Item = Lang> {
        CATALOG_LANGS.iter().map(|(l, _)| *l)
    }

    /// The BCP 47 code (`ja`, `en`, `en-XA` for the pseudo-locale).
    pub fn code(self) -> &'static str {
        if self == Lang::Pseudo {
            return "en-XA";
        }
        CATALOG_LANGS
            .iter()
            .find(|(l, _)| *l == self)
            .map_or("ja", |(_, c)| c)
    }

    /// The catalog's Fluent source.
    pub(crate) fn catalog(self) -> &'static str {
        let lang = if self == Lang::Pseudo { Lang::En } else { self };
        CATALOG_LANGS
            .iter()
            .position(|(l, _)| *l == lang)
            .map_or("", |i| CATALOG_FTL[i])
    }

    /// Where a message missing in this language is looked for, in order: the language,
    /// English, Japanese.
    pub fn fallbacks(self) -> Vec<Lang> {
        let mut chain = vec![self];
        for l in [Lang::En, Lang::Ja] {
            if !chain.contains(&l) {
                chain.push(l);
            }
        }
        chain
    }

    /// The language a POSIX locale (`LC_ALL`, `LANG`: `ja_JP.UTF-8`, `en_US`, `C`) or a
    /// BCP 47 tag (`ja-JP`, an app's device language) names, if it has a catalog. `C`
    /// and `POSIX` name none.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let tag = locale
            .split(['.', '@'])
            .next()
            .unwrap_or("")
            .replace('_', "-");
        if tag.eq_ignore_ascii_case("en-XA") {
            return Some(Lang::Pseudo);
        }
        // The longest code that is the tag or a prefix of it at a subtag boundary
        // (`pt-BR` before `pt`).
        CATALOG_LANGS
            .iter()
            .filter(|(_, code)| {
                // Byte-wise, so a tag of any text (`日本`, typed or from the
                // environment) is compared without slicing inside a character.
                let tag = tag.as_bytes();
                tag.get(..code.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(code.as_bytes()))
                    && matches!(tag.get(code.len()), None | Some(b'-'))
            })
            .max_by_key(|(_, code)| code.len())
            .map(|(l, _)| *l)
    }
}

impl FromStr for Lang {
    type Err = String;

    /// A code (`ja`, `en`, `ja-JP`, `en_US.UTF-8`) or a language's own name.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        match s.to_ascii_lowercase().as_str() {
            "jp" | "japanese" | "日本語" => return Ok(Lang::Ja),
            "english" => return Ok(Lang::En),
            "pseudo" => return Ok(Lang::Pseudo),
            _ => {}
        }
        Lang::from_locale(s).ok_or_else(|| {
            let codes: Vec<&str> = Lang::all().map(Lang::code).collect();
            format!("unknown language {s:?} ({})", codes.join(", "))
        })
    }
}

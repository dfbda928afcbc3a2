//! The city's consultation desk: where a parent is pointed when a worry comes up (a
//! pregnancy loss, a growth reading outside the usual range, and later a pale stool
//! or a high EPDS).
//!
//! Since April 2024 every municipality is to have a こども家庭センター (Child Welfare
//! Act art. 10-2, as amended in 2022), which took over the 子育て世代包括支援センター
//! (Maternal and Child Health Act art. 22) and the 子ども家庭総合支援拠点: the one
//! desk for pregnancy, birth and child-rearing. The city names it in its
//! configuration (`[desk]` in `city.toml`); `feed build` carries it into the signed
//! feed (`_hagukumi.city.desk`), so a changed phone number or opening hours reach
//! the phones with the next feed, signed like every notice.

use serde::{Deserialize, Serialize};

use super::FeedError;
use super::error::{Detail, arg, quoted};
use crate::{Lang, tid};

/// A text the city publishes (not a catalog message): its Japanese, or its English
/// for any other language when it gave one.
fn city_words<'a>(lang: Lang, ja: &'a str, en: Option<&'a str>) -> &'a str {
    match en {
        Some(en) if lang != Lang::Ja && !en.trim().is_empty() => en,
        _ => ja,
    }
}

/// Characters of the desk's name and English name.
const MAX_NAME: usize = 200;
/// Characters of the opening hours.
const MAX_HOURS: usize = 500;
/// Characters of the page's address.
const MAX_URL: usize = 2_000;

/// The city's consultation desk, as the city publishes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ConsultationDesk {
    /// "こもれび市こども家庭センター".
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub name_en: Option<String>,
    /// Digits and hyphens as dialled in Japan: "0000-12-3410".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub phone: Option<String>,
    /// As the city writes them: "平日 8:30〜17:15".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub hours: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub hours_en: Option<String>,
    /// The desk's page: https only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub url: Option<String>,
}

impl ConsultationDesk {
    /// The desk's name for a reader of `lang`: the city writes it in Japanese and may
    /// add an English one, which every other language gets when there is one.
    pub fn name_in(&self, lang: Lang) -> &str {
        city_words(lang, &self.name, self.name_en.as_deref())
    }

    /// The opening hours for a reader of `lang`, as [`ConsultationDesk::name_in`].
    pub fn hours_in(&self, lang: Lang) -> Option<&str> {
        let hours = self.hours.as_deref()?;
        Some(city_words(lang, hours, self.hours_en.as_deref()))
    }

    /// A desk a parent can reach: a name, and a phone number or a page; the phone
    /// in digits and hyphens, the page over https; every text bounded and on one
    /// line (it is shown inside a sentence).
    pub fn check(&self) -> Result<(), FeedError> {
        self.check_at("")
    }

    /// [`ConsultationDesk::check`], naming the fields after `prefix` (the desk's
    /// place in a feed: `_hagukumi.city.`).
    pub(crate) fn check_at(&self, prefix: &str) -> Result<(), FeedError> {
        let bad = |detail: Detail| Err(FeedError::BadConfig { detail });
        let at = |field: &str| arg(format!("{prefix}desk.{field}"));
        let line = |field: &str, value: &str, max: usize, required: bool| {
            if required && value.trim().is_empty() {
                return bad(Detail::new(
                    tid!("feed-detail-empty"),
                    [("field", at(field))],
                ));
            }
            if value.chars().count() > max {
                return bad(Detail::new(
                    tid!("feed-detail-too-long"),
                    [("field", at(field)), ("max", max.into())],
                ));
            }
            if value.chars().any(char::is_control) {
                return bad(Detail::new(
                    tid!("feed-detail-control-character"),
                    [("field", at(field))],
                ));
            }
            Ok(())
        };
        line("name", &self.name, MAX_NAME, true)?;
        for (field, value, max) in [
            ("name_en", &self.name_en, MAX_NAME),
            ("hours", &self.hours, MAX_HOURS),
            ("hours_en", &self.hours_en, MAX_HOURS),
        ] {
            if let Some(v) = value {
                line(field, v, max, true)?;
            }
        }
        if self.phone.is_none() && self.url.is_none() {
            return bad(Detail::new(
                tid!("feed-detail-desk-unreachable"),
                [("field", arg(format!("{prefix}desk")))],
            ));
        }
        if let Some(phone) = &self.phone
            && !is_phone(phone)
        {
            return bad(Detail::new(
                tid!("feed-detail-desk-phone"),
                [("field", at("phone")), ("value", quoted(phone))],
            ));
        }
        if let Some(url) = &self.url
            && !is_https_page(url)
        {
            return bad(Detail::new(
                tid!("feed-detail-desk-url"),
                [
                    ("field", at("url")),
                    ("value", quoted(&url.chars().take(80).collect::<String>())),
                ],
            ));
        }
        Ok(())
    }

    /// "こもれび市こども家庭センター（電話 0000-12-3410、平日 8:30〜17:15）": the desk as a
    /// sentence names it.
    pub fn label(&self, lang: crate::lang::Lang) -> String {
        let name = self.name_in(lang);
        let hours = self.hours_in(lang);
        let mut parts = Vec::new();
        if let Some(phone) = &self.phone {
            parts.push(crate::t!(lang, "feed-desk-phone", phone = phone));
        }
        parts.extend(hours.map(str::to_string));
        if parts.is_empty() {
            return name.to_string();
        }
        crate::t!(
            lang,
            "feed-desk-label",
            name = name,
            details = crate::text::join(lang, &parts)
        )
    }
}

/// A number as dialled within Japan: digits and single hyphens, starting with 0,
/// 10 digits (fixed lines, 0120, 0570) or 11 (mobiles, 050): 総務省 電気通信番号計画
/// (the numbering plan's 0AB〜J and 0A0 forms). Short codes (#8000, 189) are not a
/// desk's number.
fn is_phone(s: &str) -> bool {
    let digits = s.bytes().filter(u8::is_ascii_digit).count();
    s.bytes().all(|b| b.is_ascii_digit() || b == b'-')
        && s.starts_with('0')
        && !s.ends_with('-')
        && !s.contains("--")
        && (10..=11).contains(&digits)
}

fn is_https_page(url: &str) -> bool {
    if url.chars().count() > MAX_URL || url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return false;
    }
    reqwest::Url::parse(url)
        .is_ok_and(|u| u.scheme() == "https" && u.host_str().is_some_and(|h| !h.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn desk() -> ConsultationDesk {
        ConsultationDesk {
            name: "こもれび市こども家庭センター".into(),
            name_en: Some("Komorebi City Family Support Centre".into()),
            phone: Some("0000-12-3410".into()),
            hours: Some("平日 8:30〜17:15".into()),
            hours_en: None,
            url: Some("https://www.city.komorebi.example.jp/kosodate/center/".into()),
        }
    }

    #[test]
    fn the_name_and_hours_are_the_citys_in_the_readers_language_when_given() {
        let d = desk();
        assert_eq!(d.name_in(Lang::Ja), "こもれび市こども家庭センター");
        assert_eq!(d.name_in(Lang::En), "Komorebi City Family Support Centre");
        // No English hours: the Japanese ones; no English name: the Japanese one.
        assert_eq!(d.hours_in(Lang::En), Some("平日 8:30〜17:15"));
        let plain = ConsultationDesk {
            name_en: None,
            hours: None,
            ..desk()
        };
        assert_eq!(plain.name_in(Lang::En), "こもれび市こども家庭センター");
        assert_eq!(plain.hours_in(Lang::En), None);
        let english = ConsultationDesk {
            hours_en: Some("Weekdays 8:30-17:15".into()),
            ..desk()
        };
        assert_eq!(english.hours_in(Lang::En), Some("Weekdays 8:30-17:15"));
        assert_eq!(english.hours_in(Lang::Ja), Some("平日 8:30〜17:15"));
    }

    #[test]
    fn a_desk_with_a_phone_or_a_page_is_accepted_and_labelled_in_both_languages() {
        desk().check().unwrap();
        assert_eq!(
            desk().label(Lang::Ja),
            "こもれび市こども家庭センター（電話 0000-12-3410、平日 8:30〜17:15）"
        );
        assert_eq!(
            desk().label(Lang::En),
            "Komorebi City Family Support Centre (phone 0000-12-3410, 平日 8:30〜17:15)"
        );
        for phone in ["0120-000-000", "09012345678", "03-1234-5678"] {
            ConsultationDesk {
                phone: Some(phone.into()),
                ..desk()
            }
            .check()
            .unwrap();
        }
        ConsultationDesk {
            phone: None,
            ..desk()
        }
        .check()
        .unwrap();
    }

    #[test]
    fn a_bad_phone_a_plain_http_page_or_no_way_to_reach_it_is_refused() {
        let refused = |d: ConsultationDesk| {
            let err = d.check().unwrap_err();
            assert!(matches!(err, FeedError::BadConfig { .. }), "{err:?}");
            err.to_string()
        };
        for phone in [
            "#8000",
            "189",
            "0000 12 3410",
            "+81-3-1234-5678",
            "0000-12-34",
            "0000--12-3410",
            "tel:0000123410",
        ] {
            let msg = refused(ConsultationDesk {
                phone: Some(phone.into()),
                ..desk()
            });
            assert!(msg.contains("desk.phone"), "{msg}");
        }
        for url in [
            "http://www.city.komorebi.example.jp/",
            "javascript:alert(1)",
            "https://",
            "https://www.city.komorebi.example.jp/a b",
        ] {
            let msg = refused(ConsultationDesk {
                url: Some(url.into()),
                ..desk()
            });
            assert!(msg.contains("desk.url"), "{msg}");
        }
        refused(ConsultationDesk {
            phone: None,
            url: None,
            ..desk()
        });
        // #16: the Japanese message carried the English detail.
        let err = ConsultationDesk {
            phone: Some("0000 12 3410".into()),
            ..desk()
        }
        .check()
        .unwrap_err();
        assert_eq!(
            err.message(Lang::Ja),
            "市の設定が正しくありません: desk.phone の \"0000 12 3410\" は電話番号として読めません。国内でかけるときの数字とハイフンで書いてください（例: 0000-12-3410）"
        );
        refused(ConsultationDesk {
            name: " ".into(),
            ..desk()
        });
        refused(ConsultationDesk {
            hours: Some("9:00\n<script>".into()),
            ..desk()
        });
    }
}

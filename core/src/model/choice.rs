//! One way to name a choice (a mood, a delivery method, a vaccine …) on screen and one
//! way to read it back from what a person typed.
//!
//! A [`Choice`] has a stable code (what the store, a share and the CLI's English use)
//! and a catalog label id. [`Choice::parse`] accepts, after [`normalize`]:
//! - the code, and the type's extra language-neutral [`Choice::aliases`];
//! - the label in EVERY shipped catalog (so a new language's labels are accepted the
//!   day its catalog ships), and the label without a trailing 「（…）」 (「5種混合」 for
//!   「5種混合 (DPT-IPV-Hib)」);
//! - the words each catalog lists in the label's `.aliases` attribute, separated by
//!   `|` (the handbook's printed words and common synonyms: 経膣分娩, 自然分娩 …).
//!
//! An unknown value is an [`UnknownChoice`], which lists the accepted values in the
//! reader's language.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, OnceLock};
use unicode_normalization::UnicodeNormalization;

use crate::Lang;

/// A closed set of values a person picks from.
pub trait Choice: Copy + Eq + Sized + 'static {
    /// Catalog id of the noun for what is chosen (「気分」, "mood"), for errors.
    const WHAT: &'static str;

    /// Every value, in the order they are offered.
    fn all() -> &'static [Self];

    /// The stable code.
    fn code(self) -> &'static str;

    /// The catalog message of the value's label.
    fn label_id(self) -> &'static str;

    /// Language-neutral spellings accepted besides the code and the labels
    /// (`c-section`, `1y6m`, `++`).
    fn aliases(self) -> &'static [&'static str] {
        &[]
    }

    /// Reduces a [`normalize`]d text to what tells values apart (a checkup drops
    /// 「児健診」); applied to what was typed and to every accepted spelling alike.
    fn reduce(key: String) -> String {
        key
    }

    /// The label in `lang`.
    fn label_in(self, lang: Lang) -> &'static str {
        static_text(lang, self.label_id())
    }

    /// The value `typed` names, or an error listing the accepted values.
    fn parse(typed: &str) -> Result<Self, UnknownChoice> {
        // The code as stored (every record read back): no catalog needed.
        if let Some(v) = Self::all().iter().copied().find(|v| v.code() == typed) {
            return Ok(v);
        }
        let key = Self::reduce(normalize(typed));
        if !key.is_empty()
            && let Some(v) = Self::all()
                .iter()
                .copied()
                .find(|v| spellings(*v).contains(&key))
        {
            return Ok(v);
        }
        Err(UnknownChoice {
            what: Self::WHAT,
            value: typed.trim().to_string(),
            accepted: Self::all()
                .iter()
                .map(|v| (v.code(), v.label_id()))
                .collect(),
        })
    }
}

/// Every accepted spelling of `v`, reduced (cached per value).
fn spellings<T: Choice>(v: T) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |s: &str| {
        let n = normalize(s);
        let mut keys = vec![n.clone()];
        // 「5種混合 (DPT-IPV-Hib)」 is also 「5種混合」.
        if let Some((head, _)) = n.split_once('(')
            && !head.is_empty()
        {
            keys.push(head.to_string());
        }
        for k in keys {
            let k = T::reduce(k);
            if !k.is_empty() && !out.contains(&k) {
                out.push(k);
            }
        }
    };
    add(v.code());
    for a in v.aliases() {
        add(a);
    }
    for lang in Lang::SHIPPED {
        add(static_text(lang, v.label_id()));
        let attr = format!("{}.aliases", v.label_id());
        if crate::text::has(lang, &attr) {
            for a in crate::text::text(lang, &attr).split('|') {
                add(a);
            }
        }
    }
    out
}

/// What people type, folded so that the same word typed on any keyboard compares
/// equal: NFKC (full-width digits, letters and space become ASCII, half-width kana
/// full-width), every wave dash and hyphen (〜 ～ ~ ‐ – — −) as `-`, lower case, and
/// no white space.
pub fn normalize(s: &str) -> String {
    s.nfkc()
        .map(|c| match c {
            '〜' | '~' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}'
            | '\u{2015}' | '\u{2212}' | '\u{FE63}' => '-',
            c => c,
        })
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// NFKC-folds typed text (full-width digits, letters, period, space → ASCII; the
/// minus sign − as `-`) and trims it: for numbers, dates and answers typed on a
/// Japanese keyboard (`９．５` → `9.5`, `－２` → `-2`).
pub fn fold_width(s: &str) -> String {
    s.nfkc()
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect::<String>()
        .trim()
        .to_string()
}

/// A catalog text as `&'static str`, for the labels' old signatures: the catalogs are
/// compiled in and the label ids are a closed set, so each text is kept once.
pub(crate) fn static_text(lang: Lang, id: &'static str) -> &'static str {
    static CACHE: OnceLock<Mutex<HashMap<(Lang, &'static str), &'static str>>> = OnceLock::new();
    let mut cache = CACHE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    cache
        .entry((lang, id))
        .or_insert_with(|| Box::leak(crate::text::text(lang, id).into_boxed_str()))
}

/// A typed value that names no choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownChoice {
    /// Catalog id of what was being chosen.
    pub what: &'static str,
    /// What was typed.
    pub value: String,
    /// Every accepted value: its code and label id.
    pub accepted: Vec<(&'static str, &'static str)>,
}

impl UnknownChoice {
    /// The accepted values as `lang` lists them (its labels).
    pub fn accepted(&self, lang: Lang) -> String {
        let items: Vec<String> = self
            .accepted
            .iter()
            .map(|(code, id)| {
                let label = static_text(lang, id);
                if normalize(label) == normalize(code) {
                    crate::t!(
                        lang,
                        "model-choice-accepted-same",
                        code = *code,
                        label = label
                    )
                } else {
                    crate::t!(lang, "model-choice-accepted", code = *code, label = label)
                }
            })
            .collect();
        crate::text::join(lang, &items)
    }

    /// 「「横位」は分娩経過として使えません（頭位、骨盤位、その他のいずれか）。」
    pub fn message(&self, lang: Lang) -> String {
        crate::t!(
            lang,
            "model-choice-unknown",
            value = self.value.as_str(),
            what = static_text(lang, self.what),
            accepted = self.accepted(lang)
        )
    }
}

impl fmt::Display for UnknownChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for UnknownChoice {}

/// Implements [`Choice`], `FromStr` (through [`Choice::parse`]) and `label(lang)` for
/// an enum whose `ALL`, `as_str` and `label_id` exist.
macro_rules! choice {
    ($t:ty, $what:expr $(, aliases = $aliases:expr)? $(, reduce = $reduce:expr)?) => {
        impl $crate::model::choice::Choice for $t {
            const WHAT: &'static str = $what;
            fn all() -> &'static [Self] {
                // `ALL` is an array or a slice; both borrow as a 'static slice.
                let all: &'static [Self] = &<$t>::ALL;
                all
            }
            fn code(self) -> &'static str {
                self.as_str()
            }
            fn label_id(self) -> &'static str {
                <$t>::label_id(self)
            }
            $(fn aliases(self) -> &'static [&'static str] {
                ($aliases)(self)
            })?
            $(fn reduce(key: String) -> String {
                ($reduce)(key)
            })?
        }

        impl std::str::FromStr for $t {
            type Err = $crate::model::choice::UnknownChoice;

            /// The code, the label in any shipped language, or an alias
            /// ([`Choice::parse`](crate::model::choice::Choice::parse)).
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$t as $crate::model::choice::Choice>::parse(s)
            }
        }

        impl $t {
            /// The label in `lang`, from its catalog.
            pub fn label(self, lang: $crate::Lang) -> &'static str {
                <$t as $crate::model::choice::Choice>::label_in(self, lang)
            }
        }
    };
}
pub(crate) use choice;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        BirthCertificate, BloodLossGrade, DeliveryMethod, Dipstick, InfantCheckup, LengthPosition,
        Mood, Oedema, PregnancyOutcome, Presentation, RecordKind, Sex, Transfusion,
    };
    use crate::schedule::VaccineCode;

    #[test]
    fn typed_text_is_folded_alike() {
        assert_eq!(normalize(" ３～４か月 "), "3-4か月");
        assert_eq!(normalize("3〜4か月"), "3-4か月");
        assert_eq!(normalize("3~4か月"), "3-4か月");
        assert_eq!(normalize("ＢＣＧ"), "bcg");
        assert_eq!(normalize("B型\u{3000}肝炎"), "b型肝炎");
        assert_eq!(normalize("ﾛﾀﾘｯｸｽ"), "ロタリックス");
        assert_eq!(fold_width("９．５"), "9.5");
    }

    /// Each text names the value, and so does it typed full width.
    #[track_caller]
    fn accepts<T: Choice + std::fmt::Debug>(cases: &[(&str, T)]) {
        for (typed, want) in cases {
            assert_eq!(T::parse(typed), Ok(*want), "{typed}");
            let wide: String = typed
                .chars()
                .map(|c| match c {
                    '!'..='~' => char::from_u32(c as u32 - 0x21 + 0xFF01).unwrap_or(c),
                    ' ' => '\u{3000}',
                    c => c,
                })
                .collect();
            assert_eq!(T::parse(&wide), Ok(*want), "{wide}");
        }
    }

    #[test]
    fn every_choice_takes_its_japanese_label_an_alias_and_full_width() {
        accepts(&[
            ("うれしい", Mood::Happy),
            ("心配", Mood::Worried),
            (" calm ", Mood::Calm),
        ]);
        accepts(&[
            ("経腟分娩", DeliveryMethod::Vaginal),
            ("経膣分娩", DeliveryMethod::Vaginal),
            ("自然分娩", DeliveryMethod::Vaginal),
            ("帝王切開", DeliveryMethod::Caesarean),
            ("C-Section", DeliveryMethod::Caesarean),
            ("吸引分娩", DeliveryMethod::Vacuum),
        ]);
        accepts(&[
            ("男", Sex::Male),
            ("男の子", Sex::Male),
            ("男児", Sex::Male),
            ("女の子", Sex::Female),
            ("girl", Sex::Female),
        ]);
        accepts(&[
            ("仰臥位", LengthPosition::Recumbent),
            ("寝て", LengthPosition::Recumbent),
            ("立位", LengthPosition::Standing),
        ]);
        accepts(&[
            ("1か月", InfantCheckup::M1),
            ("3〜4か月", InfantCheckup::M3to4),
            ("3～4か月", InfantCheckup::M3to4),
            ("3~4か月", InfantCheckup::M3to4),
            ("３～４か月児健診", InfantCheckup::M3to4),
            ("1歳6か月", InfantCheckup::M18),
            ("１歳６か月児健康診査", InfantCheckup::M18),
            ("1ヶ月児健診", InfantCheckup::M1),
            ("2週間", InfantCheckup::W2),
            ("1y6m", InfantCheckup::M18),
            ("3-4-month checkup", InfantCheckup::M3to4),
        ]);
        assert!("5か月".parse::<InfantCheckup>().is_err());
        accepts(&[
            ("陰性", Dipstick::Negative),
            ("−", Dipstick::Negative),
            ("±", Dipstick::Trace),
            ("++", Dipstick::Plus2),
            ("3+", Dipstick::Plus3),
        ]);
        accepts(&[
            ("なし", Oedema::None),
            ("+", Oedema::Mild),
            ("++", Oedema::Marked),
        ]);
        accepts(&[
            ("流産", PregnancyOutcome::Miscarriage),
            ("中絶", PregnancyOutcome::Termination),
            ("Termination of Pregnancy", PregnancyOutcome::Termination),
        ]);
        accepts(&[
            ("頭位", Presentation::Cephalic),
            ("逆子", Presentation::Breech),
            ("その他", Presentation::Other),
        ]);
        accepts(&[("中量", BloodLossGrade::Moderate)]);
        accepts(&[("なし", Transfusion::No), ("有り", Transfusion::Yes)]);
        accepts(&[
            ("死産証書", BirthCertificate::Stillbirth),
            ("死胎検案書", BirthCertificate::Stillbirth),
        ]);
        accepts(&[
            ("妊婦健診", RecordKind::PrenatalCheckup),
            ("prenatal_checkup", RecordKind::PrenatalCheckup),
        ]);
        accepts(&[
            ("B型肝炎", VaccineCode::HepB),
            ("5種混合", VaccineCode::DptIpvHib),
            ("五種混合", VaccineCode::DptIpvHib),
            ("四種混合", VaccineCode::DptIpv),
            ("ロタウイルス", VaccineCode::Rotavirus),
            ("ヒブ", VaccineCode::Hib),
            ("小児用肺炎球菌", VaccineCode::Pcv),
            ("BCG", VaccineCode::Bcg),
            ("MR", VaccineCode::Mr),
            ("麻しん風しん", VaccineCode::Mr),
            ("水痘", VaccineCode::Varicella),
            ("日本脳炎", VaccineCode::Je),
            ("おたふくかぜ", VaccineCode::Mumps),
            ("hepb", VaccineCode::HepB),
            ("Hepatitis B", VaccineCode::HepB),
        ]);
    }

    /// No two values of a type share a spelling (an alias would silently pick one).
    #[test]
    fn no_spelling_names_two_values() {
        fn unique<T: Choice + std::fmt::Debug>() {
            let mut seen: HashMap<String, T> = HashMap::new();
            for v in T::all() {
                for k in spellings(*v) {
                    if let Some(other) = seen.insert(k.clone(), *v) {
                        assert_eq!(other, *v, "{k:?} names {other:?} and {v:?}");
                    }
                }
            }
        }
        unique::<Mood>();
        unique::<DeliveryMethod>();
        unique::<Sex>();
        unique::<LengthPosition>();
        unique::<InfantCheckup>();
        unique::<Dipstick>();
        unique::<Oedema>();
        unique::<PregnancyOutcome>();
        unique::<Presentation>();
        unique::<BloodLossGrade>();
        unique::<Transfusion>();
        unique::<BirthCertificate>();
        unique::<RecordKind>();
        unique::<VaccineCode>();
    }

    #[test]
    fn an_unknown_value_lists_the_accepted_ones_in_the_readers_language() {
        let e = "angry".parse::<Mood>().unwrap_err();
        let ja = e.message(Lang::Ja);
        assert!(ja.contains("「angry」は気分"), "{ja}");
        assert!(ja.contains("うれしい（happy）、おだやか（calm）"), "{ja}");
        let en = e.message(Lang::En);
        assert!(en.contains("happy, calm, tired, worried, unwell"), "{en}");
        assert!(!en.contains("うれしい"), "{en}");
        let e = "5か月".parse::<InfantCheckup>().unwrap_err();
        assert!(e.message(Lang::Ja).contains("3〜4か月児健診（3-4m）"));
        let e = "横位".parse::<Presentation>().unwrap_err();
        assert!(
            e.message(Lang::Ja)
                .contains("頭位（cephalic）、骨盤位（breech）")
        );
        let e = "x".parse::<Dipstick>().unwrap_err();
        assert!(
            e.message(Lang::Ja).contains("−、±、+、2+、3+"),
            "{}",
            e.message(Lang::Ja)
        );
        let e = "ポリオ".parse::<VaccineCode>().unwrap_err();
        assert!(e.message(Lang::Ja).contains("B型肝炎（hepb）"));
    }

    #[test]
    fn labels_come_from_the_catalogs() {
        assert_eq!(Mood::Happy.label(Lang::Ja), "うれしい");
        assert_eq!(
            DeliveryMethod::Caesarean.label(Lang::En),
            "caesarean section"
        );
        assert_eq!(
            VaccineCode::DptIpvHib.label(Lang::Ja),
            "5種混合 (DPT-IPV-Hib)"
        );
        assert_eq!(InfantCheckup::M3to4.label(Lang::Ja), "3〜4か月児健診");
        assert_eq!(
            crate::schedule::DoseStatus::Overdue.label(Lang::Ja),
            "期間超過"
        );
    }
}

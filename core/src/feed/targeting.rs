//! On-device targeting: which items are for this family, and why.
//!
//! The city publishes one file for everyone; the phone compares each item's audience
//! with the family's own records (weeks of pregnancy today, each child's age and
//! birth date, the district). Nothing about the family leaves the phone, and every
//! match carries a reason the parent can read ("妊娠28週の方へ"), so that a notice
//! never appears without saying why.

use chrono::NaiveDate;
use serde::Serialize;

use super::format::Audience;
use crate::lang::Lang;
use crate::model::{GestationalAge, age_between};

/// What targeting needs to know about the family, as of one day.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Family {
    pub today: NaiveDate,
    pub district: Option<String>,
    /// Ongoing pregnancies' gestational age today.
    pub pregnancies: Vec<GestationalAge>,
    pub children: Vec<FamilyChild>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FamilyChild {
    pub name: String,
    pub birth_date: NaiveDate,
}

/// What an item matched on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ReasonKind {
    Everyone,
    Pregnancy,
    Child,
    District,
}

/// Why an item matched, in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "uniffi",
    derive(uniffi::Record),
    uniffi(name = "ForYouReason")
)]
pub struct Reason {
    pub kind: ReasonKind,
    pub text: String,
}

/// `None` if the item is not for this family; otherwise the reasons it is.
pub fn match_audience(a: &Audience, family: &Family, lang: Lang) -> Option<Vec<Reason>> {
    let mut reasons = Vec::new();
    if a.has_stage_criteria() {
        if let Some(span) = a.pregnancy_weeks {
            for ga in &family.pregnancies {
                if span.contains(ga.weeks()) {
                    reasons.push(Reason {
                        kind: ReasonKind::Pregnancy,
                        text: crate::t!(lang, "feed-reason-pregnancy", weeks = ga.weeks()),
                    });
                }
            }
        }
        if a.has_child_criteria() {
            for child in &family.children {
                if let Some(text) = child_matches(a, child, family.today, lang) {
                    reasons.push(Reason {
                        kind: ReasonKind::Child,
                        text,
                    });
                }
            }
        }
        if reasons.is_empty() {
            return None;
        }
    }
    if !a.districts.is_empty() {
        match family.district.as_deref().map(str::trim) {
            Some(d) if a.districts.iter().any(|x| x.trim() == d) => reasons.push(Reason {
                kind: ReasonKind::District,
                text: crate::t!(lang, "feed-reason-district", district = d),
            }),
            Some(_) => return None,
            // No district on the phone: show it rather than risk hiding a notice
            // (a water outage, a venue change) from the family it is about.
            None => reasons.push(Reason {
                kind: ReasonKind::District,
                text: crate::t!(
                    lang,
                    "feed-reason-district-unset",
                    districts = a
                        .districts
                        .join(&crate::t!(lang, "feed-district-separator"))
                ),
            }),
        }
    }
    if reasons.is_empty() {
        reasons.push(Reason {
            kind: ReasonKind::Everyone,
            text: crate::t!(lang, "feed-reason-everyone"),
        });
    }
    Some(reasons)
}

/// The reason a child meets every child criterion of `a`, or `None`.
fn child_matches(
    a: &Audience,
    child: &FamilyChild,
    today: NaiveDate,
    lang: Lang,
) -> Option<String> {
    let age = age_between(child.birth_date, today)?;
    let days = u32::try_from((today - child.birth_date).num_days()).ok()?;
    if a.child_age_days.is_some_and(|s| !s.contains(days))
        || a.child_age_months
            .is_some_and(|s| !s.contains(age.total_months()))
        || a.child_born.is_some_and(|s| !s.contains(child.birth_date))
    {
        return None;
    }
    let name = child.name.as_str();
    if a.child_born.is_some() && a.child_age_days.is_none() && a.child_age_months.is_none() {
        return Some(crate::t!(
            lang,
            "feed-reason-child-born",
            name = name,
            born = child.birth_date.to_string()
        ));
    }
    let months = age.total_months();
    let age_text = if months == 0 {
        crate::t!(lang, "feed-child-age-days", days = days)
    } else if months < 24 {
        crate::t!(lang, "feed-child-age-months", months = months)
    } else {
        crate::t!(lang, "feed-child-age-years", years = age.years)
    };
    Some(crate::t!(
        lang,
        "feed-reason-child-age",
        name = name,
        age = age_text
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::format::{DateSpan, Span};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn span(from: u32, to: u32) -> Option<Span> {
        Some(Span {
            from: Some(from),
            to: Some(to),
        })
    }

    fn family() -> Family {
        Family {
            today: d("2026-05-20"),
            district: Some("中央区".into()),
            pregnancies: vec![GestationalAge::from_weeks_days(28, 3)],
            children: vec![FamilyChild {
                name: "ひなた".into(),
                birth_date: d("2026-01-15"),
            }],
        }
    }

    #[test]
    fn no_audience_is_everyone() {
        let r = match_audience(&Audience::default(), &family(), Lang::Ja).unwrap();
        assert_eq!(r[0].text, "すべての方へ");
    }

    #[test]
    fn pregnancy_week_reason_in_both_languages() {
        let a = Audience {
            pregnancy_weeks: span(24, 31),
            ..Default::default()
        };
        assert_eq!(
            match_audience(&a, &family(), Lang::Ja).unwrap()[0].text,
            "妊娠28週の方へ"
        );
        assert_eq!(
            match_audience(&a, &family(), Lang::En).unwrap()[0].text,
            "For week 28 of pregnancy"
        );
        let late = Audience {
            pregnancy_weeks: span(36, 41),
            ..Default::default()
        };
        assert!(match_audience(&late, &family(), Lang::Ja).is_none());
    }

    #[test]
    fn child_criteria_must_all_hold_for_one_child() {
        // Born 2026-01-15: 4 months 5 days on 2026-05-20, 125 days.
        let a = Audience {
            child_age_months: span(3, 4),
            child_born: Some(DateSpan {
                from: Some(d("2026-01-01")),
                to: Some(d("2026-01-31")),
            }),
            ..Default::default()
        };
        assert_eq!(
            match_audience(&a, &family(), Lang::Ja).unwrap()[0].text,
            "ひなたさん（4か月）へ"
        );
        let born_feb = Audience {
            child_born: Some(DateSpan {
                from: Some(d("2026-02-01")),
                to: Some(d("2026-02-28")),
            }),
            ..a.clone()
        };
        assert!(match_audience(&born_feb, &family(), Lang::Ja).is_none());
        let days = Audience {
            child_age_days: span(120, 130),
            ..Default::default()
        };
        assert!(match_audience(&days, &family(), Lang::En).is_some());
    }

    #[test]
    fn pregnancy_or_child_either_matches() {
        let a = Audience {
            pregnancy_weeks: span(36, 41),
            child_age_months: span(3, 5),
            ..Default::default()
        };
        let r = match_audience(&a, &family(), Lang::Ja).unwrap();
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].kind, ReasonKind::Child);
    }

    #[test]
    fn districts_narrow_and_an_unset_district_still_shows() {
        let a = Audience {
            districts: vec!["北区".into()],
            ..Default::default()
        };
        assert!(match_audience(&a, &family(), Lang::Ja).is_none());
        let mine = Audience {
            districts: vec!["北区".into(), "中央区".into()],
            ..Default::default()
        };
        assert_eq!(
            match_audience(&mine, &family(), Lang::Ja).unwrap()[0].text,
            "中央区にお住まいの方へ"
        );
        let unset = Family {
            district: None,
            ..family()
        };
        let r = match_audience(&a, &unset, Lang::Ja).unwrap();
        assert!(r[0].text.contains("未設定"), "{r:?}");
    }

    /// #16: English chose no plural: "For ひなた (1 months)", "(1 days old)".
    #[test]
    fn english_ages_take_the_singular_for_one() {
        let a = Audience {
            child_age_days: span(0, 400),
            ..Default::default()
        };
        let on = |today: &str| Family {
            today: d(today),
            ..family()
        };
        let text = |f: &Family, lang| match_audience(&a, f, lang).unwrap()[0].text.clone();
        assert_eq!(text(&on("2026-01-16"), Lang::En), "For ひなた (1 day old)");
        assert_eq!(text(&on("2026-01-20"), Lang::En), "For ひなた (5 days old)");
        assert_eq!(text(&on("2026-02-20"), Lang::En), "For ひなた (1 month)");
        assert_eq!(text(&on("2026-02-20"), Lang::Ja), "ひなたさん（1か月）へ");
        assert_eq!(text(&on("2026-01-16"), Lang::Ja), "ひなたさん（生後1日）へ");
    }

    #[test]
    fn a_child_born_after_today_matches_nothing() {
        let f = Family {
            children: vec![FamilyChild {
                name: "x".into(),
                birth_date: d("2026-06-01"),
            }],
            pregnancies: vec![],
            ..family()
        };
        let a = Audience {
            child_age_days: span(0, 10),
            ..Default::default()
        };
        assert!(match_audience(&a, &f, Lang::Ja).is_none());
    }
}

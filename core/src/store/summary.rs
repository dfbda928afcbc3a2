//! Screen summaries: the home screen and each child's card, computed from the records
//! on every call (nothing derived is stored, so nothing can go stale).

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use super::Handbook;
use super::records::{IdParam, list, stored_error};
use crate::error::{HandbookError, Result};
use crate::lang::Lang;
use crate::model::*;

/// A value with the date it was measured.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Measured {
    pub value: f64,
    pub date: NaiveDate,
    /// The growth record it comes from; `None` for the birth measurement.
    pub record_id: Option<Uuid>,
    /// Where it stands: the Japanese 2023 survey's band and interpolated percentile,
    /// WHO's z alongside. `None` for a value no reference reads (see the reasons
    /// inside when there is one).
    pub standing: Option<crate::growth::Standing>,
}

/// The latest value of each kind of measurement (each may come from a different day).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LatestMeasurements {
    pub weight_kg: Option<Measured>,
    pub length_cm: Option<Measured>,
    pub head_cm: Option<Measured>,
}

/// The next infant checkup still to be done.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NextCheckup {
    pub checkup: InfantCheckup,
    pub label: String,
    pub from: NaiveDate,
    pub until: NaiveDate,
}

/// A child's card.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChildSummary {
    pub child: Record<Child>,
    pub age: Age,
    pub age_label: String,
    /// Shown for a preterm child until a corrected age of 2 years.
    pub corrected_age: Option<Age>,
    pub corrected_age_label: Option<String>,
    pub latest: LatestMeasurements,
    pub next_checkup: Option<NextCheckup>,
}

/// The pregnancy card.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PregnancySummary {
    pub pregnancy: Record<Pregnancy>,
    pub due_date: NaiveDate,
    pub gestational_age: GestationalAge,
    pub gestational_age_label: String,
    /// Negative once the due date has passed.
    pub days_until_due: i64,
    pub last_checkup: Option<Record<PrenatalCheckup>>,
    pub next_visit: Option<NaiveDate>,
    /// The JSOG 2021 weight-gain guidance for the pre-pregnancy BMI, with the gain so
    /// far; `None` until the mother's height and pre-pregnancy weight are entered.
    pub weight_gain: Option<WeightGain>,
}

/// Weight gain during pregnancy against the guidance for the pre-pregnancy BMI.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct WeightGain {
    pub guidance: crate::growth::WeightGainGuidance,
    /// Latest checkup weight minus the pre-pregnancy weight, when a checkup recorded one.
    pub gain_so_far_kg: Option<f64>,
    /// Where the gain so far stands against the range for the whole pregnancy
    /// (above it is worth talking about with the midwife; below is expected early on).
    pub position: Option<crate::growth::GainPosition>,
}

/// Everything the home screen shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HomeSummary {
    pub today: NaiveDate,
    pub mother: Option<Record<MotherProfile>>,
    /// The ongoing pregnancy: not ended, not yet delivered and not more than 45
    /// weeks along.
    pub pregnancy: Option<PregnancySummary>,
    pub children: Vec<ChildSummary>,
    /// What the home screen shows first, each with the city's desk: see [`Worry`].
    pub worries: Vec<Worry>,
}

/// Something that may worry the family, said gently at the top of the home screen,
/// with the city's consultation desk (the place Awa City's electronic handbook
/// measured more families reaching).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Worry {
    pub kind: WorryKind,
    /// The sentence to show, in the language asked for, naming the desk.
    pub message: String,
    /// The desk to offer (a call button, a link); `None` when the city names none
    /// (the message then points to the city's こども家庭センター in general).
    pub desk: Option<crate::feed::ConsultationDesk>,
}

/// What a [`Worry`] is about. Adding a kind is a variant here and its arm in
/// [`WorryKind::message`]; [`Handbook::worries`] gathers them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WorryKind {
    /// A pregnancy ended in a loss, shown for [`LOSS_WORRY_DAYS`] days after it.
    PregnancyLoss {
        pregnancy_id: Uuid,
        outcome: PregnancyOutcome,
        ended_on: NaiveDate,
    },
    /// A child's latest recorded measurement is outside the usual range of the
    /// growth chart (`Standing::outside_usual_range`).
    GrowthOutsideRange {
        child_id: Uuid,
        child_name: String,
        indicators: Vec<crate::growth::Indicator>,
    },
    /// A page's latest record has a value that raises an alert (a stool colour of
    /// 1–3: call the doctor now), shown for [`PAGE_ALERT_DAYS`] days or until a later
    /// record of the same page no longer raises it.
    PageAlert {
        /// The child or pregnancy the page is about.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        subject: Option<crate::model::Subject>,
        page: String,
        record_id: Uuid,
        alert: crate::forms::AlertKind,
        recorded_on: NaiveDate,
        /// The child's name, for a family with more than one; empty for the
        /// mother's pages.
        name: String,
    },
}

/// Days a page's alert stays at the top of home: two weeks, long enough to reach a
/// family that missed it the day it was written, short enough not to become noise.
pub const PAGE_ALERT_DAYS: i64 = 14;

/// Days after a loss during which the home screen offers the desk: 8 weeks, the
/// 産後休業 the Labour Standards Act (art. 65) gives after a miscarriage or stillbirth
/// from the fourth month of pregnancy, as こども家庭庁「流産・死産等を経験された方へ」
/// explains it: the weeks the law itself sets aside for her recovery. After them the
/// line leaves the top of the home screen (a daily reminder of the loss would be a
/// weight of its own); the desk stays in `city show` and on the apps' city page,
/// and the city's 産後ケア and 母性健康管理措置 reach a year after the loss.
pub const LOSS_WORRY_DAYS: i64 = 56;

impl WorryKind {
    /// The sentence for this worry in `lang`, pointing to `desk`.
    pub fn message(&self, desk: Option<&crate::feed::ConsultationDesk>, lang: Lang) -> String {
        let desk = match desk {
            Some(d) => d.label(lang),
            None => crate::t!(lang, "store-desk-fallback"),
        };
        match self {
            WorryKind::PageAlert { alert, name, .. } => {
                let said = crate::forms::alert_message(*alert, lang);
                let said = if name.is_empty() {
                    said
                } else {
                    crate::t!(
                        lang,
                        "store-worry-page-alert-named",
                        name = name,
                        said = said
                    )
                };
                match alert {
                    crate::forms::AlertKind::ContactDoctorNow => said,
                    _ => crate::t!(
                        lang,
                        "store-worry-page-alert-desk",
                        said = said,
                        desk = desk
                    ),
                }
            }
            WorryKind::PregnancyLoss { .. } => {
                crate::t!(lang, "store-worry-pregnancy-loss", desk = desk)
            }
            WorryKind::GrowthOutsideRange {
                child_name,
                indicators,
                ..
            } => {
                let what: Vec<String> = indicators
                    .iter()
                    .map(|i| crate::text::text(lang, indicator_word(*i)))
                    .collect();
                crate::t!(
                    lang,
                    "store-worry-growth-outside",
                    name = child_name,
                    what = crate::text::join(lang, &what),
                    count = what.len(),
                    desk = desk,
                )
            }
        }
    }
}

/// The catalog id of an indicator's word in a worry ("weight", not the chart's
/// "Weight-for-age").
fn indicator_word(i: crate::growth::Indicator) -> &'static str {
    use crate::growth::Indicator::*;
    match i {
        WeightForAge => crate::tid!("store-indicator-weight"),
        LengthHeightForAge => crate::tid!("store-indicator-length"),
        HeadForAge => crate::tid!("store-indicator-head"),
        BmiForAge => crate::tid!("store-indicator-bmi"),
        WeightForLengthHeight => crate::tid!("store-indicator-weight-for-length"),
    }
}

impl Handbook {
    /// Pregnancies still ongoing today: not ended in a loss, not delivered and not
    /// past 45 weeks, most recent first. Everything that counts weeks, reminds of a
    /// visit or a maternal dose, or targets city notices at a pregnancy reads this.
    pub fn ongoing_pregnancies(&self) -> Result<Vec<Record<Pregnancy>>> {
        self.ongoing_of(self.pregnancies()?)
    }

    /// [`Handbook::ongoing_pregnancies`] among pregnancies already loaded.
    fn ongoing_of(&self, all: Vec<Record<Pregnancy>>) -> Result<Vec<Record<Pregnancy>>> {
        let today = self.today();
        let mut ongoing = Vec::new();
        for p in all {
            if p.data.ended.is_some() {
                continue;
            }
            let in_term = p
                .data
                .gestational_age_on(today)
                .is_some_and(|ga| ga <= GestationalAge::MAX);
            if in_term && self.delivery_of(p.id())?.is_none() {
                ongoing.push(p);
            }
        }
        Ok(ongoing)
    }

    /// The home screen.
    pub fn home(&self, lang: Lang) -> Result<HomeSummary> {
        let today = self.today();
        let mother = self.mother_profile()?;
        let height_cm = mother.as_ref().and_then(|m| m.data.height_cm);
        // Loaded once: the card takes the ongoing one, the worries the ended ones.
        let pregnancies = self.pregnancies()?;
        let ended: Vec<(Uuid, PregnancyEnd)> = pregnancies
            .iter()
            .filter_map(|p| p.data.ended.map(|e| (p.id(), e)))
            .collect();
        let pregnancy = match self.ongoing_of(pregnancies)?.first() {
            Some(p) => self.pregnancy_summary_on(p, height_cm, today, lang)?,
            None => None,
        };
        let children = self
            .children()?
            .into_iter()
            .map(|c| self.child_summary_of(c, today, lang))
            .collect::<Result<Vec<_>>>()?;
        let worries = self.worries_of(&ended, &children, today, lang)?;
        Ok(HomeSummary {
            today,
            mother,
            pregnancy,
            children,
            worries,
        })
    }

    /// What may worry the family today, each with the city's desk, in the order the
    /// home screen shows them.
    pub fn worries(&self, lang: Lang) -> Result<Vec<Worry>> {
        Ok(self.home(lang)?.worries)
    }

    /// The alerts of the latest record of each data page about each child and
    /// each ongoing pregnancy.
    fn page_alerts(&self, children: &[ChildSummary], today: NaiveDate) -> Result<Vec<WorryKind>> {
        let mut subjects: Vec<(crate::model::Subject, String)> = children
            .iter()
            .map(|c| {
                (
                    crate::model::Subject::Child(c.child.id()),
                    c.child.data.name.clone(),
                )
            })
            .collect();
        subjects.extend(
            self.pregnancies()?
                .into_iter()
                .map(|p| (crate::model::Subject::Pregnancy(p.id()), String::new())),
        );
        let mut out = Vec::new();
        for (subject, name) in subjects {
            let entries = self.page_entries(Some(subject), None)?;
            let mut latest: std::collections::BTreeMap<&str, &Record<crate::model::PageEntry>> =
                Default::default();
            for e in &entries {
                latest.insert(e.data.page.as_str(), e);
            }
            for (page, e) in latest {
                if !(0..PAGE_ALERT_DAYS).contains(&(today - e.data.date).num_days()) {
                    continue;
                }
                if let Some(alert) = crate::forms::alert_of(&e.data) {
                    out.push(WorryKind::PageAlert {
                        subject: Some(subject),
                        name: name.clone(),
                        page: page.to_string(),
                        record_id: e.id(),
                        alert,
                        recorded_on: e.data.date,
                    });
                }
            }
        }
        Ok(out)
    }

    fn worries_of(
        &self,
        ended: &[(Uuid, PregnancyEnd)],
        children: &[ChildSummary],
        today: NaiveDate,
        lang: Lang,
    ) -> Result<Vec<Worry>> {
        let mut kinds = Vec::new();
        for (id, end) in ended {
            if (0..LOSS_WORRY_DAYS).contains(&(today - end.date).num_days()) {
                kinds.push(WorryKind::PregnancyLoss {
                    pregnancy_id: *id,
                    outcome: end.outcome,
                    ended_on: end.date,
                });
            }
        }
        for c in children {
            // Recorded measurements only: a birth value outside the range was the
            // birth clinic's to see, and a later measurement replaces it.
            let indicators: Vec<crate::growth::Indicator> =
                [&c.latest.weight_kg, &c.latest.length_cm, &c.latest.head_cm]
                    .into_iter()
                    .flatten()
                    .filter(|m| m.record_id.is_some())
                    .filter_map(|m| m.standing.as_ref())
                    .filter(|s| s.outside_usual_range)
                    .map(|s| s.indicator)
                    .collect();
            if !indicators.is_empty() {
                kinds.push(WorryKind::GrowthOutsideRange {
                    child_id: c.child.id(),
                    child_name: c.child.data.name.clone(),
                    indicators,
                });
            }
        }
        kinds.extend(self.page_alerts(children, today)?);
        if kinds.is_empty() {
            return Ok(Vec::new());
        }
        // The most urgent first: a call to the doctor today before anything else.
        kinds.sort_by_key(|k| match k {
            WorryKind::PageAlert {
                alert: crate::forms::AlertKind::ContactDoctorNow,
                ..
            } => 0,
            _ => 1,
        });
        let desk = self.consultation_desk()?;
        Ok(kinds
            .into_iter()
            .map(|kind| Worry {
                message: kind.message(desk.as_ref(), lang),
                // The doctor, not the desk, is whom a stool colour of 1–3 calls for.
                desk: match kind {
                    WorryKind::PageAlert {
                        alert: crate::forms::AlertKind::ContactDoctorNow,
                        ..
                    } => None,
                    _ => desk.clone(),
                },
                kind,
            })
            .collect())
    }

    /// A pregnancy's card as of today; `None` if it is not ongoing (ended in a loss,
    /// or past 45 weeks).
    pub fn pregnancy_summary(&self, id: Uuid, lang: Lang) -> Result<Option<PregnancySummary>> {
        let p = self.pregnancy(id)?;
        let height_cm = self.mother_profile()?.and_then(|m| m.data.height_cm);
        self.pregnancy_summary_on(&p, height_cm, self.today(), lang)
    }

    fn pregnancy_summary_on(
        &self,
        p: &Record<Pregnancy>,
        mother_height_cm: Option<f64>,
        today: NaiveDate,
        lang: Lang,
    ) -> Result<Option<PregnancySummary>> {
        if p.data.ended.is_some() {
            return Ok(None);
        }
        let (Some(due_date), Some(ga)) = (p.data.due_date(), p.data.gestational_age_on(today))
        else {
            return Ok(None);
        };
        if ga > GestationalAge::MAX {
            return Ok(None);
        }
        // The pregnancy is loaded already: list its checkups without checking it again.
        let last_checkup =
            list::<PrenatalCheckup>(self.conn(), "pregnancy_id = ?1", Some(p.id()), "date, id")?
                .pop();
        let next_visit = last_checkup
            .as_ref()
            .and_then(|c| c.data.next_visit)
            .filter(|d| *d >= today);
        let weight_gain = weight_gain(&p.data, mother_height_cm, last_checkup.as_ref())?;
        Ok(Some(PregnancySummary {
            weight_gain,
            pregnancy: p.clone(),
            due_date,
            gestational_age: ga,
            gestational_age_label: crate::t!(
                lang,
                "store-pregnancy-weeks",
                weeks = ga.weeks(),
                days = ga.day_of_week(),
            ),
            days_until_due: (due_date - today).num_days(),
            last_checkup,
            next_visit,
        }))
    }

    /// A child's card as of today.
    pub fn child_summary(&self, id: Uuid, lang: Lang) -> Result<ChildSummary> {
        let child = self.child(id)?;
        self.child_summary_of(child, self.today(), lang)
    }

    fn child_summary_of(
        &self,
        child: Record<Child>,
        today: NaiveDate,
        lang: Lang,
    ) -> Result<ChildSummary> {
        let c = &child.data;
        // A birth date after today is refused on entry; if the clock moved back, show
        // the child as a newborn rather than failing the whole home screen.
        let age = age_between(c.birth_date, today).unwrap_or(Age {
            years: 0,
            months: 0,
            days: 0,
        });
        let corrected_age = c
            .ga_at_birth
            .and_then(|ga| corrected_age(c.birth_date, ga, today))
            .filter(|a| a.total_months() < 24);
        let label = |a: Age| a.label(lang);
        let latest = self.latest_measurements(&child, lang)?;
        let next_checkup = self.next_checkup(&child, today, lang)?;
        Ok(ChildSummary {
            age_label: label(age),
            corrected_age_label: corrected_age.map(label),
            age,
            corrected_age,
            latest,
            next_checkup,
            child,
        })
    }

    /// Latest weight, length and head circumference, falling back to the birth values.
    fn latest_measurements(&self, child: &Record<Child>, lang: Lang) -> Result<LatestMeasurements> {
        let latest = |column: &str, birth: Option<f64>| -> Result<Option<Measured>> {
            let sql = format!(
                "SELECT {column}, measured_on, id FROM growth
                 WHERE child_id = ?1 AND deleted_at IS NULL AND {column} IS NOT NULL
                 ORDER BY measured_on DESC, id DESC LIMIT 1"
            );
            let mut stmt = self
                .conn()
                .prepare_cached(&sql)
                .map_err(HandbookError::sql("reading measurements"))?;
            let mut rows = stmt
                .query([IdParam(child.id())])
                .map_err(HandbookError::sql("reading measurements"))?;
            let found = match rows
                .next()
                .map_err(HandbookError::sql("reading measurements"))?
            {
                Some(row) => Some(Measured {
                    value: row.get(0).map_err(stored_error(RecordKind::Growth))?,
                    date: super::records::date_col(row, 1)
                        .map_err(stored_error(RecordKind::Growth))?,
                    record_id: Some(
                        super::records::uuid_col(row, 2)
                            .map_err(stored_error(RecordKind::Growth))?,
                    ),
                    standing: None,
                }),
                None => None,
            };
            Ok(found.or_else(|| {
                birth.map(|value| Measured {
                    value,
                    date: child.data.birth_date,
                    record_id: None,
                    standing: None,
                })
            }))
        };
        let facts = Self::growth_facts(child);
        // A stored value no table can read (a merge from an old version) shows without
        // a standing rather than failing the home screen.
        let stand = |m: Option<Measured>, indicator| {
            m.map(|mut m| {
                m.standing = crate::growth::standing_of(&facts, indicator, m.date, m.value, lang)
                    .ok()
                    .flatten();
                m
            })
        };
        use crate::growth::Indicator;
        Ok(LatestMeasurements {
            weight_kg: stand(
                latest("weight_kg", child.data.birth.weight_kg)?,
                Indicator::WeightForAge,
            ),
            length_cm: stand(
                latest("length_cm", child.data.birth.length_cm)?,
                Indicator::LengthHeightForAge,
            ),
            head_cm: stand(
                latest("head_cm", child.data.birth.head_cm)?,
                Indicator::HeadForAge,
            ),
        })
    }

    /// The first checkup, in schedule order, that is not recorded and whose window has
    /// not closed.
    fn next_checkup(
        &self,
        child: &Record<Child>,
        today: NaiveDate,
        lang: Lang,
    ) -> Result<Option<NextCheckup>> {
        let done: Vec<InfantCheckup> = list::<InfantCheckupRecord>(
            self.conn(),
            "child_id = ?1",
            Some(child.id()),
            "date, id",
        )?
        .into_iter()
        .map(|r| r.data.checkup)
        .collect();
        Ok(crate::schedule::checkup_windows(child.data.birth_date)
            .into_iter()
            .find(|(checkup, _, until)| *until >= today && !done.contains(checkup))
            .map(|(checkup, from, until)| NextCheckup {
                checkup,
                label: checkup.label(lang).to_string(),
                from,
                until,
            }))
    }
}

/// Weight gain against the guidance, from the mother's height and the pre-pregnancy
/// weight; `None` until both are entered.
fn weight_gain(
    p: &Pregnancy,
    height_cm: Option<f64>,
    last: Option<&Record<PrenatalCheckup>>,
) -> Result<Option<WeightGain>> {
    let (Some(height_cm), Some(weight_kg)) = (height_cm, p.pre_pregnancy_weight_kg) else {
        return Ok(None);
    };
    let guidance =
        crate::growth::pregnancy_weight_gain(crate::growth::PrePregnancyBody::HeightWeight {
            height_cm,
            weight_kg,
        })?;
    let gain_so_far_kg = last
        .and_then(|c| c.data.weight_kg)
        .map(|w| ((w - weight_kg) * 10.0).round() / 10.0);
    let position = gain_so_far_kg.map(|g| guidance.position(g));
    Ok(Some(WeightGain {
        guidance,
        gain_so_far_kg,
        position,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A handbook on 2026-05-20 with ひなた, four months old, born at 3.0 kg.
    fn hinata() -> (Handbook, Record<Child>) {
        let mut hb = Handbook::open_in_memory()
            .unwrap()
            .with_clock(FixedClock::on(d("2026-05-20")));
        let child = hb
            .add_child(Child {
                name: "ひなた".into(),
                name_kana: None,
                sex: Sex::Female,
                birth_date: d("2026-01-15"),
                birth_order: 1,
                ga_at_birth: None,
                delivery_id: None,
                birth: BirthMeasurements {
                    weight_kg: Some(3.0),
                    ..Default::default()
                },
            })
            .unwrap();
        (hb, child)
    }

    #[test]
    fn a_growth_reading_outside_the_usual_range_is_a_worry_with_the_desk() {
        let (mut hb, child) = hinata();
        let mut city = crate::feed::sample::city().unwrap();
        let desk = city.desk.clone().unwrap();
        hb.move_to_city(&city).unwrap();
        let weigh = |kg: f64| GrowthMeasurement {
            child_id: child.id(),
            measured_on: d("2026-05-15"),
            weight_kg: Some(kg),
            length_cm: None,
            position: None,
            head_cm: None,
            notes: None,
        };
        // 6.2 kg at 4 months: inside the band, no worry.
        let usual = hb.add_growth(weigh(6.2)).unwrap();
        assert!(hb.home(Lang::Ja).unwrap().worries.is_empty());
        // 4.0 kg at 4 months: below the band.
        hb.update_growth(usual.id(), weigh(4.0)).unwrap();
        let home = hb.home(Lang::Ja).unwrap();
        let [worry] = home.worries.as_slice() else {
            panic!("{:?}", home.worries)
        };
        assert_eq!(
            worry.kind,
            WorryKind::GrowthOutsideRange {
                child_id: child.id(),
                child_name: "ひなた".into(),
                indicators: vec![crate::growth::Indicator::WeightForAge],
            }
        );
        assert_eq!(worry.desk.as_ref(), Some(&desk));
        assert!(
            worry.message.starts_with("ひなたさんの体重が"),
            "{}",
            worry.message
        );
        assert!(
            worry.message.contains("電話 0000-12-3410"),
            "{}",
            worry.message
        );
        let en = &hb.home(Lang::En).unwrap().worries[0].message;
        assert!(en.starts_with("ひなた's weight is outside"), "{en}");
        assert!(
            en.contains("Komorebi City Children and Family Centre"),
            "{en}"
        );
        // Without a desk, the message points to the city's centre in general.
        city.desk = None;
        let mut other = Handbook::open_in_memory()
            .unwrap()
            .with_clock(FixedClock::on(d("2026-05-20")));
        other.move_to_city(&city).unwrap();
        assert_eq!(other.consultation_desk().unwrap(), None);
        let kind = worry.kind.clone();
        assert!(
            kind.message(None, Lang::Ja)
                .contains("お住まいの市区町村のこども家庭センター")
        );
    }

    /// #16: two measurements outside the range read "weight, length is outside" in
    /// English; the catalog agrees the verb with the count.
    #[test]
    fn a_worry_about_two_measurements_agrees_in_number() {
        let (mut hb, child) = hinata();
        hb.add_growth(GrowthMeasurement {
            child_id: child.id(),
            measured_on: d("2026-05-15"),
            weight_kg: Some(4.0),
            length_cm: Some(50.0),
            position: None,
            head_cm: None,
            notes: None,
        })
        .unwrap();
        let en = &hb.home(Lang::En).unwrap().worries[0].message;
        assert!(
            en.starts_with("ひなた's weight, length are outside the usual range"),
            "{en}"
        );
        let ja = &hb.home(Lang::Ja).unwrap().worries[0].message;
        assert!(ja.starts_with("ひなたさんの体重、身長が"), "{ja}");
    }
}

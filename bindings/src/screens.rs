//! What each screen renders, ready to draw: labels are already in the user's language
//! and every number the UI shows is computed by the core.

use hagukumi_core::growth as core_growth;
use hagukumi_core::model as core_model;
use hagukumi_core::store as core_store;

use crate::convert::date_text;
use crate::kinds::{
    Bands, Indicator, InfantCheckup, Lang, PlausibilityKind, RecordKind, Sex, Standard, XAxis,
};
use crate::records::{
    ChildRecord, DeliveryRecord, DentalRecord, DiaryRecord, GestationalAge, GrowthRecord,
    InfantCheckupRecord, MotherProfileRecord, PregnancyRecord, PrenatalCheckupRecord,
    VaccinationRecord,
};

/// Calendar age ("1 y 2 m 3 d").
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct Age {
    pub years: u32,
    pub months: u32,
    pub days: u32,
}

impl From<core_model::Age> for Age {
    fn from(a: core_model::Age) -> Self {
        Age {
            years: a.years,
            months: a.months,
            days: a.days,
        }
    }
}

/// A value with the date it was measured.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Measured {
    pub value: f64,
    pub date: String,
    /// The growth record it comes from; `None` for the birth measurement.
    pub record_id: Option<String>,
}

impl From<core_store::Measured> for Measured {
    fn from(m: core_store::Measured) -> Self {
        Measured {
            value: m.value,
            date: date_text(m.date),
            record_id: m.record_id.map(|id| id.to_string()),
        }
    }
}

/// The latest value of each measurement (each may come from a different day).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct LatestMeasurements {
    pub weight_kg: Option<Measured>,
    pub length_cm: Option<Measured>,
    pub head_cm: Option<Measured>,
}

/// The next infant checkup still to be done, and its window.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct NextCheckup {
    pub checkup: InfantCheckup,
    pub label: String,
    pub from: String,
    pub until: String,
}

/// A child's card.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ChildSummary {
    pub child: ChildRecord,
    pub age: Age,
    pub age_label: String,
    /// For a preterm child, until a corrected age of 2 years.
    pub corrected_age: Option<Age>,
    pub corrected_age_label: Option<String>,
    pub latest: LatestMeasurements,
    pub next_checkup: Option<NextCheckup>,
}

impl From<core_store::ChildSummary> for ChildSummary {
    fn from(s: core_store::ChildSummary) -> Self {
        ChildSummary {
            child: s.child.into(),
            age: s.age.into(),
            age_label: s.age_label,
            corrected_age: s.corrected_age.map(Into::into),
            corrected_age_label: s.corrected_age_label,
            latest: LatestMeasurements {
                weight_kg: s.latest.weight_kg.map(Into::into),
                length_cm: s.latest.length_cm.map(Into::into),
                head_cm: s.latest.head_cm.map(Into::into),
            },
            next_checkup: s.next_checkup.map(|n| NextCheckup {
                checkup: n.checkup.into(),
                label: n.label,
                from: date_text(n.from),
                until: date_text(n.until),
            }),
        }
    }
}

/// The pregnancy card.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PregnancySummary {
    pub pregnancy: PregnancyRecord,
    pub due_date: String,
    pub gestational_age: GestationalAge,
    pub gestational_age_label: String,
    /// Negative once the due date has passed.
    pub days_until_due: i64,
    pub last_checkup: Option<PrenatalCheckupRecord>,
    pub next_visit: Option<String>,
    /// Weight gain against the JSOG 2021 guidance; `None` until the mother's height
    /// and pre-pregnancy weight are entered.
    pub weight_gain: Option<WeightGain>,
}

/// Where the gain so far stands against the range for the whole pregnancy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum GainPosition {
    Below,
    Within,
    Above,
}

/// Pregnancy weight gain: the guidance for the pre-pregnancy BMI and the gain so far.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct WeightGain {
    pub bmi: f64,
    /// "普通体重" / "normal weight".
    pub bmi_class_ja: String,
    pub bmi_class_en: String,
    /// Lower end of the recommended gain; `None` when the guidance is individual.
    pub min_kg: Option<f64>,
    pub max_kg: f64,
    pub text_ja: String,
    pub text_en: String,
    pub source: String,
    pub gain_so_far_kg: Option<f64>,
    pub position: Option<GainPosition>,
}

impl From<core_store::WeightGain> for WeightGain {
    fn from(w: core_store::WeightGain) -> Self {
        let g = w.guidance;
        WeightGain {
            bmi: g.bmi,
            bmi_class_ja: g.class.label_ja().to_string(),
            bmi_class_en: g.class.label_en().to_string(),
            min_kg: g.min_kg,
            max_kg: g.max_kg,
            text_ja: g.text_ja,
            text_en: g.text_en,
            source: g.source.to_string(),
            gain_so_far_kg: w.gain_so_far_kg,
            position: w.position.map(|p| match p {
                hagukumi_core::growth::GainPosition::Below => GainPosition::Below,
                hagukumi_core::growth::GainPosition::Within => GainPosition::Within,
                hagukumi_core::growth::GainPosition::Above => GainPosition::Above,
            }),
        }
    }
}

impl From<core_store::PregnancySummary> for PregnancySummary {
    fn from(s: core_store::PregnancySummary) -> Self {
        PregnancySummary {
            pregnancy: s.pregnancy.into(),
            due_date: date_text(s.due_date),
            gestational_age: s.gestational_age.into(),
            gestational_age_label: s.gestational_age_label,
            days_until_due: s.days_until_due,
            last_checkup: s.last_checkup.map(Into::into),
            next_visit: s.next_visit.map(date_text),
            weight_gain: s.weight_gain.map(Into::into),
        }
    }
}

/// Everything the home screen shows.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct HomeSummary {
    /// Today in Japan, the date every summary is computed for.
    pub today: String,
    pub mother: Option<MotherProfileRecord>,
    /// The ongoing pregnancy, if any.
    pub pregnancy: Option<PregnancySummary>,
    pub children: Vec<ChildSummary>,
}

impl From<core_store::HomeSummary> for HomeSummary {
    fn from(h: core_store::HomeSummary) -> Self {
        HomeSummary {
            today: date_text(h.today),
            mother: h.mother.map(Into::into),
            pregnancy: h.pregnancy.map(Into::into),
            children: h.children.into_iter().map(Into::into).collect(),
        }
    }
}

/// The full record behind a timeline line, for the detail screen.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum TimelineRecord {
    Birth { record: ChildRecord },
    Delivery { record: DeliveryRecord },
    PrenatalCheckup { record: PrenatalCheckupRecord },
    Growth { record: GrowthRecord },
    InfantCheckup { record: InfantCheckupRecord },
    Vaccination { record: VaccinationRecord },
    Dental { record: DentalRecord },
    Diary { record: DiaryRecord },
}

impl From<core_store::TimelineRecord> for TimelineRecord {
    fn from(r: core_store::TimelineRecord) -> Self {
        use core_store::TimelineRecord as C;
        match r {
            C::Birth(r) => TimelineRecord::Birth { record: r.into() },
            C::Delivery(r) => TimelineRecord::Delivery { record: r.into() },
            C::PrenatalCheckup(r) => TimelineRecord::PrenatalCheckup { record: r.into() },
            C::Growth(r) => TimelineRecord::Growth { record: r.into() },
            C::InfantCheckup(r) => TimelineRecord::InfantCheckup { record: r.into() },
            C::Vaccination(r) => TimelineRecord::Vaccination { record: r.into() },
            C::Dental(r) => TimelineRecord::Dental { record: r.into() },
            C::Diary(r) => TimelineRecord::Diary { record: r.into() },
        }
    }
}

/// One line of the timeline.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct TimelineItem {
    pub kind: RecordKind,
    pub id: String,
    pub date: String,
    pub title: String,
    pub detail: String,
    pub record: TimelineRecord,
}

/// A page of the timeline, newest first.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct TimelinePage {
    pub items: Vec<TimelineItem>,
    /// Pass back for the next (older) page; `None` on the last page.
    pub next_cursor: Option<String>,
}

impl From<core_store::TimelinePage> for TimelinePage {
    fn from(p: core_store::TimelinePage) -> Self {
        TimelinePage {
            items: p
                .items
                .into_iter()
                .map(|i| TimelineItem {
                    kind: i.kind.into(),
                    id: i.id.to_string(),
                    date: date_text(i.date),
                    title: i.title,
                    detail: i.detail,
                    record: i.record.into(),
                })
                .collect(),
            next_cursor: p.next_cursor,
        }
    }
}

/// The result of saving a measurement, with the reasons to look at it again.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct GrowthSaved {
    pub record: GrowthRecord,
    /// Probably-a-typo warnings (75 kg for 7.5 kg, a jump of more than 2 SD). The value
    /// is saved anyway: a real, alarming measurement must be recordable too.
    pub warnings: Vec<PlausibilityWarning>,
}

/// Recording a delivery creates its children.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DeliveryRecorded {
    pub delivery: DeliveryRecord,
    pub children: Vec<ChildRecord>,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PlausibilityWarning {
    pub kind: PlausibilityKind,
    pub indicator: Option<Indicator>,
    pub z: Option<f64>,
    pub previous_z: Option<f64>,
    pub message_en: String,
    pub message_ja: String,
}

impl From<core_growth::PlausibilityWarning> for PlausibilityWarning {
    fn from(w: core_growth::PlausibilityWarning) -> Self {
        PlausibilityWarning {
            kind: w.kind.into(),
            indicator: w.indicator.map(Into::into),
            z: w.z,
            previous_z: w.previous_z,
            message_en: w.message_en,
            message_ja: w.message_ja,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, uniffi::Record)]
pub struct ChartPoint {
    pub x: f64,
    pub y: f64,
}

/// One reference line of a growth chart.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ReferenceCurve {
    /// Drawn at the line's end: "97", "50", "+2SD".
    pub label: String,
    pub percentile: Option<u8>,
    pub sd: Option<i8>,
    pub z: f64,
    pub points: Vec<ChartPoint>,
}

/// One of the child's measurements on the chart.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ChildPoint {
    pub date: String,
    pub x: f64,
    pub y: f64,
    pub z: Option<f64>,
    pub percentile: Option<f64>,
    /// Age at the measurement, with the corrected age when it is used.
    pub age_label: String,
    /// The day count the point is plotted at (corrected for preterm children < 2 y).
    pub age_days_used: i64,
    pub is_corrected: bool,
}

/// A growth chart: reference curves and the child's points, ready to draw.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct GrowthChart {
    pub indicator: Indicator,
    pub standard: Standard,
    pub sex: Sex,
    pub bands: Bands,
    pub x_axis: XAxis,
    /// The indicator's name ("体重", "Weight-for-age").
    pub title: String,
    /// The reference's name ("WHO Child Growth Standards (2006)").
    pub standard_label: String,
    /// "kg", "cm", "kg/m²".
    pub y_unit: String,
    pub x_min: f64,
    pub x_max: f64,
    pub y_min: f64,
    pub y_max: f64,
    /// Some point is at corrected age: the chart should say so (修正月齢).
    pub corrected_age: bool,
    /// From the lowest line to the highest.
    pub curves: Vec<ReferenceCurve>,
    /// In date order.
    pub points: Vec<ChildPoint>,
    /// Measurements that could not be placed on this chart.
    pub points_not_shown: u32,
}

impl GrowthChart {
    pub(crate) fn from_core(c: core_growth::ChartData, lang: Lang) -> Self {
        let core_lang: hagukumi_core::Lang = lang.into();
        GrowthChart {
            indicator: c.indicator.into(),
            standard: c.standard.into(),
            sex: c.sex.into(),
            bands: c.bands.into(),
            x_axis: c.x_axis.into(),
            title: c.indicator.label(core_lang).to_string(),
            standard_label: c.standard.label(core_lang).to_string(),
            y_unit: c.y_unit.to_string(),
            x_min: c.x_min,
            x_max: c.x_max,
            y_min: c.y_min,
            y_max: c.y_max,
            corrected_age: c.corrected_age,
            curves: c
                .curves
                .into_iter()
                .map(|r| ReferenceCurve {
                    label: r.label,
                    percentile: r.percentile,
                    sd: r.sd,
                    z: r.z,
                    points: r
                        .points
                        .into_iter()
                        .map(|p| ChartPoint { x: p.x, y: p.y })
                        .collect(),
                })
                .collect(),
            points: c
                .points
                .into_iter()
                .map(|p| ChildPoint {
                    date: date_text(p.date),
                    x: p.x,
                    y: p.y,
                    z: p.z,
                    percentile: p.percentile,
                    age_label: match lang {
                        Lang::Ja => p.age.label_ja(),
                        Lang::En => p.age.label_en(),
                    },
                    age_days_used: p.age.days_used,
                    is_corrected: p.age.is_corrected,
                })
                .collect(),
            points_not_shown: c.points_not_shown,
        }
    }
}

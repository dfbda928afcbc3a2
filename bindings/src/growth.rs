//! Growth charts and plausibility warnings across the FFI.
//!
//! The growth module of the core is being extended with the Japanese 2023 curves;
//! until its result types derive uniffi's traits themselves, their enums are mirrored
//! here one to one (written once by `mirror!`) and the chart is converted with its
//! labels in the user's language.

use chrono::NaiveDate;
use hagukumi_core::Lang;
use hagukumi_core::growth as core_growth;
use hagukumi_core::model::Sex;

/// An FFI enum with the same variants as a core enum, converted both ways.
macro_rules! mirror {
    ($(#[$meta:meta])* $name:ident <=> $core:path { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl From<$core> for $name {
            fn from(v: $core) -> Self {
                use $core as C;
                match v {
                    $(C::$variant => $name::$variant),+
                }
            }
        }

        impl From<$name> for $core {
            fn from(v: $name) -> Self {
                use $core as C;
                match v {
                    $($name::$variant => C::$variant),+
                }
            }
        }
    };
}

mirror! {
    /// What a growth chart plots.
    Indicator <=> core_growth::Indicator {
        WeightForAge, LengthHeightForAge, HeadForAge, BmiForAge, WeightForLengthHeight,
    }
}

mirror! {
    /// The growth reference. `Japan2023` is not bundled yet and fails with
    /// `GrowthUnavailable`.
    Standard <=> core_growth::Standard { Who, Japan2023 }
}

mirror! {
    /// Percentile lines (the Japanese handbook) or SD lines (WHO's charts).
    Bands <=> core_growth::Bands { Percentiles, SdLines }
}

mirror! {
    /// What the x axis of a growth chart measures.
    XAxis <=> core_growth::XAxis { AgeDays, LengthCm, HeightCm }
}

mirror! {
    PlausibilityKind <=> core_growth::PlausibilityKind {
        OutsideFiveSd, JumpOverTwoSd, NotPositive, BeforeBirth,
    }
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
    pub date: NaiveDate,
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
        let core_lang = lang;
        GrowthChart {
            indicator: c.indicator.into(),
            standard: c.standard.into(),
            sex: c.sex,
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
                    date: p.date,
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

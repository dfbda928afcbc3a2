//! Growth charts, where a measurement stands, and plausibility warnings across the
//! FFI: the core's own types, and the chart screen, which adds to the core's chart
//! data its title, the reference's name, its attribution and each point's age label
//! in the user's language.

use hagukumi_core::Lang;
use hagukumi_core::growth as core_growth;
use hagukumi_core::model::Sex;

/// An FFI enum with the same variants as a core enum, converted both ways.
pub use hagukumi_core::growth::{
    AgeSpan, AgeUsed, Bands, ChartPoint, ChildPoint, Indicator, NotScored, PercentileBand,
    PlausibilityKind, PlausibilityWarning, ReferenceCurve, Standard, Standing, StandingAgainst,
    XAxis,
};

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
    /// The source credit to print under the chart (the 2023 survey's attribution).
    pub attribution: String,
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
            indicator: c.indicator,
            standard: c.standard,
            sex: c.sex,
            bands: c.bands,
            x_axis: c.x_axis,
            title: c.indicator.label(core_lang).to_string(),
            standard_label: c.standard.label(core_lang).to_string(),
            attribution: c.standard.attribution(core_lang).to_string(),
            y_unit: c.y_unit.to_string(),
            x_min: c.x_min,
            x_max: c.x_max,
            y_min: c.y_min,
            y_max: c.y_max,
            corrected_age: c.corrected_age,
            curves: c.curves,
            points: c.points,
            points_not_shown: c.points_not_shown,
        }
    }
}

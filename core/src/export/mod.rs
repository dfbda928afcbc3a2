//! Export for others: a child's records in forms a clinic abroad or another app can
//! read, for a family moving or visiting a foreign doctor.
//!
//! - [`fhir`]: a FHIR R4 `collection` Bundle (JSON): the Patient, an Immunization per
//!   dose, an Observation per measured value (LOINC, UCUM), an Encounter per infant
//!   checkup with its findings and milestone answers as Observations.
//! - [`html`]: a printable summary in Japanese or English, one self-contained HTML file
//!   (no scripts, no external resources, A4 print CSS) with the growth charts inline.
//! - [`codes`]: the CVX and LOINC tables (`core/data/export/codes.toml`).
//!
//! Why HTML and not PDF: a PDF with Japanese text needs a CJK font embedded (megabytes
//! in the phone library). The phones already have the fonts and a print pipeline:
//! Android prints the HTML through `WebView.createPrintDocumentAdapter` and
//! `PrintManager` (which also offers "Save as PDF"); iOS through `WKWebView.createPDF`
//! or `UIMarkupTextPrintFormatter` in `UIPrintInteractionController`.
//!
//! Everything is read through the [`Handbook`]'s public API; nothing here writes.

pub mod codes;
pub mod fhir;
pub mod html;

#[cfg(test)]
mod tests;

use uuid::Uuid;

use crate::error::HandbookError;
use crate::lang::Lang;
use crate::model::{Child, GrowthMeasurement, InfantCheckupRecord, Record, Subject, Vaccination};
use crate::store::Handbook;

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Reading the records failed (the child is gone, the file is damaged, …).
    #[error(transparent)]
    Handbook(#[from] HandbookError),
    /// The bundled code table is broken: a defect of this build, caught by its tests.
    #[error("bundled export code table {file} is invalid: {message}")]
    CodeTable { file: &'static str, message: String },
}

impl ExportError {
    /// Message for the Japanese UI.
    pub fn message_ja(&self) -> String {
        match self {
            ExportError::Handbook(e) => e.message_ja(),
            ExportError::CodeTable { .. } => {
                "書き出し用のコード表を読めませんでした（アプリの不具合です）。記録は変更していません。"
                    .into()
            }
        }
    }
}

impl From<crate::growth::GrowthError> for ExportError {
    fn from(e: crate::growth::GrowthError) -> Self {
        ExportError::Handbook(e.into())
    }
}

/// Everything about one child that an export shows, read once.
#[derive(Debug, Clone)]
pub struct ChildRecords {
    pub child: Record<Child>,
    /// In date order.
    pub growth: Vec<Record<GrowthMeasurement>>,
    /// In date order.
    pub checkups: Vec<Record<InfantCheckupRecord>>,
    /// In date order.
    pub vaccinations: Vec<Record<Vaccination>>,
}

impl ChildRecords {
    pub fn read(hb: &Handbook, child_id: Uuid) -> Result<Self, HandbookError> {
        let child = hb.child(child_id)?;
        let mut growth = hb.growth(child_id)?;
        growth.sort_by_key(|r| (r.data.measured_on, r.meta.id));
        let mut checkups = hb.infant_checkups(child_id)?;
        checkups.sort_by_key(|r| (r.data.date, r.meta.id));
        let mut vaccinations = hb.vaccinations(Subject::Child(child_id))?;
        vaccinations.sort_by_key(|r| (r.data.date, r.meta.id));
        Ok(ChildRecords {
            child,
            growth,
            checkups,
            vaccinations,
        })
    }
}

impl Handbook {
    /// A child's records as a FHIR R4 Bundle (pretty-printed JSON).
    pub fn export_fhir(&self, child_id: Uuid) -> Result<String, ExportError> {
        let records = ChildRecords::read(self, child_id)?;
        let bundle = fhir::bundle(&records, codes::codes()?);
        Ok(format!("{bundle:#}"))
    }

    /// A child's printable summary as one self-contained HTML document, in `lang`.
    pub fn export_summary_html(&self, child_id: Uuid, lang: Lang) -> Result<String, ExportError> {
        html::summary(self, child_id, lang)
    }
}

//! Export for others: a child's records in forms a clinic abroad or another app can
//! read, for a family moving or visiting a foreign doctor.
//!
//! - [`fhir`]: a FHIR R4 `collection` Bundle (JSON): the Patient, an Immunization per
//!   dose, an Observation per measured value (LOINC, UCUM), an Encounter per infant
//!   checkup with its findings as an Observation, each checkup's answers and each of the
//!   child's other handbook pages (newborn period, screening tests, stool colour) as a
//!   QuestionnaireResponse to a Questionnaire of that page, and the hearing screen also
//!   as LOINC Observations.
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
use crate::forms::{self, FilledBy, Form, FormField};
use crate::lang::Lang;
use crate::model::{
    Answer, Child, FieldValue, GrowthMeasurement, InfantCheckupRecord, PageEntry, Record, Subject,
    Vaccination,
};
use crate::store::Handbook;

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Reading the records failed (the child is gone, the file is damaged, …).
    #[error(transparent)]
    Handbook(#[from] HandbookError),
    /// The bundled code table is broken: a defect of this build, caught by its tests.
    #[error("{}", self.message(Lang::En))]
    CodeTable { file: &'static str, message: String },
}

impl ExportError {
    /// What to tell the user, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ExportError::Handbook(e) => e.message(lang),
            ExportError::CodeTable { file, message } => crate::t!(
                lang,
                "export-code-table",
                file = *file,
                detail = message.as_str()
            ),
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
    /// The child's other pages of the handbook (newborn period, screening tests,
    /// stool-colour checks …), in the paper handbook's order, each page's by date.
    pub pages: Vec<Record<PageEntry>>,
    /// The 出産の状態 the child was born of, when the family recorded the birth.
    pub delivery: Option<Record<crate::model::Delivery>>,
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
        let mut pages = hb.page_entries(Some(Subject::Child(child_id)), None)?;
        pages.sort_by_key(|r| (page_order(&r.data.page), r.data.date, r.meta.id));
        let delivery = match child.data.delivery_id {
            // A delivery deleted since leaves the child's own birth values.
            Some(id) => hb.delivery(id).ok(),
            None => None,
        };
        Ok(ChildRecords {
            child,
            growth,
            checkups,
            vaccinations,
            pages,
            delivery,
        })
    }
}

/// A page's place in the paper handbook (a page no longer in the form data last).
pub(crate) fn page_order(page: &str) -> u32 {
    forms::form(page, Lang::Ja).map_or(u32::MAX, |f| f.order)
}

/// The section a field belongs to: the last that has its id (see [`filled_sections`]).
pub(crate) fn section_of(form: &Form, field: &str) -> Option<usize> {
    form.sections
        .iter()
        .rposition(|s| s.fields.iter().any(|f| f.id == field))
}

/// One section of a filled page as printed: the section's fields that were answered,
/// in the form's order.
pub(crate) struct FilledSection<'a> {
    pub id: &'a str,
    pub title: Option<&'a str>,
    pub filled_by: FilledBy,
    pub answers: Vec<(&'a FormField, &'a FieldValue)>,
}

/// The answers of a page, section by section, in the form's order. A field id that
/// appears in two sections belongs to the last one: a checkup page's own fields come
/// after the checkup template's and are what `answers` holds (both have a `notes`).
/// Answers to fields the form no longer has are left out, as [`forms::labelled`] does.
pub(crate) fn filled_sections<'a>(form: &'a Form, answers: &'a [Answer]) -> Vec<FilledSection<'a>> {
    let owner = |field: &str| section_of(form, field);
    form.sections
        .iter()
        .enumerate()
        .map(|(i, s)| FilledSection {
            id: &s.id,
            title: s.title.as_deref(),
            filled_by: s.filled_by,
            answers: s
                .fields
                .iter()
                .filter(|f| owner(&f.id) == Some(i))
                .filter_map(|f| {
                    answers
                        .iter()
                        .find(|a| a.field == f.id)
                        .map(|a| (f, &a.value))
                })
                .collect(),
        })
        .filter(|s| !s.answers.is_empty())
        .collect()
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

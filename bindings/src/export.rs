//! Export for others across the FFI: the FHIR R4 Bundle and the printable HTML summary
//! of one child, as strings the shells hand to the share sheet or the print system.
//!
//! The PDF is made by the phone from the HTML (the core embeds no CJK font): Android
//! `WebView.createPrintDocumentAdapter` + `PrintManager`, iOS `WKWebView.createPDF` or
//! `UIMarkupTextPrintFormatter`. See `hagukumi_core::export`.

use hagukumi_core::export::ExportError;

use hagukumi_core::Lang;
use hagukumi_core::foreign::RecordId;
use hagukumi_core::problem::ErrorKind;

use crate::error::{HandbookError, Result};
use crate::handbook::Handbook;

fn export_error(e: ExportError) -> HandbookError {
    match e {
        ExportError::Handbook(h) => h.into(),
        // A broken bundled table is a defect of the build, like a caught panic.
        other @ ExportError::CodeTable { .. } => {
            HandbookError::new(ErrorKind::Internal, |lang| other.message(lang))
        }
    }
}

#[uniffi::export]
impl Handbook {
    /// A child's records as a FHIR R4 Bundle (JSON, type `collection`): the child as
    /// Patient, measurements as LOINC Observations, doses as Immunizations (CVX where
    /// certain), infant checkups as Encounters.
    pub fn export_fhir(&self, child_id: RecordId) -> Result<String> {
        self.with(|hb| hb.export_fhir(child_id).map_err(export_error))
    }

    /// A child's printable summary in `lang`: one self-contained HTML document (A4
    /// print CSS, charts inline, no external resources) for the platform's print or
    /// PDF pipeline.
    pub fn export_summary_html(&self, child_id: RecordId, lang: Lang) -> Result<String> {
        self.with(|hb| hb.export_summary_html(child_id, lang).map_err(export_error))
    }
}

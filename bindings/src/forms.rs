//! The handbook's pages as forms: the core describes each page, checks a filled
//! one field by field, saves, reads back and deletes; the apps' one generic form
//! screen draws whatever the core describes (see `hagukumi_core::forms`).

use hagukumi_core::Lang;
use hagukumi_core::feed::ConsultationDesk;
use hagukumi_core::foreign::{PregnancyRecord, RecordId};
use hagukumi_core::forms::{
    FieldProblem, FilledForm, Form, FormField, FormInput, FormRecordLine, FormSaved, LabelledAnswer,
};
use hagukumi_core::model::{
    Answer, FieldValue, PregnancyEnd, PregnancyOutcome, RecordKind, Subject,
};

use crate::error::{Result, guard};
use crate::handbook::{Change, Handbook};

/// Every page of the handbook as a form, in the paper handbook's order.
#[uniffi::export]
pub fn handbook_forms(lang: Lang) -> Result<Vec<Form>> {
    guard(|| Ok(hagukumi_core::forms::forms(lang)))
}

#[uniffi::export]
impl Handbook {
    /// The form `id` for `subject` (a delivery form has a section per baby the
    /// pregnancy expects; `record`: the record edited).
    pub fn form(
        &self,
        id: String,
        subject: Option<Subject>,
        record: Option<RecordId>,
        lang: Lang,
    ) -> Result<Form> {
        self.with(|hb| Ok(hb.form_for(&id, subject, record, lang)?))
    }

    /// A new record's form with its defaults (today, one baby …).
    pub fn form_blank(
        &self,
        id: String,
        subject: Option<Subject>,
        lang: Lang,
    ) -> Result<FilledForm> {
        self.with(|hb| Ok(hb.form_blank(&id, subject, lang)?))
    }

    /// A record in its form, for editing.
    pub fn form_read(&self, id: String, record: RecordId, lang: Lang) -> Result<FilledForm> {
        self.with(|hb| Ok(hb.form_read(&id, record, lang)?))
    }

    /// The problems of a filled form, per field (empty: it can be saved). Writes
    /// nothing.
    pub fn form_check(&self, input: FormInput, lang: Lang) -> Result<Vec<FieldProblem>> {
        self.with(|hb| Ok(hb.form_check(&input, lang)?))
    }

    /// Save a filled form (new, or the edit of `input.record`); alerts to show at once.
    pub fn form_submit(&self, input: FormInput, lang: Lang) -> Result<FormSaved> {
        let kind = form_kind(&input.form);
        self.write(Change::Records { kind }, |hb| {
            Ok(hb.form_submit(input, lang)?)
        })
    }

    /// Delete a record of the form `id`.
    pub fn form_delete(&self, id: String, record: RecordId) -> Result<()> {
        let kind = form_kind(&id);
        self.write(Change::Records { kind }, |hb| {
            Ok(hb.form_delete(&id, record)?)
        })
    }

    /// The records of the form `id` about `subject`, each with a line of its values.
    pub fn form_records(
        &self,
        id: String,
        subject: Option<Subject>,
        lang: Lang,
    ) -> Result<Vec<FormRecordLine>> {
        self.with(|hb| Ok(hb.form_records(&id, subject, lang)?))
    }
}

/// The answers of a record of form `form`, labelled for display.
#[uniffi::export]
pub fn form_answers(form: String, answers: Vec<Answer>, lang: Lang) -> Vec<LabelledAnswer> {
    hagukumi_core::forms::labelled(&form, &answers, lang)
}

/// The kind of record a form saves, for the change observers hear of.
fn form_kind(id: &str) -> RecordKind {
    match hagukumi_core::forms::form(id, Lang::En).map(|f| f.target) {
        Ok(hagukumi_core::forms::FormTarget::Record { kind }) => kind,
        _ => RecordKind::Page,
    }
}

/// Text typed for a field (a number pad's full-width digits, 2025年3月1日, an
/// option's label) read as the field's value, as the CLI reads `--answer`: the app
/// and the CLI read what a parent types the same way.
#[uniffi::export]
pub fn parse_form_value(field: FormField, text: String) -> Result<FieldValue> {
    guard(|| {
        hagukumi_core::forms::parse_value(&field, &text).map_err(|p| {
            hagukumi_core::forms::invalid("", Some(field.id.clone()), |lang| {
                p.message(&field.label, lang)
            })
            .into()
        })
    })
}

#[uniffi::export]
impl Handbook {
    /// Record that a pregnancy ended without a birth (a miscarriage, a stillbirth, a
    /// termination): no more weeks, pregnancy reminders or pregnancy notices; her
    /// diary and photos stay.
    pub fn end_pregnancy(&self, id: RecordId, end: PregnancyEnd) -> Result<PregnancyRecord> {
        self.write(
            Change::Records {
                kind: RecordKind::Pregnancy,
            },
            |hb| Ok(hb.end_pregnancy(id, end)?),
        )
    }

    /// Undo [`Handbook::end_pregnancy`] recorded by mistake.
    pub fn reopen_pregnancy(&self, id: RecordId) -> Result<PregnancyRecord> {
        self.write(
            Change::Records {
                kind: RecordKind::Pregnancy,
            },
            |hb| Ok(hb.reopen_pregnancy(id)?),
        )
    }

    /// The city's consultation desk (こども家庭センター), if the city names one.
    pub fn consultation_desk(&self) -> Result<Option<ConsultationDesk>> {
        self.with(|hb| Ok(hb.consultation_desk()?))
    }
}

/// The desk's name for a reader of `lang`: the city's English one for any language
/// but Japanese when it gave one, else its Japanese.
#[uniffi::export]
pub fn desk_name(desk: ConsultationDesk, lang: Lang) -> String {
    desk.name_in(lang).to_string()
}

/// The desk's opening hours for a reader of `lang`, chosen as [`desk_name`].
#[uniffi::export]
pub fn desk_hours(desk: ConsultationDesk, lang: Lang) -> Option<String> {
    desk.hours_in(lang).map(str::to_string)
}

/// The words for how a pregnancy ended, as the handbook shows them (流産 /
/// miscarriage …): for the choice the app offers when the mother records a loss.
#[uniffi::export]
pub fn pregnancy_outcome_label(outcome: PregnancyOutcome, lang: Lang) -> String {
    outcome.label(lang).to_string()
}

/// The quiet line an ended pregnancy shows in place of its weeks: 「流産（2026-05-01）」.
#[uniffi::export]
pub fn pregnancy_end_label(end: PregnancyEnd, lang: Lang) -> String {
    end.label(lang)
}

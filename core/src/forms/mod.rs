//! The handbook's pages as forms the core describes and the apps only draw.
//!
//! Every page — the typed records (pregnancy, checkups, growth, vaccinations …) and
//! the pages the ordinance's form defines as data (newborn period, tests, the pages
//! after the birth, the partner's page, stool colour) — is a [`Form`]: its fields in
//! order, with type, label, help, limits, alerts and sections, in the handbook's
//! order. The core checks a filled form field by field ([`Handbook::form_check`]),
//! saves it as a new record or an edit ([`Handbook::form_submit`]), reads one back
//! for editing ([`Handbook::form_read`]), lists a page's records
//! ([`Handbook::form_records`]) and deletes ([`Handbook::form_delete`]). So a page
//! added to `core/data/forms/` appears in both apps, the CLI (`hagukumi forms`) and
//! the tests that walk every form, without new code.

mod check;
mod data;
mod records;
mod spec;

use chrono::NaiveDate;
use serde::{Serialize, de::DeserializeOwned};
use serde_json::{Map, Value};
use uuid::Uuid;

pub use check::{AnswerProblem, check_value, parse_value};
pub use spec::*;

use crate::Lang;
use crate::error::{HandbookError, Result, ValidationError};
use crate::model::{
    Answer, Child, Delivery, DentalRecord, DiaryEntry, FieldValue, GrowthMeasurement,
    InfantCheckup, InfantCheckupRecord, MotherProfile, Newborn, PageEntry, Pregnancy,
    PrenatalCheckup, Record, RecordKind, Subject, Vaccination,
};
use crate::store::{Handbook, NewRecord};
use data::{RawPage, RawSubject};

/// The template page whose fields lead every checkup page.
const CHECKUP_TEMPLATE: &str = "infant_checkup";
/// The fields of a checkup page that are the infant checkup record's own (the
/// clinic's 特記事項 and 施設名又は担当者名); the others are answers.
const CHECKUP_RECORD_FIELDS: [&str; 2] = ["findings", "clinic"];
/// The delivery's section repeated once per baby.
const BABY_SECTION: &str = "baby";

/// A filled form, as the app sends it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FormInput {
    pub form: String,
    /// Whom the record is about (a child or a pregnancy); none for the family's
    /// pages, the mother's profile, a new pregnancy or child.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub subject: Option<Subject>,
    /// The record edited; none for a new one.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub record: Option<Uuid>,
    pub values: Vec<Answer>,
    /// Save even if it looks like a record already there (the family confirmed):
    /// without it, an apparent duplicate is refused as `LikelyDuplicate`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub force: bool,
}

/// A form with a record's values, for editing (or with the defaults of a new one).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FilledForm {
    pub form: Form,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub subject: Option<Subject>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub record: Option<Uuid>,
    pub values: Vec<Answer>,
}

/// What is wrong with a filled form, field by field, in the user's language.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FieldProblem {
    /// The field's id; none for a problem of the whole record.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub field: Option<String>,
    pub message: String,
}

/// An alert raised by a saved value (stool colour 1–3, an EPDS at the cut-off).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FormAlert {
    pub kind: AlertKind,
    pub field: String,
    pub message: String,
}

/// A saved form.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FormSaved {
    pub id: Uuid,
    /// What the family must hear at once, most urgent first.
    pub alerts: Vec<FormAlert>,
    /// Saved, but worth a second look (a weight far from the last one): the growth
    /// module's plausibility warnings, in the user's language.
    pub notes: Vec<String>,
}

/// One record of a page, for the list the app shows with edit and delete.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FormRecordLine {
    pub id: Uuid,
    /// The id's shortest unique ending (8 hex digits or more), as the CLI prints and
    /// accepts.
    pub short_id: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub date: Option<NaiveDate>,
    pub summary: String,
}

/// Errors of forms. The words are the catalog's ([`FormError::message`]); `Display`
/// is English.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub enum FormError {
    UnknownForm {
        id: String,
    },
    NeedsSubject {
        form: String,
        expected: SubjectKind,
    },
    NotOfForm {
        form: String,
        id: Uuid,
    },
    /// An answer the form refuses, worded in every catalog language ([`invalid`];
    /// the bindings build it for `parse_form_value`).
    Invalid {
        form: String,
        field: Option<String>,
        messages: Vec<crate::text::Localized>,
    },
}

/// Who a page is about, as [`ValidationError::WrongSubject`] names it (its catalog
/// word is `errors-what-…`).
fn subject_word(kind: SubjectKind) -> &'static str {
    match kind {
        SubjectKind::Child => "a child",
        SubjectKind::Pregnancy => "a pregnancy",
        SubjectKind::ChildOrPregnancy => "a child or a pregnancy",
        SubjectKind::Family => "the family",
    }
}

/// Who a page is about, in `lang` ("お子さん", "a child").
fn subject_label(kind: SubjectKind, lang: Lang) -> String {
    let id = match kind {
        SubjectKind::Child => crate::tid!("errors-what-a-child"),
        SubjectKind::Pregnancy => crate::tid!("errors-what-a-pregnancy"),
        SubjectKind::ChildOrPregnancy => crate::tid!("errors-what-a-child-or-pregnancy"),
        SubjectKind::Family => crate::tid!("errors-what-the-family"),
    };
    crate::text::text(lang, id)
}

impl FormError {
    /// What to tell the user, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            FormError::UnknownForm { id } => {
                crate::t!(lang, "forms-unknown-form", id = id.as_str())
            }
            FormError::NeedsSubject { form, expected } => crate::t!(
                lang,
                "forms-needs-subject",
                form = form.as_str(),
                subject = subject_label(*expected, lang)
            ),
            FormError::NotOfForm { form, id } => crate::t!(
                lang,
                "forms-not-of-form",
                form = form.as_str(),
                id = id.to_string()
            ),
            FormError::Invalid { messages, .. } => crate::text::text_in(messages, lang).to_string(),
        }
    }

    /// The field a form error is about.
    pub fn field(&self) -> Option<&str> {
        match self {
            FormError::Invalid { field, .. } => field.as_deref(),
            _ => None,
        }
    }
}

/// One page of the data and how it is saved.
struct Def {
    page: &'static RawPage,
    target: FormTarget,
    checkup: Option<InfantCheckup>,
}

/// Every page's definition, built once from the checked data, in the handbook's
/// order: the home screen, every write and every merge of a page ask for them.
fn defs() -> &'static [Def] {
    static DEFS: std::sync::OnceLock<Vec<Def>> = std::sync::OnceLock::new();
    DEFS.get_or_init(|| {
        let data = data::pages();
        let mut defs: Vec<Def> = data
            .pages
            .iter()
            .filter(|p| p.id != CHECKUP_TEMPLATE)
            .map(|page| {
                let checkup = page.checkup.as_deref().and_then(|c| c.parse().ok());
                // `record` and `checkup` are checked when the data is loaded.
                let target = match (page.record.as_deref().map(str::parse), checkup) {
                    (Some(Ok(kind)), _) => FormTarget::Record { kind },
                    (_, Some(_)) => FormTarget::Record {
                        kind: RecordKind::InfantCheckup,
                    },
                    _ => FormTarget::Page,
                };
                Def {
                    page,
                    target,
                    checkup,
                }
            })
            .collect();
        // The handbook's parts in the paper order (the mother's pages, each child's,
        // the family's), each part's pages by their place in the form.
        defs.sort_by_key(|d| {
            let part = match d.page.part {
                HandbookPart::Mother => 0,
                HandbookPart::Child => 1,
                HandbookPart::Family => 2,
            };
            (part, d.page.order)
        });
        defs
    })
}

fn def(id: &str) -> std::result::Result<&'static Def, FormError> {
    defs()
        .iter()
        .find(|d| d.page.id == id)
        .ok_or_else(|| FormError::UnknownForm { id: id.to_string() })
}

fn template() -> Option<&'static RawPage> {
    data::pages()
        .pages
        .iter()
        .find(|p| p.id == CHECKUP_TEMPLATE)
}

/// The synthetic date field of a dated data page that has none of its own.
fn entry_date_section(lang: Lang) -> FormSection {
    FormSection {
        id: "entry".into(),
        title: None,
        filled_by: FilledBy::Guardian,
        source: None,
        fields: vec![FormField {
            id: "date".into(),
            label: crate::t!(lang, "forms-entry-date"),
            help: None,
            input: FieldInput::Date,
            required: true,
            alert: None,
        }],
    }
}

impl Def {
    /// The form in `lang`; `babies`: how many baby sections a delivery form has.
    fn form(&self, lang: Lang, babies: usize) -> Form {
        let page = self.page;
        let mut sections = Vec::new();
        if self.checkup.is_some()
            && let Some(t) = template()
        {
            sections.extend(t.section.iter().map(|s| data::section_of(s, lang)));
        }
        let own: Vec<FormSection> = page
            .section
            .iter()
            .flat_map(|s| {
                if s.id == BABY_SECTION {
                    (1..=babies)
                        .map(|n| {
                            let mut section = data::section_of(s, lang);
                            section.id = format!("baby{n}");
                            if babies > 1 {
                                section.title = section.title.map(|t| format!("{t} {n}"));
                            }
                            for f in &mut section.fields {
                                f.id = format!("baby{n}_{}", f.id);
                            }
                            section
                        })
                        .collect::<Vec<_>>()
                } else {
                    vec![data::section_of(s, lang)]
                }
            })
            .collect();
        sections.extend(own);
        let has_date = sections
            .iter()
            .flat_map(|s| &s.fields)
            .any(|f| f.id == "date");
        if self.target == FormTarget::Page && page.dated && !has_date {
            sections.insert(0, entry_date_section(lang));
        }
        Form {
            id: page.id.clone(),
            target: self.target,
            part: page.part,
            subject: page.subject.kind(),
            title: data::title_of(page, lang),
            order: page.order,
            repeatable: page.repeatable,
            source: data::source_line(data::pages(), page, lang),
            sections,
        }
    }

    fn raw_fields(&self) -> Vec<&'static data::RawField> {
        self.page
            .section
            .iter()
            .flat_map(|s| s.field.iter())
            .collect()
    }
}

/// Every form of the handbook, in the paper handbook's order (a delivery form with
/// one baby; [`Handbook::form_for`] gives the form for a given pregnancy).
pub fn forms(lang: Lang) -> Vec<Form> {
    defs().iter().map(|d| d.form(lang, 1)).collect()
}

/// The sources the forms cite (the ordinance's form and how it was read).
pub fn sources() -> Vec<FormSource> {
    data::sources()
}

/// One form by id.
pub fn form(id: &str, lang: Lang) -> Result<Form> {
    Ok(def(id)?.form(lang, 1))
}

/// The page id of an infant checkup's form.
pub fn checkup_form_id(checkup: InfantCheckup) -> Option<String> {
    defs()
        .iter()
        .find(|d| d.checkup == Some(checkup))
        .map(|d| d.page.id.clone())
}

/// Check a page entry's answers against its page (on every write and merge).
pub(crate) fn check_page_entry(
    entry: &PageEntry,
    start: Option<NaiveDate>,
    today: NaiveDate,
) -> std::result::Result<(), ValidationError> {
    let def = def(&entry.page).map_err(|_| ValidationError::UnknownCode {
        what: "page",
        value: entry.page.clone(),
        valid: defs()
            .iter()
            .filter(|d| d.target == FormTarget::Page)
            .map(|d| d.page.id.clone())
            .collect(),
    })?;
    let subject_ok = subject_fits(def.page.subject, entry.subject);
    if !subject_ok || def.target != FormTarget::Page {
        return Err(ValidationError::WrongSubject {
            what: "this page",
            expected: subject_word(def.page.subject.kind()),
        });
    }
    let form = |lang| def.form(lang, 0);
    let mut values = entry.answers.clone();
    if form(Lang::En).field("date").is_some() && !values.iter().any(|a| a.field == "date") {
        values.push(Answer::new("date", FieldValue::Date { date: entry.date }));
    }
    check_answers(form, &values, start, today)
}

/// Check an infant checkup's answers against its page.
pub(crate) fn check_checkup_answers(
    record: &InfantCheckupRecord,
    birth: NaiveDate,
    today: NaiveDate,
) -> std::result::Result<(), ValidationError> {
    let Some(id) = checkup_form_id(record.checkup) else {
        return Ok(());
    };
    let Ok(def) = def(&id) else { return Ok(()) };
    check_answers(
        |lang| own_fields_form(def, lang),
        &record.answers,
        Some(birth),
        today,
    )
}

/// A checkup page's form without the template's leading fields (what `answers` holds).
fn own_fields_form(def: &Def, lang: Lang) -> Form {
    let mut form = def.form(lang, 0);
    if let Some(t) = template() {
        form.sections
            .retain(|s| !t.section.iter().any(|ts| ts.id == s.id));
    }
    form
}

/// The first problem of `values` on the form (`form(lang)`: the form in a language).
fn check_answers(
    form: impl Fn(Lang) -> Form,
    values: &[Answer],
    start: Option<NaiveDate>,
    today: NaiveDate,
) -> std::result::Result<(), ValidationError> {
    let en = form(Lang::En);
    let mut problems = check::check_values(&en, values);
    problems.extend(date_problems(&en, values, start, today));
    match problems.into_iter().next() {
        None => Ok(()),
        Some((field, problem)) => {
            let message = |lang| problem.message(&label_in(Some(&form(lang)), &field), lang);
            Err(ValidationError::Answer {
                messages: crate::text::every_lang(message),
                field,
            })
        }
    }
}

/// A field's label on `form`, or its id when the form has no such field.
fn label_in(form: Option<&Form>, field: &str) -> String {
    form.and_then(|f| f.field(field))
        .map_or_else(|| field.to_string(), |f| f.label.clone())
}

/// The day a page records and the "when" answers have happened, and not before the
/// birth or the pregnancy (other dates, such as the next appointment, may be ahead).
fn date_problems(
    form: &Form,
    values: &[Answer],
    start: Option<NaiveDate>,
    today: NaiveDate,
) -> Vec<(String, AnswerProblem)> {
    values
        .iter()
        .filter_map(|a| {
            let date = match &a.value {
                FieldValue::When { date } => *date,
                FieldValue::Date { date } if a.field == "date" => *date,
                _ => return None,
            };
            form.field(&a.field)?;
            if date > today {
                return Some((a.field.clone(), AnswerProblem::DateInFuture { today }));
            }
            match start {
                Some(start) if date < start => {
                    Some((a.field.clone(), AnswerProblem::BeforeStart { start }))
                }
                _ => None,
            }
        })
        .collect()
}

/// A value as a person reads it, in `lang`.
pub fn display_value(field: &FormField, value: &FieldValue, lang: Lang) -> String {
    match value {
        FieldValue::Yes => crate::t!(lang, "forms-yes"),
        FieldValue::No => crate::t!(lang, "forms-no"),
        FieldValue::When { date } => {
            crate::t!(lang, "forms-yes-since", date = date_text(*date, lang))
        }
        FieldValue::Date { date } => date_text(*date, lang),
        FieldValue::DateTime { at } => crate::t!(
            lang,
            "forms-date-time",
            date = date_text(at.date(), lang),
            time = at.format("%H:%M").to_string()
        ),
        FieldValue::Gestation { weeks, days } => {
            crate::t!(lang, "forms-gestation", weeks = *weeks, days = *days)
        }
        FieldValue::Number { value } => with_unit(&format_number(*value), &field.input),
        FieldValue::Integer { value } => with_unit(&value.to_string(), &field.input),
        FieldValue::Choice { option } => match &field.input {
            FieldInput::Choice { options } => options
                .iter()
                .find(|o| &o.value == option)
                .map_or(option.clone(), |o| o.label.clone()),
            _ => option.clone(),
        },
        FieldValue::Text { text } => text.clone(),
        FieldValue::Photos { refs } => crate::t!(lang, "forms-photos", n = refs.len()),
    }
}

/// A day as a person reads it: 「2025年3月1日」, "2025-03-01".
pub fn date_text(date: NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    crate::t!(
        lang,
        "forms-date",
        iso = date.to_string(),
        year = date.year().to_string(),
        month = date.month(),
        day = date.day()
    )
}

fn format_number(x: f64) -> String {
    let s = format!("{x:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn with_unit(number: &str, input: &FieldInput) -> String {
    match input {
        FieldInput::Number { unit, .. } | FieldInput::Integer { unit, .. } if !unit.is_empty() => {
            format!("{number} {unit}")
        }
        _ => number.to_string(),
    }
}

/// The alerts the values raise, most urgent first.
fn alerts_of(form: &Form, values: &[Answer], lang: Lang) -> Vec<FormAlert> {
    let mut alerts: Vec<FormAlert> = values
        .iter()
        .filter_map(|a| {
            let field = form.field(&a.field)?;
            let alert = field.alert.as_ref()?;
            let x = match a.value {
                FieldValue::Number { value } => value,
                FieldValue::Integer { value } => value as f64,
                FieldValue::Choice { ref option } => option.parse().ok()?,
                _ => return None,
            };
            alert.raised_by(x).then(|| FormAlert {
                kind: alert.kind,
                field: a.field.clone(),
                message: alert_message(alert.kind, lang),
            })
        })
        .collect();
    alerts.sort_by_key(|a| match a.kind {
        AlertKind::ContactDoctorNow => 0,
        AlertKind::TalkToDesk => 1,
    });
    alerts
}

/// The most urgent alert a stored page entry raises, if any.
pub fn alert_of(entry: &PageEntry) -> Option<AlertKind> {
    let form = form(&entry.page, Lang::En).ok()?;
    alerts_of(&form, &entry.answers, Lang::En)
        .into_iter()
        .map(|a| a.kind)
        .next()
}

/// The words of an alert. Stool colour: the 便色カード's own instruction (a colour
/// near card numbers 1–3 may mean biliary atresia; see a doctor at once, without
/// waiting for the next checkup). EPDS: a score at the cut-off is a reason to talk,
/// not a diagnosis.
pub fn alert_message(kind: AlertKind, lang: Lang) -> String {
    match kind {
        AlertKind::ContactDoctorNow => crate::t!(lang, "forms-alert-contact-doctor"),
        AlertKind::TalkToDesk => crate::t!(lang, "forms-alert-talk-to-desk"),
    }
}

/// An alert's heading, in `lang` ("See a doctor now").
pub fn alert_title(kind: AlertKind, lang: Lang) -> String {
    match kind {
        AlertKind::ContactDoctorNow => crate::t!(lang, "forms-alert-contact-doctor-title"),
        AlertKind::TalkToDesk => crate::t!(lang, "forms-alert-talk-to-desk-title"),
    }
}

/// A form error, its message worded from the catalog in each language.
pub fn invalid(
    form: &str,
    field: Option<String>,
    message: impl Fn(Lang) -> String,
) -> HandbookError {
    HandbookError::Form(FormError::Invalid {
        form: form.to_string(),
        field,
        messages: crate::text::every_lang(message),
    })
}

/// A stored record's data as its JSON object (the form's fields are written over
/// it, so that an edit keeps what the form does not show).
trait ErasedRecord {
    fn json(&self) -> Map<String, Value>;
}

impl<T: Serialize> ErasedRecord for T {
    fn json(&self) -> Map<String, Value> {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_object().cloned())
            .unwrap_or_default()
    }
}

fn erase<T: Serialize>(data: &T) -> &dyn ErasedRecord {
    data
}

/// `object` with the form's fields written over it (a field left empty removes the
/// key: the record's value is cleared).
fn over_fields(
    mut object: Map<String, Value>,
    fields: &[(&FormField, Vec<&str>)],
    values: &[Answer],
) -> Map<String, Value> {
    for (field, path) in fields {
        let value = values
            .iter()
            .find(|a| a.field == field.id)
            .map(|a| records::to_json(&field.input, &a.value));
        records::set_path(&mut object, path, value);
    }
    object
}

/// The record a form's JSON object describes.
fn from_object<T: DeserializeOwned>(form_id: &str, object: Map<String, Value>) -> Result<T> {
    serde_json::from_value(Value::Object(object)).map_err(|e| {
        invalid(form_id, None, |lang| {
            crate::t!(lang, "forms-unreadable-record", detail = e.to_string())
        })
    })
}

fn subject_json(subject: Subject) -> Value {
    serde_json::to_value(subject).unwrap_or(Value::Null)
}

fn id_json(id: Uuid) -> Value {
    Value::String(id.to_string())
}

impl Handbook {
    /// The form `id` for `subject` (a delivery form has one section per baby the
    /// pregnancy expects; editing a delivery, none: the babies are children then).
    pub fn form_for(
        &self,
        id: &str,
        subject: Option<Subject>,
        record: Option<Uuid>,
        lang: Lang,
    ) -> Result<Form> {
        let def = def(id)?;
        Ok(def.form(lang, self.babies_of(def, subject, record)?))
    }

    fn babies_of(
        &self,
        def: &Def,
        subject: Option<Subject>,
        record: Option<Uuid>,
    ) -> Result<usize> {
        if def.target
            != (FormTarget::Record {
                kind: RecordKind::Delivery,
            })
        {
            return Ok(1);
        }
        if record.is_some() {
            // The babies are children by now, edited on their own pages.
            return Ok(0);
        }
        Ok(match subject {
            Some(Subject::Pregnancy(p)) => usize::from(self.pregnancy(p)?.data.fetuses),
            _ => 1,
        })
    }

    /// A new record's form with its defaults: today for the page's date, one baby,
    /// the first of twins.
    pub fn form_blank(&self, id: &str, subject: Option<Subject>, lang: Lang) -> Result<FilledForm> {
        let form = self.form_for(id, subject, None, lang)?;
        let today = self.today();
        let mut values = Vec::new();
        for field in form.fields() {
            let value = match (field.id.as_str(), &field.input) {
                ("date" | "measured_on" | "written_on", FieldInput::Date) => {
                    Some(FieldValue::Date { date: today })
                }
                ("fetuses" | "birth_order", _) => Some(FieldValue::Integer { value: 1 }),
                ("fluoride_applied", _) => Some(FieldValue::No),
                _ => None,
            };
            if let Some(value) = value {
                values.push(Answer::new(field.id.clone(), value));
            }
        }
        Ok(FilledForm {
            form,
            subject,
            record: None,
            values,
        })
    }

    /// The problems of a filled form, field by field (empty: it can be saved).
    /// Runs every check [`Handbook::form_submit`] runs, and writes nothing.
    pub fn form_check(&self, input: &FormInput, lang: Lang) -> Result<Vec<FieldProblem>> {
        let def = def(&input.form)?;
        let input = &self.with_subject(def, input.clone())?;
        let form = self.form_for(&input.form, input.subject, input.record, lang)?;
        check_subject(def, input.subject)?;
        let problems = check::check_values(&form, &input.values);
        if !problems.is_empty() {
            return Ok(problems
                .into_iter()
                .map(|(field, p)| {
                    let label = form
                        .field(&field)
                        .map_or(field.clone(), |f| f.label.clone());
                    FieldProblem {
                        message: p.message(&label, lang),
                        field: Some(field),
                    }
                })
                .collect());
        }
        match self.prepare(def, &form, input) {
            Ok(prepared) => match self.check_prepared(&prepared) {
                Ok(()) => Ok(Vec::new()),
                Err(e) => Ok(vec![problem_of(&form, &e, lang)]),
            },
            Err(e) => Ok(vec![problem_of(&form, &e, lang)]),
        }
    }

    /// Save a filled form: a new record, or the edit of `input.record`. The record is
    /// checked as [`Handbook::form_check`] does; a value that must reach the family
    /// at once comes back as an alert.
    pub fn form_submit(&mut self, input: FormInput, lang: Lang) -> Result<FormSaved> {
        let def = def(&input.form)?;
        let input = self.with_subject(def, input)?;
        let form = self.form_for(&input.form, input.subject, input.record, lang)?;
        check_subject(def, input.subject)?;
        if let Some((field, p)) = check::check_values(&form, &input.values).into_iter().next() {
            let mut forms = Vec::new();
            for lang in Lang::SHIPPED {
                let f = self.form_for(&input.form, input.subject, input.record, lang)?;
                forms.push((lang, f));
            }
            let form_in = |lang| forms.iter().find(|(l, _)| *l == lang).map(|(_, f)| f);
            return Err(invalid(&input.form, Some(field.clone()), |lang| {
                p.message(&label_in(form_in(lang), &field), lang)
            }));
        }
        let prepared = self
            .prepare(def, &form, &input)
            .map_err(|e| locate(&form, e))?;
        if !input.force {
            self.refuse_duplicate(&prepared)?;
        }
        let notes = match &prepared {
            Prepared::Growth(_, m) => self
                .growth_warnings(m)?
                .iter()
                .map(|w| w.message(lang).to_string())
                .collect(),
            _ => Vec::new(),
        };
        let id = self.save_prepared(prepared).map_err(|e| locate(&form, e))?;
        let values = check::normalised(&form, &input.values);
        Ok(FormSaved {
            id,
            alerts: alerts_of(&form, &values, lang),
            notes,
        })
    }

    /// An edit's subject, when the app did not repeat it: the record's own.
    fn with_subject(&self, def: &Def, mut input: FormInput) -> Result<FormInput> {
        if let (None, Some(record)) = (input.subject, input.record) {
            input.subject = match def.target {
                FormTarget::Page => self.page_entry(record)?.data.subject,
                FormTarget::Record { kind } => self.typed_json(kind, record)?.0,
            };
        }
        Ok(input)
    }

    /// A record in its form, for editing.
    pub fn form_read(&self, id: &str, record: Uuid, lang: Lang) -> Result<FilledForm> {
        let def = def(id)?;
        let form = def.form(lang, 0);
        let not_of = || FormError::NotOfForm {
            form: id.to_string(),
            id: record,
        };
        let fields = field_paths(def, &form);
        let (subject, values) = match def.target {
            FormTarget::Page => {
                let entry = self.page_entry(record)?;
                if entry.data.page != id {
                    return Err(not_of().into());
                }
                let mut values = entry.data.answers.clone();
                if form.field("date").is_some() && !values.iter().any(|a| a.field == "date") {
                    values.insert(
                        0,
                        Answer::new(
                            "date",
                            FieldValue::Date {
                                date: entry.data.date,
                            },
                        ),
                    );
                }
                (entry.data.subject, values)
            }
            FormTarget::Record { kind } => {
                let (subject, json, extra) = self.typed_json(kind, record)?;
                if let Some(checkup) = def.checkup {
                    let r = self.infant_checkup(record)?;
                    if r.data.checkup != checkup {
                        return Err(not_of().into());
                    }
                }
                let mut values = records::values_of(&fields, &json, "");
                values.extend(extra);
                (subject, values)
            }
        };
        Ok(FilledForm {
            form,
            subject,
            record: Some(record),
            values,
        })
    }

    /// Delete a record of the form `id`.
    pub fn form_delete(&mut self, id: &str, record: Uuid) -> Result<()> {
        let def = def(id)?;
        match def.target {
            FormTarget::Page => {
                if self.page_entry(record)?.data.page != id {
                    return Err(FormError::NotOfForm {
                        form: id.to_string(),
                        id: record,
                    }
                    .into());
                }
                self.delete_page(record)
            }
            FormTarget::Record { kind } => match kind {
                RecordKind::MotherProfile => self.delete::<MotherProfile>(record),
                RecordKind::Pregnancy => self.delete_pregnancy(record),
                RecordKind::PrenatalCheckup => self.delete_prenatal_checkup(record),
                RecordKind::Delivery => self.delete_delivery(record),
                RecordKind::Child => self.delete_child(record),
                RecordKind::Growth => self.delete_growth(record),
                RecordKind::InfantCheckup => self.delete_infant_checkup(record),
                RecordKind::Vaccination => self.delete_vaccination(record),
                RecordKind::Dental => self.delete_dental(record),
                RecordKind::Diary => self.delete_diary(record),
                RecordKind::Page => self.delete_page(record),
            },
        }
    }

    /// The records of the form `id` about `subject`, oldest first, each with a line
    /// of its main values.
    pub fn form_records(
        &self,
        id: &str,
        subject: Option<Subject>,
        lang: Lang,
    ) -> Result<Vec<FormRecordLine>> {
        let def = def(id)?;
        let form = def.form(lang, 0);
        let ids: Vec<(Uuid, Option<NaiveDate>)> = match def.target {
            FormTarget::Page => self
                .page_entries(subject, Some(id))?
                .into_iter()
                .map(|r| (r.id(), Some(r.data.date)))
                .collect(),
            FormTarget::Record { kind } => self.typed_ids(kind, subject, def.checkup)?,
        };
        let kind = match def.target {
            FormTarget::Record { kind } => kind,
            FormTarget::Page => RecordKind::Page,
        };
        let short = self.short_ids(kind)?;
        ids.into_iter()
            .map(|(record, date)| {
                let filled = self.form_read(id, record, lang)?;
                let summary = summary_line(&form, &filled.values, lang);
                Ok(FormRecordLine {
                    id: record,
                    short_id: short
                        .get(&record)
                        .cloned()
                        .unwrap_or_else(|| record.simple().to_string()),
                    date,
                    summary,
                })
            })
            .collect()
    }
}

/// The main values of a record in one line: the first few values given, after the
/// date.
fn summary_line(form: &Form, values: &[Answer], lang: Lang) -> String {
    let parts: Vec<String> = form
        .fields()
        .filter(|f| !matches!(f.input, FieldInput::Date) || f.id != "date")
        .filter_map(|f| {
            let v = values.iter().find(|a| a.field == f.id)?;
            Some(format!("{} {}", f.label, display_value(f, &v.value, lang)))
        })
        .take(4)
        .collect();
    parts.join(&crate::t!(lang, "forms-summary-separator"))
}

/// Whether a record about `subject` belongs on a page about `page`.
fn subject_fits(page: RawSubject, subject: Option<Subject>) -> bool {
    matches!(
        (page, subject),
        (RawSubject::Child, Some(Subject::Child(_)))
            | (RawSubject::Pregnancy, Some(Subject::Pregnancy(_)))
            | (RawSubject::ChildOrPregnancy, Some(_))
            | (RawSubject::Family | RawSubject::None, None)
    )
}

fn check_subject(def: &Def, subject: Option<Subject>) -> Result<()> {
    let ok = subject_fits(def.page.subject, subject);
    if ok {
        Ok(())
    } else {
        Err(FormError::NeedsSubject {
            form: def.page.id.clone(),
            expected: def.page.subject.kind(),
        }
        .into())
    }
}

/// The fields of a typed form with their JSON paths (a baby section's fields not
/// included: they are read per baby).
fn field_paths<'a>(def: &Def, form: &'a Form) -> Vec<(&'a FormField, Vec<&'static str>)> {
    // A checkup page's own fields are answers, not keys of the record: only the
    // template's lead fields map to it.
    let raw: Vec<&'static data::RawField> = match def.checkup {
        Some(_) => template()
            .into_iter()
            .flat_map(|t| t.section.iter().flat_map(|s| s.field.iter()))
            .chain(
                def.raw_fields()
                    .into_iter()
                    .filter(|f| CHECKUP_RECORD_FIELDS.contains(&f.id.as_str())),
            )
            .collect(),
        None => def.raw_fields(),
    };
    form.fields()
        .filter_map(|f| {
            let r = raw.iter().find(|r| r.id == f.id)?;
            Some((f, records::path_of(&r.id, r.path.as_deref())))
        })
        .collect()
}

/// The baby section's fields with their paths in a newborn.
fn baby_paths<'a>(def: &Def, form: &'a Form, n: usize) -> Vec<(&'a FormField, Vec<&'static str>)> {
    let prefix = format!("baby{n}_");
    let raw: Vec<&'static data::RawField> = def
        .page
        .section
        .iter()
        .filter(|s| s.id == BABY_SECTION)
        .flat_map(|s| s.field.iter())
        .collect();
    form.fields()
        .filter_map(|f| {
            let id = f.id.strip_prefix(&prefix)?;
            let r = raw.iter().find(|r| r.id == id)?;
            Some((f, records::path_of(&r.id, r.path.as_deref())))
        })
        .collect()
}

/// A problem of the whole record placed on its field, for the app to highlight.
fn problem_of(form: &Form, e: &HandbookError, lang: Lang) -> FieldProblem {
    FieldProblem {
        field: field_of_error(form, e),
        message: crate::Problem::message(e, lang),
    }
}

fn field_of_error(form: &Form, e: &HandbookError) -> Option<String> {
    if let HandbookError::Form(f) = e {
        return f.field().map(str::to_string);
    }
    if let HandbookError::Invalid(ValidationError::Answer { field, .. }) = e {
        return Some(field.clone());
    }
    // A vaccine for the wrong subject (a child's vaccine on a pregnancy): the vaccine.
    if let HandbookError::Invalid(ValidationError::WrongSubject { .. }) = e
        && form.field("vaccine").is_some()
    {
        return Some("vaccine".into());
    }
    let key = records::core_field_key(e.field()?);
    let data = data::pages();
    form.fields()
        .find(|f| {
            data.pages.iter().any(|p| {
                p.section.iter().flat_map(|s| &s.field).any(|r| {
                    r.core_field.as_deref() == Some(key.as_str())
                        && (f.id == r.id || f.id.ends_with(&format!("_{}", r.id)))
                })
            })
        })
        .map(|f| f.id.clone())
}

/// A record error as a form error naming its field.
fn locate(form: &Form, e: HandbookError) -> HandbookError {
    match field_of_error(form, &e) {
        Some(field) if !matches!(e, HandbookError::Form(_)) => match e {
            HandbookError::Invalid(_) => invalid(&form.id, Some(field), |lang| {
                crate::Problem::message(&e, lang)
            }),
            other => other,
        },
        _ => e,
    }
}

/// A typed record as its form reads it: its subject, its JSON object, and the values
/// kept outside its keys (a checkup's answers).
type TypedJson = (Option<Subject>, Map<String, Value>, Vec<Answer>);

/// A form turned into the record it saves, not yet checked against the store.
enum Prepared {
    Page(Option<Uuid>, PageEntry),
    MotherProfile(MotherProfile),
    Pregnancy(Option<Uuid>, Pregnancy),
    PrenatalCheckup(Option<Uuid>, PrenatalCheckup),
    Delivery(Option<Uuid>, Delivery, Vec<Newborn>),
    Child(Option<Uuid>, Child),
    Growth(Option<Uuid>, GrowthMeasurement),
    InfantCheckup(Option<Uuid>, InfantCheckupRecord),
    Vaccination(Option<Uuid>, Vaccination),
    Dental(Option<Uuid>, DentalRecord),
    Diary(Option<Uuid>, DiaryEntry),
}

impl Handbook {
    fn prepare(&self, def: &Def, form: &Form, input: &FormInput) -> Result<Prepared> {
        let values = check::normalised(form, &input.values);
        let fields = field_paths(def, form);
        let edit = input.record;
        let subject = input.subject;
        let fid = input.form.as_str();
        let need = |kind: SubjectKind| -> HandbookError {
            FormError::NeedsSubject {
                form: fid.to_string(),
                expected: kind,
            }
            .into()
        };
        let preg = || match subject {
            Some(Subject::Pregnancy(p)) => Ok(p),
            _ => Err(need(SubjectKind::Pregnancy)),
        };
        let child = || match subject {
            Some(Subject::Child(c)) => Ok(c),
            _ => Err(need(SubjectKind::Child)),
        };
        let FormTarget::Record { kind } = def.target else {
            let date = values
                .iter()
                .find_map(|a| match (a.field.as_str(), &a.value) {
                    ("date", FieldValue::Date { date }) => Some(*date),
                    _ => None,
                })
                .unwrap_or_else(|| self.today());
            let own_date = def.raw_fields().iter().any(|f| f.id == "date");
            let answers = values
                .into_iter()
                .filter(|a| own_date || a.field != "date")
                .collect();
            if let Some(id) = edit {
                let old = self.page_entry(id)?;
                if old.data.page != def.page.id {
                    return Err(FormError::NotOfForm {
                        form: fid.to_string(),
                        id,
                    }
                    .into());
                }
            }
            return Ok(Prepared::Page(
                edit,
                PageEntry {
                    subject,
                    page: def.page.id.clone(),
                    date,
                    answers,
                },
            ));
        };
        // A record built from the form over `old` (an edit keeps what the form does
        // not show), with the keys of its subject.
        let typed = |old: Option<&dyn ErasedRecord>, keys: Vec<(&str, Value)>| {
            let mut object = old.map(|o| o.json()).unwrap_or_default();
            for (key, value) in keys {
                object.insert(key.into(), value);
            }
            object
        };
        let over = |base: Map<String, Value>| over_fields(base, &fields, &values);
        // The subject of a record that may be about a child or a pregnancy: the
        // edited record's own, else the one chosen.
        let either = |stored: Option<Subject>| match (stored, subject) {
            (Some(s), _) | (None, Some(s)) => Ok(s),
            (None, None) => Err(need(SubjectKind::ChildOrPregnancy)),
        };
        Ok(match kind {
            RecordKind::MotherProfile => {
                let old = self.mother_profile()?.map(|r| r.data);
                let base = typed(old.as_ref().map(erase), vec![]);
                Prepared::MotherProfile(from_object(fid, over(base))?)
            }
            RecordKind::Pregnancy => {
                let old = edit.map(|id| self.pregnancy(id)).transpose()?;
                let base = typed(old.as_ref().map(|r| erase(&r.data)), vec![]);
                Prepared::Pregnancy(edit, from_object(fid, over(base))?)
            }
            RecordKind::PrenatalCheckup => {
                let old = edit.map(|id| self.prenatal_checkup(id)).transpose()?;
                let p = match &old {
                    Some(r) => r.data.pregnancy_id,
                    None => preg()?,
                };
                let base = typed(
                    old.as_ref().map(|r| erase(&r.data)),
                    vec![("pregnancy_id", id_json(p))],
                );
                Prepared::PrenatalCheckup(edit, from_object(fid, over(base))?)
            }
            RecordKind::Delivery => {
                let old = edit.map(|id| self.delivery(id)).transpose()?;
                let p = match &old {
                    Some(r) => r.data.pregnancy_id,
                    None => preg()?,
                };
                let base = typed(
                    old.as_ref().map(|r| erase(&r.data)),
                    vec![("pregnancy_id", id_json(p))],
                );
                let delivery = from_object(fid, over(base))?;
                let babies = if edit.is_some() {
                    Vec::new()
                } else {
                    (1..=self.babies_of(def, subject, None)?)
                        .map(|n| {
                            // The baby's fields carry their `babyN_` prefix already.
                            let paths = baby_paths(def, form, n);
                            let base = typed(None, vec![("birth", Value::Object(Map::new()))]);
                            from_object::<Newborn>(fid, over_fields(base, &paths, &values))
                        })
                        .collect::<Result<_>>()?
                };
                Prepared::Delivery(edit, delivery, babies)
            }
            RecordKind::Child => {
                let old = edit.map(|id| self.child(id)).transpose()?;
                let mut base = typed(old.as_ref().map(|r| erase(&r.data)), vec![]);
                base.entry("birth")
                    .or_insert_with(|| Value::Object(Map::new()));
                Prepared::Child(edit, from_object(fid, over(base))?)
            }
            RecordKind::Growth => {
                let old = edit.map(|id| self.growth_measurement(id)).transpose()?;
                let c = match &old {
                    Some(r) => r.data.child_id,
                    None => child()?,
                };
                let base = typed(
                    old.as_ref().map(|r| erase(&r.data)),
                    vec![("child_id", id_json(c))],
                );
                Prepared::Growth(edit, from_object(fid, over(base))?)
            }
            RecordKind::InfantCheckup => {
                let old = edit.map(|id| self.infant_checkup(id)).transpose()?;
                let c = match &old {
                    Some(r) => r.data.child_id,
                    None => child()?,
                };
                let checkup = def.checkup.ok_or_else(|| need(SubjectKind::Child))?;
                let answers: Vec<Answer> = values
                    .iter()
                    .filter(|a| !fields.iter().any(|(f, _)| f.id == a.field))
                    .cloned()
                    .collect();
                let base = typed(
                    old.as_ref().map(|r| erase(&r.data)),
                    vec![
                        ("child_id", id_json(c)),
                        ("checkup", Value::String(checkup.as_str().into())),
                        (
                            "answers",
                            serde_json::to_value(&answers).unwrap_or(Value::Array(vec![])),
                        ),
                    ],
                );
                Prepared::InfantCheckup(edit, from_object(fid, over(base))?)
            }
            RecordKind::Vaccination => {
                let old = edit.map(|id| self.vaccination(id)).transpose()?;
                let s = either(old.as_ref().map(|r| r.data.subject))?;
                let base = typed(
                    old.as_ref().map(|r| erase(&r.data)),
                    vec![("subject", subject_json(s))],
                );
                Prepared::Vaccination(edit, from_object(fid, over(base))?)
            }
            RecordKind::Dental => {
                let old = edit.map(|id| self.dental_record(id)).transpose()?;
                let s = either(old.as_ref().map(|r| r.data.subject))?;
                let base = typed(
                    old.as_ref().map(|r| erase(&r.data)),
                    vec![("subject", subject_json(s))],
                );
                Prepared::Dental(edit, from_object(fid, over(base))?)
            }
            RecordKind::Diary => {
                let old = edit.map(|id| self.diary_entry(id)).transpose()?;
                let subjects = match (&old, subject) {
                    (Some(r), _) => r.data.subjects.clone(),
                    (None, Some(s)) => vec![s],
                    (None, None) => return Err(need(SubjectKind::ChildOrPregnancy)),
                };
                let base = typed(
                    old.as_ref().map(|r| erase(&r.data)),
                    vec![(
                        "subjects",
                        serde_json::to_value(subjects).unwrap_or(Value::Array(vec![])),
                    )],
                );
                // An entry without photos has an empty list (the form's photo field,
                // left empty, removes the key).
                let mut object = over(base);
                object
                    .entry("photos")
                    .or_insert_with(|| Value::Array(vec![]));
                Prepared::Diary(edit, from_object(fid, object)?)
            }
            RecordKind::Page => return Err(need(SubjectKind::Family)),
        })
    }

    /// Refuse a record that looks like one already there: the typed records by the
    /// store's rules (same day, same dose …); a data page by its own: a second
    /// record of a one-per-child page, or the same page on the same day.
    fn refuse_duplicate(&self, prepared: &Prepared) -> Result<()> {
        let (edit, new) = match prepared {
            Prepared::Page(edit, entry) => return self.refuse_page_duplicates(entry, *edit),
            Prepared::MotherProfile(_) | Prepared::Delivery(..) => return Ok(()),
            Prepared::Pregnancy(e, d) => (*e, NewRecord::Pregnancy { data: d.clone() }),
            Prepared::PrenatalCheckup(e, d) => (*e, NewRecord::PrenatalCheckup { data: d.clone() }),
            Prepared::Child(e, d) => (*e, NewRecord::Child { data: d.clone() }),
            Prepared::Growth(e, d) => (*e, NewRecord::Growth { data: d.clone() }),
            Prepared::InfantCheckup(e, d) => (*e, NewRecord::InfantCheckup { data: d.clone() }),
            Prepared::Vaccination(e, d) => (*e, NewRecord::Vaccination { data: d.clone() }),
            Prepared::Dental(e, d) => (*e, NewRecord::Dental { data: d.clone() }),
            Prepared::Diary(e, d) => (*e, NewRecord::Diary { data: d.clone() }),
        };
        match edit {
            None => self.refuse_duplicates(&new, None),
            Some(id) => {
                let before = self.new_record_of(&new, id)?;
                self.refuse_edit_duplicates(&before, &new, id)
            }
        }
    }

    /// The stored version of the record `id`, as the kind of `like`.
    fn new_record_of(&self, like: &NewRecord, id: Uuid) -> Result<NewRecord> {
        Ok(match like {
            NewRecord::Pregnancy { .. } => NewRecord::Pregnancy {
                data: self.pregnancy(id)?.data,
            },
            NewRecord::PrenatalCheckup { .. } => NewRecord::PrenatalCheckup {
                data: self.prenatal_checkup(id)?.data,
            },
            NewRecord::Child { .. } => NewRecord::Child {
                data: self.child(id)?.data,
            },
            NewRecord::Growth { .. } => NewRecord::Growth {
                data: self.growth_measurement(id)?.data,
            },
            NewRecord::InfantCheckup { .. } => NewRecord::InfantCheckup {
                data: self.infant_checkup(id)?.data,
            },
            NewRecord::Vaccination { .. } => NewRecord::Vaccination {
                data: self.vaccination(id)?.data,
            },
            NewRecord::Dental { .. } => NewRecord::Dental {
                data: self.dental_record(id)?.data,
            },
            NewRecord::Diary { .. } => NewRecord::Diary {
                data: self.diary_entry(id)?.data,
            },
        })
    }

    /// Every check of the store on a prepared record, writing nothing.
    fn check_prepared(&self, prepared: &Prepared) -> Result<()> {
        match prepared {
            Prepared::Page(_, d) => self.check_record(d),
            Prepared::MotherProfile(d) => self.check_record(d),
            Prepared::Pregnancy(_, d) => self.check_record(d),
            Prepared::PrenatalCheckup(_, d) => self.check_record(d),
            Prepared::Delivery(_, d, babies) => {
                self.check_record(d)?;
                let preg = self.pregnancy(d.pregnancy_id)?;
                if !babies.is_empty() {
                    crate::model::validate::newborns(babies, &preg.data)?;
                }
                Ok(())
            }
            Prepared::Child(_, d) => self.check_record(d),
            Prepared::Growth(_, d) => self.check_record(d),
            Prepared::InfantCheckup(_, d) => self.check_record(d),
            Prepared::Vaccination(_, d) => self.check_record(d),
            Prepared::Dental(_, d) => self.check_record(d),
            Prepared::Diary(_, d) => self.check_record(d),
        }
    }

    fn save_prepared(&mut self, prepared: Prepared) -> Result<Uuid> {
        macro_rules! save {
            ($edit:expr, $data:expr, $add:ident, $update:ident) => {
                match $edit {
                    Some(id) => self.$update(id, $data)?.id(),
                    None => self.$add($data)?.id(),
                }
            };
        }
        Ok(match prepared {
            Prepared::Page(e, d) => save!(e, d, add_page, update_page),
            Prepared::MotherProfile(d) => self.set_mother_profile(d)?.id(),
            Prepared::Pregnancy(e, d) => save!(e, d, add_pregnancy, update_pregnancy),
            Prepared::PrenatalCheckup(e, d) => {
                save!(e, d, add_prenatal_checkup, update_prenatal_checkup)
            }
            Prepared::Delivery(Some(id), d, _) => self.update_delivery(id, d)?.id(),
            Prepared::Delivery(None, d, babies) => self.record_delivery(d, babies)?.0.id(),
            Prepared::Child(e, d) => save!(e, d, add_child, update_child),
            Prepared::Growth(e, d) => save!(e, d, add_growth, update_growth),
            Prepared::InfantCheckup(e, d) => {
                save!(e, d, add_infant_checkup, update_infant_checkup)
            }
            Prepared::Vaccination(e, d) => save!(e, d, add_vaccination, update_vaccination),
            Prepared::Dental(e, d) => save!(e, d, add_dental, update_dental),
            Prepared::Diary(e, d) => save!(e, d, add_diary, update_diary),
        })
    }

    /// A typed record's subject, its data as JSON, and the values it keeps outside
    /// its JSON keys (a checkup's answers).
    fn typed_json(&self, kind: RecordKind, id: Uuid) -> Result<TypedJson> {
        fn json<T: Serialize>(data: &T) -> Map<String, Value> {
            serde_json::to_value(data)
                .ok()
                .and_then(|v| v.as_object().cloned())
                .unwrap_or_default()
        }
        Ok(match kind {
            RecordKind::MotherProfile => {
                let r = self
                    .mother_profile()?
                    .filter(|r| r.id() == id)
                    .ok_or(HandbookError::NotFound { kind, id })?;
                (None, json(&r.data), vec![])
            }
            RecordKind::Pregnancy => (None, json(&self.pregnancy(id)?.data), vec![]),
            RecordKind::PrenatalCheckup => {
                let r = self.prenatal_checkup(id)?;
                (
                    Some(Subject::Pregnancy(r.data.pregnancy_id)),
                    json(&r.data),
                    vec![],
                )
            }
            RecordKind::Delivery => {
                let r = self.delivery(id)?;
                (
                    Some(Subject::Pregnancy(r.data.pregnancy_id)),
                    json(&r.data),
                    vec![],
                )
            }
            RecordKind::Child => (None, json(&self.child(id)?.data), vec![]),
            RecordKind::Growth => {
                let r = self.growth_measurement(id)?;
                (Some(Subject::Child(r.data.child_id)), json(&r.data), vec![])
            }
            RecordKind::InfantCheckup => {
                let r = self.infant_checkup(id)?;
                let answers = r.data.answers.clone();
                (
                    Some(Subject::Child(r.data.child_id)),
                    json(&r.data),
                    answers,
                )
            }
            RecordKind::Vaccination => {
                let r = self.vaccination(id)?;
                (Some(r.data.subject), json(&r.data), vec![])
            }
            RecordKind::Dental => {
                let r = self.dental_record(id)?;
                (Some(r.data.subject), json(&r.data), vec![])
            }
            RecordKind::Diary => {
                let r = self.diary_entry(id)?;
                (r.data.subjects.first().copied(), json(&r.data), vec![])
            }
            RecordKind::Page => {
                let r = self.page_entry(id)?;
                (r.data.subject, Map::new(), r.data.answers)
            }
        })
    }

    /// The ids (and dates) of a typed form's records about `subject`.
    fn typed_ids(
        &self,
        kind: RecordKind,
        subject: Option<Subject>,
        checkup: Option<InfantCheckup>,
    ) -> Result<Vec<(Uuid, Option<NaiveDate>)>> {
        fn ids<T>(
            records: Vec<Record<T>>,
            date: impl Fn(&T) -> Option<NaiveDate>,
        ) -> Vec<(Uuid, Option<NaiveDate>)> {
            records.iter().map(|r| (r.id(), date(&r.data))).collect()
        }
        let child = match subject {
            Some(Subject::Child(c)) => Some(c),
            _ => None,
        };
        let preg = match subject {
            Some(Subject::Pregnancy(p)) => Some(p),
            _ => None,
        };
        Ok(match kind {
            RecordKind::MotherProfile => {
                ids(self.mother_profile()?.into_iter().collect(), |_| None)
            }
            RecordKind::Pregnancy => ids(self.pregnancies()?, |p: &Pregnancy| p.lmp),
            RecordKind::PrenatalCheckup => match preg {
                Some(p) => ids(self.prenatal_checkups(p)?, |c| Some(c.date)),
                None => vec![],
            },
            RecordKind::Delivery => match preg {
                Some(p) => ids(
                    self.delivery_of(p)?.into_iter().collect(),
                    |d: &Delivery| Some(d.delivered_at.date()),
                ),
                None => vec![],
            },
            RecordKind::Child => ids(self.children()?, |c: &Child| Some(c.birth_date)),
            RecordKind::Growth => match child {
                Some(c) => ids(self.growth(c)?, |m| Some(m.measured_on)),
                None => vec![],
            },
            RecordKind::InfantCheckup => match child {
                Some(c) => {
                    let mut all = self.infant_checkups(c)?;
                    all.retain(|r| Some(r.data.checkup) == checkup);
                    ids(all, |r| Some(r.date))
                }
                None => vec![],
            },
            RecordKind::Vaccination => match subject {
                Some(s) => ids(self.vaccinations(s)?, |v| Some(v.date)),
                None => vec![],
            },
            RecordKind::Dental => match subject {
                Some(s) => ids(self.dental(s)?, |d| Some(d.date)),
                None => vec![],
            },
            RecordKind::Diary => match subject {
                Some(s) => ids(self.diary(s)?, |d| Some(d.written_on)),
                None => vec![],
            },
            RecordKind::Page => vec![],
        })
    }
}

#[cfg(test)]
mod tests;

/// A checkup's stored answers: JSON answers by field id, or (rows written before
/// schema 9) the question texts the parent answered, matched to the page's
/// questions by their printed words. A legacy answer whose question is not on the
/// page is kept in the notes, in words, so nothing the parent wrote is lost.
pub(crate) fn read_checkup_answers(
    checkup: InfantCheckup,
    text: &str,
    notes: &mut Option<String>,
) -> Option<Vec<Answer>> {
    if let Ok(answers) = serde_json::from_str::<Vec<Answer>>(text) {
        return Some(answers);
    }
    #[derive(serde::Deserialize)]
    struct Legacy {
        question: String,
        answer: String,
        #[serde(default)]
        date: Option<NaiveDate>,
    }
    let legacy: Vec<Legacy> = serde_json::from_str(text).ok()?;
    let page = checkup_form_id(checkup).and_then(|id| form(&id, Lang::Ja).ok());
    let page_en = checkup_form_id(checkup).and_then(|id| form(&id, Lang::En).ok());
    let mut answers = Vec::new();
    let mut kept = Vec::new();
    let same = |a: &str, b: &str| {
        let norm = |s: &str| {
            s.chars()
                .filter(|c| !c.is_whitespace() && !"。、.?？".contains(*c))
                .collect::<String>()
        };
        norm(a) == norm(b)
    };
    for m in legacy {
        let value = match (m.answer.as_str(), m.date) {
            ("since", Some(date)) => FieldValue::When { date },
            ("yes", _) | ("since", None) => FieldValue::Yes,
            _ => FieldValue::No,
        };
        let field = [&page, &page_en].into_iter().flatten().find_map(|f| {
            f.fields()
                .find(|x| same(&x.label, &m.question) && check_value(x, &value).is_ok())
                .map(|x| x.id.clone())
        });
        match field {
            Some(id) if !answers.iter().any(|a: &Answer| a.field == id) => {
                answers.push(Answer::new(id, value))
            }
            _ => {
                // Kept in the notes as the old handbook said it (its questions
                // were Japanese).
                let said = match &value {
                    FieldValue::When { date } => {
                        crate::t!(Lang::Ja, "forms-yes-since", date = date.to_string())
                    }
                    FieldValue::Yes => crate::t!(Lang::Ja, "forms-yes"),
                    _ => crate::t!(Lang::Ja, "forms-no"),
                };
                kept.push(crate::t!(
                    Lang::Ja,
                    "forms-legacy-answer",
                    question = m.question.as_str(),
                    answer = said
                ));
            }
        }
    }
    if !kept.is_empty() {
        let mut text = notes.take().unwrap_or_default();
        for line in kept {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&line);
        }
        *notes = Some(text);
    }
    Some(answers)
}

/// An answer with its field's label and its value in words, for the printed summary,
/// the FHIR export and the CLI.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LabelledAnswer {
    pub field: String,
    pub label: String,
    pub text: String,
    pub value: FieldValue,
    pub filled_by: FilledBy,
}

/// The answers of a record of the form `form_id`, labelled, in the form's order
/// (answers to fields the form no longer has are left out).
pub fn labelled(form_id: &str, answers: &[Answer], lang: Lang) -> Vec<LabelledAnswer> {
    let Ok(form) = form(form_id, lang) else {
        return Vec::new();
    };
    form.sections
        .iter()
        .flat_map(|s| s.fields.iter().map(move |f| (s.filled_by, f)))
        .filter_map(|(filled_by, f)| {
            let a = answers.iter().find(|a| a.field == f.id)?;
            Some(LabelledAnswer {
                field: f.id.clone(),
                label: f.label.clone(),
                text: display_value(f, &a.value, lang),
                value: a.value.clone(),
                filled_by,
            })
        })
        .collect()
}

//! A child's records as a FHIR R4 Bundle of type `collection`.
//!
//! Why `collection` and not `document`: a document Bundle needs a Composition with an
//! author and an attester-worthy narrative; the handbook is the family's own copy, and
//! a receiving system only needs the resources. Every entry's `fullUrl` is
//! `urn:uuid:<id>` and every reference points at one of them, so the Bundle stands
//! alone. The record's own UUID is the resource id where a record is one resource (the
//! Patient, an Immunization, an Encounter); where one record gives several resources (a
//! measurement's weight, length and head), each gets a UUID v5 derived from the record's,
//! so that exporting twice gives the same ids.
//!
//! The handbook's pages — each checkup's 保護者の記録 and 健康診査 answers, the screening
//! tests, the stool-colour checks, the newborn records — are QuestionnaireResponses to
//! a Questionnaire of the page, included once in the Bundle (why: see the page section
//! below); the hearing screen of each ear is also a LOINC Observation.
//!
//! No extensions, nothing invented: a value the handbook does not hold is left out. The
//! vaccine's name as printed in the Japanese handbook is always the `text`; a CVX coding
//! is added only where `core/data/export/codes.toml` has a certain mapping.

use chrono::NaiveDate;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::ChildRecords;
use super::codes::{Codes, Coding, Measure};
use crate::Lang;
use crate::forms::{self, FieldInput, FilledBy, Form, FormField, FormSection};
use crate::model::{
    Answer, BirthMeasurements, FieldValue, GrowthMeasurement, InfantCheckupRecord, LengthPosition,
    PageEntry, Record, Sex, Vaccination,
};

const OBSERVATION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
const UCUM: &str = "http://unitsofmeasure.org";

/// The Bundle as a JSON value.
pub fn bundle(records: &ChildRecords, codes: &Codes) -> Value {
    let child_id = records.child.id();
    let patient_ref = urn(child_id);
    let mut entries = vec![entry(child_id, patient(records))];

    let birth = &records.child.data.birth;
    for (measure, value) in birth_values(birth) {
        let id = Uuid::new_v5(&child_id, format!("birth:{}", measure.key()).as_bytes());
        let obs = observation(
            id,
            &patient_ref,
            codes,
            measure,
            value,
            records.child.data.birth_date,
            None,
            Some(&both(crate::tid!("export-fhir-measured-at-birth"))),
        );
        entries.push(entry(id, obs));
    }

    for r in &records.growth {
        // A measurement taken on a checkup's day belongs to that visit.
        let encounter = records
            .checkups
            .iter()
            .find(|c| c.data.date == r.data.measured_on)
            .map(|c| urn(c.id()));
        for (measure, value) in growth_values(&r.data) {
            let id = Uuid::new_v5(&r.id(), measure.key().as_bytes());
            let obs = observation(
                id,
                &patient_ref,
                codes,
                measure,
                value,
                r.data.measured_on,
                encounter.as_deref(),
                r.data.notes.as_deref(),
            );
            entries.push(entry(id, obs));
        }
    }

    for c in &records.checkups {
        entries.push(entry(c.id(), encounter(c, &patient_ref)));
        entries.extend(checkup_observations(c, &patient_ref));
    }

    for v in &records.vaccinations {
        entries.push(entry(v.id(), immunization(v, &patient_ref, codes)));
    }

    entries.extend(page_entries(records, &patient_ref, codes));

    // Which code table coded the records (codes.toml promises it).
    let mut bundle = json!({
        "resourceType": "Bundle",
        "meta": { "tag": [{ "system": format!("{FORMS_BASE}/export-codes"), "code": codes.version }] },
        "type": "collection",
        "entry": entries,
    });
    plain_spaces(&mut bundle);
    bundle
}

fn not_fhir_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, ' ' | '\r' | '\n' | '\t')
}

/// FHIR's `string` is `[ \r\n\t\S]+`: no other white space. Japanese text has the
/// ideographic space (U+3000) everywhere — the printed blanks 「（　年　月　日）」, and
/// what a parent types between words — and it is not one of those four; so every other
/// white space is written as a plain space, which reads the same.
fn plain_spaces(v: &mut Value) {
    match v {
        Value::String(s) if s.chars().any(not_fhir_space) => {
            *s = s
                .chars()
                .map(|c| if not_fhir_space(c) { ' ' } else { c })
                .collect();
        }
        Value::Array(a) => a.iter_mut().for_each(plain_spaces),
        Value::Object(m) => m.values_mut().for_each(plain_spaces),
        _ => {}
    }
}

fn urn(id: Uuid) -> String {
    format!("urn:uuid:{id}")
}

fn entry(id: Uuid, resource: Value) -> Value {
    json!({ "fullUrl": urn(id), "resource": resource })
}

fn reference(urn: &str) -> Value {
    json!({ "reference": urn })
}

/// A JSON object from the pairs whose value is present.
fn object(pairs: impl IntoIterator<Item = (&'static str, Option<Value>)>) -> Value {
    let map: Map<String, Value> = pairs
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k.to_string(), v)))
        .collect();
    Value::Object(map)
}

fn text(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

fn patient(records: &ChildRecords) -> Value {
    let c = &records.child.data;
    let mut names = vec![json!({ "use": "official", "text": c.name })];
    // The kana reading: what a clinic abroad can read aloud or transliterate.
    if let Some(kana) = text(&c.name_kana) {
        names.push(json!({ "text": kana }));
    }
    object([
        ("resourceType", Some(json!("Patient"))),
        ("id", Some(json!(records.child.id().to_string()))),
        (
            "identifier",
            Some(json!([{
                "system": "urn:ietf:rfc:3986",
                "value": urn(records.child.id()),
            }])),
        ),
        ("name", Some(Value::Array(names))),
        (
            "gender",
            Some(json!(match c.sex {
                Sex::Male => "male",
                Sex::Female => "female",
            })),
        ),
        ("birthDate", Some(json!(c.birth_date.to_string()))),
    ])
}

fn birth_values(b: &BirthMeasurements) -> Vec<(Measure, f64)> {
    let mut out = Vec::new();
    if let Some(w) = b.weight_kg {
        out.push((Measure::Weight, w));
    }
    // A newborn's length is always taken lying down.
    if let Some(l) = b.length_cm {
        out.push((Measure::length(Some(LengthPosition::Recumbent)), l));
    }
    if let Some(h) = b.head_cm {
        out.push((Measure::Head, h));
    }
    out
}

fn growth_values(m: &GrowthMeasurement) -> Vec<(Measure, f64)> {
    let mut out = Vec::new();
    if let Some(w) = m.weight_kg {
        out.push((Measure::Weight, w));
    }
    if let Some(l) = m.length_cm {
        out.push((Measure::length(m.position), l));
    }
    if let Some(h) = m.head_cm {
        out.push((Measure::Head, h));
    }
    out
}

fn coding(c: &Coding) -> Value {
    json!({ "system": c.system, "code": c.code, "display": c.display })
}

#[allow(clippy::too_many_arguments)]
fn observation(
    id: Uuid,
    patient: &str,
    codes: &Codes,
    measure: Measure,
    value: f64,
    date: NaiveDate,
    encounter: Option<&str>,
    note: Option<&str>,
) -> Value {
    let code = codes.loinc(measure);
    object([
        ("resourceType", Some(json!("Observation"))),
        ("id", Some(json!(id.to_string()))),
        ("status", Some(json!("final"))),
        (
            "category",
            Some(json!([{
                "coding": [{
                    "system": OBSERVATION_CATEGORY,
                    "code": "vital-signs",
                    "display": "Vital Signs",
                }],
            }])),
        ),
        (
            "code",
            Some(json!({
                "coding": [coding(&code.coding)],
                "text": code.coding.display,
            })),
        ),
        ("subject", Some(reference(patient))),
        ("encounter", encounter.map(reference)),
        ("effectiveDateTime", Some(json!(date.to_string()))),
        (
            "valueQuantity",
            Some(json!({
                "value": value,
                "unit": code.unit,
                "system": UCUM,
                "code": code.unit,
            })),
        ),
        (
            "note",
            note.map(str::trim)
                .filter(|n| !n.is_empty())
                .map(|n| json!([{ "text": n }])),
        ),
    ])
}

fn encounter(c: &Record<InfantCheckupRecord>, patient: &str) -> Value {
    let d = &c.data;
    let date = d.date.to_string();
    object([
        ("resourceType", Some(json!("Encounter"))),
        ("id", Some(json!(c.id().to_string()))),
        ("status", Some(json!("finished"))),
        (
            "class",
            Some(json!({ "system": ACT_CODE, "code": "AMB", "display": "ambulatory" })),
        ),
        (
            "type",
            Some(json!([{
                "text": format!("{} / {}", d.checkup.label(Lang::Ja), d.checkup.label(Lang::En)),
            }])),
        ),
        ("subject", Some(reference(patient))),
        ("period", Some(json!({ "start": date, "end": date }))),
        (
            "serviceProvider",
            text(&d.clinic).map(|clinic| json!({ "display": clinic })),
        ),
    ])
}

/// The checkup page's findings and the doctor's notes as an Observation of the visit
/// (Encounter has no place for free text in R4); the page's answers are its
/// QuestionnaireResponse.
fn checkup_observations(c: &Record<InfantCheckupRecord>, patient: &str) -> Vec<Value> {
    let d = &c.data;
    let encounter = urn(c.id());
    let date = d.date.to_string();
    let mut out = Vec::new();
    if text(&d.findings).is_some() || text(&d.notes).is_some() {
        let id = Uuid::new_v5(&c.id(), b"findings");
        let obs = object([
            ("resourceType", Some(json!("Observation"))),
            ("id", Some(json!(id.to_string()))),
            ("status", Some(json!("final"))),
            (
                "category",
                Some(json!([{
                    "coding": [{ "system": OBSERVATION_CATEGORY, "code": "exam", "display": "Exam" }],
                }])),
            ),
            (
                "code",
                Some(json!({ "text": format!(
                    "{} / {}",
                    crate::t!(Lang::Ja, "export-fhir-findings", checkup = d.checkup.label(Lang::Ja)),
                    crate::t!(Lang::En, "export-fhir-findings", checkup = d.checkup.label(Lang::En)),
                ) })),
            ),
            ("subject", Some(reference(patient))),
            ("encounter", Some(reference(&encounter))),
            ("effectiveDateTime", Some(json!(date))),
            ("valueString", text(&d.findings).map(|f| json!(f))),
            ("note", text(&d.notes).map(|n| json!([{ "text": n }]))),
        ]);
        out.push(entry(id, obs));
    }
    out
}

// ---------------------------------------------------------------------------------
// The handbook's pages as Questionnaires and QuestionnaireResponses.
//
// Why a QuestionnaireResponse and not an Observation per answer: the pages of the
// 母子健康手帳 are fixed printed questions with printed answers (はい／いいえ, 「　月　日頃」,
// the options the form lists), written by the family or the clinic on one page on one
// day. That is what a QuestionnaireResponse is: the answers to a given questionnaire,
// each by its question (linkId = our field id, text = the label the form prints), with
// the question's structure (保護者の記録 / 健康診査) kept as groups. Almost none of these
// questions has a LOINC code, and an Observation with only a Japanese sentence as its
// code tells a receiving system nothing it can match; a Questionnaire it can read
// (included in the Bundle) tells it exactly what was asked and which answers existed.
// Where LOINC does code a field (the hearing screen of each ear), the value is also
// sent as an Observation.

/// Where our Questionnaires and option code systems are named. `.invalid` is reserved
/// (RFC 6761): these are names, not addresses; the Questionnaire itself is in the Bundle.
const FORMS_BASE: &str = "https://hagukumi.example.invalid/fhir";
/// The edition of the ordinance's form (様式第三号, 2023) the pages transcribe; see
/// `core/data/forms/child-pages.toml`.
const FORM_VERSION: &str = "2023";

fn questionnaire_url(page: &str) -> String {
    format!("{FORMS_BASE}/Questionnaire/{page}")
}

/// The code system of a choice field's options: option values are only unique within
/// their field (`yes` is 「はい」 in one and 「あり」 in another).
fn option_system(page: &str, field: &str) -> String {
    format!("{FORMS_BASE}/CodeSystem/{page}/{field}")
}

/// The linkId of the date nested under the "yes" of a "when" question.
fn when_date_link(field: &str) -> String {
    format!("{field}.date")
}

/// A field's question as the form prints it, with the unit the paper prints after
/// the blank.
fn question_text(f: &FormField) -> String {
    let unit = match &f.input {
        FieldInput::Number { unit, .. } | FieldInput::Integer { unit, .. } => unit.as_str(),
        _ => "",
    };
    if unit.is_empty() || f.label.contains(unit) {
        f.label.clone()
    } else {
        format!("{}（{unit}）", f.label)
    }
}

/// A text for people in both languages, Japanese first (the family's and the
/// handbook's), then English for a clinic abroad: 「出生時の計測 / Measured at birth」.
fn both(id: &str) -> String {
    format!(
        "{} / {}",
        crate::text::text(Lang::Ja, id),
        crate::text::text(Lang::En, id)
    )
}

fn group_text(title: Option<&str>, filled_by: FilledBy) -> String {
    title.map_or_else(
        // The questionnaires speak the page's own (Japanese) words.
        || match filled_by {
            FilledBy::Guardian => crate::t!(Lang::Ja, "export-parents-record"),
            FilledBy::Clinician => crate::t!(Lang::Ja, "export-checkup"),
        },
        str::to_string,
    )
}

/// The FHIR item type of a field; none for photos (kept in the handbook only).
/// A "when" question (「…したのはいつですか」 はい（　月　日頃）／いいえ) is a boolean
/// with the date nested under its "yes", so a "no" is kept as well as the date.
/// Date-times and weeks of pregnancy carry no time zone or FHIR type of their own:
/// sent as the text the handbook prints.
fn item_type(input: &FieldInput) -> Option<&'static str> {
    Some(match input {
        FieldInput::YesNo | FieldInput::When => "boolean",
        FieldInput::Date => "date",
        FieldInput::DateTime | FieldInput::Gestation => "string",
        FieldInput::Number { .. } => "decimal",
        FieldInput::Integer { .. } => "integer",
        FieldInput::Choice { .. } => "choice",
        FieldInput::Text {
            multiline: true, ..
        } => "text",
        FieldInput::Text { .. } => "string",
        FieldInput::Photos { .. } => return None,
    })
}

/// The fields of a page's form, each once, section by section (see
/// [`super::filled_sections`]: a field belongs to the last section that has it).
fn question_sections(form: &Form) -> Vec<(&FormSection, Vec<&FormField>)> {
    form.sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let fields = s
                .fields
                .iter()
                .filter(|f| {
                    super::section_of(form, &f.id) == Some(i) && item_type(&f.input).is_some()
                })
                .collect::<Vec<_>>();
            (s, fields)
        })
        .filter(|(_, fields)| !fields.is_empty())
        .collect()
}

/// The Questionnaire of a page: its questions in the form's order and words.
pub(super) fn questionnaire(page: &str, form: &Form, form_en: &Form) -> Value {
    let url = questionnaire_url(page);
    let id = Uuid::new_v5(
        &Uuid::NAMESPACE_URL,
        format!("{url}|{FORM_VERSION}").as_bytes(),
    );
    let groups: Vec<Value> = question_sections(form)
        .into_iter()
        .map(|(s, fields)| {
            let items: Vec<Value> = fields.into_iter().map(|f| question(page, f)).collect();
            json!({
                "linkId": s.id,
                "text": group_text(s.title.as_deref(), s.filled_by),
                "type": "group",
                "item": items,
            })
        })
        .collect();
    let mut q = json!({
        "resourceType": "Questionnaire",
        "id": id.to_string(),
        "url": url,
        "version": FORM_VERSION,
        "title": form.title,
        "description": format!("{} — {}", form_en.title, form_en.source),
        "status": "active",
        "subjectType": ["Patient"],
        "item": groups,
    });
    plain_spaces(&mut q);
    q
}

fn question(page: &str, f: &FormField) -> Value {
    let mut item = Map::new();
    item.insert("linkId".into(), json!(f.id));
    item.insert("text".into(), json!(question_text(f)));
    item.insert("type".into(), json!(item_type(&f.input)));
    match &f.input {
        FieldInput::Choice { options } => {
            let system = option_system(page, &f.id);
            let options: Vec<Value> = options
                .iter()
                .map(|o| {
                    json!({ "valueCoding": { "system": system, "code": o.value, "display": o.label } })
                })
                .collect();
            item.insert("answerOption".into(), Value::Array(options));
        }
        FieldInput::When => {
            item.insert(
                "item".into(),
                json!([{
                    "linkId": when_date_link(&f.id),
                    "text": crate::t!(Lang::Ja, "export-fhir-when-date"),
                    "type": "date",
                    "enableWhen": [{ "question": f.id, "operator": "=", "answerBoolean": true }],
                }]),
            );
        }
        FieldInput::Text { max_len, .. } => {
            item.insert("maxLength".into(), json!(max_len));
        }
        _ => {}
    }
    Value::Object(item)
}

/// The answer of a field, as FHIR answer objects (none: the value cannot be sent).
fn answers(page: &str, f: &FormField, v: &FieldValue) -> Option<Value> {
    let a = match (&f.input, v) {
        (FieldInput::When, FieldValue::When { date }) => json!([{
            "valueBoolean": true,
            "item": [{
                "linkId": when_date_link(&f.id),
                "text": crate::t!(Lang::Ja, "export-fhir-when-date"),
                "answer": [{ "valueDate": date.to_string() }],
            }],
        }]),
        (_, FieldValue::Yes) => json!([{ "valueBoolean": true }]),
        (_, FieldValue::No) => json!([{ "valueBoolean": false }]),
        (_, FieldValue::Date { date }) => json!([{ "valueDate": date.to_string() }]),
        (FieldInput::Integer { .. }, FieldValue::Integer { value }) => {
            json!([{ "valueInteger": value }])
        }
        (FieldInput::Integer { .. }, FieldValue::Number { value }) => {
            json!([{ "valueInteger": *value as i64 }])
        }
        (_, FieldValue::Number { value }) => json!([{ "valueDecimal": value }]),
        (_, FieldValue::Integer { value }) => json!([{ "valueDecimal": value }]),
        (FieldInput::Choice { options }, FieldValue::Choice { option }) => {
            let display = options
                .iter()
                .find(|o| &o.value == option)
                .map_or(option.as_str(), |o| o.label.as_str());
            json!([{ "valueCoding": {
                "system": option_system(page, &f.id),
                "code": option,
                "display": display,
            } }])
        }
        (_, FieldValue::Text { text }) if !text.trim().is_empty() => {
            json!([{ "valueString": text }])
        }
        (_, FieldValue::DateTime { .. } | FieldValue::Gestation { .. }) => {
            json!([{ "valueString": forms::display_value(f, v, Lang::Ja) }])
        }
        _ => return None,
    };
    Some(a)
}

/// The QuestionnaireResponse of one filled page: its answers, grouped as the form
/// groups its questions.
fn questionnaire_response(
    id: Uuid,
    page: &str,
    form: &Form,
    values: &[Answer],
    date: NaiveDate,
    patient: &str,
    encounter: Option<&str>,
) -> Value {
    let groups: Vec<Value> = super::filled_sections(form, values)
        .into_iter()
        .filter_map(|s| {
            let items: Vec<Value> = s
                .answers
                .iter()
                .filter_map(|(f, v)| {
                    let answer = answers(page, f, v)?;
                    Some(json!({
                        "linkId": f.id,
                        "text": question_text(f),
                        "answer": answer,
                    }))
                })
                .collect();
            (!items.is_empty()).then(|| {
                json!({
                    "linkId": s.id,
                    "text": group_text(s.title, s.filled_by),
                    "item": items,
                })
            })
        })
        .collect();
    object([
        ("resourceType", Some(json!("QuestionnaireResponse"))),
        ("id", Some(json!(id.to_string()))),
        (
            "questionnaire",
            Some(json!(format!("{}|{FORM_VERSION}", questionnaire_url(page)))),
        ),
        ("status", Some(json!("completed"))),
        ("subject", Some(reference(patient))),
        ("encounter", encounter.map(reference)),
        ("authored", Some(json!(date.to_string()))),
        ("item", (!groups.is_empty()).then_some(Value::Array(groups))),
    ])
}

/// The pages this child has filled: the Questionnaires first (once per page, in
/// the handbook's order), then each page's responses and coded Observations.
fn page_entries(records: &ChildRecords, patient: &str, codes: &Codes) -> Vec<Value> {
    let mut filled: Vec<(String, Vec<Value>)> = Vec::new();
    let mut add =
        |page: &str, resources: Vec<Value>| match filled.iter_mut().find(|(p, _)| p == page) {
            Some((_, r)) => r.extend(resources),
            None => filled.push((page.to_string(), resources)),
        };
    let mut checkups: Vec<_> = records.checkups.iter().collect();
    checkups.sort_by_key(|c| {
        crate::forms::checkup_form_id(c.data.checkup).map(|p| super::page_order(&p))
    });
    for c in checkups {
        let d = &c.data;
        let Some(page) = crate::forms::checkup_form_id(d.checkup) else {
            continue;
        };
        let Ok(form) = crate::forms::form(&page, Lang::Ja) else {
            continue;
        };
        // The visit's own columns, as the form shows them with the answers (the
        // record's メモ is the findings Observation's note: the page's 特記事項 has
        // its id).
        let mut values = vec![Answer::new("date", FieldValue::Date { date: d.date })];
        for (id, t) in [("clinic", &d.clinic), ("findings", &d.findings)] {
            if let Some(t) = text(t) {
                values.push(Answer::new(id, FieldValue::Text { text: t.into() }));
            }
        }
        values.extend(d.answers.iter().cloned());
        let id = Uuid::new_v5(&c.id(), b"questionnaire-response");
        let qr = questionnaire_response(
            id,
            &page,
            &form,
            &values,
            d.date,
            patient,
            Some(&urn(c.id())),
        );
        add(&page, vec![entry(id, qr)]);
    }
    for p in &records.pages {
        let e = &p.data;
        let Ok(form) = crate::forms::form(&e.page, Lang::Ja) else {
            continue;
        };
        let mut values = vec![Answer::new("date", FieldValue::Date { date: e.date })];
        values.extend(e.answers.iter().cloned());
        let qr = questionnaire_response(p.id(), &e.page, &form, &values, e.date, patient, None);
        let mut resources = vec![entry(p.id(), qr)];
        resources.extend(screen_observations(p, &form, patient, codes));
        add(&e.page, resources);
    }
    let mut out = Vec::new();
    for (page, _) in &filled {
        let (Ok(form), Ok(form_en)) = (
            crate::forms::form(page, Lang::Ja),
            crate::forms::form(page, Lang::En),
        ) else {
            continue;
        };
        let q = questionnaire(page, &form, &form_en);
        let id = q["id"].as_str().and_then(|i| Uuid::parse_str(i).ok());
        if let Some(id) = id {
            out.push(entry(id, q));
        }
    }
    out.extend(filled.into_iter().flat_map(|(_, r)| r));
    out
}

/// The LOINC-coded fields of a page entry (the hearing screen of each ear), each an
/// Observation derived from the page's QuestionnaireResponse.
fn screen_observations(
    p: &Record<PageEntry>,
    form: &Form,
    patient: &str,
    codes: &Codes,
) -> Vec<Value> {
    let e = &p.data;
    let words = |field: &str| {
        let f = form.field(field)?;
        let v = e.answer(field)?;
        Some((f, v))
    };
    let english = crate::forms::form(&e.page, Lang::En).ok();
    let en_words = |field: &str| {
        let f = english.as_ref()?.field(field)?;
        Some(crate::forms::display_value(f, e.answer(field)?, Lang::En))
    };
    let mut out = Vec::new();
    for screen in codes.screens(&e.page) {
        let Some((field, FieldValue::Choice { option })) = words(screen.field) else {
            continue;
        };
        let ja = crate::forms::display_value(
            field,
            &FieldValue::Choice {
                option: option.clone(),
            },
            Lang::Ja,
        );
        let value_text = match en_words(screen.field) {
            Some(en) => format!("{ja} / {en}"),
            None => ja,
        };
        let mut value = Map::new();
        if let Some(c) = screen.answer(option) {
            value.insert("coding".into(), json!([coding(c)]));
        }
        value.insert("text".into(), json!(value_text));
        let method = screen.method_field.and_then(|m| {
            let (f, v) = words(m)?;
            let ja = crate::forms::display_value(f, v, Lang::Ja);
            Some(match en_words(m) {
                Some(en) => json!({ "text": format!("{ja} / {en}") }),
                None => json!({ "text": ja }),
            })
        });
        let notes: Vec<Value> = screen
            .note_fields
            .iter()
            .filter_map(|n| {
                let (f, v) = words(n)?;
                let ja = format!("{}: {}", f.label, forms::display_value(f, v, Lang::Ja));
                let en = english
                    .as_ref()
                    .and_then(|e| e.field(n))
                    .map(|fe| format!("{}: {}", fe.label, forms::display_value(fe, v, Lang::En)));
                Some(json!({ "text": match en {
                    Some(en) => format!("{ja} / {en}"),
                    None => ja,
                } }))
            })
            .collect();
        let id = Uuid::new_v5(&p.id(), format!("loinc:{}", screen.field).as_bytes());
        let obs = object([
            ("resourceType", Some(json!("Observation"))),
            ("id", Some(json!(id.to_string()))),
            ("status", Some(json!("final"))),
            (
                "category",
                Some(json!([{
                    "coding": [{ "system": OBSERVATION_CATEGORY, "code": "exam", "display": "Exam" }],
                }])),
            ),
            (
                "code",
                Some(json!({
                    "coding": [coding(&screen.coding)],
                    "text": format!("{} {} / {}", form.title, field.label, screen.coding.display),
                })),
            ),
            ("subject", Some(reference(patient))),
            ("effectiveDateTime", Some(json!(e.date.to_string()))),
            ("valueCodeableConcept", Some(Value::Object(value))),
            ("method", method),
            ("note", (!notes.is_empty()).then_some(Value::Array(notes))),
            ("derivedFrom", Some(json!([reference(&urn(p.id()))]))),
        ]);
        out.push(entry(id, obs));
    }
    out
}

fn immunization(v: &Record<Vaccination>, patient: &str, codes: &Codes) -> Value {
    let d = &v.data;
    let mut vaccine_code = Map::new();
    if let Some(c) = codes.cvx(d.vaccine, d.brand.as_deref()) {
        vaccine_code.insert("coding".into(), json!([coding(c)]));
    }
    vaccine_code.insert("text".into(), json!(d.vaccine.label(Lang::Ja)));
    let mut notes = Vec::new();
    if let Some(brand) = text(&d.brand) {
        notes.push(json!({ "text": format!("{}: {brand}", both(crate::tid!("export-product"))) }));
    }
    if let Some(n) = text(&d.notes) {
        notes.push(json!({ "text": n }));
    }
    object([
        ("resourceType", Some(json!("Immunization"))),
        ("id", Some(json!(v.id().to_string()))),
        ("status", Some(json!("completed"))),
        ("vaccineCode", Some(Value::Object(vaccine_code))),
        ("patient", Some(reference(patient))),
        ("occurrenceDateTime", Some(json!(d.date.to_string()))),
        (
            "location",
            text(&d.clinic).map(|clinic| json!({ "display": clinic })),
        ),
        ("lotNumber", text(&d.lot).map(|lot| json!(lot))),
        ("note", (!notes.is_empty()).then_some(Value::Array(notes))),
        (
            "protocolApplied",
            Some(json!([{
                "series": d.vaccine.label(Lang::En),
                "doseNumberPositiveInt": d.dose,
            }])),
        ),
    ])
}

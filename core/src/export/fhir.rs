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
//! No extensions, nothing invented: a value the handbook does not hold is left out. The
//! vaccine's name as printed in the Japanese handbook is always the `text`; a CVX coding
//! is added only where `core/data/export/codes.toml` has a certain mapping.

use chrono::NaiveDate;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::ChildRecords;
use super::codes::{Codes, Coding, Measure};
use crate::model::{
    BirthMeasurements, GrowthMeasurement, InfantCheckupRecord, LengthPosition, Record, Sex,
    Vaccination,
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
            Some("出生時の計測 / Measured at birth"),
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

    json!({
        "resourceType": "Bundle",
        "type": "collection",
        "entry": entries,
    })
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
                "text": format!("{} / {}", d.checkup.label_ja(), d.checkup.label_en()),
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

/// The checkup page's findings and the parent's milestone answers, each an
/// Observation of the visit: Encounter has no place for free text in R4.
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
                Some(json!({ "text": format!("{}の所見 / Findings", d.checkup.label_ja()) })),
            ),
            ("subject", Some(reference(patient))),
            ("encounter", Some(reference(&encounter))),
            ("effectiveDateTime", Some(json!(date))),
            ("valueString", text(&d.findings).map(|f| json!(f))),
            ("note", text(&d.notes).map(|n| json!([{ "text": n }]))),
        ]);
        out.push(entry(id, obs));
    }
    let page = crate::forms::checkup_form_id(d.checkup).unwrap_or_default();
    for m in crate::forms::labelled(&page, &d.answers, crate::Lang::Ja) {
        let id = Uuid::new_v5(&c.id(), format!("answer:{}", m.field).as_bytes());
        let (answer, since) = match &m.value {
            crate::model::FieldValue::Yes => (Some(true), None),
            crate::model::FieldValue::No => (Some(false), None),
            crate::model::FieldValue::When { date } => (Some(true), Some(*date)),
            _ => (None, None),
        };
        let obs = object([
            ("resourceType", Some(json!("Observation"))),
            ("id", Some(json!(id.to_string()))),
            ("status", Some(json!("final"))),
            (
                "category",
                Some(json!([{
                    "coding": [{ "system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey" }],
                }])),
            ),
            ("code", Some(json!({ "text": m.label }))),
            ("subject", Some(reference(patient))),
            ("encounter", Some(reference(&encounter))),
            ("effectiveDateTime", Some(json!(date))),
            ("valueBoolean", answer.map(|a| json!(a))),
            ("valueString", answer.is_none().then(|| json!(m.text))),
            (
                "note",
                since.map(|s| json!([{ "text": format!("{s}から / since {s}") }])),
            ),
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
    vaccine_code.insert("text".into(), json!(d.vaccine.name_ja()));
    let mut notes = Vec::new();
    if let Some(brand) = text(&d.brand) {
        notes.push(json!({ "text": format!("製品名 / Product: {brand}") }));
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
                "series": d.vaccine.name_en(),
                "doseNumberPositiveInt": d.dose,
            }])),
        ),
    ])
}

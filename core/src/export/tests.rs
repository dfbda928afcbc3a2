//! The exports of one sample child: the FHIR Bundle validated against the official R4
//! JSON schema and checked for what the schema cannot see (references, codes), and
//! the HTML summary checked for escaping and self-containment.

use std::collections::HashSet;
use std::sync::LazyLock;

use chrono::NaiveDate;
use serde_json::Value;
use uuid::Uuid;

use super::ExportError;
use crate::clock::FixedClock;
use crate::error::HandbookError;
use crate::lang::Lang;
use crate::model::*;
use crate::schedule::VaccineCode;
use crate::store::Handbook;

const TODAY: &str = "2026-05-20";
const NAME: &str = "<script>alert('x')</script> & 花子";

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The FHIR R4 schema (tests/fixtures/fhir-r4/, CC0), compiled once for all tests.
static SCHEMA: LazyLock<jsonschema::Validator> = LazyLock::new(|| {
    let text = include_str!("../../../tests/fixtures/fhir-r4/fhir.schema.json");
    let schema: Value = serde_json::from_str(text).unwrap();
    jsonschema::validator_for(&schema).unwrap()
});

fn schema_errors(v: &Value) -> Vec<String> {
    SCHEMA.iter_errors(v).map(|e| e.to_string()).collect()
}

/// A child with something of every kind an export shows.
fn sample() -> (Handbook, Uuid) {
    let mut hb = Handbook::open_in_memory()
        .unwrap()
        .with_clock(FixedClock::on(d(TODAY)));
    let child = hb
        .add_child(Child {
            name: NAME.into(),
            name_kana: Some("はなこ".into()),
            sex: Sex::Female,
            birth_date: d("2025-01-10"),
            birth_order: 1,
            ga_at_birth: Some(GestationalAge::from_weeks_days(39, 2)),
            delivery_id: None,
            birth: BirthMeasurements {
                weight_kg: Some(3.05),
                length_cm: Some(49.0),
                head_cm: Some(33.0),
                chest_cm: Some(32.0),
                apgar_1min: Some(8),
                apgar_5min: Some(9),
                findings: None,
            },
        })
        .unwrap()
        .id();
    hb.add_growth(GrowthMeasurement {
        child_id: child,
        measured_on: d("2025-02-12"),
        weight_kg: Some(4.2),
        length_cm: Some(53.5),
        position: Some(LengthPosition::Recumbent),
        head_cm: Some(36.5),
        notes: Some("<b>元気</b>".into()),
    })
    .unwrap();
    hb.add_growth(GrowthMeasurement {
        child_id: child,
        measured_on: d("2026-05-01"),
        weight_kg: Some(9.8),
        length_cm: Some(79.0),
        position: Some(LengthPosition::Standing),
        head_cm: None,
        notes: None,
    })
    .unwrap();
    hb.add_infant_checkup(InfantCheckupRecord {
        child_id: child,
        checkup: InfantCheckup::M1,
        date: d("2025-02-12"),
        answers: vec![
            Answer::new("moves_limbs", FieldValue::Yes),
            Answer::new("feeds_well", FieldValue::No),
            Answer::new(
                "record_date",
                FieldValue::Date {
                    date: d("2025-02-10"),
                },
            ),
        ],
        findings: Some("異常なし <ok>".into()),
        clinic: Some("さくら小児科".into()),
        notes: None,
    })
    .unwrap();
    hb.add_vaccination(Vaccination {
        subject: Subject::Child(child),
        vaccine: VaccineCode::Rotavirus,
        dose: 1,
        date: d("2025-03-10"),
        brand: Some("Rotarix".into()),
        lot: Some("AROLA123".into()),
        clinic: Some("さくら小児科".into()),
        notes: None,
    })
    .unwrap();
    hb.add_vaccination(Vaccination {
        subject: Subject::Child(child),
        vaccine: VaccineCode::Hib,
        dose: 1,
        date: d("2025-03-10"),
        brand: None,
        lot: None,
        clinic: None,
        notes: Some("左腕".into()),
    })
    .unwrap();
    (hb, child)
}

fn bundle(hb: &Handbook, child: Uuid) -> Value {
    serde_json::from_str(&hb.export_fhir(child).unwrap()).unwrap()
}

fn resources<'a>(b: &'a Value, kind: &str) -> Vec<&'a Value> {
    b["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == kind)
        .collect()
}

fn loinc(o: &Value) -> &str {
    o["code"]["coding"][0]["code"].as_str().unwrap_or("")
}

#[test]
fn the_bundle_is_valid_fhir_r4_by_the_official_schema() {
    let (hb, child) = sample();
    let b = bundle(&hb, child);
    let errors = schema_errors(&b);
    assert!(errors.is_empty(), "{errors:#?}\n{b:#}");

    // The validator really validates: a wrong code and a missing required field fail.
    let mut wrong = b.clone();
    wrong["entry"][0]["resource"]["gender"] = "girl".into();
    assert!(!schema_errors(&wrong).is_empty());
    let mut wrong = b.clone();
    wrong["type"] = "folder".into();
    assert!(!schema_errors(&wrong).is_empty());
    let mut wrong = b;
    let imm = wrong["entry"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|e| e["resource"]["resourceType"] == "Immunization")
        .unwrap();
    imm["resource"]["occurrenceDateTime"] = "10/03/2025".into();
    assert!(!schema_errors(&wrong).is_empty());
}

#[test]
fn every_reference_resolves_inside_the_bundle() {
    let (hb, child) = sample();
    let b = bundle(&hb, child);
    assert_eq!(b["type"], "collection");
    let entries = b["entry"].as_array().unwrap();
    let mut urls = HashSet::new();
    for e in entries {
        let url = e["fullUrl"].as_str().unwrap();
        let id = e["resource"]["id"].as_str().unwrap();
        assert_eq!(url, format!("urn:uuid:{id}"));
        assert!(Uuid::parse_str(id).is_ok(), "{id}");
        assert!(urls.insert(url.to_string()), "duplicate {url}");
    }
    fn walk<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get("reference") {
                    out.push(r);
                }
                m.values().for_each(|x| walk(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut refs = Vec::new();
    walk(&b, &mut refs);
    assert!(refs.len() > 10);
    for r in refs {
        assert!(urls.contains(r), "{r} does not resolve");
    }
}

#[test]
fn the_patient_is_the_child() {
    let (hb, child) = sample();
    let b = bundle(&hb, child);
    let p = resources(&b, "Patient");
    assert_eq!(p.len(), 1);
    let p = p[0];
    assert_eq!(p["id"], child.to_string());
    assert_eq!(p["name"][0]["text"], NAME);
    assert_eq!(p["name"][1]["text"], "はなこ");
    assert_eq!(p["gender"], "female");
    assert_eq!(p["birthDate"], "2025-01-10");
    assert!(p.get("extension").is_none());
}

#[test]
fn measurements_are_vital_sign_observations_with_loinc_and_ucum() {
    let (hb, child) = sample();
    let b = bundle(&hb, child);
    let obs: Vec<_> = resources(&b, "Observation")
        .into_iter()
        .filter(|o| o["category"][0]["coding"][0]["code"] == "vital-signs")
        .collect();
    // Birth: weight, length, head; 1 month: weight, length, head; 16 months: weight, height.
    assert_eq!(obs.len(), 8);
    let on = |date: &str, code: &str| {
        obs.iter()
            .find(|o| o["effectiveDateTime"] == date && loinc(o) == code)
            .copied()
            .unwrap_or_else(|| panic!("no {code} on {date}"))
    };
    let w = on("2025-02-12", "29463-7");
    assert_eq!(w["valueQuantity"]["value"], 4.2);
    assert_eq!(w["valueQuantity"]["code"], "kg");
    assert_eq!(w["valueQuantity"]["system"], "http://unitsofmeasure.org");
    assert_eq!(w["code"]["coding"][0]["system"], "http://loinc.org");
    assert_eq!(w["note"][0]["text"], "<b>元気</b>");
    assert_eq!(w["status"], "final");
    // Lying length before 2 years, standing height by its own code.
    assert_eq!(on("2025-02-12", "8306-3")["valueQuantity"]["value"], 53.5);
    assert_eq!(on("2025-01-10", "8306-3")["valueQuantity"]["value"], 49.0);
    let h = on("2026-05-01", "8302-2");
    assert_eq!(h["valueQuantity"]["code"], "cm");
    assert_eq!(on("2025-02-12", "9843-4")["valueQuantity"]["value"], 36.5);
    // The measurement of the checkup day belongs to that visit.
    let visit = resources(&b, "Encounter")[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(w["encounter"]["reference"], format!("urn:uuid:{visit}"));
    assert!(h.get("encounter").is_none());
}

#[test]
fn doses_are_completed_immunizations_coded_only_where_certain() {
    let (hb, child) = sample();
    let b = bundle(&hb, child);
    let imms = resources(&b, "Immunization");
    assert_eq!(imms.len(), 2);
    let rota = imms
        .iter()
        .find(|i| i["vaccineCode"]["text"] == "ロタウイルス")
        .unwrap();
    assert_eq!(rota["status"], "completed");
    assert_eq!(
        rota["vaccineCode"]["coding"][0]["system"],
        "http://hl7.org/fhir/sid/cvx"
    );
    assert_eq!(rota["vaccineCode"]["coding"][0]["code"], "119");
    assert_eq!(rota["occurrenceDateTime"], "2025-03-10");
    assert_eq!(rota["lotNumber"], "AROLA123");
    assert_eq!(rota["location"]["display"], "さくら小児科");
    assert_eq!(rota["protocolApplied"][0]["doseNumberPositiveInt"], 1);
    assert_eq!(rota["patient"]["reference"], format!("urn:uuid:{child}"));
    let hib = imms
        .iter()
        .find(|i| i["vaccineCode"]["text"] == "ヒブ (Hib)")
        .unwrap();
    assert_eq!(hib["vaccineCode"]["coding"][0]["code"], "17");
    assert!(hib.get("lotNumber").is_none());
    assert_eq!(hib["note"][0]["text"], "左腕");
}

#[test]
fn a_checkup_is_a_finished_ambulatory_encounter_with_its_findings() {
    let (hb, child) = sample();
    let b = bundle(&hb, child);
    let enc = resources(&b, "Encounter");
    assert_eq!(enc.len(), 1);
    let e = enc[0];
    assert_eq!(e["status"], "finished");
    assert_eq!(e["class"]["code"], "AMB");
    assert_eq!(e["type"][0]["text"], "1か月児健診 / 1-month checkup");
    assert_eq!(e["period"]["start"], "2025-02-12");
    assert_eq!(e["serviceProvider"]["display"], "さくら小児科");
    let of_visit: Vec<_> = resources(&b, "Observation")
        .into_iter()
        .filter(|o| {
            o["encounter"]["reference"] == format!("urn:uuid:{}", e["id"].as_str().unwrap())
        })
        .filter(|o| o["category"][0]["coding"][0]["code"] != "vital-signs")
        .collect();
    assert_eq!(of_visit.len(), 4);
    assert!(of_visit.iter().any(|o| o["valueString"] == "異常なし <ok>"));
    let answer = |label: &str| {
        of_visit
            .iter()
            .find(|o| o["code"]["text"] == label)
            .unwrap_or_else(|| panic!("no answer {label}"))
    };
    assert_eq!(
        answer("裸にすると手足をよく動かしますか。")["valueBoolean"],
        true
    );
    assert_eq!(answer("お乳をよく飲みますか。")["valueBoolean"], false);
}

#[test]
fn exporting_twice_gives_the_same_bundle() {
    let (hb, child) = sample();
    assert_eq!(
        hb.export_fhir(child).unwrap(),
        hb.export_fhir(child).unwrap()
    );
}

#[test]
fn a_child_with_nothing_recorded_is_still_a_valid_bundle() {
    let mut hb = Handbook::open_in_memory()
        .unwrap()
        .with_clock(FixedClock::on(d(TODAY)));
    let child = hb
        .add_child(Child {
            name: "太郎".into(),
            name_kana: None,
            sex: Sex::Male,
            birth_date: d("2026-01-01"),
            birth_order: 1,
            ga_at_birth: None,
            delivery_id: None,
            birth: BirthMeasurements::default(),
        })
        .unwrap()
        .id();
    let b = bundle(&hb, child);
    assert_eq!(b["entry"].as_array().unwrap().len(), 1);
    assert!(schema_errors(&b).is_empty());
    let html = hb.export_summary_html(child, Lang::En).unwrap();
    assert!(html.contains("No measurements recorded."));
}

#[test]
fn an_unknown_child_is_not_found() {
    let (hb, _) = sample();
    let err = hb.export_fhir(Uuid::now_v7()).unwrap_err();
    assert!(matches!(
        err,
        ExportError::Handbook(HandbookError::NotFound { .. })
    ));
    assert!(!err.message_ja().is_empty());
    assert!(hb.export_summary_html(Uuid::now_v7(), Lang::Ja).is_err());
}

#[test]
fn the_summary_escapes_every_record_text() {
    let (hb, child) = sample();
    for lang in [Lang::Ja, Lang::En] {
        let html = hb.export_summary_html(child, lang).unwrap();
        assert!(!html.contains("<script"), "unescaped script");
        assert!(!html.contains("<b>"), "unescaped note");
        assert!(!html.contains("<ok>"), "unescaped findings");
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 花子"));
        assert!(html.contains("異常なし &lt;ok&gt;"));
    }
}

#[test]
fn the_summary_is_self_contained_and_printable() {
    let (hb, child) = sample();
    let html = hb.export_summary_html(child, Lang::Ja).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"ja\">"));
    assert!(html.contains("@page { size: A4"));
    assert!(html.contains("page-break-inside: avoid"));
    // Inline charts (weight, length/height, head), nothing fetched from anywhere.
    assert_eq!(html.matches("<svg").count(), 3);
    assert!(!html.contains("<?xml"));
    for needle in [
        "src=", "href=", "@import", "url(", "<link", "<img", "<iframe",
    ] {
        assert!(!html.contains(needle), "{needle}");
    }
    let without_svg_namespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assert!(!without_svg_namespace.contains("http://"));
    assert!(!without_svg_namespace.contains("https://"));
    // The sections, with WHO readings and the plan.
    for needle in [
        "出生時の状態",
        "3050 g",
        "アプガースコア（5分）",
        "身体発育",
        "z ",
        "予防接種",
        "ロタウイルス",
        "AROLA123",
        "これからの接種",
        "1か月児健診",
        "裸にすると手足をよく動かしますか。: はい",
        "お乳をよく飲みますか。: いいえ",
        "（仰臥位）",
        "（立位）",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
}

#[test]
fn the_summary_speaks_english_when_asked() {
    let (hb, child) = sample();
    let html = hb.export_summary_html(child, Lang::En).unwrap();
    assert!(html.contains("<html lang=\"en\">"));
    for needle in [
        "Child health record",
        "Date of birth",
        "Growth",
        "Vaccinations",
        "Rotavirus (ロタウイルス)",
        "Next doses",
        "1-month checkup",
        "When undressed, does your baby move arms and legs a lot?: yes",
        " (lying)",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
    assert!(!html.contains("出生時の状態"));
}

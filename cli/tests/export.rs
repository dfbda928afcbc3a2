//! `export fhir` and `export html` through the real binary.

mod common;

use common::Hb;

/// A child with one measurement and one dose; returns its id.
fn sample(hb: &Hb, name: &str) -> String {
    let id = hb.add_child(name, "2025-11-02");
    hb.run(&[
        "growth",
        "add",
        "--child",
        &id,
        "--date",
        "2026-01-05",
        "--weight",
        "5.1",
        "--length",
        "57.0",
        "--position",
        "recumbent",
    ])
    .ok();
    hb.run(&[
        "vaccination",
        "add",
        "--child",
        &id,
        "--vaccine",
        "hib",
        "--dose",
        "1",
        "--date",
        "2026-01-05",
        "--lot",
        "X12",
    ])
    .ok();
    id
}

#[test]
fn fhir_goes_to_stdout_as_one_bundle() {
    let hb = Hb::new();
    let id = sample(&hb, "Aoi");
    let b = hb.run(&["export", "fhir", "--child", &id[..8]]).ok().json();
    assert_eq!(b["resourceType"], "Bundle");
    assert_eq!(b["type"], "collection");
    let entries = b["entry"].as_array().unwrap();
    let kinds: Vec<&str> = entries
        .iter()
        .map(|e| e["resource"]["resourceType"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["Patient", "Observation", "Observation", "Immunization"]
    );
    assert_eq!(entries[0]["fullUrl"], format!("urn:uuid:{id}"));
    assert_eq!(
        entries[1]["resource"]["code"]["coding"][0]["code"],
        "29463-7"
    );
    assert_eq!(
        entries[2]["resource"]["code"]["coding"][0]["code"],
        "8306-3"
    );
    assert_eq!(entries[3]["resource"]["lotNumber"], "X12");
    // The only child may be left out.
    let again = hb.run(&["export", "fhir"]).ok().json();
    assert_eq!(again, b);
}

#[test]
fn files_are_written_with_out() {
    let hb = Hb::new();
    sample(&hb, "<script>x</script>");
    let html = hb.path().join("summary.html");
    let r = hb
        .run(&[
            "--lang",
            "en",
            "export",
            "html",
            "--out",
            html.to_str().unwrap(),
        ])
        .ok();
    assert!(
        r.stdout.contains("Wrote the printable summary"),
        "{}",
        r.stdout
    );
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.contains("&lt;script&gt;x&lt;/script&gt;"));
    assert!(!text.contains("<script"));
    assert!(text.contains("<html lang=\"en\">"));

    let fhir = hb.path().join("bundle.json");
    let r = hb
        .run(&["--json", "export", "fhir", "--out", fhir.to_str().unwrap()])
        .ok()
        .json();
    assert_eq!(r["format"], "fhir");
    let bytes = std::fs::read(&fhir).unwrap();
    assert_eq!(r["bytes"], bytes.len());
    let b: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(
        b["entry"][0]["resource"]["name"][0]["text"],
        "<script>x</script>"
    );
}

#[test]
fn the_summary_is_japanese_by_default() {
    let hb = Hb::new();
    let id = sample(&hb, "あおい");
    let r = hb.run(&["export", "html", "--child", &id]).ok();
    assert!(r.stdout.starts_with("<!DOCTYPE html>"));
    assert!(r.stdout.contains("母子健康手帳の記録"));
    assert!(r.stdout.contains("ヒブ (Hib)"));
}

#[test]
fn an_unknown_child_is_refused_with_code_2() {
    let hb = Hb::new();
    sample(&hb, "Aoi");
    let r = hb.run(&["export", "fhir", "--child", "00000000"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let two = Hb::new();
    sample(&two, "A");
    two.add_child("B", "2024-01-01");
    let r = two.run(&["--lang", "en", "export", "html"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--child"), "{}", r.stderr);
}

/// Whether a headless browser is on PATH (the CI script installs Chromium and sets
/// HAGUKUMI_REQUIRE_CHROMIUM, so there the real printing path always runs).
fn browser_available() -> bool {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path).any(|d| {
        [
            "chromium",
            "chromium-browser",
            "google-chrome",
            "google-chrome-stable",
        ]
        .iter()
        .any(|b| d.join(b).is_file())
    })
}

#[test]
fn pdf_is_the_summary_printed_with_its_japanese_text() {
    let hb = Hb::new();
    let id = sample(&hb, "ひなた");
    let out = hb.path().join("summary.pdf");
    let required = std::env::var_os("HAGUKUMI_REQUIRE_CHROMIUM").is_some();
    let r = hb.run(&[
        "export",
        "pdf",
        "--child",
        &id,
        "--out",
        out.to_str().unwrap(),
    ]);
    if !required && !browser_available() {
        // Without a browser: a clear error naming what to install, and no file.
        assert_eq!(r.code, 1);
        assert!(r.stderr.contains("Chromium"), "{}", r.stderr);
        assert!(!out.exists());
        return;
    }
    let r = r.ok();
    assert!(r.stdout.contains("PDF"), "{}", r.stdout);
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    // The text is really in it (not an image of it), Japanese included.
    let text = std::process::Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed to read the PDF back");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("ひなた"), "{text}");
    assert!(
        text.contains("5.10 kg") || text.contains("5.1 kg"),
        "{text}"
    );
}

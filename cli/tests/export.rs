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

    // As a family types it: a data folder given relative to where they are, with a
    // space and Japanese in its name (the page's URL must still name the file).
    let home = tempfile::tempdir().unwrap();
    let named = home.path().join("はぐくみ 手帳");
    std::os::unix::fs::symlink(hb.path(), &named).unwrap();
    let out = hb.path().join("relative.pdf");
    let r = Hb::run_with(
        Hb::bare()
            .current_dir(home.path())
            .args(["--data-dir", "はぐくみ 手帳", "--today", common::TODAY])
            .args(["export", "pdf", "--child", &id, "--out"])
            .arg(&out),
    )
    .ok();
    assert!(r.stdout.contains("PDF"), "{}", r.stdout);
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
}

/// A stand-in for Chromium that reports where the page to print is and with which
/// permissions, then fails, kills the `hagukumi` that started it (as a closed
/// terminal or an out-of-memory kill would), or prints a token PDF.
#[cfg(unix)]
#[allow(clippy::unwrap_used)] // test support: a failed unwrap is a failed test
fn fake_browser(dir: &std::path::Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt as _;
    let script = dir.join("fake-chromium");
    std::fs::write(
        &script,
        r#"#!/bin/sh
for a in "$@"; do
  case "$a" in
    --print-to-pdf=*) pdf="${a#--print-to-pdf=}" ;;
    file://*) page="${a#file://}" ;;
  esac
done
echo "$page $(stat -c %a "$(dirname "$page")") $(stat -c %a "$page")" > "$FAKE_REPORT"
case "$FAKE_MODE" in
  fail) exit 1 ;;
  kill) kill -9 "$PPID"; exit 0 ;;
  print) printf '%%PDF-1.4 fake\n' > "$pdf" ;;
esac
"#,
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

/// `export pdf` with the fake browser in `mode`, and an empty TMPDIR; returns the run
/// and the browser's report: the page's path, its folder's mode, its mode.
#[cfg(unix)]
#[allow(clippy::unwrap_used)]
fn pdf_with_fake_browser(
    hb: &Hb,
    tools: &std::path::Path,
    mode: &str,
    out: &std::path::Path,
) -> (common::Run, Vec<String>) {
    let report = tools.join(format!("report-{mode}"));
    let tmp = tools.join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let r = Hb::run_with(
        Hb::bare()
            .env("HAGUKUMI_CHROMIUM", fake_browser(tools))
            .env("FAKE_MODE", mode)
            .env("FAKE_REPORT", &report)
            .env("TMPDIR", &tmp)
            .arg("--data-dir")
            .arg(hb.path())
            .args(["--today", common::TODAY, "export", "pdf", "--out"])
            .arg(out),
    );
    assert_eq!(
        std::fs::read_dir(&tmp).unwrap().count(),
        0,
        "nothing in TMPDIR"
    );
    let report = std::fs::read_to_string(report).unwrap();
    (r, report.split_whitespace().map(str::to_string).collect())
}

#[cfg(unix)]
#[allow(clippy::unwrap_used)]
fn work_folders(hb: &Hb) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(hb.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect()
}

/// The child's summary is printed from a private folder inside the data folder (not
/// the shared /tmp), which is gone when the command ends, failed or not.
#[cfg(unix)]
#[test]
fn pdf_work_files_stay_private_in_the_data_folder_and_are_removed() {
    let hb = Hb::new();
    sample(&hb, "ひなた");
    let tools = tempfile::tempdir().unwrap();
    let out = tools.path().join("summary.pdf");

    let (r, report) = pdf_with_fake_browser(&hb, tools.path(), "fail", &out);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        report[0].starts_with(hb.path().to_str().unwrap()),
        "{report:?}"
    );
    assert_eq!(report[1..], ["700", "600"], "{report:?}");
    assert_eq!(work_folders(&hb), Vec::<std::path::PathBuf>::new());
    assert!(!out.exists());

    let (r, _) = pdf_with_fake_browser(&hb, tools.path(), "print", &out);
    r.ok();
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
    use std::os::unix::fs::PermissionsExt as _;
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(work_folders(&hb), Vec::<std::path::PathBuf>::new());
}

/// A killed `export pdf` cannot clean up: its work folder (the summary inside) is
/// private in the data folder, and the next command removes it.
#[cfg(target_os = "linux")]
#[test]
fn a_killed_pdf_export_leaves_its_summary_only_until_the_next_command() {
    let hb = Hb::new();
    sample(&hb, "ひなた");
    let tools = tempfile::tempdir().unwrap();
    let out = tools.path().join("summary.pdf");
    let (r, report) = pdf_with_fake_browser(&hb, tools.path(), "kill", &out);
    assert_eq!(r.code, -1, "killed by a signal");
    let left = work_folders(&hb);
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(std::path::Path::new(&report[0]).starts_with(&left[0]));
    hb.run(&["home"]).ok();
    assert_eq!(work_folders(&hb), Vec::<std::path::PathBuf>::new());
}

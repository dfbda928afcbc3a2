//! City staff's tools as staff use them (issue #20): a new key, Excel CSV files
//! (Shift_JIS, CRLF, the standard's column names; cli/tests/fixtures/staff/), a
//! build, `feed serve`, and a family handbook syncing it. The real binary; network
//! only to 127.0.0.1.
#![allow(clippy::unwrap_used)] // test helpers outside #[test] functions

mod common;

use common::{Hb, Run, Server};
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/staff")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// A city office's folder: its own key, its city.toml, and the output folder.
struct Office {
    hb: Hb,
    city: PathBuf,
    key: PathBuf,
    out: PathBuf,
}

impl Office {
    fn new() -> Office {
        let hb = Hb::new();
        let (keys, public) = hb.keygen();
        let city = hb.path().join("city.toml");
        std::fs::write(
            &city,
            format!(
                "code = \"999990\"\nname = \"こもれび市\"\nfeed_url = \"https://www.city.komorebi.example.jp/hagukumi/feed.signed.json\"\npublic_keys = [\"{public}\"]\n"
            ),
        )
        .unwrap();
        let out = hb.path().join("public");
        Office {
            city,
            key: keys.join("feed-signing.key"),
            out,
            hb,
        }
    }

    fn build(&self, global: &[&str], events: &str) -> Run {
        let mut args: Vec<&str> = global.to_vec();
        let (city, key, out) = (
            self.city.to_string_lossy(),
            self.key.to_string_lossy(),
            self.out.to_string_lossy(),
        );
        args.extend([
            "feed", "build", "--city", &city, "--key", &key, "--events", events, "--out", &out,
        ]);
        self.hb.run(&args)
    }

    /// `feed serve` of the output folder, and the city.toml a family uses for it.
    fn serve(&self) -> (Server, PathBuf) {
        let server = Server::start(&self.out, 0);
        let toml = std::fs::read_to_string(&self.city).unwrap().replace(
            "https://www.city.komorebi.example.jp/hagukumi/",
            &format!("{}/", server.url),
        );
        let family_city = self.hb.path().join("family-city.toml");
        std::fs::write(&family_city, toml).unwrap();
        (server, family_city)
    }
}

/// A family 22 weeks pregnant on common::TODAY (2026-05-20) with a 7-month-old.
fn family() -> Hb {
    let hb = Hb::new();
    hb.run(&["pregnancy", "add", "--lmp", "2025-12-17"]).ok();
    hb.add_child("はな", "2025-10-10");
    hb
}

fn items(hb: &Hb) -> Vec<Value> {
    hb.run(&["--json", "notices"])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .clone()
}

/// Issue #20, point 2: the city regenerates its CSV (rows in another order, `NO`
/// renumbered); every read mark stays on the event it was put on. Ids used to be
/// `event-{code}-{NO}`, so a mark moved to whichever event got that number.
#[test]
fn renumbered_rows_keep_every_read_mark_on_its_item() {
    let office = Office::new();
    office
        .build(&[], &fixture("events-excel-sjis-crlf.csv"))
        .ok();
    let (server, city) = office.serve();
    let hb = family();
    let city = city.to_string_lossy();
    hb.run(&["feed", "sync", "--city", &city]).ok();
    let first = items(&hb);
    let events: Vec<&Value> = first.iter().filter(|i| i["kind"] == "event").collect();
    assert_eq!(events.len(), 3, "{first:?}"); // 両親学級, 離乳食教室（中期）, 親子ひろば
    // Read two of the three; which ones, by title.
    let read_titles = ["両親学級（平日コース）", "親子ひろば"];
    for t in read_titles {
        let id = events.iter().find(|e| e["title"] == t).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        hb.run(&["notices", "--read", &id]).ok();
    }
    office
        .build(&[], &fixture("events-renumbered-sjis-crlf.csv"))
        .ok();
    let r = hb
        .run(&["--json", "feed", "sync", "--city", &city])
        .ok()
        .json();
    drop(server);
    assert_eq!(r["result"], "applied", "{r}");
    assert_eq!(
        (r["added"].as_u64(), r["removed"].as_u64()),
        (Some(0), Some(0)),
        "{r}"
    );
    let after = items(&hb);
    let read: HashMap<String, bool> = after
        .iter()
        .filter(|i| i["kind"] == "event")
        .map(|i| (i["title"].as_str().unwrap().to_string(), i["read"] == true))
        .collect();
    assert_eq!(read.len(), 3, "{after:?}");
    for (title, is_read) in &read {
        assert_eq!(
            *is_read,
            read_titles.contains(&title.as_str()),
            "{title}: {after:?}"
        );
    }
}

/// Issue #20, point 3: an Excel CSV with four mistakes lists all four, with the file,
/// the row Excel shows (a value with a line break is one row), the column and the
/// fix, in Japanese; in English with --lang en. Nothing is written.
#[test]
fn every_mistake_of_an_excel_csv_is_listed_with_file_row_column_and_fix() {
    let office = Office::new();
    let csv = fixture("events-with-mistakes-sjis-crlf.csv");
    let r = office.build(&[], &csv);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 4, "{}", r.stderr);
    for (line, (row, column, fix)) in lines.iter().zip([
        (2, "開始日", "令和8年6月10日 のように年から書いてください"),
        (3, "終了時間", "13時30分 のように書いてください"),
        (4, "配信対象", "「妊娠20〜27週」"),
        (
            5,
            "終了日",
            "終了日 2026-03-31 が開始日 2026-04-01 より前です",
        ),
    ]) {
        let want = format!("{csv}: {row}行目「{column}」: ");
        let line = line.trim_start_matches("エラー: ");
        assert!(line.starts_with(&want), "{line}\nwanted: {want}");
        assert!(line.contains(fix), "{line}");
    }
    assert!(!office.out.exists());
    let en = office.build(&["--lang", "en"], &csv);
    assert!(
        en.stderr.contains(&format!(
            "{csv}: row 3, column 終了時間: \"11時半ごろ\" is not a time"
        )),
        "{}",
        en.stderr
    );
}

#[test]
fn a_unicode_text_file_from_excel_is_explained_with_the_save_option_to_use() {
    let office = Office::new();
    let r = office.build(&[], &fixture("events-unicode-text-utf16.txt"));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("UTF-16") && r.stderr.contains("CSV UTF-8 (コンマ区切り) (*.csv)"),
        "{}",
        r.stderr
    );
}

/// Issue #20, points 3 and 5: the `配信対象` column sends the 両親学級 to a family
/// 22 weeks pregnant and to nobody else; `notices` shows what the family needs
/// (title, body, link, the event's date, time and place) and no internal id;
/// `--read 1` confirms with the title.
#[test]
fn a_pregnancy_targeted_event_reaches_that_family_with_everything_it_needs() {
    let office = Office::new();
    let built = office
        .build(&[], &fixture("events-excel-sjis-crlf.csv"))
        .ok();
    assert!(built.stdout.contains("(ShiftJis): 4"), "{}", built.stdout);
    let (server, city) = office.serve();
    let city = city.to_string_lossy();
    let pregnant = family();
    pregnant.run(&["feed", "sync", "--city", &city]).ok();
    let toddler = Hb::new();
    toddler.add_child("そら", "2024-11-01"); // 1 year 6 months
    toddler.run(&["feed", "sync", "--city", &city]).ok();
    drop(server);

    let out = pregnant.run(&["notices"]).ok().stdout;
    let block = out
        .split("\n\n")
        .find(|b| b.contains("両親学級（平日コース）"))
        .unwrap_or_else(|| panic!("{out}"));
    for want in [
        "[イベント] 両親学級（平日コース）  2026-06-20（土）",
        "妊娠22週の方へ",
        "沐浴の練習、妊婦体験。",
        "13:30–16:00 · こもれび市保健センター",
        "https://www.city.komorebi.example.jp/kosodate/ryoshin-heijitsu.html",
    ] {
        assert!(block.contains(want), "{want}\n{block}");
    }
    assert!(!out.contains("event-") && !out.contains("id:"), "{out}");
    let toddler_out = toddler.run(&["notices"]).ok().stdout;
    assert!(!toddler_out.contains("両親学級"), "{toddler_out}");
    assert!(
        toddler_out.contains("1歳6か月からの歯みがき教室"),
        "{toddler_out}"
    );
    assert!(!out.contains("歯みがき教室"), "{out}");

    let n = block.split('.').next().unwrap().trim().to_string();
    let r = pregnant.run(&["notices", "--read", &n]).ok().stdout;
    assert!(
        r.starts_with("既読にしました: 両親学級（平日コース）"),
        "{r}"
    );
    let again = pregnant.run(&["--json", "notices"]).ok().json();
    let item = again
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["title"] == "両親学級（平日コース）")
        .unwrap();
    assert_eq!(item["read"], true);
    let none = pregnant.run(&["notices", "--read", "99"]);
    assert_eq!(none.code, 2);
    assert!(none.stderr.contains("99番"), "{}", none.stderr);
}

/// The first headless browser on PATH (the CI script installs Chromium and sets
/// HAGUKUMI_REQUIRE_CHROMIUM, so there this test always renders).
fn browser() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .flat_map(|d| {
            ["chromium", "chromium-browser", "google-chrome"]
                .into_iter()
                .map(move |b| d.join(b))
        })
        .find(|p| p.is_file())
}

/// Issue #20, point 4: `feed check --weeks 22 --months 18 --html` previews the
/// stages staff name (the week-22 両親学級 appears, which none of the six fixed
/// stages showed), with the lint; the page is rendered by headless Chromium to the
/// DOM and to a PNG.
#[test]
fn the_html_preview_shows_any_stage_side_by_side_and_renders_in_chromium() {
    let hb = Hb::new();
    let page = hb.path().join("preview.html");
    let r = hb
        .run(&[
            "feed",
            "check",
            "--weeks",
            "22",
            "--months",
            "18",
            "--html",
            &page.to_string_lossy(),
        ])
        .ok();
    assert!(
        r.stdout
            .contains("\n妊娠22週 (2026-05-20)\n  - 両親学級（土曜コース）  [妊娠22週の方へ]"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("\n1歳6か月 (2026-05-20)"), "{}", r.stdout);
    assert!(r.stdout.contains("確認事項"), "{}", r.stdout);
    #[cfg(unix)]
    {
        // The preview holds unpublished notices: created 0600.
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&page).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{mode:o}");
    }
    let default = hb.run(&["feed", "check"]).ok().stdout;
    assert!(!default.contains("妊娠22週"), "{default}");

    let required = std::env::var_os("HAGUKUMI_REQUIRE_CHROMIUM").is_some();
    let Some(chromium) = browser() else {
        assert!(
            !required,
            "HAGUKUMI_REQUIRE_CHROMIUM is set but no Chromium is on PATH"
        );
        return;
    };
    let url = format!("file://{}", page.display());
    let common = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--window-size=1400,1000",
    ];
    let dom = std::process::Command::new(&chromium)
        .args(common)
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .unwrap();
    let dom = String::from_utf8(dom.stdout).unwrap();
    assert_eq!(dom.matches("class=\"phone\"").count(), 2, "{dom}");
    assert!(dom.contains("<h2>妊娠22週 <small>"), "{dom}");
    assert!(dom.contains("両親学級（土曜コース）"), "{dom}");
    assert!(dom.contains("class=\"missing-link\""), "{dom}");
    let png = hb.path().join("preview.png");
    let shot = std::process::Command::new(&chromium)
        .args(common)
        .arg(format!("--screenshot={}", png.display()))
        .arg(&url)
        .output()
        .unwrap();
    assert!(
        shot.status.success(),
        "{}",
        String::from_utf8_lossy(&shot.stderr)
    );
    let bytes = std::fs::read(&png).unwrap();
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    // Width and height from the IHDR chunk: the window's.
    let w = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    assert_eq!((w, h), (1400, 1000));
    // A blank page compresses to a few kilobytes; text and cards do not.
    assert!(bytes.len() > 50_000, "{} bytes", bytes.len());
    if let Some(keep) = std::env::var_os("HAGUKUMI_KEEP_PREVIEW") {
        std::fs::copy(&png, keep).unwrap();
    }
}

/// `GET path` on the server with a plain HTTP/1.1 request: status line and body.
fn get(url: &str, path: &str) -> String {
    use std::io::{Read as _, Write as _};
    let addr = url.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

/// Issue #20, point 7: a port in use is named as such (it used to blame the
/// folder); a folder without a feed is refused (it used to start and serve 404s);
/// a symbolic link out of the folder is not followed.
#[test]
fn feed_serve_names_a_busy_port_refuses_a_folder_without_a_feed_and_stays_inside() {
    let office = Office::new();
    let empty = office.hb.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let r = office
        .hb
        .run(&["feed", "serve", &empty.to_string_lossy(), "--port", "0"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("feed.signed.json がありません") && r.stderr.contains("feed build"),
        "{}",
        r.stderr
    );

    office
        .build(&[], &fixture("events-excel-sjis-crlf.csv"))
        .ok();
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port().to_string();
    let r = office.hb.run(&[
        "--lang",
        "en",
        "feed",
        "serve",
        &office.out.to_string_lossy(),
        "--port",
        &port,
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("Port {port} on 127.0.0.1 is already in use")),
        "{}",
        r.stderr
    );
    assert!(
        !r.stderr.contains(&*office.out.to_string_lossy()),
        "{}",
        r.stderr
    );
    drop(busy);

    // The signing key lies next to the public folder; a link to it is not served.
    std::os::unix::fs::symlink(&office.key, office.out.join("leak.json")).unwrap();
    let (server, _) = office.serve();
    let feed = get(&server.url, "/feed.signed.json");
    assert!(feed.starts_with("HTTP/1.1 200"), "{feed}");
    let leak = get(&server.url, "/leak.json");
    assert!(leak.starts_with("HTTP/1.1 404"), "{leak}");
    let key = std::fs::read_to_string(&office.key).unwrap();
    let secret = key.lines().find(|l| !l.starts_with('#')).unwrap();
    assert!(!leak.contains(secret), "{leak}");
}

/// docs/test-vectors/feed is what `feed build` makes from its sources, byte for
/// byte (the vectors are this implementation's output, not hand-written).
#[test]
fn the_feed_test_vector_is_built_from_its_sources() {
    let hb = Hb::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/test-vectors/feed");
    let p = |f: &str| dir.join(f).to_string_lossy().into_owned();
    let out = hb.path().join("out");
    hb.run(&[
        "feed",
        "build",
        "--city",
        &p("city.toml"),
        "--key",
        &p("signing.key"),
        "--notices",
        &p("sources/notices.toml"),
        "--events",
        &p("sources/events.csv"),
        "--out",
        &out.to_string_lossy(),
    ])
    .ok();
    for file in ["feed.json", "feed.signed.json"] {
        assert_eq!(
            std::fs::read(out.join(file)).unwrap(),
            std::fs::read(dir.join(file)).unwrap(),
            "docs/test-vectors/feed/{file} is stale: rebuild it (docs/test-vectors/README.md)"
        );
    }
}

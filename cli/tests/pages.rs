//! The handbook's pages through the real binary: a checkup page's questions as the
//! ordinance's form prints them (checked against the data file, read here on its own),
//! answers by id, the stool-colour card, the data pages, the forms the apps draw.

// A failed unwrap is a failed test.
#![allow(clippy::unwrap_used)]

mod common;

use common::{Hb, TODAY};

/// A page as the data file says: id, checkup code, where it is in the source, and
/// its fields (id, Japanese label).
type DataPage = (String, Option<String>, String, Vec<(String, String)>);

/// The form data as the file says, read without the core; the labels from the
/// Japanese catalog (`form-<page>--<field> = …`, one line each).
fn data_pages() -> Vec<DataPage> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/data/forms/child-pages.toml"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let ja = include_str!("../../core/data/text/ja.ftl");
    let label = |page: &str, field: &str| {
        let key = format!("\nform-{page}--{field} = ");
        let at = ja
            .find(&key)
            .unwrap_or_else(|| panic!("ja.ftl has no {}", key.trim()))
            + key.len();
        ja[at..].lines().next().unwrap().to_string()
    };
    let data: toml::Value = toml::from_str(&text).unwrap();
    data["page"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let page = p["id"].as_str().unwrap();
            let fields = p
                .get("section")
                .and_then(|s| s.as_array())
                .into_iter()
                .flatten()
                .flat_map(|s| s["field"].as_array().cloned().unwrap_or_default())
                .map(|f| {
                    let id = f["id"].as_str().unwrap();
                    (id.to_string(), label(page, id))
                })
                .collect();
            (
                p["id"].as_str().unwrap().to_string(),
                p.get("checkup")
                    .and_then(|c| c.as_str())
                    .map(str::to_string),
                p["source_page"].as_str().unwrap_or_default().to_string(),
                fields,
            )
        })
        .collect()
}

#[test]
fn checkup_questions_print_the_forms_questions_for_each_page() {
    let hb = Hb::new();
    let pages = data_pages();
    // 1y6m: what a parent may type for the 1歳6か月 page (its code is 18m).
    for (kind, code) in [
        ("3-4m", "3-4m"),
        ("6-7m", "6-7m"),
        ("9-10m", "9-10m"),
        ("1y", "1y"),
        ("1y6m", "18m"),
        ("3y", "3y"),
    ] {
        let (id, _, source, fields) = pages
            .iter()
            .find(|p| p.1.as_deref() == Some(code))
            .unwrap_or_else(|| panic!("no page for {code} in the data"));
        assert!(
            source.contains("保護者の記録"),
            "{id}: the data names where the page is in the form: {source}"
        );
        let form = hb
            .run(&["--json", "checkup", "questions", "--kind", kind])
            .ok()
            .json();
        assert_eq!(form["id"], id.as_str());
        assert!(form["source"].as_str().unwrap().contains("様式第三号"));
        let printed: Vec<(String, String)> = form["sections"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["fields"].as_array().unwrap().clone())
            .map(|f| {
                (
                    f["id"].as_str().unwrap().to_string(),
                    f["label"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        // Every question and field of the page, worded as the data file (which is
        // the form's wording), after the checkup record's own date and notes.
        for (fid, label) in fields {
            assert!(
                printed.contains(&(fid.clone(), label.clone())),
                "{kind}: {fid} {label} not printed"
            );
        }
        assert_eq!(printed.len(), fields.len() + 2, "{kind}");
        let text = hb
            .run(&["checkup", "questions", "--kind", kind])
            .ok()
            .stdout;
        assert!(text.contains(&fields[1].1), "{kind}: {text}");
    }
    let three_four = hb
        .run(&["checkup", "questions", "--kind", "3〜4か月"])
        .ok()
        .stdout;
    assert!(three_four.contains("首がすわったのはいつですか。"));
}

#[test]
fn answers_are_taken_by_id_and_an_id_not_on_the_page_is_refused() {
    let hb = Hb::new();
    let child = hb.add_child("Hana", "2026-01-10");
    let saved = hb
        .run(&[
            "--json",
            "checkup",
            "add",
            "--child",
            &child,
            "--kind",
            "３～４か月児健診",
            "--date",
            "2026-05-10",
            "--answer",
            "neck_steady=2026-04-28",
            "--answer",
            "smiles_when_played_with=はい",
            "--answer",
            "weight=6420",
        ])
        .ok()
        .json();
    assert_eq!(saved["checkup"], "3-4m");
    assert_eq!(saved["answers"][0]["value"]["when"]["date"], "2026-04-28");
    // A 3-4-month question on the 1-month page, in both languages.
    for (lang, words) in [
        ("en", "is not a question of the page"),
        ("ja", "の質問ではありません"),
    ] {
        let r = hb.run(&[
            "--lang",
            lang,
            "checkup",
            "add",
            "--child",
            &child,
            "--kind",
            "1m",
            "--answer",
            "neck_steady=yes",
        ]);
        assert_eq!(r.code, 2);
        assert!(r.stderr.contains(words), "{}", r.stderr);
    }
    // A value the question does not take.
    let r = hb.run(&[
        "checkup",
        "add",
        "--child",
        &child,
        "--kind",
        "3-4m",
        "--answer",
        "smiles_when_played_with=たぶん",
        "--force",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("はい・いいえ"), "{}", r.stderr);
}

#[test]
fn a_stool_colour_of_one_to_three_says_see_a_doctor_now_and_eight_is_refused() {
    let hb = Hb::new();
    let child = hb.add_child("Hana", "2026-04-20");
    let r = hb
        .run(&[
            "checkup",
            "add",
            "--child",
            &child,
            "--kind",
            "1m",
            "--stool-color",
            "2",
        ])
        .ok();
    assert!(r.stdout.contains("1日も早く"), "{}", r.stdout);
    assert!(r.stdout.contains("!!!"), "{}", r.stdout);
    // At the top of home, before the child's card, while it is recent.
    let home = hb.run(&["home"]).ok().stdout;
    let alert = home.find("便色カードの1〜3番").expect(&home);
    assert!(home.contains("Hanaさん: 便の色"), "{home}");
    assert!(alert < home.find("Hana（").unwrap(), "{home}");
    let r = hb.run(&[
        "checkup",
        "add",
        "--child",
        &child,
        "--kind",
        "1m",
        "--stool-color",
        "8",
        "--force",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("1〜7"), "{}", r.stderr);
    // Checked on its own later on: a 5 raises nothing.
    let r = hb
        .run(&[
            "page",
            "add",
            "stool_color",
            "--child",
            &child,
            "--answer",
            "color_number=5",
            "--answer",
            "date=2026-05-19",
        ])
        .ok();
    assert!(!r.stdout.contains("!!!"), "{}", r.stdout);
    assert!(TODAY >= "2026-05-19");
    // A checkup typed with a colour already recorded that day: refused whole, so the
    // checkup is not saved without its colour.
    let r = hb.run(&[
        "checkup",
        "add",
        "--child",
        &child,
        "--kind",
        "2m",
        "--date",
        "2026-05-19",
        "--stool-color",
        "6",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let list = hb
        .run(&["--json", "checkup", "list", "--child", &child])
        .ok()
        .json();
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .all(|c| c["checkup"] != "2m"),
        "{list}"
    );
}

#[test]
fn data_pages_are_added_listed_edited_and_deleted() {
    let hb = Hb::new();
    let child = hb.add_child("Hana", "2026-05-01");
    hb.run(&[
        "page",
        "add",
        "hearing_screen",
        "--child",
        &child,
        "--answer",
        "date=2026-05-03",
        "--answer",
        "method=自動ＡＢＲ",
        "--answer",
        "right_ear=pass",
        "--answer",
        "left_ear=リファー",
    ])
    .ok();
    let list = hb.run(&["page", "list", "--child", &child]).ok().stdout;
    assert!(
        list.contains("新生児聴覚検査") && list.contains("リファー"),
        "{list}"
    );
    let short = list.split_whitespace().next().unwrap().to_string();
    // A second hearing screen of the same child needs --force.
    let r = hb.run(&["page", "add", "hearing_screen", "--child", &child]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--force"), "{}", r.stderr);
    let forced = hb
        .run(&[
            "--json",
            "page",
            "add",
            "hearing_screen",
            "--child",
            &child,
            "--force",
        ])
        .ok()
        .json();
    let second = forced["id"].as_str().unwrap().to_string();
    hb.run(&["page", "delete", &second[second.len() - 8..], "--yes"])
        .ok();
    hb.run(&["page", "edit", &short, "--answer", "left_ear=pass"])
        .ok();
    let list = hb.run(&["page", "list", "--child", &child]).ok().stdout;
    assert!(!list.contains("リファー"), "{list}");
    let r = hb.run(&["page", "delete", &short]);
    assert_eq!(r.code, 2);
    hb.run(&["page", "delete", &short, "--yes"]).ok();
    let list = hb
        .run(&["--lang", "en", "page", "list", "--child", &child])
        .ok()
        .stdout;
    assert!(list.contains("no records"), "{list}");
}

#[test]
fn forms_lists_a_form_for_every_record_kind_and_page() {
    let hb = Hb::new();
    let forms = hb.run(&["--json", "forms"]).ok().json();
    let ids: Vec<&str> = forms
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    for id in [
        "mother_profile",
        "pregnancy",
        "prenatal_checkup",
        "maternal_tests",
        "delivery",
        "postpartum_course",
        "postpartum_checkup",
        "child",
        "newborn_early",
        "newborn_late",
        "hearing_screen",
        "metabolic_screen",
        "stool_color",
        "checkup_2w",
        "checkup_6y",
        "growth",
        "vaccination",
        "dental",
        "diary",
        "partner_record",
        "guardians",
    ] {
        assert!(ids.contains(&id), "no form {id}");
    }
    for f in forms.as_array().unwrap() {
        assert!(!f["title"].as_str().unwrap().is_empty());
        for s in f["sections"].as_array().unwrap() {
            for field in s["fields"].as_array().unwrap() {
                assert!(field["input"]["type"].is_string(), "{field}");
            }
        }
    }
}

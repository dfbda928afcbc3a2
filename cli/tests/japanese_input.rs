//! What a Japanese keyboard types is taken wherever Japanese is printed: the labels of
//! every choice, the handbook's printed words, full-width digits and period.

mod common;

use common::Hb;

/// A fresh handbook with one child, born 2026-03-01 (today is 2026-05-20).
fn with_child() -> Hb {
    born("2026-03-01")
}

fn born(birth: &str) -> Hb {
    let hb = Hb::new();
    hb.run(&[
        "child",
        "add",
        "--name",
        "あおい",
        "--sex",
        "男の子",
        "--birth-date",
        birth,
    ])
    .ok();
    hb
}

#[test]
fn diary_mood_in_japanese() {
    let hb = with_child();
    let e = hb
        .run(&[
            "--json",
            "diary",
            "add",
            "はじめて笑った",
            "--child",
            "--mood",
            "うれしい",
        ])
        .ok()
        .json();
    assert_eq!(e["mood"], "happy", "{e}");
}

#[test]
fn vaccines_by_their_printed_names_and_brands_as_on_the_sticker() {
    let hb = with_child();
    let v = hb
        .run(&[
            "--json",
            "vaccination",
            "add",
            "--vaccine",
            "B型肝炎",
            "--dose",
            "1",
        ])
        .ok()
        .json();
    assert_eq!(v["vaccine"], "hepb", "{v}");
    // An unknown vaccine is refused with the printed names, in Japanese.
    let r = hb.run(&[
        "--lang",
        "ja",
        "vaccination",
        "add",
        "--vaccine",
        "ポリオ",
        "--dose",
        "1",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("B型肝炎（hepb）"), "{}", r.stderr);
    let v = hb
        .run(&[
            "--json",
            "vaccination",
            "add",
            "--vaccine",
            "ロタウイルス",
            "--dose",
            "1",
            "--brand",
            "ロタリックス",
        ])
        .ok()
        .json();
    assert_eq!(v["vaccine"], "rotavirus", "{v}");
    // The schedule reads the printed product name as its brand.
    hb.run(&["schedule"]).ok();
    hb.run(&["vaccination", "add", "--vaccine", "５種混合", "--dose", "1"])
        .ok();
}

#[test]
fn checkup_kind_as_printed() {
    let hb = with_child();
    let c = hb
        .run(&["--json", "checkup", "add", "--kind", "1か月"])
        .ok()
        .json();
    assert_eq!(c["checkup"], "1m", "{c}");
    let r = hb.run(&["--lang", "ja", "checkup", "add", "--kind", "5か月"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("3〜4か月児健診"), "{}", r.stderr);
}

#[test]
fn delivery_method_as_printed() {
    let hb = Hb::new();
    hb.run(&["pregnancy", "add", "--lmp", "2025-08-20"]).ok();
    let d = hb
        .run(&[
            "--json",
            "delivery",
            "add",
            "--at",
            "2026-05-19T15:05",
            "--method",
            "経腟分娩",
            "--baby",
            "はな：女の子：３０２０ｇ",
        ])
        .ok()
        .json();
    assert_eq!(d["delivery"]["method"], "vaginal", "{d}");
}

#[test]
fn weight_with_full_width_digits_and_period() {
    let hb = born("2025-05-01");
    let m = hb
        .run(&[
            "--json",
            "growth",
            "add",
            "--weight",
            "９．５",
            "--length",
            "７６．２",
            "--position",
            "立位",
        ])
        .ok()
        .json();
    assert_eq!(m["weight_kg"], 9.5, "{m}");
}

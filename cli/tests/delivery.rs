//! 出産の状態 through the real binary: every row the 2023 form prints, typed in
//! the printed words, listed, corrected.

mod common;

use common::Hb;

/// A pregnancy and its delivery with every row of the page, in Japanese.
fn delivered() -> (Hb, serde_json::Value) {
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
            "caesarean",
            "--presentation",
            "骨盤位",
            "--course-notes",
            "陣痛促進",
            "--labor-duration",
            "12時間30分",
            "--blood-loss",
            "640",
            "--blood-loss-grade",
            "中量",
            "--transfusion",
            "有",
            "--transfusion-detail",
            "赤血球液2単位",
            "--certificate",
            "出生証明書",
            "--place",
            "市民病院",
            "--attendant",
            "山田",
            "--midwife",
            "佐藤",
            "--other-attendant",
            "鈴木",
            "--baby",
            "はな:女:3020g",
            "--findings",
            "酸素投与",
        ])
        .ok()
        .json();
    (hb, d)
}

#[test]
fn every_row_of_the_delivery_page_is_taken_in_the_printed_words_and_listed() {
    let (hb, d) = delivered();
    let rec = &d["delivery"];
    assert_eq!(rec["presentation"], "breech", "{d}");
    assert_eq!(rec["course_notes"], "陣痛促進");
    assert_eq!(rec["labor_minutes"], 750);
    assert_eq!(rec["blood_loss_grade"], "moderate");
    assert_eq!(rec["blood_loss_ml"], 640);
    assert_eq!(rec["transfusion"], "yes");
    assert_eq!(rec["transfusion_detail"], "赤血球液2単位");
    assert_eq!(rec["certificate"], "birth");
    assert_eq!(rec["attendant"], "山田");
    assert_eq!(rec["midwife"], "佐藤");
    assert_eq!(rec["other_attendant"], "鈴木");
    assert_eq!(d["children"][0]["birth"]["findings"], "酸素投与");

    let list = hb.run(&["--lang", "ja", "delivery", "list"]).ok().stdout;
    for row in [
        "出血量 中量（640 mL）",
        "分娩経過: 骨盤位",
        "特記事項: 陣痛促進",
        "分娩所要時間: 12時間30分",
        "輸血（血液製剤含む）: 有（赤血球液2単位）",
        "証明: 出生証明書",
        "分娩取扱者（医師）: 山田",
        "分娩取扱者（助産師）: 佐藤",
        "分娩取扱者（その他）: 鈴木",
        "はな 特別な所見・処置: 酸素投与",
    ] {
        assert!(list.contains(row), "{row:?} not in:\n{list}");
    }
    let json = hb.run(&["--json", "delivery", "list"]).ok().json();
    assert_eq!(json[0]["labor_minutes"], 750);
    assert_eq!(json[0]["certificate"], "birth");
    let en = hb.run(&["--lang", "en", "delivery", "list"]).ok().stdout;
    assert!(
        en.contains("duration of labour: 12 h 30 min")
            && en.contains("transfusion: yes (赤血球液2単位)"),
        "{en}"
    );
}

#[test]
fn a_delivery_row_is_corrected_alone_and_a_detail_beside_the_wrong_choice_is_refused() {
    let (hb, d) = delivered();
    let id = d["delivery"]["id"].as_str().unwrap();
    // 無 with the 有 bracket still filled: refused, nothing changed.
    let r = hb.run(&[
        "--lang",
        "ja",
        "delivery",
        "edit",
        id,
        "--transfusion",
        "無",
    ]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stderr.contains("「有」を選んだときだけ"), "{}", r.stderr);
    let r = hb.run(&[
        "--lang",
        "en",
        "delivery",
        "edit",
        id,
        "--labor-duration",
        "12",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("12h30m"), "{}", r.stderr);
    let r = hb.run(&[
        "--lang",
        "ja",
        "delivery",
        "edit",
        id,
        "--presentation",
        "横位",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("頭位（cephalic）"), "{}", r.stderr);
    // One row changed; the others kept.
    hb.run(&[
        "delivery",
        "edit",
        id,
        "--certificate",
        "出生証明書及び死亡診断書",
    ])
    .ok();
    hb.run(&[
        "delivery",
        "edit",
        id,
        "--transfusion",
        "無",
        "--transfusion-detail",
        "",
    ])
    .ok();
    let json = hb.run(&["--json", "delivery", "list"]).ok().json();
    assert_eq!(json[0]["certificate"], "birth_and_death");
    assert_eq!(json[0]["transfusion"], "no");
    assert_eq!(json[0]["transfusion_detail"], serde_json::Value::Null);
    assert_eq!(json[0]["labor_minutes"], 750);
    assert_eq!(json[0]["midwife"], "佐藤");
    // The baby's findings are the child's: corrected on the child's page.
    let child = d["children"][0]["id"].as_str().unwrap();
    hb.run(&[
        "child",
        "edit",
        child,
        "--birth-findings",
        "酸素投与（1時間）",
    ])
    .ok();
    let list = hb.run(&["--lang", "ja", "delivery", "list"]).ok().stdout;
    assert!(
        list.contains("はな 特別な所見・処置: 酸素投与（1時間）"),
        "{list}"
    );
}

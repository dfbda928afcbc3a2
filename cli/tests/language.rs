//! Lines the CLI composes read in one language: no English word inside a Japanese
//! line, English plurals from the catalog (#16).

mod common;

use common::Hb;

#[test]
fn two_pregnancies_are_listed_by_their_due_date_in_the_users_language() {
    let hb = Hb::new();
    hb.run(&["pregnancy", "add", "--lmp", "2025-12-01"]).ok();
    hb.run(&["pregnancy", "add", "--lmp", "2026-03-01"]).ok();
    let ja = hb.run(&["--lang", "ja", "prenatal", "list"]);
    assert_eq!(ja.code, 2, "{}", ja.stderr);
    assert!(ja.stderr.contains("出産予定日 2026-09-07"), "{}", ja.stderr);
    assert!(!ja.stderr.contains("due "), "{}", ja.stderr);
    let en = hb.run(&["--lang", "en", "prenatal", "list"]);
    assert!(en.stderr.contains("due 2026-09-07"), "{}", en.stderr);
    assert!(en.stderr.contains("2 pregnancy records"), "{}", en.stderr);
}

#[test]
fn one_day_is_singular_in_english() {
    let hb = Hb::new();
    hb.run(&["profile", "set", "--name", "Sakura"]).ok();
    let r = hb.run(&["--lang", "en", "reminders", "--days", "1"]).ok();
    assert!(r.stdout.contains("in the next day."), "{}", r.stdout);
    assert!(!r.stdout.contains("1 days"), "{}", r.stdout);
}

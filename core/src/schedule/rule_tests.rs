//! One test case per schedule rule, each naming the document it comes from (source ids
//! are those of `data/schedule/jp-2026-04-01.toml`), plus the property test.

use chrono::{Duration, NaiveDate};
use proptest::prelude::*;

use super::*;
use crate::Lang;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn dose(text: &str) -> GivenDose {
    text.parse().unwrap()
}

fn run(birth: &str, today: &str, doses: &[&str]) -> Plan {
    let doses: Vec<GivenDose> = doses.iter().map(|t| dose(t)).collect();
    let child = ChildFacts {
        birth: d(birth),
        sex: Some(Sex::Female),
        doses: &doses,
        checkups_done: &[],
        timing: Timing::Standard,
    };
    plan(&child, d(today)).unwrap_or_else(|e| panic!("{e}"))
}

fn lines(p: &Plan, code: VaccineCode) -> Vec<DosePlan> {
    p.vaccines
        .iter()
        .find(|v| v.code == code)
        .map(|v| v.doses.clone())
        .unwrap_or_default()
}

fn statuses(p: &Plan, code: VaccineCode) -> Vec<(u32, DoseStatus)> {
    lines(p, code).iter().map(|l| (l.dose, l.status)).collect()
}

use DoseStatus::*;
use VaccineCode as V;

/// The table: (source ids, birth, today, doses, vaccine, expected (dose, status) list).
#[test]
fn status_table() {
    #[allow(clippy::type_complexity)]
    let cases: &[(&str, &str, &str, &[&str], VaccineCode, &[(u32, DoseStatus)])] = &[
        // hepb-muni: #2 ≥ 27 days after #1 (27 days between → day + 28).
        (
            "hepb-muni",
            "2026-04-01",
            "2026-08-01",
            &["hepb:1:2026-06-01", "hepb:2:2026-06-28"],
            V::HepB,
            &[(1, Done), (2, Invalid), (2, Due), (3, Upcoming)],
        ),
        (
            "hepb-muni",
            "2026-04-01",
            "2026-08-01",
            &["hepb:1:2026-06-01", "hepb:2:2026-06-29"],
            V::HepB,
            &[(1, Done), (2, Done), (3, Upcoming)],
        ),
        // hepb-muni: #3 ≥ 139 days after #1 (→ day + 140) and ≥ 6 after #2.
        (
            "hepb-muni",
            "2026-04-01",
            "2026-11-01",
            &[
                "hepb:1:2026-06-01",
                "hepb:2:2026-06-29",
                "hepb:3:2026-10-18",
            ],
            V::HepB,
            &[(1, Done), (2, Done), (3, Invalid), (3, Due)],
        ),
        (
            "hepb-muni",
            "2026-04-01",
            "2026-11-01",
            &[
                "hepb:1:2026-06-01",
                "hepb:2:2026-06-29",
                "hepb:3:2026-10-19",
            ],
            V::HepB,
            &[(1, Done), (2, Done), (3, Done)],
        ),
        // rota-qa Q6: first dose from 出生6週0日後 (birth + 42); one day earlier does not count.
        (
            "rota-qa",
            "2026-04-01",
            "2026-05-20",
            &["rotavirus:1:2026-05-12:rotarix"],
            V::Rotavirus,
            // Possible from 6w0d, but the standard period begins at 生後2月 (05-31):
            // not due yet (issue #19).
            &[(1, Invalid), (1, Upcoming), (2, Upcoming)],
        ),
        (
            "rota-qa",
            "2026-04-01",
            "2026-05-20",
            &["rotavirus:1:2026-05-13:rotarix"],
            V::Rotavirus,
            &[(1, Done), (2, Upcoming)],
        ),
        // rota-qa: RotaTeq is 3 doses, Rotarix 2.
        (
            "rota-qa",
            "2026-04-01",
            "2026-07-01",
            &[
                "rotavirus:1:2026-05-20:rotateq",
                "rotavirus:2:2026-06-17:rotateq",
            ],
            V::Rotavirus,
            &[(1, Done), (2, Done), (3, Upcoming)],
        ),
        (
            "rota-qa",
            "2026-04-01",
            "2026-07-01",
            &[
                "rotavirus:1:2026-05-20:rotarix",
                "rotavirus:2:2026-06-17:rotarix",
            ],
            V::Rotavirus,
            &[(1, Done), (2, Done)],
        ),
        // rota-qa: Rotarix until 出生24週0日後 (birth + 168): a second dose is then impossible.
        (
            "rota-qa",
            "2026-04-01",
            "2026-09-17",
            &["rotavirus:1:2026-06-01:rotarix"],
            V::Rotavirus,
            &[(1, Done), (2, NotEligible)],
        ),
        // live-interval-2020: an injected live vaccine 27 days or less after another does not count.
        (
            "live-interval-2020",
            "2026-04-01",
            "2027-06-01",
            &["mr:1:2027-04-01", "varicella:1:2027-04-28"],
            V::Varicella,
            &[(1, Invalid), (1, Due), (2, Upcoming)],
        ),
        (
            "live-interval-2020",
            "2026-04-01",
            "2027-06-01",
            &["mr:1:2027-04-01", "varicella:1:2027-04-29"],
            V::Varicella,
            &[(1, Done), (2, Upcoming)],
        ),
        // live-interval-2020: same day (simultaneous) is fine.
        (
            "live-interval-2020",
            "2026-04-01",
            "2027-06-01",
            &["mr:1:2027-04-01", "varicella:1:2027-04-01"],
            V::Varicella,
            &[(1, Done), (2, Upcoming)],
        ),
        // live-interval-2020: oral rotavirus and inactivated vaccines do not constrain BCG.
        (
            "live-interval-2020",
            "2026-04-01",
            "2026-10-01",
            &["rotavirus:1:2026-06-01:rotarix", "bcg:1:2026-06-02"],
            V::Bcg,
            &[(1, Done)],
        ),
        // pcv-muni: dose count by age at the first dose.
        (
            "pcv-muni",
            "2026-04-01",
            "2026-07-01",
            &["pcv:1:2026-06-01"],
            V::Pcv,
            &[(1, Done), (2, Due), (3, Upcoming), (4, Upcoming)],
        ),
        (
            "pcv-muni",
            "2026-04-01",
            "2026-12-15",
            &["pcv:1:2026-12-01"],
            V::Pcv,
            &[(1, Done), (2, Upcoming), (3, Upcoming)],
        ),
        (
            "pcv-muni",
            "2026-04-01",
            "2027-06-01",
            &["pcv:1:2027-05-01"],
            V::Pcv,
            &[(1, Done), (2, Upcoming)],
        ),
        (
            "pcv-muni",
            "2026-04-01",
            "2028-06-01",
            &["pcv:1:2028-05-01"],
            V::Pcv,
            &[(1, Done)],
        ),
        // pcv-muni: started at 2-7 months, #2 after 生後12月 → no #3, booster next.
        (
            "pcv-muni",
            "2026-04-01",
            "2027-05-01",
            &["pcv:1:2026-06-01", "pcv:2:2027-04-15"],
            V::Pcv,
            &[(1, Done), (2, Done), (3, NotEligible), (4, Upcoming)],
        ),
        // hib-muni: started at 7-12 months → 2 primary + booster.
        (
            "hib-muni",
            "2026-04-01",
            "2026-12-15",
            &["hib:1:2026-12-01"],
            V::Hib,
            &[(1, Done), (2, Upcoming), (3, Upcoming)],
        ),
        // dpt5-muni: a 5-in-1 dose before 生後2月 (2026-05-31) does not count.
        (
            "dpt5-muni / age-interpretation",
            "2026-04-01",
            "2026-06-10",
            &["dpt_ipv_hib:1:2026-05-30"],
            V::DptIpvHib,
            &[
                (1, Invalid),
                (1, Due),
                (2, Upcoming),
                (3, Upcoming),
                (4, Upcoming),
            ],
        ),
        (
            "dpt5-muni",
            "2026-04-01",
            "2026-06-10",
            &["dpt_ipv_hib:1:2026-05-31"],
            V::DptIpvHib,
            &[(1, Done), (2, Upcoming), (3, Upcoming), (4, Upcoming)],
        ),
        // jissi-kisoku-dpt: 20 days between primary doses.
        (
            "jissi-kisoku-dpt",
            "2026-04-01",
            "2026-07-01",
            &["dpt_ipv_hib:1:2026-06-01", "dpt_ipv_hib:2:2026-06-21"],
            V::DptIpvHib,
            &[
                (1, Done),
                (2, Invalid),
                (2, Due),
                (3, Upcoming),
                (4, Upcoming),
            ],
        ),
        // varicella-muni / seirei: funding closed at 生後36月 → not eligible.
        (
            "seirei",
            "2020-05-01",
            "2026-05-01",
            &[],
            V::Varicella,
            &[(1, NotEligible), (2, NotEligible)],
        ),
        // hpv-muni / hpv9-rule: 2 doses when started before 15; a 2nd under 5 months → 3-dose path.
        (
            "hpv9-rule",
            "2014-05-01",
            "2026-10-01",
            &["hpv:1:2026-06-01"],
            V::Hpv,
            &[(1, Done), (2, Upcoming)],
        ),
        (
            "hpv9-rule",
            "2014-05-01",
            "2026-11-01",
            &["hpv:1:2026-06-01"],
            V::Hpv,
            // Possible from 5 months, standard from 6 (issue #19: not due before).
            &[(1, Done), (2, Upcoming)],
        ),
        (
            "hpv9-rule",
            "2014-05-01",
            "2026-12-01",
            &["hpv:1:2026-06-01"],
            V::Hpv,
            &[(1, Done), (2, Due)],
        ),
        (
            "hpv-muni",
            "2014-05-01",
            "2027-06-01",
            &["hpv:1:2026-06-01", "hpv:2:2026-09-01"],
            V::Hpv,
            &[(1, Done), (2, Done), (3, Due)],
        ),
        // je-muni: 1期初回 6 days apart; 2期 independent of 1期 (numbered periods).
        (
            "je-muni",
            "2022-04-10",
            "2026-05-01",
            &["je:1:2026-04-10", "je:2:2026-04-16"],
            V::Je,
            &[
                (1, Done),
                (2, Invalid),
                (2, Due),
                (3, Upcoming),
                (4, Upcoming),
            ],
        ),
    ];
    for (src, birth, today, doses, code, want) in cases {
        let p = run(birth, today, doses);
        assert_eq!(
            &statuses(&p, *code),
            want,
            "{src}: born {birth}, today {today}, {doses:?}: {:#?}",
            lines(&p, *code)
        );
    }
}

/// rota-qa Q5-Q6 and the 施行令: Rotarix funded until 24w0d, RotaTeq until 32w0d.
#[test]
fn rotavirus_upper_age_by_brand() {
    let p = run(
        "2026-04-01",
        "2026-05-20",
        &["rotavirus:1:2026-05-13:rotarix"],
    );
    assert_eq!(
        lines(&p, V::Rotavirus)[1].funded_until,
        Some(d("2026-09-16"))
    );
    let p = run(
        "2026-04-01",
        "2026-05-20",
        &["rotavirus:1:2026-05-13:rotateq"],
    );
    assert_eq!(
        lines(&p, V::Rotavirus)[2].funded_until,
        Some(d("2026-11-11"))
    );
    // No dose yet: earliest 6w0d, recommended 生後2月 .. 14週6日後.
    let p = run("2026-04-01", "2026-04-10", &[]);
    let l = &lines(&p, V::Rotavirus)[0];
    assert_eq!(l.earliest, Some(d("2026-05-13")));
    assert_eq!(l.recommended_from, Some(d("2026-05-31")));
    assert_eq!(l.recommended_until, Some(d("2026-07-14")));
}

/// rota-qa / jps-2024: one product for the whole series; brands are checked.
#[test]
fn rotavirus_brand_errors() {
    let doses = [
        dose("rotavirus:1:2026-05-20:rotarix"),
        dose("rotavirus:2:2026-06-20:rotateq"),
    ];
    let child = ChildFacts {
        birth: d("2026-04-01"),
        sex: None,
        doses: &doses,
        checkups_done: &[],
        timing: Timing::Standard,
    };
    let err = plan(&child, d("2026-07-01")).unwrap_err();
    assert!(matches!(err, ScheduleError::BrandSwitch { .. }), "{err}");
    assert!(err.to_string().contains("rotarix"), "{err}");
    let doses = [dose("rotavirus:1:2026-05-20:rotavac")];
    let child = ChildFacts {
        birth: d("2026-04-01"),
        sex: None,
        doses: &doses,
        checkups_done: &[],
        timing: Timing::Standard,
    };
    let err = plan(&child, d("2026-07-01")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown rotavirus brand \"rotavac\" (expected one of: rotarix, rotateq)"
    );
}

/// seirei (MR 2期) + age.rs: the 年長 year; a 1 April child is in the earlier year.
#[test]
fn mr_second_period_by_school_year() {
    for (birth, from, until) in [
        ("2020-04-01", "2025-04-01", "2026-03-31"),
        ("2020-04-02", "2026-04-01", "2027-03-31"),
        ("2021-03-31", "2026-04-01", "2027-03-31"),
    ] {
        let p = run(birth, "2026-04-15", &["mr:1:2021-12-01"]);
        let l = lines(&p, V::Mr);
        let two = l.iter().find(|l| l.dose == 2).unwrap();
        if d(until) < d("2026-04-15") {
            assert_eq!(two.status, NotEligible, "{birth}");
            assert_eq!(two.funded_until, Some(d(until)), "{birth}");
        } else {
            assert_eq!(two.earliest, Some(d(from)), "{birth}");
            assert_eq!(two.funded_until, Some(d(until)), "{birth}");
        }
    }
}

/// mr-extension: children in the FY2024 shortage cohort are funded until 2027-03-31.
#[test]
fn mr_shortage_extension() {
    let p = run("2019-01-10", "2026-05-01", &["mr:1:2020-02-01"]);
    let two = &lines(&p, V::Mr)[1];
    assert_eq!(two.funded_until, Some(d("2027-03-31")));
    assert_eq!(two.status, Due);
    assert!(
        two.reason(Lang::Ja).contains("ワクチン不足"),
        "{}",
        two.reason(Lang::Ja)
    );
}

/// age-interpretation: born on the 31st, 生後2月 is clamped to the month end.
#[test]
fn born_on_the_31st() {
    let p = run("2025-12-31", "2026-04-01", &[]);
    // 生後2月: 2026-02-31 does not exist → 2026-02-28. Already past → due.
    let l = &lines(&p, V::DptIpvHib)[0];
    assert_eq!(l.earliest, Some(d("2026-02-28")));
    assert_eq!(l.status, Due);
    // Born 31 January: 生後2月 = day before 31 March.
    let p = run("2026-01-31", "2026-04-01", &[]);
    assert_eq!(lines(&p, V::Pcv)[0].earliest, Some(d("2026-03-30")));
    // Born 31 July: MHLW Q&A example.
    let p = run("2026-07-31", "2026-08-01", &[]);
    assert_eq!(
        lines(&p, V::Hib).len(),
        0,
        "Hib alone only for children on the 4-in-1 path"
    );
    assert_eq!(lines(&p, V::DptIpvHib)[0].earliest, Some(d("2026-09-30")));
}

/// age-interpretation / 年齢計算ニ関スル法律: born 29 February reaches 1 on 28 February.
#[test]
fn born_on_29_february() {
    let p = run("2024-02-29", "2026-04-01", &[]);
    assert_eq!(lines(&p, V::Bcg)[0].funded_until, Some(d("2025-02-28")));
    assert_eq!(lines(&p, V::Bcg)[0].status, NotEligible);
    assert_eq!(lines(&p, V::Mr)[0].funded_until, Some(d("2026-02-28")));
    assert_eq!(lines(&p, V::Mr)[0].status, NotEligible);
    assert_eq!(
        lines(&p, V::Varicella)[0].funded_until,
        Some(d("2027-02-28"))
    );
}

/// seirei: a child whose funding window has closed is told so, with the date.
#[test]
fn funding_closed_has_a_reason() {
    let p = run("2020-05-01", "2026-05-01", &[]);
    let l = &lines(&p, V::Varicella)[0];
    assert_eq!(l.funded_until, Some(d("2023-04-30")));
    assert!(
        l.reason(Lang::En)
            .contains("funded period ended on 2023-04-30"),
        "{}",
        l.reason(Lang::En)
    );
    assert!(
        l.reason(Lang::Ja).contains("2023-04-30"),
        "{}",
        l.reason(Lang::Ja)
    );
}

/// seirei (HPV is for girls); hpv-muni.
#[test]
fn hpv_is_for_girls() {
    let child = ChildFacts {
        birth: d("2014-05-01"),
        sex: Some(Sex::Male),
        doses: &[],
        checkups_done: &[],
        timing: Timing::Standard,
    };
    let p = plan(&child, d("2026-06-01")).unwrap();
    assert!(lines(&p, V::Hpv).iter().all(|l| l.status == NotEligible));
    // A girl in 小6: funded from 2025-04-01 (FY in which she turns 12) until FY of 16.
    let p = run("2014-05-01", "2026-06-01", &[]);
    let l = &lines(&p, V::Hpv)[0];
    // Born 2014-05-01: turns 12 in FY2026 (小6), 13 in FY2027 (中1), 16 in FY2030 (高1).
    assert_eq!(l.earliest, Some(d("2026-04-01")));
    assert_eq!(l.funded_until, Some(d("2031-03-31")));
    assert_eq!(l.recommended_from, Some(d("2027-04-01")));
    assert_eq!(l.recommended_until, Some(d("2028-03-31")));
}

/// 4-in-1 + Hib path replaces the 5-in-1 for children who started on it (dpt5-muni).
#[test]
fn four_in_one_path() {
    let p = run(
        "2024-01-10",
        "2026-04-10",
        &["dpt_ipv:1:2024-03-15", "hib:1:2024-03-15"],
    );
    assert!(lines(&p, V::DptIpvHib).is_empty());
    assert!(!lines(&p, V::DptIpv).is_empty());
    assert!(!lines(&p, V::Hib).is_empty());
    let p = run("2026-04-01", "2026-04-10", &[]);
    assert!(lines(&p, V::DptIpv).is_empty());
    assert!(!lines(&p, V::DptIpvHib).is_empty());
}

/// Error cases carry their context.
#[test]
fn errors_have_context() {
    let child = |doses: &'static [&'static str]| doses.iter().map(|t| dose(t)).collect::<Vec<_>>();
    for (doses, today, want) in [
        (
            child(&["bcg:1:2026-03-01"]),
            "2026-06-01",
            "bcg dose 1 on 2026-03-01 is before the birth date 2026-04-01",
        ),
        (
            child(&["bcg:2:2026-05-01"]),
            "2026-06-01",
            "bcg has doses 1 to 1; dose 2 is out of range",
        ),
        (
            child(&["bcg:1:2026-07-01"]),
            "2026-06-01",
            "later than today",
        ),
        (
            child(&["rsv_maternal:1:2026-05-01"]),
            "2026-06-01",
            "recorded on the pregnancy",
        ),
    ] {
        let c = ChildFacts {
            birth: d("2026-04-01"),
            sex: None,
            doses: &doses,
            checkups_done: &[],
            timing: Timing::Standard,
        };
        let err = plan(&c, d(today)).unwrap_err().to_string();
        assert!(err.contains(want), "{err}");
    }
}

/// The JSON is exactly the CLI's shape (issue 4).
#[test]
fn json_shape() {
    let p = run("2026-04-01", "2026-06-10", &["bcg:1:2026-06-01"]);
    let v = serde_json::to_value(&p).unwrap();
    assert_eq!(v["schedule_version"], "jp-2026-04-01");
    let bcg = v["vaccines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["code"] == "bcg")
        .unwrap();
    let line = &bcg["doses"][0];
    let keys: Vec<&str> = line
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    let mut want = vec![
        "dose",
        "status",
        "given",
        "earliest",
        "recommended_from",
        "recommended_until",
        "funded_until",
        "latest",
        "rule",
        "reasons",
    ];
    want.sort();
    let mut got = keys.clone();
    got.sort();
    assert_eq!(got, want);
    assert_eq!(line["status"], "done");
    // The reason in every catalog language, the default first.
    assert_eq!(line["reasons"][0]["lang"], "ja");
    assert_eq!(line["reasons"][1]["lang"], "en");
    assert_eq!(line["given"], "2026-06-01");
    assert_eq!(line["earliest"], serde_json::Value::Null);
    assert_eq!(line["funded_until"], "2027-03-31");
}

/// rsv-maternal: 妊娠28週0日 (LMP + 196) to 36週6日 (LMP + 258).
#[test]
fn maternal_rsv_window() {
    let lmp = d("2026-01-01");
    let p = maternal_plan(lmp, d("2026-04-01"), None).unwrap();
    assert_eq!(p.status, Upcoming);
    assert_eq!(p.earliest, Some(lmp + Duration::days(196)));
    assert_eq!(p.funded_until, Some(lmp + Duration::days(258)));
    let p = maternal_plan(lmp, lmp + Duration::days(196), None).unwrap();
    assert_eq!(p.status, Due);
    let p = maternal_plan(lmp, lmp + Duration::days(259), None).unwrap();
    assert_eq!(p.status, NotEligible);
    let p = maternal_plan(lmp, d("2026-09-01"), Some(lmp + Duration::days(200))).unwrap();
    assert_eq!(p.status, Done);
    assert!(
        p.reason(Lang::En).contains("routine"),
        "{}",
        p.reason(Lang::En)
    );
    let p = maternal_plan(lmp, d("2026-09-01"), Some(lmp + Duration::days(190))).unwrap();
    assert!(
        p.reason(Lang::En).contains("not publicly funded"),
        "{}",
        p.reason(Lang::En)
    );
    assert!(maternal_plan(d("2026-09-01"), d("2026-08-01"), None).is_err());
    assert!(maternal_plan(lmp, d("2026-09-01"), Some(d("2025-12-01"))).is_err());
}

/// boshi-hoken-12: 1歳6か月児 from the day after 1歳6か月 until 2歳に達する日.
#[test]
fn checkup_windows_from_data() {
    let w = checkup_windows(d("2026-01-15"));
    assert_eq!(w.len(), InfantCheckup::ALL.len());
    let m18 = w.iter().find(|(c, _, _)| *c == InfantCheckup::M18).unwrap();
    assert_eq!((m18.1, m18.2), (d("2027-07-15"), d("2028-01-14")));
    let y3 = w.iter().find(|(c, _, _)| *c == InfantCheckup::Y3).unwrap();
    assert_eq!((y3.1, y3.2), (d("2029-01-15"), d("2030-01-14")));
}

#[test]
fn reminders_cover_doses_and_checkups() {
    let done = [InfantCheckup::W2];
    let child = ChildFacts {
        birth: d("2026-04-01"),
        sex: None,
        doses: &[],
        checkups_done: &done,
        timing: Timing::Standard,
    };
    let r = reminders(&child, d("2026-05-01"), 40).unwrap();
    let ids: Vec<&str> = r.iter().map(|r| r.id.as_str()).collect();
    assert!(ids.contains(&"checkup:1m"), "{ids:?}");
    assert!(!ids.contains(&"checkup:2w"), "{ids:?}");
    assert!(ids.contains(&"vaccine:rotavirus:1"), "{ids:?}");
    assert!(ids.contains(&"vaccine:pcv:1"), "{ids:?}");
    assert!(!ids.contains(&"vaccine:mr:1"), "{ids:?}");
    let mut sorted = r.clone();
    sort_reminders(&mut sorted, d("2026-05-01"), |x| x);
    assert_eq!(sorted, r);
    let r2 = reminders(&child, d("2026-05-01"), 40).unwrap();
    assert_eq!(r, r2);
}

// ------------------------------------------------------------------ property test

/// Builds a history the way a clinic would: repeatedly give some open dose on or after
/// the earliest date the engine offers (plus a random delay).
fn grow(birth: NaiveDate, steps: &[(u8, u16)], end: NaiveDate) -> (Vec<GivenDose>, NaiveDate) {
    let mut doses: Vec<GivenDose> = Vec::new();
    let mut now = NaiveDate::from_ymd_opt(2026, 4, 1).unwrap().max(birth);
    for (pick, delay) in steps {
        let child = ChildFacts {
            birth,
            sex: Some(Sex::Female),
            doses: &doses,
            checkups_done: &[],
            timing: Timing::Standard,
        };
        let Ok(p) = plan(&child, now) else { break };
        let open: Vec<(VaccineCode, u32, NaiveDate, Option<NaiveDate>)> = p
            .vaccines
            .iter()
            .filter_map(|v| {
                v.doses
                    .iter()
                    .find(|l| matches!(l.status, Due | Overdue | Upcoming))
                    .and_then(|l| l.earliest.map(|e| (v.code, l.dose, e, l.funded_until)))
            })
            .collect();
        if open.is_empty() {
            break;
        }
        let (code, n, e, funded) = open[*pick as usize % open.len()];
        let mut date = e.max(now) + Duration::days(*delay as i64 % 60);
        // Stay inside the funded window (it also bounds upper age limits such as
        // rotavirus 24w0d), as a clinic giving a routine dose would.
        if let Some(f) = funded {
            date = date.min(f).max(e.max(now));
        }
        // Check again on the day itself, as the clinic would: another live vaccine given
        // since may have moved the earliest date.
        let on_the_day = plan(&child, date).ok().and_then(|p| {
            p.vaccines.iter().find(|v| v.code == code).and_then(|v| {
                v.doses
                    .iter()
                    .find(|l| l.dose == n && matches!(l.status, Due | Overdue | Upcoming))
                    .and_then(|l| l.earliest)
            })
        });
        match on_the_day {
            Some(e2) if e2 > date => date = e2,
            Some(_) => {}
            None => continue,
        }
        if funded.is_some_and(|f| date > f) {
            continue;
        }
        if date > end {
            break;
        }
        let brand = (code == V::Rotavirus)
            .then(|| if pick % 2 == 0 { "rotarix" } else { "rotateq" }.to_string());
        let brand = doses
            .iter()
            .find(|g| g.vaccine == V::Rotavirus)
            .and_then(|g| g.brand.clone())
            .or(brand);
        doses.push(GivenDose {
            vaccine: code,
            dose: n,
            date,
            brand,
        });
        now = date;
    }
    (doses, now)
}

proptest! {
    // Regressions are kept beside this file (rule_tests.proptest-regressions) and committed.
    #![proptest_config(ProptestConfig {
        cases: 64,
        failure_persistence: Some(Box::new(
            proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions"),
        )),
        .. ProptestConfig::default()
    })]

    #[test]
    fn plans_are_consistent(
        birth_off in 0i64..(18 * 365),
        steps in proptest::collection::vec((any::<u8>(), any::<u16>()), 0..25),
        later in 0i64..400,
    ) {
        let birth = d("2012-01-01") + Duration::days(birth_off);
        let end = birth.max(d("2026-04-01")) + Duration::days(16 * 365);
        let (doses, now) = grow(birth, &steps, end);
        let today = now + Duration::days(later);
        let child = ChildFacts { birth, sex: Some(Sex::Female), doses: &doses, checkups_done: &[], timing: Timing::Standard };
        let p = plan(&child, today).unwrap();
        let live = [V::Bcg, V::Mr, V::Varicella, V::Mumps];
        for v in &p.vaccines {
            for l in &v.doses {
                // No recommended date before the earliest date.
                if let Some(e) = l.earliest {
                    prop_assert!(l.recommended_from.is_none_or(|r| r >= e), "{:?} {l:?}", v.code);
                    prop_assert!(l.recommended_until.is_none_or(|r| r >= e), "{:?} {l:?}", v.code);
                }
                if let (Some(f), Some(u)) = (l.recommended_from, l.recommended_until) {
                    prop_assert!(f <= u, "{:?} {l:?}", v.code);
                }
                // Each dose given on or after the engine's earliest date counts.
                prop_assert!(l.status != Invalid, "{:?} {l:?} from {doses:?}", v.code);
                if l.status == Done {
                    let g = l.given.unwrap();
                    prop_assert!(g >= birth);
                    // Independent check of the 27-day live-vaccine rule.
                    if live.contains(&v.code) {
                        for o in doses.iter().filter(|o| o.vaccine != v.code && live.contains(&o.vaccine)) {
                            prop_assert!(!(o.date < g && g <= o.date + Duration::days(27)), "{:?} {g} after {o:?}", v.code);
                        }
                    }
                }
            }
            // Done doses of a series are in date order and never on the same day.
            let done: Vec<NaiveDate> = v.doses.iter().filter(|l| l.status == Done).filter_map(|l| l.given).collect();
            prop_assert!(done.windows(2).all(|w| w[0] < w[1]), "{:?} {done:?}", v.code);
        }
        // Independent check of minimum ages: no counted dose before the youngest age the
        // data allows for that dose number in any variant.
        // A variant whose dose declares no minimum age (PCV started at 2-7 months: dose 3
        // is bound by intervals only) allows it from birth on.
        let s = data::schedules().unwrap().iter().rev().find(|s| s.effective_from <= today).unwrap();
        for v in &p.vaccines {
            let rule = s.vaccine(v.code).unwrap();
            for l in v.doses.iter().filter(|l| l.status == Done) {
                let min = rule.variant.iter().filter_map(|var| var.dose.get(l.dose as usize - 1)).map(|r| r.min_age.map_or(birth, |m| m.on(birth))).min();
                if let Some(m) = min {
                    prop_assert!(l.given.unwrap() >= m, "{:?} {l:?} min {m}", v.code);
                }
            }
        }
    }
}

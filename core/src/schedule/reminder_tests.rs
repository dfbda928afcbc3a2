//! Reminders by kind (issue #19), the walk of one child from birth to age 2, and the
//! clinic visits.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Duration, NaiveDate};

use super::*;
use crate::Lang;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn child<'a>(birth: &str, doses: &'a [GivenDose], timing: Timing) -> ChildFacts<'a> {
    ChildFacts {
        birth: d(birth),
        sex: Some(Sex::Female),
        doses,
        checkups_done: &[],
        timing,
    }
}

fn doses(list: &[&str]) -> Vec<GivenDose> {
    list.iter().map(|t| t.parse().unwrap()).collect()
}

/// The dose lines of one vaccine in a plan.
fn lines(p: &Plan, code: VaccineCode) -> &[DosePlan] {
    &p.vaccines.iter().find(|v| v.code == code).unwrap().doses
}

fn find<'r>(r: &'r [Reminder], id: &str) -> Option<&'r Reminder> {
    r.iter().find(|x| x.id == id)
}

/// bcg-muni, je-muni: BCG's standard period is 5–8 months and JE's is age 3, so at 2
/// months neither is "due", though both may legally be given (BCG from birth, JE
/// from 6 months); the BCG nudge is dated the first day of its standard period.
#[test]
fn due_waits_for_the_standard_period() {
    let c = child("2026-04-01", &[], Timing::Standard);
    let r = reminders(&c, d("2026-06-01"), 30).unwrap();
    assert!(find(&r, "vaccine:bcg:1").is_none(), "{r:#?}");
    assert_eq!(find(&r, "vaccine:hepb:1").unwrap().kind, ReminderKind::Due);
    // Looking far enough ahead, BCG is due on the day 生後5月 is reached.
    let r = reminders(&c, d("2026-06-01"), 120).unwrap();
    let bcg = find(&r, "vaccine:bcg:1").unwrap();
    assert_eq!((bcg.kind, bcg.date), (ReminderKind::Due, d("2026-08-31")));
    assert_eq!(bcg.deadline, Some(d("2026-11-30")));
    assert!(
        bcg.message(Lang::Ja).contains("2026-08-31から"),
        "{}",
        bcg.message(Lang::Ja)
    );
    // JE at 7 months: possible, not due; the plan says "upcoming" and why.
    let r = reminders(&c, d("2026-11-01"), 30).unwrap();
    assert!(find(&r, "vaccine:je:1").is_none(), "{r:#?}");
    let p = plan(&c, d("2026-11-01")).unwrap();
    let je = &lines(&p, VaccineCode::Je)[0];
    assert_eq!(je.status, DoseStatus::Upcoming);
    assert!(
        je.reason(Lang::En).contains("has not begun"),
        "{}",
        je.reason(Lang::En)
    );
}

/// A family that chose "as early as allowed" hears about BCG from birth.
#[test]
fn earliest_timing_nudges_from_the_first_day_allowed() {
    let c = child("2026-04-01", &[], Timing::Earliest);
    let r = reminders(&c, d("2026-06-01"), 30).unwrap();
    let bcg = find(&r, "vaccine:bcg:1").unwrap();
    assert_eq!((bcg.kind, bcg.date), (ReminderKind::Due, d("2026-04-01")));
    assert_eq!(
        plan(&c, d("2026-06-01")).unwrap().vaccines[0].doses[0].status,
        DoseStatus::Due
    );
}

/// hepb-muni: standard 2–9 months. At 10 months with nothing given, HepB is overdue
/// (its own kind, marked urgent, listed first), free until the 1st birthday.
#[test]
fn overdue_is_its_own_kind_and_comes_first() {
    let c = child("2026-04-01", &[], Timing::Standard);
    let r = reminders(&c, d("2027-02-01"), 30).unwrap();
    let hepb = find(&r, "vaccine:hepb:1").unwrap();
    assert_eq!(hepb.kind, ReminderKind::Overdue);
    assert!(hepb.urgent);
    assert_eq!(hepb.deadline, Some(d("2027-03-31")));
    assert!(
        hepb.message(Lang::Ja)
            .contains("標準的な時期を過ぎています")
    );
    // The one word for a dose past its period, in the reminder as in the plan.
    assert!(
        hepb.message(Lang::Ja).contains("期間超過"),
        "{}",
        hepb.message(Lang::Ja)
    );
    assert!(
        hepb.message(Lang::En).contains("overdue"),
        "{}",
        hepb.message(Lang::En)
    );
    assert_eq!(r[0].kind, ReminderKind::Overdue, "{r:#?}");
    let first_plain = r.iter().position(|x| !x.urgent).unwrap_or(r.len());
    assert!(r[first_plain..].iter().all(|x| !x.urgent), "{r:#?}");
}

/// seirei: BCG is funded until the day before the 1st birthday (2027-03-31 for a
/// child born 2026-04-01). The warning comes 30, 14 and 7 days ahead, each
/// superseding the one before, and once more after it ended.
#[test]
fn funding_ends_is_told_30_14_and_7_days_ahead() {
    let given = doses(&[
        "hepb:1:2026-06-01",
        "hepb:2:2026-07-01",
        "hepb:3:2026-11-01",
    ]);
    let c = child("2026-04-01", &given, Timing::Standard);
    let at = |day: &str| reminders(&c, d(day), 0).unwrap();
    assert!(
        at("2027-02-28")
            .iter()
            .all(|x| x.kind != ReminderKind::FundingEnds)
    );
    for (day, step, left) in [
        ("2027-03-01", 30, 30),
        ("2027-03-16", 30, 15),
        ("2027-03-17", 14, 14),
        ("2027-03-24", 7, 7),
        ("2027-03-31", 7, 0),
    ] {
        let r = at(day);
        let f: Vec<&Reminder> = r
            .iter()
            .filter(|x| x.kind == ReminderKind::FundingEnds)
            .collect();
        assert_eq!(f.len(), 1, "{day}: {f:#?}");
        assert_eq!(
            f[0].id,
            format!("vaccine:bcg:1:funding_ends:{step}"),
            "{day}"
        );
        assert_eq!(f[0].deadline, Some(d("2027-03-31")));
        assert!(
            f[0].message(Lang::En)
                .contains(&format!("({left} days left)")),
            "{day}: {}",
            f[0].message(Lang::En)
        );
        assert!(f[0].urgent);
    }
    // Scheduled ahead: on 03-01, with 30 days of look-ahead, the 14- and 7-day
    // warnings are there for the phone to schedule, on their days.
    let r = reminders(&c, d("2027-03-01"), 30).unwrap();
    let w14 = find(&r, "vaccine:bcg:1:funding_ends:14").unwrap();
    assert_eq!(
        (w14.date, w14.notify_on),
        (d("2027-03-17"), d("2027-03-17"))
    );
    assert!(!w14.urgent);
    // After the end: said once, not dropped silently; gone after 30 days.
    let r = at("2027-04-05");
    let ended = find(&r, "vaccine:bcg:1:funding_ends:0").unwrap();
    assert!(
        ended.message(Lang::Ja).contains("終わりました"),
        "{}",
        ended.message(Lang::Ja)
    );
    assert!(find(&at("2027-05-01"), "vaccine:bcg:1:funding_ends:0").is_none());
}

/// rota-qa: Rotarix can be given only until 出生24週0日後; a dose still open near it
/// is a last chance (not merely the end of funding).
#[test]
fn last_chance_near_the_legal_age_limit() {
    let given = doses(&["rotavirus:1:2026-06-01:rotarix"]);
    let c = child("2026-04-01", &given, Timing::Standard);
    let limit = d("2026-04-01") + Duration::days(168);
    let r = reminders(&c, limit - Duration::days(10), 0).unwrap();
    let last = find(&r, "vaccine:rotavirus:2:last_chance:14").unwrap();
    assert_eq!(last.kind, ReminderKind::LastChance);
    assert_eq!(last.deadline, Some(limit));
    assert!(last.message(Lang::En).contains("can only be given until"));
    assert!(
        r.iter().all(|x| x.kind != ReminderKind::FundingEnds),
        "{r:#?}"
    );
}

/// Infant checkups: the window opening, and again a week before it closes.
#[test]
fn checkup_due_when_the_window_opens_and_before_it_closes() {
    let c = child("2026-04-01", &[], Timing::Standard);
    // 18m checkup: 2027-10-01 (18m + 1d) .. 2028-03-31 (2y).
    let r = reminders(&c, d("2027-10-01"), 0).unwrap();
    let open = find(&r, "checkup:18m").unwrap();
    assert_eq!(open.kind, ReminderKind::CheckupDue);
    assert_eq!(open.deadline, Some(d("2028-03-31")));
    let r = reminders(&c, d("2028-03-25"), 0).unwrap();
    assert!(find(&r, "checkup:18m").is_none(), "superseded");
    let closing = find(&r, "checkup:18m:closing").unwrap();
    assert!(
        closing.message(Lang::En).contains("6 days left"),
        "{}",
        closing.message(Lang::En)
    );
    let done = [InfantCheckup::M18];
    let c = ChildFacts {
        checkups_done: &done,
        ..c
    };
    assert!(
        reminders(&c, d("2028-03-25"), 0)
            .unwrap()
            .iter()
            .all(|x| x.checkup != Some(InfantCheckup::M18))
    );
}

#[test]
fn prenatal_visit_is_a_reminder_of_its_own_kind() {
    let r = prenatal_visit_reminder(d("2026-09-10"), d("2026-09-01"));
    assert_eq!(
        (r.id.as_str(), r.kind),
        ("prenatal_visit", ReminderKind::PrenatalVisit)
    );
    assert_eq!(r.message(Lang::Ja), "次の妊婦健診は2026-09-10です。");
    let r = prenatal_visit_reminder(d("2026-09-10"), d("2026-09-10"));
    assert_eq!(r.message(Lang::En), "Prenatal visit today.");
}

/// A dose recorded after today (a phone whose clock ran ahead) is left out of the
/// reminders and the visits, which still come; the plan names it.
#[test]
fn a_dose_dated_after_today_never_fails_the_screen() {
    let given = doses(&["hepb:1:2026-06-01", "bcg:1:2027-01-01"]);
    let c = child("2026-04-01", &given, Timing::Standard);
    let today = d("2026-07-01");
    assert!(plan(&c, today).is_err());
    let p = plan_skipping(&c, today).unwrap();
    assert_eq!(p.warnings.len(), 1);
    assert_eq!(p.warnings[0].date, Some(d("2027-01-01")));
    let r = reminders(&c, today, 30).unwrap();
    assert!(find(&r, "vaccine:hepb:2").is_some(), "{r:#?}");
    let v = visits(&c, today).unwrap();
    assert_eq!(v.warnings.len(), 1);
    assert!(
        v.visits
            .iter()
            .flat_map(|v| &v.doses)
            .any(|x| x.vaccine == VaccineCode::Bcg),
        "the BCG dated in the future is planned as not given"
    );
}

/// je-muni: JE dose 2 follows dose 1 at its standard date (age 3), not today; HPV
/// dose 2's standard window is closed (ends with the funded period).
#[test]
fn later_doses_follow_the_earlier_dose_s_recommended_date() {
    let c = child("2026-04-01", &[], Timing::Standard);
    let p = plan(&c, d("2026-11-01")).unwrap();
    let je = lines(&p, VaccineCode::Je);
    // 3歳に達した日 = the day before the 3rd birthday.
    assert_eq!(je[0].recommended_from, Some(d("2029-03-31")));
    assert_eq!(je[1].earliest, Some(d("2029-04-07")));
    assert_eq!(je[1].recommended_from, Some(d("2029-04-07")), "{:?}", je[1]);
    let girl = child("2025-06-01", &[], Timing::Standard);
    let p = plan(&girl, d("2037-10-01")).unwrap();
    for v in &p.vaccines {
        for l in &v.doses {
            assert_eq!(
                l.recommended_from.is_some(),
                l.recommended_until.is_some(),
                "{:?} {l:?}",
                v.code
            );
        }
    }
}

/// live-interval-2020: 27 days between injected live vaccines, between two doses of
/// the same one too: mumps dose 2 earliest 28 days after dose 1, and a dose 2 given
/// 10 days after dose 1 does not count.
#[test]
fn the_live_vaccine_interval_holds_within_a_series() {
    let given = doses(&["mumps:1:2025-09-15"]);
    let c = child("2024-09-03", &given, Timing::Standard);
    let p = plan_skipping(&c, d("2026-04-01")).unwrap();
    let m = lines(&p, VaccineCode::Mumps);
    assert_eq!(m[1].earliest, Some(d("2025-10-13")));
    assert_eq!(m[1].rule.as_ref().unwrap().source_id, "live-interval-2020");
    let given = doses(&["mumps:1:2025-09-15", "mumps:2:2025-09-25"]);
    let c = child("2024-09-03", &given, Timing::Standard);
    let p = plan_skipping(&c, d("2026-04-01")).unwrap();
    let m = lines(&p, VaccineCode::Mumps);
    assert_eq!(m[1].status, DoseStatus::Invalid, "{m:#?}");
}

/// The walk the issue asks for: one child, day by day from birth to age 2, every dose
/// given on the day its `due` reminder comes (its recommended date), except BCG,
/// which the family forgets. No `due` item ever appears before its standard period;
/// every deadline warning appears exactly on its day (30, 14 and 7 days ahead), and
/// the forgotten BCG gets all three.
#[test]
fn walk_from_birth_to_age_two() {
    let birth = d("2026-04-01");
    let end = d("2028-04-01");
    let mut given: Vec<GivenDose> = Vec::new();
    let mut warned: BTreeMap<String, NaiveDate> = BTreeMap::new();
    let mut day = birth;
    while day < end {
        let c = child("2026-04-01", &given, Timing::Standard);
        let p = plan(&c, day).unwrap_or_else(|e| panic!("{day}: {e}"));
        let r = reminders(&c, day, 0).unwrap_or_else(|e| panic!("{day}: {e}"));
        let mut ids = BTreeSet::new();
        for x in &r {
            assert!(ids.insert(&x.id), "{day}: duplicate id {}", x.id);
            assert!(x.date <= day, "{day}: beyond the horizon: {x:?}");
            if matches!(x.kind, ReminderKind::Due) {
                let (code, n) = (x.vaccine.unwrap(), x.dose.unwrap());
                let line = p
                    .vaccines
                    .iter()
                    .find(|v| v.code == code)
                    .and_then(|v| v.doses.iter().find(|l| l.dose == n && l.given.is_none()))
                    .unwrap();
                if let Some(from) = line.recommended_from {
                    assert!(day >= from, "{day}: {code} {n} due before {from}");
                }
                if code != VaccineCode::Bcg {
                    given.push(GivenDose {
                        vaccine: code,
                        dose: n,
                        date: day,
                        brand: (code == VaccineCode::Rotavirus).then(|| "rotarix".into()),
                    });
                }
            }
            if matches!(x.kind, ReminderKind::FundingEnds | ReminderKind::LastChance)
                && !x.id.ends_with(":0")
            {
                let step: i64 = x.id.rsplit(':').next().unwrap().parse().unwrap();
                let deadline = x.deadline.unwrap();
                assert_eq!(x.date, deadline - Duration::days(step), "{x:?}");
                warned.entry(x.id.clone()).or_insert(day);
            }
        }
        day += Duration::days(1);
    }
    for step in [30, 14, 7] {
        let id = format!("vaccine:bcg:1:funding_ends:{step}");
        assert_eq!(
            warned.get(&id),
            Some(&(d("2027-03-31") - Duration::days(step))),
            "{id}: {warned:?}"
        );
    }
    // Everything due by age 2 was given on its recommended date: nothing is overdue.
    let c = child("2026-04-01", &given, Timing::Standard);
    let r = reminders(&c, end - Duration::days(1), 0).unwrap();
    assert!(r.iter().all(|x| x.kind != ReminderKind::Overdue), "{r:#?}");
    let got: BTreeSet<VaccineCode> = given.iter().map(|g| g.vaccine).collect();
    for code in [
        VaccineCode::HepB,
        VaccineCode::Rotavirus,
        VaccineCode::DptIpvHib,
        VaccineCode::Pcv,
        VaccineCode::Mr,
        VaccineCode::Varicella,
    ] {
        assert!(got.contains(&code), "{code} never given: {given:?}");
    }
}

/// A 2-month-old with nothing given: the first visit holds what a Japanese clinic
/// gives together at 2 months (HepB, rotavirus, 5-in-1, PCV; not BCG, whose standard
/// period is 5–8 months); each next visit keeps every interval of the doses before
/// it, and each interval cites its source.
#[test]
fn visits_for_a_two_month_old() {
    let c = child("2026-04-10", &[], Timing::Standard);
    let v = visits(&c, d("2026-06-10")).unwrap();
    let first: BTreeSet<VaccineCode> = v.visits[0].doses.iter().map(|x| x.vaccine).collect();
    assert_eq!(
        first,
        BTreeSet::from([
            VaccineCode::HepB,
            VaccineCode::Rotavirus,
            VaccineCode::DptIpvHib,
            VaccineCode::Pcv
        ])
    );
    assert_eq!(v.visits[0].date, d("2026-06-10"));
    // The second visit: all second doses together, 28 days later (27日以上).
    assert_eq!(v.visits[1].date, d("2026-07-08"));
    assert_eq!(v.visits[1].doses.len(), 4);
    for x in &v.visits[1].doses {
        let rule = x.rule.as_ref().unwrap_or_else(|| panic!("{x:?}"));
        assert!(
            rule.text(Lang::En)
                .contains("after the previous dose on 2026-06-10"),
            "{rule:?}"
        );
    }
    // Replaying the visits as doses, every dose counts: no interval was broken.
    let mut all = Vec::new();
    for visit in &v.visits {
        assert!(visit.date <= v.until);
        for x in &visit.doses {
            assert!(x.earliest <= visit.date, "{x:?}");
            // Every interval that set a date names its source.
            if let Some(rule) = &x.rule {
                assert!(!rule.source_title.is_empty(), "{rule:?}");
            }
            all.push(GivenDose {
                vaccine: x.vaccine,
                dose: x.dose,
                date: visit.date,
                brand: None,
            });
        }
    }
    let c = child("2026-04-10", &all, Timing::Standard);
    let p = plan(&c, v.until).unwrap();
    assert!(
        p.vaccines
            .iter()
            .flat_map(|v| &v.doses)
            .all(|l| l.status != DoseStatus::Invalid),
        "{p:#?}"
    );
}

/// The reminders plan without texts (`say!`): the statuses and dates are exactly
/// those of the plan a screen shows, only the reasons and rule notes are left out.
#[test]
fn a_plan_without_texts_has_the_same_statuses_and_dates() {
    let s = schedule_on(d("2027-06-01")).unwrap();
    let given = doses(&[
        "hepb:1:2026-06-01",
        "hepb:2:2026-06-20",
        "rotavirus:1:2026-06-01:rotateq",
        "pcv:1:2026-06-01",
        "mumps:1:2027-04-05",
        "bcg:1:2027-04-20",
    ]);
    for (birth, today) in [
        ("2026-04-01", "2027-06-01"),
        ("2026-04-01", "2026-05-01"),
        ("2020-04-01", "2027-06-01"),
    ] {
        let c = child(birth, &given, Timing::Standard);
        let today = d(today);
        let Ok(full) = engine::plan(s, &c, today, true) else {
            continue;
        };
        let mut quiet = engine::plan(s, &c, today, false).unwrap();
        for (v, w) in quiet.vaccines.iter_mut().zip(&full.vaccines) {
            for (l, m) in v.doses.iter_mut().zip(&w.doses) {
                assert!(l.reasons.is_empty() && l.rule.is_none(), "{l:?}");
                l.reasons.clone_from(&m.reasons);
                l.rule.clone_from(&m.rule);
            }
        }
        assert_eq!(quiet, full, "{birth} {today}");
    }
}

/// With "as early as allowed", the first visit of a 2-month-old also holds BCG
/// (possible from birth; its standard period, 5–8 months, is not waited for).
#[test]
fn visits_as_early_as_allowed_bring_bcg_forward() {
    let c = child("2026-04-10", &[], Timing::Earliest);
    let v = visits(&c, d("2026-06-10")).unwrap();
    assert!(
        v.visits[0]
            .doses
            .iter()
            .any(|x| x.vaccine == VaccineCode::Bcg),
        "{:?}",
        v.visits[0]
    );
    let c = child("2026-04-10", &[], Timing::Standard);
    let v = visits(&c, d("2026-06-10")).unwrap();
    let bcg = v
        .visits
        .iter()
        .find(|x| x.doses.iter().any(|x| x.vaccine == VaccineCode::Bcg))
        .unwrap();
    assert_eq!(bcg.date, d("2026-09-09"), "生後5月");
}

#[test]
fn one_day_left_is_singular_in_english() {
    // Every day of a checkup's closing week, up to its last.
    let c = child("2026-04-01", &[], Timing::Standard);
    let mut seen_one = false;
    for offset in 0..400 {
        let today = d("2026-04-01") + Duration::days(offset);
        for r in reminders(&c, today, 0).unwrap() {
            assert!(
                !r.message(Lang::En).contains("(1 days"),
                "{}",
                r.message(Lang::En)
            );
            seen_one |= r.message(Lang::En).contains("(1 day left)");
        }
    }
    assert!(seen_one);
}

#[test]
fn an_overdue_dose_is_called_overdue_in_the_plan_and_the_japanese_has_no_english() {
    let c = child("2026-04-01", &[], Timing::Standard);
    let p = plan(&c, d("2027-02-01")).unwrap();
    let hepb = &p
        .vaccines
        .iter()
        .find(|v| v.code == VaccineCode::HepB)
        .unwrap()
        .doses[0];
    assert_eq!(hepb.status, DoseStatus::Overdue);
    assert!(
        hepb.reason(Lang::Ja).starts_with("期間超過"),
        "{}",
        hepb.reason(Lang::Ja)
    );
    assert!(
        hepb.reason(Lang::En).contains("overdue"),
        "{}",
        hepb.reason(Lang::En)
    );
    for line in p.vaccines.iter().flat_map(|v| &v.doses) {
        assert!(
            !line
                .reason(Lang::Ja)
                .chars()
                .any(|c| c.is_ascii_lowercase()),
            "{}",
            line.reason(Lang::Ja)
        );
    }
}

//! Walks a child's recorded doses against one schedule version and says, per dose, what
//! happened and what comes next.
//!
//! The walk per vaccine: pick the variant (brand, or the band of the age at the first
//! dose), assign each record to a dose slot (in date order, or by its number for MR and
//! JE whose periods are independent), check it against the slot's earliest date (minimum
//! age, intervals, the live-vaccine rule), and then plan the open slots, chaining the
//! earliest date of each from the one before. A record that fails its check is reported
//! as `invalid` and leaves the slot open, which is the "recomputed plan".

use chrono::{Datelike, Duration, NaiveDate};

use super::data::{
    After, DoseRule, FundingExtension, Interval, Maternal, Schedule, VaccineRule, Variant,
};
use super::{
    ChildFacts, DosePlan, DoseStatus, GivenDose, Plan, RuleNote, ScheduleError, Timing,
    VaccineCode, VaccinePlan,
};
use crate::Lang;
use crate::model::Sex;
use crate::model::gestation::GestationalAge;
use crate::text::Localized;

/// The plan of `child` on `today`; `texts` false leaves the reasons and rule notes
/// empty (for the reminders, which only read statuses and dates).
pub fn plan(
    s: &Schedule,
    child: &ChildFacts,
    today: NaiveDate,
    texts: bool,
) -> Result<Plan, ScheduleError> {
    if today < child.birth {
        return Err(ScheduleError::TodayBeforeBirth {
            birth: child.birth,
            today,
        });
    }
    for g in child.doses {
        if g.vaccine == VaccineCode::RsvMaternal {
            return Err(ScheduleError::NotAChildVaccine { vaccine: g.vaccine });
        }
        if g.date < child.birth {
            return Err(ScheduleError::DoseBeforeBirth {
                vaccine: g.vaccine,
                dose: g.dose,
                date: g.date,
                birth: child.birth,
            });
        }
        if g.date > today {
            return Err(ScheduleError::DoseInFuture {
                vaccine: g.vaccine,
                dose: g.dose,
                date: g.date,
                today,
            });
        }
        if let Some(rule) = s.vaccine(g.vaccine) {
            let max = rule.max_dose();
            if g.dose == 0 || g.dose > max {
                return Err(ScheduleError::DoseOutOfRange {
                    vaccine: g.vaccine,
                    dose: g.dose,
                    max,
                });
            }
        }
    }
    let mut vaccines = Vec::new();
    for code in VaccineCode::ALL {
        let Some(rule) = s.vaccine(code) else {
            continue;
        };
        let has = |codes: &[VaccineCode]| child.doses.iter().any(|g| codes.contains(&g.vaccine));
        let own = child.doses.iter().any(|g| g.vaccine == code);
        if !rule.only_if_started.is_empty() && !has(&rule.only_if_started) {
            continue;
        }
        if !own && !rule.hidden_if_started.is_empty() && has(&rule.hidden_if_started) {
            continue;
        }
        vaccines.push(plan_vaccine(s, rule, child, today, texts)?);
    }
    Ok(Plan {
        schedule_version: s.version.clone(),
        vaccines,
        warnings: Vec::new(),
    })
}

/// Per-walk facts shared by the helpers.
struct Walk<'a> {
    s: &'a Schedule,
    rule: &'a VaccineRule,
    child: &'a ChildFacts<'a>,
    today: NaiveDate,
    /// Season bounds for seasonal vaccines.
    season: Option<(NaiveDate, NaiveDate, NaiveDate)>,
    /// Whether to write the reasons and rule notes (see [`Walk::words`]).
    texts: bool,
}

/// Why a record did not count.
enum Invalid {
    TooEarly(NaiveDate),
    Interval(NaiveDate, Interval, NaiveDate),
    Live(VaccineCode, NaiveDate, NaiveDate),
    TooLate(NaiveDate),
    Extra,
}

#[derive(Clone, Default)]
struct Slot {
    given: Option<NaiveDate>,
    recorded_as: Option<u32>,
    skipped: bool,
    invalid: Vec<DosePlan>,
}

/// ISO date text; `Display` avoids re-parsing a format string on every call (the plan
/// writes a few dozen dates).
pub(super) fn fmt_d(d: NaiveDate) -> String {
    d.to_string()
}

fn plan_vaccine(
    s: &Schedule,
    rule: &VaccineRule,
    child: &ChildFacts,
    today: NaiveDate,
    texts: bool,
) -> Result<VaccinePlan, ScheduleError> {
    let mut records: Vec<&GivenDose> = child
        .doses
        .iter()
        .filter(|g| g.vaccine == rule.code)
        .collect();
    records.sort_by_key(|g| (g.date, g.dose));

    let season = rule.seasonal.as_ref().map(|se| season_bounds(se, today));
    if let Some((start, _, end)) = season {
        records.retain(|g| g.date >= start && g.date <= end);
    }

    // Brands: known names only, one product per series. A printed name
    // (「ロタリックス」) is its brand's code; errors name what the record says.
    let mut brand: Option<(&str, &str, NaiveDate)> = None;
    for g in &records {
        let Some(typed) = g.brand.as_deref() else {
            continue;
        };
        let b = rule.brand_code(typed).unwrap_or(typed);
        if !rule.brands.is_empty() && !rule.brands.iter().any(|k| k == b) {
            return Err(ScheduleError::UnknownBrand {
                vaccine: rule.code,
                brand: typed.to_string(),
                expected: rule.brands.join(", "),
            });
        }
        match brand {
            Some((first, first_typed, first_date)) if rule.same_brand && first != b => {
                return Err(ScheduleError::BrandSwitch {
                    vaccine: rule.code,
                    first: first_typed.to_string(),
                    first_date,
                    second: typed.to_string(),
                    second_date: g.date,
                });
            }
            None => brand = Some((b, typed, g.date)),
            _ => {}
        }
    }
    let brand = brand.map(|(b, _, date)| (b, date));
    let branded: Vec<&Variant> = rule.variant.iter().filter(|v| v.brand.is_some()).collect();
    let brand_unknown = !branded.is_empty() && brand.is_none();
    let pool: Vec<&Variant> = if branded.is_empty() {
        rule.variant.iter().collect()
    } else {
        match brand {
            Some((b, _)) => branded
                .into_iter()
                .filter(|v| v.brand.as_deref() == Some(b))
                .collect(),
            None => branded.into_iter().take(1).collect(),
        }
    };

    // Band by the age at the first dose (or today, if none yet).
    let first = records.first().map(|g| g.date).unwrap_or(today);
    let first = match season {
        Some((start, _, _)) => first.max(start),
        None => first,
    };
    let pos = pool
        .iter()
        .position(|v| {
            v.first_dose_until
                .is_none_or(|m| first <= m.on(child.birth))
        })
        .unwrap_or(pool.len().saturating_sub(1));
    let mut candidates: Vec<&Variant> = pool.get(pos).copied().into_iter().collect();
    candidates.extend(
        pool.iter()
            .skip(pos + 1)
            .filter(|v| v.first_dose_until.is_none()),
    );

    let walk = Walk {
        s,
        rule,
        child,
        today,
        season,
        texts,
    };
    let mut chosen: Option<Vec<DosePlan>> = None;
    for v in &candidates {
        let (doses, any_invalid) = walk.variant(v, &records, brand_unknown);
        if !any_invalid {
            chosen = Some(doses);
            break;
        }
        if chosen.is_none() {
            chosen = Some(doses);
        }
    }
    Ok(VaccinePlan {
        code: rule.code,
        doses: chosen.unwrap_or_default(),
    })
}

/// (season start, recommended until, season end) for the season shown on `today`: the one
/// under way from its start until 31 March, otherwise the coming one.
fn season_bounds(
    se: &super::data::Seasonal,
    today: NaiveDate,
) -> (NaiveDate, NaiveDate, NaiveDate) {
    let (m, d) = super::data::parse_month_day(&se.start).unwrap_or((10, 1));
    let (rm, rd) = super::data::parse_month_day(&se.recommended_until).unwrap_or((12, 31));
    let this = NaiveDate::from_ymd_opt(today.year(), m, d).unwrap_or(today);
    let start = if today >= this || today.month() >= 4 {
        this
    } else {
        NaiveDate::from_ymd_opt(today.year() - 1, m, d).unwrap_or(today)
    };
    let ry = if (rm, rd) >= (m, d) {
        start.year()
    } else {
        start.year() + 1
    };
    let rec = NaiveDate::from_ymd_opt(ry, rm, rd).unwrap_or(start);
    let end = NaiveDate::from_ymd_opt(start.year() + 1, m, d).unwrap_or(start) - Duration::days(1);
    (start, rec, end)
}

impl Walk<'_> {
    /// A text in every catalog language; none when the walk writes no texts: the
    /// reminders need statuses and dates only, and the texts are most of the cost of a
    /// plan (`message` is not even called).
    fn words(&self, message: impl Fn(Lang) -> String) -> Vec<Localized> {
        if self.texts {
            crate::text::every_lang(message)
        } else {
            Vec::new()
        }
    }

    fn birth(&self) -> NaiveDate {
        self.child.birth
    }

    fn is_live(&self) -> bool {
        self.s.live_rule.vaccines.contains(&self.rule.code)
    }

    /// Records of other injected live vaccines, for the 27-day rule.
    fn other_live(&self) -> impl Iterator<Item = &GivenDose> {
        let live = &self.s.live_rule.vaccines;
        let code = self.rule.code;
        self.child
            .doses
            .iter()
            .filter(move |g| g.vaccine != code && live.contains(&g.vaccine))
    }

    /// The first date on or after `from` that is not too soon after another injected live
    /// vaccine; with the vaccine and date that pushed it, if any.
    fn live_push(&self, from: NaiveDate) -> (NaiveDate, Option<(VaccineCode, NaiveDate)>) {
        if !self.is_live() {
            return (from, None);
        }
        let gap = self.s.live_rule.interval;
        let mut at = from;
        let mut cause = None;
        loop {
            let blocker = self
                .other_live()
                .filter(|g| g.date < at && at < gap.earliest_after(g.date))
                .max_by_key(|g| g.date);
            match blocker {
                Some(g) => {
                    at = gap.earliest_after(g.date);
                    cause = Some((g.vaccine, g.date));
                }
                None => return (at, cause),
            }
        }
    }

    /// The document a vaccine's own rules come from when an interval names none: its
    /// first source other than the 施行令 (which sets ages, not intervals).
    fn own_source(&self) -> &str {
        let all = &self.rule.sources;
        all.iter()
            .find(|id| id.as_str() != "seirei")
            .or(all.first())
            .map_or("", |id| id.as_str())
    }

    fn live_source(&self) -> &str {
        self.s
            .live_rule
            .sources
            .first()
            .map_or("", |id| id.as_str())
    }

    /// The rule that set a dose's earliest date, as the screen cites it.
    fn rule_note(
        &self,
        prev: NaiveDate,
        iv: Interval,
        source: &str,
        other: Option<VaccineCode>,
    ) -> RuleNote {
        let title = self.s.source(source).map_or(source, |s| s.title.as_str());
        let prev = fmt_d(prev);
        let texts = self.words(|lang| match other {
            Some(code) => crate::t!(
                lang,
                "schedule-rule-live",
                vaccine = code.label(lang),
                date = prev.as_str(),
                interval = iv.label(lang)
            ),
            None => crate::t!(
                lang,
                "schedule-rule-previous",
                date = prev.as_str(),
                interval = iv.label(lang)
            ),
        });
        RuleNote {
            texts,
            source_id: source.to_string(),
            source_title: title.to_string(),
        }
    }

    fn funded_until(&self, d: &DoseRule) -> Option<NaiveDate> {
        if !self.rule.routine {
            return None;
        }
        let w = d.funded.or(self.rule.funded)?;
        let mut until = w.until.on(self.birth());
        for x in &d.funding_extension {
            if self.birth() >= x.born_from && self.birth() <= x.born_until {
                until = until.max(x.until.on(self.birth()));
            }
        }
        if let Some(m) = d.max_age {
            until = until.min(m.on(self.birth()));
        }
        Some(until)
    }

    /// The funding extension that applies to this child, if any.
    fn extension<'d>(&self, d: &'d DoseRule) -> Option<&'d FundingExtension> {
        d.funding_extension
            .iter()
            .find(|x| self.birth() >= x.born_from && self.birth() <= x.born_until)
    }

    /// Date of the dose an interval is measured from: the slot's record, or its planned
    /// earliest date when it is still open (`plan_dates`).
    fn anchor(&self, k: usize, after: After, dates: &[Option<NaiveDate>]) -> Option<NaiveDate> {
        match after {
            After::Prev => k
                .checked_sub(1)
                .and_then(|i| dates.get(i).copied().flatten()),
            After::Dose(n) => dates.get(n as usize - 1).copied().flatten(),
            After::Last => dates[..k].iter().rev().find_map(|d| *d),
        }
    }

    /// Earliest date for slot `k` given the dates of the earlier slots (recorded or
    /// planned), plus the reason that bound it. Ignores the live rule (applied after).
    fn earliest<'v>(
        &'v self,
        v: &'v Variant,
        k: usize,
        dates: &[Option<NaiveDate>],
        skipped_before: bool,
    ) -> (NaiveDate, Option<(NaiveDate, Interval, &'v str)>) {
        let d = &v.dose[k];
        let mut at = d
            .min_age
            .map(|m| m.on(self.birth()))
            .unwrap_or(self.birth());
        let mut why = None;
        for r in &d.intervals {
            let min = if skipped_before {
                r.min_if_skipped.or(r.min)
            } else {
                r.min
            };
            if let (Some(min), Some(prev)) = (min, self.anchor(k, r.after, dates)) {
                let e = min.earliest_after(prev);
                if e > at {
                    at = e;
                    why = Some((prev, min, r.source.as_deref().unwrap_or(self.own_source())));
                }
            }
        }
        // The 27-day rule between injected live vaccines holds between two doses of
        // the same one too (mumps 2nd dose, whose series names no interval of its own).
        if self.is_live()
            && let Some(last) = dates[..k].iter().rev().find_map(|d| *d)
        {
            let gap = self.s.live_rule.interval;
            let e = gap.earliest_after(last);
            if e > at {
                at = e;
                why = Some((last, gap, self.live_source()));
            }
        }
        // Two doses of one series are never given on the same day, even where the
        // schedule names no interval.
        if let Some(last) = dates[..k].iter().rev().find_map(|d| *d)
            && last >= at
        {
            at = last + Duration::days(1);
        }
        if let Some((start, _, _)) = self.season {
            at = at.max(start);
        }
        (at, why)
    }

    /// Recommended window of slot `k`, never starting before `earliest`; `None` when
    /// the dose has no standard window or it is already out of reach.
    fn recommended(
        &self,
        v: &Variant,
        k: usize,
        dates: &[Option<NaiveDate>],
        earliest: NaiveDate,
    ) -> (Option<NaiveDate>, Option<NaiveDate>, Option<NaiveDate>) {
        let d = &v.dose[k];
        let mut from: Option<NaiveDate> = d.recommended.map(|w| w.from.on(self.birth()));
        let mut until: Option<NaiveDate> = d.recommended.map(|w| w.until.on(self.birth()));
        for r in &d.intervals {
            if let Some(prev) = self.anchor(k, r.after, dates) {
                if let Some(x) = r.rec_min {
                    let e = x.earliest_after(prev);
                    from = Some(from.map_or(e, |f| f.max(e)));
                }
                if let Some(x) = r.rec_max {
                    let l = x.latest_after(prev);
                    until = Some(until.map_or(l, |u| u.min(l)));
                }
            }
        }
        if let Some((start, rec, _)) = self.season {
            from = Some(from.map_or(start, |f| f.max(start)));
            until = Some(until.map_or(rec, |u| u.min(rec)));
        }
        let raw_until = until;
        if from.is_none() && until.is_none() {
            return (None, None, None);
        }
        let f = from.map_or(earliest, |f| f.max(earliest));
        match until {
            Some(u) if u < f => (None, None, raw_until),
            u => (Some(f), u, raw_until),
        }
    }

    /// Evaluates one variant: the dose lines and whether any record was invalid.
    fn variant(
        &self,
        v: &Variant,
        records: &[&GivenDose],
        brand_unknown: bool,
    ) -> (Vec<DosePlan>, bool) {
        let n = v.dose.len();
        let mut slots = vec![Slot::default(); n];
        let mut extra: Vec<DosePlan> = Vec::new();
        let mut any_invalid = false;
        let birth = self.birth();

        for g in records {
            // Which slot this record is for.
            let k = if self.rule.numbered {
                let k = g.dose as usize - 1;
                if k >= n || slots[k].given.is_some() {
                    None
                } else {
                    Some(k)
                }
            } else {
                let mut k = slots.iter().position(|s| s.given.is_none() && !s.skipped);
                // Skip slots whose last day has passed or that the previous dose made
                // unnecessary, as they would have been on this record's date.
                while let Some(i) = k {
                    if self.skip_reason(v, i, &slots, g.date).is_some() && i + 1 < n {
                        slots[i].skipped = true;
                        k = slots
                            .iter()
                            .enumerate()
                            .skip(i + 1)
                            .find(|(_, s)| s.given.is_none() && !s.skipped)
                            .map(|(j, _)| j);
                    } else {
                        break;
                    }
                }
                k
            };
            let Some(k) = k else {
                any_invalid = true;
                extra.push(self.invalid_line(g, g.dose, None, Invalid::Extra, v));
                continue;
            };
            let dates: Vec<Option<NaiveDate>> = slots.iter().map(|s| s.given).collect();
            let skipped_before = slots[..k].iter().any(|s| s.skipped);
            let (e, why) = self.earliest(v, k, &dates, skipped_before);
            let problem = if let Some(max) = v.dose[k].max_age.map(|m| m.on(birth))
                && g.date > max
            {
                Some(Invalid::TooLate(max))
            } else if g.date < e {
                Some(match why {
                    Some((prev, iv, _)) => Invalid::Interval(prev, iv, e),
                    None => Invalid::TooEarly(e),
                })
            } else {
                let (pushed, cause) = self.live_push(g.date);
                match cause {
                    Some((code, date)) if pushed > g.date => {
                        Some(Invalid::Live(code, date, pushed))
                    }
                    _ => None,
                }
            };
            match problem {
                None => {
                    slots[k].given = Some(g.date);
                    slots[k].recorded_as = Some(g.dose);
                }
                Some(p) => {
                    any_invalid = true;
                    let line = self.invalid_line(g, k as u32 + 1, Some(e), p, v);
                    slots[k].invalid.push(line);
                }
            }
        }

        // Plan the open slots, chaining planned dates.
        let mut dates: Vec<Option<NaiveDate>> = slots.iter().map(|s| s.given).collect();
        let mut out = Vec::new();
        let mut blocked = false; // an earlier slot of a sequential series is still open
        for k in 0..n {
            let d = &v.dose[k];
            let slot = &slots[k];
            out.extend(slot.invalid.iter().cloned());
            let funded = self.funded_until(d);
            if let Some(given) = slot.given {
                out.push(self.done_line(v, k, given, slot.recorded_as, funded));
                continue;
            }
            let skipped_before = slots[..k].iter().any(|s| s.skipped);
            let (e0, why) = self.earliest(v, k, &dates, skipped_before);
            // The first date the live-vaccine rule allows; if that is already past, a live
            // vaccine given since may block today, so look again from today.
            let (first, cause) = self.live_push(e0);
            let (e, cause) = if first <= self.today {
                let (t, c) = self.live_push(self.today);
                if t > self.today {
                    (t, c)
                } else {
                    (first, cause)
                }
            } else {
                (first, cause)
            };
            let gap = self.s.live_rule.interval;
            let rule = match (cause, why) {
                _ if !self.texts => None,
                (Some((code, at)), _) if gap.earliest_after(at) == e => {
                    Some(self.rule_note(at, gap, self.live_source(), Some(code)))
                }
                (_, Some((prev, iv, src))) => Some(self.rule_note(prev, iv, src, None)),
                _ => None,
            };
            let max = d.max_age.map(|m| m.on(self.birth()));
            let (rf, ru, raw_until) = self.recommended(v, k, &dates, e);
            // A standard period always has an end: where the schedule names none (HPV
            // 2nd dose: "6 months after the 1st"), it ends with the funded period or
            // the age limit.
            let ru = match (rf, ru) {
                (Some(_), None) => funded.or(max),
                (_, u) => u,
            };
            let depends = !d.intervals.is_empty() || (!self.rule.numbered && k > 0);
            let mut line = DosePlan {
                dose: k as u32 + 1,
                status: DoseStatus::Upcoming,
                given: None,
                earliest: Some(e),
                recommended_from: rf,
                recommended_until: ru,
                funded_until: funded,
                latest: max,
                rule,
                reasons: Vec::new(),
            };
            let skip = if slot.skipped {
                self.skip_reason(v, k, &slots, self.today.max(e))
                    .or(Some(Skip::MaxAge(max.unwrap_or(e))))
            } else {
                self.skip_reason(v, k, &slots, self.today)
            };
            let female_only =
                self.rule.sex.as_deref() == Some("female") && self.child.sex == Some(Sex::Male);
            if female_only {
                line.status = DoseStatus::NotEligible;
                line.reasons = self.words(|lang| crate::t!(lang, "schedule-reason-girls-only"));
                clear_dates(&mut line);
            } else if let Some(sk) = skip {
                line.status = DoseStatus::NotEligible;
                line.reasons = self.words(|lang| sk.text(lang, d));
                clear_dates(&mut line);
            } else if max.is_some_and(|m| e > m) {
                let m = max.unwrap_or(e);
                line.status = DoseStatus::NotEligible;
                let m = fmt_d(m);
                line.reasons = self.words(|lang| {
                    crate::t!(lang, "schedule-reason-past-age-limit", date = m.as_str())
                });
                clear_dates(&mut line);
            } else if let Some(fu) = funded.filter(|fu| self.today > *fu || e > *fu) {
                line.status = DoseStatus::NotEligible;
                let (earliest, until) = (fmt_d(e), fmt_d(fu));
                let ended = self.today > fu;
                line.reasons = self.words(|lang| {
                    if ended {
                        crate::t!(
                            lang,
                            "schedule-reason-funding-ended",
                            until = until.as_str()
                        )
                    } else {
                        crate::t!(
                            lang,
                            "schedule-reason-after-funding",
                            earliest = earliest.as_str(),
                            until = until.as_str()
                        )
                    }
                });
                line.recommended_from = None;
                line.recommended_until = None;
            } else if blocked && depends {
                line.status = DoseStatus::Upcoming;
                let earliest = fmt_d(e);
                line.reasons = self.words(|lang| {
                    crate::t!(
                        lang,
                        "schedule-reason-follows-previous",
                        earliest = earliest.as_str(),
                        funded = funded_text(lang, funded)
                    )
                });
            } else if e > self.today {
                line.status = DoseStatus::Upcoming;
                let earliest = fmt_d(e);
                line.reasons = self.words(|lang| {
                    crate::t!(
                        lang,
                        "schedule-reason-from",
                        earliest = earliest.as_str(),
                        recommended = recommended_text(lang, rf, ru),
                        funded = funded_text(lang, funded)
                    )
                });
            } else if self.child.timing == Timing::Standard
                && let Some(f) = rf.filter(|f| *f > self.today)
            {
                // Possible already, but the standard period (標準的な接種期間) has not
                // begun: it is not due yet, and nothing nudges the family before it.
                line.status = DoseStatus::Upcoming;
                let earliest = fmt_d(e);
                line.reasons = self.words(|lang| {
                    crate::t!(
                        lang,
                        "schedule-reason-before-standard",
                        earliest = earliest.as_str(),
                        recommended = recommended_text(lang, Some(f), ru),
                        funded = funded_text(lang, funded)
                    )
                });
            } else if let Some(u) = raw_until.filter(|u| *u < self.today) {
                line.status = DoseStatus::Overdue;
                let until = fmt_d(u);
                line.reasons = self.words(|lang| {
                    crate::t!(
                        lang,
                        "schedule-reason-overdue",
                        until = until.as_str(),
                        funded = funded_text(lang, funded)
                    )
                });
            } else {
                line.status = DoseStatus::Due;
                line.reasons = self.words(|lang| {
                    crate::t!(
                        lang,
                        "schedule-reason-due",
                        recommended = recommended_text(lang, rf, ru),
                        funded = funded_text(lang, funded)
                    )
                });
            }
            if self.texts && (line.status != DoseStatus::NotEligible || female_only) {
                // The schedule data's own notes, added as the catalog says.
                if d.note.is_some() && k == 0 {
                    append(&mut line.reasons, |lang| {
                        let note = d.note(lang).unwrap_or_default();
                        crate::t!(lang, "schedule-reason-note", note = note)
                    });
                }
                if let Some(x) = self.extension(d) {
                    append(&mut line.reasons, |lang| {
                        crate::t!(lang, "schedule-reason-extension", note = x.note(lang))
                    });
                }
                if brand_unknown {
                    append(&mut line.reasons, |lang| {
                        crate::t!(lang, "schedule-reason-brand-unknown")
                    });
                }
            }
            if line.status == DoseStatus::NotEligible {
                dates[k] = None;
            } else {
                // Later doses are planned from the day this one is planned for: its
                // recommended date in the standard plan (so JE dose 2 follows dose 1 at
                // age 3, not today), its earliest date when the family chose "as early
                // as allowed"; never before today, or the plan would show windows that
                // have already passed for doses that cannot be given yet.
                let planned = match self.child.timing {
                    Timing::Standard => rf.map_or(e, |f| f.max(e)),
                    Timing::Earliest => e,
                };
                dates[k] = Some(planned.max(self.today));
                // A later dose that counts its interval from this one waits for it
                // (numbered series too: JE 1期 dose 2 cannot precede dose 1).
                blocked = true;
            }
            out.push(line);
        }
        out.extend(extra);
        (out, any_invalid)
    }

    /// Why slot `k` is not needed or no longer possible on `on`, if it is.
    fn skip_reason(&self, v: &Variant, k: usize, slots: &[Slot], on: NaiveDate) -> Option<Skip> {
        let d = &v.dose[k];
        if let Some(m) = d.max_age.map(|m| m.on(self.birth()))
            && on > m
        {
            return Some(Skip::MaxAge(m));
        }
        if let Some(m) = d.skip_if_prev_after.map(|m| m.on(self.birth()))
            && let Some(prev) = slots[..k].iter().rev().find_map(|s| s.given)
            && prev > m
        {
            return Some(Skip::PrevAfter(prev, m));
        }
        None
    }

    fn done_line(
        &self,
        v: &Variant,
        k: usize,
        given: NaiveDate,
        recorded_as: Option<u32>,
        funded: Option<NaiveDate>,
    ) -> DosePlan {
        let d = &v.dose[k];
        let from = d
            .funded
            .or(self.rule.funded)
            .map(|w| w.from.on(self.birth()));
        let outside = funded.is_some_and(|fu| given > fu || from.is_some_and(|f| given < f));
        let recorded = recorded_as.filter(|r| *r != k as u32 + 1 && !self.rule.numbered);
        let given_on = fmt_d(given);
        let reasons = self.words(|lang| {
            let mut text = crate::t!(
                lang,
                "schedule-reason-given",
                date = given_on.as_str(),
                dose = d.label(lang)
            );
            if let Some(r) = recorded {
                text.push_str(&crate::t!(
                    lang,
                    "schedule-reason-recorded-as",
                    recorded = r,
                    counts = k + 1
                ));
            }
            if outside {
                text.push_str(&crate::t!(lang, "schedule-reason-outside-funding"));
            }
            text
        });
        DosePlan {
            dose: k as u32 + 1,
            status: DoseStatus::Done,
            given: Some(given),
            earliest: None,
            recommended_from: None,
            recommended_until: None,
            funded_until: funded,
            latest: None,
            rule: None,
            reasons,
        }
    }

    fn invalid_line(
        &self,
        g: &GivenDose,
        slot: u32,
        earliest: Option<NaiveDate>,
        why: Invalid,
        v: &Variant,
    ) -> DosePlan {
        let day = fmt_d(g.date);
        let day = day.as_str();
        let reasons = self.words(|lang| match &why {
            Invalid::TooEarly(e) => crate::t!(
                lang,
                "schedule-invalid-too-early",
                day = day,
                earliest = fmt_d(*e)
            ),
            Invalid::Interval(prev, iv, e) => crate::t!(
                lang,
                "schedule-invalid-interval",
                day = day,
                previous = fmt_d(*prev),
                interval = iv.label(lang),
                again = fmt_d(*e)
            ),
            Invalid::Live(code, other, e) => crate::t!(
                lang,
                "schedule-invalid-live",
                day = day,
                vaccine = code.label(lang),
                previous = fmt_d(*other),
                again = fmt_d(*e)
            ),
            Invalid::TooLate(m) => crate::t!(
                lang,
                "schedule-invalid-too-late",
                day = day,
                limit = fmt_d(*m)
            ),
            Invalid::Extra => crate::t!(
                lang,
                "schedule-invalid-extra",
                day = day,
                doses = v.dose.len()
            ),
        });
        DosePlan {
            dose: slot,
            status: DoseStatus::Invalid,
            given: Some(g.date),
            earliest,
            recommended_from: None,
            recommended_until: None,
            funded_until: None,
            latest: None,
            rule: None,
            reasons,
        }
    }
}

/// Adds a sentence to a text in each of its languages.
fn append(texts: &mut [Localized], more: impl Fn(Lang) -> String) {
    for t in texts {
        t.text.push_str(&more(t.lang));
    }
}

fn clear_dates(line: &mut DosePlan) {
    line.earliest = None;
    line.recommended_from = None;
    line.recommended_until = None;
}

enum Skip {
    MaxAge(NaiveDate),
    PrevAfter(NaiveDate, NaiveDate),
}

impl Skip {
    fn text(&self, lang: Lang, d: &DoseRule) -> String {
        match self {
            Skip::MaxAge(m) => crate::t!(
                lang,
                "schedule-skip-age-limit",
                dose = d.label(lang),
                limit = fmt_d(*m)
            ),
            Skip::PrevAfter(prev, m) => crate::t!(
                lang,
                "schedule-skip-previous-late",
                previous = fmt_d(*prev),
                after = fmt_d(*m)
            ),
        }
    }
}

/// 「標準的な時期は…〜…。」 / " Recommended … to …." (nothing without a period).
fn recommended_text(lang: Lang, f: Option<NaiveDate>, u: Option<NaiveDate>) -> String {
    match (f, u) {
        (Some(f), Some(u)) => crate::t!(
            lang,
            "schedule-recommended-window",
            from = fmt_d(f),
            until = fmt_d(u)
        ),
        (Some(f), None) => crate::t!(lang, "schedule-recommended-from", from = fmt_d(f)),
        _ => String::new(),
    }
}

/// 「公費は…まで。」, or 「任意接種（自費）です。」 for a vaccine no one funds.
fn funded_text(lang: Lang, f: Option<NaiveDate>) -> String {
    match f {
        Some(f) => crate::t!(lang, "schedule-funded-until", until = fmt_d(f)),
        None => crate::t!(lang, "schedule-voluntary"),
    }
}

pub fn maternal(
    m: &Maternal,
    lmp: NaiveDate,
    today: NaiveDate,
    given: Option<NaiveDate>,
) -> Result<DosePlan, ScheduleError> {
    let ga = |s: &str| {
        s.parse::<GestationalAge>()
            .map_err(|e| ScheduleError::DataCorrupt {
                file: "maternal".into(),
                message: e.to_string(),
            })
    };
    let from = lmp + Duration::days(ga(&m.from)?.days() as i64);
    let until = lmp + Duration::days(ga(&m.until)?.days() as i64);
    let mut line = DosePlan {
        dose: 1,
        status: DoseStatus::Upcoming,
        given,
        earliest: Some(from),
        recommended_from: Some(from),
        recommended_until: Some(until),
        funded_until: Some(until),
        latest: Some(until),
        rule: None,
        reasons: Vec::new(),
    };
    // The routine window, 「妊娠28週0日〜36週6日（…〜…）」 / "weeks 28w0d to 36w6d (…)".
    let window = |lang: Lang| {
        crate::t!(
            lang,
            "schedule-maternal-window",
            from = ga_label(lang, &m.from),
            until = ga_label(lang, &m.until),
            first = fmt_d(from),
            last = fmt_d(until)
        )
    };
    let both = |message: &dyn Fn(Lang) -> String| crate::text::every_lang(message);
    if let Some(g) = given {
        if g < lmp || g > today {
            return Err(ScheduleError::MaternalDoseOutsidePregnancy {
                date: g,
                lmp,
                today,
            });
        }
        line.status = DoseStatus::Done;
        line.earliest = None;
        line.recommended_from = None;
        line.recommended_until = None;
        let on = fmt_d(g);
        let at = GestationalAge::on(lmp, g);
        let ga_at = |lang| at.map(|a| a.label(lang)).unwrap_or_default();
        line.reasons = if g >= from && g <= until && g >= m.routine_from {
            both(&|lang| {
                crate::t!(
                    lang,
                    "schedule-maternal-given-routine",
                    date = on.as_str(),
                    ga = ga_at(lang)
                )
            })
        } else {
            both(&|lang| {
                crate::t!(
                    lang,
                    "schedule-maternal-given-outside",
                    date = on.as_str(),
                    ga = ga_at(lang),
                    window = window(lang)
                )
            })
        };
        return Ok(line);
    }
    if until < m.routine_from {
        // The whole window closed before the vaccine became routine: self-paid.
        line.funded_until = None;
        let routine = fmt_d(m.routine_from);
        line.reasons = both(&|lang| {
            crate::t!(
                lang,
                "schedule-maternal-voluntary",
                window = window(lang),
                routine = routine.as_str()
            )
        });
        if today < from {
            return Ok(line);
        }
        if today <= until {
            line.status = DoseStatus::Due;
        } else {
            line.status = DoseStatus::NotEligible;
            line.earliest = None;
            line.recommended_from = None;
            line.recommended_until = None;
        }
        return Ok(line);
    }
    if today < from {
        line.reasons =
            both(&|lang| crate::t!(lang, "schedule-maternal-upcoming", window = window(lang)));
    } else if today <= until {
        line.status = DoseStatus::Due;
        let last = fmt_d(until);
        line.reasons =
            both(&|lang| crate::t!(lang, "schedule-maternal-due", until = last.as_str()));
    } else {
        line.status = DoseStatus::NotEligible;
        line.recommended_from = None;
        line.recommended_until = None;
        line.earliest = None;
        line.reasons =
            both(&|lang| crate::t!(lang, "schedule-maternal-passed", window = window(lang)));
    }
    Ok(line)
}

/// A gestational age of the data (`"28w0d"`) as `lang` writes it, else as written.
fn ga_label(lang: Lang, s: &str) -> String {
    s.parse::<GestationalAge>()
        .map(|g| g.label(lang))
        .unwrap_or_else(|_| s.to_string())
}

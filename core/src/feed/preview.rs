//! What staff see before publishing (`hagukumi feed check`): the list a phone would
//! show at any life stage, side by side, and the lint of the feed (expired, shown to
//! everyone, no link, titles too long for a phone's list).
//!
//! The lists are computed exactly as on a phone: the feed is applied to a scratch
//! handbook in memory and [`Handbook::for_family`] is asked for each stage, so that
//! the preview cannot disagree with what families get.

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;

use super::format::{Audience, Feed};
use super::targeting::{Family, FamilyChild};
use crate::export::html::escape;
use crate::lang::Lang;
use crate::model::GestationalAge;
use crate::store::{ForYouItem, Handbook, SourceMeta};

/// A life stage to preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Stage {
    /// Completed weeks of pregnancy.
    PregnancyWeeks(u32),
    /// A child this many days old.
    ChildDays(u32),
    /// A child this many completed months old.
    ChildMonths(u32),
}

impl Stage {
    /// The stages shown when staff name none: early and late pregnancy, a newborn,
    /// and the ages of the statutory checkups (4 months, 1歳6か月, 3歳).
    pub const DEFAULT: [Stage; 6] = [
        Stage::PregnancyWeeks(10),
        Stage::PregnancyWeeks(28),
        Stage::ChildDays(10),
        Stage::ChildMonths(4),
        Stage::ChildMonths(18),
        Stage::ChildMonths(36),
    ];

    pub fn label(self, lang: Lang) -> String {
        match self {
            Stage::PregnancyWeeks(w) => crate::t!(lang, "feed-stage-pregnancy-weeks", weeks = w),
            Stage::ChildDays(d) => crate::t!(lang, "feed-stage-child-days", days = d),
            Stage::ChildMonths(m) if m >= 24 && m % 12 == 0 => {
                crate::t!(lang, "feed-stage-child-years", years = m / 12)
            }
            Stage::ChildMonths(m) => crate::t!(
                lang,
                "feed-stage-child-months",
                total = m,
                years = m / 12,
                months = m % 12
            ),
        }
    }

    /// A sample family at this stage on `today` (no district: district notices show,
    /// as they do on a phone where none is set).
    pub fn family(self, today: NaiveDate, lang: Lang) -> Family {
        let child = |birth_date: NaiveDate| Family {
            today,
            district: None,
            pregnancies: vec![],
            children: vec![FamilyChild {
                name: crate::t!(lang, "feed-preview-sample-child"),
                birth_date,
            }],
        };
        match self {
            Stage::PregnancyWeeks(w) => Family {
                today,
                district: None,
                pregnancies: vec![GestationalAge::from_weeks_days(w, 0)],
                children: vec![],
            },
            Stage::ChildDays(d) => child(
                today
                    .checked_sub_days(Days::new(u64::from(d)))
                    .unwrap_or(today),
            ),
            Stage::ChildMonths(m) => {
                child(today.checked_sub_months(Months::new(m)).unwrap_or(today))
            }
        }
    }
}

/// One column of the preview.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StagePreview {
    pub stage: Stage,
    pub label: String,
    pub items: Vec<ForYouItem>,
}

/// What the lint found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LintKind {
    /// Past its last day: phones drop it on arrival.
    Expired,
    /// No life stage and no district: every family sees it.
    Untargeted,
    /// No link to the city's page.
    MissingLink,
    /// Longer than a phone's list shows in two lines.
    LongTitle,
}

impl LintKind {
    /// The catalog id of the kind's short label (the preview's first column).
    pub fn label_id(self) -> &'static str {
        match self {
            LintKind::Expired => crate::tid!("feed-lint-kind-expired"),
            LintKind::Untargeted => crate::tid!("feed-lint-kind-untargeted"),
            LintKind::MissingLink => crate::tid!("feed-lint-kind-missing-link"),
            LintKind::LongTitle => crate::tid!("feed-lint-kind-long-title"),
        }
    }
}

/// Characters of a title a phone's list shows in two lines: about 20 Japanese
/// characters fit on one line of a 360 dp wide screen at the default text size (a
/// layout estimate of this project, not a standard).
pub const LONG_TITLE: usize = 40;

/// One finding of the lint.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lint {
    pub kind: LintKind,
    /// `notice`, `event` or `programme`.
    pub entry: &'static str,
    pub id: String,
    pub title: String,
    /// What it means and what to do, in the caller's language.
    pub message: String,
}

impl Lint {
    /// What kind of entry it is, in `lang` (`entry` is the machine name).
    pub fn entry_label(&self, lang: Lang) -> String {
        let id = match self.entry {
            "event" => crate::tid!("feed-entry-event"),
            "programme" => crate::tid!("feed-entry-programme"),
            _ => crate::tid!("feed-entry-notice"),
        };
        crate::text::text(lang, id)
    }
}

/// The feed as phones would list it at each of `stages` on `today`.
pub fn stages(
    feed: &Feed,
    feed_url: &str,
    stages: &[Stage],
    today: NaiveDate,
    lang: Lang,
) -> crate::Result<Vec<StagePreview>> {
    let mut hb = Handbook::open_in_memory()?.with_clock(crate::clock::FixedClock::on(today));
    hb.apply_feed(
        feed,
        &SourceMeta {
            feed_url: feed_url.to_string(),
            ..Default::default()
        },
    )?;
    stages
        .iter()
        .map(|&stage| {
            Ok(StagePreview {
                stage,
                label: stage.label(lang),
                items: hb.for_family(&stage.family(today, lang), lang)?,
            })
        })
        .collect()
}

/// The lint of the notices, events and programmes (directory entries have no
/// audience or validity).
pub fn lint(feed: &Feed, today: NaiveDate, lang: Lang) -> Vec<Lint> {
    let mut out = Vec::new();
    let mut check = |entry: &'static str,
                     id: &str,
                     title: &str,
                     last_day: Option<NaiveDate>,
                     audience: &Audience,
                     url: &Option<String>,
                     news: bool| {
        let mut add = |kind: LintKind, message: String| {
            out.push(Lint {
                kind,
                entry,
                id: id.to_string(),
                title: title.to_string(),
                message,
            });
        };
        if let Some(d) = last_day
            && d < today
        {
            add(
                LintKind::Expired,
                crate::t!(lang, "feed-lint-expired", date = d.to_string()),
            );
        }
        // News items from the city's RSS are for everyone by nature.
        if audience.is_everyone() && !news {
            add(
                LintKind::Untargeted,
                crate::t!(lang, "feed-lint-untargeted"),
            );
        }
        if url.is_none() {
            add(
                LintKind::MissingLink,
                crate::t!(lang, "feed-lint-missing-link"),
            );
        }
        let n = title.chars().count();
        if n > LONG_TITLE {
            add(
                LintKind::LongTitle,
                crate::t!(lang, "feed-lint-long-title", n = n, limit = LONG_TITLE),
            );
        }
    };
    for n in &feed.items {
        // Items imported from the city's news feed (their ids start with `news:`,
        // crate::feed::news).
        let news = n.id.starts_with("news:");
        check(
            "notice",
            &n.id,
            &n.title,
            n.hagukumi.valid_until,
            &n.hagukumi.audience,
            &n.url,
            news,
        );
    }
    for e in &feed.hagukumi.events {
        check(
            "event",
            &e.id,
            &e.name,
            e.end_date.or(e.start_date),
            &e.audience,
            &e.url,
            false,
        );
    }
    for p in &feed.hagukumi.programmes {
        check(
            "programme",
            &p.id,
            &p.name,
            p.deadline,
            &p.audience,
            &p.url,
            false,
        );
    }
    out
}

/// The preview as one self-contained HTML page (no script, no outside resource):
/// the lint, then one column per stage with the items as a phone lists them.
pub fn html(
    feed: &Feed,
    columns: &[StagePreview],
    lints: &[Lint],
    today: NaiveDate,
    lang: Lang,
) -> String {
    let mut h = String::new();
    h.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>{} — {}</title><style>{CSS}</style></head><body>\n",
        lang.code(),
        escape(&feed.title),
        crate::t!(lang, "feed-preview-title"),
    ));
    h.push_str(&format!(
        "<header><h1>{}</h1><p>{} · {} {} · {} {}</p></header>\n",
        escape(&feed.title),
        escape(&crate::t!(
            lang,
            "feed-preview-city",
            name = &feed.hagukumi.city.name,
            code = &feed.hagukumi.city.code
        )),
        crate::t!(lang, "feed-preview-generated"),
        escape(&feed.hagukumi.generated_at.to_rfc3339()),
        crate::t!(lang, "feed-preview-as-of"),
        today,
    ));
    if let Some(desk) = &feed.hagukumi.city.desk {
        h.push_str(&format!(
            "<p>{} {}</p>\n",
            crate::t!(lang, "feed-preview-desk"),
            escape(&desk.label(lang))
        ));
    }
    h.push_str(&format!(
        "<section class=\"lint\"><h2>{} ({})</h2>\n",
        crate::t!(lang, "feed-preview-lint"),
        lints.len()
    ));
    if lints.is_empty() {
        h.push_str(&format!(
            "<p>{}</p>",
            crate::t!(lang, "feed-preview-lint-none")
        ));
    } else {
        h.push_str(&format!(
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
            crate::t!(lang, "feed-preview-lint-kind"),
            crate::t!(lang, "feed-preview-lint-entry"),
            crate::t!(lang, "feed-preview-lint-what"),
        ));
        for l in lints {
            let kind = crate::text::text(lang, l.kind.label_id());
            h.push_str(&format!(
                "<tr class=\"{}\"><td>{kind}</td><td>{}<br><small>{} {}</small></td><td>{}</td></tr>\n",
                match l.kind {
                    LintKind::Expired => "expired",
                    LintKind::Untargeted => "untargeted",
                    LintKind::MissingLink => "missing-link",
                    LintKind::LongTitle => "long-title",
                },
                escape(&l.title),
                l.entry_label(lang),
                escape(&l.id),
                escape(&l.message),
            ));
        }
        h.push_str("</tbody></table>\n");
    }
    h.push_str("</section>\n<section class=\"stages\">\n");
    for c in columns {
        h.push_str(&format!(
            "<div class=\"phone\"><h2>{} <small>({})</small></h2>\n",
            escape(&c.label),
            c.items.len()
        ));
        if c.items.is_empty() {
            h.push_str(&format!(
                "<p class=\"none\">{}</p>",
                crate::t!(lang, "feed-preview-nothing")
            ));
        }
        for item in &c.items {
            let reasons: Vec<&str> = item.reasons.iter().map(|r| r.text.as_str()).collect();
            h.push_str(&format!(
                "<article class=\"{}\"><p class=\"cat\">{}{}</p><h3>{}</h3><p class=\"why\">{}</p><p class=\"body\">{}</p>{}</article>\n",
                if item.category == super::Category::Emergency { "card emergency" } else { "card" },
                escape(&item.category.label(lang)),
                item.date.map(|d| format!(" · {d}")).unwrap_or_default(),
                escape(&item.title),
                escape(&reasons.join(" · ")),
                escape(&item.body).replace('\n', "<br>"),
                item.url
                    .as_deref()
                    .map(|u| format!("<p class=\"url\">{}</p>", escape(u)))
                    .unwrap_or_default(),
            ));
        }
        h.push_str("</div>\n");
    }
    h.push_str("</section>\n</body></html>\n");
    h
}

const CSS: &str = "body{font-family:'IPAGothic','Noto Sans CJK JP',sans-serif;margin:16px;background:#f4f4f4;color:#222}\
h1{font-size:20px;margin:0}header p{margin:4px 0 12px;color:#555}\
.lint{background:#fff;border:1px solid #ddd;padding:8px 12px;margin-bottom:16px}\
.lint h2{font-size:16px;margin:4px 0}.lint table{border-collapse:collapse;width:100%;font-size:13px}\
.lint td,.lint th{border-top:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}\
tr.expired td:first-child{color:#b00}tr.untargeted td:first-child{color:#a60}\
.stages{display:flex;gap:12px;align-items:flex-start;overflow-x:auto}\
.phone{flex:0 0 280px;background:#fff;border:2px solid #333;border-radius:18px;padding:10px}\
.phone h2{font-size:15px;margin:2px 4px 8px}.none{color:#888}\
.card{border-bottom:1px solid #eee;padding:6px 4px}.card h3{font-size:14px;margin:2px 0}\
.emergency{background:#fff0f0}.cat{font-size:11px;color:#666;margin:0}\
.why{font-size:11px;color:#2a6;margin:2px 0}.body{font-size:12px;margin:2px 0}\
.url{font-size:11px;color:#36c;word-break:break-all;margin:2px 0}";

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Feed {
        super::super::open_signed(
            super::super::sample::SIGNED_FEED,
            &super::super::sample::city().unwrap(),
        )
        .unwrap()
    }

    fn today() -> NaiveDate {
        "2026-05-20".parse().unwrap()
    }

    /// Issue #20, point 4: any stage, not only the six fixed ones: the 両親学級 for
    /// 妊娠16〜31週 shows at week 22 and not at week 32.
    #[test]
    fn any_stage_can_be_previewed() {
        let cols = stages(
            &sample(),
            "https://example.invalid/feed.signed.json",
            &[
                Stage::PregnancyWeeks(22),
                Stage::PregnancyWeeks(32),
                Stage::ChildDays(3),
            ],
            today(),
            Lang::Ja,
        )
        .unwrap();
        let titles =
            |i: usize| -> Vec<String> { cols[i].items.iter().map(|x| x.title.clone()).collect() };
        assert_eq!(cols[0].label, "妊娠22週");
        assert!(
            titles(0).iter().any(|t| t == "両親学級（土曜コース）"),
            "{:?}",
            titles(0)
        );
        assert!(
            !titles(1).iter().any(|t| t == "両親学級（土曜コース）"),
            "{:?}",
            titles(1)
        );
        assert_eq!(cols[2].label, "生後3日");
        assert_eq!(Stage::ChildMonths(18).label(Lang::Ja), "1歳6か月");
        assert_eq!(Stage::ChildMonths(36).label(Lang::Ja), "3歳");
        assert_eq!(Stage::ChildMonths(4).label(Lang::Ja), "4か月");
        assert_eq!(Stage::ChildMonths(18).label(Lang::En), "18-month-old");
        assert_eq!(Stage::ChildMonths(36).label(Lang::En), "3-year-old");
    }

    /// #16: English chose no plural: "1 weeks pregnant".
    #[test]
    fn one_week_of_pregnancy_is_singular_in_english() {
        assert_eq!(Stage::PregnancyWeeks(1).label(Lang::En), "1 week pregnant");
        assert_eq!(
            Stage::PregnancyWeeks(28).label(Lang::En),
            "28 weeks pregnant"
        );
        assert_eq!(Stage::PregnancyWeeks(1).label(Lang::Ja), "妊娠1週");
    }

    #[test]
    fn the_lint_finds_expired_untargeted_linkless_and_long_entries() {
        let mut feed = sample();
        feed.items[0].title = "あ".repeat(LONG_TITLE + 1);
        let lints = lint(&feed, "2026-07-01".parse().unwrap(), Lang::Ja);
        let has = |kind: LintKind, id: &str| lints.iter().any(|l| l.kind == kind && l.id == id);
        assert!(has(LintKind::LongTitle, &feed.items[0].id), "{lints:?}");
        // The 4-month checkup notice for January babies ended on 2026-05-26.
        assert!(
            has(LintKind::Expired, "checkup-4m-born-2026-01"),
            "{lints:?}"
        );
        let everyone = feed
            .items
            .iter()
            .find(|n| n.hagukumi.audience.is_everyone() && !n.id.starts_with("news:"))
            .unwrap();
        assert!(has(LintKind::Untargeted, &everyone.id), "{lints:?}");
        let linkless = feed.items.iter().find(|n| n.url.is_none()).unwrap();
        assert!(has(LintKind::MissingLink, &linkless.id), "{lints:?}");
        // News items are for everyone by nature: not flagged as untargeted.
        let news = feed
            .items
            .iter()
            .find(|n| n.id.starts_with("news:"))
            .unwrap();
        assert!(!has(LintKind::Untargeted, &news.id), "{lints:?}");
    }

    #[test]
    fn the_page_escapes_what_the_feed_says() {
        let mut feed = sample();
        feed.title = "<script>alert(1)</script>".into();
        let cols = stages(
            &feed,
            "https://example.invalid/f",
            &Stage::DEFAULT,
            today(),
            Lang::En,
        )
        .unwrap();
        let page = html(
            &feed,
            &cols,
            &lint(&feed, today(), Lang::En),
            today(),
            Lang::En,
        );
        assert!(!page.contains("<script>"), "{page}");
        assert!(page.contains("&lt;script&gt;"));
        // #16: the entry's kind stood in English on the Japanese page.
        let ja = html(
            &feed,
            &cols,
            &lint(&feed, today(), Lang::Ja),
            today(),
            Lang::Ja,
        );
        assert!(
            ja.contains("<small>お知らせ ") && !ja.contains("<small>notice "),
            "{ja}"
        );
        assert!(page.contains("<small>notice "), "{page}");
        // #16: the city's code stood in full-width parentheses in English too.
        assert!(page.contains("こもれび市 (999990)"), "{page}");
        assert_eq!(page.matches("class=\"phone\"").count(), 6);
    }
}

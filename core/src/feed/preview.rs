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
        match (self, lang) {
            (Stage::PregnancyWeeks(w), Lang::Ja) => format!("妊娠{w}週"),
            (Stage::PregnancyWeeks(w), Lang::En) => format!("{w} weeks pregnant"),
            (Stage::ChildDays(d), Lang::Ja) => format!("生後{d}日"),
            (Stage::ChildDays(d), Lang::En) => format!("{d}-day-old"),
            (Stage::ChildMonths(m), Lang::Ja) if m >= 24 && m % 12 == 0 => {
                format!("{}歳", m / 12)
            }
            (Stage::ChildMonths(m), Lang::Ja) if m >= 12 => {
                format!("{}歳{}か月", m / 12, m % 12)
            }
            (Stage::ChildMonths(m), Lang::Ja) => format!("{m}か月"),
            (Stage::ChildMonths(m), Lang::En) if m >= 24 && m % 12 == 0 => {
                format!("{}-year-old", m / 12)
            }
            (Stage::ChildMonths(m), Lang::En) => format!("{m}-month-old"),
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
                name: lang.pick("はな", "Hana").to_string(),
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
                match lang {
                    Lang::Ja => format!("{d} で終わっています。端末には表示されません。"),
                    Lang::En => format!("ended on {d}: phones do not show it."),
                },
            );
        }
        // News items from the city's RSS are for everyone by nature.
        if audience.is_everyone() && !news {
            add(
                LintKind::Untargeted,
                lang.pick(
                    "対象（妊娠週数・月齢・地区）がないため、すべての家庭に表示されます。",
                    "no audience (pregnancy weeks, age, district): every family sees it.",
                )
                .to_string(),
            );
        }
        if url.is_none() {
            add(
                LintKind::MissingLink,
                lang.pick(
                    "リンク（url）がありません。詳しい案内や申込のページがあれば付けてください。",
                    "no link (url): add the page with details or the application form, if there is one.",
                )
                .to_string(),
            );
        }
        let n = title.chars().count();
        if n > LONG_TITLE {
            add(
                LintKind::LongTitle,
                match lang {
                    Lang::Ja => format!(
                        "題名が {n} 文字あります。一覧では {LONG_TITLE} 文字ほどで切れます。"
                    ),
                    Lang::En => format!(
                        "the title has {n} characters; a phone's list cuts it at about {LONG_TITLE}."
                    ),
                },
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
    let t = |ja: &'static str, en: &'static str| lang.pick(ja, en);
    let mut h = String::new();
    h.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>{} — {}</title><style>{CSS}</style></head><body>\n",
        lang.pick("ja", "en"),
        escape(&feed.title),
        t("プレビュー", "preview"),
    ));
    h.push_str(&format!(
        "<header><h1>{}</h1><p>{}（{}） · {} {} · {} {}</p></header>\n",
        escape(&feed.title),
        escape(&feed.hagukumi.city.name),
        escape(&feed.hagukumi.city.code),
        t("作成日時", "generated"),
        escape(&feed.hagukumi.generated_at.to_rfc3339()),
        t("表示日", "as of"),
        today,
    ));
    if let Some(desk) = &feed.hagukumi.city.desk {
        h.push_str(&format!(
            "<p>{} {}</p>\n",
            t("相談窓口:", "Consultation desk:"),
            escape(&desk.label(lang))
        ));
    }
    h.push_str(&format!(
        "<section class=\"lint\"><h2>{} ({})</h2>\n",
        t("確認事項", "Lint"),
        lints.len()
    ));
    if lints.is_empty() {
        h.push_str(&format!("<p>{}</p>", t("ありません。", "Nothing found.")));
    } else {
        h.push_str(&format!(
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
            t("種類", "kind"),
            t("項目", "entry"),
            t("内容", "what to do"),
        ));
        for l in lints {
            let kind = match l.kind {
                LintKind::Expired => t("期限切れ", "expired"),
                LintKind::Untargeted => t("対象なし", "untargeted"),
                LintKind::MissingLink => t("リンクなし", "missing link"),
                LintKind::LongTitle => t("題名が長い", "long title"),
            };
            h.push_str(&format!(
                "<tr class=\"{}\"><td>{kind}</td><td>{}<br><small>{} {}</small></td><td>{}</td></tr>\n",
                match l.kind {
                    LintKind::Expired => "expired",
                    LintKind::Untargeted => "untargeted",
                    LintKind::MissingLink => "missing-link",
                    LintKind::LongTitle => "long-title",
                },
                escape(&l.title),
                l.entry,
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
                t("（表示なし）", "(nothing)")
            ));
        }
        for item in &c.items {
            let reasons: Vec<&str> = item.reasons.iter().map(|r| r.text.as_str()).collect();
            h.push_str(&format!(
                "<article class=\"{}\"><p class=\"cat\">{}{}</p><h3>{}</h3><p class=\"why\">{}</p><p class=\"body\">{}</p>{}</article>\n",
                if item.category == super::Category::Emergency { "card emergency" } else { "card" },
                escape(item.category.label(lang)),
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
        assert_eq!(page.matches("class=\"phone\"").count(), 6);
    }
}

//! Owner of `city_config` and `feed_archive`: the city this handbook follows, and the
//! notices of the cities the family moved away from.
//!
//! A family that moves keeps its handbook: every record stays as it was (a move only
//! touches the feed tables and these two). What changes is the city whose feed the
//! phone applies. Before a city is stored, the handbook follows the city of the feed
//! it applied last, so that handbooks synced before this table existed are protected
//! the same way.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::{CTX_READ, bad_data};
use crate::error::{HandbookError, Result};
use crate::feed::format::{Category, Notice};
use crate::feed::{CityConfig, FeedError, PublicKey};
use crate::lang::Lang;
use crate::store::Handbook;

const CTX_MOVE: &str = "moving to another city";

/// A city by its code (全国地方公共団体コード) and name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CityRef {
    pub code: String,
    pub name: String,
}

/// What [`Handbook::move_to_city`] did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MoveReport {
    /// The city followed before: its stored configuration, or the city of the applied
    /// feed. `None` when no city was chosen and no feed applied yet.
    pub from: Option<CityRef>,
    pub to: CityRef,
    /// False when `to` is the city already followed: nothing was archived or removed
    /// (at most its configuration was updated, see `config_changed`).
    pub moved: bool,
    /// The stored configuration was written: a move, a first choice, or a new feed URL
    /// or key of the same city.
    pub config_changed: bool,
    /// The old city's notices now in the archive, with their read and bookmark marks.
    pub archived_notices: u32,
    /// The old city's events, support programmes, childcare facilities and medical
    /// institutions, removed.
    pub dropped_entries: u32,
}

/// One city the family left, with its notices.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ArchivedCity {
    pub code: String,
    pub name: String,
    /// When the family moved away (RFC 3339, UTC); the latest move if several.
    pub archived_at: String,
    /// Newest first.
    pub notices: Vec<ArchivedNotice>,
}

/// A notice of a city the family left, as the city published it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ArchivedNotice {
    pub id: String,
    pub category: Category,
    /// The category's label in the requested language.
    pub category_label: String,
    pub title: String,
    pub body: String,
    pub url: Option<String>,
    /// Published, a day in Japan.
    pub date: Option<NaiveDate>,
    pub read: bool,
    pub bookmarked: bool,
}

/// The city the handbook follows: the stored configuration, or before one was
/// stored, the city of the applied feed. `None` on a fresh handbook.
pub(super) fn followed_city(conn: &Connection) -> Result<Option<CityRef>> {
    let row = |r: &rusqlite::Row<'_>| {
        Ok(CityRef {
            code: r.get(0)?,
            name: r.get(1)?,
        })
    };
    let stored = conn
        .query_row("SELECT code, name FROM city_config", [], row)
        .optional()
        .map_err(HandbookError::sql(CTX_READ))?;
    if stored.is_some() {
        return Ok(stored);
    }
    conn.query_row("SELECT city_code, city_name FROM feed_source", [], row)
        .optional()
        .map_err(HandbookError::sql(CTX_READ))
}

fn stored_config(conn: &Connection) -> Result<Option<CityConfig>> {
    let row = conn
        .query_row(
            "SELECT code, name, name_en, feed_url, public_keys, desk FROM city_config",
            [],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            },
        )
        .optional()
        .map_err(HandbookError::sql(CTX_READ))?;
    let Some((code, name, name_en, feed_url, keys, desk)) = row else {
        return Ok(None);
    };
    let bad = |detail: String| HandbookError::BadStoredValue {
        what: "city configuration",
        detail,
    };
    let keys: Vec<String> = serde_json::from_str(&keys).map_err(|e| bad(e.to_string()))?;
    let public_keys = keys
        .iter()
        .map(|k| PublicKey::parse(k))
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| bad(e.to_string()))?;
    let desk = desk
        .map(|d| serde_json::from_str(&d))
        .transpose()
        .map_err(|e| bad(e.to_string()))?;
    Ok(Some(CityConfig {
        code,
        name,
        name_en,
        feed_url,
        public_keys,
        desk,
    }))
}

impl Handbook {
    /// The city configuration the family chose ([`Handbook::move_to_city`]), which
    /// [`crate::feed::sync_city`] syncs; `None` before a city is chosen.
    pub fn city(&self) -> Result<Option<CityConfig>> {
        stored_config(self.conn())
    }

    /// The city the handbook follows (a feed for any other city is refused): the
    /// stored configuration's, or before one is stored, the applied feed's.
    pub fn followed_city(&self) -> Result<Option<CityRef>> {
        followed_city(self.conn())
    }

    /// Follow `config`'s city from now on, in one transaction: the old city's notices
    /// go to the archive with the family's marks, the rest of its feed is removed,
    /// and the applied feed's bookkeeping is cleared so that the new city's first
    /// feed is accepted whatever its date. Every record of the handbook is untouched.
    ///
    /// Only notices are archived. Events, support programmes, childcare facilities
    /// and medical institutions describe what the old city offers to its residents:
    /// after a move they are wrong information (a nursery or clinic the family can no
    /// longer use, a subsidy it is no longer eligible for), and the old city still
    /// publishes them for anyone who needs them. A notice, on the other hand, is
    /// something the city told this family, which it may need to refer to later.
    ///
    /// Moving to the city already followed changes nothing but, if different, the
    /// stored configuration (a new feed URL or key), and clears the replay mark so
    /// that the city's next feed is accepted whatever its date (the way out of a
    /// mark left by a mistaken feed or a wrong clock): `moved` is false. A
    /// configuration that fails [`CityConfig::check`] is refused
    /// ([`FeedError::BadConfig`]) and nothing is written.
    pub fn move_to_city(
        &mut self,
        config: &CityConfig,
    ) -> std::result::Result<MoveReport, crate::HandbookError> {
        config.check()?;
        let keys = serde_json::to_string(
            &config
                .public_keys
                .iter()
                .map(PublicKey::to_base64)
                .collect::<Vec<_>>(),
        )
        .map_err(|e| FeedError::BadConfig {
            detail: e.to_string().into(),
        })?;
        let report = self.write(CTX_MOVE, |tx, ctx| {
            let from = followed_city(tx)?;
            let stored = stored_config(tx)?;
            let to = CityRef {
                code: config.code.clone(),
                name: config.name.clone(),
            };
            let moved = from.as_ref().is_some_and(|f| f.code != config.code);
            let mut report = MoveReport {
                from: from.clone(),
                to,
                moved,
                config_changed: stored.as_ref() != Some(config),
                archived_notices: 0,
                dropped_entries: 0,
            };
            if let Some(from) = from.as_ref().filter(|_| moved) {
                report.archived_notices =
                    tx.execute(
                        "INSERT OR REPLACE INTO feed_archive
                           (city_code, city_name, id, title, sort_date, data, read_at,
                            bookmarked_at, archived_at)
                         SELECT ?1, ?2, e.id, e.title, e.sort_date, e.data, s.read_at,
                                s.bookmarked_at, ?3
                         FROM feed_entries e
                         LEFT JOIN feed_entry_state s ON s.kind = e.kind AND s.id = e.id
                         WHERE e.kind = 'notice'",
                        params![from.code, from.name, ctx.now_text],
                    )
                    .map_err(HandbookError::sql(CTX_MOVE))? as u32;
                let removed = tx
                    .execute("DELETE FROM feed_entries", [])
                    .map_err(HandbookError::sql(CTX_MOVE))? as u32;
                report.dropped_entries = removed.saturating_sub(report.archived_notices);
                for sql in ["DELETE FROM feed_entry_state", "DELETE FROM feed_source"] {
                    tx.execute(sql, []).map_err(HandbookError::sql(CTX_MOVE))?;
                }
            } else {
                // Choosing the city already followed again clears the replay mark
                // (crate::feed::replay): the family's way out when a mistaken feed
                // or a wrong clock left a mark no genuine feed can pass. The notices
                // and the family's marks on them stay; the next feed replaces them.
                tx.execute("DELETE FROM feed_source", [])
                    .map_err(HandbookError::sql(CTX_MOVE))?;
            }
            if report.config_changed {
                tx.execute(
                    "INSERT INTO city_config
                       (singleton, code, name, name_en, feed_url, public_keys, chosen_at, desk)
                     VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)
                     ON CONFLICT (singleton) DO UPDATE SET
                       code = excluded.code, name = excluded.name, name_en = excluded.name_en,
                       feed_url = excluded.feed_url, public_keys = excluded.public_keys,
                       chosen_at = excluded.chosen_at, desk = excluded.desk",
                    params![
                        config.code,
                        config.name,
                        config.name_en,
                        config.feed_url,
                        keys,
                        ctx.now_text,
                        config
                            .desk
                            .as_ref()
                            .and_then(|d| serde_json::to_string(d).ok()),
                    ],
                )
                .map_err(HandbookError::sql(CTX_MOVE))?;
            }
            Ok(report)
        })?;
        Ok(report)
    }

    /// The notices of the cities the family left: the most recently left city first,
    /// each city's notices newest first, in `lang` where the city gave a translation.
    pub fn archived_notices(&self, lang: Lang) -> Result<Vec<ArchivedCity>> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT a.city_code, a.city_name, a.data, a.read_at, a.bookmarked_at,
                        m.last_archived
                 FROM feed_archive a
                 JOIN (SELECT city_code, max(archived_at) AS last_archived
                       FROM feed_archive GROUP BY city_code) m ON m.city_code = a.city_code
                 ORDER BY m.last_archived DESC, a.city_code,
                          a.sort_date DESC NULLS LAST, a.id",
            )
            .map_err(HandbookError::sql(CTX_READ))?;
        let mut rows = stmt.query([]).map_err(HandbookError::sql(CTX_READ))?;
        let mut cities: Vec<ArchivedCity> = Vec::new();
        while let Some(r) = rows.next().map_err(HandbookError::sql(CTX_READ))? {
            let get = |i| -> Result<Option<String>> {
                r.get::<_, Option<String>>(i)
                    .map_err(HandbookError::sql(CTX_READ))
            };
            let code = get(0)?.unwrap_or_default();
            let data = get(2)?.unwrap_or_default();
            let n: Notice = serde_json::from_str(&data).map_err(bad_data)?;
            let pick = |ja: &str, en: &Option<String>| match (lang, en) {
                (Lang::En, Some(en)) if !en.trim().is_empty() => en.clone(),
                _ => ja.to_string(),
            };
            let notice = ArchivedNotice {
                category: n.hagukumi.category,
                category_label: n.hagukumi.category.label(lang),
                title: pick(&n.title, &n.hagukumi.title_en),
                body: pick(&n.content_text, &n.hagukumi.content_text_en),
                url: n.url,
                date: n.date_published.map(super::jst_date),
                id: n.id,
                read: get(3)?.is_some(),
                bookmarked: get(4)?.is_some(),
            };
            match cities.last_mut() {
                Some(city) if city.code == code => city.notices.push(notice),
                _ => cities.push(ArchivedCity {
                    code,
                    name: get(1)?.unwrap_or_default(),
                    archived_at: get(5)?.unwrap_or_default(),
                    notices: vec![notice],
                }),
            }
        }
        Ok(cities)
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, FixedOffset};

    use super::*;
    use crate::clock::FixedClock;
    use crate::feed::SecretKey;
    use crate::feed::format::{City, Feed, NoticeExtension};
    use crate::model::{
        BirthMeasurements, Child, DiaryEntry, GrowthMeasurement, MotherProfile, Pregnancy, Sex,
        Subject,
    };
    use crate::store::{EntryKind, SourceMeta};

    const A: (&str, &str) = ("999990", "こもれび市");
    const B: (&str, &str) = ("131016", "ひだまり区");

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn config((code, name): (&str, &str), seed: u8) -> CityConfig {
        CityConfig {
            code: code.into(),
            name: name.into(),
            name_en: None,
            feed_url: format!("https://city-{code}.example.jp/feed.signed.json"),
            public_keys: vec![SecretKey::from_seed([seed; 32]).public_key()],
            desk: None,
        }
    }

    /// A feed of `city` with the given notices (published on the given days), one
    /// event and one facility.
    fn feed((code, name): (&str, &str), generated: &str, notices: &[(&str, &str)]) -> Feed {
        let city = City {
            code: code.into(),
            name: name.into(),
            name_en: None,
            desk: None,
        };
        let mut f = Feed::new(city, format!("{name} 子育て情報"), at(generated));
        f.items = notices
            .iter()
            .map(|(id, day)| Notice {
                id: (*id).into(),
                title: format!("{name}の{id}"),
                content_text: "本文".into(),
                url: None,
                date_published: Some(at(&format!("{day}T09:00:00+09:00"))),
                date_modified: None,
                tags: vec![],
                hagukumi: NoticeExtension::default(),
            })
            .collect();
        let json =
            format!(r#"{{"id": "{code}-ev", "name": "親子ひろば", "start_date": "2026-06-10"}}"#);
        f.hagukumi.events = vec![serde_json::from_str(&json).unwrap()];
        let json = format!(r#"{{"id": "{code}-nursery", "name": "ひだまり保育園"}}"#);
        f.hagukumi.childcare_facilities = vec![serde_json::from_str(&json).unwrap()];
        f
    }

    fn apply(hb: &mut Handbook, f: &Feed) -> std::result::Result<(), crate::HandbookError> {
        hb.apply_feed(
            f,
            &SourceMeta {
                feed_url: "https://example.jp/f".into(),
                ..Default::default()
            },
        )
        .map(|_| ())
    }

    fn child() -> Child {
        Child {
            name: "ひなた".into(),
            name_kana: None,
            sex: Sex::Female,
            birth_date: d("2026-01-15"),
            birth_order: 1,
            ga_at_birth: None,
            delivery_id: None,
            birth: BirthMeasurements::default(),
        }
    }

    /// Every row of every table outside the feed's and the city's, as text, sorted:
    /// whatever columns the records have (ids, revs, timestamps, tombstones).
    fn records(hb: &Handbook) -> Vec<(String, Vec<String>)> {
        let tables: Vec<String> = hb
            .conn()
            .prepare(
                "SELECT name FROM sqlite_schema WHERE type = 'table'
                   AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'feed%'
                   AND name <> 'city_config' AND name <> 'handbook_identity' ORDER BY name",
            )
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        tables
            .into_iter()
            .map(|t| {
                let mut stmt = hb
                    .conn()
                    .prepare(&format!("SELECT * FROM \"{t}\""))
                    .unwrap();
                let n = stmt.column_count();
                let mut rows: Vec<String> = stmt
                    .query_map([], |r| {
                        (0..n)
                            .map(|i| r.get::<_, rusqlite::types::Value>(i))
                            .collect::<rusqlite::Result<Vec<_>>>()
                            .map(|v| format!("{v:?}"))
                    })
                    .unwrap()
                    .collect::<rusqlite::Result<_>>()
                    .unwrap();
                rows.sort();
                (t, rows)
            })
            .collect()
    }

    #[test]
    fn moving_archives_the_old_notices_and_keeps_every_record() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("handbook.sqlite3");
        let mut hb = Handbook::open(&path)
            .unwrap()
            .with_clock(FixedClock::on(d("2026-05-20")));
        hb.set_mother_profile(MotherProfile {
            name: "さくら".into(),
            district: Some("中央区".into()),
            ..Default::default()
        })
        .unwrap();
        hb.add_pregnancy(Pregnancy {
            lmp: Some(d("2026-03-11")),
            fetuses: 1,
            ..Default::default()
        })
        .unwrap();
        let c = hb.add_child(child()).unwrap();
        hb.add_growth(GrowthMeasurement {
            child_id: c.id(),
            measured_on: d("2026-04-15"),
            weight_kg: Some(5.9),
            length_cm: None,
            position: None,
            head_cm: None,
            notes: None,
        })
        .unwrap();
        let gone = hb
            .add_diary(DiaryEntry {
                subjects: vec![Subject::Child(c.id())],
                written_on: d("2026-05-01"),
                text: "はじめて笑った".into(),
                mood: None,
                photos: vec![],
            })
            .unwrap();
        hb.delete_diary(gone.id()).unwrap();
        assert!(hb.move_to_city(&config(A, 1)).unwrap().config_changed);
        apply(
            &mut hb,
            &feed(
                A,
                "2026-05-10T09:00:00+09:00",
                &[("old", "2026-04-01"), ("new", "2026-05-01")],
            ),
        )
        .unwrap();
        assert!(hb.mark_feed_read(EntryKind::Notice, "new", true).unwrap());
        assert!(
            hb.set_feed_bookmark(EntryKind::Notice, "old", true)
                .unwrap()
        );
        let before = records(&hb);
        assert!(
            before
                .iter()
                .any(|(t, rows)| t == "children" && rows.len() == 1)
        );
        drop(hb);

        let mut hb = Handbook::open(&path)
            .unwrap()
            .with_clock(FixedClock::on(d("2026-05-21")));
        let report = hb.move_to_city(&config(B, 2)).unwrap();
        assert_eq!(
            report,
            MoveReport {
                from: Some(CityRef {
                    code: A.0.into(),
                    name: A.1.into()
                }),
                to: CityRef {
                    code: B.0.into(),
                    name: B.1.into()
                },
                moved: true,
                config_changed: true,
                archived_notices: 2,
                dropped_entries: 2,
            }
        );
        drop(hb);
        let mut hb = Handbook::open(&path)
            .unwrap()
            .with_clock(FixedClock::on(d("2026-05-21")));
        assert_eq!(records(&hb), before, "no record changed");
        assert_eq!(hb.city().unwrap(), Some(config(B, 2)));
        assert!(hb.feed_source().unwrap().is_none());
        assert!(hb.for_you(Lang::Ja).unwrap().is_empty());
        for kind in EntryKind::ALL {
            assert!(hb.feed_entries(kind).unwrap().is_empty(), "{kind:?}");
        }

        let archive = hb.archived_notices(Lang::Ja).unwrap();
        assert_eq!(archive.len(), 1);
        assert_eq!((archive[0].code.as_str(), archive[0].name.as_str()), A);
        let marks: Vec<(&str, bool, bool)> = archive[0]
            .notices
            .iter()
            .map(|n| (n.id.as_str(), n.read, n.bookmarked))
            .collect();
        assert_eq!(marks, [("new", true, false), ("old", false, true)]);
        assert_eq!(archive[0].notices[0].title, "こもれび市のnew");

        // B's first feed is accepted though older than A's last one; A's is refused.
        apply(
            &mut hb,
            &feed(B, "2026-05-01T09:00:00+09:00", &[("b1", "2026-04-20")]),
        )
        .unwrap();
        let ids: Vec<String> = hb
            .for_you(Lang::Ja)
            .unwrap()
            .into_iter()
            .filter(|i| i.kind == EntryKind::Notice)
            .map(|i| i.id)
            .collect();
        assert_eq!(ids, ["b1"]);
        let err = apply(
            &mut hb,
            &feed(A, "2026-05-30T09:00:00+09:00", &[("later", "2026-05-30")]),
        )
        .unwrap_err();
        assert!(
            matches!(&err, HandbookError::Feed(FeedError::WrongCity { expected, found }) if expected == B.0 && found == A.0),
            "{err:?}"
        );
        assert_eq!(records(&hb), before);
    }

    #[test]
    fn moving_to_the_same_city_changes_nothing() {
        let mut hb = Handbook::open_in_memory().unwrap();
        hb.move_to_city(&config(A, 1)).unwrap();
        apply(
            &mut hb,
            &feed(A, "2026-05-10T09:00:00+09:00", &[("n", "2026-05-01")]),
        )
        .unwrap();
        let report = hb.move_to_city(&config(A, 1)).unwrap();
        assert!(!report.moved && !report.config_changed, "{report:?}");
        assert_eq!(report.archived_notices + report.dropped_entries, 0);
        assert_eq!(hb.feed_entries(EntryKind::Notice).unwrap().len(), 1);
        assert!(hb.archived_notices(Lang::Ja).unwrap().is_empty());

        // The same city with a rotated key: only the configuration changes.
        let mut rotated = config(A, 1);
        rotated
            .public_keys
            .push(SecretKey::from_seed([3; 32]).public_key());
        let report = hb.move_to_city(&rotated).unwrap();
        assert!(!report.moved && report.config_changed, "{report:?}");
        assert_eq!(hb.city().unwrap(), Some(rotated));
        assert_eq!(hb.feed_entries(EntryKind::Notice).unwrap().len(), 1);
        // Only the replay mark (the applied feed's bookkeeping) is gone.
        assert!(hb.feed_source().unwrap().is_none());
    }

    /// Issue #14, hole 2: a phone whose clock was wrong (2100) when it applied a feed
    /// dated 2100 refuses every genuine feed once its clock is right again; choosing
    /// the city again is the family's way out.
    #[test]
    fn choosing_the_same_city_again_clears_a_mark_no_genuine_feed_can_pass() {
        let mut hb = Handbook::open_in_memory()
            .unwrap()
            .with_clock(FixedClock::on(d("2100-01-01")));
        hb.move_to_city(&config(A, 1)).unwrap();
        apply(
            &mut hb,
            &feed(A, "2100-01-01T09:00:00+09:00", &[("typo", "2026-05-01")]),
        )
        .unwrap();
        let mut hb = hb.with_clock(FixedClock::on(d("2026-05-20")));
        let genuine = feed(A, "2026-05-20T09:00:00+09:00", &[("n", "2026-05-01")]);
        assert_eq!(
            apply(&mut hb, &genuine).unwrap_err().kind().as_str(),
            "rollback"
        );
        let report = hb.move_to_city(&config(A, 1)).unwrap();
        assert!(!report.moved && !report.config_changed, "{report:?}");
        apply(&mut hb, &genuine).unwrap();
        let notices = hb.feed_entries(EntryKind::Notice).unwrap();
        assert_eq!(notices.len(), 1);
        assert_eq!(notices[0].id, "n");
    }

    #[test]
    fn an_invalid_configuration_is_refused_and_nothing_changes() {
        let mut hb = Handbook::open_in_memory().unwrap();
        hb.move_to_city(&config(A, 1)).unwrap();
        apply(
            &mut hb,
            &feed(A, "2026-05-10T09:00:00+09:00", &[("n", "2026-05-01")]),
        )
        .unwrap();
        let mut bad = [config(B, 2), config(B, 2), config(B, 2)];
        bad[0].code = "13101".into();
        bad[1].public_keys.clear();
        bad[2].feed_url = "http://city.example.jp/feed.signed.json".into();
        for config in bad {
            let err = hb.move_to_city(&config).unwrap_err();
            assert_eq!(err.kind().as_str(), "bad_config", "{err:?}");
        }
        assert_eq!(hb.city().unwrap().map(|c| c.code), Some(A.0.into()));
        assert_eq!(hb.feed_entries(EntryKind::Notice).unwrap().len(), 1);
        assert!(hb.archived_notices(Lang::Ja).unwrap().is_empty());
    }

    #[test]
    fn a_handbook_synced_before_choosing_follows_its_feed_city() {
        let mut hb = Handbook::open_in_memory().unwrap();
        assert_eq!(hb.followed_city().unwrap(), None);
        apply(
            &mut hb,
            &feed(A, "2026-05-10T09:00:00+09:00", &[("n", "2026-05-01")]),
        )
        .unwrap();
        assert_eq!(
            hb.followed_city().unwrap().map(|c| c.code),
            Some(A.0.into())
        );
        let err = apply(
            &mut hb,
            &feed(B, "2026-05-11T09:00:00+09:00", &[("m", "2026-05-01")]),
        )
        .unwrap_err();
        assert_eq!(err.kind().as_str(), "wrong_city");
        // Choosing the same city stores it without touching the feed.
        let report = hb.move_to_city(&config(A, 1)).unwrap();
        assert!(!report.moved && report.config_changed);
        assert_eq!(hb.feed_entries(EntryKind::Notice).unwrap().len(), 1);
    }

    #[test]
    fn archives_are_grouped_by_city_most_recently_left_first() {
        let mut hb = Handbook::open_in_memory().unwrap();
        let c = ("011002", "ゆきみ市");
        for (i, city) in [A, B, c].into_iter().enumerate() {
            // A day between moves, so that each has its own archived_at.
            hb = hb.with_clock(FixedClock::on(d(&format!("2026-05-2{i}"))));
            hb.move_to_city(&config(city, i as u8 + 1)).unwrap();
            apply(
                &mut hb,
                &feed(city, "2026-05-10T09:00:00+09:00", &[("n", "2026-05-01")]),
            )
            .unwrap();
        }
        let order: Vec<String> = hb
            .archived_notices(Lang::Ja)
            .unwrap()
            .into_iter()
            .map(|a| a.code)
            .collect();
        assert_eq!(order, [B.0, A.0]);
        // Back to A: A's archive stays; leaving again refreshes it.
        hb = hb.with_clock(FixedClock::on(d("2026-05-25")));
        hb.move_to_city(&config(A, 1)).unwrap();
        let order: Vec<String> = hb
            .archived_notices(Lang::Ja)
            .unwrap()
            .into_iter()
            .map(|a| a.code)
            .collect();
        assert_eq!(order, [c.0, B.0, A.0]);
    }
}

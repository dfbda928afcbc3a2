//! Moving to another city, end to end: two cities, each with its own signing key and
//! its own feed on a real HTTP server on 127.0.0.1. The family syncs city A, reads a
//! notice, moves to city B and syncs it: only B's notices are for the family now, A's
//! are in the archive with the read mark, A's feed is refused as another city's, and
//! every record of the handbook is as it was.

#![allow(clippy::unwrap_used)]

use std::time::Duration;

use chrono::{DateTime, NaiveDate};
use hagukumi_core::clock::FixedClock;
use hagukumi_core::feed::format::{City, Feed, Notice, NoticeExtension};
use hagukumi_core::feed::serve::{Served, serve_dir};
use hagukumi_core::feed::{
    CityConfig, FeedClient, FeedError, SecretKey, SyncOptions, SyncOutcome, signature, sync_city,
    sync_feed,
};
use hagukumi_core::store::EntryKind;
use hagukumi_core::{Handbook, Lang};
use hagukumi_e2e::sample_child;

const FILE: &str = "feed.signed.json";

struct Town {
    code: &'static str,
    name: &'static str,
    key: SecretKey,
    server: Served,
}

impl Town {
    /// A city publishing `notices` (ids) in `dir`, served on 127.0.0.1.
    async fn publish(
        dir: &std::path::Path,
        code: &'static str,
        name: &'static str,
        seed: u8,
        generated: &str,
        notices: &[&str],
    ) -> Town {
        let www = dir.join(code);
        std::fs::create_dir_all(&www).unwrap();
        let mut feed = Feed::new(
            City {
                code: code.into(),
                name: name.into(),
                name_en: None,
                desk: None,
            },
            format!("{name} 子育て情報"),
            DateTime::parse_from_rfc3339(generated).unwrap(),
        );
        feed.items = notices
            .iter()
            .map(|id| Notice {
                id: (*id).into(),
                title: format!("{name}: {id}"),
                content_text: "本文".into(),
                url: None,
                date_published: Some(
                    DateTime::parse_from_rfc3339("2026-04-01T09:00:00+09:00").unwrap(),
                ),
                date_modified: None,
                tags: vec![],
                hagukumi: NoticeExtension::default(),
            })
            .collect();
        let key = SecretKey::from_seed([seed; 32]);
        std::fs::write(www.join(FILE), signature::sign(&feed.to_json(), &key)).unwrap();
        let server = serve_dir(&www, 0).await.unwrap();
        Town {
            code,
            name,
            key,
            server,
        }
    }

    fn config(&self) -> CityConfig {
        CityConfig {
            code: self.code.into(),
            name: self.name.into(),
            name_en: None,
            feed_url: self.server.url(FILE),
            public_keys: vec![self.key.public_key()],
            desk: None,
        }
    }
}

/// The records as the handbook returns them, with their metadata (id, rev,
/// created_at, updated_at): a move must not rewrite any of them.
fn records(path: &std::path::Path) -> Vec<String> {
    let hb = Handbook::open(path).unwrap();
    let mut out = Vec::new();
    for c in hb.children().unwrap() {
        for g in hb.growth(c.id()).unwrap() {
            out.push(format!("{g:?}"));
        }
        out.push(format!("{c:?}"));
    }
    for p in hb.pregnancies().unwrap() {
        out.push(format!("{p:?}"));
    }
    out.push(format!("{:?}", hb.mother_profile().unwrap()));
    out
}

#[tokio::test]
async fn a_family_moves_from_one_city_to_another() {
    let dir = tempfile::tempdir().unwrap();
    let a = Town::publish(
        dir.path(),
        "999990",
        "こもれび市",
        21,
        "2026-05-10T09:00:00+09:00",
        &["a-checkup", "a-closed"],
    )
    .await;
    // B's feed is older than A's: a newcomer's first feed must not be a "rollback".
    let b = Town::publish(
        dir.path(),
        "131016",
        "ひだまり区",
        22,
        "2026-05-01T09:00:00+09:00",
        &["b-welcome"],
    )
    .await;
    let path = dir.path().join("handbook.sqlite3");
    let today: NaiveDate = "2026-05-20".parse().unwrap();
    let client = FeedClient::new(SyncOptions {
        connect_timeout: Duration::from_millis(500),
        timeout: Duration::from_millis(2000),
        attempts: 1,
        ..Default::default()
    })
    .unwrap();

    let mut hb = Handbook::open(&path)
        .unwrap()
        .with_clock(FixedClock::on(today));
    let child = hb
        .add_child(sample_child("ひなた", "2026-01-15".parse().unwrap()))
        .unwrap();
    hb.add_growth(hagukumi_core::model::GrowthMeasurement {
        child_id: child.id(),
        measured_on: "2026-04-15".parse().unwrap(),
        weight_kg: Some(5.9),
        length_cm: None,
        position: None,
        head_cm: None,
        notes: None,
    })
    .unwrap();
    hb.move_to_city(&a.config()).unwrap();
    let out = sync_city(&mut hb, &client).await.unwrap();
    assert!(
        matches!(out, SyncOutcome::Applied { report: ref r } if r.added == 2),
        "{out:?}"
    );
    assert!(
        hb.mark_feed_read(EntryKind::Notice, "a-checkup", true)
            .unwrap()
    );
    let before = records(&path);

    let report = hb.move_to_city(&b.config()).unwrap();
    assert!(report.moved, "{report:?}");
    assert_eq!(report.archived_notices, 2);
    let out = sync_city(&mut hb, &client).await.unwrap();
    assert!(
        matches!(out, SyncOutcome::Applied { report: ref r } if r.added == 1),
        "{out:?}"
    );

    let ids: Vec<String> = hb
        .for_you(Lang::Ja)
        .unwrap()
        .into_iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(ids, ["b-welcome"]);
    let archive = hb.archived_notices(Lang::Ja).unwrap();
    assert_eq!(archive.len(), 1);
    assert_eq!(archive[0].code, "999990");
    assert_eq!(archive[0].name, "こもれび市");
    let mut marks: Vec<(String, bool)> = archive[0]
        .notices
        .iter()
        .map(|n| (n.id.clone(), n.read))
        .collect();
    marks.sort();
    assert_eq!(
        marks,
        [("a-checkup".into(), true), ("a-closed".into(), false)]
    );

    // A's feed, correctly signed by A, is now another city's.
    let err = sync_feed(&mut hb, &a.config(), &client).await.unwrap_err();
    assert!(
        matches!(&err, hagukumi_core::HandbookError::Feed(FeedError::WrongCity { expected, found }) if expected == "131016" && found == "999990"),
        "{err:?}"
    );
    let ids: Vec<String> = hb
        .for_you(Lang::Ja)
        .unwrap()
        .into_iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(ids, ["b-welcome"], "the refused feed changed nothing");
    drop(hb);
    assert_eq!(records(&path), before, "every record is as it was");
}

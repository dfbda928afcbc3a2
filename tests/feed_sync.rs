//! The sync client against real HTTP servers on 127.0.0.1: the project's own static
//! server (`feed::serve`, what `hagukumi feed serve` runs) and a misbehaving one
//! written here (slow, failing, answering 503). In every failure the previously
//! synced feed, and the family's marks on it, must be exactly as they were.

#![allow(clippy::unwrap_used)]

use std::convert::Infallible;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use hagukumi_core::Handbook;
use hagukumi_core::clock::FixedClock;
use hagukumi_core::feed::format::{City, Feed, Notice, NoticeExtension};
use hagukumi_core::feed::serve::serve_dir;
use hagukumi_core::feed::{
    CityConfig, FeedClient, FeedError, SecretKey, SyncOptions, SyncOutcome, signature, sync_feed,
};
use hagukumi_core::store::EntryKind;
use http_body_util::Full;
use hyper::body::Bytes;

const FILE: &str = "feed.signed.json";

fn key() -> SecretKey {
    SecretKey::from_seed([11; 32])
}

fn feed(generated: &str, notices: usize) -> Feed {
    let city = City {
        code: "999990".into(),
        name: "こもれび市".into(),
        name_en: None,
        desk: None,
    };
    let at: DateTime<FixedOffset> = DateTime::parse_from_rfc3339(generated).unwrap();
    let mut f = Feed::new(city, "こもれび市 子育て情報".into(), at);
    f.items = (0..notices)
        .map(|i| Notice {
            id: format!("n{i}"),
            title: format!("お知らせ{i}"),
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
    f
}

fn signed(f: &Feed) -> Vec<u8> {
    signature::sign(&f.to_json(), &key())
}

fn city(url: String) -> CityConfig {
    CityConfig {
        code: "999990".into(),
        name: "こもれび市".into(),
        name_en: None,
        feed_url: url,
        public_keys: vec![key().public_key()],
        desk: None,
    }
}

fn options() -> SyncOptions {
    SyncOptions {
        connect_timeout: Duration::from_millis(500),
        timeout: Duration::from_millis(800),
        max_body_bytes: 1024 * 1024,
        attempts: 2,
        backoff: Duration::from_millis(20),
    }
}

struct World {
    _dir: tempfile::TempDir,
    feed_dir: std::path::PathBuf,
    hb: Handbook,
    server: hagukumi_core::feed::serve::Served,
    client: FeedClient,
}

impl World {
    /// A handbook with one good sync done (3 notices, one read and bookmarked).
    async fn synced() -> World {
        let dir = tempfile::tempdir().unwrap();
        let feed_dir = dir.path().join("www");
        std::fs::create_dir_all(&feed_dir).unwrap();
        std::fs::write(
            feed_dir.join(FILE),
            signed(&feed("2026-05-01T09:00:00+09:00", 3)),
        )
        .unwrap();
        let server = serve_dir(&feed_dir, 0).await.unwrap();
        let mut hb = Handbook::open(dir.path().join("handbook.sqlite3"))
            .unwrap()
            .with_clock(FixedClock::on("2026-05-20".parse().unwrap()));
        let client = FeedClient::new(options()).unwrap();
        let out = sync_feed(&mut hb, &city(server.url(FILE)), &client)
            .await
            .unwrap();
        assert!(
            matches!(out, SyncOutcome::Applied { report: ref r } if r.added == 3),
            "{out:?}"
        );
        assert!(hb.mark_feed_read(EntryKind::Notice, "n1", true).unwrap());
        assert!(hb.set_feed_bookmark(EntryKind::Notice, "n2", true).unwrap());
        World {
            _dir: dir,
            feed_dir,
            hb,
            server,
            client,
        }
    }

    fn config(&self) -> CityConfig {
        city(self.server.url(FILE))
    }

    /// Replace the published file (a new mtime and size, so a new ETag).
    fn publish(&self, bytes: &[u8]) {
        // Make sure the modification time moves even on coarse file systems.
        std::thread::sleep(Duration::from_millis(20));
        std::fs::write(self.feed_dir.join(FILE), bytes).unwrap();
    }

    async fn sync(
        &mut self,
        config: &CityConfig,
    ) -> Result<SyncOutcome, hagukumi_core::HandbookError> {
        sync_feed(&mut self.hb, config, &self.client).await
    }

    /// The first sync's data, untouched.
    #[track_caller]
    fn assert_intact(&self) {
        let notices = self.hb.feed_entries(EntryKind::Notice).unwrap();
        let ids: Vec<&str> = notices.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["n0", "n1", "n2"]);
        assert!(notices[1].read && notices[2].bookmarked);
        let src = self.hb.feed_source().unwrap().unwrap();
        assert_eq!(src.generated_at.to_rfc3339(), "2026-05-01T09:00:00+09:00");
    }
}

#[tokio::test]
async fn first_sync_then_unchanged_is_one_304() {
    let mut w = World::synced().await;
    let out = w.sync(&w.config()).await.unwrap();
    assert_eq!(out, SyncOutcome::NotModified { expired_removed: 0 });
    w.assert_intact();
}

#[tokio::test]
async fn a_changed_feed_is_applied_keeping_marks() {
    let mut w = World::synced().await;
    let mut next = feed("2026-05-02T09:00:00+09:00", 4);
    next.items[1].title = "お知らせ1（更新）".into();
    w.publish(&signed(&next));
    let out = w.sync(&w.config()).await.unwrap();
    let SyncOutcome::Applied { report: r } = out else {
        panic!("{out:?}")
    };
    assert_eq!((r.added, r.changed, r.unchanged, r.removed), (1, 1, 2, 0));
    let notices = w.hb.feed_entries(EntryKind::Notice).unwrap();
    assert_eq!(notices.len(), 4);
    assert!(notices[1].read && notices[2].bookmarked);
    // And unchanged again afterwards.
    assert!(matches!(
        w.sync(&w.config()).await.unwrap(),
        SyncOutcome::NotModified { .. }
    ));
}

#[tokio::test]
async fn server_down_is_a_connect_error() {
    let mut w = World::synced().await;
    let port = {
        let l = std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        l.local_addr().unwrap().port()
    };
    let err = w
        .sync(&city(format!("http://127.0.0.1:{port}/{FILE}")))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            hagukumi_core::HandbookError::Feed(FeedError::Connect { .. })
        ),
        "{err:?}"
    );
    assert!(hagukumi_core::Problem::is_transient(&err));
    w.assert_intact();
}

/// A server that answers each request according to `respond(n)` (n counts from 0),
/// after the delay it gives; returns the log of requests.
async fn misbehaving(
    respond: impl Fn(usize) -> (u16, Duration, Vec<u8>) + Send + Sync + 'static,
) -> (SocketAddr, Arc<std::sync::Mutex<Vec<Seen>>>) {
    serving(move |n, _| {
        let (status, delay, body) = respond(n);
        (response(status, &[], body), delay)
    })
    .await
}

#[tokio::test]
async fn a_slow_server_times_out_after_retrying() {
    let mut w = World::synced().await;
    let body = signed(&feed("2026-05-03T09:00:00+09:00", 1));
    let (addr, count) = misbehaving(move |_| (200, Duration::from_secs(3), body.clone())).await;
    let started = std::time::Instant::now();
    let err = w
        .sync(&city(format!("http://{addr}/{FILE}")))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            hagukumi_core::HandbookError::Feed(FeedError::Timeout { .. })
        ),
        "{err:?}"
    );
    assert_eq!(count.lock().unwrap().len(), 2, "two attempts");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    w.assert_intact();
}

#[tokio::test]
async fn a_transient_503_is_retried_and_then_succeeds() {
    let mut w = World::synced().await;
    let body = signed(&feed("2026-05-03T09:00:00+09:00", 1));
    let (addr, count) = misbehaving(move |n| {
        if n == 0 {
            (503, Duration::ZERO, b"busy".to_vec())
        } else {
            (200, Duration::ZERO, body.clone())
        }
    })
    .await;
    let out = w
        .sync(&city(format!("http://{addr}/{FILE}")))
        .await
        .unwrap();
    assert!(
        matches!(out, SyncOutcome::Applied { report: ref r } if r.total == 1),
        "{out:?}"
    );
    assert_eq!(count.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn a_404_fails_at_once() {
    let mut w = World::synced().await;
    let (addr, count) = misbehaving(|_| (404, Duration::ZERO, b"no".to_vec())).await;
    let err = w
        .sync(&city(format!("http://{addr}/{FILE}")))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            hagukumi_core::HandbookError::Feed(FeedError::HttpStatus { status: 404, .. })
        ),
        "{err:?}"
    );
    assert_eq!(count.lock().unwrap().len(), 1);
    w.assert_intact();
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused() {
    let mut w = World::synced().await;
    let big = signed(&feed("2026-05-03T09:00:00+09:00", 8000));
    assert!(big.len() > 1024 * 1024);
    w.publish(&big);
    let err = w.sync(&w.config()).await.unwrap_err();
    assert!(
        matches!(
            err,
            hagukumi_core::HandbookError::Feed(FeedError::TooLarge { .. })
        ),
        "{err:?}"
    );
    w.assert_intact();
}

#[tokio::test]
async fn invalid_json_is_refused() {
    let mut w = World::synced().await;
    w.publish(b"{\"hagukumi_signed_feed\": 1, \"payload\": ");
    let err = w.sync(&w.config()).await.unwrap_err();
    assert!(
        matches!(
            err,
            hagukumi_core::HandbookError::Feed(FeedError::InvalidJson { .. })
        ),
        "{err:?}"
    );
    w.assert_intact();
}

#[tokio::test]
async fn a_tampered_feed_is_refused() {
    let mut w = World::synced().await;
    let mut env: signature::Envelope =
        serde_json::from_slice(&signed(&feed("2026-05-03T09:00:00+09:00", 1))).unwrap();
    let other = signed(&feed("2026-05-04T09:00:00+09:00", 2));
    let other: signature::Envelope = serde_json::from_slice(&other).unwrap();
    env.payload = other.payload; // right key, signature of another document
    w.publish(&serde_json::to_vec(&env).unwrap());
    let err = w.sync(&w.config()).await.unwrap_err();
    assert!(
        matches!(
            err,
            hagukumi_core::HandbookError::Feed(FeedError::BadSignature)
        ),
        "{err:?}"
    );
    w.assert_intact();
}

#[tokio::test]
async fn a_feed_signed_by_another_key_is_refused() {
    let mut w = World::synced().await;
    let intruder = SecretKey::from_seed([66; 32]);
    w.publish(&signature::sign(
        &feed("2026-05-03T09:00:00+09:00", 1).to_json(),
        &intruder,
    ));
    let err = w.sync(&w.config()).await.unwrap_err();
    assert!(
        matches!(
            err,
            hagukumi_core::HandbookError::Feed(FeedError::UnknownKey { .. })
        ),
        "{err:?}"
    );
    w.assert_intact();
}

#[tokio::test]
async fn an_unsigned_feed_is_refused() {
    let mut w = World::synced().await;
    w.publish(&feed("2026-05-03T09:00:00+09:00", 1).to_json());
    let err = w.sync(&w.config()).await.unwrap_err();
    assert!(
        matches!(
            err,
            hagukumi_core::HandbookError::Feed(FeedError::MissingSignature)
        ),
        "{err:?}"
    );
    w.assert_intact();
}

#[tokio::test]
async fn a_replayed_older_feed_is_refused() {
    let mut w = World::synced().await;
    w.publish(&signed(&feed("2026-04-01T09:00:00+09:00", 1)));
    let err = w.sync(&w.config()).await.unwrap_err();
    assert!(
        matches!(
            err,
            hagukumi_core::HandbookError::Feed(FeedError::Rollback { .. })
        ),
        "{err:?}"
    );
    w.assert_intact();
}

#[tokio::test]
async fn a_feed_for_another_city_is_refused() {
    let mut w = World::synced().await;
    let mut f = feed("2026-05-03T09:00:00+09:00", 1);
    f.hagukumi.city.code = "131016".into();
    w.publish(&signed(&f));
    let err = w.sync(&w.config()).await.unwrap_err();
    assert!(
        matches!(
            err,
            hagukumi_core::HandbookError::Feed(FeedError::WrongCity { .. })
        ),
        "{err:?}"
    );
    w.assert_intact();
}

/// A body without Content-Length (chunked) is counted as it streams and cut off at
/// the limit, not read to the end.
#[tokio::test]
async fn a_chunked_body_over_the_limit_is_cut_off_while_streaming() {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let mut w = World::synced().await;
    let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let sent = Arc::new(AtomicUsize::new(0));
    let counter = sent.clone();
    tokio::spawn(async move {
        let Ok((mut stream, _)) = listener.accept().await else {
            return;
        };
        let mut request = [0u8; 4096];
        let _ = stream.read(&mut request).await;
        let head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n";
        if stream.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        let chunk = vec![b' '; 64 * 1024];
        // Up to 64 MiB, bounded: the client must hang up long before.
        for _ in 0..1024 {
            let frame = format!("{:x}\r\n", chunk.len());
            if stream.write_all(frame.as_bytes()).await.is_err()
                || stream.write_all(&chunk).await.is_err()
                || stream.write_all(b"\r\n").await.is_err()
            {
                return;
            }
            counter.fetch_add(chunk.len(), Ordering::SeqCst);
        }
    });
    let err = w
        .sync(&city(format!("http://{addr}/{FILE}")))
        .await
        .unwrap_err();
    assert!(
        matches!(err, hagukumi_core::HandbookError::Feed(FeedError::TooLarge { limit, seen }) if limit == 1024 * 1024 && seen > limit),
        "{err:?}"
    );
    assert!(
        sent.load(Ordering::SeqCst) < 8 * 1024 * 1024,
        "stopped early"
    );
    w.assert_intact();
}

// --- issue #14: hostile and mistaken feeds and servers ---------------------------

/// One request as a test server saw it.
#[derive(Debug, Clone)]
struct Seen {
    path: String,
    headers: hyper::HeaderMap,
}

type Handler = dyn Fn(usize, &Seen) -> (hyper::Response<Full<Bytes>>, Duration) + Send + Sync;

/// A server on 127.0.0.1 that answers with `handler(n, request)` at once and records
/// every request it gets (path and headers).
async fn recording(
    handler: impl Fn(usize, &Seen) -> hyper::Response<Full<Bytes>> + Send + Sync + 'static,
) -> (SocketAddr, Arc<std::sync::Mutex<Vec<Seen>>>) {
    serving(move |n, req| (handler(n, req), Duration::ZERO)).await
}

/// [`recording`] with a delay before each answer.
async fn serving(
    handler: impl Fn(usize, &Seen) -> (hyper::Response<Full<Bytes>>, Duration) + Send + Sync + 'static,
) -> (SocketAddr, Arc<std::sync::Mutex<Vec<Seen>>>) {
    let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let seen = Arc::new(std::sync::Mutex::new(Vec::<Seen>::new()));
    let handler: Arc<Handler> = Arc::new(handler);
    let log = seen.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let handler = handler.clone();
            let log = log.clone();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |req: hyper::Request<_>| {
                    let request = Seen {
                        path: req.uri().path().to_string(),
                        headers: req.headers().clone(),
                    };
                    let n = {
                        let mut log = log.lock().unwrap();
                        log.push(request.clone());
                        log.len() - 1
                    };
                    let (response, delay) = handler(n, &request);
                    async move {
                        tokio::time::sleep(delay).await;
                        Ok::<_, Infallible>(response)
                    }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    (addr, seen)
}

fn response(status: u16, headers: &[(&str, &str)], body: Vec<u8>) -> hyper::Response<Full<Bytes>> {
    let mut b = hyper::Response::builder().status(status);
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    b.body(Full::new(Bytes::from(body))).unwrap()
}

/// Hole 2: a correctly signed feed dated 2100 (a staff typo, a wrong server clock)
/// must not lock the phone out of every later genuine feed.
#[tokio::test]
async fn a_far_future_feed_is_refused_and_the_next_genuine_feed_applies() {
    let mut w = World::synced().await;
    w.publish(&signed(&feed("2100-01-01T09:00:00+09:00", 1)));
    let err = w.sync(&w.config()).await.unwrap_err();
    assert_eq!(err.kind().as_str(), "future_dated", "{err:?}");
    assert!(!hagukumi_core::Problem::is_transient(&err));
    w.assert_intact();
    // The city notices and publishes the feed again with the right date (the phone's
    // clock is noon on 2026-05-20): it applies, emergencies included.
    let mut fixed = feed("2026-05-20T08:00:00+09:00", 4);
    fixed.items[3].hagukumi.category = hagukumi_core::feed::Category::Emergency;
    w.publish(&signed(&fixed));
    let out = w.sync(&w.config()).await.unwrap();
    assert!(
        matches!(out, SyncOutcome::Applied { report: ref r } if r.total == 4),
        "{out:?}"
    );
}

/// Hole 8: a server that hands every request its own ETag and Last-Modified (a
/// per-device identifier) must never get them back.
#[tokio::test]
async fn a_per_request_etag_or_date_is_never_sent_back() {
    let mut w = World::synced().await;
    let body = signed(&feed("2026-05-02T09:00:00+09:00", 3));
    let (addr, seen) = recording(move |n, _| {
        let etag = format!("\"device-{n:04}-8f3a\"");
        let date = format!("Mon, 0{} Jan 2024 00:00:00 GMT", n % 9 + 1);
        response(
            200,
            &[("etag", &etag), ("last-modified", &date)],
            body.clone(),
        )
    })
    .await;
    let config = city(format!("http://{addr}/{FILE}"));
    for _ in 0..3 {
        w.sync(&config).await.unwrap();
    }
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 3);
    for r in seen.iter() {
        for name in ["if-none-match", "if-modified-since", "cookie", "referer"] {
            assert!(r.headers.get(name).is_none(), "{name} sent: {r:?}");
        }
    }
}

/// Hole 8: a validator that is the hash of the signed document (the same for every
/// phone holding that feed) is kept, so an unchanged feed still costs one 304.
#[tokio::test]
async fn a_content_hash_etag_is_sent_back_and_answered_with_304() {
    let mut w = World::synced().await;
    let next = feed("2026-05-02T09:00:00+09:00", 3);
    let body = signed(&next);
    let etag = hagukumi_core::feed::sync::content_etag(&next.to_json());
    let (addr, seen) = recording(move |_, req| {
        let inm = req
            .headers
            .get("if-none-match")
            .and_then(|v| v.to_str().ok());
        if inm == Some(etag.as_str()) {
            response(304, &[("etag", &etag)], vec![])
        } else {
            response(200, &[("etag", &etag)], body.clone())
        }
    })
    .await;
    let config = city(format!("http://{addr}/{FILE}"));
    assert!(matches!(
        w.sync(&config).await.unwrap(),
        SyncOutcome::Applied { .. }
    ));
    assert!(matches!(
        w.sync(&config).await.unwrap(),
        SyncOutcome::NotModified { .. }
    ));
    let seen = seen.lock().unwrap();
    assert!(seen[0].headers.get("if-none-match").is_none());
    assert!(seen[1].headers.get("if-none-match").is_some());
}

/// Hole 8: a redirect to another origin is refused (typed error, the other server
/// never asked, no Referer anywhere); one on the same origin is followed.
#[tokio::test]
async fn redirects_stay_on_the_same_origin_and_carry_no_referer() {
    let mut w = World::synced().await;
    let body = signed(&feed("2026-05-02T09:00:00+09:00", 2));
    let (elsewhere, elsewhere_seen) = recording({
        let body = body.clone();
        move |_, _| response(200, &[], body.clone())
    })
    .await;
    let away = format!("http://{elsewhere}/{FILE}");
    let (addr, seen) = recording(move |_, req| match req.path.as_str() {
        "/away" => response(302, &[("location", &away)], vec![]),
        "/moved" => response(301, &[("location", "/feed.signed.json")], vec![]),
        _ => response(200, &[("etag", "\"x\"")], body.clone()),
    })
    .await;

    let err = w
        .sync(&city(format!("http://{addr}/away")))
        .await
        .unwrap_err();
    assert_eq!(err.kind().as_str(), "redirect_refused", "{err:?}");
    assert!(elsewhere_seen.lock().unwrap().is_empty());
    w.assert_intact();

    let out = w.sync(&city(format!("http://{addr}/moved"))).await.unwrap();
    assert!(
        matches!(out, SyncOutcome::Applied { report: ref r } if r.total == 2),
        "{out:?}"
    );
    let seen = seen.lock().unwrap();
    assert_eq!(seen.last().unwrap().path, "/feed.signed.json");
    assert!(
        seen.iter().all(|r| r.headers.get("referer").is_none()),
        "{seen:?}"
    );
}

/// `feed serve` serves only what is inside its folder: a symbolic link pointing out
/// of it is not followed.
#[cfg(unix)]
#[tokio::test]
async fn serve_does_not_follow_a_symlink_out_of_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let www = dir.path().join("www");
    std::fs::create_dir_all(www.join("sub")).unwrap();
    std::fs::write(dir.path().join("secret.txt"), b"not for the web").unwrap();
    std::fs::write(www.join("inside.txt"), b"public").unwrap();
    std::os::unix::fs::symlink(dir.path().join("secret.txt"), www.join("leak.txt")).unwrap();
    std::os::unix::fs::symlink(dir.path(), www.join("sub/up")).unwrap();
    std::os::unix::fs::symlink(www.join("inside.txt"), www.join("alias.txt")).unwrap();
    let server = serve_dir(&www, 0).await.unwrap();
    let client = reqwest_get;
    assert_eq!(
        client(&server.url("inside.txt")).await,
        (200, b"public".to_vec())
    );
    assert_eq!(client(&server.url("leak.txt")).await.0, 404);
    assert_eq!(client(&server.url("sub/up/secret.txt")).await.0, 404);
    // A link that stays inside the folder is fine.
    assert_eq!(
        client(&server.url("alias.txt")).await,
        (200, b"public".to_vec())
    );
}

async fn reqwest_get(url: &str) -> (u16, Vec<u8>) {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let url = url.strip_prefix("http://").unwrap();
    let (host, path) = url.split_once('/').unwrap();
    let mut s = tokio::net::TcpStream::connect(host).await.unwrap();
    s.write_all(
        format!("GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await
    .unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).await.unwrap();
    let text = String::from_utf8_lossy(&out).to_string();
    let status = text[9..12].parse().unwrap();
    let body = text.split_once("\r\n\r\n").unwrap().1.as_bytes().to_vec();
    (status, body)
}

/// `feed serve` hangs up on a client that never finishes its request headers
/// (slowloris), instead of holding the connection open forever.
#[tokio::test]
async fn serve_hangs_up_on_a_client_that_never_finishes_its_headers() {
    use hagukumi_core::feed::serve::{ServeOptions, serve_dir_with};
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let dir = tempfile::tempdir().unwrap();
    let server = serve_dir_with(
        dir.path(),
        0,
        ServeOptions {
            header_read_timeout: Duration::from_millis(300),
        },
    )
    .await
    .unwrap();
    let mut s = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    s.write_all(b"GET /feed.signed.json HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let mut buf = Vec::new();
    // Generous bound so a busy machine cannot fail it; without the timeout the read
    // never ends.
    let read = tokio::time::timeout(Duration::from_secs(20), s.read_to_end(&mut buf)).await;
    assert!(read.is_ok(), "the server kept the half-sent request open");
    // And the default is set too.
    assert_eq!(
        ServeOptions::default().header_read_timeout,
        Duration::from_secs(10)
    );
}

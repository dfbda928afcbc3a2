//! The city information feed across the FFI: the "for you" list with its reasons, the
//! family's read and bookmark marks, the applied feed's origin, and the sync.
//!
//! # How the sync runs: blocking, on a tokio runtime owned by the library
//!
//! The core's sync is `async` (reqwest on tokio). `Handbook::sync_feed` is a plain
//! blocking call that drives it with `block_on` on one current-thread tokio runtime
//! owned by this library ([`SYNC`], created on first use, with a [`FeedClient`] kept
//! for the app's lifetime so that its connection pool stays valid: pooled
//! connections belong to the runtime that opened them). A uniffi `async` export
//! (`async_runtime = "tokio"`) was the alternative; it would buy nothing here: the
//! shells already make every call off the UI thread (Kotlin `Dispatchers.IO`, Swift
//! a dispatch queue), a background sync is one request a day (WorkManager,
//! BGAppRefreshTask, both of which expect the work to finish before they return), and
//! a blocking call keeps the FFI one style, with the same panic guard. Several
//! threads may call `sync_feed` at once: tokio lets a current-thread runtime be
//! driven by whichever `block_on` holds it, the others wait.
//!
//! # The sync does not hold the handbook
//!
//! A sync may wait for the network for up to the client's timeouts (10 s connect,
//! 30 s per attempt, three attempts). For a handbook opened from a file, the sync
//! therefore runs on its own short-lived connection to the same file (SQLite WAL: the
//! screens keep reading and writing meanwhile; the apply is one transaction). Only a
//! memory handbook (tests, previews) syncs on its one connection, under the lock.

use std::sync::LazyLock;

use hagukumi_core::clock::FixedClock;
use hagukumi_core::feed::{self as core_feed, CityConfig, FeedClient, SyncOptions};
use hagukumi_core::store as core_store;

use crate::error::{Result, guard};
use crate::handbook::Handbook;
use hagukumi_core::Lang;

pub use hagukumi_core::feed::Category as FeedCategory;
pub use hagukumi_core::feed::SyncOutcome as SyncResult;
pub use hagukumi_core::feed::targeting::{Reason as ForYouReason, ReasonKind};
pub use hagukumi_core::store::{
    ApplyReport, EntryKind as FeedEntryKind, EntryRef as FeedEntryRef, FeedSourceInfo, ForYouItem,
};

/// The library's runtime and HTTP client for syncs, made on first use.
struct SyncContext {
    runtime: tokio::runtime::Runtime,
    client: FeedClient,
}

static SYNC: LazyLock<std::result::Result<SyncContext, String>> = LazyLock::new(|| {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .thread_name("hagukumi-feed")
        .build()
        .map_err(|e| format!("could not start the sync runtime: {e}"))?;
    let client = FeedClient::new(SyncOptions::default()).map_err(|e| e.to_string())?;
    Ok(SyncContext { runtime, client })
});

fn sync_context() -> Result<&'static SyncContext> {
    SYNC.as_ref().map_err(|e| crate::error::internal(e))
}

/// The configuration (`city.toml`) of the bundled sample city, こもれび市: what the
/// apps use until a real city publishes a feed. It pins a published TEST-ONLY key.
#[uniffi::export]
pub fn sample_city_config() -> String {
    core_feed::sample::CITY_TOML.to_string()
}

#[uniffi::export]
impl Handbook {
    /// The notices, events and support programmes for this family today, each with
    /// the reasons it matched, in `lang`: emergencies first, then unread, then newest.
    pub fn for_you(&self, lang: Lang) -> Result<Vec<ForYouItem>> {
        self.with(|hb| Ok(hb.for_you(lang)?))
    }

    /// Mark an entry read or unread. Returns false if the feed has no such entry.
    /// The mark survives updates of the same entry.
    pub fn mark_feed_read(&self, kind: FeedEntryKind, id: String, read: bool) -> Result<bool> {
        self.with(|hb| Ok(hb.mark_feed_read(kind, &id, read)?))
    }

    /// Bookmark an entry or remove the bookmark. Returns false if there is no such entry.
    pub fn set_feed_bookmark(&self, kind: FeedEntryKind, id: String, on: bool) -> Result<bool> {
        self.with(|hb| Ok(hb.set_feed_bookmark(kind, &id, on)?))
    }

    /// The applied feed's origin, or `None` before the first sync.
    pub fn feed_source(&self) -> Result<Option<FeedSourceInfo>> {
        self.with(|hb| Ok(hb.feed_source()?))
    }

    /// Fetch the city's feed if it changed (conditional GET), verify it against the
    /// keys pinned in `city_config_toml` (a `city.toml`) and apply it in one
    /// transaction. Blocks for the network (see the module notes): call it from a
    /// background worker. Fails with `Feed { kind, transient, … }`; on any failure
    /// the previously applied feed and the family's marks are unchanged.
    pub fn sync_feed(&self, city_config_toml: String) -> Result<SyncResult> {
        let result = guard(|| {
            let city = CityConfig::from_toml(&city_config_toml)?;
            self.sync_with(&city)
        })?;
        self.changed(crate::handbook::Change::Feed);
        Ok(result)
    }

    /// Verify a signed feed file (the bytes of `feed.signed.json`) against the keys
    /// pinned in `city_config_toml` and apply it, without the network: a feed that
    /// came another way (bundled with the app for a first run, a demo). The next
    /// `sync_feed` downloads in full once, since no validators are stored.
    pub fn apply_signed_feed(
        &self,
        signed_feed: Vec<u8>,
        city_config_toml: String,
    ) -> Result<ApplyReport> {
        self.write(crate::handbook::Change::Feed, |hb| {
            let city = CityConfig::from_toml(&city_config_toml)?;
            let feed = core_feed::open_signed(&signed_feed, &city)?;
            let report = hb.apply_feed(
                &feed,
                &core_store::SourceMeta {
                    feed_url: city.feed_url.clone(),
                    etag: None,
                    last_modified: None,
                },
            )?;
            Ok(report)
        })
    }
}

impl Handbook {
    /// The sync of `city`'s feed, on its own connection for a file (module notes).
    pub(crate) fn sync_with(&self, city: &CityConfig) -> Result<SyncResult> {
        let ctx = sync_context()?;
        let path = {
            let inner = self.lock();
            let hb = inner.as_ref().ok_or_else(crate::error::closed)?;
            hb.path().map(std::path::Path::to_path_buf)
        };
        let run = |hb: &mut hagukumi_core::Handbook| -> Result<SyncResult> {
            let outcome = ctx
                .runtime
                .block_on(core_feed::sync_feed(hb, city, &ctx.client))?;
            Ok(outcome)
        };
        match path {
            Some(path) => {
                let own = hagukumi_core::Handbook::open(&path)?;
                let mut own = match self.pinned_today {
                    Some(today) => own.with_clock(FixedClock::on(today)),
                    None => own,
                };
                run(&mut own)
            }
            None => self.with(run),
        }
    }
}

/// What a background sync found for the family: the items to notify, with the
/// notification's text already worded. Empty `items`: post nothing.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct FeedNews {
    /// New or changed entries that are for this family and unread, in list order.
    pub items: Vec<ForYouItem>,
    /// "市から3件のお知らせ", or the one item's title.
    pub title: String,
    /// The first item's reason (the notification's collapsed line).
    pub summary: String,
    /// One line per item: title and why it is for this family (the expanded text).
    pub lines: Vec<String>,
}

impl FeedNews {
    /// Which of `for_you` to notify after an apply: the new or changed ones that are
    /// not read yet. Decided here, not in the apps, so Android and iOS notify alike.
    fn after(sync: &SyncResult, for_you: Vec<ForYouItem>, lang: Lang) -> FeedNews {
        let fresh: Vec<(FeedEntryKind, String)> = match sync {
            SyncResult::Applied { report } => report
                .new_or_changed
                .iter()
                .map(|r| (r.kind, r.id.clone()))
                .collect(),
            SyncResult::NotModified { .. } => Vec::new(),
        };
        let items: Vec<ForYouItem> = for_you
            .into_iter()
            .filter(|i| !i.read && fresh.iter().any(|(k, id)| *k == i.kind && *id == i.id))
            .collect();
        let reason = |i: &ForYouItem| {
            i.reasons
                .first()
                .map(|r| r.text.clone())
                .unwrap_or_default()
        };
        let title = match items.as_slice() {
            [] => String::new(),
            [one] => one.title.clone(),
            many => hagukumi_core::t!(lang, "feed-news-title", notices = many.len()),
        };
        FeedNews {
            summary: items.first().map(reason).unwrap_or_default(),
            lines: items
                .iter()
                .map(|i| {
                    hagukumi_core::t!(
                        lang,
                        "feed-news-line",
                        title = i.title.as_str(),
                        reason = reason(i)
                    )
                })
                .collect(),
            title,
            items,
        }
    }
}

#[uniffi::export]
impl Handbook {
    /// The daily background sync: follow the default city if none was chosen
    /// ([`Handbook::ensure_city`]), sync it, and say what to notify. A failure is an
    /// error whose `transient` says whether to retry later (network, server busy) or
    /// wait for tomorrow (a feed the city must fix).
    pub fn background_sync(&self, lang: Lang) -> Result<FeedNews> {
        self.ensure_city()?;
        let sync = self.sync_current_city()?;
        let for_you = self.for_you(lang)?;
        Ok(FeedNews::after(&sync, for_you, lang))
    }
}

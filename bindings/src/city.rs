//! The city the handbook follows, across the FFI: which city it is, moving to another
//! one (the old city's notices are archived, every record kept), the archive, and the
//! sync of the stored city so that the shells need not keep the `city.toml` around.
//!
//! A configuration crosses as the `city.toml` text, as in `sync_feed`: the shells
//! bundle or download city files, and one parser (the core's) checks them. It comes
//! back as a record with the same text in `toml`, ready to pass on.

use hagukumi_core::feed::CityConfig;

use crate::error::{Result, guard};
use crate::feed::SyncResult;
use crate::handbook::Handbook;
use hagukumi_core::Lang;

/// A city configuration: where its feed is and which keys may sign it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CityInfo {
    /// 全国地方公共団体コード (6 digits).
    pub code: String,
    pub name: String,
    pub name_en: Option<String>,
    pub feed_url: String,
    /// Base64 Ed25519 public keys.
    pub public_keys: Vec<String>,
    /// The configuration as a `city.toml`.
    pub toml: String,
}

impl From<CityConfig> for CityInfo {
    fn from(c: CityConfig) -> Self {
        CityInfo {
            toml: c.to_toml(),
            public_keys: c.public_keys.iter().map(|k| k.to_base64()).collect(),
            code: c.code,
            name: c.name,
            name_en: c.name_en,
            feed_url: c.feed_url,
        }
    }
}

pub use hagukumi_core::store::{CityRef, MoveReport};

pub use hagukumi_core::store::{ArchivedCity, ArchivedNotice};

#[uniffi::export]
impl Handbook {
    /// The city chosen with `move_to_city`, or `None` before one is chosen.
    pub fn current_city(&self) -> Result<Option<CityInfo>> {
        self.with(|hb| Ok(hb.city()?.map(Into::into)))
    }

    /// Follow the city of `city_config_toml` (a `city.toml`) from now on, in one
    /// transaction: the old city's notices go to the archive with their marks, its
    /// other entries are removed, and the new city's first feed will be accepted.
    /// Every record is kept. Moving to the city already followed changes nothing
    /// (`moved` false). An invalid configuration fails with `Feed { kind:
    /// "bad_config" }` and changes nothing.
    pub fn move_to_city(&self, city_config_toml: String) -> Result<MoveReport> {
        self.write(crate::handbook::Change::Feed, |hb| {
            let config = CityConfig::from_toml(&city_config_toml)?;
            Ok(hb.move_to_city(&config)?)
        })
    }

    /// The city this handbook follows, choosing the default one first if the family
    /// has not chosen any: the bundled sample city こもれび市 (TEST-ONLY key) until a
    /// real city publishes a feed. Decided here so both apps start the same way.
    pub fn ensure_city(&self) -> Result<CityInfo> {
        if let Some(city) = self.current_city()? {
            return Ok(city);
        }
        self.move_to_city(crate::feed::sample_city_config())?;
        self.current_city()?
            .ok_or_else(|| crate::error::internal("the default city was not stored"))
    }

    /// The notices of the cities the family left, the most recently left first.
    pub fn archived_notices(&self, lang: Lang) -> Result<Vec<ArchivedCity>> {
        self.with(|hb| Ok(hb.archived_notices(lang)?))
    }

    /// `sync_feed` with the stored city; fails with `Feed { kind: "no_city" }` before
    /// one is chosen.
    pub fn sync_current_city(&self) -> Result<SyncResult> {
        let result = guard(|| {
            let city = self
                .with(|hb| Ok(hb.city()?))?
                .ok_or(hagukumi_core::feed::FeedError::NoCity)?;
            self.sync_with(&city)
        })?;
        self.changed(crate::handbook::Change::Feed);
        Ok(result)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::feed::sample_city_config;
    use crate::handbook::OpenOptions;

    const SIGNED: &[u8] = hagukumi_core::feed::sample::SIGNED_FEED;

    fn hidamari() -> String {
        let key = hagukumi_core::feed::SecretKey::from_seed([7; 32]).public_key();
        format!(
            "code = \"131016\"\nname = \"ひだまり区\"\nfeed_url = \"https://hidamari.example.jp/f.json\"\npublic_keys = [\"{key}\"]\n"
        )
    }

    #[test]
    fn a_handbook_moves_to_another_city_keeping_its_notices_in_the_archive() {
        let dir = tempfile::tempdir().unwrap();
        let hb = Handbook::open_with(
            dir.path().join("h.sqlite").to_string_lossy().into(),
            OpenOptions {
                today: Some("2026-05-20".parse().unwrap()),
            },
        )
        .unwrap();
        assert_eq!(hb.current_city().unwrap(), None);
        let err = hb.sync_current_city().unwrap_err();
        assert!(err.kind() == hagukumi_core::ErrorKind::NoCity, "{err:?}");
        let first = hb.move_to_city(sample_city_config()).unwrap();
        assert!(!first.moved && first.config_changed && first.from.is_none());
        let current = hb.current_city().unwrap().unwrap();
        assert_eq!(current.code, "999990");
        assert_eq!(
            hagukumi_core::feed::CityConfig::from_toml(&current.toml).unwrap(),
            hagukumi_core::feed::sample::city().unwrap()
        );
        hb.apply_signed_feed(SIGNED.to_vec(), sample_city_config())
            .unwrap();
        assert!(
            hb.mark_feed_read(
                crate::feed::FeedEntryKind::Notice,
                "checkup-4m".into(),
                true
            )
            .unwrap()
        );

        let err = hb.move_to_city("code = \"1\"".into()).unwrap_err();
        assert!(
            err.kind() == hagukumi_core::ErrorKind::FeedBadConfig,
            "{err:?}"
        );
        let report = hb.move_to_city(hidamari()).unwrap();
        assert!(report.moved && report.archived_notices >= 15, "{report:?}");
        assert_eq!(report.from.unwrap().code, "999990");
        assert!(hb.for_you(Lang::Ja).unwrap().is_empty());
        let archive = hb.archived_notices(Lang::En).unwrap();
        assert_eq!(archive.len(), 1);
        let read: Vec<&str> = archive[0]
            .notices
            .iter()
            .filter(|n| n.read)
            .map(|n| n.id.as_str())
            .collect();
        assert_eq!(read, ["checkup-4m"]);
        let err = hb
            .apply_signed_feed(SIGNED.to_vec(), sample_city_config())
            .unwrap_err();
        assert!(
            err.kind() == hagukumi_core::ErrorKind::FeedWrongCity,
            "{err:?}"
        );
    }
}

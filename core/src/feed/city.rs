//! The city configuration the app ships with (or the family picks): where the city's
//! feed is and which keys may sign it. Pinning the key here, not trusting whatever
//! key a server presents, is what makes a hacked web server or CDN unable to push
//! notices to families.

use serde::Deserialize;

use super::FeedError;
use super::desk::ConsultationDesk;
use super::error::{Detail, arg, quoted};
use super::signature::PublicKey;
use crate::tid;

#[derive(Debug, Clone, PartialEq)]
pub struct CityConfig {
    /// 全国地方公共団体コード (6 digits); a feed for another city is refused.
    pub code: String,
    pub name: String,
    pub name_en: Option<String>,
    pub feed_url: String,
    /// Usually one; two while the city rotates its key.
    pub public_keys: Vec<PublicKey>,
    /// The city's consultation desk (こども家庭センター), when the city names one:
    /// `feed build` carries it into the signed feed.
    pub desk: Option<ConsultationDesk>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CityFile {
    code: String,
    name: String,
    name_en: Option<String>,
    feed_url: String,
    public_keys: Vec<String>,
    desk: Option<ConsultationDesk>,
}

impl CityConfig {
    /// Read a `city.toml`:
    ///
    /// ```toml
    /// code = "999990"
    /// name = "こもれび市"
    /// feed_url = "https://www.city.example.jp/hagukumi/feed.signed.json"
    /// public_keys = ["base64 of the Ed25519 public key"]
    ///
    /// [desk]                      # optional: the city's こども家庭センター
    /// name = "こもれび市こども家庭センター"
    /// name_en = "Komorebi City Children and Family Centre"   # optional
    /// phone = "0000-12-3410"      # digits and hyphens; phone or url (or both)
    /// hours = "平日 8:30〜17:15"  # optional, and hours_en
    /// url = "https://www.city.example.jp/kosodate/center/"
    /// ```
    pub fn from_toml(text: &str) -> Result<CityConfig, FeedError> {
        let file: CityFile = toml::from_str(text).map_err(|e| FeedError::BadConfig {
            detail: e.to_string().into(),
        })?;
        let config = CityConfig {
            code: file.code,
            name: file.name,
            name_en: file.name_en,
            feed_url: file.feed_url,
            public_keys: file
                .public_keys
                .iter()
                .map(|k| PublicKey::parse(k))
                .collect::<Result<_, _>>()?,
            desk: file.desk,
        };
        config.check()?;
        Ok(config)
    }

    /// The configuration as a `city.toml`.
    pub fn to_toml(&self) -> String {
        let keys: Vec<String> = self
            .public_keys
            .iter()
            .map(|k| format!("{:?}", k.to_base64()))
            .collect();
        let mut out = format!("code = {:?}\nname = {:?}\n", self.code, self.name);
        if let Some(en) = &self.name_en {
            out.push_str(&format!("name_en = {en:?}\n"));
        }
        out.push_str(&format!(
            "feed_url = {:?}\npublic_keys = [{}]\n",
            self.feed_url,
            keys.join(", ")
        ));
        if let Some(desk) = &self.desk {
            out.push_str("\n[desk]\n");
            for (key, value) in [
                ("name", Some(&desk.name)),
                ("name_en", desk.name_en.as_ref()),
                ("phone", desk.phone.as_ref()),
                ("hours", desk.hours.as_ref()),
                ("hours_en", desk.hours_en.as_ref()),
                ("url", desk.url.as_ref()),
            ] {
                if let Some(value) = value {
                    // TOML basic strings take JSON's escapes.
                    let quoted = serde_json::to_string(value).unwrap_or_default();
                    out.push_str(&format!("{key} = {quoted}\n"));
                }
            }
        }
        out
    }

    /// A feed must come over HTTPS; plain HTTP only from this machine (tests and
    /// `hagukumi feed serve`), where nobody can sit in between.
    pub fn check(&self) -> Result<(), FeedError> {
        let bad = |detail: Detail| Err(FeedError::BadConfig { detail });
        if self.code.len() != 6 || !self.code.bytes().all(|b| b.is_ascii_digit()) {
            return bad(Detail::new(
                tid!("feed-detail-city-code"),
                [("field", arg("code")), ("value", quoted(&self.code))],
            ));
        }
        if self.public_keys.is_empty() {
            return bad(Detail::new(tid!("feed-detail-no-public-key"), []));
        }
        if let Some(desk) = &self.desk {
            desk.check()?;
        }
        let url = reqwest::Url::parse(&self.feed_url).map_err(|e| FeedError::BadConfig {
            detail: Detail::new(
                tid!("feed-detail-feed-url"),
                [("url", quoted(&self.feed_url)), ("error", arg(e))],
            ),
        })?;
        match url.scheme() {
            "https" => Ok(()),
            "http" if is_loopback(&url) => Ok(()),
            other => bad(Detail::new(
                tid!("feed-detail-feed-url-scheme"),
                [("url", quoted(&self.feed_url)), ("scheme", arg(other))],
            )),
        }
    }
}

/// Whether `url` names this machine (`localhost`, 127.0.0.0/8, `::1`).
pub(crate) fn is_loopback(url: &reqwest::Url) -> bool {
    let host = url.host_str().unwrap_or_default();
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::signature::SecretKey;

    fn config(url: &str) -> String {
        let key = SecretKey::from_seed([4; 32]).public_key();
        format!(
            "code = \"999990\"\nname = \"こもれび市\"\nfeed_url = \"{url}\"\npublic_keys = [\"{key}\"]\n"
        )
    }

    #[test]
    fn https_and_loopback_http_are_accepted() {
        for url in [
            "https://www.city.example.jp/feed.signed.json",
            "http://127.0.0.1:8080/feed.signed.json",
            "http://localhost:8080/feed.signed.json",
        ] {
            let c = CityConfig::from_toml(&config(url)).unwrap();
            assert_eq!(CityConfig::from_toml(&c.to_toml()).unwrap(), c);
        }
    }

    #[test]
    fn plain_http_to_another_host_and_missing_keys_are_refused() {
        assert!(matches!(
            CityConfig::from_toml(&config("http://www.city.example.jp/feed.json")),
            Err(FeedError::BadConfig { .. })
        ));
        let no_keys =
            "code = \"999990\"\nname = \"x\"\nfeed_url = \"https://a.jp/f\"\npublic_keys = []\n";
        assert!(matches!(
            CityConfig::from_toml(no_keys),
            Err(FeedError::BadConfig { .. })
        ));
    }

    #[test]
    fn the_desk_is_read_checked_and_written_back() {
        let with_desk = format!(
            "{}\n[desk]\nname = \"こもれび市こども家庭センター\"\nphone = \"0000-12-3410\"\nhours = \"平日 \\\"8:30\\\"〜17:15\"\nurl = \"https://www.city.example.jp/center/\"\n",
            config("https://www.city.example.jp/feed.signed.json")
        );
        let c = CityConfig::from_toml(&with_desk).unwrap();
        let desk = c.desk.clone().unwrap();
        assert_eq!(desk.phone.as_deref(), Some("0000-12-3410"));
        assert_eq!(desk.hours.as_deref(), Some("平日 \"8:30\"〜17:15"));
        assert_eq!(CityConfig::from_toml(&c.to_toml()).unwrap(), c);
        // The sample city's desk is its test-only one.
        let sample = crate::feed::sample::city().unwrap();
        assert_eq!(sample.desk.unwrap().name, "こもれび市こども家庭センター");

        for (bad, field) in [
            (
                with_desk.replace("0000-12-3410", "0120 000 000"),
                "desk.phone",
            ),
            (
                with_desk.replace("https://www.city.example.jp/center/", "http://x.jp/"),
                "desk.url",
            ),
            (with_desk.replace("phone =", "fax ="), "unknown field"),
        ] {
            let err = CityConfig::from_toml(&bad).unwrap_err();
            assert!(
                matches!(&err, FeedError::BadConfig { detail } if detail.to_string().contains(field)),
                "{field}: {err:?}"
            );
        }
    }
}

//! Import of the city's existing news feed (RSS 1.0, RSS 2.0, Atom, or JSON Feed),
//! so that staff do not retype what the city already publishes. Often Shift_JIS;
//! `feed-rs` decodes by the XML prolog and expands no DTD entities, but it has no
//! size cap of its own: the input is bounded here, before parsing.

use chrono::{DateTime, FixedOffset};

use super::format::{Category, Notice, NoticeExtension};

/// Largest news feed accepted (a city's RSS is tens of kilobytes).
pub const MAX_NEWS_BYTES: usize = 4 * 1024 * 1024;

/// Why a news feed was not imported. Its text (`Display`) is [`NewsError::message`]
/// in English.
#[derive(Debug, Clone, PartialEq)]
pub enum NewsError {
    TooLarge {
        limit: usize,
    },
    /// `detail` is the parser's own text.
    Parse {
        detail: String,
    },
}

impl NewsError {
    /// The message for staff, in `lang`.
    pub fn message(&self, lang: crate::Lang) -> String {
        match self {
            NewsError::TooLarge { limit } => crate::t!(lang, "feed-news-too-large", limit = *limit),
            NewsError::Parse { detail } => crate::t!(lang, "feed-news-parse", detail = detail),
        }
    }
}

impl std::fmt::Display for NewsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::Lang::En))
    }
}

impl std::error::Error for NewsError {}

/// The entries of an RSS/Atom/JSON feed as notices of category `general` for
/// everyone (staff narrow them in the notices file if needed). Ids are prefixed with
/// `news:` so that they never collide with hand-written notices.
pub fn notices(bytes: &[u8]) -> Result<Vec<Notice>, NewsError> {
    if bytes.len() > MAX_NEWS_BYTES {
        return Err(NewsError::TooLarge {
            limit: MAX_NEWS_BYTES,
        });
    }
    let parsed = feed_rs::parser::parse(bytes).map_err(|e| NewsError::Parse {
        detail: e.to_string(),
    })?;
    let jst = crate::clock::jst();
    let to_jst =
        |t: chrono::DateTime<chrono::Utc>| -> DateTime<FixedOffset> { t.with_timezone(&jst) };
    let mut out = Vec::new();
    for entry in parsed.entries {
        let title = entry
            .title
            .map(|t| strip_tags(&t.content))
            .unwrap_or_default();
        if title.trim().is_empty() {
            continue;
        }
        let body = entry
            .summary
            .map(|s| strip_tags(&s.content))
            .or_else(|| entry.content.and_then(|c| c.body).map(|b| strip_tags(&b)))
            .unwrap_or_default();
        let url = entry.links.first().map(|l| l.href.clone());
        out.push(Notice {
            id: format!("news:{}", entry.id),
            title: title.trim().to_string(),
            content_text: body.trim().to_string(),
            url,
            date_published: entry.published.or(entry.updated).map(to_jst),
            date_modified: entry.updated.map(to_jst),
            tags: vec![Category::General.as_str().into()],
            hagukumi: NoticeExtension::default(),
        });
    }
    Ok(out)
}

/// Plain text from the HTML that RSS descriptions often hold: tags dropped, the
/// common entities decoded, whitespace runs folded.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS2: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>こもれび市 新着情報</title><link>https://www.city.komorebi.example.jp/</link>
<item><title>保健センターの臨時休館</title><link>https://www.city.komorebi.example.jp/news/1.html</link>
<guid>news-1</guid><pubDate>Mon, 11 May 2026 09:00:00 +0900</pubDate>
<description>&lt;p&gt;5月25日は&lt;b&gt;臨時休館&lt;/b&gt;します。&lt;/p&gt;</description></item>
</channel></rss>"#;

    const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>新着</title><id>urn:x</id><updated>2026-05-11T00:00:00Z</updated>
<entry><title>児童手当の現況届</title><id>urn:news:2</id><updated>2026-05-12T00:00:00Z</updated>
<link href="https://www.city.komorebi.example.jp/news/2.html"/><summary>6月末までに提出してください。</summary></entry></feed>"#;

    const RSS1: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://www.city.komorebi.example.jp/rss.rdf"><title>新着</title><link>https://www.city.komorebi.example.jp/</link><description>x</description></channel>
<item rdf:about="https://www.city.komorebi.example.jp/news/3.html"><title>図書館のおはなし会</title><link>https://www.city.komorebi.example.jp/news/3.html</link><dc:date>2026-05-13T10:00:00+09:00</dc:date></item>
</rdf:RDF>"#;

    #[test]
    fn rss2_atom_and_rss1_become_notices() {
        let n = notices(RSS2.as_bytes()).unwrap();
        assert_eq!(n[0].id, "news:news-1");
        assert_eq!(n[0].title, "保健センターの臨時休館");
        assert_eq!(n[0].content_text, "5月25日は 臨時休館 します。");
        assert_eq!(
            n[0].date_published.unwrap().to_rfc3339(),
            "2026-05-11T09:00:00+09:00"
        );
        let a = notices(ATOM.as_bytes()).unwrap();
        assert_eq!(
            a[0].url.as_deref(),
            Some("https://www.city.komorebi.example.jp/news/2.html")
        );
        assert_eq!(a[0].content_text, "6月末までに提出してください。");
        let r = notices(RSS1.as_bytes()).unwrap();
        assert_eq!(r[0].title, "図書館のおはなし会");
    }

    #[test]
    fn shift_jis_rss_is_decoded_by_its_prolog() {
        let text = RSS2.replace("UTF-8", "Shift_JIS");
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(&text);
        let n = notices(&bytes).unwrap();
        assert_eq!(n[0].title, "保健センターの臨時休館");
    }

    #[test]
    fn oversized_and_broken_input_is_refused() {
        assert!(matches!(
            notices(&vec![b' '; MAX_NEWS_BYTES + 1]),
            Err(NewsError::TooLarge { .. })
        ));
        assert!(matches!(
            notices(b"<rss><channel>"),
            Err(NewsError::Parse { .. })
        ));
    }
}

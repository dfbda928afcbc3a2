//! A static file server for a feed directory, on 127.0.0.1 only: for city staff to try
//! a feed with the app before uploading it, and for the sync tests. It does what a
//! web server or CDN hosting the feed does, with the one `ETag` the app keeps (the
//! hash of the signed document, [`crate::feed::sync::content_etag`]) and `304` for a
//! conditional GET of an unchanged file.
//!
//! It serves only what is inside its folder: paths with `..` are refused, and so is
//! any symbolic link that resolves outside the folder. A client that does not finish
//! its request headers within [`ServeOptions::header_read_timeout`] is hung up on.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, Utc};
use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{
    CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED,
};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;

use super::signature::unverified_payload;
use super::sync::content_etag;

/// A running server; dropping it (or [`Served::stop`]) stops it.
#[derive(Debug)]
pub struct Served {
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Served {
    pub fn url(&self, file: &str) -> String {
        format!("http://{}/{file}", self.addr)
    }

    pub fn stop(mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}

/// How the server treats its clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServeOptions {
    /// A connection whose request headers are not complete after this long is
    /// closed (a client trickling bytes would otherwise hold it open forever).
    pub header_read_timeout: Duration,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            header_read_timeout: Duration::from_secs(10),
        }
    }
}

/// Why `feed serve` did not start, in words that name what to change. Its text
/// (`Display`) is [`ServeError::message`] in English.
#[derive(Debug)]
pub enum ServeError {
    NotAFolder {
        dir: PathBuf,
    },
    /// The folder has no feed to serve: a typo in the path, or the build went
    /// elsewhere (an app pointed at it would only get 404).
    NoFeed {
        dir: PathBuf,
    },
    PortInUse {
        port: u16,
    },
    Listen {
        port: u16,
        source: std::io::Error,
    },
    Folder {
        dir: PathBuf,
        source: std::io::Error,
    },
}

impl std::fmt::Display for ServeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::Lang::En))
    }
}

impl std::error::Error for ServeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ServeError::Listen { source, .. } | ServeError::Folder { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl ServeError {
    pub fn kind(&self) -> &'static str {
        match self {
            ServeError::NotAFolder { .. } => "not_a_folder",
            ServeError::NoFeed { .. } => "no_feed",
            ServeError::PortInUse { .. } => "port_in_use",
            ServeError::Listen { .. } => "listen",
            ServeError::Folder { .. } => "folder",
        }
    }

    /// Whether retyping the command fixes it (a path or a port).
    pub fn is_user_error(&self) -> bool {
        !matches!(self, ServeError::Listen { .. } | ServeError::Folder { .. })
    }

    pub fn message(&self, lang: crate::Lang) -> String {
        match self {
            ServeError::NotAFolder { dir } => crate::t!(
                lang,
                "feed-serve-not-a-folder",
                dir = dir.display().to_string()
            ),
            ServeError::NoFeed { dir } => {
                crate::t!(lang, "feed-serve-no-feed", dir = dir.display().to_string())
            }
            ServeError::PortInUse { port } => {
                crate::t!(lang, "feed-serve-port-in-use", port = port.to_string())
            }
            ServeError::Listen { port, source } => crate::t!(
                lang,
                "feed-serve-listen",
                port = port.to_string(),
                detail = source.to_string()
            ),
            ServeError::Folder { dir, source } => crate::t!(
                lang,
                "feed-serve-folder",
                dir = dir.display().to_string(),
                detail = source.to_string()
            ),
        }
    }
}

/// What `feed serve` checks before starting: a folder holding a signed feed
/// (feed.signed.json that is an envelope; its signature is the app's business).
pub fn check_feed_folder(dir: &Path) -> Result<(), ServeError> {
    use std::io::Read as _;
    let meta = std::fs::metadata(dir).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => ServeError::NotAFolder {
            dir: dir.to_path_buf(),
        },
        _ => ServeError::Folder {
            dir: dir.to_path_buf(),
            source,
        },
    })?;
    if !meta.is_dir() {
        return Err(ServeError::NotAFolder {
            dir: dir.to_path_buf(),
        });
    }
    let mut bytes = Vec::new();
    let read = std::fs::File::open(dir.join("feed.signed.json")).and_then(|f| {
        f.take(super::signature::MAX_ENVELOPE_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
    });
    if read.is_err() || unverified_payload(&bytes).is_none() {
        return Err(ServeError::NoFeed {
            dir: dir.to_path_buf(),
        });
    }
    Ok(())
}

/// Serve `dir` on 127.0.0.1:`port` (0: any free port) from the current tokio runtime.
pub async fn serve_dir(dir: impl Into<PathBuf>, port: u16) -> Result<Served, ServeError> {
    serve_dir_with(dir, port, ServeOptions::default()).await
}

/// [`serve_dir`] with other options.
pub async fn serve_dir_with(
    dir: impl Into<PathBuf>,
    port: u16,
    options: ServeOptions,
) -> Result<Served, ServeError> {
    // The folder as the file system resolves it: every file served must resolve
    // inside it, symbolic links included.
    let dir = dir.into();
    let root = tokio::fs::canonicalize(&dir)
        .await
        .map_err(|source| ServeError::Folder { dir, source })?;
    let listen = |source: std::io::Error| match source.kind() {
        std::io::ErrorKind::AddrInUse => ServeError::PortInUse { port },
        _ => ServeError::Listen { port, source },
    };
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, port))
        .await
        .map_err(listen)?;
    let addr = listener.local_addr().map_err(listen)?;
    let dir = Arc::new(Folder {
        root,
        etags: Mutex::new(HashMap::new()),
    });
    let (tx, mut rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        loop {
            tokio::select! {
                _ = &mut rx => break,
                accepted = listener.accept() => {
                    let Ok((stream, _)) = accepted else { continue };
                    let dir = dir.clone();
                    tokio::spawn(async move {
                        let service = hyper::service::service_fn(move |req| {
                            let dir = dir.clone();
                            async move { Ok::<_, Infallible>(respond(&dir, &req).await) }
                        });
                        // A client that hangs up mid-request is not our problem.
                        let _ = hyper::server::conn::http1::Builder::new()
                            .timer(TokioTimer::new())
                            .header_read_timeout(options.header_read_timeout)
                            .serve_connection(TokioIo::new(stream), service)
                            .await;
                    });
                }
            }
        }
    });
    Ok(Served {
        addr,
        stop: Some(tx),
    })
}

/// The served folder, and the ETag of each file served so far.
struct Folder {
    root: PathBuf,
    /// By path: size and modification time when hashed, and the ETag. A `304` then
    /// costs a `stat`, not reading and hashing the file again.
    etags: Mutex<HashMap<PathBuf, Hashed>>,
}

/// A file's size and modification time when it was hashed, and its ETag.
struct Hashed {
    len: u64,
    modified: Option<SystemTime>,
    etag: String,
}

impl Folder {
    fn cached_etag(&self, path: &Path, len: u64, modified: Option<SystemTime>) -> Option<String> {
        let etags = self.etags.lock().ok()?;
        let h = etags.get(path)?;
        (h.len == len && h.modified == modified).then(|| h.etag.clone())
    }

    fn remember(&self, path: PathBuf, len: u64, modified: Option<SystemTime>, etag: String) {
        if let Ok(mut etags) = self.etags.lock() {
            etags.insert(
                path,
                Hashed {
                    len,
                    modified,
                    etag,
                },
            );
        }
    }
}

fn plain(status: StatusCode, text: &str) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(Bytes::from(text.to_string())));
    *r.status_mut() = status;
    r
}

/// An HTTP date (RFC 9110 IMF-fixdate).
pub fn http_date(t: DateTime<Utc>) -> String {
    t.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

fn parse_http_date(s: &str) -> Option<DateTime<Utc>> {
    chrono::NaiveDateTime::parse_from_str(s.trim(), "%a, %d %b %Y %H:%M:%S GMT")
        .ok()
        .map(|t| t.and_utc())
}

/// The file a request path names inside `dir`, refusing anything that could leave it.
fn resolve(dir: &Path, path: &str) -> Option<PathBuf> {
    let rel = Path::new(path.trim_start_matches('/'));
    if rel.as_os_str().is_empty() {
        return None;
    }
    rel.components()
        .all(|c| matches!(c, Component::Normal(_)))
        .then(|| dir.join(rel))
}

async fn respond(folder: &Folder, req: &Request<Incoming>) -> Response<Full<Bytes>> {
    let root = folder.root.as_path();
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return plain(StatusCode::METHOD_NOT_ALLOWED, "GET or HEAD only\n");
    }
    let Some(path) = resolve(root, req.uri().path()) else {
        return plain(StatusCode::NOT_FOUND, "not found\n");
    };
    // Follow symbolic links, then refuse anything that ended up outside the folder;
    // the resolved path is the one read.
    let Ok(path) = tokio::fs::canonicalize(&path).await else {
        return plain(StatusCode::NOT_FOUND, "not found\n");
    };
    if !path.starts_with(root) {
        return plain(StatusCode::NOT_FOUND, "not found\n");
    }
    let Ok(meta) = tokio::fs::metadata(&path).await else {
        return plain(StatusCode::NOT_FOUND, "not found\n");
    };
    if !meta.is_file() {
        return plain(StatusCode::NOT_FOUND, "not found\n");
    }
    let modified = meta.modified().ok();
    let mut content = None;
    let etag = match folder.cached_etag(&path, meta.len(), modified) {
        Some(etag) => etag,
        None => {
            let Ok(bytes) = read_no_follow(&path).await else {
                return plain(StatusCode::NOT_FOUND, "not found\n");
            };
            // The ETag the app keeps: the hash of the signed document (of the whole
            // file for anything that is not a signed feed).
            let etag = content_etag(&unverified_payload(&bytes).unwrap_or_else(|| bytes.clone()));
            folder.remember(path.clone(), meta.len(), modified, etag.clone());
            content = Some(bytes);
            etag
        }
    };
    let last_modified = modified.map(DateTime::<Utc>::from);
    let headers = req.headers();
    let not_modified = match headers.get(IF_NONE_MATCH).and_then(|v| v.to_str().ok()) {
        Some(inm) => inm.split(',').any(|t| t.trim() == etag || t.trim() == "*"),
        None => match (
            headers
                .get(IF_MODIFIED_SINCE)
                .and_then(|v| v.to_str().ok())
                .and_then(parse_http_date),
            last_modified,
        ) {
            (Some(since), Some(lm)) => lm.timestamp() <= since.timestamp(),
            _ => false,
        },
    };
    let mut builder = Response::builder()
        .header(ETAG, &etag)
        .header(CACHE_CONTROL, "no-cache");
    if let Some(lm) = last_modified {
        builder = builder.header(LAST_MODIFIED, http_date(lm));
    }
    if not_modified {
        return builder
            .status(StatusCode::NOT_MODIFIED)
            .body(Full::new(Bytes::new()))
            .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR, "error\n"));
    }
    let body = if req.method() == Method::HEAD {
        Bytes::new()
    } else {
        match content {
            Some(bytes) => Bytes::from(bytes),
            None => match read_no_follow(&path).await {
                Ok(bytes) => Bytes::from(bytes),
                Err(_) => return plain(StatusCode::NOT_FOUND, "not found\n"),
            },
        }
    };
    let content_type = match path.extension().and_then(|e| e.to_str()) {
        Some("json") => "application/json",
        Some("xml") => "application/xml",
        _ => "application/octet-stream",
    };
    builder
        .header(CONTENT_TYPE, content_type)
        .body(Full::new(body))
        .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR, "error\n"))
}

/// Read a file found by [`resolve`] and canonicalised: if its last component was
/// swapped for a symbolic link since (to leave the folder), opening fails.
async fn read_no_follow(path: &Path) -> std::io::Result<Vec<u8>> {
    use tokio::io::AsyncReadExt as _;
    let mut options = tokio::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    options.custom_flags(libc::O_NOFOLLOW);
    let mut file = options.open(path).await?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).await?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_leave_the_directory() {
        let dir = Path::new("/srv/feed");
        assert_eq!(resolve(dir, "/feed.json"), Some(dir.join("feed.json")));
        assert_eq!(resolve(dir, "/a/b.json"), Some(dir.join("a/b.json")));
        assert_eq!(resolve(dir, "/../etc/passwd"), None);
        assert_eq!(resolve(dir, "/"), None);
    }

    #[test]
    fn http_dates_round_trip() {
        let t: DateTime<Utc> = "2026-05-20T03:04:05Z".parse().unwrap();
        assert_eq!(http_date(t), "Wed, 20 May 2026 03:04:05 GMT");
        assert_eq!(parse_http_date(&http_date(t)), Some(t));
    }
}

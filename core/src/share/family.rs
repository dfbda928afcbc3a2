//! Shares (共有先): the other parent, or grandparents, each with their own key and
//! their own "what is new since last time".
//!
//! A share is created once (its key shown as a QR code to scan, or as text to send
//! by another way than the bundles); every later export is encrypted with the same
//! key, so the receiving phone opens each new bundle without asking again.
//!
//! - A **co-parent** share carries the whole family. Its bundles merge into the other
//!   parent's own handbook; both parents share with each other, and their handbooks
//!   converge (see `store::sync`). A phone with no records yet joins the family by
//!   importing the first one.
//! - A **viewer** share carries one child or one pregnancy. Its bundles go into a
//!   read-only view of that family, kept in a file of its own (`views/<family>/`), so
//!   a grandparent's own handbook and the views never mix.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::archive::{self, ArchiveReader, ArchiveWriter, FILE, MANIFEST, RECORDS};
use super::{CONTENT_FORMAT, Manifest, ShareError, to_json};
use crate::bundle::{BundleKind, BundleReader, BundleSecret, BundleWriter, ShareKey};
use crate::error::{HandbookError, Result};
use crate::model::RecordKind;
use crate::photos::PhotoRow;
use crate::store::{Handbook, MergeReport, RecordVersion, SCHEMA_VERSION, Scope};

/// Whom a share is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ShareRole {
    /// The other parent: everything, merged into their own handbook, both ways.
    CoParent,
    /// Grandparents and relatives: one child or pregnancy, read-only.
    Viewer,
}

impl ShareRole {
    pub fn as_str(self) -> &'static str {
        match self {
            ShareRole::CoParent => "co_parent",
            ShareRole::Viewer => "viewer",
        }
    }

    fn parse(s: &str) -> Option<ShareRole> {
        match s {
            "co_parent" => Some(ShareRole::CoParent),
            "viewer" => Some(ShareRole::Viewer),
            _ => None,
        }
    }
}

/// A share as the family sees it in its list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ShareInfo {
    pub id: Uuid,
    pub name: String,
    pub role: ShareRole,
    /// Written as `"scope"` ("family", "child" or "pregnancy") and `"scope_id"`.
    #[serde(flatten)]
    pub scope: Scope,
    /// The share key, as text for a QR code.
    pub key: String,
    pub created_at: String,
    pub last_exported_at: Option<String>,
}

/// What one export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ShareExport {
    pub bundle_id: Uuid,
    /// Everything in scope (the first export, or asked for), or only what changed.
    pub full: bool,
    pub records: u64,
    pub photos: u64,
}

/// What one import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ShareImport {
    pub bundle_id: Uuid,
    pub family_id: String,
    pub role: ShareRole,
    /// Record versions newer than what was here.
    pub applied: u64,
    /// Record versions already here (or older than what is here).
    pub unchanged: u64,
    /// Photos that were not here before.
    pub photos_added: u64,
    /// The same bundle had been imported before (and changed nothing now).
    pub already_imported: bool,
    /// This handbook joined the bundle's family (it had no records of its own).
    pub joined: bool,
    /// For a viewer share imported with [`import_to_view`]: the view's handbook file
    /// (to open); `None` for an import into this handbook.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub view_path: Option<PathBuf>,
}

/// A read-only view of another family, as listed for a grandparent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "uniffi",
    derive(uniffi::Record),
    uniffi(name = "FamilyView")
)]
pub struct ViewInfo {
    pub family_id: String,
    pub path: PathBuf,
    /// The children it shows, by name.
    pub children: Vec<String>,
    /// When the last bundle was imported.
    pub last_import: Option<String>,
}

fn is_hex_id(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// A write error while producing a bundle: a full disk gets its own error.
fn out_error(e: std::io::Error) -> HandbookError {
    match crate::bundle::BundleError::from(e) {
        crate::bundle::BundleError::Io(io) => archive::write_error("the bundle", io),
        other => HandbookError::Bundle(other),
    }
}

impl Handbook {
    /// Create a share and its key.
    pub fn create_share(&mut self, name: &str, role: ShareRole, scope: Scope) -> Result<ShareInfo> {
        let name = name.trim();
        if name.is_empty() {
            return Err(ShareError::EmptyName.into());
        }
        if role == ShareRole::CoParent && scope != Scope::Family {
            return Err(ShareError::CoParentNeedsFamily.into());
        }
        match scope {
            Scope::Family => {}
            Scope::Child { id } => {
                self.child(id)?;
            }
            Scope::Pregnancy { id } => {
                self.pregnancy(id)?;
            }
        }
        let key = ShareKey::generate()?.to_string();
        let id = Uuid::now_v7();
        self.write("creating a share", |tx, ctx| {
            tx.execute(
                "INSERT INTO shares (id, name, role, scope, scope_id, share_key, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                (
                    id.to_string(),
                    name,
                    role.as_str(),
                    scope.as_str(),
                    scope.subject().map(|s| s.to_string()),
                    &key,
                    &ctx.now_text,
                ),
            )
            .map_err(HandbookError::sql("creating a share"))?;
            Ok(())
        })?;
        self.share(id)
    }

    /// The family's shares, oldest first.
    pub fn shares(&self) -> Result<Vec<ShareInfo>> {
        self.read_shares("?1 IS NULL", None)
    }

    pub fn share(&self, id: Uuid) -> Result<ShareInfo> {
        self.read_shares("id = ?1", Some(id.to_string()))?
            .pop()
            .ok_or_else(|| ShareError::NoShare { id: id.to_string() }.into())
    }

    fn read_shares(&self, filter: &str, param: Option<String>) -> Result<Vec<ShareInfo>> {
        let sql = format!(
            "SELECT id, name, role, scope, scope_id, share_key, created_at, last_exported_at
             FROM shares WHERE {filter} ORDER BY created_at, id"
        );
        let mut stmt = self
            .conn()
            .prepare(&sql)
            .map_err(HandbookError::sql("reading the shares"))?;
        let rows = stmt
            .query_map([param], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, Option<String>>(7)?,
                ))
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(HandbookError::sql("reading the shares"))?;
        let bad = |detail: &str| HandbookError::BadStoredValue {
            what: "share",
            detail: detail.to_string(),
        };
        rows.into_iter()
            .map(|(id, name, role, scope, scope_id, key, created_at, last)| {
                Ok(ShareInfo {
                    id: Uuid::parse_str(&id).map_err(|_| bad("id"))?,
                    name,
                    role: ShareRole::parse(&role).ok_or_else(|| bad("role"))?,
                    scope: Scope::from_parts(
                        &scope,
                        scope_id
                            .map(|s| Uuid::parse_str(&s).map_err(|_| bad("scope id")))
                            .transpose()?,
                    )
                    .ok_or_else(|| bad("scope"))?,
                    key,
                    created_at,
                    last_exported_at: last,
                })
            })
            .collect()
    }

    /// Forget a share (bundles already sent stay readable by whoever has them).
    pub fn remove_share(&mut self, id: Uuid) -> Result<()> {
        let removed = self.write("removing a share", |tx, _| {
            tx.execute("DELETE FROM shares WHERE id = ?1", [id.to_string()])
                .map_err(HandbookError::sql("removing a share"))
        })?;
        if removed == 0 {
            return Err(ShareError::NoShare { id: id.to_string() }.into());
        }
        Ok(())
    }

    /// Write the share's next bundle to `out`: what changed since the last export, or
    /// everything in scope (`full`, and always the first time). The share remembers
    /// how far it went only once the bundle is complete.
    pub fn export_share(&mut self, id: Uuid, full: bool, out: impl Write) -> Result<ShareExport> {
        let share = self.share(id)?;
        let scope = share.scope;
        let last_seq: i64 = self
            .conn()
            .query_row(
                "SELECT last_seq FROM shares WHERE id = ?1",
                [id.to_string()],
                |r| r.get(0),
            )
            .map_err(HandbookError::sql("reading the shares"))?;
        let since = if full { 0 } else { last_seq };
        let (changes, upto) = self.changes_since(scope, since)?;

        let photo_ids: BTreeSet<String> = changes
            .iter()
            .filter(|c| c.kind == RecordKind::Diary && c.deleted_at.is_none())
            .filter_map(|c| c.data.get("photos")?.as_array().cloned())
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        let photo_ids: Vec<String> = photo_ids.into_iter().collect();
        let root = self.photo_dir().map(Path::to_path_buf);
        // A photo whose files are missing here (see `check_photos`) is left out; its
        // entry still lists it, as it does on this phone.
        let mut rows = Vec::new();
        let mut files = Vec::new();
        if let Some(root) = &root {
            for row in self.photo_rows(&photo_ids)? {
                let present: Vec<(PathBuf, u64)> = row
                    .files()
                    .into_iter()
                    .filter_map(|(rel, _)| {
                        Some((rel.clone(), fs::metadata(root.join(&rel)).ok()?.len()))
                    })
                    .collect();
                if present.len() == 2 {
                    files.extend(present);
                    rows.push(row);
                }
            }
        }

        let records_json = to_json(&changes, "record")?;
        let photos_json = to_json(&rows, "photo")?;
        let manifest = Manifest {
            role: Some(share.role),
            scope: Some(scope.as_str().to_string()),
            scope_id: scope.subject(),
            full: since == 0,
            subjects: self.subject_names(scope)?,
            records: changes.len() as u64,
            photos: rows.len() as u64,
            payload_bytes: records_json.len() as u64
                + photos_json.len() as u64
                + files.iter().map(|(_, n)| n).sum::<u64>(),
            ..Manifest::new(self, "share")?
        };
        let bundle_id = manifest.bundle_id;
        let manifest_json = to_json(&manifest, "manifest")?;

        let secret = BundleSecret::Key(ShareKey::parse(&share.key)?);
        let writer = BundleWriter::new(out, BundleKind::Share, &secret)?;
        let mut archive = ArchiveWriter::new(writer);
        archive
            .bytes(MANIFEST, "manifest.json", &manifest_json)
            .and_then(|_| archive.bytes(RECORDS, "records.json", &records_json))
            .and_then(|_| archive.bytes(RECORDS, "photos.json", &photos_json))
            .map_err(out_error)?;
        if let Some(root) = &root {
            for (rel, size) in &files {
                let path = root.join(rel);
                let mut file = File::open(&path).map_err(|source| HandbookError::Io {
                    path: path.clone(),
                    source,
                })?;
                archive
                    .file(&entry_name(rel), *size, &mut file, &mut |_| {})
                    .map_err(out_error)?;
            }
        }
        let writer = archive.finish().map_err(out_error)?;
        writer.finish()?;

        self.write("saving the share", |tx, ctx| {
            tx.execute(
                "UPDATE shares SET last_seq = ?2, last_exported_at = ?3 WHERE id = ?1",
                (id.to_string(), upto, &ctx.now_text),
            )
            .map_err(HandbookError::sql("saving the share"))?;
            Ok(())
        })?;
        Ok(ShareExport {
            bundle_id,
            full: since == 0,
            records: changes.len() as u64,
            photos: rows.len() as u64,
        })
    }

    /// Names of the children a scope is about (for the receiving screen).
    fn subject_names(&self, scope: Scope) -> Result<Vec<String>> {
        Ok(match scope {
            Scope::Family => self.children()?.into_iter().map(|c| c.data.name).collect(),
            // A child deleted since the share was made: the bundle carries the
            // deletion, and has no name to show.
            Scope::Child { id } => match self.child(id) {
                Ok(c) => vec![c.data.name],
                Err(HandbookError::NotFound { .. }) => Vec::new(),
                Err(e) => return Err(e),
            },
            Scope::Pregnancy { .. } => self
                .mother_profile()?
                .map(|p| vec![p.data.name])
                .unwrap_or_default(),
        })
    }
}

/// The entry name of a photo file: `photos/ab/abcdef….jpg`, always with `/`.
pub(crate) fn entry_name(rel: &Path) -> String {
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    format!("photos/{}", parts.join("/"))
}

/// A share bundle opened and its manifest read, not applied yet: the app shows whom
/// it is from and about, then imports it into the right handbook.
pub struct IncomingShare<R: Read> {
    manifest: Manifest,
    archive: ArchiveReader<BundleReader<R>>,
}

/// Open a share bundle: check the key and read the manifest.
pub fn open_share<R: Read>(input: R, secret: &BundleSecret) -> Result<IncomingShare<R>> {
    let reader = BundleReader::open(input, secret)?.expect_kind(BundleKind::Share)?;
    let (manifest, archive) = read_manifest(reader, "share")?;
    if manifest.role.is_none() {
        return Err(ShareError::BadContent {
            detail: "a share without a role".into(),
        }
        .into());
    }
    Ok(IncomingShare { manifest, archive })
}

/// Read and check the first entry of a bundle's contents.
pub(crate) fn read_manifest<R: Read>(
    reader: R,
    kind: &str,
) -> Result<(Manifest, ArchiveReader<R>)> {
    let mut archive = ArchiveReader::new(reader);
    let first = archive.next()?.ok_or_else(|| ShareError::BadContent {
        detail: "no manifest".into(),
    })?;
    if first.tag != MANIFEST {
        return Err(ShareError::BadContent {
            detail: "the manifest is not first".into(),
        }
        .into());
    }
    let manifest: Manifest = archive.json(&first)?;
    if manifest.format > CONTENT_FORMAT || manifest.schema_version > SCHEMA_VERSION {
        return Err(ShareError::MadeByNewerApp {
            found: manifest.schema_version,
            supported: SCHEMA_VERSION,
        }
        .into());
    }
    if manifest.kind != kind || !is_hex_id(&manifest.family_id) || manifest.from_replica.len() > 64
    {
        return Err(ShareError::BadContent {
            detail: format!("a manifest of kind {:?}", manifest.kind),
        }
        .into());
    }
    Ok((manifest, archive))
}

impl<R: Read> IncomingShare<R> {
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    pub fn role(&self) -> ShareRole {
        self.manifest.role.unwrap_or(ShareRole::Viewer)
    }

    /// Read the rest of the bundle, verify all of it, then apply it to `hb` in one
    /// transaction. A co-parent share goes into the family's own handbook (a handbook
    /// without records joins the family); a viewer share into a view
    /// ([`open_view`]). On any error nothing in `hb` or its photo folder changed.
    pub fn import_into(self, hb: &mut Handbook) -> Result<ShareImport> {
        let IncomingShare {
            manifest,
            mut archive,
        } = self;
        let role = manifest.role.unwrap_or(ShareRole::Viewer);
        let identity = hb.identity()?;
        let same_family = identity.family_id == manifest.family_id;
        let join = match role {
            ShareRole::Viewer if !identity.read_only => return Err(ShareError::ViewerShare.into()),
            ShareRole::CoParent if identity.read_only => {
                return Err(ShareError::WrongView {
                    family: identity.family_id,
                }
                .into());
            }
            _ if same_family => false,
            _ if !hb.has_records()? => true,
            ShareRole::Viewer => {
                return Err(ShareError::WrongView {
                    family: identity.family_id,
                }
                .into());
            }
            ShareRole::CoParent => return Err(ShareError::OtherFamily.into()),
        };

        let root = hb.photo_dir().map(Path::to_path_buf);
        let staging = root
            .as_ref()
            .map(|r| r.join(format!(".incoming-{}", manifest.bundle_id.simple())));
        let result = read_share_contents(&mut archive, staging.as_deref());
        let (changes, rows, staged) = match result {
            Ok(v) => v,
            Err(e) => {
                if let Some(s) = &staging {
                    let _ = fs::remove_dir_all(s);
                }
                return Err(e);
            }
        };
        let outcome = apply_share(
            hb,
            &manifest,
            join,
            role,
            &changes,
            &rows,
            &staged,
            root.as_deref(),
            staging.as_deref(),
        );
        if let Some(s) = &staging {
            let _ = fs::remove_dir_all(s);
        }
        outcome
    }
}

type Contents = (Vec<RecordVersion>, Vec<PhotoRow>, Vec<PathBuf>);

/// Read the records, the photo rows and the photo files (into `staging`), checking
/// each against the manifest's promises, up to the end mark.
fn read_share_contents<R: Read>(
    archive: &mut ArchiveReader<R>,
    staging: Option<&Path>,
) -> Result<Contents> {
    let bad = |detail: String| -> HandbookError { ShareError::BadContent { detail }.into() };
    let mut changes: Option<Vec<RecordVersion>> = None;
    let mut rows: Option<Vec<PhotoRow>> = None;
    let mut expected: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut staged = Vec::new();
    while let Some(entry) = archive.next()? {
        match (entry.tag, entry.name.as_str()) {
            (RECORDS, "records.json") if changes.is_none() => changes = Some(archive.json(&entry)?),
            (RECORDS, "photos.json") if rows.is_none() && changes.is_some() => {
                let list: Vec<PhotoRow> = archive.json(&entry)?;
                for row in &list {
                    if !row.has_valid_id() {
                        return Err(bad(format!("a photo id {:?}", row.id)));
                    }
                    for (rel, _) in row.files() {
                        expected.insert(entry_name(&rel), rel);
                    }
                }
                rows = Some(list);
            }
            (FILE, name) => {
                let rel = expected
                    .remove(name)
                    .ok_or_else(|| bad(format!("an unexpected file {name:?}")))?;
                match staging {
                    Some(staging) => {
                        let path = staging.join(&rel);
                        copy_to_file(archive, &entry, &path, &mut |_| {})?;
                        staged.push(rel);
                    }
                    None => archive.skip(&entry)?,
                }
            }
            _ => return Err(bad(format!("an unexpected entry {:?}", entry.name))),
        }
    }
    let (Some(changes), Some(rows)) = (changes, rows) else {
        return Err(bad("records or photos missing".into()));
    };
    if !expected.is_empty() && staging.is_some() {
        return Err(bad(format!("{} photo files missing", expected.len())));
    }
    Ok((changes, rows, staged))
}

/// Copy one file entry to `path` (creating its folder), flushed to disk.
pub(crate) fn copy_to_file<R: Read>(
    archive: &mut ArchiveReader<R>,
    entry: &archive::EntryHeader,
    path: &Path,
    progress: &mut dyn FnMut(u64),
) -> Result<()> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| archive::write_error(&path.display().to_string(), source)
    };
    // Private like everything decrypted from a bundle (0700 folders, 0600 files).
    if let Some(dir) = path.parent() {
        archive::create_private_dir_all(dir).map_err(io(dir))?;
    }
    let mut file = archive::create_private_file(path).map_err(io(path))?;
    archive.copy_to(entry, &mut file, progress)?;
    file.sync_all().map_err(io(path))?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn apply_share(
    hb: &mut Handbook,
    manifest: &Manifest,
    join: bool,
    role: ShareRole,
    changes: &[RecordVersion],
    rows: &[PhotoRow],
    staged: &[PathBuf],
    root: Option<&Path>,
    staging: Option<&Path>,
) -> Result<ShareImport> {
    let already_imported: bool = hb
        .conn()
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM imported_bundles WHERE bundle_id = ?1)",
            [manifest.bundle_id.to_string()],
            |r| r.get(0),
        )
        .map_err(HandbookError::sql("reading the handbook"))?;
    let mut photos_added = 0;
    for row in rows {
        if !crate::photos::exists(hb.conn(), &row.id)? {
            photos_added += 1;
        }
    }
    // The files go into place before the rows that point to them are committed; the
    // ones this import adds are taken out again if the merge is refused (a record
    // that breaks a rule), so that a refused share leaves the photo folder as it was.
    let mut added_files = Vec::new();
    if let (Some(root), Some(staging)) = (root, staging) {
        added_files = staged
            .iter()
            .filter(|rel| staging.join(rel).exists() && !root.join(rel).exists())
            .map(|rel| root.join(rel))
            .collect();
        crate::photos::move_into_place(staging, root, staged)?;
    }
    let mut released = BTreeSet::new();
    let report = hb.write_any("importing a share", |tx, ctx| {
        if join {
            tx.execute(
                "UPDATE handbook_identity SET family_id = ?1",
                [&manifest.family_id],
            )
            .map_err(HandbookError::sql("joining the family"))?;
        }
        crate::photos::insert_rows(tx, rows)?;
        let report = crate::store::merge_in(tx, ctx, changes, &mut released)?;
        tx.execute(
            "INSERT OR IGNORE INTO imported_bundles
                 (bundle_id, family_id, from_replica, imported_at, applied, unchanged)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            (
                manifest.bundle_id.to_string(),
                &manifest.family_id,
                &manifest.from_replica,
                &ctx.now_text,
                report.applied as i64,
                report.unchanged as i64,
            ),
        )
        .map_err(HandbookError::sql("importing a share"))?;
        Ok(report)
    });
    let report: MergeReport = match report {
        Ok(report) => report,
        Err(e) => {
            for path in &added_files {
                let _ = fs::remove_file(path);
            }
            return Err(e);
        }
    };
    let released: Vec<String> = released.into_iter().collect();
    hb.remove_released_photos(&released);
    Ok(ShareImport {
        bundle_id: manifest.bundle_id,
        family_id: manifest.family_id.clone(),
        role,
        applied: report.applied,
        unchanged: report.unchanged,
        photos_added,
        already_imported,
        joined: join,
        view_path: None,
    })
}

/// Where the view of `family_id` lives under `views_dir`.
pub fn view_path(views_dir: &Path, family_id: &str) -> PathBuf {
    views_dir.join(family_id).join("handbook.sqlite3")
}

/// Open (creating it the first time) the read-only view of a family.
pub fn open_view(views_dir: &Path, family_id: &str) -> Result<Handbook> {
    if !is_hex_id(family_id) {
        return Err(ShareError::BadContent {
            detail: format!("a family id {family_id:?}"),
        }
        .into());
    }
    let mut hb = Handbook::open(view_path(views_dir, family_id))?;
    let identity = hb.identity()?;
    if !identity.read_only {
        if hb.has_records()? {
            return Err(ShareError::WrongView {
                family: identity.family_id,
            }
            .into());
        }
        hb.adopt_family(family_id, true)?;
    }
    Ok(hb)
}

/// Import a viewer share into its family's view under `views_dir` (created the first
/// time); the report's `view_path` says where the view is.
pub fn import_to_view<R: Read>(
    views_dir: &Path,
    incoming: IncomingShare<R>,
) -> Result<ShareImport> {
    if incoming.role() != ShareRole::Viewer {
        return Err(ShareError::WrongView {
            family: incoming.manifest.family_id.clone(),
        }
        .into());
    }
    let family = incoming.manifest.family_id.clone();
    let path = view_path(views_dir, &family);
    let new = !path.exists();
    let result = open_view(views_dir, &family).and_then(|mut hb| {
        let report = incoming.import_into(&mut hb)?;
        hb.close()?;
        Ok(report)
    });
    match result {
        Ok(report) => Ok(ShareImport {
            view_path: Some(path),
            ..report
        }),
        Err(e) => {
            // A first bundle that failed leaves no empty view behind.
            if new && let Some(dir) = path.parent() {
                let _ = fs::remove_dir_all(dir);
            }
            Err(e)
        }
    }
}

/// The family views under `views_dir`, by family id.
pub fn views(views_dir: &Path) -> Result<Vec<ViewInfo>> {
    let mut out = Vec::new();
    let entries = match fs::read_dir(views_dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(source) => {
            return Err(HandbookError::Io {
                path: views_dir.to_path_buf(),
                source,
            });
        }
    };
    let mut families: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| is_hex_id(n))
        .collect();
    families.sort();
    for family_id in families {
        let path = view_path(views_dir, &family_id);
        if !path.exists() {
            continue;
        }
        let hb = Handbook::open(&path)?;
        let children = hb.children()?.into_iter().map(|c| c.data.name).collect();
        let last_import: Option<String> = hb
            .conn()
            .query_row("SELECT max(imported_at) FROM imported_bundles", [], |r| {
                r.get(0)
            })
            .map_err(HandbookError::sql("reading the handbook"))?;
        out.push(ViewInfo {
            family_id,
            path,
            children,
            last_import,
        });
    }
    Ok(out)
}

pub(crate) fn bad_content(detail: impl Into<String>) -> HandbookError {
    ShareError::BadContent {
        detail: detail.into(),
    }
    .into()
}

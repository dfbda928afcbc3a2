//! Versioned schema migrations: an ordered list of SQL files, the version kept in
//! `PRAGMA user_version`.
//!
//! A migration is never edited once released; a change is a new file. The whole
//! upgrade runs in one transaction, so a killed upgrade leaves the old version intact.

use rusqlite::{Connection, TransactionBehavior};

use super::APPLICATION_ID;
use crate::error::{HandbookError, Result};

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_records.sql"),
    include_str!("migrations/0002_checkups_dental_diary.sql"),
    include_str!("migrations/0003_photos.sql"),
    include_str!("migrations/0004_feed.sql"),
    include_str!("migrations/0005_sync.sql"),
    include_str!("migrations/0006_city.sql"),
    include_str!("migrations/0007_settings.sql"),
    include_str!("migrations/0008_delivery_blood_loss.sql"),
    include_str!("migrations/0009_pages.sql"),
    include_str!("migrations/0010_pregnancy_outcome_desk.sql"),
    include_str!("migrations/0011_delivery_page.sql"),
];

/// The schema version this build writes and reads.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Refuse a version this build cannot have written: newer than it knows, or negative
/// (never written by any version: a damaged or hand-edited file, which would
/// otherwise index the migration list out of range).
pub(crate) fn check_version(path: Option<&str>, version: i64) -> Result<()> {
    if version > SCHEMA_VERSION {
        return Err(HandbookError::SchemaTooNew {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version < 0 {
        return Err(HandbookError::Corrupt {
            path: path.unwrap_or(":memory:").into(),
            detail: format!("its schema version is {version}, which no version of Hagukumi writes"),
        });
    }
    Ok(())
}

/// Bring the file to `target` (at most [`SCHEMA_VERSION`]).
pub(crate) fn migrate(conn: &mut Connection, target: i64) -> Result<()> {
    let context = "upgrading the handbook";
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(HandbookError::sql(context))?;
    // Read again inside the transaction: another process may have upgraded the file
    // between our first look and taking the write lock.
    let current: i64 = tx
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(HandbookError::sql(context))?;
    check_version(tx.path(), current)?;
    if current >= target {
        return Ok(());
    }
    for sql in &MIGRATIONS[current as usize..target as usize] {
        tx.execute_batch(sql).map_err(HandbookError::sql(context))?;
    }
    tx.execute_batch(&format!(
        "PRAGMA user_version = {target}; PRAGMA application_id = {APPLICATION_ID};"
    ))
    .map_err(HandbookError::sql(context))?;
    tx.commit().map_err(HandbookError::sql(context))
}

/// One row of `sqlite_schema`: type, name, table, and its SQL with whitespace runs
/// collapsed (SQLite keeps the text as written).
pub(crate) type SchemaEntry = (String, String, String, Option<String>);

/// What `sqlite_schema` holds, sorted, every internal object included (automatic
/// indexes: their absence or presence is part of the schema too).
pub(crate) fn schema_of(conn: &Connection) -> rusqlite::Result<Vec<SchemaEntry>> {
    let mut stmt = conn.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema")?;
    let mut entries = stmt
        .query_map([], |r| {
            let sql: Option<String> = r.get(3)?;
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                sql.map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ")),
            ))
        })?
        .collect::<rusqlite::Result<Vec<SchemaEntry>>>()?;
    entries.sort();
    Ok(entries)
}

/// The exact schema a file of `version` has: the migrations 1..=version run on an
/// empty database in memory.
pub(crate) fn schema_at(version: i64) -> Result<Vec<SchemaEntry>> {
    let context = "checking a restored handbook";
    let mut conn = Connection::open_in_memory().map_err(HandbookError::sql(context))?;
    migrate(&mut conn, version.clamp(0, SCHEMA_VERSION))?;
    schema_of(&conn).map_err(HandbookError::sql(context))
}

/// Whatever `conn`'s file holds beyond or instead of the schema its version had when
/// this app (or an older one) wrote it: a trigger, a view, a table, an index, a
/// changed definition. Empty when the schema is exactly a known one.
///
/// A handbook that comes from outside (a restored backup) is checked with this before
/// anything runs on it: a trigger hidden in a crafted backup would otherwise run with
/// every later write (deleting rows while `check` says ok).
pub(crate) fn unexpected_schema(conn: &Connection, version: i64) -> Result<Vec<String>> {
    check_version(conn.path(), version)?;
    let found = schema_of(conn).map_err(HandbookError::sql("checking a restored handbook"))?;
    let expected = schema_at(version)?;
    let mut differences: Vec<String> = found
        .iter()
        .filter(|e| !expected.contains(e))
        .map(|(kind, name, _, _)| format!("{kind} {name:?}"))
        .collect();
    differences.extend(
        expected
            .iter()
            .filter(|e| !found.contains(e))
            .map(|(kind, name, _, _)| format!("missing {kind} {name:?}")),
    );
    Ok(differences)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Handbook;

    /// Representative rows a file of `version` can hold, written with only the
    /// columns that version had.
    fn insert_rows_of(conn: &Connection, version: i64) {
        conn.execute_batch(
            "INSERT INTO children (id, created_at, updated_at, name, sex, birth_date, birth_order)
             VALUES ('0190c8a0-0000-7000-8000-000000000001', '2026-01-01T00:00:00Z',
                     '2026-01-01T00:00:00Z', 'はな', 'female', '2025-05-05', 1);
             INSERT INTO vaccinations (id, created_at, updated_at, child_id, vaccine, dose, date)
             VALUES ('0190c8a0-0000-7000-8000-000000000011', '2026-01-01T00:00:00Z',
                     '2026-01-01T00:00:00Z', '0190c8a0-0000-7000-8000-000000000001',
                     'hib', 1, '2025-07-05');",
        )
        .unwrap();
        if version >= 2 {
            conn.execute_batch(
                "INSERT INTO diary (id, created_at, updated_at, written_on, text, photos)
                 VALUES ('0190c8a0-0000-7000-8000-000000000002', '2026-01-01T00:00:00Z',
                         '2026-01-01T00:00:00Z', '2026-01-01', 'はじめて笑った', '[]');",
            )
            .unwrap();
        }
        if version >= 4 {
            conn.execute_batch(
                "INSERT INTO feed_source (singleton, feed_url, city_code, city_name, title,
                                          generated_at, applied_at, checked_at)
                 VALUES (1, 'https://city.example/feed.json', '131016', '千代田区', 'お知らせ',
                         '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');",
            )
            .unwrap();
        }
    }

    #[test]
    fn every_old_version_upgrades_to_the_fresh_schema_keeping_its_data() {
        let fresh = schema_at(SCHEMA_VERSION).unwrap();
        assert_eq!(
            fresh,
            schema_of(Handbook::open_in_memory().unwrap().conn()).unwrap()
        );
        for version in 1..SCHEMA_VERSION {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join(format!("v{version}.hagukumi"));
            {
                let mut conn = Connection::open(&path).unwrap();
                migrate(&mut conn, version).unwrap();
                insert_rows_of(&conn, version);
                let v: i64 = conn
                    .query_row("PRAGMA user_version", [], |r| r.get(0))
                    .unwrap();
                assert_eq!(v, version);
            }
            let hb = Handbook::open(&path).unwrap();
            assert_eq!(
                hb.schema_version().unwrap(),
                SCHEMA_VERSION,
                "from {version}"
            );
            assert_eq!(schema_of(hb.conn()).unwrap(), fresh, "from {version}");
            assert_eq!(hb.integrity_check().unwrap(), "ok", "from {version}");
            let children = hb.children().unwrap();
            assert_eq!(children.len(), 1, "from {version}");
            assert_eq!(children[0].data.name, "はな");
            assert_eq!(
                hb.vaccinations(crate::model::Subject::Child(children[0].id()))
                    .unwrap()
                    .len(),
                1
            );
            let count = |sql: &str| -> i64 { hb.conn().query_row(sql, [], |r| r.get(0)).unwrap() };
            if version >= 2 {
                assert_eq!(
                    count("SELECT count(*) FROM diary WHERE text = 'はじめて笑った'"),
                    1
                );
            }
            if version >= 4 {
                assert_eq!(
                    count("SELECT count(*) FROM feed_source"),
                    1,
                    "from {version}"
                );
            }
        }
    }

    #[test]
    fn a_version_10_delivery_reads_with_the_new_rows_empty() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v10.hagukumi");
        {
            let mut conn = Connection::open(&path).unwrap();
            migrate(&mut conn, 10).unwrap();
            conn.execute_batch(
                "INSERT INTO pregnancies (id, created_at, updated_at, lmp, fetuses)
                 VALUES ('0190c8a0-0000-7000-8000-000000000021', '2025-01-01T00:00:00Z',
                         '2025-01-01T00:00:00Z', '2025-01-10', 1);
                 INSERT INTO deliveries (id, created_at, updated_at, pregnancy_id, delivered_at,
                                         ga_days, method, attendant, notes, blood_loss_ml)
                 VALUES ('0190c8a0-0000-7000-8000-000000000022', '2025-10-15T00:00:00Z',
                         '2025-10-15T00:00:00Z', '0190c8a0-0000-7000-8000-000000000021',
                         '2025-10-15T03:10:00', 279, 'vaginal', '医師・助産師',
                         '特別な所見なし', 400);
                 INSERT INTO children (id, created_at, updated_at, name, sex, birth_date,
                                       birth_order, delivery_id, birth_weight_kg)
                 VALUES ('0190c8a0-0000-7000-8000-000000000023', '2025-10-15T00:00:00Z',
                         '2025-10-15T00:00:00Z', 'はな', 'female', '2025-10-15', 1,
                         '0190c8a0-0000-7000-8000-000000000022', 3.02);",
            )
            .unwrap();
        }
        let hb = Handbook::open(&path).unwrap();
        assert_eq!(hb.schema_version().unwrap(), SCHEMA_VERSION);
        let id = "0190c8a0-0000-7000-8000-000000000022".parse().unwrap();
        let d = hb.delivery(id).unwrap().data;
        assert_eq!(d.attendant.as_deref(), Some("医師・助産師"));
        assert_eq!(d.notes.as_deref(), Some("特別な所見なし"));
        assert_eq!(d.blood_loss_ml, Some(400));
        assert_eq!(
            (
                d.presentation,
                d.labor_minutes,
                d.transfusion,
                d.certificate
            ),
            (None, None, None, None)
        );
        assert_eq!((d.midwife, d.other_attendant), (None, None));
        let child = &hb.children().unwrap()[0];
        assert_eq!(child.data.birth.weight_kg, Some(3.02));
        assert_eq!(child.data.birth.findings, None);
        // The typing guards hold in the file too: a detail without 有 is refused.
        let err = hb
            .conn()
            .execute(
                "UPDATE deliveries SET transfusion_detail = 'x' WHERE id = ?1",
                [id.to_string()],
            )
            .unwrap_err();
        assert!(err.to_string().contains("CHECK"), "{err}");
    }

    #[test]
    fn a_negative_version_is_reported_as_damaged_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("negative.hagukumi");
        Handbook::open(&path).unwrap().close().unwrap();
        Connection::open(&path)
            .unwrap()
            .execute_batch("PRAGMA user_version = -1;")
            .unwrap();
        let before = std::fs::read(&path).unwrap();
        let err = Handbook::open(&path).unwrap_err();
        assert!(matches!(err, HandbookError::Corrupt { .. }), "{err:?}");
        assert!(err.to_string().contains("damaged"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
        // Straight into the migrations too (a restore reads the version itself).
        let mut conn = Connection::open(&path).unwrap();
        let err = migrate(&mut conn, SCHEMA_VERSION).unwrap_err();
        assert!(matches!(err, HandbookError::Corrupt { .. }), "{err:?}");
    }

    #[test]
    fn an_extra_trigger_is_an_unexpected_schema() {
        let hb = Handbook::open_in_memory().unwrap();
        assert_eq!(
            unexpected_schema(hb.conn(), SCHEMA_VERSION).unwrap(),
            Vec::<String>::new()
        );
        hb.conn()
            .execute_batch(
                "CREATE TRIGGER wipe AFTER INSERT ON growth BEGIN DELETE FROM vaccinations; END;",
            )
            .unwrap();
        let found = unexpected_schema(hb.conn(), SCHEMA_VERSION).unwrap();
        assert_eq!(found, vec!["trigger \"wipe\"".to_string()]);
    }

    #[test]
    fn a_version_2_file_upgrades_to_photos_with_its_diary_links() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v2.hagukumi");
        {
            let mut conn = Connection::open(&path).unwrap();
            migrate(&mut conn, 2).unwrap();
            conn.execute_batch(
                "INSERT INTO diary (id, created_at, updated_at, written_on, text, photos)
                 VALUES ('0190c8a0-0000-7000-8000-000000000002', '2026-01-01T00:00:00Z',
                         '2026-01-01T00:00:00Z', '2026-01-01', 'x', '[\"a\", \"b\"]');
                 INSERT INTO diary (id, created_at, updated_at, deleted_at, written_on, text, photos)
                 VALUES ('0190c8a0-0000-7000-8000-000000000003', '2026-01-01T00:00:00Z',
                         '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', '2026-01-01', 'y', '[\"c\"]');",
            )
            .unwrap();
        }
        let hb = Handbook::open(&path).unwrap();
        assert_eq!(hb.schema_version().unwrap(), SCHEMA_VERSION);
        let links: Vec<String> = hb
            .conn()
            .prepare("SELECT photo_id FROM diary_photos ORDER BY photo_id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(links, vec!["a", "b"], "only live entries are linked");
        assert_eq!(
            schema_of(hb.conn()).unwrap(),
            schema_at(SCHEMA_VERSION).unwrap()
        );
    }

    #[test]
    fn a_newer_file_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("future.hagukumi");
        drop(Handbook::open(&path).unwrap());
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(&format!("PRAGMA user_version = {};", SCHEMA_VERSION + 5))
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Handbook::open(&path).unwrap_err();
        assert!(
            matches!(err, HandbookError::SchemaTooNew { found, supported }
                if found == SCHEMA_VERSION + 5 && supported == SCHEMA_VERSION),
            "{err:?}"
        );
        assert!(err.to_string().contains("newer version"));
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn another_programs_database_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        Connection::open(&path)
            .unwrap()
            .execute_batch("CREATE TABLE t (x INTEGER);")
            .unwrap();
        let err = Handbook::open(&path).unwrap_err();
        assert!(matches!(err, HandbookError::NotAHandbook { .. }), "{err:?}");
    }

    #[test]
    fn a_file_that_is_not_sqlite_is_reported_as_damaged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("garbage.hagukumi");
        std::fs::write(&path, vec![0x42u8; 8192]).unwrap();
        let err = Handbook::open(&path).unwrap_err();
        assert!(matches!(err, HandbookError::Corrupt { .. }), "{err:?}");
    }

    #[test]
    fn reopening_is_idempotent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.hagukumi");
        Handbook::open(&path).unwrap().close().unwrap();
        let hb = Handbook::open(&path).unwrap();
        assert_eq!(hb.schema_version().unwrap(), SCHEMA_VERSION);
        assert_eq!(hb.integrity_check().unwrap(), "ok");
    }
}

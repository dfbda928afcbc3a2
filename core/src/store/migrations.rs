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
];

/// The schema version this build writes and reads.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

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
    if current > SCHEMA_VERSION {
        return Err(HandbookError::SchemaTooNew {
            found: current,
            supported: SCHEMA_VERSION,
        });
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Handbook;

    fn schema(conn: &Connection) -> Vec<(String, String)> {
        let mut stmt = conn
            .prepare("SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn upgrading_an_old_file_keeps_its_data_and_matches_a_fresh_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.hagukumi");
        {
            let mut conn = Connection::open(&path).unwrap();
            migrate(&mut conn, 1).unwrap();
            conn.execute(
                "INSERT INTO children (id, created_at, updated_at, name, sex, birth_date, birth_order)
                 VALUES ('0190c8a0-0000-7000-8000-000000000001', '2026-01-01T00:00:00Z',
                         '2026-01-01T00:00:00Z', 'はな', 'female', '2025-05-05', 1)",
                [],
            )
            .unwrap();
            let v: i64 = conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .unwrap();
            assert_eq!(v, 1);
        }
        let hb = Handbook::open(&path).unwrap();
        assert_eq!(hb.schema_version().unwrap(), SCHEMA_VERSION);
        let children = hb.children().unwrap();
        assert_eq!(children.len(), 1);
        assert_eq!(children[0].data.name, "はな");

        let fresh = Handbook::open_in_memory().unwrap();
        assert_eq!(schema(hb.conn()), schema(fresh.conn()));
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
        let fresh = Handbook::open_in_memory().unwrap();
        assert_eq!(schema(hb.conn()), schema(fresh.conn()));
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

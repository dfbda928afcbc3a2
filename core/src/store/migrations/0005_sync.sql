-- Schema 5: versions for sharing between phones, and the handbook's identity.
--
-- Every record row gets three columns (owned, like the row, by the record's module;
-- written only through store/records.rs and store/sync.rs):
-- - hlc: a hybrid logical clock reading (milliseconds since 1970 << 16 | a counter)
--   of the write that made this version. With `origin` it orders all versions of a
--   record in every copy of the handbook the same way: a merge keeps the greater
--   (hlc, origin), so two phones that exchanged everything hold the same rows.
-- - origin: the replica (phone) that made this version.
-- - seq: this file's own change counter when the version arrived here (written
--   locally or merged in). "What is new since the last share" is seq > the share's
--   cursor, so versions merged from the other parent are passed on to grandparents
--   too, which an hlc cursor would miss.
-- No index on seq: a share reads the table once; an index would cost every insert.
--
-- Versions of rows written before schema 5 are dated by their updated_at.

CREATE TABLE handbook_identity (
    singleton INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
    -- The family this handbook belongs to: the same on both parents' phones once
    -- they have joined, and the name of a grandparent's read-only view.
    family_id TEXT NOT NULL,
    -- This copy of the handbook (a phone, or a restored backup that was merged).
    replica_id TEXT NOT NULL,
    -- 'own': the family's own handbook; 'view': a read-only copy of another family's.
    role TEXT NOT NULL DEFAULT 'own' CHECK (role IN ('own', 'view')),
    -- The last clock reading issued or seen, and the last change counter.
    hlc INTEGER NOT NULL,
    seq INTEGER NOT NULL
) STRICT;

INSERT INTO handbook_identity (singleton, family_id, replica_id, role, hlc, seq)
    VALUES (1, lower(hex(randomblob(16))), lower(hex(randomblob(16))), 'own', 0, 1);

-- The mother's profile is rebuilt so that only a LIVE profile is unique: a merge of
-- two profiles made on two phones before they joined keeps the later one live and
-- the other as a tombstone, which the old UNIQUE (singleton) did not allow.
CREATE TABLE mother_profile_v5 (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    singleton INTEGER NOT NULL DEFAULT 1 CHECK (singleton = 1),
    name TEXT NOT NULL,
    name_kana TEXT,
    birth_date TEXT,
    blood_type TEXT,
    height_cm REAL,
    district TEXT,
    notes TEXT
) STRICT, WITHOUT ROWID;
INSERT INTO mother_profile_v5 SELECT * FROM mother_profile;
DROP TABLE mother_profile;
ALTER TABLE mother_profile_v5 RENAME TO mother_profile;
CREATE UNIQUE INDEX mother_profile_live ON mother_profile (singleton) WHERE deleted_at IS NULL;

ALTER TABLE mother_profile ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mother_profile ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE mother_profile ADD COLUMN seq INTEGER NOT NULL DEFAULT 1;
ALTER TABLE pregnancies ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE pregnancies ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE pregnancies ADD COLUMN seq INTEGER NOT NULL DEFAULT 1;
ALTER TABLE prenatal_checkups ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE prenatal_checkups ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE prenatal_checkups ADD COLUMN seq INTEGER NOT NULL DEFAULT 1;
ALTER TABLE deliveries ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deliveries ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE deliveries ADD COLUMN seq INTEGER NOT NULL DEFAULT 1;
ALTER TABLE children ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE children ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE children ADD COLUMN seq INTEGER NOT NULL DEFAULT 1;
ALTER TABLE growth ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE growth ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE growth ADD COLUMN seq INTEGER NOT NULL DEFAULT 1;
ALTER TABLE vaccinations ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE vaccinations ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE vaccinations ADD COLUMN seq INTEGER NOT NULL DEFAULT 1;
ALTER TABLE infant_checkups ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE infant_checkups ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE infant_checkups ADD COLUMN seq INTEGER NOT NULL DEFAULT 1;
ALTER TABLE dental ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dental ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE dental ADD COLUMN seq INTEGER NOT NULL DEFAULT 1;
ALTER TABLE diary ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE diary ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE diary ADD COLUMN seq INTEGER NOT NULL DEFAULT 1;

UPDATE mother_profile SET hlc = CAST(unixepoch(updated_at, 'subsec') * 1000 AS INTEGER) << 16,
    origin = (SELECT replica_id FROM handbook_identity);
UPDATE pregnancies SET hlc = CAST(unixepoch(updated_at, 'subsec') * 1000 AS INTEGER) << 16,
    origin = (SELECT replica_id FROM handbook_identity);
UPDATE prenatal_checkups SET hlc = CAST(unixepoch(updated_at, 'subsec') * 1000 AS INTEGER) << 16,
    origin = (SELECT replica_id FROM handbook_identity);
UPDATE deliveries SET hlc = CAST(unixepoch(updated_at, 'subsec') * 1000 AS INTEGER) << 16,
    origin = (SELECT replica_id FROM handbook_identity);
UPDATE children SET hlc = CAST(unixepoch(updated_at, 'subsec') * 1000 AS INTEGER) << 16,
    origin = (SELECT replica_id FROM handbook_identity);
UPDATE growth SET hlc = CAST(unixepoch(updated_at, 'subsec') * 1000 AS INTEGER) << 16,
    origin = (SELECT replica_id FROM handbook_identity);
UPDATE vaccinations SET hlc = CAST(unixepoch(updated_at, 'subsec') * 1000 AS INTEGER) << 16,
    origin = (SELECT replica_id FROM handbook_identity);
UPDATE infant_checkups SET hlc = CAST(unixepoch(updated_at, 'subsec') * 1000 AS INTEGER) << 16,
    origin = (SELECT replica_id FROM handbook_identity);
UPDATE dental SET hlc = CAST(unixepoch(updated_at, 'subsec') * 1000 AS INTEGER) << 16,
    origin = (SELECT replica_id FROM handbook_identity);
UPDATE diary SET hlc = CAST(unixepoch(updated_at, 'subsec') * 1000 AS INTEGER) << 16,
    origin = (SELECT replica_id FROM handbook_identity);

UPDATE handbook_identity SET hlc = (SELECT coalesce(max(h), 0) FROM (
    SELECT max(hlc) AS h FROM mother_profile UNION ALL SELECT max(hlc) FROM pregnancies
    UNION ALL SELECT max(hlc) FROM prenatal_checkups UNION ALL SELECT max(hlc) FROM deliveries
    UNION ALL SELECT max(hlc) FROM children UNION ALL SELECT max(hlc) FROM growth
    UNION ALL SELECT max(hlc) FROM vaccinations UNION ALL SELECT max(hlc) FROM infant_checkups
    UNION ALL SELECT max(hlc) FROM dental UNION ALL SELECT max(hlc) FROM diary));

-- The family's shares (共有先): whom, what, with which key, and how far the last
-- export went. Owned by store/sync.rs. The key is kept so that the next "what's
-- new" bundle opens with the key the grandparents already scanned.
CREATE TABLE shares (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('co_parent', 'viewer')),
    scope TEXT NOT NULL CHECK (scope IN ('family', 'child', 'pregnancy')),
    scope_id TEXT,
    share_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seq INTEGER NOT NULL DEFAULT 0,
    last_exported_at TEXT,
    CHECK ((scope = 'family') = (scope_id IS NULL))
) STRICT;

-- Bundles merged into this handbook, so that importing one twice is reported as
-- such (the merge itself is idempotent whatever this table says).
CREATE TABLE imported_bundles (
    bundle_id TEXT PRIMARY KEY NOT NULL,
    family_id TEXT NOT NULL,
    from_replica TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    applied INTEGER NOT NULL,
    unchanged INTEGER NOT NULL
) STRICT;

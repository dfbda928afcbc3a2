-- Schema 1: the mother, pregnancies and their checkups, deliveries, children, growth
-- and vaccinations.
--
-- Record tables are clustered on their UUID (WITHOUT ROWID): one B-tree fewer per
-- insert than a rowid table with a separate primary-key index.
--
-- Every record table has the same five leading columns (id, created_at, updated_at,
-- rev, deleted_at): a UUID v7 as text, RFC 3339 UTC timestamps, a revision counter
-- and a tombstone. Deleted rows stay as tombstones so that sharing can carry the
-- deletion to the other phone. Dates are ISO 8601 text (YYYY-MM-DD), which sorts
-- chronologically. Partial indexes (WHERE deleted_at IS NULL) serve the screens,
-- which never show tombstones.

CREATE TABLE mother_profile (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
    name TEXT NOT NULL,
    name_kana TEXT,
    birth_date TEXT,
    blood_type TEXT,
    height_cm REAL,
    district TEXT,
    notes TEXT
) STRICT, WITHOUT ROWID;

CREATE TABLE pregnancies (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    lmp TEXT,
    ultrasound_due_date TEXT,
    fetuses INTEGER NOT NULL CHECK (fetuses BETWEEN 1 AND 5),
    pre_pregnancy_weight_kg REAL,
    notes TEXT,
    CHECK (lmp IS NOT NULL OR ultrasound_due_date IS NOT NULL)
) STRICT, WITHOUT ROWID;

CREATE TABLE prenatal_checkups (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    pregnancy_id TEXT NOT NULL REFERENCES pregnancies(id),
    date TEXT NOT NULL,
    weight_kg REAL,
    bp_systolic INTEGER,
    bp_diastolic INTEGER,
    urine_protein TEXT,
    urine_glucose TEXT,
    fundal_height_cm REAL,
    abdominal_girth_cm REAL,
    oedema TEXT,
    clinic TEXT,
    notes TEXT,
    next_visit TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX prenatal_checkups_by_pregnancy
    ON prenatal_checkups (pregnancy_id, date, id) WHERE deleted_at IS NULL;

CREATE TABLE deliveries (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    pregnancy_id TEXT NOT NULL REFERENCES pregnancies(id),
    delivered_at TEXT NOT NULL,
    ga_days INTEGER NOT NULL,
    method TEXT NOT NULL,
    place TEXT,
    attendant TEXT,
    notes TEXT
) STRICT, WITHOUT ROWID;
-- One live delivery per pregnancy; a deleted one may be recorded again.
CREATE UNIQUE INDEX deliveries_by_pregnancy
    ON deliveries (pregnancy_id) WHERE deleted_at IS NULL;

CREATE TABLE children (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    name TEXT NOT NULL,
    name_kana TEXT,
    sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
    birth_date TEXT NOT NULL,
    birth_order INTEGER NOT NULL,
    ga_days INTEGER,
    delivery_id TEXT REFERENCES deliveries(id),
    birth_weight_kg REAL,
    birth_length_cm REAL,
    birth_head_cm REAL,
    birth_chest_cm REAL,
    apgar_1min INTEGER,
    apgar_5min INTEGER
) STRICT, WITHOUT ROWID;
CREATE INDEX children_by_delivery ON children (delivery_id) WHERE delivery_id IS NOT NULL;

CREATE TABLE growth (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    child_id TEXT NOT NULL REFERENCES children(id),
    measured_on TEXT NOT NULL,
    weight_kg REAL,
    length_cm REAL,
    position TEXT CHECK (position IN ('recumbent', 'standing')),
    head_cm REAL,
    notes TEXT,
    CHECK (weight_kg IS NOT NULL OR length_cm IS NOT NULL OR head_cm IS NOT NULL)
) STRICT, WITHOUT ROWID;
CREATE INDEX growth_by_child ON growth (child_id, measured_on, id) WHERE deleted_at IS NULL;
-- The child's card shows the latest value of each measurement, which may come from
-- different days (a home weighing has no length). One small index per value finds
-- each directly instead of walking back past the rows that lack it.
CREATE INDEX growth_weight_by_child ON growth (child_id, measured_on, id)
    WHERE deleted_at IS NULL AND weight_kg IS NOT NULL;
CREATE INDEX growth_length_by_child ON growth (child_id, measured_on, id)
    WHERE deleted_at IS NULL AND length_cm IS NOT NULL;
CREATE INDEX growth_head_by_child ON growth (child_id, measured_on, id)
    WHERE deleted_at IS NULL AND head_cm IS NOT NULL;

CREATE TABLE vaccinations (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    child_id TEXT REFERENCES children(id),
    pregnancy_id TEXT REFERENCES pregnancies(id),
    vaccine TEXT NOT NULL,
    dose INTEGER NOT NULL CHECK (dose >= 1),
    date TEXT NOT NULL,
    brand TEXT,
    lot TEXT,
    clinic TEXT,
    notes TEXT,
    CHECK ((child_id IS NULL) <> (pregnancy_id IS NULL))
) STRICT, WITHOUT ROWID;
CREATE INDEX vaccinations_by_child
    ON vaccinations (child_id, date, id) WHERE deleted_at IS NULL AND child_id IS NOT NULL;
CREATE INDEX vaccinations_by_pregnancy
    ON vaccinations (pregnancy_id, date, id) WHERE deleted_at IS NULL AND pregnancy_id IS NOT NULL;

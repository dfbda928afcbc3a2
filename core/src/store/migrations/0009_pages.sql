-- Schema 9: the pages of the handbook that the form data defines (core/data/forms/):
-- the newborn period, the screening tests, the mother's tests, the pages after the
-- birth, the partner's page, stool-colour checks. One row per filled page; the
-- answers are JSON keyed by the form data's field ids, checked against the data on
-- every write and merge. A page about the family has neither a child nor a
-- pregnancy.
--
-- The infant checkup pages keep their answers in infant_checkups.milestones, now as
-- the same JSON answers (older rows held question texts and are read as such).

CREATE TABLE pages (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    hlc INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT '',
    seq INTEGER NOT NULL DEFAULT 1,
    child_id TEXT REFERENCES children(id),
    pregnancy_id TEXT REFERENCES pregnancies(id),
    page TEXT NOT NULL,
    date TEXT NOT NULL,
    answers TEXT NOT NULL,
    CHECK (child_id IS NULL OR pregnancy_id IS NULL)
) STRICT, WITHOUT ROWID;
CREATE INDEX pages_by_child ON pages (child_id, page, date) WHERE deleted_at IS NULL;
CREATE INDEX pages_by_pregnancy ON pages (pregnancy_id, page, date) WHERE deleted_at IS NULL;

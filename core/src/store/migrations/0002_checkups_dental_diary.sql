-- Schema 2: infant checkup pages, dental checkups and the diary.

CREATE TABLE infant_checkups (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    child_id TEXT NOT NULL REFERENCES children(id),
    checkup TEXT NOT NULL,
    date TEXT NOT NULL,
    -- The parent's answers, always read and written with their page: a JSON array of
    -- {"question": …, "answer": "yes" | "no" | "since", "date": …}.
    milestones TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(milestones)),
    findings TEXT,
    clinic TEXT,
    notes TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX infant_checkups_by_child
    ON infant_checkups (child_id, date, id) WHERE deleted_at IS NULL;

CREATE TABLE dental (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    child_id TEXT REFERENCES children(id),
    pregnancy_id TEXT REFERENCES pregnancies(id),
    date TEXT NOT NULL,
    teeth_present INTEGER,
    caries INTEGER,
    fluoride_applied INTEGER NOT NULL DEFAULT 0,
    findings TEXT,
    clinic TEXT,
    CHECK ((child_id IS NULL) <> (pregnancy_id IS NULL))
) STRICT, WITHOUT ROWID;
CREATE INDEX dental_by_child
    ON dental (child_id, date, id) WHERE deleted_at IS NULL AND child_id IS NOT NULL;
CREATE INDEX dental_by_pregnancy
    ON dental (pregnancy_id, date, id) WHERE deleted_at IS NULL AND pregnancy_id IS NOT NULL;

CREATE TABLE diary (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    written_on TEXT NOT NULL,
    text TEXT NOT NULL,
    mood TEXT,
    photos TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(photos))
) STRICT, WITHOUT ROWID;

-- Whom each diary entry is about (one entry can be about both twins). The entry's
-- date is repeated here, maintained only by the diary module, so that a subject's
-- timeline reads its diary in date order straight from this index.
CREATE TABLE diary_subjects (
    diary_id TEXT NOT NULL REFERENCES diary(id),
    child_id TEXT REFERENCES children(id),
    pregnancy_id TEXT REFERENCES pregnancies(id),
    written_on TEXT NOT NULL,
    CHECK ((child_id IS NULL) <> (pregnancy_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX diary_subjects_unique
    ON diary_subjects (diary_id, coalesce(child_id, ''), coalesce(pregnancy_id, ''));
CREATE INDEX diary_subjects_by_child
    ON diary_subjects (child_id, written_on, diary_id) WHERE child_id IS NOT NULL;
CREATE INDEX diary_subjects_by_pregnancy
    ON diary_subjects (pregnancy_id, written_on, diary_id) WHERE pregnancy_id IS NOT NULL;

-- Schema 3: photos, and which diary entries show them.

-- One row per stored photo, named by the hash of its normalized pixels (32 hex
-- digits of BLAKE3). Its two files (display copy and thumbnail) follow from the id
-- (core/src/photos/files.rs), so no path is stored and the folder can move with the
-- handbook. Not a record table: a photo has no revisions to sync and no tombstone;
-- its row and its files exist while an entry shows it (or until it is attached to
-- one), and go together. Owned by the photos module.
CREATE TABLE photos (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 32),
    imported_at TEXT NOT NULL,
    -- DateTimeOriginal: RFC 3339 with the camera's offset when it recorded one,
    -- else local time without an offset (YYYY-MM-DDTHH:MM:SS).
    taken_at TEXT,
    source_format TEXT NOT NULL CHECK (source_format IN ('jpeg', 'png', 'webp')),
    -- The original's size, upright.
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    display_width INTEGER NOT NULL,
    display_height INTEGER NOT NULL,
    display_bytes INTEGER NOT NULL,
    thumbnail_width INTEGER NOT NULL,
    thumbnail_height INTEGER NOT NULL,
    thumbnail_bytes INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Which live diary entries show which photo, kept in step with diary.photos (the
-- entry's ordered list, which stays the record's content) by the diary module. It
-- answers "is this the last entry showing the photo?" by index instead of parsing
-- every entry's JSON. photo_id has no foreign key: entries written before schema 3
-- may hold references that never were stored photos.
CREATE TABLE diary_photos (
    diary_id TEXT NOT NULL REFERENCES diary(id),
    photo_id TEXT NOT NULL,
    PRIMARY KEY (diary_id, photo_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX diary_photos_by_photo ON diary_photos (photo_id, diary_id);

INSERT OR IGNORE INTO diary_photos (diary_id, photo_id)
    SELECT diary.id, j.value FROM diary, json_each(diary.photos) AS j
    WHERE diary.deleted_at IS NULL AND j.type = 'text';

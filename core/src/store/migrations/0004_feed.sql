-- Schema (feed): the city's feed as last applied, and what the family did with it.
--
-- Owned by store/feed.rs. The feed tables hold a copy of what the city published,
-- replaced whole in one transaction at each applied update; they are not records of
-- the handbook (no UUIDs, no tombstones, never shared between phones). The family's
-- own marks (read, bookmarked) live in a separate table keyed by the city's item id,
-- so that they survive updates of the same item.

-- Where the applied feed came from, for conditional GET and for refusing an older
-- feed than the one applied (a replayed file would bring back withdrawn notices).
CREATE TABLE feed_source (
    singleton INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
    feed_url TEXT NOT NULL,
    city_code TEXT NOT NULL,
    city_name TEXT NOT NULL,
    title TEXT NOT NULL,
    generated_at TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    applied_at TEXT NOT NULL,
    checked_at TEXT NOT NULL
) STRICT;

-- One row per notice, event, facility, medical institution or programme. `data` is
-- the entry as published (JSON), read back whole for display and targeting; the
-- columns beside it are what queries sort and filter on.
CREATE TABLE feed_entries (
    kind TEXT NOT NULL CHECK (kind IN
        ('notice', 'event', 'childcare_facility', 'medical_institution', 'programme')),
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    -- Published date (notices) or start date (events): the order of lists.
    sort_date TEXT,
    -- Last day shown, in Japan; NULL: no end. Rows past it are deleted.
    valid_until TEXT,
    -- date_modified (or date_published): a read item modified since is flagged.
    modified TEXT,
    data TEXT NOT NULL CHECK (json_valid(data)),
    PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;
CREATE INDEX feed_entries_by_valid_until
    ON feed_entries (valid_until) WHERE valid_until IS NOT NULL;

CREATE TABLE feed_entry_state (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    read_at TEXT,
    bookmarked_at TEXT,
    PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;

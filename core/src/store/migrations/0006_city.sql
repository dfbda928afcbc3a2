-- Schema (city): the city this handbook follows, and the notices of cities the family
-- left.
--
-- Owned by store/feed.rs (store::feed::city). Like the feed tables, these are not
-- records of the handbook: no UUIDs, no tombstones, never shared between phones.

-- The chosen city configuration (what `city.toml` holds): the sync reads it, so the
-- apps need not carry the configuration around, and a feed for any other city is
-- refused until the family moves. One row at most; none before a city is chosen.
CREATE TABLE city_config (
    singleton INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    name_en TEXT,
    feed_url TEXT NOT NULL,
    -- JSON array of base64 Ed25519 public keys (usually one, two while rotating).
    public_keys TEXT NOT NULL CHECK (json_valid(public_keys)),
    chosen_at TEXT NOT NULL
) STRICT;

-- Notices of a city the family moved away from, as published, with the family's
-- marks at the time of the move. Kept until the family deletes the handbook: a
-- notice about a subsidy or a checkup in the old city may still be needed to answer
-- the new city's questions. Moving back to a city and away again replaces that
-- city's archived copy of the same notice with the newer one.
CREATE TABLE feed_archive (
    city_code TEXT NOT NULL,
    city_name TEXT NOT NULL,
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    -- Published date, a day in Japan: the order within a city.
    sort_date TEXT,
    data TEXT NOT NULL CHECK (json_valid(data)),
    read_at TEXT,
    bookmarked_at TEXT,
    archived_at TEXT NOT NULL,
    PRIMARY KEY (city_code, id)
) STRICT, WITHOUT ROWID;

-- Schema 7: the family's settings for this handbook.
--
-- Owned by store/plans.rs. Not records: no UUIDs, no versions, never shared between
-- phones (each parent chooses how their own phone nudges them). One row per setting;
-- a setting never written has its default.
--
-- Keys in use:
-- - 'schedule_timing': 'standard' (nudge by the standard period, 標準的な接種期間) or
--   'earliest' (as early as the law allows).
CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

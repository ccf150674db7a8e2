-- Migration 3: officer overrides of a scorecard status. Never edit once landed; add a new migration.

-- Append-only history: a row is never updated or deleted. The newest row (highest id) for a
-- plan × measure × area wins; status 'cleared' returns to the computed status. A note is
-- always required. created_at: UTC, ISO 8601 ("2025-06-30T14:05:00Z").
CREATE TABLE status_override (
    id ${ID},
    plan_code VARCHAR(64) NOT NULL,
    measure_code VARCHAR(64) NOT NULL,
    area_code VARCHAR(32) NOT NULL,
    status VARCHAR(32) NOT NULL CHECK (status IN ('on_track', 'at_risk', 'off_track', 'no_target',
                                                  'insufficient_data', 'cleared')),
    note TEXT NOT NULL CHECK (TRIM(note) <> ''),
    author TEXT NOT NULL,
    created_at VARCHAR(32) NOT NULL
);
CREATE INDEX status_override_by_measure ON status_override (plan_code, measure_code, area_code);

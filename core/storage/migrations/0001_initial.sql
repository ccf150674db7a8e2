-- Migration 1: the workspace's foundation. Never edit once landed; add a new migration.
-- Placeholders: ${ID} generated 64-bit primary key, ${BIGINT}, ${REAL} (see SqlDialect).

CREATE TABLE workspace_meta (
    meta_key VARCHAR(64) PRIMARY KEY,
    meta_value TEXT NOT NULL
);

CREATE TABLE area (
    id ${ID},
    code VARCHAR(64) NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind VARCHAR(32) NOT NULL,
    parent_code VARCHAR(64),
    is_comparator INTEGER NOT NULL DEFAULT 0,
    tile_row INTEGER,
    tile_col INTEGER
);

CREATE TABLE area_alias (
    id ${ID},
    area_id ${BIGINT} NOT NULL REFERENCES area(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    normalised TEXT NOT NULL UNIQUE
);

CREATE TABLE source (
    id ${ID},
    code VARCHAR(64) NOT NULL UNIQUE,
    name TEXT NOT NULL,
    licence TEXT,
    url TEXT
);

CREATE TABLE indicator (
    id ${ID},
    indicator_key TEXT NOT NULL UNIQUE,
    source_id ${BIGINT} NOT NULL REFERENCES source(id),
    category TEXT NOT NULL,
    unit VARCHAR(16) NOT NULL,
    kind VARCHAR(16) NOT NULL
);

CREATE TABLE import_batch (
    id ${ID},
    source_id ${BIGINT} REFERENCES source(id),
    label TEXT NOT NULL,
    file_name TEXT,
    file_size ${BIGINT},
    sha256 VARCHAR(64),
    format VARCHAR(32) NOT NULL,
    imported_by TEXT NOT NULL,
    imported_at VARCHAR(32) NOT NULL,
    rows_read ${BIGINT} NOT NULL DEFAULT 0,
    rows_accepted ${BIGINT} NOT NULL DEFAULT 0,
    rows_rejected ${BIGINT} NOT NULL DEFAULT 0,
    observations_written ${BIGINT} NOT NULL DEFAULT 0,
    values_revised ${BIGINT} NOT NULL DEFAULT 0,
    is_demo INTEGER NOT NULL DEFAULT 0
);

-- period_kind: month | quarter | financial_year | calendar_year | rolling_12 (see Period);
-- period_start / period_end: ISO dates (first and last day). One row per vintage (batch).
CREATE TABLE observation (
    id ${ID},
    indicator_id ${BIGINT} NOT NULL REFERENCES indicator(id),
    area_id ${BIGINT} NOT NULL REFERENCES area(id),
    period_kind VARCHAR(16) NOT NULL,
    period_start VARCHAR(10) NOT NULL,
    period_end VARCHAR(10) NOT NULL,
    value ${REAL} NOT NULL,
    denominator ${REAL},
    sample_size ${BIGINT},
    batch_id ${BIGINT} NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    UNIQUE (indicator_id, area_id, period_kind, period_start, batch_id)
);
CREATE INDEX observation_by_batch ON observation (batch_id);

CREATE TABLE plan (
    id ${ID},
    code VARCHAR(64) NOT NULL UNIQUE,
    title TEXT NOT NULL,
    start_period VARCHAR(16),
    end_period VARCHAR(16),
    is_builtin INTEGER NOT NULL DEFAULT 0,
    copied_from VARCHAR(64),
    source_document TEXT,
    aims TEXT NOT NULL DEFAULT ''
);

CREATE TABLE priority (
    id ${ID},
    plan_id ${BIGINT} NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    code VARCHAR(64) NOT NULL,
    title TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE INDEX priority_by_plan ON priority (plan_id, position);

CREATE TABLE measure (
    id ${ID},
    priority_id ${BIGINT} NOT NULL REFERENCES priority(id) ON DELETE CASCADE,
    code VARCHAR(64) NOT NULL,
    title TEXT NOT NULL,
    definition TEXT NOT NULL DEFAULT '',
    unit VARCHAR(16) NOT NULL,
    polarity VARCHAR(16) NOT NULL,
    frequency VARCHAR(16) NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    formula_kind VARCHAR(16) NOT NULL,
    baseline_period VARCHAR(16),
    baseline_value ${REAL},
    baseline_note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL
);
CREATE INDEX measure_by_priority ON measure (priority_id, position);

CREATE TABLE measure_term (
    id ${ID},
    measure_id ${BIGINT} NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role VARCHAR(16) NOT NULL,
    indicator_key TEXT NOT NULL,
    weight ${REAL} NOT NULL DEFAULT 1
);
CREATE INDEX measure_term_by_measure ON measure_term (measure_id, position);

CREATE TABLE measure_target (
    id ${ID},
    measure_id ${BIGINT} NOT NULL UNIQUE REFERENCES measure(id) ON DELETE CASCADE,
    kind VARCHAR(32) NOT NULL,
    value ${REAL},
    target_period VARCHAR(16),
    tolerance ${REAL},
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE series_break (
    id ${ID},
    measure_id ${BIGINT} NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    period VARCHAR(16) NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE published_figure (
    id ${ID},
    measure_id ${BIGINT} NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    period VARCHAR(16),
    value ${REAL},
    area_code VARCHAR(64),
    note TEXT NOT NULL DEFAULT ''
);

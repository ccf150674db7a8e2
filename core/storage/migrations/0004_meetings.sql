-- Migration 4: meetings, scrutiny packs, annotations and their audit log. Never edit once
-- landed; add a new migration. Does not depend on migration 3.
-- Times are ISO 8601 UTC text; uids are UUIDs without braces. Nothing here refers to
-- observations or batches by foreign key: a pack's vintage is a plain number so that removing
-- a batch never touches an approved pack.

CREATE TABLE meeting (
    id ${ID},
    uid VARCHAR(40) NOT NULL UNIQUE,
    kind VARCHAR(32) NOT NULL,
    title TEXT NOT NULL,
    starts_at VARCHAR(32) NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 120,
    location TEXT NOT NULL DEFAULT '',
    chair TEXT NOT NULL DEFAULT '',
    status VARCHAR(16) NOT NULL,
    papers_ref TEXT NOT NULL DEFAULT '',
    minutes_ref TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at VARCHAR(32) NOT NULL
);
CREATE INDEX meeting_by_start ON meeting (starts_at);

CREATE TABLE meeting_attendee (
    id ${ID},
    meeting_id ${BIGINT} NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_attendee_by_meeting ON meeting_attendee (meeting_id, position);

-- One lineage (uid) per meeting, in versions 1, 2, …
CREATE TABLE pack (
    id ${ID},
    uid VARCHAR(40) NOT NULL,
    meeting_id ${BIGINT} NOT NULL REFERENCES meeting(id),
    version INTEGER NOT NULL,
    status VARCHAR(16) NOT NULL,
    based_on_pack_id ${BIGINT},
    created_by TEXT NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    submitted_by TEXT NOT NULL DEFAULT '',
    submitted_at VARCHAR(32) NOT NULL DEFAULT '',
    approved_by TEXT NOT NULL DEFAULT '',
    approved_at VARCHAR(32) NOT NULL DEFAULT '',
    vintage_batch_id ${BIGINT} NOT NULL DEFAULT 0,
    vintage_label TEXT NOT NULL DEFAULT '',
    vintage_at VARCHAR(32) NOT NULL DEFAULT '',
    UNIQUE (meeting_id, version)
);
CREATE INDEX pack_by_uid ON pack (uid);

CREATE TABLE pack_section (
    id ${ID},
    pack_id ${BIGINT} NOT NULL REFERENCES pack(id) ON DELETE CASCADE,
    uid VARCHAR(40) NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    UNIQUE (pack_id, uid)
);

-- area_codes: comma-separated area codes, in order.
CREATE TABLE pack_item (
    id ${ID},
    section_id ${BIGINT} NOT NULL REFERENCES pack_section(id) ON DELETE CASCADE,
    uid VARCHAR(40) NOT NULL,
    position INTEGER NOT NULL,
    kind VARCHAR(32) NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    visibility VARCHAR(16) NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    plan_code VARCHAR(64) NOT NULL DEFAULT '',
    measure_code VARCHAR(64) NOT NULL DEFAULT '',
    area_codes TEXT NOT NULL DEFAULT '',
    from_period VARCHAR(16) NOT NULL DEFAULT '',
    to_period VARCHAR(16) NOT NULL DEFAULT '',
    chart_kind VARCHAR(16) NOT NULL DEFAULT 'line',
    comparison VARCHAR(32) NOT NULL DEFAULT 'rolling_12_months'
);
CREATE INDEX pack_item_by_section ON pack_item (section_id, position);

CREATE TABLE pack_enquiry (
    id ${ID},
    item_id ${BIGINT} NOT NULL REFERENCES pack_item(id) ON DELETE CASCADE,
    uid VARCHAR(40) NOT NULL,
    position INTEGER NOT NULL,
    question TEXT NOT NULL,
    measure_code VARCHAR(64) NOT NULL DEFAULT '',
    visibility VARCHAR(16) NOT NULL
);
CREATE INDEX pack_enquiry_by_item ON pack_enquiry (item_id, position);

-- The key facts of a measure item as approved (the freeze), one row per area.
CREATE TABLE pack_key_fact (
    id ${ID},
    item_id ${BIGINT} NOT NULL REFERENCES pack_item(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    area_code VARCHAR(64) NOT NULL,
    area_name TEXT NOT NULL DEFAULT '',
    fact_text TEXT NOT NULL,
    comparison TEXT NOT NULL DEFAULT '',
    latest_period VARCHAR(16) NOT NULL DEFAULT '',
    latest_value ${REAL},
    current_value ${REAL},
    previous_value ${REAL},
    percent_change ${REAL},
    points_change ${REAL},
    p_value ${REAL},
    test_name TEXT NOT NULL DEFAULT '',
    flag VARCHAR(32) NOT NULL DEFAULT ''
);
CREATE INDEX pack_key_fact_by_item ON pack_key_fact (item_id, position);

-- thread_uid = uid for the root of a thread; anchor_kind: pack_item | data_point.
CREATE TABLE annotation (
    id ${ID},
    uid VARCHAR(40) NOT NULL UNIQUE,
    thread_uid VARCHAR(40) NOT NULL,
    anchor_kind VARCHAR(16) NOT NULL,
    pack_uid VARCHAR(40) NOT NULL DEFAULT '',
    item_uid VARCHAR(40) NOT NULL DEFAULT '',
    measure_code VARCHAR(64) NOT NULL DEFAULT '',
    area_code VARCHAR(64) NOT NULL DEFAULT '',
    period_key VARCHAR(16) NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    visibility VARCHAR(16) NOT NULL,
    author TEXT NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    edited_by TEXT NOT NULL DEFAULT '',
    edited_at VARCHAR(32) NOT NULL DEFAULT '',
    resolved INTEGER NOT NULL DEFAULT 0,
    resolved_by TEXT NOT NULL DEFAULT '',
    resolved_at VARCHAR(32) NOT NULL DEFAULT ''
);
CREATE INDEX annotation_by_thread ON annotation (thread_uid);
CREATE INDEX annotation_by_pack ON annotation (pack_uid, item_uid);
CREATE INDEX annotation_by_point ON annotation (measure_code, area_code, period_key);

-- Who changed what and when, for meetings, packs and annotations (never updated or deleted).
CREATE TABLE audit_event (
    id ${ID},
    entity_kind VARCHAR(32) NOT NULL,
    entity_uid VARCHAR(40) NOT NULL,
    action VARCHAR(32) NOT NULL,
    author TEXT NOT NULL,
    at VARCHAR(32) NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_event_by_entity ON audit_event (entity_kind, entity_uid);

-- Migration 5: challenge actions and their follow-ups. Never edit once landed; add a new
-- migration. Depends on migration 4 (meeting, pack, audit_event); not on migration 3.
-- Changes to actions and follow-ups are logged in audit_event (entity kinds "action" and
-- "follow_up"). Overdue and "due before the next meeting" are derived, never stored.

-- The last number given out per reference prefix and year ("MC", 2025 → 3 for MC-2025-003).
-- Only ever increases, so a reference is never reused, even after a draft is removed.
CREATE TABLE action_reference_counter (
    prefix VARCHAR(16) NOT NULL,
    year INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (prefix, year)
);

-- measure_codes and pack_item_uids: comma-separated, in order. due_date: "YYYY-MM-DD".
CREATE TABLE action_item (
    id ${ID},
    uid VARCHAR(40) NOT NULL UNIQUE,
    reference VARCHAR(32) NOT NULL UNIQUE,
    ref_prefix VARCHAR(16) NOT NULL,
    ref_year INTEGER NOT NULL,
    ref_number INTEGER NOT NULL,
    meeting_id ${BIGINT} NOT NULL REFERENCES meeting(id),
    title TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    owner_organisation TEXT NOT NULL DEFAULT '',
    owner_role TEXT NOT NULL DEFAULT '',
    mopac_lead TEXT NOT NULL DEFAULT '',
    due_date VARCHAR(10) NOT NULL,
    priority VARCHAR(16) NOT NULL,
    measure_codes TEXT NOT NULL DEFAULT '',
    pack_item_uids TEXT NOT NULL DEFAULT '',
    status VARCHAR(16) NOT NULL,
    superseded_by_id ${BIGINT} REFERENCES action_item(id),
    created_by TEXT NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at VARCHAR(32) NOT NULL
);
CREATE INDEX action_item_by_meeting ON action_item (meeting_id);
CREATE INDEX action_item_by_reference ON action_item (ref_prefix, ref_year, ref_number);

-- Append-only: the storage layer has no UPDATE or DELETE for it (triggers would not be portable
-- SQL). A correction is a new row whose corrects_id names the corrected one. status_from/status_to: empty when no status change.
CREATE TABLE action_follow_up (
    id ${ID},
    uid VARCHAR(40) NOT NULL UNIQUE,
    action_id ${BIGINT} NOT NULL REFERENCES action_item(id),
    author TEXT NOT NULL,
    update_date VARCHAR(10) NOT NULL,
    recorded_at VARCHAR(32) NOT NULL,
    body TEXT NOT NULL,
    status_from VARCHAR(16) NOT NULL DEFAULT '',
    status_to VARCHAR(16) NOT NULL DEFAULT '',
    evidence_ref TEXT NOT NULL DEFAULT '',
    corrects_id ${BIGINT} REFERENCES action_follow_up(id)
);
CREATE INDEX action_follow_up_by_action ON action_follow_up (action_id, update_date);

-- The "Actions carried forward" list of an approved pack, as it stood at approval.
CREATE TABLE pack_carried_action (
    id ${ID},
    pack_id ${BIGINT} NOT NULL REFERENCES pack(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    action_uid VARCHAR(40) NOT NULL,
    reference VARCHAR(32) NOT NULL,
    title TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    mopac_lead TEXT NOT NULL DEFAULT '',
    due_date VARCHAR(10) NOT NULL,
    status VARCHAR(16) NOT NULL,
    overdue INTEGER NOT NULL DEFAULT 0,
    latest_update TEXT NOT NULL DEFAULT '',
    latest_update_date VARCHAR(10) NOT NULL DEFAULT ''
);
CREATE INDEX pack_carried_action_by_pack ON pack_carried_action (pack_id, position);

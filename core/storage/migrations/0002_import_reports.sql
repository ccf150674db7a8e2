-- Migration 2: import reports. Never edit once landed; add a new migration.

ALTER TABLE import_batch ADD COLUMN duplicates_dropped ${BIGINT} NOT NULL DEFAULT 0;
ALTER TABLE import_batch ADD COLUMN unallocated ${BIGINT} NOT NULL DEFAULT 0;

-- Rows left out of a batch imported with "skip invalid rows", for its report.
CREATE TABLE import_issue (
    id ${ID},
    batch_id ${BIGINT} NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    line_number ${BIGINT} NOT NULL,
    column_number INTEGER NOT NULL,
    message TEXT NOT NULL
);
CREATE INDEX import_issue_by_batch ON import_issue (batch_id);
CREATE INDEX import_batch_by_sha256 ON import_batch (sha256);

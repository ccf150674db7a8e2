#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cw {

struct Batch;
struct ImportReport;
struct SeriesPoint;

// QJsonObject builders for the JSON contract of `cwb import`, `cwb batches` and `cwb series`
// (same rules as jsonwriter.h: snake_case keys that are never renamed or removed, absent
// numbers as null, never 0).

// {"file", "format", "status", "message", "rows_read", "rows_accepted", "rows_rejected",
//  "duplicates_dropped", "unallocated", "observations_written", "values_revised", "batch_id",
//  "errors": [{"line", "column", "message"}]} and "error_count" when `errors` holds only the
// first of them. `file` is the path as the user gave it.
QJsonObject importReportToJson(const ImportReport &report, const QString &file);

// {"id", "label", "file", "file_size", "format", "source", "imported_by", "imported_at" (ISO 8601
//  UTC), "rows_read", "rows_accepted", "rows_rejected", "observations_written", "values_revised",
//  "duplicates_dropped", "unallocated", "sha256", "demo"}
QJsonObject batchToJson(const Batch &batch);

// {"indicator", "area", "as_of_batch", "points": [{"period", "value", "batch_id"} and
//  "denominator" / "sample_size" when the point has them]}; `asOfBatch` 0 is written as null.
QJsonObject seriesToJson(const QString &indicatorKey, const QString &areaCode, qint64 asOfBatch,
                         const QList<SeriesPoint> &points);

} // namespace cw

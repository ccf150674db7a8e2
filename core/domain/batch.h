#pragma once

#include "ingest/importissue.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cw {

// One import batch: a file brought in at once, all or nothing. Its observations are one
// vintage; the newest batch holding a value is the current one.
struct Batch
{
    qint64 id = 0;
    QString label; // file name, or "Illustrative demo data"
    QString fileName;
    qint64 fileSize = 0;
    QString sha256;
    QString format;
    QString sourceCode;
    QString importedBy;
    QDateTime importedAt; // UTC
    qint64 rowsRead = 0;
    qint64 rowsAccepted = 0;
    qint64 rowsRejected = 0;
    qint64 duplicatesDropped = 0;
    qint64 unallocated = 0;
    qint64 observationsWritten = 0;
    qint64 valuesRevised = 0;
    // Valid rows left out because the workspace has no use for them (e.g. the rows of other
    // police forces in a national table): rowsRead − rowsAccepted − rowsRejected.
    qint64 notImported() const { return rowsRead - rowsAccepted - rowsRejected; }
    bool demo = false;
    QList<ImportIssue> skippedRows; // rows left out with --skip-invalid (filled on request)
};

// A report of one file's import (the JSON contract of `cwb import`).
struct ImportReport
{
    enum class Status { Imported, Unchanged, Rejected, Cancelled, Failed };

    QString file;
    QString format;
    Status status = Status::Failed;
    QString message; // one sentence for people
    qint64 rowsRead = 0;
    qint64 rowsAccepted = 0;
    qint64 rowsRejected = 0;
    qint64 duplicatesDropped = 0;
    qint64 unallocated = 0;
    qint64 notImported = 0; // valid rows the workspace has no use for (e.g. other forces)
    qint64 observationsWritten = 0;
    qint64 valuesRevised = 0;
    qint64 batchId = 0;
    QList<ImportIssue> errors;
    qint64 errorCount = 0; // may exceed errors.size() (only the first 1,000 are kept)

    static QString statusName(Status status); // "imported", "unchanged", "rejected", "cancelled", "failed"
};

struct SeriesPoint
{
    QString period; // period key
    double value = 0;
    std::optional<double> denominator;
    std::optional<qint64> sampleSize;
    qint64 batchId = 0;
};

} // namespace cw

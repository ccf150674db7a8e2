#pragma once

#include "ingest/arearesolver.h"
#include "ingest/importissue.h"
#include "ingest/observationset.h"

#include <QString>

namespace cw {

// What an adapter works with while it reads one file: the area resolver, the observations
// collected so far, the counters of the import report, and the issues found.
//
// Contract for adapters: validate every field a record needs *before* adding anything for it;
// on the first problem call reject() and return. A rejected record contributes nothing, so
// that `--skip-invalid` can drop it cleanly.
class ImportContext
{
public:
    struct Counters
    {
        qint64 rowsRead = 0;
        qint64 rowsRejected = 0;
        qint64 duplicatesDropped = 0; // repeated Crime IDs counted once
        qint64 unallocated = 0;       // rows placed in the `unallocated` area
        qint64 notImported = 0;       // valid rows the workspace has no use for (e.g. other forces)
    };

    static constexpr qsizetype maxIssuesKept = 1000;

    ImportContext(const AreaResolver &areas, const QString &fileName);

    const AreaResolver &areas() const { return m_areas; }
    QString fileName() const { return m_fileName; }
    // The file's size in bytes (0 when unknown), for adapters to size their tables.
    qint64 fileSize() const { return m_fileSize; }
    void setFileSize(qint64 size) { m_fileSize = size; }
    ObservationSet &observations() { return m_observations; }
    const ObservationSet &observations() const { return m_observations; }
    Counters &counters() { return m_counters; }
    const Counters &counters() const { return m_counters; }

    // Rejects the current record (counted once per record) and records why.
    void reject(qint64 line, int column, const QString &message);
    // A problem with the file as a whole (e.g. a missing column): the file cannot be imported.
    void fail(qint64 line, int column, const QString &message);

    // Called by the pipeline before each record.
    void startRecord()
    {
        ++m_counters.rowsRead;
        m_currentRejected = false;
    }

    bool failed() const { return m_failed; }
    const QList<ImportIssue> &issues() const { return m_issues; }
    qint64 issueCount() const { return m_issueCount; } // including those beyond maxIssuesKept

private:
    void keep(qint64 line, int column, const QString &message);

    AreaResolver m_areas; // a copy: a parsed file outlives the resolver it was read with
    QString m_fileName;
    qint64 m_fileSize = 0;
    ObservationSet m_observations;
    Counters m_counters;
    QList<ImportIssue> m_issues;
    qint64 m_issueCount = 0;
    bool m_currentRejected = false;
    bool m_failed = false;
};

} // namespace cw

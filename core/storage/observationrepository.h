#pragma once

#include "domain/batch.h"
#include "domain/period.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cw {

class Database;
class ObservationSet;

// Observations and their vintages. A value's current vintage is the one from the newest
// batch (highest id) that holds it; `asOfBatch` limits that to batches up to a given id, to
// reproduce what was current then. Callers own the transaction.
class ObservationRepository
{
public:
    explicit ObservationRepository(const Database &db)
        : m_db(db)
    {}

    struct WriteCounts
    {
        qint64 written = 0; // new values and revisions
        qint64 revised = 0; // values that differ from the current vintage
    };

    // Writes the set's values that are new or differ from the current vintage, tagged with
    // `batchId`; creates indicators (under `sourceId`) and looks areas up by code.
    // Throws StorageError on an unknown area code.
    WriteCounts write(const ObservationSet &set, qint64 batchId, qint64 sourceId) const;

    QList<SeriesPoint> series(const QString &indicatorKey, const QString &areaCode,
                              std::optional<Period::Kind> kind = std::nullopt, const QString &fromKey = {},
                              const QString &toKey = {}, qint64 asOfBatch = 0) const;

    qint64 ensureSource(const QString &code, const QString &name, const QString &licence) const;

private:
    const Database &m_db;
};

// Import batches.
class BatchRepository
{
public:
    explicit BatchRepository(const Database &db)
        : m_db(db)
    {}

    qint64 insert(const Batch &batch, qint64 sourceId) const;
    void updateCounts(qint64 batchId, qint64 written, qint64 revised) const;
    void insertIssues(qint64 batchId, const QList<ImportIssue> &issues) const;
    std::optional<Batch> find(qint64 batchId, bool withIssues = false) const;
    std::optional<qint64> findBySha256(const QString &sha256) const;
    QList<Batch> all() const; // newest first
    void remove(qint64 batchId) const;

private:
    const Database &m_db;
};

} // namespace cw

#pragma once

#include "analysis/measureseries.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <memory>

namespace cw {

class Database;

// The current vintage of every observation in a workspace, held in memory so that a scorecard
// of every measure in every area does not go back to the database. Loaded on first use with
// one query over the observation table; dropped by invalidate() (the workspace calls it when
// the import service adds or removes a batch) and loaded again on the next use.
//
// Threads: snapshot() loads through the database's connection, so the first call after an
// invalidation must come from the thread that owns that connection. The snapshot it returns
// is immutable and may be read from any thread, and stays valid (for its holder) after an
// invalidation. Reproducing an earlier vintage (as of a batch) is not cached: read SQLite.
class ObservationCache : public QObject
{
    Q_OBJECT

public:
    // One workspace's current observations, by indicator key and area code.
    class Snapshot
    {
    public:
        // The indicator's points in the area, ordered by period (start, then kind); empty
        // when there are none. Values as stored (proportions as 0–1).
        QList<IndicatorPoint> series(const QString &indicatorKey, const QString &areaCode) const;
        qsizetype observationCount() const { return m_count; }
        qsizetype seriesCount() const { return m_series.size(); }

    private:
        friend class ObservationCache;
        QHash<QString, quint32> m_indicators;           // key → index
        QHash<QString, quint32> m_areas;                // code → index
        QHash<quint64, QList<IndicatorPoint>> m_series; // (indicator << 32 | area) → points
        qsizetype m_count = 0;
    };

    explicit ObservationCache(Database &db, QObject *parent = nullptr);

    // The current snapshot, loading it first when needed. Throws StorageError when the
    // observations cannot be read.
    std::shared_ptr<const Snapshot> snapshot() const;
    bool isLoaded() const;

    // Drops the snapshot; the next snapshot() reads the database again.
    void invalidate();

private:
    std::shared_ptr<const Snapshot> load() const;

    Database &m_db;
    mutable QMutex m_mutex;
    mutable std::shared_ptr<const Snapshot> m_snapshot;
};

} // namespace cw

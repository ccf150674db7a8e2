#pragma once

#include "analysis/measureseries.h"
#include "domain/plan.h"
#include "services/observationcache.h"
#include "util/result.h"

#include <QObject>
#include <QString>

namespace cw {

class Database;

// Reads what the analysis needs from the workspace: a measure's series in an area, from the
// current vintage of each indicator in its formula (or as it stood at an earlier batch).
// With a cache, the current vintage comes from memory; an earlier one always from the database.
class AnalysisService : public QObject
{
    Q_OBJECT

public:
    // `cache` (may be null: always read the database) must outlive the service.
    explicit AnalysisService(Database &db, const ObservationCache *cache = nullptr,
                             QObject *parent = nullptr);

    Result<MeasureSeries::Inputs> inputs(const Measure &measure, const QString &areaCode,
                                         qint64 asOfBatch = 0) const;
    // The measure at its natural grain (see MeasureSeries::build).
    Result<QList<MeasurePoint>> series(const Measure &measure, const QString &areaCode,
                                       qint64 asOfBatch = 0) const;

    // The inputs from a snapshot of the current vintage (no database access; any thread).
    static MeasureSeries::Inputs inputs(const Measure &measure, const QString &areaCode,
                                        const ObservationCache::Snapshot &snapshot);

    const ObservationCache *cache() const { return m_cache; }

private:
    Database &m_db;
    const ObservationCache *m_cache = nullptr;
};

} // namespace cw

#pragma once

#include "analysis/measureseries.h"
#include "domain/plan.h"
#include "util/result.h"

#include <QObject>
#include <QString>

namespace cw {

class Database;

// Reads what the analysis needs from the workspace: a measure's series in an area, from the
// current vintage of each indicator in its formula (or as it stood at an earlier batch).
class AnalysisService : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisService(Database &db, QObject *parent = nullptr);

    Result<MeasureSeries::Inputs> inputs(const Measure &measure, const QString &areaCode,
                                         qint64 asOfBatch = 0) const;
    // The measure at its natural grain (see MeasureSeries::build).
    Result<QList<MeasurePoint>> series(const Measure &measure, const QString &areaCode,
                                       qint64 asOfBatch = 0) const;

private:
    Database &m_db;
};

} // namespace cw

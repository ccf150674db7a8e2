#include "services/analysisservice.h"

#include "storage/database.h"
#include "storage/observationrepository.h"
#include "storage/storageerror.h"

namespace cw {

AnalysisService::AnalysisService(Database &db, const ObservationCache *cache, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_cache(cache)
{}

MeasureSeries::Inputs AnalysisService::inputs(const Measure &measure, const QString &areaCode,
                                              const ObservationCache::Snapshot &snapshot)
{
    MeasureSeries::Inputs inputs;
    for (const FormulaTerm &term : measure.formula.terms) {
        if (!inputs.contains(term.indicatorKey))
            inputs.insert(term.indicatorKey, snapshot.series(term.indicatorKey, areaCode));
    }
    return inputs;
}

Result<MeasureSeries::Inputs> AnalysisService::inputs(const Measure &measure, const QString &areaCode,
                                                      qint64 asOfBatch) const
{
    try {
        if (asOfBatch == 0 && m_cache)
            return inputs(measure, areaCode, *m_cache->snapshot());
        MeasureSeries::Inputs inputs;
        const ObservationRepository observations(m_db);
        for (const FormulaTerm &term : measure.formula.terms) {
            if (inputs.contains(term.indicatorKey))
                continue;
            QList<IndicatorPoint> points;
            const auto stored =
                observations.series(term.indicatorKey, areaCode, std::nullopt, {}, {}, asOfBatch);
            for (const SeriesPoint &p : stored) {
                if (const auto period = Period::parse(p.period))
                    points.append({*period, p.value, p.denominator, p.sampleSize});
            }
            inputs.insert(term.indicatorKey, points);
        }
        return inputs;
    } catch (const StorageError &error) {
        return Error{tr("The data for %1 could not be read.").arg(measure.code), error.detail()};
    }
}

Result<QList<MeasurePoint>> AnalysisService::series(const Measure &measure, const QString &areaCode,
                                                    qint64 asOfBatch) const
{
    auto in = inputs(measure, areaCode, asOfBatch);
    if (!in)
        return in.error();
    return MeasureSeries::build(measure, in.value());
}

} // namespace cw

#include "services/analysisservice.h"

#include "storage/database.h"
#include "storage/observationrepository.h"
#include "storage/storageerror.h"

namespace cw {

AnalysisService::AnalysisService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

Result<MeasureSeries::Inputs> AnalysisService::inputs(const Measure &measure, const QString &areaCode,
                                                      qint64 asOfBatch) const
{
    try {
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

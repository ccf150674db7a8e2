#include "scorecardjson.h"

#include <optional>

#include <QJsonArray>
#include <QJsonValue>

#include "services/scorecardservice.h"

namespace cw {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalString(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue optionalCount(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString natureName(SignalNature nature)
{
    switch (nature) {
    case SignalNature::Improvement:
        return QStringLiteral("improvement");
    case SignalNature::Concern:
        return QStringLiteral("concern");
    case SignalNature::Neutral:
        return QStringLiteral("neutral");
    }
    return QStringLiteral("neutral");
}

QString directionName(DirectionOfTravel direction)
{
    switch (direction) {
    case DirectionOfTravel::Improving:
        return QStringLiteral("improving");
    case DirectionOfTravel::Worsening:
        return QStringLiteral("worsening");
    case DirectionOfTravel::Unchanged:
        return QStringLiteral("unchanged");
    case DirectionOfTravel::Rising:
        return QStringLiteral("rising");
    case DirectionOfTravel::Falling:
        return QStringLiteral("falling");
    case DirectionOfTravel::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

// The period key of point `index`, or null when the index is outside the series.
QJsonValue periodAt(const QList<MeasurePoint> &points, int index)
{
    if (index < 0 || index >= points.size())
        return QJsonValue(QJsonValue::Null);
    return points.at(index).period.key();
}

QJsonObject latestToJson(const std::optional<MeasurePoint> &latest)
{
    return QJsonObject{
        {QStringLiteral("period"), latest->period.key()},
        {QStringLiteral("value"), latest->value},
        {QStringLiteral("sample_size"), optionalCount(latest->sampleSize)},
    };
}

QJsonObject changeToJson(const ChangeSummary &change)
{
    return QJsonObject{
        {QStringLiteral("comparison"), optionalString(change.comparison)},
        {QStringLiteral("current"), optionalNumber(change.current)},
        {QStringLiteral("previous"), optionalNumber(change.previous)},
        {QStringLiteral("percent"), optionalNumber(change.percent)},
        {QStringLiteral("points"), optionalNumber(change.points)},
        {QStringLiteral("test"), optionalString(change.test)},
        {QStringLiteral("statistic"), optionalNumber(change.statistic)},
        {QStringLiteral("p_value"), optionalNumber(change.pValue)},
        {QStringLiteral("flag"), toName(change.flag)},
        {QStringLiteral("note"), optionalString(change.note)},
    };
}

QJsonObject spcSummaryToJson(const SpcSummary &spc)
{
    const auto limit = [&spc](double value) {
        return spc.hasLimits ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("has_limits"), spc.hasLimits},
        {QStringLiteral("mean"), limit(spc.mean)},
        {QStringLiteral("lower"), limit(spc.lower)},
        {QStringLiteral("upper"), limit(spc.upper)},
        {QStringLiteral("signals"), QJsonArray::fromStringList(spc.signalNames)},
        {QStringLiteral("assurance"), toName(spc.assurance)},
        {QStringLiteral("note"), optionalString(spc.note)},
    };
}

QJsonObject phaseToJson(const XmrPhase &phase, const QList<MeasurePoint> &points)
{
    const auto limit = [&phase](double value) {
        return phase.hasLimits ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("first"), periodAt(points, phase.first)},
        {QStringLiteral("last"), periodAt(points, phase.last)},
        {QStringLiteral("first_index"), phase.first},
        {QStringLiteral("last_index"), phase.last},
        {QStringLiteral("points"), phase.points},
        {QStringLiteral("has_limits"), phase.hasLimits},
        {QStringLiteral("mean"), phase.points > 0 ? QJsonValue(phase.mean) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("mean_moving_range"), limit(phase.meanMovingRange)},
        {QStringLiteral("lower"), limit(phase.lowerLimit)},
        {QStringLiteral("upper"), limit(phase.upperLimit)},
        {QStringLiteral("lower_near"), limit(phase.lowerNear)},
        {QStringLiteral("upper_near"), limit(phase.upperNear)},
        {QStringLiteral("screened_ranges"), phase.screenedRanges},
        {QStringLiteral("direction"), directionName(phase.direction)},
        {QStringLiteral("note"), optionalString(phase.note)},
    };
}

QJsonObject signalToJson(const XmrSignal &signal, const QList<MeasurePoint> &points)
{
    return QJsonObject{
        {QStringLiteral("rule"), toName(signal.rule)},
        {QStringLiteral("first"), periodAt(points, signal.first)},
        {QStringLiteral("last"), periodAt(points, signal.last)},
        {QStringLiteral("first_index"), signal.first},
        {QStringLiteral("last_index"), signal.last},
        {QStringLiteral("high"), signal.high},
        {QStringLiteral("nature"), natureName(signal.nature)},
    };
}

QJsonObject chartToJson(const XmrChart &chart, const SpcSummary &summary, const QList<MeasurePoint> &points,
                        const QString &series)
{
    QJsonArray phases;
    for (const XmrPhase &phase : chart.phases)
        phases.append(phaseToJson(phase, points));
    QJsonArray signalList;
    for (const XmrSignal &signal : chart.specialCauses)
        signalList.append(signalToJson(signal, points));
    return QJsonObject{
        {QStringLiteral("series"), series},
        {QStringLiteral("phases"), phases},
        {QStringLiteral("signals"), signalList},
        {QStringLiteral("assurance"), toName(summary.assurance)},
        {QStringLiteral("note"), optionalString(summary.note)},
    };
}

// `trajectory` runs beside `points` (one value per point); a shorter list leaves the rest null.
QJsonArray pointsToJson(const QList<MeasurePoint> &points, const QList<std::optional<double>> *trajectory)
{
    QJsonArray array;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const MeasurePoint &point = points.at(i);
        QJsonObject object{
            {QStringLiteral("period"), point.period.key()},
            {QStringLiteral("value"), point.value},
            {QStringLiteral("phase"), point.phase},
        };
        if (trajectory)
            object.insert(QStringLiteral("trajectory"),
                          optionalNumber(i < trajectory->size() ? trajectory->at(i) : std::nullopt));
        if (point.sampleSize)
            object.insert(QStringLiteral("sample_size"), *point.sampleSize);
        array.append(object);
    }
    return array;
}

} // namespace

QJsonObject scorecardToJson(const QString &planCode, const QString &areaCode, const QString &asOf,
                            const QList<ScorecardRow> &rows)
{
    QJsonArray measures;
    for (const ScorecardRow &row : rows)
        measures.append(scorecardRowToJson(row));
    return QJsonObject{
        {QStringLiteral("plan"), planCode},
        {QStringLiteral("area"), areaCode},
        {QStringLiteral("as_of"), optionalString(asOf)},
        {QStringLiteral("measures"), measures},
    };
}

QJsonObject forecastToJson(const Forecast &forecast)
{
    QJsonArray points;
    QJsonArray outside;
    for (const ForecastPoint &p : forecast.points) {
        points.append(QJsonObject{
            {QStringLiteral("period"), p.month.key()},
            {QStringLiteral("value"), p.forecast},
            {QStringLiteral("lower"), p.lower},
            {QStringLiteral("upper"), p.upper},
            {QStringLiteral("observed"), optionalNumber(p.observed)},
            {QStringLiteral("outside"), p.outside},
        });
        if (p.outside)
            outside.append(p.month.key());
    }
    return QJsonObject{
        {QStringLiteral("method"), QStringLiteral("seasonal_regression")},
        {QStringLiteral("level"), 0.95},
        {QStringLiteral("fitted_to"), forecast.origin.key()},
        {QStringLiteral("fitted_months"), forecast.fittedMonths},
        {QStringLiteral("target_period"),
         forecast.points.isEmpty() ? QString() : forecast.points.last().month.key()},
        {QStringLiteral("trend_per_month"), forecast.trendPerMonth},
        {QStringLiteral("residual_sd"), forecast.residualSd},
        {QStringLiteral("points"), points},
        {QStringLiteral("outside"), outside},
    };
}

QJsonObject overrideToJson(const StatusOverride &entry)
{
    return QJsonObject{
        {QStringLiteral("status"), entry.status},
        {QStringLiteral("note"), entry.note},
        {QStringLiteral("author"), entry.author},
        {QStringLiteral("at"), entry.at.toUTC().toString(Qt::ISODate)},
    };
}

QJsonObject scorecardRowToJson(const ScorecardRow &row)
{
    const Measure &measure = row.measure;
    QJsonArray sparkline;
    for (double value : row.sparkline)
        sparkline.append(value);
    return QJsonObject{
        {QStringLiteral("code"), measure.code},
        {QStringLiteral("title"), measure.title},
        {QStringLiteral("unit"), toName(measure.unit)},
        {QStringLiteral("polarity"), toName(measure.polarity)},
        {QStringLiteral("priority"), QJsonObject{{QStringLiteral("code"), row.priorityCode},
                                                 {QStringLiteral("title"), row.priorityTitle}}},
        {QStringLiteral("area"), row.areaCode},
        {QStringLiteral("latest"),
         row.latest ? QJsonValue(latestToJson(row.latest)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("baseline"), optionalNumber(row.baselineValue)},
        {QStringLiteral("baseline_period"), optionalString(row.baselinePeriod)},
        {QStringLiteral("baseline_from_data"), row.baselineFromData},
        {QStringLiteral("target"), optionalNumber(row.targetValue)},
        {QStringLiteral("target_kind"), toName(measure.target.kind)},
        {QStringLiteral("target_period"), optionalString(measure.target.period)},
        {QStringLiteral("trajectory_value"), optionalNumber(row.status.trajectoryValue)},
        {QStringLiteral("status"), toName(row.status.effectiveStatus())},
        {QStringLiteral("status_reason"), optionalString(row.status.reason)},
        {QStringLiteral("change"), changeToJson(row.change)},
        {QStringLiteral("spc"), spcSummaryToJson(row.spc)},
        {QStringLiteral("comparator"),
         QJsonObject{{QStringLiteral("flag"), row.comparator.flag},
                     {QStringLiteral("note"), optionalString(row.comparator.note)}}},
        {QStringLiteral("computed_status"), toName(row.status.status)},
        {QStringLiteral("override"),
         row.statusOverride ? QJsonValue(overrideToJson(*row.statusOverride)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sparkline"), sparkline},
    };
}

QJsonObject measureDetailToJson(const MeasureDetail &detail, const QString &asOf)
{
    QJsonObject object = scorecardRowToJson(detail.row);
    object.insert(QStringLiteral("as_of"), optionalString(asOf));
    object.insert(QStringLiteral("points"), pointsToJson(detail.points, &detail.trajectory));
    if (!detail.monthly.isEmpty())
        object.insert(QStringLiteral("monthly"), pointsToJson(detail.monthly, nullptr));
    object.insert(QStringLiteral("spc"), chartToJson(detail.chart, detail.row.spc, chartPoints(detail),
                                                     detail.monthly.isEmpty() ? QStringLiteral("points")
                                                                              : QStringLiteral("monthly")));
    object.insert(QStringLiteral("spc_latest"), spcSummaryToJson(detail.row.spc));
    object.insert(QStringLiteral("forecast"), detail.forecast.valid
                                                  ? QJsonValue(forecastToJson(detail.forecast))
                                                  : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("forecast_note"), optionalString(detail.forecast.note));
    object.remove(QStringLiteral("sparkline"));
    return object;
}

const QList<MeasurePoint> &chartPoints(const MeasureDetail &detail)
{
    return detail.monthly.isEmpty() ? detail.points : detail.monthly;
}

} // namespace cw

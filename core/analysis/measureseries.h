#pragma once

#include "domain/period.h"
#include "domain/plan.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cw {

// One point of a measure's series, in the measure's own unit: counts as counts, survey
// proportions as percentages (0–100), ratios as percentages.
struct MeasurePoint
{
    Period period;
    double value = 0;
    std::optional<qint64> sampleSize; // survey base behind a proportion, when published
    int phase = 0;                    // index of the series-break phase the point falls in
};

// The observations of one indicator in one area, as stored (proportions as 0–1).
struct IndicatorPoint
{
    Period period;
    double value = 0;
    std::optional<double> denominator;
    std::optional<qint64> sampleSize;
};

// Builds a measure's series from its formula over indicator series, honouring series
// breaks, and aggregates like for like. Pure: the caller fetches the indicator series.
class MeasureSeries
{
public:
    using Inputs = QHash<QString, QList<IndicatorPoint>>; // indicator key → points

    // The measure at its natural grain: monthly for monthly counts, as published otherwise.
    // Sum: a period counts when at least one term has a value there (a term absent in that
    // period — e.g. a category that did not exist yet — counts as zero). Ratio: numerator
    // sum / denominator sum × 100. Proportion: the single term × 100, with its sample size.
    static QList<MeasurePoint> build(const Measure &measure, const Inputs &inputs);

    // Aggregates a monthly count series: quarters, financial years and calendar years are
    // sums over complete periods only; rolling 12 months are the sum of the 12 months ending
    // with each month, for every month that has 12 consecutive months behind it.
    static QList<MeasurePoint> aggregate(const QList<MeasurePoint> &monthly, Period::Kind kind);

    // Index of the phase each point falls in, given the measure's breaks (month keys).
    static void assignPhases(QList<MeasurePoint> &points, const QList<SeriesBreak> &breaks);
};

} // namespace cw

#include "analysis/measureseries.h"

#include <QMap>

#include <algorithm>

namespace cw {

namespace {

struct Accumulator
{
    double numerator = 0;
    double denominator = 0;
    bool hasNumerator = false;
    bool hasDenominator = false;
    std::optional<qint64> sampleSize;
};

} // namespace

QList<MeasurePoint> MeasureSeries::build(const Measure &measure, const Inputs &inputs)
{
    QMap<Period, Accumulator> byPeriod; // ordered by period
    for (const FormulaTerm &term : measure.formula.terms) {
        const auto it = inputs.constFind(term.indicatorKey);
        if (it == inputs.constEnd())
            continue;
        for (const IndicatorPoint &p : *it) {
            Accumulator &acc = byPeriod[p.period];
            if (term.role == TermRole::Denominator) {
                acc.denominator += term.weight * p.value;
                acc.hasDenominator = true;
            } else {
                acc.numerator += term.weight * p.value;
                acc.hasNumerator = true;
                if (p.sampleSize)
                    acc.sampleSize = p.sampleSize;
            }
        }
    }
    QList<MeasurePoint> points;
    for (auto it = byPeriod.constBegin(); it != byPeriod.constEnd(); ++it) {
        const Accumulator &acc = it.value();
        MeasurePoint point;
        point.period = it.key();
        switch (measure.formula.kind) {
        case FormulaKind::Sum:
            if (!acc.hasNumerator)
                continue;
            point.value = acc.numerator;
            break;
        case FormulaKind::Ratio:
            if (!acc.hasNumerator || !acc.hasDenominator || acc.denominator == 0)
                continue;
            point.value = 100.0 * acc.numerator / acc.denominator;
            break;
        case FormulaKind::Proportion:
            if (!acc.hasNumerator)
                continue;
            point.value = 100.0 * acc.numerator;
            point.sampleSize = acc.sampleSize;
            break;
        }
        points.append(point);
    }
    assignPhases(points, measure.breaks);
    return points;
}

QList<MeasurePoint> MeasureSeries::aggregate(const QList<MeasurePoint> &monthly, Period::Kind kind)
{
    QMap<Period, MeasurePoint> months;
    for (const MeasurePoint &p : monthly) {
        if (p.period.kind() == Period::Kind::Month)
            months.insert(p.period, p);
    }
    if (kind == Period::Kind::Month)
        return months.values();
    QList<MeasurePoint> out;
    if (kind == Period::Kind::Rolling12) {
        for (auto it = months.constBegin(); it != months.constEnd(); ++it) {
            const QDate end = it.key().start();
            double sum = 0;
            bool complete = true;
            Period month = it.key();
            for (int k = 0; k < 12; ++k) {
                const auto found = months.constFind(month);
                if (found == months.constEnd()) {
                    complete = false;
                    break;
                }
                sum += found->value;
                month = month.previous();
            }
            if (complete)
                out.append({Period::rolling12(end.year(), end.month()), sum, std::nullopt, it->phase});
        }
        return out;
    }
    QMap<Period, QPair<double, int>> groups; // period → (sum, months present)
    QHash<Period, int> phase;
    for (auto it = months.constBegin(); it != months.constEnd(); ++it) {
        const QDate d = it.key().start();
        Period group;
        if (kind == Period::Kind::Quarter)
            group = Period::quarter(d.year(), (d.month() - 1) / 3 + 1);
        else if (kind == Period::Kind::FinancialYear)
            group = Period::financialYear(d.month() >= 4 ? d.year() : d.year() - 1);
        else
            group = Period::calendarYear(d.year());
        auto &g = groups[group];
        g.first += it->value;
        g.second += 1;
        phase[group] = std::max(phase.value(group), it->phase);
    }
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        if (it->second == it.key().months())
            out.append({it.key(), it->first, std::nullopt, phase.value(it.key())});
    }
    return out;
}

void MeasureSeries::assignPhases(QList<MeasurePoint> &points, const QList<SeriesBreak> &breaks)
{
    QList<QDate> starts;
    for (const SeriesBreak &b : breaks) {
        if (const auto p = Period::parse(b.period))
            starts.append(p->start());
    }
    std::sort(starts.begin(), starts.end());
    for (MeasurePoint &point : points) {
        // A point belongs to the phase in which its period ends (a rolling year or a quarter
        // that straddles a break belongs to the later phase).
        const QDate end = point.period.end();
        point.phase =
            int(std::count_if(starts.begin(), starts.end(), [&](const QDate &s) { return s <= end; }));
    }
}

} // namespace cw

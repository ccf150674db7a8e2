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
    // The months in order, one point per month (a repeated month: the later point wins).
    QList<MeasurePoint> months;
    months.reserve(monthly.size());
    bool ordered = true;
    for (const MeasurePoint &p : monthly) {
        if (p.period.kind() != Period::Kind::Month)
            continue;
        if (!months.isEmpty() && !(months.last().period < p.period))
            ordered = false;
        months.append(p);
    }
    if (!ordered) {
        std::stable_sort(months.begin(), months.end(),
                         [](const MeasurePoint &a, const MeasurePoint &b) { return a.period < b.period; });
        QList<MeasurePoint> unique;
        for (const MeasurePoint &p : months) {
            if (!unique.isEmpty() && unique.last().period == p.period)
                unique.last() = p;
            else
                unique.append(p);
        }
        months = unique;
    }
    if (kind == Period::Kind::Month)
        return months;
    QList<MeasurePoint> out;
    if (kind == Period::Kind::Rolling12) {
        // Month numbers (year × 12 + month) tell consecutive months apart without date arithmetic.
        QList<int> index(months.size());
        for (qsizetype i = 0; i < months.size(); ++i) {
            const QDate d = months.at(i).period.start();
            index[i] = d.year() * 12 + d.month() - 1;
        }
        out.reserve(months.size());
        qsizetype run = 0; // consecutive months ending at i
        for (qsizetype i = 0; i < months.size(); ++i) {
            run = i > 0 && index.at(i) == index.at(i - 1) + 1 ? run + 1 : 1;
            if (run < 12)
                continue;
            double sum = 0; // the month itself first, then back: the same order as ever
            for (qsizetype k = 0; k < 12; ++k)
                sum += months.at(i - k).value;
            const int year = index.at(i) / 12;
            const int month = index.at(i) % 12 + 1;
            out.append({Period::rolling12(year, month), sum, std::nullopt, months.at(i).phase});
        }
        return out;
    }
    QMap<Period, QPair<double, int>> groups; // period → (sum, months present)
    QHash<Period, int> phase;
    for (const MeasurePoint &m : months) {
        const QDate d = m.period.start();
        Period group;
        if (kind == Period::Kind::Quarter)
            group = Period::quarter(d.year(), (d.month() - 1) / 3 + 1);
        else if (kind == Period::Kind::FinancialYear)
            group = Period::financialYear(d.month() >= 4 ? d.year() : d.year() - 1);
        else
            group = Period::calendarYear(d.year());
        auto &g = groups[group];
        g.first += m.value;
        g.second += 1;
        phase[group] = std::max(phase.value(group), m.phase);
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

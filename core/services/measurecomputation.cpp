#include "services/measurecomputation.h"

#include "analysis/countchange.h"
#include "analysis/proportion.h"

#include <QCoreApplication>

#include <cmath>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::ScorecardService", text);
}

// Survey bases used when a source publishes proportions without them (statistics.md: a
// borough's rolling 12 months is about 400 interviews, London's about 12,800).
constexpr double typicalLondonBase = 12800;
constexpr double typicalBoroughBase = 400;

bool isMonthlyCount(const Measure &m)
{
    return m.formula.kind == FormulaKind::Sum && m.frequency == Frequency::Monthly &&
           (m.unit == Unit::Count || m.unit == Unit::Money);
}

QList<MeasurePoint> upTo(const QList<MeasurePoint> &points, const QString &asOf)
{
    const auto limit = Period::parse(asOf);
    if (!limit)
        return points;
    QList<MeasurePoint> kept;
    for (const MeasurePoint &p : points) {
        if (p.period.end() <= limit->end())
            kept.append(p);
    }
    return kept;
}

// Keeps the points of the latest point's kind (a source may mix grains).
QList<MeasurePoint> sameKindAsLatest(const QList<MeasurePoint> &points)
{
    if (points.isEmpty())
        return points;
    const Period::Kind kind = points.last().period.kind();
    QList<MeasurePoint> kept;
    for (const MeasurePoint &p : points) {
        if (p.period.kind() == kind)
            kept.append(p);
    }
    return kept;
}

const MeasurePoint *find(const QList<MeasurePoint> &points, const Period &period)
{
    for (const MeasurePoint &p : points) {
        if (p.period == period)
            return &p;
    }
    return nullptr;
}

Period yearEarlier(const Period &period)
{
    Period p = period;
    const int steps = 12 / std::max(1, period.kind() == Period::Kind::Rolling12 ? 1 : period.months());
    for (int i = 0; i < steps; ++i)
        p = p.previous();
    return p;
}

QList<std::optional<double>> valuesOf(const QList<MeasurePoint> &points)
{
    QList<std::optional<double>> values;
    for (const MeasurePoint &p : points)
        values.append(p.value);
    return values;
}

QList<Period> periodsOf(const QList<MeasurePoint> &points)
{
    QList<Period> periods;
    for (const MeasurePoint &p : points)
        periods.append(p.period);
    return periods;
}

} // namespace

Forecast measureForecast(const Plan &plan, const Measure &m, const QList<MeasurePoint> &monthly)
{
    Forecast none;
    if (!isMonthlyCount(m)) {
        none.note = tr("A seasonal forecast is made for monthly counts only.");
        return none;
    }
    if (monthly.isEmpty()) {
        none.note = tr("No monthly data to forecast from.");
        return none;
    }
    const Period latest = monthly.last().period;
    // The last March strictly before the latest month.
    const QDate last = latest.start();
    const int originYear = last.month() > 3 ? last.year() : last.year() - 1;
    const Period origin = Period::month(originYear, 3);
    // The end of the financial year holding the latest month, or the target date when later.
    Period horizon = Period::month(last.month() > 3 ? last.year() + 1 : last.year(), 3);
    for (const QString &key : {m.target.period, plan.endPeriod}) {
        const auto target = Period::parse(key);
        if (target && target->kind() == Period::Kind::Month) {
            if (horizon < *target)
                horizon = *target;
            break;
        }
    }
    QList<MonthlyValue> series;
    series.reserve(monthly.size());
    for (const MeasurePoint &p : monthly)
        series.append({p.period, p.value});
    return seasonalForecast(series, origin, horizon);
}

MeasureComputation computeMeasure(const Plan &plan, const Priority &priority, const Measure &m,
                                  const QList<MeasurePoint> &natural, const ScorecardOptions &options)
{
    MeasureComputation c;
    ScorecardRow &row = c.row;
    row.measure = m;
    row.priorityCode = priority.code;
    row.priorityTitle = priority.title;
    row.areaCode = options.areaCode;

    const QList<MeasurePoint> series = upTo(natural, options.asOf);
    const bool monthlyCount = isMonthlyCount(m);
    if (monthlyCount) {
        c.monthly = series;
        c.points = MeasureSeries::aggregate(series, Period::Kind::Rolling12);
    } else {
        c.points = sameKindAsLatest(series);
    }
    if (!c.points.isEmpty())
        row.latest = c.points.last();
    for (qsizetype i = std::max<qsizetype>(0, c.points.size() - 24); i < c.points.size(); ++i)
        row.sparkline.append(c.points.at(i).value);

    // Baseline: as published, or computed from the data for the baseline period.
    Baseline baseline = m.baseline;
    row.baselinePeriod = baseline.period;
    if (!baseline.value) {
        if (auto period = Period::parse(baseline.period)) {
            const QList<MeasurePoint> grain =
                monthlyCount ? MeasureSeries::aggregate(series, period->kind()) : c.points;
            // Survey measures come as rolling years: a year's baseline is the window ending with it.
            const bool rolling = !grain.isEmpty() && grain.last().period.kind() == Period::Kind::Rolling12;
            if (rolling && period->kind() != Period::Kind::Rolling12 && period->months() == 12) {
                const QDate end = period->end();
                period = Period::rolling12(end.year(), end.month());
            }
            if (const MeasurePoint *p = find(grain, *period)) {
                baseline.value = p->value;
                row.baselineFromData = true;
            }
        }
    }
    row.baselineValue = baseline.value;
    row.trajectory = makeTrajectory(baseline, m.target, plan.endPeriod);
    if (row.trajectory.valid)
        row.targetValue = row.trajectory.targetValue;

    // Control chart: monthly counts over the months, otherwise over the points.
    const QList<MeasurePoint> &charted = monthlyCount ? c.monthly : c.points;
    c.chart = xmrChart(valuesOf(charted), phaseStarts(periodsOf(charted), m.breaks), m.polarity);
    if (!c.chart.phases.isEmpty()) {
        const XmrPhase &phase = c.chart.phases.last();
        row.spc.hasLimits = phase.hasLimits;
        row.spc.mean = phase.mean;
        row.spc.lower = phase.lowerLimit;
        row.spc.upper = phase.upperLimit;
        row.spc.note = phase.note;
        for (const XmrSignal &signal : c.chart.specialCauses) {
            if (signal.last < phase.first)
                continue;
            const QString nature = signal.nature == SignalNature::Improvement ? QStringLiteral("improvement")
                                   : signal.nature == SignalNature::Concern   ? QStringLiteral("concern")
                                                                              : QStringLiteral("neutral");
            const QString name = toName(signal.rule) + QLatin1Char(':') + nature;
            if (!row.spc.signalNames.contains(name))
                row.spc.signalNames.append(name);
        }
        if (row.trajectory.valid && phase.hasLimits) {
            // Monthly limits against the annual target: a twelfth of it.
            const double target =
                monthlyCount ? row.trajectory.targetValue / 12.0 : row.trajectory.targetValue;
            row.spc.assurance = assurance(phase, target, m.polarity);
        }
    }

    // Change, and the normal variation the status uses.
    std::optional<Variation> variation;
    if (row.latest) {
        const Period current = row.latest->period;
        const Period previous = yearEarlier(current);
        const MeasurePoint *before = find(c.points, previous);
        row.change.comparison = comparisonLabel(current, previous);
        row.change.current = row.latest->value;
        if (m.formula.kind == FormulaKind::Proportion) {
            const double base =
                options.areaCode == QLatin1String("E23000001") ? typicalLondonBase : typicalBoroughBase;
            const auto surveyOf = [&](const MeasurePoint &p) {
                SurveyResult r;
                r.period = p.period;
                r.proportion = p.value / 100.0;
                r.base = p.sampleSize ? double(*p.sampleSize) : base;
                r.baseAssumed = !p.sampleSize;
                return r;
            };
            const ProportionEstimate est = estimate(surveyOf(*row.latest));
            variation = Variation{est.lower * 100.0, est.upper * 100.0};
            if (before) {
                const ProportionDifference d =
                    compareProportions(surveyOf(*row.latest), surveyOf(*before), m.polarity);
                row.change.previous = before->value;
                row.change.points = 100.0 * d.difference;
                row.change.test = tr("two-proportion z");
                row.change.statistic = d.z;
                row.change.pValue = d.pValue;
                row.change.flag = d.flag;
                row.change.note = d.note;
            }
        } else if (monthlyCount) {
            if (before) {
                const CountChange cc =
                    compareCounts(row.change.comparison, qint64(std::llround(row.latest->value)),
                                  qint64(std::llround(before->value)), m.polarity);
                row.change.previous = before->value;
                row.change.percent = cc.percent;
                row.change.test = cc.testName;
                row.change.statistic = cc.statistic;
                row.change.pValue = cc.pValue;
                row.change.flag = cc.flag;
            }
            // An annual total's normal variation from the monthly chart: σ(month) = mean MR / 1.128,
            // and twelve months' σ ≈ √12 × σ(month); three σ either side, as control limits are.
            if (!c.chart.phases.isEmpty() && c.chart.phases.last().hasLimits) {
                const double sigma = std::sqrt(12.0) * c.chart.phases.last().meanMovingRange / 1.128;
                variation = Variation{row.latest->value - 3 * sigma, row.latest->value + 3 * sigma};
            }
        } else {
            if (before)
                row.change.previous = before->value;
            row.change.note =
                tr("No significance test applies to this kind of measure; see the control chart.");
            if (!c.chart.phases.isEmpty() && c.chart.phases.last().hasLimits) {
                const XmrPhase &phase = c.chart.phases.last();
                const double half = phase.upperLimit - phase.mean;
                variation = Variation{row.latest->value - half, row.latest->value + half};
            }
        }
        if (!before && row.change.note.isEmpty())
            row.change.note = tr("No value a year earlier to compare with.");
    }
    const bool concern =
        !charted.isEmpty() && c.chart.hasConcern(int(charted.size()) - 3, int(charted.size()) - 1);
    StatusInput input;
    if (row.latest) {
        input.period = row.latest->period;
        input.value = row.latest->value;
    }
    input.normalVariation = variation;
    input.concernSignal = concern;
    input.unit = m.unit;
    input.polarity = m.polarity;
    row.status = assessTrajectory(row.trajectory, input);
    row.comparator.note =
        tr("Comparator figures (England and Wales, most similar forces) are not in this workspace.");
    return c;
}

} // namespace cw

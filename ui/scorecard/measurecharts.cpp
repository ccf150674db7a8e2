#include "scorecard/measurecharts.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

#include "charts/serieschart.h"
#include "models/measureformat.h"
#include "services/scorecardservice.h"

namespace cw {

namespace {

constexpr double kGap = std::numeric_limits<double>::quiet_NaN();

QString grainName(Period::Kind kind)
{
    switch (kind) {
    case Period::Kind::Rolling12:
        return QCoreApplication::translate("cw::MeasureCharts", "Rolling 12 months");
    case Period::Kind::Month:
        return QCoreApplication::translate("cw::MeasureCharts", "Monthly");
    case Period::Kind::Quarter:
        return QCoreApplication::translate("cw::MeasureCharts", "Quarterly");
    case Period::Kind::FinancialYear:
        return QCoreApplication::translate("cw::MeasureCharts", "Financial year");
    case Period::Kind::CalendarYear:
        return QCoreApplication::translate("cw::MeasureCharts", "Calendar year");
    }
    return {};
}

// Periods are placed at their last month: a period's figure is "as at" its end.
qreal xOf(const Period &period)
{
    const QDate end = period.end();
    return SeriesChart::x(QDate(end.year(), end.month(), 1));
}

void setUp(SeriesChart &chart, const MeasureDetail &detail, const QString &title)
{
    chart.clear();
    chart.setTitle(title);
    chart.setValueTitle(displayName(detail.row.measure.unit));
    chart.setDecimals(detail.row.measure.unit == Unit::Count ? 0 : 1);
}

} // namespace

const QList<MeasurePoint> &MeasureCharts::charted(const MeasureDetail &detail)
{
    return chartedSeparately(detail) ? detail.monthly : detail.points;
}

bool MeasureCharts::chartedSeparately(const MeasureDetail &detail)
{
    if (detail.monthly.isEmpty() || detail.chart.phases.isEmpty())
        return false;
    return detail.chart.phases.constLast().last == detail.monthly.size() - 1 &&
           detail.monthly.size() != detail.points.size();
}

void MeasureCharts::addControl(SeriesChart &chart, const QList<MeasurePoint> &points, const XmrChart &xmr,
                               bool clampAtZero)
{
    // Mean and limits phase by phase (a NaN between phases breaks the lines).
    QList<QPointF> mean, lower, upper;
    for (const XmrPhase &phase : xmr.phases) {
        if (!phase.hasLimits || phase.first >= points.size())
            continue;
        if (!mean.isEmpty()) {
            const QPointF gap(xOf(points.at(phase.first).period), kGap);
            mean.append(gap);
            lower.append(gap);
            upper.append(gap);
        }
        const double low = clampAtZero ? std::max(0.0, phase.lowerLimit) : phase.lowerLimit;
        for (int i = phase.first; i <= phase.last && i < points.size(); ++i) {
            const qreal x = xOf(points.at(i).period);
            mean.append(QPointF(x, phase.mean));
            lower.append(QPointF(x, low));
            upper.append(QPointF(x, phase.upperLimit));
        }
    }
    if (!mean.isEmpty()) {
        chart.addBand(QCoreApplication::translate("cw::MeasureCharts", "Control limits"), lower, upper,
                      QColor(0x8c, 0x9d, 0xb5));
        chart.addLine(QCoreApplication::translate("cw::MeasureCharts", "Mean"), mean,
                      QColor(0x6b, 0x6b, 0x6b), SeriesChart::LineStyle::Dashed, 1.2);
    }
}

void MeasureCharts::addForecast(SeriesChart &chart, const Forecast &forecast)
{
    if (!forecast.valid || forecast.points.isEmpty())
        return;
    // From the origin's fitted value onwards, so that the band starts where the fit ends.
    QList<QPointF> line, lower, upper, outside;
    for (const ForecastPoint &p : forecast.points) {
        const qreal x = xOf(p.month);
        line.append(QPointF(x, p.forecast));
        lower.append(QPointF(x, std::max(0.0, p.lower)));
        upper.append(QPointF(x, p.upper));
        if (p.outside && p.observed)
            outside.append(QPointF(x, *p.observed));
    }
    chart.addBand(QCoreApplication::translate("cw::MeasureCharts", "Forecast interval (95%)"), lower, upper,
                  QColor(0xf2, 0xa9, 0x00));
    chart.addLine(QCoreApplication::translate("cw::MeasureCharts", "Forecast from %1")
                      .arg(MeasureFormat::shortPeriod(forecast.origin)),
                  line, QColor(0xb2, 0x6b, 0x00), SeriesChart::LineStyle::Dashed, 1.5);
    chart.addMarkers(QCoreApplication::translate("cw::MeasureCharts", "Outside the forecast"), outside,
                     SeriesChart::MarkerStyle::Outside);
}

void MeasureCharts::drawPerformance(SeriesChart &chart, const MeasureDetail &detail, const QString &title)
{
    const ScorecardRow &row = detail.row;
    const QList<MeasurePoint> &points = detail.points;
    setUp(chart, detail, title);
    if (points.isEmpty())
        return;
    const bool withControl = !chartedSeparately(detail);
    if (withControl)
        addControl(chart, points, detail.chart, row.measure.unit == Unit::Count);

    QList<QPointF> series;
    for (const MeasurePoint &point : points)
        series.append(QPointF(xOf(point.period), point.value));
    chart.addLine(grainName(points.constFirst().period.kind()), series, QColor(0x1f, 0x3a, 0x68));

    if (row.baselineValue) {
        const std::optional<Period> period = Period::parse(row.baselinePeriod);
        chart.addHorizontalLine(period ? QCoreApplication::translate("cw::MeasureCharts", "Baseline (%1)")
                                             .arg(MeasureFormat::shortPeriod(*period))
                                       : QCoreApplication::translate("cw::MeasureCharts", "Baseline"),
                                *row.baselineValue, QColor(0x55, 0x55, 0x55), SeriesChart::LineStyle::Dotted);
    }
    // The trajectory from the baseline to the target (flat after it), where it applies.
    if (row.trajectory.valid) {
        const qreal start = xOf(row.trajectory.baselinePeriod);
        QList<QPointF> trajectory{QPointF(start, row.trajectory.baselineValue)};
        for (qsizetype i = 0; i < points.size() && i < detail.trajectory.size(); ++i) {
            if (detail.trajectory.at(i) && xOf(points.at(i).period) > start)
                trajectory.append(QPointF(xOf(points.at(i).period), *detail.trajectory.at(i)));
        }
        trajectory.append(QPointF(xOf(row.trajectory.targetPeriod), row.trajectory.targetValue));
        std::sort(trajectory.begin(), trajectory.end(),
                  [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        chart.addLine(QCoreApplication::translate("cw::MeasureCharts", "Trajectory"), trajectory,
                      QColor(0x2e, 0x7d, 0x32), SeriesChart::LineStyle::Dashed);
    }
    if (row.targetValue) {
        const std::optional<Period> by = Period::parse(row.measure.target.period);
        if (by)
            chart.addMarkers(QCoreApplication::translate("cw::MeasureCharts", "Target"),
                             {QPointF(xOf(*by), *row.targetValue)}, SeriesChart::MarkerStyle::Target);
        else
            chart.addHorizontalLine(QCoreApplication::translate("cw::MeasureCharts", "Target"),
                                    *row.targetValue, QColor(0x1b, 0x5e, 0x20));
    }
    if (!withControl)
        return;
    drawControl(chart, detail, {}); // signals only: the rest is drawn
}

void MeasureCharts::drawControl(SeriesChart &chart, const MeasureDetail &detail, const QString &title)
{
    const QList<MeasurePoint> &points = charted(detail);
    const bool alone = !title.isNull();
    if (alone) {
        setUp(chart, detail, title);
        if (points.isEmpty())
            return;
        addControl(chart, points, detail.chart, detail.row.measure.unit == Unit::Count);
        QList<QPointF> series;
        for (const MeasurePoint &point : points)
            series.append(QPointF(xOf(point.period), point.value));
        chart.addLine(grainName(points.constFirst().period.kind()), series, QColor(0x1f, 0x3a, 0x68),
                      SeriesChart::LineStyle::Solid, 1.5);
    }

    if (alone)
        addForecast(chart, detail.forecast);

    // Special-cause signals by nature; a point in several signals is marked once (concern first).
    QMap<int, SignalNature> marked;
    for (const XmrSignal &signal : detail.chart.specialCauses) {
        for (int i = signal.first; i <= signal.last && i < points.size(); ++i) {
            if (!marked.contains(i) || signal.nature == SignalNature::Concern)
                marked.insert(i, signal.nature);
        }
    }
    QList<QPointF> concern, improvement, neutral;
    for (auto it = marked.cbegin(); it != marked.cend(); ++it) {
        const QPointF point(xOf(points.at(it.key()).period), points.at(it.key()).value);
        if (it.value() == SignalNature::Concern)
            concern.append(point);
        else if (it.value() == SignalNature::Improvement)
            improvement.append(point);
        else
            neutral.append(point);
    }
    chart.addMarkers(QCoreApplication::translate("cw::MeasureCharts", "Concern signal"), concern,
                     SeriesChart::MarkerStyle::Concern);
    chart.addMarkers(QCoreApplication::translate("cw::MeasureCharts", "Improvement signal"), improvement,
                     SeriesChart::MarkerStyle::Improvement);
    chart.addMarkers(QCoreApplication::translate("cw::MeasureCharts", "Signal"), neutral,
                     SeriesChart::MarkerStyle::Neutral);
}

} // namespace cw

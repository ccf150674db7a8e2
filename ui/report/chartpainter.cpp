#include "report/chartpainter.h"

#include "models/measureformat.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

const QColor kSeriesColours[] = {QColor(0x1f, 0x3a, 0x68), QColor(0x6a, 0x8c, 0xc7), QColor(0x88, 0x88, 0x88),
                                 QColor(0x44, 0x44, 0x44)};
const QColor kTrajectoryColour(0x2e, 0x7d, 0x32);
const QColor kBaselineColour(0x55, 0x55, 0x55);
const Qt::PenStyle kSeriesStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};

// A "nice" step for about `ticks` ticks over [low, high].
double tickStep(double low, double high, int ticks)
{
    const double span = std::max(high - low, 1e-9);
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= factor * magnitude)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

// One plot: the given series on a shared value axis; the trajectory and baseline (which belong
// to the first area) when `withTargets`.
void paintPanel(QPainter &painter, const QRectF &rect, const BriefingMeasure &measure,
                const QList<qsizetype> &shown, bool withTargets)
{
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7);
    painter.setFont(small);
    const QFontMetricsF fm(small, painter.device());

    QList<double> values;
    int count = 0;
    for (qsizetype index : shown) {
        const BriefingChartSeries &s = measure.series.at(index);
        count = std::max(count, int(s.points.size()));
        for (const BriefingChartPoint &p : s.points) {
            values.append(p.value);
            if (p.trajectory && withTargets)
                values.append(*p.trajectory);
        }
    }
    if (measure.baselineValue && withTargets)
        values.append(*measure.baselineValue);
    if (values.isEmpty() || count == 0) {
        painter.setPen(Qt::darkGray);
        painter.drawText(rect, Qt::AlignCenter,
                         QCoreApplication::translate("cw::BriefingPdf", "No data to chart for this period."));
        return;
    }
    double low = *std::min_element(values.cbegin(), values.cend());
    double high = *std::max_element(values.cbegin(), values.cend());
    const bool bars = measure.chart == ChartKind::Bar;
    // Bars start at zero; lines get a little room below, but never below zero for values that
    // cannot be negative.
    if (bars)
        low = std::min(low, 0.0);
    else if (low >= 0)
        low = std::max(0.0, low - (high - low) * 0.1);
    // About four ticks, fewer when the panel is too short for four labels.
    const int ticks = std::clamp(int((rect.height() - fm.lineSpacing()) / (2 * fm.lineSpacing())), 1, 4);
    const double step = tickStep(low, high, ticks);
    low = std::floor(low / step) * step;
    high = std::ceil(high / step) * step;
    if (high <= low)
        high = low + step;

    const qreal axisWidth = fm.horizontalAdvance(MeasureFormat::value(high, measure.unit)) + 6;
    const QRectF plot(rect.left() + axisWidth, rect.top() + 4, rect.width() - axisWidth - 4,
                      rect.height() - fm.lineSpacing() - 8);
    const auto xAt = [&](int i) {
        return plot.left() + (count == 1 ? plot.width() / 2 : plot.width() * i / (count - 1));
    };
    const auto yAt = [&](double v) { return plot.bottom() - (v - low) / (high - low) * plot.height(); };

    // Axis, grid and tick labels.
    painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.5));
    for (double v = low; v <= high + step / 2; v += step) {
        painter.drawLine(QPointF(plot.left(), yAt(v)), QPointF(plot.right(), yAt(v)));
        painter.save();
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(rect.left(), yAt(v) - fm.height() / 2, axisWidth - 4, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, MeasureFormat::value(v, measure.unit));
        painter.restore();
    }
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 0.7));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    const QList<BriefingChartPoint> &first = measure.series.at(shown.constFirst()).points;
    if (!first.isEmpty()) {
        painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width() / 2, fm.lineSpacing()),
                         Qt::AlignLeft | Qt::AlignTop,
                         MeasureFormat::shortPeriod(first.constFirst().periodKey));
        painter.drawText(QRectF(plot.center().x(), plot.bottom() + 2, plot.width() / 2, fm.lineSpacing()),
                         Qt::AlignRight | Qt::AlignTop,
                         MeasureFormat::shortPeriod(first.constLast().periodKey));
    }

    if (measure.baselineValue && withTargets) {
        painter.setPen(QPen(kBaselineColour, 0.8, Qt::DotLine));
        painter.drawLine(QPointF(plot.left(), yAt(*measure.baselineValue)),
                         QPointF(plot.right(), yAt(*measure.baselineValue)));
    }

    // Trajectory of the first area, dashed.
    QPainterPath trajectory;
    bool started = false;
    for (int i = 0; i < first.size(); ++i) {
        if (!withTargets || !first.at(i).trajectory)
            continue;
        const QPointF at(xAt(i), yAt(*first.at(i).trajectory));
        started ? trajectory.lineTo(at) : trajectory.moveTo(at);
        started = true;
    }
    painter.setPen(QPen(kTrajectoryColour, 1.0, Qt::DashLine));
    painter.drawPath(trajectory);

    for (qsizetype s : shown) {
        const QList<BriefingChartPoint> &points = measure.series.at(s).points;
        const QColor colour = kSeriesColours[s % 4];
        if (bars && s == 0) {
            const qreal barWidth = std::max<qreal>(plot.width() / std::max(count, 1) * 0.7, 0.5);
            for (int i = 0; i < points.size(); ++i) {
                const qreal x =
                    count == 1 ? plot.center().x() : plot.left() + plot.width() * (i + 0.5) / count;
                painter.fillRect(QRectF(x - barWidth / 2, yAt(points.at(i).value), barWidth,
                                        plot.bottom() - yAt(points.at(i).value)),
                                 colour);
            }
            continue;
        }
        QPainterPath path;
        for (int i = 0; i < points.size(); ++i) {
            const QPointF at(xAt(i), yAt(points.at(i).value));
            i == 0 ? path.moveTo(at) : path.lineTo(at);
        }
        painter.setPen(QPen(colour, s == 0 ? 1.6 : 1.1, kSeriesStyles[s % 4]));
        painter.drawPath(path);
    }

    // Legend, above the plot's top right: the trajectory and baseline when drawn, then the
    // areas, each with its line style (the rightmost entry is the last one listed).
    struct Entry
    {
        QString name;
        QPen pen;
    };
    QList<Entry> legend;
    for (qsizetype s : shown)
        legend.append(
            {measure.series.at(s).areaName,
             QPen(kSeriesColours[s % 4], 1.4, bars && s == 0 ? Qt::SolidLine : kSeriesStyles[s % 4])});
    if (started)
        legend.append({QCoreApplication::translate("cw::BriefingPdf", "Trajectory"),
                       QPen(kTrajectoryColour, 1.0, Qt::DashLine)});
    if (measure.baselineValue && withTargets)
        legend.append({QCoreApplication::translate("cw::BriefingPdf", "Baseline"),
                       QPen(kBaselineColour, 0.8, Qt::DotLine)});
    qreal x = plot.right();
    for (auto it = legend.crbegin(); it != legend.crend(); ++it) {
        const qreal w = fm.horizontalAdvance(it->name);
        x -= w;
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QPointF(x, plot.top() + fm.ascent()), it->name);
        x -= 16;
        painter.setPen(it->pen);
        painter.drawLine(QPointF(x, plot.top() + fm.ascent() / 2 + 1),
                         QPointF(x + 12, plot.top() + fm.ascent() / 2 + 1));
        x -= 10;
    }
}

// Areas of very different size (London beside two boroughs) on one axis flatten the smaller
// ones into the floor: each area then gets its own panel and axis, London's with the targets.
bool needsOwnScales(const BriefingMeasure &measure)
{
    if (measure.chart == ChartKind::Bar || measure.series.size() < 2)
        return false;
    QList<double> peaks;
    for (const BriefingChartSeries &s : measure.series) {
        double peak = 0;
        for (const BriefingChartPoint &p : s.points)
            peak = std::max(peak, std::abs(p.value));
        if (peak > 0)
            peaks.append(peak);
    }
    if (peaks.size() < 2)
        return false;
    const auto [lowest, highest] = std::minmax_element(peaks.cbegin(), peaks.cend());
    return *highest > 4 * *lowest;
}

} // namespace

void paintMeasureChart(QPainter &painter, const QRectF &rect, const BriefingMeasure &measure)
{
    if (measure.chart == ChartKind::Table)
        return;
    if (!needsOwnScales(measure)) {
        QList<qsizetype> all;
        for (qsizetype s = 0; s < measure.series.size(); ++s)
            all.append(s);
        paintPanel(painter, rect, measure, all, true);
        return;
    }
    // The first area takes half the height; the others share the rest.
    const qsizetype others = measure.series.size() - 1;
    const qreal gap = 6;
    const qreal firstHeight = rect.height() / 2;
    paintPanel(painter, QRectF(rect.left(), rect.top(), rect.width(), firstHeight - gap / 2), measure, {0},
               true);
    const qreal each = (rect.height() - firstHeight) / qreal(others);
    for (qsizetype s = 1; s <= others; ++s) {
        const QRectF panel(rect.left(), rect.top() + firstHeight + each * qreal(s - 1) + gap / 2,
                           rect.width(), each - gap);
        paintPanel(painter, panel, measure, {s}, false);
    }
}

} // namespace cw

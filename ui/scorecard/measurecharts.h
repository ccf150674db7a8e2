#pragma once

#include <QList>

namespace cw {

class SeriesChart;
struct Forecast;
struct MeasureDetail;
struct MeasurePoint;
struct XmrChart;

// What the measure explorer draws, through the chart facade.
class MeasureCharts
{
public:
    // The series the control chart of `detail` is over: the monthly values for monthly counts
    // (the scorecard grain is rolling 12 months, whose points are not independent), otherwise
    // the points at the scorecard grain.
    static const QList<MeasurePoint> &charted(const MeasureDetail &detail);
    static bool chartedSeparately(const MeasureDetail &detail);

    // The series at the scorecard grain with the baseline, the trajectory and the target; with
    // the control limits and signals too when the control chart is over the same points.
    static void drawPerformance(SeriesChart &chart, const MeasureDetail &detail, const QString &title);
    // The control chart alone: the charted series, mean and limits per phase, signals, and the
    // forecast band with the observations outside it ringed.
    static void drawControl(SeriesChart &chart, const MeasureDetail &detail, const QString &title);

private:
    static void addControl(SeriesChart &chart, const QList<MeasurePoint> &points, const XmrChart &xmr,
                           bool clampAtZero);
    static void addForecast(SeriesChart &chart, const Forecast &forecast);
};

} // namespace cw

#pragma once

#include "analysis/forecast.h"
#include "services/scorecardservice.h"

namespace cw {

// One measure's figures in one area, computed from its series: what a scorecard row and the
// explorer show.
struct MeasureComputation
{
    ScorecardRow row;
    QList<MeasurePoint> points;  // at the scorecard grain
    QList<MeasurePoint> monthly; // the natural grain, for monthly counts
    XmrChart chart;
};

// Computes a measure's latest value, baseline, trajectory, status, change and control chart
// from its series at the natural grain (as MeasureSeries::build gives it). Pure: no database,
// safe to call from any thread.
// The forecast the explorer shows for a monthly count (statistics.md: "annual forecasts of
// crime against which we will compare performance"): fitted on the months up to the end of the
// last complete financial year before the latest month (the last March before it), so that the
// months observed since can be compared with it, and run to the target date (the measure's
// target month, else the Plan's end) or, when that is earlier, to the end of the current
// financial year. Invalid with a note for other measures or too short a series.
Forecast measureForecast(const Plan &plan, const Measure &measure, const QList<MeasurePoint> &monthly);

MeasureComputation computeMeasure(const Plan &plan, const Priority &priority, const Measure &measure,
                                  const QList<MeasurePoint> &natural, const ScorecardOptions &options);

} // namespace cw

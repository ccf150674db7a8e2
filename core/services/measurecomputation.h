#pragma once

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
MeasureComputation computeMeasure(const Plan &plan, const Priority &priority, const Measure &measure,
                                  const QList<MeasurePoint> &natural, const ScorecardOptions &options);

} // namespace cw

#pragma once

#include "domain/enums.h"
#include "domain/period.h"

#include <QString>

#include <optional>

namespace cw {

struct Baseline;
struct Target;

// Plan trajectories and the performance status against them. UNITS: the measure's own units
// throughout — counts, or percent 0–100 for percentage measures, as the Plan publishes them
// (70.8 for 70.8%). Survey intervals (proportions 0–1) must be scaled by 100 before being passed
// as normal variation for a percentage measure.
//
// Time axis: a period is placed at its last month (2011/12 → March 2012; "12 months to
// September 2015" → September 2015), because a period's figure is "as at" its end and targets are
// "by" a date. The trajectory is linear in months from the baseline to the target, flat after it.

enum class TrajectoryStatus { OnTrack, AtRisk, OffTrack, NoTarget, InsufficientData };

struct Trajectory
{
    bool valid = false; // false: no trajectory; `note` says why (no target, no baseline, …)
    TargetKind kind = TargetKind::Monitor;
    Period baselinePeriod;
    double baselineValue = 0;
    Period targetPeriod;
    double targetValue = 0;
    QString note;

    // The trajectory value for `period` (linear between baseline and target, clamped at both
    // ends); std::nullopt when the trajectory is not valid.
    std::optional<double> valueAt(const Period &period) const;
};

// Builds the trajectory of a measure: Absolute → the target value; PercentChange → baseline ×
// (1 + value/100); BelowBaseline / AboveBaseline → the baseline itself (flat), by `target.period`
// or, when that is empty, `planEndPeriod`; Comparator / Monitor → no trajectory.
Trajectory makeTrajectory(const Baseline &baseline, const Target &target, const QString &planEndPeriod = {});

// Normal variation around the latest value, in the measure's units: the control limits for
// counts, or the survey interval (scaled to percent) for proportions.
struct Variation
{
    double lower = 0;
    double upper = 0;
};

struct StatusInput
{
    Period period;               // the latest period
    std::optional<double> value; // the latest value
    std::optional<Variation> normalVariation;
    bool concernSignal = false;                  // a control-chart concern signal in the latest phase
    Unit unit = Unit::Count;                     // for the words of the reason
    Polarity polarity = Polarity::LowerIsBetter; // None: inferred from target against baseline
};

struct TrajectoryAssessment
{
    TrajectoryStatus status = TrajectoryStatus::InsufficientData;
    std::optional<double> trajectoryValue;
    std::optional<double> latest;
    QString reason; // in words, e.g. "better than trajectory (56.8% against 58.4%)" (translated)
    // Officer judgement (stored elsewhere): overrides the status; a note is then required.
    std::optional<TrajectoryStatus> officerStatus;
    QString officerNote;

    TrajectoryStatus effectiveStatus() const { return officerStatus.value_or(status); }
    bool overrideIsValid() const { return !officerStatus || !officerNote.trimmed().isEmpty(); }
};

// On track: at or better than the trajectory value for the latest period. At risk: worse, but
// the trajectory value lies within `normalVariation`. Off track: worse and outside it, worse
// with no measure of variation given, or worse with a concern signal. A concern signal does not
// turn an on-track value off track (the change flag shows it separately); the reason mentions it.
TrajectoryAssessment assessTrajectory(const Trajectory &trajectory, const StatusInput &input);

QString
toName(TrajectoryStatus status); // "on_track", "at_risk", "off_track", "no_target", "insufficient_data"
QString displayName(TrajectoryStatus status);
// The status named by toName(); std::nullopt for anything else.
std::optional<TrajectoryStatus> trajectoryStatusFromName(const QString &name);

} // namespace cw

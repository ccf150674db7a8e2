#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace cw {

class Period;
struct SeriesBreak;

// XmR (individuals and moving range) control chart as in NHS "Making Data Count".
// Values are in the measure's own units (counts, or percent 0–100 for percentage measures);
// nothing here assumes a scale. Missing periods are std::nullopt: they are left out of the mean,
// no moving range is taken across a gap (it would span two intervals), and runs (rules b and c)
// are counted over the present points, so a gap neither breaks nor extends a run.

struct XmrOptions
{
    int minimumPoints = 10;          // present points a phase needs for limits; below: direction of travel
    int runLength = 7;               // rule (b): this many consecutive points on one side of the centre
    int trendLength = 7;             // rule (c): this many consecutive points each above (below) the last
    bool screenMovingRanges = false; // drop MRs ≥ 3.267 × mean MR and recompute the mean MR once
};

// (a) a point beyond a limit; (b) a run on one side of the centre; (c) a run rising or falling;
// (d) 2 of 3 consecutive points beyond the same near limit. A point exactly on the centre line
// breaks a run; equal consecutive values break a trend.
enum class XmrRule { BeyondLimit, Shift, Trend, TwoOfThree };
enum class SignalNature { Improvement, Concern, Neutral }; // Neutral when the polarity is None
enum class Assurance { ConsistentlyPass, ConsistentlyFail, HitOrMiss, NotApplicable };
// Fallback below minimumPoints: latest present point against the one before. Rising/Falling are
// used only when the measure has no polarity.
enum class DirectionOfTravel { Improving, Worsening, Unchanged, Rising, Falling, Unknown };

struct XmrSignal
{
    XmrRule rule = XmrRule::BeyondLimit;
    int first = 0; // series indices of the points taking part, inclusive
    int last = 0;
    bool high = true; // above the centre (or near limit) / rising
    SignalNature nature = SignalNature::Neutral;
};

struct XmrPhase
{
    int first = 0; // series indices, inclusive
    int last = -1;
    int points = 0; // present values
    bool hasLimits = false;
    double mean = 0;
    double meanMovingRange = 0;
    double upperLimit = 0; // mean ± 2.66 × mean MR (not clamped at 0; clamp counts when drawing)
    double lowerLimit = 0;
    double upperNear = 0; // mean ± (2/3)·2.66 × mean MR
    double lowerNear = 0;
    int screenedRanges = 0;
    DirectionOfTravel direction = DirectionOfTravel::Unknown;
    QString note; // e.g. "Insufficient points for control limits (6 of 10)." (translated)
};

struct XmrChart
{
    QList<XmrPhase> phases;
    QList<XmrSignal> specialCauses; // in order of rule, then first index
    // The phase holding series index `index`, or nullptr.
    const XmrPhase *phaseAt(int index) const;
    // Whether any concern signal touches series indices [first, last].
    bool hasConcern(int first, int last) const;
};

// Builds the chart. `phaseStarts` are series indices where a new phase begins (a series break);
// 0 and out-of-range indices are ignored. Signals are found within each phase, on its own limits.
XmrChart xmrChart(const QList<std::optional<double>> &values, const QList<int> &phaseStarts,
                  Polarity polarity, const XmrOptions &options = {});

// Assurance of meeting `target` with a phase's limits: target outside the limits on the good
// side → ConsistentlyPass; on the bad side → ConsistentlyFail; inside (or on) → HitOrMiss.
// NotApplicable without limits or polarity.
Assurance assurance(const XmrPhase &phase, double target, Polarity polarity);

// Phase starts for `periods` (the chart's x axis, in order) from a measure's series breaks:
// the index of the first period that starts on or after each break's month.
QList<int> phaseStarts(const QList<Period> &periods, const QList<SeriesBreak> &breaks);

QString toName(XmrRule rule);    // "beyond_limit", "shift", "trend", "two_of_three"
QString toName(Assurance value); // "consistently_pass", "consistently_fail", "hit_or_miss", "not_applicable"
QString displayName(XmrRule rule); // translated
QString displayName(Assurance value);

} // namespace cw

#include "analysis/controlchart.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

#include "domain/period.h"
#include "domain/plan.h"

namespace cw {

namespace {

constexpr double kLimitFactor = 2.66;   // 3 / d2 with d2 = 1.128 for ranges of two
constexpr double kScreenFactor = 3.267; // upper range limit D4 for ranges of two

SignalNature natureOf(bool high, Polarity polarity)
{
    switch (polarity) {
    case Polarity::HigherIsBetter:
        return high ? SignalNature::Improvement : SignalNature::Concern;
    case Polarity::LowerIsBetter:
        return high ? SignalNature::Concern : SignalNature::Improvement;
    case Polarity::None:
        break;
    }
    return SignalNature::Neutral;
}

int sign(double v)
{
    return (v > 0) - (v < 0);
}

// One phase's present points: series indices and values.
struct Points
{
    QList<int> index;
    QList<double> value;
};

void computeLimits(XmrPhase &phase, const Points &pts, const XmrOptions &options)
{
    double sum = 0;
    for (double v : pts.value)
        sum += v;
    phase.mean = sum / static_cast<double>(pts.value.size());

    QList<double> ranges;
    for (qsizetype i = 1; i < pts.value.size(); ++i) {
        if (pts.index[i] == pts.index[i - 1] + 1) // never across a missing period
            ranges.append(std::abs(pts.value[i] - pts.value[i - 1]));
    }
    if (ranges.isEmpty())
        return;
    double mr = 0;
    for (double r : ranges)
        mr += r;
    mr /= static_cast<double>(ranges.size());
    if (options.screenMovingRanges) {
        double kept = 0;
        int count = 0;
        for (double r : ranges) {
            if (r < kScreenFactor * mr) {
                kept += r;
                ++count;
            }
        }
        phase.screenedRanges = static_cast<int>(ranges.size()) - count;
        if (count > 0)
            mr = kept / count;
    }
    phase.meanMovingRange = mr;
    phase.upperLimit = phase.mean + kLimitFactor * mr;
    phase.lowerLimit = phase.mean - kLimitFactor * mr;
    phase.upperNear = phase.mean + 2.0 / 3.0 * kLimitFactor * mr;
    phase.lowerNear = phase.mean - 2.0 / 3.0 * kLimitFactor * mr;
    phase.hasLimits = true;
}

DirectionOfTravel directionOf(const Points &pts, Polarity polarity)
{
    if (pts.value.size() < 2)
        return DirectionOfTravel::Unknown;
    const int s = sign(pts.value.last() - pts.value[pts.value.size() - 2]);
    if (s == 0)
        return DirectionOfTravel::Unchanged;
    switch (natureOf(s > 0, polarity)) {
    case SignalNature::Improvement:
        return DirectionOfTravel::Improving;
    case SignalNature::Concern:
        return DirectionOfTravel::Worsening;
    case SignalNature::Neutral:
        break;
    }
    return s > 0 ? DirectionOfTravel::Rising : DirectionOfTravel::Falling;
}

// Maximal runs of equal non-zero key; reports runs of at least `length` points.
template <typename Key>
void runs(const Points &pts, int length, XmrRule rule, Polarity polarity, Key key, QList<XmrSignal> &out)
{
    const auto n = pts.value.size();
    qsizetype start = 0;
    while (start < n) {
        const int side = key(start);
        qsizetype end = start;
        while (side != 0 && end + 1 < n && key(end + 1) == side)
            ++end;
        // A trend run's key at i compares i with i − 1, so the run includes the point before.
        const qsizetype from = rule == XmrRule::Trend && start > 0 ? start - 1 : start;
        if (side != 0 && end - from + 1 >= length)
            out.append({rule, pts.index[from], pts.index[end], side > 0, natureOf(side > 0, polarity)});
        start = end + 1;
    }
}

void findSignals(const XmrPhase &phase, const Points &pts, Polarity polarity, const XmrOptions &options,
                 QList<XmrSignal> &out)
{
    const auto n = pts.value.size();
    for (qsizetype i = 0; i < n; ++i) {
        const double v = pts.value[i];
        if (v > phase.upperLimit || v < phase.lowerLimit) {
            const bool high = v > phase.upperLimit;
            out.append({XmrRule::BeyondLimit, pts.index[i], pts.index[i], high, natureOf(high, polarity)});
        }
    }
    runs(
        pts, options.runLength, XmrRule::Shift, polarity,
        [&](qsizetype i) { return sign(pts.value[i] - phase.mean); }, out);
    runs(
        pts, options.trendLength, XmrRule::Trend, polarity,
        [&](qsizetype i) { return i == 0 ? 0 : sign(pts.value[i] - pts.value[i - 1]); }, out);

    for (const bool high : {true, false}) {
        XmrSignal *open = nullptr;
        for (qsizetype w = 0; w + 2 < n; ++w) {
            QList<qsizetype> beyond;
            for (qsizetype i = w; i < w + 3; ++i) {
                if (high ? pts.value[i] > phase.upperNear : pts.value[i] < phase.lowerNear)
                    beyond.append(i);
            }
            if (beyond.size() < 2)
                continue;
            const int first = pts.index[beyond.first()];
            const int last = pts.index[beyond.last()];
            if (open && first <= open->last) { // overlapping windows make one signal
                open->last = std::max(open->last, last);
                continue;
            }
            out.append({XmrRule::TwoOfThree, first, last, high, natureOf(high, polarity)});
            open = &out.last();
        }
    }
}

} // namespace

const XmrPhase *XmrChart::phaseAt(int index) const
{
    for (const XmrPhase &phase : phases) {
        if (index >= phase.first && index <= phase.last)
            return &phase;
    }
    return nullptr;
}

bool XmrChart::hasConcern(int first, int last) const
{
    return std::any_of(specialCauses.cbegin(), specialCauses.cend(), [&](const XmrSignal &s) {
        return s.nature == SignalNature::Concern && s.first <= last && s.last >= first;
    });
}

XmrChart xmrChart(const QList<std::optional<double>> &values, const QList<int> &phaseStarts,
                  Polarity polarity, const XmrOptions &options)
{
    XmrChart chart;
    const int size = static_cast<int>(values.size());
    QList<int> starts{0};
    for (int s : phaseStarts) {
        if (s > 0 && s < size)
            starts.append(s);
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    if (size == 0)
        return chart;

    for (qsizetype p = 0; p < starts.size(); ++p) {
        XmrPhase phase;
        phase.first = starts[p];
        phase.last = p + 1 < starts.size() ? starts[p + 1] - 1 : size - 1;
        Points pts;
        for (int i = phase.first; i <= phase.last; ++i) {
            if (values[i]) {
                pts.index.append(i);
                pts.value.append(*values[i]);
            }
        }
        phase.points = static_cast<int>(pts.value.size());
        phase.direction = directionOf(pts, polarity);
        if (phase.points < options.minimumPoints) {
            phase.note = QCoreApplication::translate("cw::ControlChart",
                                                     "Insufficient points for control limits (%1 of %2); "
                                                     "direction of travel shown instead.")
                             .arg(phase.points)
                             .arg(options.minimumPoints);
        } else {
            computeLimits(phase, pts, options);
            if (phase.hasLimits)
                findSignals(phase, pts, polarity, options, chart.specialCauses);
        }
        chart.phases.append(phase);
    }
    std::stable_sort(chart.specialCauses.begin(), chart.specialCauses.end(),
                     [](const XmrSignal &a, const XmrSignal &b) {
                         return a.rule != b.rule ? a.rule < b.rule : a.first < b.first;
                     });
    return chart;
}

Assurance assurance(const XmrPhase &phase, double target, Polarity polarity)
{
    if (!phase.hasLimits || polarity == Polarity::None)
        return Assurance::NotApplicable;
    const bool higher = polarity == Polarity::HigherIsBetter;
    if (target < phase.lowerLimit)
        return higher ? Assurance::ConsistentlyPass : Assurance::ConsistentlyFail;
    if (target > phase.upperLimit)
        return higher ? Assurance::ConsistentlyFail : Assurance::ConsistentlyPass;
    return Assurance::HitOrMiss;
}

QList<int> phaseStarts(const QList<Period> &periods, const QList<SeriesBreak> &breaks)
{
    QList<int> result;
    for (const SeriesBreak &b : breaks) {
        const std::optional<Period> from = Period::parse(b.period);
        if (!from)
            continue;
        for (qsizetype i = 0; i < periods.size(); ++i) {
            if (periods[i].start() >= from->start()) {
                result.append(static_cast<int>(i));
                break;
            }
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

QString toName(XmrRule rule)
{
    switch (rule) {
    case XmrRule::BeyondLimit:
        return QStringLiteral("beyond_limit");
    case XmrRule::Shift:
        return QStringLiteral("shift");
    case XmrRule::Trend:
        return QStringLiteral("trend");
    case XmrRule::TwoOfThree:
        return QStringLiteral("two_of_three");
    }
    Q_UNREACHABLE();
    return {};
}

QString toName(Assurance value)
{
    switch (value) {
    case Assurance::ConsistentlyPass:
        return QStringLiteral("consistently_pass");
    case Assurance::ConsistentlyFail:
        return QStringLiteral("consistently_fail");
    case Assurance::HitOrMiss:
        return QStringLiteral("hit_or_miss");
    case Assurance::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    Q_UNREACHABLE();
    return {};
}

QString displayName(XmrRule rule)
{
    switch (rule) {
    case XmrRule::BeyondLimit:
        return QCoreApplication::translate("cw::ControlChart", "Point beyond a control limit");
    case XmrRule::Shift:
        return QCoreApplication::translate("cw::ControlChart",
                                           "Run of points on one side of the centre line");
    case XmrRule::Trend:
        return QCoreApplication::translate("cw::ControlChart", "Run of points rising or falling");
    case XmrRule::TwoOfThree:
        return QCoreApplication::translate("cw::ControlChart", "Two of three points beyond the near limit");
    }
    Q_UNREACHABLE();
    return {};
}

QString displayName(Assurance value)
{
    switch (value) {
    case Assurance::ConsistentlyPass:
        return QCoreApplication::translate("cw::ControlChart", "Will consistently pass the target");
    case Assurance::ConsistentlyFail:
        return QCoreApplication::translate("cw::ControlChart", "Will consistently fail the target");
    case Assurance::HitOrMiss:
        return QCoreApplication::translate("cw::ControlChart", "Hit or miss");
    case Assurance::NotApplicable:
        return QCoreApplication::translate("cw::ControlChart", "Not applicable");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace cw

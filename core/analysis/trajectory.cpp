#include "analysis/trajectory.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QLocale>

#include "domain/plan.h"

namespace cw {

namespace {

// A period's place on the time axis: its last month, counted from year 0.
int monthIndex(const Period &period)
{
    const QDate end = period.end();
    return end.year() * 12 + end.month() - 1;
}

QString formatValue(double value, Unit unit)
{
    const QLocale locale;
    switch (unit) {
    case Unit::Percent:
        return locale.toString(value, 'f', 1) + u'%';
    case Unit::Count:
        return locale.toString(value, 'f', 0);
    case Unit::Days:
        return QCoreApplication::translate("cw::Trajectory", "%1 days").arg(locale.toString(value, 'f', 0));
    case Unit::Money:
        return u'£' + locale.toString(value, 'f', 0);
    case Unit::Points:
    case Unit::Rate:
        break;
    }
    return locale.toString(value, 'f', 1);
}

// How much worse: points for percentages and points, a relative percentage otherwise.
QString formatGap(double latest, double trajectory, Unit unit)
{
    const QLocale locale;
    const double gap = std::abs(latest - trajectory);
    if (unit == Unit::Percent || unit == Unit::Points)
        return QCoreApplication::translate("cw::Trajectory", "%1 points").arg(locale.toString(gap, 'f', 1));
    if (trajectory == 0)
        return formatValue(gap, unit);
    return locale.toString(100.0 * gap / std::abs(trajectory), 'f', 1) + u'%';
}

Trajectory noTrajectory(TargetKind kind, const QString &note)
{
    Trajectory t;
    t.kind = kind;
    t.note = note;
    return t;
}

} // namespace

std::optional<double> Trajectory::valueAt(const Period &period) const
{
    if (!valid || !period.isValid())
        return std::nullopt;
    const int from = monthIndex(baselinePeriod);
    const int to = monthIndex(targetPeriod);
    const int at = std::clamp(monthIndex(period), from, to);
    const double share = to > from ? static_cast<double>(at - from) / (to - from) : 1.0;
    return baselineValue + (targetValue - baselineValue) * share;
}

Trajectory makeTrajectory(const Baseline &baseline, const Target &target, const QString &planEndPeriod)
{
    switch (target.kind) {
    case TargetKind::Monitor:
        return noTrajectory(target.kind,
                            QCoreApplication::translate("cw::Trajectory", "Monitor only: no target."));
    case TargetKind::Comparator:
        return noTrajectory(target.kind, QCoreApplication::translate(
                                             "cw::Trajectory", "Judged against comparators: no trajectory."));
    case TargetKind::Absolute:
    case TargetKind::PercentChange:
    case TargetKind::BelowBaseline:
    case TargetKind::AboveBaseline:
        break;
    }
    const std::optional<Period> from = Period::parse(baseline.period);
    if (!from || !baseline.value)
        return noTrajectory(target.kind,
                            QCoreApplication::translate("cw::Trajectory", "No baseline value yet."));
    const bool flat = target.kind == TargetKind::BelowBaseline || target.kind == TargetKind::AboveBaseline;
    const std::optional<Period> to =
        Period::parse(target.period.isEmpty() && flat ? planEndPeriod : target.period);
    if (!to)
        return noTrajectory(target.kind, QCoreApplication::translate("cw::Trajectory", "No target date."));
    if (monthIndex(*to) <= monthIndex(*from))
        return noTrajectory(target.kind, QCoreApplication::translate(
                                             "cw::Trajectory", "The target date is not after the baseline."));
    if (!flat && !target.value)
        return noTrajectory(target.kind, QCoreApplication::translate("cw::Trajectory", "No target value."));

    Trajectory t;
    t.valid = true;
    t.kind = target.kind;
    t.baselinePeriod = *from;
    t.baselineValue = *baseline.value;
    t.targetPeriod = *to;
    if (target.kind == TargetKind::Absolute)
        t.targetValue = *target.value;
    else if (target.kind == TargetKind::PercentChange)
        t.targetValue = *baseline.value * (1.0 + *target.value / 100.0);
    else
        t.targetValue = *baseline.value;
    return t;
}

TrajectoryAssessment assessTrajectory(const Trajectory &trajectory, const StatusInput &input)
{
    TrajectoryAssessment a;
    a.latest = input.value;
    if (!trajectory.valid) {
        const bool noTarget =
            trajectory.kind == TargetKind::Monitor || trajectory.kind == TargetKind::Comparator;
        a.status = noTarget ? TrajectoryStatus::NoTarget : TrajectoryStatus::InsufficientData;
        a.reason = trajectory.note;
        return a;
    }
    if (!input.value || !input.period.isValid()) {
        a.reason = QCoreApplication::translate("cw::Trajectory", "No value for the latest period.");
        return a;
    }
    if (monthIndex(input.period) < monthIndex(trajectory.baselinePeriod)) {
        a.reason = QCoreApplication::translate("cw::Trajectory", "The latest period is before the baseline.");
        return a;
    }
    Polarity polarity = input.polarity;
    if (polarity == Polarity::None && trajectory.targetValue != trajectory.baselineValue)
        polarity = trajectory.targetValue < trajectory.baselineValue ? Polarity::LowerIsBetter
                                                                     : Polarity::HigherIsBetter;
    if (polarity == Polarity::None) {
        a.reason = QCoreApplication::translate(
            "cw::Trajectory", "The measure has no polarity, so better and worse are undefined.");
        return a;
    }

    const double latest = *input.value;
    const double expected = *trajectory.valueAt(input.period);
    a.trajectoryValue = expected;
    const QString values = QCoreApplication::translate("cw::Trajectory", "%1 against %2")
                               .arg(formatValue(latest, input.unit), formatValue(expected, input.unit));
    const double ahead = polarity == Polarity::LowerIsBetter ? expected - latest : latest - expected;

    if (ahead >= 0) {
        a.status = TrajectoryStatus::OnTrack;
        a.reason =
            ahead > 0
                ? QCoreApplication::translate("cw::Trajectory", "better than trajectory (%1)").arg(values)
                : QCoreApplication::translate("cw::Trajectory", "at the trajectory (%1)").arg(values);
        if (input.concernSignal)
            a.reason += QCoreApplication::translate("cw::Trajectory", "; a concern signal is present");
        return a;
    }
    const QString gap = formatGap(latest, expected, input.unit);
    if (!input.normalVariation) {
        a.status = TrajectoryStatus::OffTrack;
        a.reason = QCoreApplication::translate(
                       "cw::Trajectory", "worse than trajectory by %1 (%2); no measure of normal variation")
                       .arg(gap, values);
        return a;
    }
    const Variation v = *input.normalVariation;
    const bool within = expected >= std::min(v.lower, v.upper) && expected <= std::max(v.lower, v.upper);
    if (within && input.concernSignal) {
        a.status = TrajectoryStatus::OffTrack;
        a.reason = QCoreApplication::translate(
                       "cw::Trajectory",
                       "worse than trajectory by %1 (%2), within normal variation but with a concern signal")
                       .arg(gap, values);
    } else if (within) {
        a.status = TrajectoryStatus::AtRisk;
        a.reason = QCoreApplication::translate(
                       "cw::Trajectory", "worse than trajectory by %1, but within normal variation (%2)")
                       .arg(gap, values);
    } else {
        a.status = TrajectoryStatus::OffTrack;
        a.reason = QCoreApplication::translate("cw::Trajectory",
                                               "worse than trajectory by %1, outside normal variation (%2)")
                       .arg(gap, values);
    }
    return a;
}

QString toName(TrajectoryStatus status)
{
    switch (status) {
    case TrajectoryStatus::OnTrack:
        return QStringLiteral("on_track");
    case TrajectoryStatus::AtRisk:
        return QStringLiteral("at_risk");
    case TrajectoryStatus::OffTrack:
        return QStringLiteral("off_track");
    case TrajectoryStatus::NoTarget:
        return QStringLiteral("no_target");
    case TrajectoryStatus::InsufficientData:
        return QStringLiteral("insufficient_data");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<TrajectoryStatus> trajectoryStatusFromName(const QString &name)
{
    for (const TrajectoryStatus status :
         {TrajectoryStatus::OnTrack, TrajectoryStatus::AtRisk, TrajectoryStatus::OffTrack,
          TrajectoryStatus::NoTarget, TrajectoryStatus::InsufficientData}) {
        if (toName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString displayName(TrajectoryStatus status)
{
    switch (status) {
    case TrajectoryStatus::OnTrack:
        return QCoreApplication::translate("cw::Trajectory", "On track");
    case TrajectoryStatus::AtRisk:
        return QCoreApplication::translate("cw::Trajectory", "At risk");
    case TrajectoryStatus::OffTrack:
        return QCoreApplication::translate("cw::Trajectory", "Off track");
    case TrajectoryStatus::NoTarget:
        return QCoreApplication::translate("cw::Trajectory", "No target");
    case TrajectoryStatus::InsufficientData:
        return QCoreApplication::translate("cw::Trajectory", "Insufficient data");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace cw

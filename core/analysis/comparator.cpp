#include "analysis/comparator.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::Comparator", text);
}

QString points(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

QString toName(ComparatorFlag flag)
{
    switch (flag) {
    case ComparatorFlag::Better:
        return QStringLiteral("better");
    case ComparatorFlag::Same:
        return QStringLiteral("same");
    case ComparatorFlag::Worse:
        return QStringLiteral("worse");
    case ComparatorFlag::NotAvailable:
        break;
    }
    return QStringLiteral("not_available");
}

QString comparatorFlagLabel(ComparatorFlag flag)
{
    switch (flag) {
    case ComparatorFlag::Better:
        return tr("better");
    case ComparatorFlag::Same:
        return tr("same");
    case ComparatorFlag::Worse:
        return tr("worse");
    case ComparatorFlag::NotAvailable:
        break;
    }
    return tr("not available");
}

std::optional<double> percentChange(const std::optional<double> &current,
                                    const std::optional<double> &previous)
{
    if (!current || !previous || *previous <= 0 || *current < 0)
        return std::nullopt;
    return (*current - *previous) / *previous * 100.0;
}

std::optional<double> ratePer1000(const std::optional<double> &count, const std::optional<double> &population)
{
    if (!count || !population || *population <= 0)
        return std::nullopt;
    return *count / *population * 1000.0;
}

PeerComparison comparePeer(const ComparatorCounts &subject, const ComparatorCounts &peer, Polarity polarity,
                           const ComparatorOptions &options)
{
    PeerComparison out;
    out.areaCode = peer.areaCode;
    out.name = peer.name;
    out.current = peer.current;
    out.previous = peer.previous;
    out.percentChange = percentChange(peer.current, peer.previous);
    out.ratePer1000 = ratePer1000(peer.current, peer.population);

    const auto missing = [&](const ComparatorCounts &who) -> QString {
        if (!who.current)
            return tr("%1 has no figure for the matched period.").arg(who.name);
        if (!who.previous)
            return tr("%1 has no figure for the same period a year earlier.").arg(who.name);
        return {};
    };
    if (QString why = missing(subject); !why.isEmpty()) {
        out.reason = why;
        return out;
    }
    if (QString why = missing(peer); !why.isEmpty()) {
        out.reason = why;
        return out;
    }
    const double a = *subject.current, b = *subject.previous, c = *peer.current, d = *peer.previous;
    if (a < 0 || b < 0 || c < 0 || d < 0) {
        out.reason = tr("A count is negative.");
        return out;
    }
    if (a == 0 || b == 0 || c == 0 || d == 0) {
        out.reason =
            tr("A count of zero (%1: %2 and %3; %4: %5 and %6) leaves the ratio of the changes undefined.")
                .arg(subject.name)
                .arg(a)
                .arg(b)
                .arg(peer.name)
                .arg(c)
                .arg(d);
        return out;
    }
    out.logRatio = std::log((a / b) / (c / d));
    out.standardError = std::sqrt(1 / a + 1 / b + 1 / c + 1 / d);
    out.z = *out.logRatio / *out.standardError;
    if (polarity == Polarity::None) {
        out.reason = tr("The measure has no direction, so a difference is neither better nor worse.");
        return out;
    }
    const double subjectChange = (a - b) / b * 100.0;
    const double peerChange = (c - d) / d * 100.0;
    const double gap = subjectChange - peerChange;
    if (std::abs(*out.z) <= options.zThreshold) {
        out.flag = ComparatorFlag::Same;
        out.reason = tr("Not significantly different (z = %1, |z| ≤ %2).")
                         .arg(QLocale().toString(*out.z, 'f', 2), points(options.zThreshold));
        return out;
    }
    if (std::abs(gap) <= options.tolerancePoints) {
        out.flag = ComparatorFlag::Same;
        out.reason = tr("Within %1 percentage points (%2 points apart).")
                         .arg(points(options.tolerancePoints), points(std::abs(gap)));
        return out;
    }
    const bool subjectRoseMore = *out.logRatio > 0;
    const bool higherIsBetter = polarity == Polarity::HigherIsBetter;
    out.flag = subjectRoseMore == higherIsBetter ? ComparatorFlag::Better : ComparatorFlag::Worse;
    out.reason =
        tr("Significantly different (z = %1, |z| > %2) by %3 percentage points.")
            .arg(QLocale().toString(*out.z, 'f', 2), points(options.zThreshold), points(std::abs(gap)));
    return out;
}

} // namespace cw

#include "models/statusstyle.h"

#include <QList>

namespace cw {

QList<TrajectoryStatus> StatusStyle::all()
{
    return {TrajectoryStatus::OnTrack, TrajectoryStatus::AtRisk, TrajectoryStatus::OffTrack,
            TrajectoryStatus::NoTarget, TrajectoryStatus::InsufficientData};
}

std::optional<TrajectoryStatus> StatusStyle::fromName(const QString &name)
{
    for (const TrajectoryStatus status : all()) {
        if (toName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString StatusStyle::symbol(TrajectoryStatus status)
{
    switch (status) {
    case TrajectoryStatus::OnTrack:
        return QStringLiteral("\u2713"); // ✓
    case TrajectoryStatus::AtRisk:
        return QStringLiteral("!");
    case TrajectoryStatus::OffTrack:
        return QStringLiteral("\u2717"); // ✗
    case TrajectoryStatus::NoTarget:
        return QStringLiteral("\u2013"); // –
    case TrajectoryStatus::InsufficientData:
        return QStringLiteral("?");
    }
    return {};
}

QString StatusStyle::text(TrajectoryStatus status)
{
    return symbol(status) + u' ' + displayName(status);
}

QColor StatusStyle::foreground(TrajectoryStatus status)
{
    switch (status) {
    case TrajectoryStatus::OnTrack:
        return QColor(0x1b, 0x5e, 0x20);
    case TrajectoryStatus::AtRisk:
        return QColor(0x7a, 0x4a, 0x00);
    case TrajectoryStatus::OffTrack:
        return QColor(0x9b, 0x1c, 0x1c);
    case TrajectoryStatus::NoTarget:
    case TrajectoryStatus::InsufficientData:
        return QColor(0x45, 0x45, 0x45);
    }
    return {};
}

QColor StatusStyle::background(TrajectoryStatus status)
{
    switch (status) {
    case TrajectoryStatus::OnTrack:
        return QColor(0xd9, 0xf0, 0xdc);
    case TrajectoryStatus::AtRisk:
        return QColor(0xff, 0xec, 0xb8);
    case TrajectoryStatus::OffTrack:
        return QColor(0xfa, 0xd7, 0xd7);
    case TrajectoryStatus::NoTarget:
        return QColor(0xec, 0xec, 0xec);
    case TrajectoryStatus::InsufficientData:
        return QColor(0xf4, 0xf4, 0xf4);
    }
    return {};
}

} // namespace cw

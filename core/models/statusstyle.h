#pragma once

#include "analysis/trajectory.h"

#include <QColor>
#include <QString>

#include <optional>

namespace cw {

// How a performance status looks wherever it is shown (scorecard, details, explorer, reports):
// a symbol as well as a colour, so that it still reads in greyscale and for people who do not
// tell red from green. Colours are chosen for dark text on a light tint (WCAG AA contrast).
class StatusStyle
{
public:
    static QString symbol(TrajectoryStatus status); // ✓ ! ✗ – ?
    static QString text(TrajectoryStatus status);   // symbol and words: "✗ Off track" (translated)
    static QColor foreground(TrajectoryStatus status);
    static QColor background(TrajectoryStatus status);

    // The status with the stable name `name` ("on_track", …), or std::nullopt.
    static std::optional<TrajectoryStatus> fromName(const QString &name);
    static QList<TrajectoryStatus> all();
};

} // namespace cw

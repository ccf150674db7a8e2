#pragma once

#include "domain/enums.h"

#include <QString>

namespace cw {

// The change flag shown beside every status (statistics.md, "Every status shows its parts"):
// whether a change between two periods is significant and, by the measure's polarity, good or bad.
// SignificantChange is used only for measures without a polarity (Polarity::None).
enum class ChangeFlag {
    SignificantImprovement,
    SignificantDeterioration,
    SignificantChange,
    NoSignificantChange,
    InsufficientData
};

// Stable names ("significant_improvement", …) for files and the `cwb` JSON; never rename one.
QString toName(ChangeFlag flag);
// Words for people (translated).
QString displayName(ChangeFlag flag);

// The flag for a change of sign `change` (current minus previous) that was, or was not,
// significant. A rise is an improvement when higher is better, a deterioration when lower is.
ChangeFlag changeFlagFor(double change, bool significant, Polarity polarity);

} // namespace cw

#pragma once

#include <QString>

namespace cw {

// The words a briefing shows for stable names it holds, the same as the Workbench's:
// a ChangeFlag name ("significant_improvement" → "Significant improvement") and a comparator
// flag ("better" → "Better", "same" → "Similar", "worse" → "Worse", else "Not available").
QString changeFlagWords(const QString &name);
QString comparatorWords(const QString &flag);

} // namespace cw

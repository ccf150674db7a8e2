#pragma once

#include <QTextBrowser>

namespace cw {

struct ScorecardRow;

// The parts of one measure's status, each with its reason: performance against the trajectory,
// the change flag with its comparison and test, the control chart (limits, signals,
// assurance) and the comparator. "Every status shows its parts and its reasons."
class StatusDetails : public QTextBrowser
{
    Q_OBJECT

public:
    explicit StatusDetails(QWidget *parent = nullptr);

    // Shows `row`, or a hint to select a measure when it is nullptr. The row is copied out.
    void setRow(const ScorecardRow *row);

    // "beyond_limit:concern" → "Point beyond a limit (concern)".
    static QString signalText(const QString &signalName);
};

} // namespace cw

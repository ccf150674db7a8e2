#pragma once

#include <QTabWidget>

namespace cw {

class MeasureExplorer;
class ScorecardView;
class Workspace;

// The "Scorecard" page: the scorecard in one tab and the measure explorer in the other.
// Activating a measure on the scorecard (double-click or Enter) opens it in the explorer.
// Must be destroyed before `workspace`.
class ScorecardTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit ScorecardTabs(Workspace &workspace, QWidget *parent = nullptr);

    ScorecardView *scorecard() const { return m_scorecard; }
    MeasureExplorer *explorer() const { return m_explorer; }

    // Selects the measure on the scorecard and opens it in the explorer; false if the
    // scorecard's plan has no measure with that code.
    bool exploreMeasure(const QString &measureCode);

private:
    ScorecardView *m_scorecard = nullptr;
    MeasureExplorer *m_explorer = nullptr;
};

} // namespace cw

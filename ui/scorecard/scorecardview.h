#pragma once

#include "services/scorecardservice.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QModelIndex;
class QTableView;

namespace cw {

class ScorecardFilterModel;
class ScorecardModel;
class StatusDetails;
class Workspace;

// The scorecard of a plan: one row per measure with its latest value, baseline, target,
// trajectory, status, change and comparator, filtered by priority and status, and beside it
// every part of the selected measure's status with its reasons. Double-click or Enter on a
// measure asks for the explorer (measureActivated).
//
// Owns its model; must be destroyed before `workspace`. Reloads after an import.
class ScorecardView : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardView(Workspace &workspace, QWidget *parent = nullptr);
    ~ScorecardView() override;

    QTableView *table() const { return m_table; }
    ScorecardModel *model() const { return m_model; }
    ScorecardFilterModel *filter() const { return m_filter; }
    ScorecardOptions options() const;

    // Shows the plan with `planCode`; false if there is none.
    bool selectPlan(const QString &planCode);
    // Selects the measure with `measureCode` (clearing filters that hide it); false if absent.
    bool selectMeasure(const QString &measureCode);

    // Officer judgement on the selected measure (Ctrl+Shift+J / Ctrl+Shift+K): each asks for a
    // note in an OverrideDialog and pushes an OverrideStatusCommand on the workspace's undo stack.
    QAction *overrideAction() const { return m_overrideAction; }
    QAction *clearOverrideAction() const { return m_clearOverrideAction; }

Q_SIGNALS:
    void measureActivated(const QString &measureCode, const cw::ScorecardOptions &options);

private:
    QWidget *createFilters();
    void fillPlans();
    void fillAsOf();
    void fillPriorities();
    void reload();
    void updateDetails();
    void activate(const QModelIndex &index);
    QWidget *createOverrideBar();
    void editOverride(bool clear);

    Workspace &m_workspace;
    ScorecardModel *m_model = nullptr;
    ScorecardFilterModel *m_filter = nullptr;
    QComboBox *m_plan = nullptr;
    QComboBox *m_asOf = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    StatusDetails *m_details = nullptr;
    QAction *m_overrideAction = nullptr;
    QAction *m_clearOverrideAction = nullptr;
};

} // namespace cw

#pragma once

#include "domain/action.h"

#include <QWidget>

class QLabel;
class QListView;
class QTabWidget;
class QTreeWidget;

namespace cw {

class ActionService;
class FollowUpModel;

// The selected action's record beside the actions table: a summary (reference, title, detail,
// owner, links), its follow-ups as a dated timeline (author, status change, evidence,
// corrections) and, in a second tab, its audit log. Follows the service's events. Read-only:
// the actions view adds follow-ups.
class FollowUpPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpPanel(ActionService &service, QWidget *parent = nullptr);

    void setAction(const Action &action); // id 0: nothing selected
    qint64 actionId() const { return m_action.id; }
    // The follow-up selected in the timeline (nullptr: none).
    const FollowUp *selectedFollowUp() const;
    FollowUpModel *model() const { return m_model; }
    QListView *timeline() const { return m_timeline; }
    QTreeWidget *auditLog() const { return m_audit; }

Q_SIGNALS:
    void selectionChanged();

private:
    void updateSummary();
    void reloadAudit();

    ActionService &m_service;
    Action m_action;
    FollowUpModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListView *m_timeline = nullptr;
    QLabel *m_noFollowUps = nullptr;
    QTreeWidget *m_audit = nullptr;
};

} // namespace cw

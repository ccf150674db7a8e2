#pragma once

#include "domain/action.h"
#include "domain/meeting.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace cw {

class ActionFilterModel;

// The filter controls above the actions table, bound to an ActionFilterModel (not owned): one
// checkable chip per status showing how many actions of that status pass the other filters
// ("Open (12)"; none checked: any status), owner, meeting, overdue only, due within N days and
// a search box, and a line saying how many actions are shown.
class ActionFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ActionFilterBar(ActionFilterModel &filter, QWidget *parent = nullptr);

    // The meetings offered in the meeting filter, newest first; keeps the chosen one if present.
    void setMeetings(const QList<Meeting> &meetings);
    qint64 meetingId() const;
    void setMeetingId(qint64 meetingId);

    QToolButton *statusChip(ActionStatus status) const { return m_chips.value(status); }
    QLineEdit *searchBox() const { return m_search; }
    QLabel *summaryLabel() const { return m_summary; }
    void clear(); // every filter off

private:
    void applyStatuses();
    void applyDueWithin();
    void updateCounts();

    ActionFilterModel &m_filter;
    QHash<ActionStatus, QToolButton *> m_chips;
    QLineEdit *m_owner = nullptr;
    QComboBox *m_meeting = nullptr;
    QCheckBox *m_overdue = nullptr;
    QCheckBox *m_dueWithin = nullptr;
    QSpinBox *m_days = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace cw

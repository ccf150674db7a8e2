#pragma once

#include "domain/action.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace cw {

class ActionService;

// Every action as a table, in reference order. Follows ActionService's events with precise row
// signals (insert, change, removal). Derived columns (overdue, days overdue, due before the
// next meeting) are computed against today(), fixed by tests with setToday(). Read-only: the
// editor changes actions through ActionService and the undo commands.
class ActionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ReferenceColumn,
        TitleColumn,
        MeetingColumn,
        OwnerColumn,
        LeadColumn,
        DueColumn,
        PriorityColumn,
        StatusColumn,
        LatestUpdateColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        ReferenceRole,             // QString
        StatusRole,                // ActionStatus stable name
        PriorityRole,              // ActionPriority stable name
        MeetingIdRole,             // qint64
        DueDateRole,               // QDate
        OverdueRole,               // bool, against today()
        DaysOverdueRole,           // int
        DueBeforeNextMeetingRole,  // bool: outstanding and due by the next meeting of its kind
        SortRole                   // a value that sorts naturally per column (dates, numbers)
    };

    explicit ActionModel(ActionService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setToday(const QDate &today); // invalid: the current date
    QDate today() const;

    const Action *actionAt(int row) const;
    int rowOf(qint64 actionId) const; // -1 when absent
    QList<Action> actions() const { return m_rows; }

    void reload();

private:
    void onInserted(const Action &action);
    void onChanged(const Action &action);
    void onRemoved(qint64 actionId);
    void refreshNextMeetings();

    ActionService &m_service;
    QDate m_today;
    QList<Action> m_rows;
    QHash<int, QDate> m_nextMeeting; // by MeetingKind
};

} // namespace cw

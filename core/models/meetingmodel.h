#pragma once

#include "domain/meeting.h"

#include <QAbstractTableModel>
#include <QDateTime>

class QUndoStack;

namespace cw {

class MeetingService;

// The meetings as a table, next meeting first (MeetingService::meetings order): planned
// meetings from the reference time on in date order, then the rest newest first. Follows the
// service's events with precise row signals; an edit that changes a meeting's place in the
// order is a row move. Read-only: dialogs edit through MeetingService and the undo commands.
class MeetingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        KindColumn,
        TitleColumn,
        StatusColumn,
        LocationColumn,
        ChairColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        UidRole,                   // QString
        KindRole,                  // MeetingKind stable name
        StatusRole,                // MeetingStatus stable name
        StartsAtRole,              // QDateTime (UTC)
        IsNextRole,                // bool: the next planned meeting
        IsPastRole,                // bool: starts before the reference time
        DateKeyRole                // QString "YYYY-MM-DD" (local date), for calendar-like views
    };

    explicit MeetingModel(MeetingService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The time "next" is measured from (default: now, read at each reload). Tests fix it.
    void setReferenceTime(const QDateTime &now);
    QDateTime referenceTime() const;

    const Meeting *meetingAt(int row) const;
    int rowOf(qint64 meetingId) const; // -1 when absent
    // Meetings on a local date (for a calendar-like view), in time order.
    QList<Meeting> meetingsOn(const QDate &date) const;

    void reload();

private:
    void onInserted(const Meeting &meeting);
    void onChanged(const Meeting &meeting);
    void onRemoved(qint64 meetingId);
    int placeFor(const Meeting &meeting, int excludeRow = -1) const;

    MeetingService &m_service;
    QDateTime m_now; // invalid: current time
    QList<Meeting> m_rows;
};

} // namespace cw

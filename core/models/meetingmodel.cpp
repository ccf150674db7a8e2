#include "models/meetingmodel.h"

#include "services/meetingservice.h"

#include <QLocale>

namespace cw {

namespace {

bool upcoming(const Meeting &m, const QDateTime &now)
{
    return m.status == MeetingStatus::Planned && m.startsAt >= now;
}

// The order of MeetingService::meetings(): true when `a` comes before `b`.
bool before(const Meeting &a, const Meeting &b, const QDateTime &now)
{
    const bool ua = upcoming(a, now);
    const bool ub = upcoming(b, now);
    if (ua != ub)
        return ua;
    if (a.startsAt != b.startsAt)
        return ua ? a.startsAt < b.startsAt : a.startsAt > b.startsAt;
    return a.id < b.id;
}

} // namespace

MeetingModel::MeetingModel(MeetingService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&service, &MeetingService::meetingInserted, this, &MeetingModel::onInserted);
    connect(&service, &MeetingService::meetingChanged, this, &MeetingModel::onChanged);
    connect(&service, &MeetingService::meetingRemoved, this, &MeetingModel::onRemoved);
    reload();
}

int MeetingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Meeting &m = m_rows.at(index.row());
    const QDateTime now = referenceTime();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale(QLocale::English, QLocale::UnitedKingdom)
                .toString(m.startsAt.toLocalTime(), QStringLiteral("ddd d MMM yyyy, HH:mm"));
        case KindColumn:
            return displayName(m.kind);
        case TitleColumn:
            return m.title;
        case StatusColumn:
            return displayName(m.status);
        case LocationColumn:
            return m.location;
        case ChairColumn:
            return m.chair;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1: %2").arg(displayName(m.kind), m.title);
    case IdRole:
        return m.id;
    case UidRole:
        return m.uid;
    case KindRole:
        return toName(m.kind);
    case StatusRole:
        return toName(m.status);
    case StartsAtRole:
        return m.startsAt;
    case IsNextRole:
        return index.row() == 0 && upcoming(m, now);
    case IsPastRole:
        return m.startsAt < now;
    case DateKeyRole:
        return m.startsAt.toLocalTime().date().toString(Qt::ISODate);
    }
    return {};
}

QVariant MeetingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Meeting");
    case TitleColumn:
        return tr("Title or theme");
    case StatusColumn:
        return tr("Status");
    case LocationColumn:
        return tr("Location");
    case ChairColumn:
        return tr("Chair");
    }
    return {};
}

void MeetingModel::setReferenceTime(const QDateTime &now)
{
    m_now = now;
    reload();
}

QDateTime MeetingModel::referenceTime() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

const Meeting *MeetingModel::meetingAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MeetingModel::rowOf(qint64 meetingId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == meetingId)
            return int(i);
    }
    return -1;
}

QList<Meeting> MeetingModel::meetingsOn(const QDate &date) const
{
    QList<Meeting> out;
    for (const Meeting &m : m_rows) {
        if (m.startsAt.toLocalTime().date() == date)
            out.append(m);
    }
    std::sort(out.begin(), out.end(),
              [](const Meeting &a, const Meeting &b) { return a.startsAt < b.startsAt; });
    return out;
}

void MeetingModel::reload()
{
    beginResetModel();
    auto meetings = m_service.meetings(referenceTime());
    m_rows = meetings ? meetings.value() : QList<Meeting>();
    endResetModel();
}

int MeetingModel::placeFor(const Meeting &meeting, int excludeRow) const
{
    const QDateTime now = referenceTime();
    int place = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (int(i) == excludeRow)
            continue;
        if (before(m_rows.at(i), meeting, now))
            ++place;
    }
    return place;
}

void MeetingModel::onInserted(const Meeting &meeting)
{
    const int row = placeFor(meeting);
    beginInsertRows({}, row, row);
    m_rows.insert(row, meeting);
    endInsertRows();
    if (row <= 1 && m_rows.size() > 1)
        Q_EMIT dataChanged(index(0, 0), index(std::min(2, int(m_rows.size())) - 1, ColumnCount - 1),
                           {IsNextRole});
}

void MeetingModel::onChanged(const Meeting &meeting)
{
    const int row = rowOf(meeting.id);
    if (row < 0)
        return;
    const int place = placeFor(meeting, row); // place among the others
    if (place != row) {
        // beginMoveRows counts the destination before the move.
        const int destination = place > row ? place + 1 : place;
        beginMoveRows({}, row, row, {}, destination);
        m_rows.move(row, place);
        endMoveRows();
    }
    m_rows[place] = meeting;
    Q_EMIT dataChanged(index(place, 0), index(place, ColumnCount - 1));
    Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1), {IsNextRole});
}

void MeetingModel::onRemoved(qint64 meetingId)
{
    const int row = rowOf(meetingId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1), {IsNextRole});
}

} // namespace cw

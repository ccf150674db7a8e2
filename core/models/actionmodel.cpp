#include "models/actionmodel.h"

#include "services/actionservice.h"

namespace cw {

ActionModel::ActionModel(ActionService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&m_service, &ActionService::actionInserted, this, &ActionModel::onInserted);
    connect(&m_service, &ActionService::actionChanged, this, &ActionModel::onChanged);
    connect(&m_service, &ActionService::actionRemoved, this, &ActionModel::onRemoved);
    reload();
}

int ActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Action &a = m_rows.at(index.row());
    const QDate day = today();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ReferenceColumn:
            return a.reference;
        case TitleColumn:
            return a.title;
        case MeetingColumn:
            return QStringLiteral("%1 (%2)").arg(a.meetingTitle,
                                                 a.meetingStartsAt.toUTC().date().toString(Qt::ISODate));
        case OwnerColumn:
            return a.owner.display();
        case LeadColumn:
            return a.mopacLead;
        case DueColumn:
            if (a.isOverdue(day))
                return a.daysOverdue(day) == 1 ? tr("%1 (1 day overdue)").arg(a.dueDate.toString(Qt::ISODate))
                                               : tr("%1 (%2 days overdue)")
                                                     .arg(a.dueDate.toString(Qt::ISODate))
                                                     .arg(a.daysOverdue(day));
            return a.dueDate.toString(Qt::ISODate);
        case PriorityColumn:
            return displayName(a.priority);
        case StatusColumn:
            if (a.status == ActionStatus::Superseded && !a.supersededByReference.isEmpty())
                return tr("Superseded by %1").arg(a.supersededByReference);
            return displayName(a.status);
        case LatestUpdateColumn:
            if (!a.latestUpdateOn.isValid())
                return QString();
            return QStringLiteral("%1: %2").arg(a.latestUpdateOn.toString(Qt::ISODate), a.latestUpdate);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case ReferenceColumn: // prefix, then year and number (zero-padded in the reference)
            return a.reference;
        case MeetingColumn:
            return a.meetingStartsAt;
        case DueColumn:
            return a.dueDate;
        case PriorityColumn:
            return int(a.priority);
        case StatusColumn:
            return int(a.status);
        case LatestUpdateColumn:
            return a.latestUpdateOn;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case IdRole:
        return a.id;
    case ReferenceRole:
        return a.reference;
    case StatusRole:
        return toName(a.status);
    case PriorityRole:
        return toName(a.priority);
    case MeetingIdRole:
        return a.meetingId;
    case DueDateRole:
        return a.dueDate;
    case OverdueRole:
        return a.isOverdue(day);
    case DaysOverdueRole:
        return a.daysOverdue(day);
    case DueBeforeNextMeetingRole:
        return a.isDueBefore(m_nextMeeting.value(int(a.meetingKind)));
    default:
        return {};
    }
}

QVariant ActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case TitleColumn:
        return tr("Action");
    case MeetingColumn:
        return tr("Raised at");
    case OwnerColumn:
        return tr("MPS owner");
    case LeadColumn:
        return tr("MOPAC lead");
    case DueColumn:
        return tr("Due");
    case PriorityColumn:
        return tr("Priority");
    case StatusColumn:
        return tr("Status");
    case LatestUpdateColumn:
        return tr("Latest update");
    }
    return {};
}

void ActionModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    refreshNextMeetings();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QDate ActionModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

const Action *ActionModel::actionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ActionModel::rowOf(qint64 actionId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == actionId)
            return i;
    return -1;
}

void ActionModel::reload()
{
    beginResetModel();
    auto rows = m_service.actions();
    m_rows = rows ? rows.value() : QList<Action>{};
    refreshNextMeetings();
    endResetModel();
}

void ActionModel::refreshNextMeetings()
{
    m_nextMeeting.clear();
    for (MeetingKind kind : {MeetingKind::MopacChallenge, MeetingKind::LondonPolicingBoard,
                             MeetingKind::OversightBoard, MeetingKind::Other}) {
        auto next = m_service.nextMeetingDate(kind, today());
        if (next)
            m_nextMeeting.insert(int(kind), next.value());
    }
}

void ActionModel::onInserted(const Action &action)
{
    // Reference order: prefix, year, then number.
    auto key = [](const Action &a) {
        return std::make_tuple(a.reference.section(QLatin1Char('-'), 0, 0),
                               a.reference.section(QLatin1Char('-'), 1, 1).toInt(),
                               a.reference.section(QLatin1Char('-'), 2, 2).toInt());
    };
    int row = 0;
    while (row < m_rows.size() && key(m_rows.at(row)) < key(action))
        ++row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, action);
    endInsertRows();
}

void ActionModel::onChanged(const Action &action)
{
    const int row = rowOf(action.id);
    if (row < 0)
        return;
    m_rows[row] = action;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ActionModel::onRemoved(qint64 actionId)
{
    const int row = rowOf(actionId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace cw

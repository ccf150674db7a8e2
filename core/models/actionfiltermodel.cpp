#include "models/actionfiltermodel.h"

#include "models/actionmodel.h"

namespace cw {

ActionFilterModel::ActionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ActionModel::SortRole);
    setDynamicSortFilter(true);
    connect(this, &QAbstractItemModel::rowsInserted, this, &ActionFilterModel::countsChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ActionFilterModel::countsChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ActionFilterModel::countsChanged);
    connect(this, &QAbstractItemModel::dataChanged, this, &ActionFilterModel::countsChanged);
}

void ActionFilterModel::setFilter(const ActionFilter &filter)
{
    m_filter = filter;
    refilter();
}

void ActionFilterModel::setStatuses(const QSet<ActionStatus> &statuses)
{
    m_filter.statuses = statuses;
    refilter();
}

void ActionFilterModel::setOwner(const QString &text)
{
    m_filter.owner = text;
    refilter();
}

void ActionFilterModel::setMeetingId(qint64 meetingId)
{
    m_filter.meetingId = meetingId;
    refilter();
}

void ActionFilterModel::setOverdueOnly(bool overdue)
{
    m_filter.overdueOnly = overdue;
    refilter();
}

void ActionFilterModel::setDueWithinDays(int days)
{
    m_filter.dueWithinDays = days;
    refilter();
}

void ActionFilterModel::setSearch(const QString &text)
{
    m_filter.search = text;
    refilter();
}

void ActionFilterModel::setToday(const QDate &today)
{
    m_filter.today = today;
    refilter();
}

void ActionFilterModel::refilter()
{
    invalidateFilter();
    Q_EMIT countsChanged();
}

bool ActionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    auto *model = qobject_cast<const ActionModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    const Action *action = model->actionAt(sourceRow);
    return action && m_filter.matches(*action);
}

QHash<ActionStatus, int> ActionFilterModel::countsByStatus() const
{
    QHash<ActionStatus, int> counts;
    for (ActionStatus s : allActionStatuses())
        counts.insert(s, 0);
    auto *model = qobject_cast<const ActionModel *>(sourceModel());
    if (!model)
        return counts;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Action *action = model->actionAt(row);
        if (action && m_filter.matchesIgnoringStatus(*action))
            ++counts[action->status];
    }
    return counts;
}

QList<Action> ActionFilterModel::visibleActions() const
{
    QList<Action> out;
    auto *model = qobject_cast<const ActionModel *>(sourceModel());
    if (!model)
        return out;
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex source = mapToSource(index(row, 0));
        if (const Action *action = model->actionAt(source.row()))
            out.append(*action);
    }
    return out;
}

} // namespace cw

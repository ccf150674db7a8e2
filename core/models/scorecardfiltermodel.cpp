#include "models/scorecardfiltermodel.h"

#include "models/scorecardmodel.h"

namespace cw {

ScorecardFilterModel::ScorecardFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ScorecardFilterModel::setPriorityCode(const QString &code)
{
    if (code == m_priorityCode)
        return;
    m_priorityCode = code;
    invalidateRowsFilter();
}

void ScorecardFilterModel::setStatusName(const QString &name)
{
    if (name == m_statusName)
        return;
    m_statusName = name;
    invalidateRowsFilter();
}

bool ScorecardFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_priorityCode.isEmpty() &&
        index.data(ScorecardModel::PriorityCodeRole).toString() != m_priorityCode)
        return false;
    return m_statusName.isEmpty() || index.data(ScorecardModel::StatusNameRole).toString() == m_statusName;
}

} // namespace cw

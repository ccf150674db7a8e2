#include "models/annotationfiltermodel.h"

#include "models/annotationmodel.h"

namespace cw {

AnnotationFilterModel::AnnotationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(false);
}

void AnnotationFilterModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void AnnotationFilterModel::setMineOnly(bool mine)
{
    if (mine == m_mineOnly)
        return;
    m_mineOnly = mine;
    invalidateFilter();
}

void AnnotationFilterModel::setInternalOnly(bool internal)
{
    if (internal == m_internalOnly)
        return;
    m_internalOnly = internal;
    invalidateFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true; // replies follow their thread
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex root = model->index(sourceRow, 0, sourceParent);
    const bool resolved = root.data(AnnotationModel::ResolvedRole).toBool();
    if (m_state == State::Open && resolved)
        return false;
    if (m_state == State::Resolved && !resolved)
        return false;
    const auto anyInThread = [&](int role) {
        if (root.data(role).toBool())
            return true;
        for (int r = 0; r < model->rowCount(root); ++r) {
            if (model->index(r, 0, root).data(role).toBool())
                return true;
        }
        return false;
    };
    if (m_mineOnly && !anyInThread(AnnotationModel::IsMineRole))
        return false;
    if (m_internalOnly && !anyInThread(AnnotationModel::InternalRole))
        return false;
    return true;
}

} // namespace cw

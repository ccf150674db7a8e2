#pragma once

#include "domain/actionfilter.h"

#include <QHash>
#include <QSortFilterProxyModel>

namespace cw {

struct Action;

// The actions view's filters and sorting over an ActionModel: status, owner, meeting, overdue,
// due within N days and free-text search (ActionFilter). Sorts by ActionModel::SortRole.
// countsByStatus() gives, for each status, the rows that pass every other filter, so the
// status buttons can show "Open (12)" whatever status is chosen; countsChanged() follows.
class ActionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActionFilterModel(QObject *parent = nullptr);

    void setFilter(const ActionFilter &filter);
    ActionFilter filter() const { return m_filter; }
    void setStatuses(const QSet<ActionStatus> &statuses);
    void setOwner(const QString &text);
    void setMeetingId(qint64 meetingId);
    void setOverdueOnly(bool overdue);
    void setDueWithinDays(int days); // < 0: off
    void setSearch(const QString &text);
    void setToday(const QDate &today);

    QHash<ActionStatus, int> countsByStatus() const;
    // The filtered actions in view order (for the exports).
    QList<Action> visibleActions() const;

Q_SIGNALS:
    void countsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    ActionFilter m_filter;
};

} // namespace cw

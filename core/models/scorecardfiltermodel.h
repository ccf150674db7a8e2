#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace cw {

// Narrows a ScorecardModel to one priority and/or one status (by the stable names of its
// PriorityCodeRole and StatusNameRole). An empty filter lets every row through.
class ScorecardFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ScorecardFilterModel(QObject *parent = nullptr);

    QString priorityCode() const { return m_priorityCode; }
    QString statusName() const { return m_statusName; }
    void setPriorityCode(const QString &code);
    void setStatusName(const QString &name);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_priorityCode;
    QString m_statusName;
};

} // namespace cw

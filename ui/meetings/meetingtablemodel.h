#pragma once

#include <QHash>
#include <QIdentityProxyModel>

namespace cw {

class MeetingModel;
class PackService;

// MeetingModel's columns plus one: the state of each meeting's pack ("Draft v1", "Approved v2",
// "No pack"), read from PackService and kept current from its events. Read-only.
class MeetingTableModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    MeetingTableModel(MeetingModel &meetings, PackService &packs, QObject *parent = nullptr);

    int packColumn() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString packState(qint64 meetingId) const;
    void invalidateMeeting(qint64 meetingId);

    MeetingModel &m_meetings;
    PackService &m_packs;
    mutable QHash<qint64, QString> m_cache; // meeting id → pack state text
};

} // namespace cw

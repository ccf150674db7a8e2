#include "meetings/meetingtablemodel.h"

#include "models/meetingmodel.h"
#include "services/packservice.h"

namespace cw {

MeetingTableModel::MeetingTableModel(MeetingModel &meetings, PackService &packs, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_meetings(meetings)
    , m_packs(packs)
{
    setSourceModel(&meetings);
    connect(&packs, &PackService::packInserted, this,
            [this](const Pack &pack) { invalidateMeeting(pack.meetingId); });
    connect(&packs, &PackService::packChanged, this,
            [this](const Pack &pack) { invalidateMeeting(pack.meetingId); });
    connect(&packs, &PackService::packRemoved, this,
            [this](qint64 meetingId, qint64) { invalidateMeeting(meetingId); });
    connect(&meetings, &QAbstractItemModel::modelReset, this, [this] { m_cache.clear(); });
}

int MeetingTableModel::packColumn() const
{
    return MeetingModel::ColumnCount;
}

int MeetingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : MeetingModel::ColumnCount + 1;
}

QModelIndex MeetingTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    if (column == packColumn())
        return createIndex(row, column);
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex MeetingTableModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex MeetingTableModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QModelIndex MeetingTableModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (proxyIndex.isValid() && proxyIndex.column() == packColumn())
        return {};
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

QVariant MeetingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.column() != packColumn())
        return QIdentityProxyModel::data(index, role);
    // The pack column answers the row's roles (id, date…) as the other columns do.
    if (role >= Qt::UserRole)
        return m_meetings.data(m_meetings.index(index.row(), 0), role);
    const Meeting *meeting = m_meetings.meetingAt(index.row());
    if (meeting == nullptr)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return packState(meeting->id);
    return {};
}

QVariant MeetingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == packColumn())
        return role == Qt::DisplayRole ? QVariant(tr("Pack")) : QVariant();
    return QIdentityProxyModel::headerData(section, orientation, role);
}

Qt::ItemFlags MeetingTableModel::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.column() == packColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return QIdentityProxyModel::flags(index);
}

QString MeetingTableModel::packState(qint64 meetingId) const
{
    const auto cached = m_cache.constFind(meetingId);
    if (cached != m_cache.cend())
        return *cached;
    QString text;
    const Result<QList<PackVersion>> versions = m_packs.versions(meetingId);
    if (!versions)
        text = tr("Unknown");
    else if (versions->isEmpty())
        text = tr("No pack");
    else
        text = tr("%1, version %2")
                   .arg(displayName(versions->constLast().status),
                        QString::number(versions->constLast().version));
    m_cache.insert(meetingId, text);
    return text;
}

void MeetingTableModel::invalidateMeeting(qint64 meetingId)
{
    m_cache.remove(meetingId);
    const int row = m_meetings.rowOf(meetingId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, packColumn()), index(row, packColumn()));
}

} // namespace cw

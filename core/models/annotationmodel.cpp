#include "models/annotationmodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace cw {

// Indexes: thread roots have internal id 0; replies carry their thread's row + 1.

AnnotationModel::AnnotationModel(AnnotationService &service, const QString &userName, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(service)
    , m_userName(userName)
{
    connect(&service, &AnnotationService::annotationAdded, this, &AnnotationModel::onAdded);
    connect(&service, &AnnotationService::annotationChanged, this, &AnnotationModel::onChanged);
    connect(&service, &AnnotationService::annotationRemoved, this, &AnnotationModel::onRemoved);
    reload();
}

void AnnotationModel::setQuery(const AnnotationQuery &query)
{
    m_query = query;
    reload();
}

AnnotationQuery AnnotationModel::query() const
{
    return m_query;
}

void AnnotationModel::reload()
{
    beginResetModel();
    auto threads = m_service.threads(m_query);
    m_threads = threads ? threads.value() : QList<AnnotationThread>();
    endResetModel();
}

QModelIndex AnnotationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_threads.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_threads.size())
        return {};
    if (row >= m_threads.at(parent.row()).replies.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AnnotationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_threads.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_threads.size())
        return 0;
    return int(m_threads.at(parent.row()).replies.size());
}

int AnnotationModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Annotation *AnnotationModel::annotationAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == 0)
        return index.row() < m_threads.size() ? &m_threads.at(index.row()).root : nullptr;
    const qsizetype t = qsizetype(index.internalId() - 1);
    if (t >= m_threads.size() || index.row() >= m_threads.at(t).replies.size())
        return nullptr;
    return &m_threads.at(t).replies.at(index.row());
}

QModelIndex AnnotationModel::indexOfUid(const QString &uid) const
{
    for (qsizetype t = 0; t < m_threads.size(); ++t) {
        if (m_threads.at(t).root.uid == uid)
            return index(int(t), 0);
        const QList<Annotation> &replies = m_threads.at(t).replies;
        for (qsizetype r = 0; r < replies.size(); ++r) {
            if (replies.at(r).uid == uid)
                return createIndex(int(r), 0, quintptr(t + 1));
        }
    }
    return {};
}

namespace {

QString anchorText(const AnnotationAnchor &anchor)
{
    if (anchor.kind == AnnotationAnchor::Kind::DataPoint)
        return QStringLiteral("%1 · %2 · %3").arg(anchor.measureCode, anchor.areaCode, anchor.periodKey);
    return QCoreApplication::translate("cw::AnnotationModel", "Pack item");
}

} // namespace

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    const Annotation *a = annotationAt(index);
    if (!a)
        return {};
    const AnnotationThread &thread =
        m_threads.at(index.internalId() == 0 ? index.row() : qsizetype(index.internalId() - 1));
    const Visibility effective = effectiveVisibility(*a, thread.root);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return a->text;
        case AuthorColumn:
            return a->author;
        case WhenColumn:
            return QLocale(QLocale::English, QLocale::UnitedKingdom)
                .toString(a->createdAt.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
        case VisibilityColumn:
            return displayName(effective);
        case AnchorColumn:
            return anchorText(a->anchor);
        }
        return {};
    case UidRole:
        return a->uid;
    case ThreadUidRole:
        return a->threadUid;
    case IsReplyRole:
        return a->isReply();
    case ResolvedRole:
        return thread.root.resolved;
    case AuthorRole:
        return a->author;
    case IsMineRole:
        return a->author == m_userName;
    case InternalRole:
        return effective == Visibility::Internal;
    case VisibilityRole:
        return toName(a->visibility);
    case AnchorKindRole:
        return toName(a->anchor.kind);
    case ItemUidRole:
        return a->anchor.itemUid;
    case MeasureCodeRole:
        return a->anchor.measureCode;
    case AreaCodeRole:
        return a->anchor.areaCode;
    case PeriodRole:
        return a->anchor.periodKey;
    case CreatedAtRole:
        return a->createdAt;
    }
    return {};
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Comment");
    case AuthorColumn:
        return tr("Author");
    case WhenColumn:
        return tr("When");
    case VisibilityColumn:
        return tr("Visibility");
    case AnchorColumn:
        return tr("About");
    }
    return {};
}

bool AnnotationModel::matches(const Annotation &annotation) const
{
    // The service decides what a query selects; ask it about this one thread.
    AnnotationQuery q = m_query;
    auto list = m_service.annotations(q);
    if (!list)
        return false;
    for (const Annotation &a : list.value()) {
        if (a.uid == annotation.uid)
            return true;
    }
    return false;
}

int AnnotationModel::threadRow(const QString &threadUid) const
{
    for (qsizetype t = 0; t < m_threads.size(); ++t) {
        if (m_threads.at(t).root.uid == threadUid)
            return int(t);
    }
    return -1;
}

void AnnotationModel::onAdded(const Annotation &annotation)
{
    if (annotation.isReply()) {
        const int t = threadRow(annotation.threadUid);
        if (t < 0)
            return;
        QList<Annotation> &replies = m_threads[t].replies;
        int row = int(replies.size());
        while (row > 0 && replies.at(row - 1).createdAt > annotation.createdAt)
            --row;
        beginInsertRows(index(t, 0), row, row);
        replies.insert(row, annotation);
        endInsertRows();
        // Filters on threads ("mine", "internal") look at the replies too.
        Q_EMIT dataChanged(index(t, 0), index(t, ColumnCount - 1));
        return;
    }
    if (!matches(annotation))
        return;
    int row = int(m_threads.size());
    while (row > 0 && m_threads.at(row - 1).root.createdAt > annotation.createdAt)
        --row;
    beginInsertRows({}, row, row);
    m_threads.insert(row, {annotation, {}});
    endInsertRows();
}

void AnnotationModel::onChanged(const Annotation &annotation)
{
    const QModelIndex at = indexOfUid(annotation.uid);
    if (!at.isValid())
        return;
    if (annotation.isReply()) {
        m_threads[qsizetype(at.internalId() - 1)].replies[at.row()] = annotation;
        Q_EMIT dataChanged(at, at.siblingAtColumn(ColumnCount - 1));
        return;
    }
    AnnotationThread &thread = m_threads[at.row()];
    thread.root = annotation;
    Q_EMIT dataChanged(at, at.siblingAtColumn(ColumnCount - 1));
    // Resolution and visibility of the root show on the replies too.
    if (!thread.replies.isEmpty())
        Q_EMIT dataChanged(index(0, 0, at), index(int(thread.replies.size()) - 1, ColumnCount - 1, at));
}

void AnnotationModel::onRemoved(const QString &uid, const QString &threadUid)
{
    const QModelIndex at = indexOfUid(uid);
    if (!at.isValid())
        return;
    if (uid != threadUid) {
        beginRemoveRows(at.parent(), at.row(), at.row());
        m_threads[qsizetype(at.internalId() - 1)].replies.removeAt(at.row());
        endRemoveRows();
        return;
    }
    beginRemoveRows({}, at.row(), at.row());
    m_threads.removeAt(at.row());
    endRemoveRows();
}

} // namespace cw

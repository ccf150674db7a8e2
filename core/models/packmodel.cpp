#include "models/packmodel.h"

#include "commands/editpackitemcommand.h"
#include "commands/editsectioncommand.h"
#include "commands/movepackitemcommand.h"
#include "commands/movesectioncommand.h"
#include "services/annotationservice.h"
#include "services/packservice.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QUndoStack>

namespace cw {

// Indexes: sections have internal id 0; items carry their section's id.

PackModel::PackModel(PackService &packs, AnnotationService *annotations, QUndoStack &undoStack, QObject *parent)
    : QAbstractItemModel(parent)
    , m_packs(packs)
    , m_annotations(annotations)
    , m_undoStack(undoStack)
{
    connect(&packs, &PackService::packChanged, this, &PackModel::onPackChanged);
    connect(&packs, &PackService::packRemoved, this, &PackModel::onPackRemoved);
    connect(&packs, &PackService::sectionInserted, this, &PackModel::onSectionInserted);
    connect(&packs, &PackService::sectionChanged, this, &PackModel::onSectionChanged);
    connect(&packs, &PackService::sectionRemoved, this, &PackModel::onSectionRemoved);
    connect(&packs, &PackService::sectionMoved, this, &PackModel::onSectionMoved);
    connect(&packs, &PackService::itemInserted, this, &PackModel::onItemInserted);
    connect(&packs, &PackService::itemChanged, this, &PackModel::onItemChanged);
    connect(&packs, &PackService::itemRemoved, this, &PackModel::onItemRemoved);
    connect(&packs, &PackService::itemMoved, this, &PackModel::onItemMoved);
    if (annotations) {
        connect(annotations, &AnnotationService::annotationAdded, this, &PackModel::refreshAnnotationCounts);
        connect(annotations, &AnnotationService::annotationChanged, this, &PackModel::refreshAnnotationCounts);
        connect(annotations, &AnnotationService::annotationRemoved, this, &PackModel::refreshAnnotationCounts);
    }
}

PackModel::~PackModel() = default;

QString PackModel::mimeType()
{
    return QStringLiteral("application/x-cw-pack-nodes");
}

void PackModel::setPackId(qint64 packId)
{
    m_pack = Pack{};
    m_pack.id = packId;
    reload();
}

qint64 PackModel::packId() const
{
    return m_pack.id;
}

const Pack &PackModel::pack() const
{
    return m_pack;
}

bool PackModel::isEditable() const
{
    return m_pack.id != 0 && m_pack.isEditable();
}

void PackModel::reload()
{
    beginResetModel();
    const qint64 id = m_pack.id;
    m_factCache.clear();
    if (id != 0) {
        auto loaded = m_packs.pack(id);
        m_pack = loaded ? loaded.value() : Pack{};
    } else {
        m_pack = Pack{};
    }
    m_openThreads.clear();
    if (m_annotations && !m_pack.uid.isEmpty()) {
        if (auto threads = m_annotations->threads({m_pack.uid, {}, {}, {}})) {
            for (const AnnotationThread &t : threads.value()) {
                if (!t.root.resolved && t.root.anchor.kind == AnnotationAnchor::Kind::PackItem)
                    m_openThreads[t.root.anchor.itemUid] += 1;
            }
        }
    }
    endResetModel();
}

int PackModel::sectionRow(qint64 sectionId) const
{
    for (qsizetype i = 0; i < m_pack.sections.size(); ++i) {
        if (m_pack.sections.at(i).id == sectionId)
            return int(i);
    }
    return -1;
}

QModelIndex PackModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_pack.sections.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    const PackSection &s = m_pack.sections.at(parent.row());
    return row < s.items.size() ? createIndex(row, column, quintptr(s.id)) : QModelIndex();
}

QModelIndex PackModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = sectionRow(qint64(child.internalId()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int PackModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_pack.sections.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_pack.sections.at(parent.row()).items.size());
}

int PackModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

PackModel::NodeKind PackModel::kind(const QModelIndex &index) const
{
    return index.internalId() == 0 ? NodeKind::Section : NodeKind::Item;
}

const PackSection *PackModel::sectionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() != 0 || index.row() >= m_pack.sections.size())
        return nullptr;
    return &m_pack.sections.at(index.row());
}

const PackItem *PackModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const int s = sectionRow(qint64(index.internalId()));
    if (s < 0 || index.row() >= m_pack.sections.at(s).items.size())
        return nullptr;
    return &m_pack.sections.at(s).items.at(index.row());
}

QModelIndex PackModel::indexOfSection(qint64 sectionId) const
{
    const int row = sectionRow(sectionId);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex PackModel::indexOfItem(qint64 itemId) const
{
    for (const PackSection &s : m_pack.sections) {
        for (qsizetype i = 0; i < s.items.size(); ++i) {
            if (s.items.at(i).id == itemId)
                return createIndex(int(i), 0, quintptr(s.id));
        }
    }
    return {};
}

QModelIndex PackModel::indexOfItemUid(const QString &itemUid) const
{
    for (const PackSection &s : m_pack.sections) {
        for (const PackItem &item : s.items) {
            if (item.uid == itemUid)
                return indexOfItem(item.id);
        }
    }
    return {};
}

QStringList PackModel::keyFactTexts(const PackItem &item) const
{
    if (item.kind != PackItemKind::Measure)
        return {};
    if (!m_pack.isEditable()) {
        QStringList texts;
        for (const KeyFact &k : item.frozenFacts)
            texts << k.text;
        return texts;
    }
    auto cached = m_factCache.constFind(item.id);
    if (cached != m_factCache.constEnd())
        return cached.value();
    QStringList texts;
    if (auto facts = m_packs.generateKeyFacts(item.measure)) {
        for (const KeyFact &k : facts.value())
            texts << k.text;
    } else {
        texts << facts.error().message;
    }
    m_factCache.insert(item.id, texts);
    return texts;
}

QVariant PackModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (const PackSection *s = sectionAt(index)) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return index.column() == TitleColumn ? QVariant(s->title)
                   : index.column() == KindColumn ? QVariant(tr("Section"))
                                                  : QVariant();
        if (role == NodeKindRole)
            return int(NodeKind::Section);
        if (role == IdRole)
            return s->id;
        if (role == UidRole)
            return s->uid;
        return {};
    }
    const PackItem *item = itemAt(index);
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            if (role == Qt::EditRole || !item->title.isEmpty())
                return item->title;
            return item->kind == PackItemKind::Measure ? item->measure.measureCode : displayName(item->kind);
        case KindColumn:
            return displayName(item->kind);
        case VisibilityColumn:
            return displayName(item->visibility);
        case AnnotationsColumn:
            return m_openThreads.value(item->uid);
        }
        return {};
    case NodeKindRole:
        return int(NodeKind::Item);
    case IdRole:
        return item->id;
    case UidRole:
        return item->uid;
    case ItemKindRole:
        return toName(item->kind);
    case VisibilityRole:
        return toName(item->visibility);
    case KeyFactsRole:
        return keyFactTexts(*item);
    case OpenAnnotationsRole:
        return m_openThreads.value(item->uid);
    case MeasureCodeRole:
        return item->measure.measureCode;
    }
    return {};
}

bool PackModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != TitleColumn || !isEditable())
        return false;
    const QString title = value.toString().trimmed();
    if (const PackSection *s = sectionAt(index)) {
        if (title.isEmpty() || title == s->title)
            return false;
        PackSection after = *s;
        after.title = title;
        m_undoStack.push(new EditSectionCommand(m_packs, *s, after));
        return true;
    }
    if (const PackItem *item = itemAt(index)) {
        if (title == item->title)
            return false;
        PackItem after = *item;
        after.title = title;
        m_undoStack.push(new EditPackItemCommand(m_packs, *item, after));
        return true;
    }
    return false;
}

Qt::ItemFlags PackModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return isEditable() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isEditable())
        return f;
    f |= Qt::ItemIsDragEnabled;
    if (index.column() == TitleColumn)
        f |= Qt::ItemIsEditable;
    if (kind(index) == NodeKind::Section)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QVariant PackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Item");
    case KindColumn:
        return tr("Kind");
    case VisibilityColumn:
        return tr("Visibility");
    case AnnotationsColumn:
        return tr("Open comments");
    }
    return {};
}

Qt::DropActions PackModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PackModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList PackModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *PackModel::mimeData(const QModelIndexList &indexes) const
{
    // One node per drag: the first index in column 0 (sections and items move one at a time).
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.column() != 0)
            continue;
        QByteArray bytes;
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        stream << m_pack.id << int(kind(index)) << data(index, IdRole).toLongLong();
        auto *mime = new QMimeData;
        mime->setData(mimeType(), bytes);
        return mime;
    }
    return nullptr;
}

namespace {

struct DraggedNode
{
    qint64 packId = 0;
    int kind = -1;
    qint64 id = 0;
};

DraggedNode decode(const QMimeData *data)
{
    DraggedNode node;
    if (!data || !data->hasFormat(PackModel::mimeType()))
        return node;
    QDataStream stream(data->data(PackModel::mimeType()));
    stream >> node.packId >> node.kind >> node.id;
    if (stream.status() != QDataStream::Ok)
        return {};
    return node;
}

} // namespace

bool PackModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    if (action != Qt::MoveAction || !isEditable())
        return false;
    const DraggedNode node = decode(data);
    if (node.packId != m_pack.id || node.id == 0)
        return false;
    if (node.kind == int(NodeKind::Section))
        return !parent.isValid();
    return parent.isValid(); // an item goes into a section (or next to an item)
}

bool PackModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                             const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const DraggedNode node = decode(data);
    if (node.kind == int(NodeKind::Section)) {
        const int from = sectionRow(node.id);
        if (from < 0)
            return false;
        int to = row < 0 ? int(m_pack.sections.size()) : row;
        if (to > from)
            --to; // the row is counted before the section leaves its place
        to = std::clamp(to, 0, int(m_pack.sections.size()) - 1);
        if (to == from)
            return false;
        m_undoStack.push(new MoveSectionCommand(m_packs, node.id, from, to));
        return true;
    }
    const QModelIndex source = indexOfItem(node.id);
    if (!source.isValid())
        return false;
    const qint64 fromSection = qint64(source.internalId());
    const int from = source.row();
    QModelIndex target = parent;
    int targetRow = row;
    if (kind(parent) == NodeKind::Item) { // dropped on an item: just after it
        targetRow = parent.row() + 1;
        target = parent.parent();
    }
    const PackSection *section = sectionAt(target);
    if (!section)
        return false;
    int to = targetRow < 0 ? int(section->items.size()) : targetRow;
    if (section->id == fromSection && to > from)
        --to;
    if (section->id == fromSection && to == from)
        return false;
    m_undoStack.push(new MovePackItemCommand(m_packs, node.id, fromSection, from, section->id, to));
    return true;
}

void PackModel::refreshKeyFacts()
{
    m_factCache.clear();
    for (int s = 0; s < m_pack.sections.size(); ++s) {
        const int count = int(m_pack.sections.at(s).items.size());
        if (count > 0)
            Q_EMIT dataChanged(index(0, 0, index(s, 0)), index(count - 1, ColumnCount - 1, index(s, 0)),
                               {KeyFactsRole});
    }
}

bool PackModel::moveUp(const QModelIndex &index)
{
    if (!isEditable() || !index.isValid())
        return false;
    if (kind(index) == NodeKind::Section) {
        const int row = index.row();
        if (row == 0)
            return false;
        m_undoStack.push(new MoveSectionCommand(m_packs, m_pack.sections.at(row).id, row, row - 1));
        return true;
    }
    const PackItem *item = itemAt(index);
    const int s = sectionRow(qint64(index.internalId()));
    if (!item || s < 0)
        return false;
    if (index.row() > 0) {
        m_undoStack.push(new MovePackItemCommand(m_packs, item->id, item->sectionId, index.row(), item->sectionId,
                                                 index.row() - 1));
        return true;
    }
    if (s == 0)
        return false;
    const PackSection &previous = m_pack.sections.at(s - 1);
    m_undoStack.push(new MovePackItemCommand(m_packs, item->id, item->sectionId, 0, previous.id,
                                             int(previous.items.size())));
    return true;
}

bool PackModel::moveDown(const QModelIndex &index)
{
    if (!isEditable() || !index.isValid())
        return false;
    if (kind(index) == NodeKind::Section) {
        const int row = index.row();
        if (row + 1 >= m_pack.sections.size())
            return false;
        m_undoStack.push(new MoveSectionCommand(m_packs, m_pack.sections.at(row).id, row, row + 1));
        return true;
    }
    const PackItem *item = itemAt(index);
    const int s = sectionRow(qint64(index.internalId()));
    if (!item || s < 0)
        return false;
    const int count = int(m_pack.sections.at(s).items.size());
    if (index.row() + 1 < count) {
        m_undoStack.push(new MovePackItemCommand(m_packs, item->id, item->sectionId, index.row(), item->sectionId,
                                                 index.row() + 1));
        return true;
    }
    if (s + 1 >= m_pack.sections.size())
        return false;
    m_undoStack.push(
        new MovePackItemCommand(m_packs, item->id, item->sectionId, index.row(), m_pack.sections.at(s + 1).id, 0));
    return true;
}

// --- following the service ---

void PackModel::onPackChanged(const Pack &pack)
{
    // A workflow change (approval above all) changes every row's flags and facts.
    if (pack.id == m_pack.id)
        reload();
}

void PackModel::onPackRemoved(qint64, qint64 packId)
{
    if (packId == m_pack.id)
        setPackId(0);
}

void PackModel::onSectionInserted(qint64 packId, const PackSection &section, int row)
{
    if (packId != m_pack.id)
        return;
    row = std::clamp(row, 0, int(m_pack.sections.size()));
    beginInsertRows({}, row, row);
    m_pack.sections.insert(row, section);
    endInsertRows();
}

void PackModel::onSectionChanged(const PackSection &section)
{
    const int row = sectionRow(section.id);
    if (row < 0)
        return;
    m_pack.sections[row].title = section.title;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PackModel::onSectionRemoved(qint64 packId, qint64 sectionId)
{
    const int row = sectionRow(sectionId);
    if (packId != m_pack.id || row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_pack.sections.removeAt(row);
    endRemoveRows();
}

void PackModel::onSectionMoved(qint64 packId, qint64 sectionId, int fromRow, int toRow)
{
    if (packId != m_pack.id || sectionRow(sectionId) != fromRow)
        return;
    beginMoveRows({}, fromRow, fromRow, {}, toRow > fromRow ? toRow + 1 : toRow);
    m_pack.sections.move(fromRow, toRow);
    endMoveRows();
}

void PackModel::onItemInserted(qint64 sectionId, const PackItem &item, int row)
{
    const int s = sectionRow(sectionId);
    if (s < 0)
        return;
    QList<PackItem> &items = m_pack.sections[s].items;
    row = std::clamp(row, 0, int(items.size()));
    beginInsertRows(index(s, 0), row, row);
    items.insert(row, item);
    endInsertRows();
}

void PackModel::onItemChanged(const PackItem &item)
{
    const QModelIndex at = indexOfItem(item.id);
    if (!at.isValid())
        return;
    const int s = sectionRow(qint64(at.internalId()));
    m_pack.sections[s].items[at.row()] = item;
    m_factCache.remove(item.id);
    Q_EMIT dataChanged(at, at.siblingAtColumn(ColumnCount - 1));
}

void PackModel::onItemRemoved(qint64 sectionId, qint64 itemId)
{
    const QModelIndex at = indexOfItem(itemId);
    const int s = sectionRow(sectionId);
    if (!at.isValid() || s < 0)
        return;
    beginRemoveRows(index(s, 0), at.row(), at.row());
    m_pack.sections[s].items.removeAt(at.row());
    endRemoveRows();
    m_factCache.remove(itemId);
}

void PackModel::onItemMoved(qint64 itemId, qint64 fromSectionId, int fromRow, qint64 toSectionId, int toRow)
{
    const int fs = sectionRow(fromSectionId);
    const int ts = sectionRow(toSectionId);
    const QModelIndex at = indexOfItem(itemId);
    if (fs < 0 || ts < 0 || !at.isValid() || at.row() != fromRow)
        return;
    const bool same = fs == ts;
    beginMoveRows(index(fs, 0), fromRow, fromRow, index(ts, 0), same && toRow > fromRow ? toRow + 1 : toRow);
    PackItem item = m_pack.sections[fs].items.takeAt(fromRow);
    item.sectionId = toSectionId;
    m_pack.sections[ts].items.insert(toRow, item);
    endMoveRows();
}

void PackModel::refreshAnnotationCounts()
{
    if (!m_annotations || m_pack.uid.isEmpty())
        return;
    QHash<QString, int> counts;
    if (auto threads = m_annotations->threads({m_pack.uid, {}, {}, {}})) {
        for (const AnnotationThread &t : threads.value()) {
            if (!t.root.resolved && t.root.anchor.kind == AnnotationAnchor::Kind::PackItem)
                counts[t.root.anchor.itemUid] += 1;
        }
    }
    const QHash<QString, int> old = std::exchange(m_openThreads, counts);
    for (const PackSection &s : m_pack.sections) {
        for (const PackItem &item : s.items) {
            if (old.value(item.uid) != counts.value(item.uid)) {
                const QModelIndex at = indexOfItem(item.id);
                Q_EMIT dataChanged(at.siblingAtColumn(AnnotationsColumn), at.siblingAtColumn(AnnotationsColumn));
                Q_EMIT dataChanged(at, at, {OpenAnnotationsRole});
            }
        }
    }
}

} // namespace cw

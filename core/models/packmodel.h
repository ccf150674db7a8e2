#pragma once

#include "domain/pack.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>

class QUndoStack;

namespace cw {

class PackService;
class AnnotationService;

// One pack version as a tree: sections (top level) → items. Follows PackService's events with
// precise row signals (moves as beginMoveRows). Every edit goes through an undo command on the
// given stack: setData on a title, drag and drop (mimeData/dropMimeData, MoveAction), the
// keyboard moves (moveUp/moveDown) and insert/remove helpers. An approved pack is read-only:
// no editable, drag or drop flags, and the edit helpers return false. Drops are moves the
// model performs itself (through an undo command); removeRows is not implemented, so a view's
// follow-up removal after a MoveAction drop does nothing.
class PackModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, KindColumn, VisibilityColumn, AnnotationsColumn, ColumnCount };
    enum class NodeKind { Section, Item };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // int(NodeKind)
        IdRole,                          // qint64 row id
        UidRole,                         // QString
        ItemKindRole,                    // PackItemKind stable name (items)
        VisibilityRole,                  // Visibility stable name (items)
        KeyFactsRole,                    // QStringList of key-fact sentences (measure items)
        OpenAnnotationsRole,             // int: open threads on the item
        MeasureCodeRole                  // QString (measure items)
    };
    static QString mimeType(); // "application/x-cw-pack-nodes"

    // `annotations` may be null (no annotation counts).
    PackModel(PackService &packs, AnnotationService *annotations, QUndoStack &undoStack,
              QObject *parent = nullptr);
    ~PackModel() override;

    // Shows a pack version (0: none). Reloads from the service.
    void setPackId(qint64 packId);
    qint64 packId() const;
    const Pack &pack() const; // snapshot (sections hold their items)
    bool isEditable() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    NodeKind kind(const QModelIndex &index) const;
    const PackSection *sectionAt(const QModelIndex &index) const; // a section row
    const PackItem *itemAt(const QModelIndex &index) const;       // an item row
    QModelIndex indexOfSection(qint64 sectionId) const;
    QModelIndex indexOfItem(qint64 itemId) const;
    QModelIndex indexOfItemUid(const QString &itemUid) const; // jump from an annotation

    // Drops the cached key facts of an editable pack and announces them changed (call after an
    // import: a draft's facts follow the current data; an approved pack's are frozen).
    void refreshKeyFacts();

    // Keyboard reordering: moves a section among sections, or an item within its section
    // (past the first/last item it moves into the previous/next section). Pushes one undo
    // command; false when it cannot move (read-only pack, already at the end).
    bool moveUp(const QModelIndex &index);
    bool moveDown(const QModelIndex &index);

private:
    void reload();
    void onPackChanged(const Pack &pack);
    void onPackRemoved(qint64 meetingId, qint64 packId);
    void onSectionInserted(qint64 packId, const PackSection &section, int row);
    void onSectionChanged(const PackSection &section);
    void onSectionRemoved(qint64 packId, qint64 sectionId);
    void onSectionMoved(qint64 packId, qint64 sectionId, int fromRow, int toRow);
    void onItemInserted(qint64 sectionId, const PackItem &item, int row);
    void onItemChanged(const PackItem &item);
    void onItemRemoved(qint64 sectionId, qint64 itemId);
    void onItemMoved(qint64 itemId, qint64 fromSectionId, int fromRow, qint64 toSectionId, int toRow);
    void refreshAnnotationCounts();
    int sectionRow(qint64 sectionId) const;
    QStringList keyFactTexts(const PackItem &item) const; // cached while the pack is editable

    PackService &m_packs;
    AnnotationService *m_annotations;
    QUndoStack &m_undoStack;
    Pack m_pack;
    QHash<QString, int> m_openThreads;               // item uid → open threads
    mutable QHash<qint64, QStringList> m_factCache; // item id → generated key facts (editable packs)
};

} // namespace cw

#pragma once

#include "domain/pack.h"

#include <QUndoCommand>

namespace cw {

class PackService;

// Adds an item to a section at a position (redo) or takes it away (undo). Ids and uids (the
// item's and its lines of enquiry's) are kept across undo/redo.
class InsertPackItemCommand : public QUndoCommand
{
public:
    InsertPackItemCommand(PackService &service, qint64 sectionId, const PackItem &item, int position,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 itemId() const { return m_item.id; }

private:
    PackService &m_service;
    qint64 m_sectionId;
    PackItem m_item;
    int m_position;
};

// Removes an item (redo) and restores it at the same place with the same ids (undo).
class RemovePackItemCommand : public QUndoCommand
{
public:
    RemovePackItemCommand(PackService &service, const PackItem &item, int position,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PackService &m_service;
    PackItem m_item;
    int m_position;
};

} // namespace cw

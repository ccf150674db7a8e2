#pragma once

#include <QUndoCommand>

namespace cw {

class PackService;

// Moves an item to a position in a section of the same pack (drag and drop, keyboard); undo
// puts it back where it was. Positions as PackService::moveItem (after taking the item out).
class MovePackItemCommand : public QUndoCommand
{
public:
    MovePackItemCommand(PackService &service, qint64 itemId, qint64 fromSectionId, int fromPosition,
                        qint64 toSectionId, int toPosition, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PackService &m_service;
    qint64 m_itemId;
    qint64 m_fromSection;
    int m_from;
    qint64 m_toSection;
    int m_to;
};

} // namespace cw

#pragma once

#include <QUndoCommand>

namespace cw {

class PackService;

// Moves a section from one position to another among its pack's sections; undo moves it back.
class MoveSectionCommand : public QUndoCommand
{
public:
    MoveSectionCommand(PackService &service, qint64 sectionId, int fromPosition, int toPosition,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PackService &m_service;
    qint64 m_sectionId;
    int m_from;
    int m_to;
};

} // namespace cw

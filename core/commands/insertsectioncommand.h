#pragma once

#include "domain/pack.h"

#include <QUndoCommand>

namespace cw {

class PackService;

// Adds a section (with any items it holds) at a position (redo) or takes it away (undo).
// Ids and uids are kept across undo/redo.
class InsertSectionCommand : public QUndoCommand
{
public:
    InsertSectionCommand(PackService &service, qint64 packId, const PackSection &section, int position,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 sectionId() const { return m_section.id; }

private:
    PackService &m_service;
    qint64 m_packId;
    PackSection m_section;
    int m_position;
};

// Removes a section with its items (redo) and restores both at the same place (undo).
class RemoveSectionCommand : public QUndoCommand
{
public:
    RemoveSectionCommand(PackService &service, const PackSection &section, int position,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PackService &m_service;
    PackSection m_section;
    int m_position;
};

} // namespace cw

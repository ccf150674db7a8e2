#pragma once

#include "domain/pack.h"

#include <QUndoCommand>

namespace cw {

class PackService;

// Renames a section; undo restores the old title. Both call apply().
class EditSectionCommand : public QUndoCommand
{
public:
    EditSectionCommand(PackService &service, const PackSection &before, const PackSection &after,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const PackSection &section);

    PackService &m_service;
    PackSection m_before;
    PackSection m_after;
};

} // namespace cw

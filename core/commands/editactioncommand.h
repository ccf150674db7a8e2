#pragma once

#include "domain/action.h"

#include <QUndoCommand>

namespace cw {

class ActionService;

// Replaces an action's editable fields (title, detail, owner, lead, due date, priority, linked
// measures and pack items); undo restores the previous ones. Both directions go through
// ActionService::updateAction and so are audited. Status is not an edit: it changes through
// follow-ups, which are records and never undone.
class EditActionCommand : public QUndoCommand
{
public:
    EditActionCommand(ActionService &service, const Action &before, const Action &after,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const Action &action);

    ActionService &m_service;
    Action m_before;
    Action m_after;
};

} // namespace cw

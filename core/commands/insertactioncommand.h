#pragma once

#include "domain/action.h"

#include <QUndoCommand>

namespace cw {

class ActionService;

// Adds an action (redo) and removes it again (undo). The first redo allocates the reference;
// later redos re-insert the same id, uid and reference (a reference is never given to another
// action). Undo is refused (the command becomes obsolete) once the action has follow-ups.
// Follow-ups are records, not edits: ActionService::addFollowUp is never on the undo stack.
class InsertActionCommand : public QUndoCommand
{
public:
    InsertActionCommand(ActionService &service, const Action &action, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    Action action() const { return m_action; } // as stored by the last redo

private:
    ActionService &m_service;
    Action m_action;
};

} // namespace cw

#include "commands/insertactioncommand.h"

#include "services/actionservice.h"

#include <QCoreApplication>

namespace cw {

InsertActionCommand::InsertActionCommand(ActionService &service, const Action &action, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cw::InsertActionCommand", "Add action %1").arg(action.title),
                   parent)
    , m_service(service)
    , m_action(action)
{}

void InsertActionCommand::redo()
{
    auto inserted = m_service.insertAction(m_action);
    if (!inserted) {
        setObsolete(true);
        return;
    }
    m_action = inserted.value();
    setText(QCoreApplication::translate("cw::InsertActionCommand", "Add action %1").arg(m_action.reference));
}

void InsertActionCommand::undo()
{
    if (!m_service.removeAction(m_action.id))
        setObsolete(true);
}

} // namespace cw

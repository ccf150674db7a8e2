#include "commands/editactioncommand.h"

#include "services/actionservice.h"

#include <QCoreApplication>

namespace cw {

EditActionCommand::EditActionCommand(ActionService &service, const Action &before, const Action &after,
                                     QUndoCommand *parent)
    : QUndoCommand(
          QCoreApplication::translate("cw::EditActionCommand", "Edit action %1").arg(after.reference), parent)
    , m_service(service)
    , m_before(before)
    , m_after(after)
{}

void EditActionCommand::redo()
{
    apply(m_after);
}

void EditActionCommand::undo()
{
    apply(m_before);
}

void EditActionCommand::apply(const Action &action)
{
    if (!m_service.updateAction(action))
        setObsolete(true);
}

} // namespace cw

#include "commands/insertprioritycommand.h"

#include "services/planservice.h"

#include <QCoreApplication>

namespace cw {

InsertPriorityCommand::InsertPriorityCommand(PlanService &service, qint64 planId, const Priority &priority,
                                             int position, QUndoCommand *parent)
    : QUndoCommand(
          QCoreApplication::translate("cw::InsertPriorityCommand", "Add priority %1").arg(priority.title),
          parent)
    , m_service(service)
    , m_planId(planId)
    , m_priority(priority)
    , m_position(position)
{}

void InsertPriorityCommand::redo()
{
    auto inserted = m_service.insertPriority(m_planId, m_priority, m_position);
    if (!inserted) {
        setObsolete(true);
        return;
    }
    m_priority = inserted.value();
}

void InsertPriorityCommand::undo()
{
    if (!m_service.removePriority(m_priority.id))
        setObsolete(true);
}

RemovePriorityCommand::RemovePriorityCommand(PlanService &service, const Priority &priority, int position,
                                             QUndoCommand *parent)
    : QUndoCommand(
          QCoreApplication::translate("cw::RemovePriorityCommand", "Remove priority %1").arg(priority.title),
          parent)
    , m_service(service)
    , m_priority(priority)
    , m_position(position)
{}

void RemovePriorityCommand::redo()
{
    if (!m_service.removePriority(m_priority.id))
        setObsolete(true);
}

void RemovePriorityCommand::undo()
{
    if (!m_service.insertPriority(m_priority.planId, m_priority, m_position))
        setObsolete(true);
}

} // namespace cw

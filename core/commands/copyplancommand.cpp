#include "commands/copyplancommand.h"

#include "services/planservice.h"

#include <QCoreApplication>

namespace cw {

CopyPlanCommand::CopyPlanCommand(PlanService &service, qint64 sourcePlanId, const QString &newCode,
                                 const QString &newTitle, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cw::CopyPlanCommand", "Copy plan as %1").arg(newCode), parent)
    , m_service(service)
    , m_sourcePlanId(sourcePlanId)
    , m_code(newCode)
    , m_title(newTitle)
{}

void CopyPlanCommand::redo()
{
    auto result =
        m_copy.id == 0 ? m_service.copyPlan(m_sourcePlanId, m_code, m_title) : m_service.insertPlan(m_copy);
    if (!result) {
        setObsolete(true);
        return;
    }
    m_copy = result.value();
}

void CopyPlanCommand::undo()
{
    if (!m_service.removePlan(m_copy.id))
        setObsolete(true);
}

} // namespace cw

#include "commands/editmeasurecommand.h"

#include "services/planservice.h"

#include <QCoreApplication>

namespace cw {

EditMeasureCommand::EditMeasureCommand(PlanService &service, const Measure &before, const Measure &after,
                                       QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cw::EditMeasureCommand", "Edit measure %1").arg(after.code),
                   parent)
    , m_service(service)
    , m_before(before)
    , m_after(after)
{}

void EditMeasureCommand::redo()
{
    apply(m_after);
}

void EditMeasureCommand::undo()
{
    apply(m_before);
}

void EditMeasureCommand::apply(const Measure &measure)
{
    // A refused first redo leaves nothing to undo: QUndoStack drops obsolete commands.
    if (!m_service.updateMeasure(measure))
        setObsolete(true);
}

} // namespace cw

#include "commands/insertmeasurecommand.h"

#include "services/planservice.h"

#include <QCoreApplication>

namespace cw {

InsertMeasureCommand::InsertMeasureCommand(PlanService &service, qint64 priorityId, const Measure &measure,
                                           int position, QUndoCommand *parent)
    : QUndoCommand(
          QCoreApplication::translate("cw::InsertMeasureCommand", "Add measure %1").arg(measure.code), parent)
    , m_service(service)
    , m_priorityId(priorityId)
    , m_measure(measure)
    , m_position(position)
{}

void InsertMeasureCommand::redo()
{
    auto inserted = m_service.insertMeasure(m_priorityId, m_measure, m_position);
    if (!inserted) {
        setObsolete(true);
        return;
    }
    m_measure = inserted.value(); // keeps the generated id for undo and later redos
}

void InsertMeasureCommand::undo()
{
    if (!m_service.removeMeasure(m_measure.id))
        setObsolete(true);
}

RemoveMeasureCommand::RemoveMeasureCommand(PlanService &service, const Measure &measure, int position,
                                           QUndoCommand *parent)
    : QUndoCommand(
          QCoreApplication::translate("cw::RemoveMeasureCommand", "Remove measure %1").arg(measure.code),
          parent)
    , m_service(service)
    , m_measure(measure)
    , m_position(position)
{}

void RemoveMeasureCommand::redo()
{
    if (!m_service.removeMeasure(m_measure.id))
        setObsolete(true);
}

void RemoveMeasureCommand::undo()
{
    if (!m_service.insertMeasure(m_measure.priorityId, m_measure, m_position))
        setObsolete(true);
}

} // namespace cw

#pragma once

#include "domain/plan.h"

#include <QUndoCommand>

namespace cw {

class PlanService;

// Adds a measure to a priority (redo) or takes it away again (undo). The measure keeps its
// id across undo/redo so that later commands on the stack still refer to it.
class InsertMeasureCommand : public QUndoCommand
{
public:
    InsertMeasureCommand(PlanService &service, qint64 priorityId, const Measure &measure, int position,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 measureId() const { return m_measure.id; }

private:
    PlanService &m_service;
    qint64 m_priorityId;
    Measure m_measure;
    int m_position;
};

// Removes a measure (redo) and restores it at its place with the same id (undo).
class RemoveMeasureCommand : public QUndoCommand
{
public:
    RemoveMeasureCommand(PlanService &service, const Measure &measure, int position,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PlanService &m_service;
    Measure m_measure;
    int m_position;
};

} // namespace cw

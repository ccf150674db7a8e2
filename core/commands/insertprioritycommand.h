#pragma once

#include "domain/plan.h"

#include <QUndoCommand>

namespace cw {

class PlanService;

// Adds a priority to a plan (redo) or takes it away (undo), keeping its id.
class InsertPriorityCommand : public QUndoCommand
{
public:
    InsertPriorityCommand(PlanService &service, qint64 planId, const Priority &priority, int position,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 priorityId() const { return m_priority.id; }

private:
    PlanService &m_service;
    qint64 m_planId;
    Priority m_priority;
    int m_position;
};

// Removes a priority with its measures (redo) and restores all of it (undo).
class RemovePriorityCommand : public QUndoCommand
{
public:
    RemovePriorityCommand(PlanService &service, const Priority &priority, int position,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PlanService &m_service;
    Priority m_priority;
    int m_position;
};

} // namespace cw

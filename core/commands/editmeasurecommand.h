#pragma once

#include "domain/plan.h"

#include <QUndoCommand>

namespace cw {

class PlanService;

// Replaces a measure's fields; undo restores the previous ones. Redo and undo both call
// apply(), which swaps the stored values.
class EditMeasureCommand : public QUndoCommand
{
public:
    EditMeasureCommand(PlanService &service, const Measure &before, const Measure &after,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const Measure &measure);

    PlanService &m_service;
    Measure m_before;
    Measure m_after;
};

} // namespace cw

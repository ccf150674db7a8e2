#pragma once

#include "domain/plan.h"

#include <QUndoCommand>

namespace cw {

class PlanService;

// Copies a plan into a new editable plan (redo) and removes the copy again (undo).
// The first redo creates the copy; later redos restore it with the same ids.
class CopyPlanCommand : public QUndoCommand
{
public:
    CopyPlanCommand(PlanService &service, qint64 sourcePlanId, const QString &newCode,
                    const QString &newTitle, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 copyId() const { return m_copy.id; }

private:
    PlanService &m_service;
    qint64 m_sourcePlanId;
    QString m_code;
    QString m_title;
    Plan m_copy;
};

} // namespace cw

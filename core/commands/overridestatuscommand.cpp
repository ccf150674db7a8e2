#include "commands/overridestatuscommand.h"

#include "services/overrideservice.h"

#include <QCoreApplication>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::OverrideStatusCommand", text);
}

} // namespace

OverrideStatusCommand::OverrideStatusCommand(OverrideService &service,
                                             const std::optional<StatusOverride> &before,
                                             const StatusOverride &after, QUndoCommand *parent)
    : QUndoCommand(after.cleared() ? tr("Clear the override of %1").arg(after.measureCode)
                                   : tr("Override the status of %1").arg(after.measureCode),
                   parent)
    , m_service(service)
    , m_before(before)
    , m_after(after)
{}

void OverrideStatusCommand::redo()
{
    // A refused first redo leaves nothing to undo: QUndoStack drops obsolete commands.
    if (!apply(m_after.status, m_after.note))
        setObsolete(true);
}

void OverrideStatusCommand::undo()
{
    if (m_before && !m_before->cleared())
        apply(m_before->status, m_before->note);
    else
        apply(StatusOverride::clearedName(), tr("Undone: %1").arg(m_after.note));
}

bool OverrideStatusCommand::apply(const QString &status, const QString &note)
{
    const auto result =
        status == StatusOverride::clearedName()
            ? m_service.clear(m_after.planCode, m_after.measureCode, m_after.areaCode, note)
            : m_service.setStatus(m_after.planCode, m_after.measureCode, m_after.areaCode, status, note);
    if (result)
        m_after.planCode = result->planCode; // resolved when it was left empty
    return result.ok();
}

} // namespace cw

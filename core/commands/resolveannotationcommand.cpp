#include "commands/resolveannotationcommand.h"

#include "services/annotationservice.h"

#include <QCoreApplication>

namespace cw {

ResolveAnnotationCommand::ResolveAnnotationCommand(AnnotationService &service, const QString &threadUid,
                                                   bool resolved, QUndoCommand *parent)
    : QUndoCommand(resolved
                       ? QCoreApplication::translate("cw::ResolveAnnotationCommand", "Resolve annotation")
                       : QCoreApplication::translate("cw::ResolveAnnotationCommand", "Reopen annotation"),
                   parent)
    , m_service(service)
    , m_threadUid(threadUid)
    , m_resolved(resolved)
{}

void ResolveAnnotationCommand::redo()
{
    if (!m_service.setResolved(m_threadUid, m_resolved))
        setObsolete(true);
}

void ResolveAnnotationCommand::undo()
{
    if (!m_service.setResolved(m_threadUid, !m_resolved))
        setObsolete(true);
}

} // namespace cw

#include "commands/addannotationcommand.h"

#include "services/annotationservice.h"

#include <QCoreApplication>

namespace cw {

AddAnnotationCommand::AddAnnotationCommand(AnnotationService &service, const Annotation &annotation,
                                           QUndoCommand *parent)
    : QUndoCommand(annotation.isReply() || (!annotation.threadUid.isEmpty() && annotation.uid.isEmpty())
                       ? QCoreApplication::translate("cw::AddAnnotationCommand", "Reply to annotation")
                       : QCoreApplication::translate("cw::AddAnnotationCommand", "Add annotation"),
                   parent)
    , m_service(service)
    , m_annotation(annotation)
{}

void AddAnnotationCommand::redo()
{
    Result<Annotation> result = Error{QString()};
    if (m_added) {
        result = m_service.restore(m_annotation);
    } else if (!m_annotation.threadUid.isEmpty() && m_annotation.threadUid != m_annotation.uid) {
        result = m_service.reply(m_annotation.threadUid, m_annotation.text, m_annotation.visibility);
    } else {
        result = m_service.add(m_annotation);
    }
    if (!result) {
        setObsolete(true);
        return;
    }
    m_annotation = result.value();
    m_added = true;
}

void AddAnnotationCommand::undo()
{
    if (!m_service.remove(m_annotation.uid))
        setObsolete(true);
}

} // namespace cw

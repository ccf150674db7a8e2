#include "commands/editannotationcommand.h"

#include "services/annotationservice.h"

#include <QCoreApplication>

namespace cw {

EditAnnotationCommand::EditAnnotationCommand(AnnotationService &service, const Annotation &before,
                                             const QString &text, Visibility visibility, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cw::EditAnnotationCommand", "Edit annotation"), parent)
    , m_service(service)
    , m_uid(before.uid)
    , m_beforeText(before.text)
    , m_beforeVisibility(before.visibility)
    , m_afterText(text)
    , m_afterVisibility(visibility)
{}

void EditAnnotationCommand::redo()
{
    apply(m_afterText, m_afterVisibility);
}

void EditAnnotationCommand::undo()
{
    apply(m_beforeText, m_beforeVisibility);
}

void EditAnnotationCommand::apply(const QString &text, Visibility visibility)
{
    auto current = m_service.annotation(m_uid);
    if (!current) {
        setObsolete(true);
        return;
    }
    if (current->text != text && !m_service.editText(m_uid, text)) {
        setObsolete(true);
        return;
    }
    if (current->visibility != visibility && !m_service.setVisibility(m_uid, visibility))
        setObsolete(true);
}

} // namespace cw

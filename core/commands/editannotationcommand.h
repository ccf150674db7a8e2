#pragma once

#include "domain/annotation.h"

#include <QUndoCommand>

namespace cw {

class AnnotationService;

// Changes an annotation's text and/or visibility; undo restores the previous ones. Each apply
// records the author and time of the change.
class EditAnnotationCommand : public QUndoCommand
{
public:
    EditAnnotationCommand(AnnotationService &service, const Annotation &before, const QString &text,
                          Visibility visibility, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const QString &text, Visibility visibility);

    AnnotationService &m_service;
    QString m_uid;
    QString m_beforeText;
    Visibility m_beforeVisibility;
    QString m_afterText;
    Visibility m_afterVisibility;
};

} // namespace cw

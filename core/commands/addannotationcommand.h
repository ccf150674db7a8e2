#pragma once

#include "domain/annotation.h"

#include <QUndoCommand>

namespace cw {

class AnnotationService;

// Adds an annotation — a new thread, or a reply when `annotation.threadUid` names a root —
// (redo) and removes it (undo). The first redo records author and time; later redos restore
// the same annotation (uid, author, time).
class AddAnnotationCommand : public QUndoCommand
{
public:
    AddAnnotationCommand(AnnotationService &service, const Annotation &annotation,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    QString uid() const { return m_annotation.uid; } // empty until the first redo succeeded

private:
    AnnotationService &m_service;
    Annotation m_annotation;
    bool m_added = false;
};

} // namespace cw

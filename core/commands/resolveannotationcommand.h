#pragma once

#include <QString>
#include <QUndoCommand>

namespace cw {

class AnnotationService;

// Resolves (resolved = true) or reopens a thread; undo does the opposite. Each records who and
// when.
class ResolveAnnotationCommand : public QUndoCommand
{
public:
    ResolveAnnotationCommand(AnnotationService &service, const QString &threadUid, bool resolved,
                             QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    AnnotationService &m_service;
    QString m_threadUid;
    bool m_resolved;
};

} // namespace cw

#include "commands/movesectioncommand.h"

#include "services/packservice.h"

#include <QCoreApplication>

namespace cw {

MoveSectionCommand::MoveSectionCommand(PackService &service, qint64 sectionId, int fromPosition,
                                       int toPosition, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cw::MoveSectionCommand", "Move section"), parent)
    , m_service(service)
    , m_sectionId(sectionId)
    , m_from(fromPosition)
    , m_to(toPosition)
{}

void MoveSectionCommand::redo()
{
    if (!m_service.moveSection(m_sectionId, m_to))
        setObsolete(true);
}

void MoveSectionCommand::undo()
{
    if (!m_service.moveSection(m_sectionId, m_from))
        setObsolete(true);
}

} // namespace cw

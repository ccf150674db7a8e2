#include "commands/movepackitemcommand.h"

#include "services/packservice.h"

#include <QCoreApplication>

namespace cw {

MovePackItemCommand::MovePackItemCommand(PackService &service, qint64 itemId, qint64 fromSectionId,
                                         int fromPosition, qint64 toSectionId, int toPosition,
                                         QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cw::MovePackItemCommand", "Move item"), parent)
    , m_service(service)
    , m_itemId(itemId)
    , m_fromSection(fromSectionId)
    , m_from(fromPosition)
    , m_toSection(toSectionId)
    , m_to(toPosition)
{}

void MovePackItemCommand::redo()
{
    if (!m_service.moveItem(m_itemId, m_toSection, m_to))
        setObsolete(true);
}

void MovePackItemCommand::undo()
{
    if (!m_service.moveItem(m_itemId, m_fromSection, m_from))
        setObsolete(true);
}

} // namespace cw

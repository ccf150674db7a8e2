#include "commands/insertpackitemcommand.h"

#include "services/packservice.h"

#include <QCoreApplication>

namespace cw {

namespace {

QString itemName(const PackItem &item)
{
    return item.title.isEmpty() ? displayName(item.kind) : item.title;
}

} // namespace

InsertPackItemCommand::InsertPackItemCommand(PackService &service, qint64 sectionId, const PackItem &item,
                                             int position, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cw::InsertPackItemCommand", "Add %1").arg(itemName(item)),
                   parent)
    , m_service(service)
    , m_sectionId(sectionId)
    , m_item(item)
    , m_position(position)
{}

void InsertPackItemCommand::redo()
{
    auto inserted = m_service.insertItem(m_sectionId, m_item, m_position);
    if (!inserted) {
        setObsolete(true);
        return;
    }
    m_item = inserted.value(); // ids and uids for undo and later redos
}

void InsertPackItemCommand::undo()
{
    if (!m_service.removeItem(m_item.id))
        setObsolete(true);
}

RemovePackItemCommand::RemovePackItemCommand(PackService &service, const PackItem &item, int position,
                                             QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cw::RemovePackItemCommand", "Remove %1").arg(itemName(item)),
                   parent)
    , m_service(service)
    , m_item(item)
    , m_position(position)
{}

void RemovePackItemCommand::redo()
{
    if (!m_service.removeItem(m_item.id))
        setObsolete(true);
}

void RemovePackItemCommand::undo()
{
    if (!m_service.insertItem(m_item.sectionId, m_item, m_position))
        setObsolete(true);
}

} // namespace cw

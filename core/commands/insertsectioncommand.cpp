#include "commands/insertsectioncommand.h"

#include "services/packservice.h"

#include <QCoreApplication>

namespace cw {

InsertSectionCommand::InsertSectionCommand(PackService &service, qint64 packId, const PackSection &section,
                                           int position, QUndoCommand *parent)
    : QUndoCommand(
          QCoreApplication::translate("cw::InsertSectionCommand", "Add section %1").arg(section.title),
          parent)
    , m_service(service)
    , m_packId(packId)
    , m_section(section)
    , m_position(position)
{}

void InsertSectionCommand::redo()
{
    auto inserted = m_service.insertSection(m_packId, m_section, m_position);
    if (!inserted) {
        setObsolete(true);
        return;
    }
    m_section = inserted.value();
}

void InsertSectionCommand::undo()
{
    if (!m_service.removeSection(m_section.id))
        setObsolete(true);
}

RemoveSectionCommand::RemoveSectionCommand(PackService &service, const PackSection &section, int position,
                                           QUndoCommand *parent)
    : QUndoCommand(
          QCoreApplication::translate("cw::RemoveSectionCommand", "Remove section %1").arg(section.title),
          parent)
    , m_service(service)
    , m_section(section)
    , m_position(position)
{}

void RemoveSectionCommand::redo()
{
    if (!m_service.removeSection(m_section.id))
        setObsolete(true);
}

void RemoveSectionCommand::undo()
{
    if (!m_service.insertSection(m_section.packId, m_section, m_position))
        setObsolete(true);
}

} // namespace cw

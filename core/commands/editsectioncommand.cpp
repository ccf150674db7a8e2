#include "commands/editsectioncommand.h"

#include "services/packservice.h"

#include <QCoreApplication>

namespace cw {

EditSectionCommand::EditSectionCommand(PackService &service, const PackSection &before,
                                       const PackSection &after, QUndoCommand *parent)
    : QUndoCommand(
          QCoreApplication::translate("cw::EditSectionCommand", "Rename section %1").arg(after.title), parent)
    , m_service(service)
    , m_before(before)
    , m_after(after)
{}

void EditSectionCommand::redo()
{
    apply(m_after);
}

void EditSectionCommand::undo()
{
    apply(m_before);
}

void EditSectionCommand::apply(const PackSection &section)
{
    if (!m_service.updateSection(section))
        setObsolete(true);
}

} // namespace cw

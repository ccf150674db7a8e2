#include "commands/editpackitemcommand.h"

#include "services/packservice.h"

#include <QCoreApplication>

namespace cw {

EditPackItemCommand::EditPackItemCommand(PackService &service, const PackItem &before, const PackItem &after,
                                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(text.isEmpty() ? QCoreApplication::translate("cw::EditPackItemCommand", "Edit item %1")
                                        .arg(after.title.isEmpty() ? displayName(after.kind) : after.title)
                                  : text,
                   parent)
    , m_service(service)
    , m_before(before)
    , m_after(after)
{}

void EditPackItemCommand::redo()
{
    apply(m_after);
}

void EditPackItemCommand::undo()
{
    apply(m_before);
}

void EditPackItemCommand::apply(const PackItem &item)
{
    auto updated = m_service.updateItem(item);
    if (!updated) {
        setObsolete(true);
        return;
    }
    // New lines of enquiry get their ids and uids on the first redo; keep them so that undo
    // and later redos write the same rows.
    if (&item == &m_after)
        m_after = updated.value();
}

} // namespace cw

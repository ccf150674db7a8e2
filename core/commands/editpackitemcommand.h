#pragma once

#include "domain/pack.h"

#include <QUndoCommand>

namespace cw {

class PackService;

// Replaces an item's fields — title, visibility, narrative body, measure spec, lines of
// enquiry (add, remove, reorder and edit questions by editing the list) — and undo restores
// the previous ones. Both call apply(). `text` names the edit for the Edit menu
// ("Edit narrative", "Add line of enquiry"…); empty gives "Edit item <title>".
class EditPackItemCommand : public QUndoCommand
{
public:
    EditPackItemCommand(PackService &service, const PackItem &before, const PackItem &after,
                        const QString &text = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const PackItem &item);

    PackService &m_service;
    PackItem m_before;
    PackItem m_after;
};

} // namespace cw

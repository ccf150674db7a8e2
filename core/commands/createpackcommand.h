#pragma once

#include "domain/pack.h"

#include <QUndoCommand>

namespace cw {

class PackService;

// Starts a pack version for a meeting (redo) and removes it again (undo). The first redo
// asks the service to build it (empty with default sections, from the last pack of the same
// kind, or a new version of an approved pack); later redos re-insert exactly that pack (same
// ids and uids), so commands pushed after it still apply.
class CreatePackCommand : public QUndoCommand
{
public:
    enum class Mode { Empty, FromLastPack, NewVersion };

    CreatePackCommand(PackService &service, qint64 meetingId, Mode mode, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 packId() const { return m_pack.id; } // 0 until the first redo succeeded

private:
    PackService &m_service;
    qint64 m_meetingId;
    Mode m_mode;
    Pack m_pack;
    bool m_created = false;
};

} // namespace cw

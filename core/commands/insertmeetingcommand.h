#pragma once

#include "domain/meeting.h"

#include <QUndoCommand>

namespace cw {

class MeetingService;

// Adds a meeting (redo) or takes it away again (undo). The meeting keeps its id and uid
// across undo/redo so later commands on the stack still refer to it.
class InsertMeetingCommand : public QUndoCommand
{
public:
    InsertMeetingCommand(MeetingService &service, const Meeting &meeting, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 meetingId() const { return m_meeting.id; }

private:
    MeetingService &m_service;
    Meeting m_meeting;
};

// Removes a meeting that has no pack (redo) and restores it with the same id and uid (undo).
class RemoveMeetingCommand : public QUndoCommand
{
public:
    RemoveMeetingCommand(MeetingService &service, const Meeting &meeting, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    MeetingService &m_service;
    Meeting m_meeting;
};

} // namespace cw

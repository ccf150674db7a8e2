#pragma once

#include "domain/meeting.h"

#include <QUndoCommand>

namespace cw {

class MeetingService;

// Replaces a meeting's fields (title, kind, date, place, chair, attendees, status, papers and
// minutes references); undo restores the previous ones. Both call apply().
class EditMeetingCommand : public QUndoCommand
{
public:
    EditMeetingCommand(MeetingService &service, const Meeting &before, const Meeting &after,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const Meeting &meeting);

    MeetingService &m_service;
    Meeting m_before;
    Meeting m_after;
};

} // namespace cw

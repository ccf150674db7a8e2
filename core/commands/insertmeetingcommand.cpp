#include "commands/insertmeetingcommand.h"

#include "services/meetingservice.h"

#include <QCoreApplication>

namespace cw {

InsertMeetingCommand::InsertMeetingCommand(MeetingService &service, const Meeting &meeting,
                                           QUndoCommand *parent)
    : QUndoCommand(
          QCoreApplication::translate("cw::InsertMeetingCommand", "Add meeting %1").arg(meeting.title),
          parent)
    , m_service(service)
    , m_meeting(meeting)
{}

void InsertMeetingCommand::redo()
{
    auto inserted = m_service.insertMeeting(m_meeting);
    if (!inserted) {
        setObsolete(true);
        return;
    }
    m_meeting = inserted.value(); // keeps the id, uid and authorship for undo and later redos
}

void InsertMeetingCommand::undo()
{
    if (!m_service.removeMeeting(m_meeting.id))
        setObsolete(true);
}

RemoveMeetingCommand::RemoveMeetingCommand(MeetingService &service, const Meeting &meeting,
                                           QUndoCommand *parent)
    : QUndoCommand(
          QCoreApplication::translate("cw::RemoveMeetingCommand", "Remove meeting %1").arg(meeting.title),
          parent)
    , m_service(service)
    , m_meeting(meeting)
{}

void RemoveMeetingCommand::redo()
{
    if (!m_service.removeMeeting(m_meeting.id))
        setObsolete(true);
}

void RemoveMeetingCommand::undo()
{
    if (!m_service.insertMeeting(m_meeting))
        setObsolete(true);
}

} // namespace cw

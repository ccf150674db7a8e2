#include "commands/editmeetingcommand.h"

#include "services/meetingservice.h"

#include <QCoreApplication>

namespace cw {

EditMeetingCommand::EditMeetingCommand(MeetingService &service, const Meeting &before, const Meeting &after,
                                       QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cw::EditMeetingCommand", "Edit meeting %1").arg(after.title),
                   parent)
    , m_service(service)
    , m_before(before)
    , m_after(after)
{}

void EditMeetingCommand::redo()
{
    apply(m_after);
}

void EditMeetingCommand::undo()
{
    apply(m_before);
}

void EditMeetingCommand::apply(const Meeting &meeting)
{
    if (!m_service.updateMeeting(meeting))
        setObsolete(true);
}

} // namespace cw

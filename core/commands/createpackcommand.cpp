#include "commands/createpackcommand.h"

#include "services/packservice.h"

#include <QCoreApplication>

namespace cw {

namespace {

QString textFor(CreatePackCommand::Mode mode)
{
    switch (mode) {
    case CreatePackCommand::Mode::Empty:
        return QCoreApplication::translate("cw::CreatePackCommand", "Create pack");
    case CreatePackCommand::Mode::FromLastPack:
        return QCoreApplication::translate("cw::CreatePackCommand", "Start pack from the last pack");
    case CreatePackCommand::Mode::NewVersion:
        return QCoreApplication::translate("cw::CreatePackCommand", "Start a new pack version");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

CreatePackCommand::CreatePackCommand(PackService &service, qint64 meetingId, Mode mode, QUndoCommand *parent)
    : QUndoCommand(textFor(mode), parent)
    , m_service(service)
    , m_meetingId(meetingId)
    , m_mode(mode)
{}

void CreatePackCommand::redo()
{
    Result<Pack> result = Error{QString()};
    if (m_created)
        result = m_service.insertPack(m_pack);
    else if (m_mode == Mode::Empty)
        result = m_service.createPack(m_meetingId);
    else if (m_mode == Mode::FromLastPack)
        result = m_service.startFromLastPack(m_meetingId);
    else
        result = m_service.startNewVersion(m_meetingId);
    if (!result) {
        setObsolete(true);
        return;
    }
    m_pack = result.value();
    m_created = true;
}

void CreatePackCommand::undo()
{
    if (!m_service.removePack(m_pack.id))
        setObsolete(true);
}

} // namespace cw

#pragma once

#include "domain/meeting.h"
#include "util/result.h"

#include <QList>
#include <QObject>

namespace cw {

class Database;

// Use cases on meetings. Each write runs in one transaction, records its author
// (cw::currentUserName()) and time in the meeting and in the audit log, and on success emits a
// precise change event. Failures come back as Result errors and through failed() (so that undo
// commands, which cannot return errors, are reported too).
class MeetingService : public QObject
{
    Q_OBJECT

public:
    explicit MeetingService(Database &db, QObject *parent = nullptr);

    // Every meeting, next meeting first: planned meetings from `now` on in date order, then
    // the others (past, held, cancelled) newest first. `now` defaults to the current time.
    Result<QList<Meeting>> meetings(const QDateTime &now = {}) const;
    Result<Meeting> meeting(qint64 meetingId) const;
    Result<Meeting> meetingByUid(const QString &uid) const;
    // The most recent meeting of the same kind that starts before `meetingId` does and was not
    // cancelled (0 when none).
    Result<qint64> previousMeetingOfKind(qint64 meetingId) const;

    // Adds a meeting. A non-zero id and a non-empty uid are kept (undo of a removal restores
    // exactly what was removed); otherwise new ones are made. Validates first: a title, a valid
    // start, attendees with names.
    Result<Meeting> insertMeeting(const Meeting &meeting);
    // Replaces a meeting's fields (not its uid).
    Result<Meeting> updateMeeting(const Meeting &meeting);
    // Removes a meeting. Refused while it has a pack (remove the pack versions first).
    Result<void> removeMeeting(qint64 meetingId);

Q_SIGNALS:
    void meetingInserted(const cw::Meeting &meeting);
    void meetingChanged(const cw::Meeting &meeting);
    void meetingRemoved(qint64 meetingId);
    void failed(const cw::Error &error);

private:
    Error fail(const QString &message, const QString &detail = {}) const;
    std::optional<Error> validate(const Meeting &meeting) const;

    Database &m_db;
};

} // namespace cw

#pragma once

#include "domain/meeting.h"

#include <QList>

#include <optional>

namespace cw {

class Database;

// Meetings with their attendees. Callers own the transaction.
class MeetingRepository
{
public:
    explicit MeetingRepository(const Database &db)
        : m_db(db)
    {}

    QList<Meeting> all() const; // by start time
    std::optional<Meeting> meeting(qint64 meetingId) const;
    std::optional<Meeting> meetingByUid(const QString &uid) const;
    // Keeps a non-zero id; the uid must be set. Returns the stored meeting.
    Meeting insert(const Meeting &meeting) const;
    void update(const Meeting &meeting) const; // fields and attendees, not the uid
    void remove(qint64 meetingId) const;

private:
    void writeAttendees(const Meeting &meeting) const;

    const Database &m_db;
};

} // namespace cw

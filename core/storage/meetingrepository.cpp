#include "storage/meetingrepository.h"

#include "storage/database.h"
#include "storage/storedtime.h"

#include <QSqlQuery>

namespace cw {

namespace {

const QString selectMeeting = QStringLiteral("SELECT id, uid, kind, title, starts_at, duration_minutes, "
                                             "location, chair, status, papers_ref, minutes_ref, "
                                             "created_by, created_at, updated_by, updated_at FROM meeting");

Meeting readMeeting(const QSqlQuery &q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.uid = q.value(1).toString();
    m.kind = meetingKindFromName(q.value(2).toString()).value_or(MeetingKind::Other);
    m.title = q.value(3).toString();
    m.startsAt = fromStoredTime(q.value(4).toString());
    m.durationMinutes = q.value(5).toInt();
    m.location = q.value(6).toString();
    m.chair = q.value(7).toString();
    m.status = meetingStatusFromName(q.value(8).toString()).value_or(MeetingStatus::Planned);
    m.papersReference = q.value(9).toString();
    m.minutesReference = q.value(10).toString();
    m.createdBy = q.value(11).toString();
    m.createdAt = fromStoredTime(q.value(12).toString());
    m.updatedBy = q.value(13).toString();
    m.updatedAt = fromStoredTime(q.value(14).toString());
    return m;
}

} // namespace

QList<Meeting> MeetingRepository::all() const
{
    QList<Meeting> meetings;
    QSqlQuery q = m_db.exec(selectMeeting + QStringLiteral(" ORDER BY starts_at, id"));
    while (q.next())
        meetings.append(readMeeting(q));
    QSqlQuery a = m_db.exec(QStringLiteral(
        "SELECT meeting_id, name, organisation, role FROM meeting_attendee ORDER BY meeting_id, position"));
    QHash<qint64, QList<Attendee>> attendees;
    while (a.next())
        attendees[a.value(0).toLongLong()].append(
            {a.value(1).toString(), a.value(2).toString(), a.value(3).toString()});
    for (Meeting &m : meetings)
        m.attendees = attendees.value(m.id);
    return meetings;
}

std::optional<Meeting> MeetingRepository::meeting(qint64 meetingId) const
{
    QSqlQuery q = m_db.exec(selectMeeting + QStringLiteral(" WHERE id = ?"), {meetingId});
    if (!q.next())
        return std::nullopt;
    Meeting m = readMeeting(q);
    QSqlQuery a = m_db.exec(
        QStringLiteral(
            "SELECT name, organisation, role FROM meeting_attendee WHERE meeting_id = ? ORDER BY position"),
        {meetingId});
    while (a.next())
        m.attendees.append({a.value(0).toString(), a.value(1).toString(), a.value(2).toString()});
    return m;
}

std::optional<Meeting> MeetingRepository::meetingByUid(const QString &uid) const
{
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM meeting WHERE uid = ?"), {uid});
    if (id.isNull())
        return std::nullopt;
    return meeting(id.toLongLong());
}

Meeting MeetingRepository::insert(const Meeting &meeting) const
{
    Meeting stored = meeting;
    const QVariantList binds{meeting.uid,
                             toName(meeting.kind),
                             meeting.title,
                             toStoredTime(meeting.startsAt),
                             meeting.durationMinutes,
                             meeting.location,
                             meeting.chair,
                             toName(meeting.status),
                             meeting.papersReference,
                             meeting.minutesReference,
                             meeting.createdBy,
                             toStoredTime(meeting.createdAt),
                             meeting.updatedBy,
                             toStoredTime(meeting.updatedAt)};
    const QString columns = QStringLiteral(
        "uid, kind, title, starts_at, duration_minutes, location, chair, status, papers_ref, minutes_ref, "
        "created_by, created_at, updated_by, updated_at");
    const QString values = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    if (meeting.id != 0) {
        m_db.exec(QStringLiteral("INSERT INTO meeting (id, %1) VALUES (?, %2)").arg(columns, values),
                  withEmptyTexts(QVariantList{meeting.id} + binds));
    } else {
        stored.id = m_db.insert(QStringLiteral("INSERT INTO meeting (%1) VALUES (%2)").arg(columns, values),
                                withEmptyTexts(binds));
    }
    writeAttendees(stored);
    return stored;
}

void MeetingRepository::update(const Meeting &meeting) const
{
    m_db.exec(QStringLiteral("UPDATE meeting SET kind = ?, title = ?, starts_at = ?, duration_minutes = ?, "
                             "location = ?, chair = ?, status = ?, papers_ref = ?, minutes_ref = ?, "
                             "updated_by = ?, updated_at = ? WHERE id = ?"),
              withEmptyTexts({toName(meeting.kind), meeting.title, toStoredTime(meeting.startsAt),
                              meeting.durationMinutes, meeting.location, meeting.chair,
                              toName(meeting.status), meeting.papersReference, meeting.minutesReference,
                              meeting.updatedBy, toStoredTime(meeting.updatedAt), meeting.id}));
    writeAttendees(meeting);
}

void MeetingRepository::remove(qint64 meetingId) const
{
    m_db.exec(QStringLiteral("DELETE FROM meeting WHERE id = ?"), {meetingId});
}

void MeetingRepository::writeAttendees(const Meeting &meeting) const
{
    m_db.exec(QStringLiteral("DELETE FROM meeting_attendee WHERE meeting_id = ?"), {meeting.id});
    QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO meeting_attendee (meeting_id, position, "
                                                   "name, organisation, role) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < meeting.attendees.size(); ++i) {
        const Attendee &a = meeting.attendees.at(i);
        m_db.run(insert, withEmptyTexts({meeting.id, int(i), a.name, a.organisation, a.role}));
    }
}

} // namespace cw

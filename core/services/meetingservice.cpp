#include "services/meetingservice.h"

#include "services/transact.h"
#include "storage/auditlog.h"
#include "storage/meetingrepository.h"
#include "storage/storedtime.h"
#include "util/currentuser.h"

#include <algorithm>

namespace cw {

MeetingService::MeetingService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

Error MeetingService::fail(const QString &message, const QString &detail) const
{
    Error error{message, detail};
    Q_EMIT const_cast<MeetingService *>(this)->failed(error);
    return error;
}

namespace {

// Next meeting first: planned meetings from `now` on by start, then the others newest first.
void sortNextFirst(QList<Meeting> &meetings, const QDateTime &now)
{
    const auto upcoming = [&](const Meeting &m) { return m.status == MeetingStatus::Planned && m.startsAt >= now; };
    std::stable_sort(meetings.begin(), meetings.end(), [&](const Meeting &a, const Meeting &b) {
        const bool ua = upcoming(a);
        const bool ub = upcoming(b);
        if (ua != ub)
            return ua;
        if (a.startsAt != b.startsAt)
            return ua ? a.startsAt < b.startsAt : a.startsAt > b.startsAt;
        return a.id < b.id;
    });
}

} // namespace

Result<QList<Meeting>> MeetingService::meetings(const QDateTime &now) const
{
    try {
        QList<Meeting> all = MeetingRepository(m_db).all();
        sortNextFirst(all, now.isValid() ? now : QDateTime::currentDateTimeUtc());
        return all;
    } catch (const StorageError &error) {
        return fail(tr("The meetings could not be read."), error.detail());
    }
}

Result<Meeting> MeetingService::meeting(qint64 meetingId) const
{
    try {
        if (auto m = MeetingRepository(m_db).meeting(meetingId))
            return *m;
    } catch (const StorageError &error) {
        return fail(tr("The meeting could not be read."), error.detail());
    }
    return fail(tr("The meeting no longer exists."));
}

Result<Meeting> MeetingService::meetingByUid(const QString &uid) const
{
    try {
        if (auto m = MeetingRepository(m_db).meetingByUid(uid))
            return *m;
    } catch (const StorageError &error) {
        return fail(tr("The meeting could not be read."), error.detail());
    }
    return fail(tr("The meeting no longer exists."));
}

Result<qint64> MeetingService::previousMeetingOfKind(qint64 meetingId) const
{
    auto current = meeting(meetingId);
    if (!current)
        return current.error();
    try {
        const QVariant id = m_db.scalar(
            QStringLiteral("SELECT id FROM meeting WHERE kind = ? AND id <> ? AND status <> ? AND (starts_at < ? OR (starts_at = ? "
                           "AND id < ?)) ORDER BY starts_at DESC, id DESC LIMIT 1"),
            {toName(current->kind), meetingId, toName(MeetingStatus::Cancelled), toStoredTime(current->startsAt),
             toStoredTime(current->startsAt),
             meetingId});
        return id.isNull() ? qint64(0) : id.toLongLong();
    } catch (const StorageError &error) {
        return fail(tr("The meetings could not be read."), error.detail());
    }
}

std::optional<Error> MeetingService::validate(const Meeting &meeting) const
{
    if (meeting.title.trimmed().isEmpty())
        return fail(tr("A meeting needs a title or theme."));
    if (!meeting.startsAt.isValid())
        return fail(tr("A meeting needs a date and time."));
    if (meeting.durationMinutes < 0)
        return fail(tr("A meeting cannot last a negative time."));
    for (const Attendee &a : meeting.attendees) {
        if (a.name.trimmed().isEmpty())
            return fail(tr("Every attendee needs a name."));
    }
    return std::nullopt;
}

Result<Meeting> MeetingService::insertMeeting(const Meeting &meeting)
{
    if (auto error = validate(meeting))
        return *error;
    Meeting m = meeting;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m.uid.isEmpty())
        m.uid = newUid();
    if (m.createdBy.isEmpty()) {
        m.createdBy = currentUserName();
        m.createdAt = now;
    }
    m.updatedBy = m.updatedBy.isEmpty() ? m.createdBy : m.updatedBy;
    if (!m.updatedAt.isValid())
        m.updatedAt = m.createdAt;
    auto result = runInTransaction(m_db, tr("The meeting could not be saved."), [&] {
        Meeting stored = MeetingRepository(m_db).insert(m);
        AuditLog(m_db).record(QStringLiteral("meeting"), stored.uid, QStringLiteral("created"), currentUserName(),
                              now, stored.title);
        return stored;
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT meetingInserted(result.value());
    return result;
}

Result<Meeting> MeetingService::updateMeeting(const Meeting &meeting)
{
    if (auto error = validate(meeting))
        return *error;
    auto existing = this->meeting(meeting.id);
    if (!existing)
        return existing.error();
    Meeting m = meeting;
    m.uid = existing->uid;
    m.createdBy = existing->createdBy;
    m.createdAt = existing->createdAt;
    m.updatedBy = currentUserName();
    m.updatedAt = QDateTime::currentDateTimeUtc();
    auto result = runInTransaction(m_db, tr("The meeting could not be saved."), [&] {
        MeetingRepository(m_db).update(m);
        AuditLog(m_db).record(QStringLiteral("meeting"), m.uid, QStringLiteral("edited"), m.updatedBy, m.updatedAt,
                              m.title);
        return *MeetingRepository(m_db).meeting(m.id);
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT meetingChanged(result.value());
    return result;
}

Result<void> MeetingService::removeMeeting(qint64 meetingId)
{
    auto existing = meeting(meetingId);
    if (!existing)
        return existing.error();
    try {
        if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pack WHERE meeting_id = ?"), {meetingId}).toInt() > 0)
            return fail(tr("The meeting \"%1\" has a pack; remove the pack first.").arg(existing->title));
    } catch (const StorageError &error) {
        return fail(tr("The meeting could not be checked."), error.detail());
    }
    auto result = runInTransaction(m_db, tr("The meeting could not be removed."), [&] {
        MeetingRepository(m_db).remove(meetingId);
        AuditLog(m_db).record(QStringLiteral("meeting"), existing->uid, QStringLiteral("removed"), currentUserName(),
                              QDateTime::currentDateTimeUtc(), existing->title);
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT meetingRemoved(meetingId);
    return {};
}

} // namespace cw

#include "services/actionservice.h"

#include "services/transact.h"
#include "storage/actionrepository.h"
#include "storage/auditlog.h"
#include "storage/meetingrepository.h"
#include "storage/storedtime.h"
#include "util/currentuser.h"

#include <algorithm>

namespace cw {

namespace {

const QString actionKind = QStringLiteral("action");
const QString followUpKind = QStringLiteral("follow_up");

QString orNone(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("(none)") : text;
}

// "Title: old → new; Due date: 2025-03-31 → 2025-04-30" for every editable field that differs.
QString describeChanges(const Action &before, const Action &after)
{
    QStringList parts;
    auto compare = [&](const QString &label, const QString &a, const QString &b) {
        if (a != b)
            parts.append(QStringLiteral("%1: %2 \u2192 %3").arg(label, orNone(a), orNone(b)));
    };
    compare(QStringLiteral("Title"), before.title, after.title);
    compare(QStringLiteral("Detail"), before.detail, after.detail);
    compare(QStringLiteral("Owner organisation"), before.owner.organisation, after.owner.organisation);
    compare(QStringLiteral("Owner role"), before.owner.role, after.owner.role);
    compare(QStringLiteral("MOPAC lead"), before.mopacLead, after.mopacLead);
    compare(QStringLiteral("Due date"), before.dueDate.toString(Qt::ISODate),
            after.dueDate.toString(Qt::ISODate));
    compare(QStringLiteral("Priority"), toName(before.priority), toName(after.priority));
    compare(QStringLiteral("Measures"), before.measureCodes.join(u", "), after.measureCodes.join(u", "));
    compare(QStringLiteral("Pack items"), before.packItemUids.join(u", "), after.packItemUids.join(u", "));
    return parts.join(QStringLiteral("; "));
}

QString describeNew(const Action &a)
{
    return QStringLiteral("%1 \u2014 %2; owner: %3; lead: %4; due %5; priority %6; measures: %7")
        .arg(a.reference, a.title, orNone(a.owner.display()), orNone(a.mopacLead),
             a.dueDate.toString(Qt::ISODate), toName(a.priority), orNone(a.measureCodes.join(u", ")));
}

// Outstanding first by overdue, then due date, then reference order (as given).
template <typename T, typename Overdue>
void sortForReview(QList<T> &rows, Overdue overdue)
{
    std::stable_sort(rows.begin(), rows.end(), [&](const T &a, const T &b) {
        const bool oa = overdue(a);
        const bool ob = overdue(b);
        if (oa != ob)
            return oa;
        return a.dueDate < b.dueDate;
    });
}

} // namespace

ActionService::ActionService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

Error ActionService::fail(const QString &message, const QString &detail) const
{
    Error error{message, detail};
    Q_EMIT const_cast<ActionService *>(this)->failed(error);
    return error;
}

Result<QList<Action>> ActionService::actions() const
{
    try {
        return ActionRepository(m_db).all();
    } catch (const StorageError &error) {
        return fail(tr("The actions could not be read."), error.detail());
    }
}

Result<Action> ActionService::action(qint64 actionId) const
{
    try {
        if (auto a = ActionRepository(m_db).action(actionId))
            return *a;
        return fail(tr("There is no action %1.").arg(actionId));
    } catch (const StorageError &error) {
        return fail(tr("The action could not be read."), error.detail());
    }
}

Result<Action> ActionService::actionByReference(const QString &reference) const
{
    try {
        if (auto a = ActionRepository(m_db).byReference(reference))
            return *a;
        return fail(tr("There is no action %1.").arg(reference));
    } catch (const StorageError &error) {
        return fail(tr("The action could not be read."), error.detail());
    }
}

Result<QList<Action>> ActionService::actionsOfMeeting(qint64 meetingId) const
{
    try {
        return ActionRepository(m_db).ofMeeting(meetingId);
    } catch (const StorageError &error) {
        return fail(tr("The actions could not be read."), error.detail());
    }
}

Result<QList<FollowUp>> ActionService::followUps(qint64 actionId) const
{
    try {
        return ActionRepository(m_db).followUps(actionId);
    } catch (const StorageError &error) {
        return fail(tr("The follow-ups could not be read."), error.detail());
    }
}

Result<QList<AuditEntry>> ActionService::auditEntries(qint64 actionId) const
{
    try {
        ActionRepository repository(m_db);
        auto a = repository.action(actionId);
        if (!a)
            return fail(tr("There is no action %1.").arg(actionId));
        AuditLog log(m_db);
        QList<AuditEntry> out = log.entries(actionKind, {a->uid});
        out.append(log.entries(followUpKind, repository.followUpUids(actionId)));
        std::stable_sort(out.begin(), out.end(), [](const AuditEntry &x, const AuditEntry &y) {
            return x.at != y.at ? x.at < y.at : x.id < y.id;
        });
        return out;
    } catch (const StorageError &error) {
        return fail(tr("The audit log could not be read."), error.detail());
    }
}

Result<QList<ActionOwner>> ActionService::ownerSuggestions() const
{
    try {
        return ActionRepository(m_db).owners();
    } catch (const StorageError &error) {
        return fail(tr("The owners could not be read."), error.detail());
    }
}

Result<QStringList> ActionService::leadSuggestions() const
{
    try {
        return ActionRepository(m_db).leads();
    } catch (const StorageError &error) {
        return fail(tr("The MOPAC leads could not be read."), error.detail());
    }
}

Result<QDate> ActionService::nextMeetingDate(MeetingKind kind, const QDate &date) const
{
    try {
        QDate best;
        for (const Meeting &m : MeetingRepository(m_db).all()) {
            const QDate day = m.startsAt.toUTC().date();
            if (m.kind == kind && m.status != MeetingStatus::Cancelled && day > date &&
                (!best.isValid() || day < best))
                best = day;
        }
        return best;
    } catch (const StorageError &error) {
        return fail(tr("The meetings could not be read."), error.detail());
    }
}

std::optional<Error> ActionService::validate(const Action &a) const
{
    if (a.title.trimmed().isEmpty())
        return fail(tr("An action needs a title."));
    if (a.owner.organisation.trimmed().isEmpty() && a.owner.role.trimmed().isEmpty())
        return fail(tr("An action needs an MPS owner (organisation or role)."));
    if (!a.dueDate.isValid())
        return fail(tr("An action needs a due date."));
    try {
        for (const QString &code : a.measureCodes) {
            if (code.contains(QLatin1Char(',')) || code.trimmed().isEmpty() ||
                m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM measure WHERE code = ?"), {code}).toInt() ==
                    0)
                return fail(tr("There is no measure with the code \"%1\".").arg(code));
        }
    } catch (const StorageError &error) {
        return fail(tr("The measures could not be read."), error.detail());
    }
    return std::nullopt;
}

Result<Action> ActionService::insertAction(const Action &input)
{
    if (auto error = validate(input))
        return *error;
    Action a = input;
    const bool restore = a.id != 0 && !a.uid.isEmpty() && !a.reference.isEmpty();
    auto result =
        runInTransaction(m_db, tr("The action could not be added."), [&]() -> std::optional<Action> {
            auto meeting = MeetingRepository(m_db).meeting(a.meetingId);
            if (!meeting)
                return std::nullopt;
            ActionRepository repository(m_db);
            const QString prefix = referencePrefix(meeting->kind);
            const int year = meeting->startsAt.toUTC().date().year();
            int number = 0;
            if (restore) {
                number = a.reference.section(QLatin1Char('-'), 2).toInt();
            } else {
                a.id = 0;
                a.uid = newUid();
                number = repository.allocateNumber(prefix, year);
                a.reference =
                    QStringLiteral("%1-%2-%3").arg(prefix).arg(year).arg(number, 3, 10, QLatin1Char('0'));
                a.status = ActionStatus::Open;
                a.supersededById = 0;
                a.createdBy = currentUserName();
                a.createdAt = QDateTime::currentDateTimeUtc();
            }
            a.updatedBy = restore ? currentUserName() : a.createdBy;
            a.updatedAt = restore ? QDateTime::currentDateTimeUtc() : a.createdAt;
            a.id = repository.insert(a, prefix, year, number);
            AuditLog(m_db).record(actionKind, a.uid,
                                  restore ? QStringLiteral("restored") : QStringLiteral("created"),
                                  a.updatedBy, a.updatedAt, describeNew(a));
            return repository.action(a.id);
        });
    if (!result)
        return fail(result.error().message, result.error().detail);
    if (!result.value())
        return fail(tr("There is no meeting %1 to raise the action at.").arg(input.meetingId));
    Q_EMIT actionInserted(*result.value());
    return *result.value();
}

Result<Action> ActionService::updateAction(const Action &input)
{
    if (auto error = validate(input))
        return *error;
    auto before = action(input.id);
    if (!before)
        return before.error();
    Action a = before.value();
    a.title = input.title;
    a.detail = input.detail;
    a.owner = input.owner;
    a.mopacLead = input.mopacLead;
    a.dueDate = input.dueDate;
    a.priority = input.priority;
    a.measureCodes = input.measureCodes;
    a.packItemUids = input.packItemUids;
    const QString changes = describeChanges(before.value(), a);
    if (changes.isEmpty())
        return before;
    a.updatedBy = currentUserName();
    a.updatedAt = QDateTime::currentDateTimeUtc();
    auto result = runInTransaction(m_db, tr("The action could not be changed."), [&] {
        ActionRepository repository(m_db);
        repository.update(a);
        AuditLog(m_db).record(actionKind, a.uid, QStringLiteral("updated"), a.updatedBy, a.updatedAt,
                              changes);
        return *repository.action(a.id);
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT actionChanged(result.value());
    return result;
}

Result<void> ActionService::removeAction(qint64 actionId)
{
    auto a = action(actionId);
    if (!a)
        return a.error();
    if (a->followUpCount > 0)
        return fail(tr("%1 has follow-ups on the record and cannot be removed.").arg(a->reference));
    auto result = runInTransaction(m_db, tr("The action could not be removed."), [&] {
        ActionRepository repository(m_db);
        if (repository.supersededByCount(actionId) > 0)
            return false;
        repository.remove(actionId);
        AuditLog(m_db).record(actionKind, a->uid, QStringLiteral("removed"), currentUserName(),
                              QDateTime::currentDateTimeUtc(), a->reference);
        return true;
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    if (!result.value())
        return fail(tr("%1 supersedes another action and cannot be removed.").arg(a->reference));
    Q_EMIT actionRemoved(actionId);
    return {};
}

Result<FollowUp> ActionService::addFollowUp(qint64 actionId, const FollowUpRequest &request)
{
    auto current = action(actionId);
    if (!current)
        return current.error();
    const Action &a = current.value();
    const QDate today = QDate::currentDate();
    FollowUp f;
    f.uid = newUid();
    f.actionId = actionId;
    f.author = currentUserName();
    f.date = request.date.isValid() ? request.date : today;
    f.recordedAt = QDateTime::currentDateTimeUtc();
    f.text = request.text.trimmed();
    f.evidenceReference = request.evidenceReference.trimmed();
    f.correctsId = request.correctsId;
    if (f.text.isEmpty())
        return fail(tr("A follow-up needs a note."));
    if (f.date > today)
        return fail(tr("A follow-up cannot be dated in the future (%1).").arg(f.date.toString(Qt::ISODate)));
    qint64 supersededById = 0;
    if (request.newStatus && *request.newStatus != a.status) {
        if (!canChangeStatus(a.status, *request.newStatus))
            return fail(tr("%1 cannot go from %2 to %3.")
                            .arg(a.reference, displayName(a.status).toLower(),
                                 displayName(*request.newStatus).toLower()));
        if (*request.newStatus == ActionStatus::Superseded) {
            if (request.supersededByReference.trimmed().isEmpty())
                return fail(
                    tr("To mark %1 superseded, name the action that supersedes it.").arg(a.reference));
            auto by = actionByReference(request.supersededByReference);
            if (!by)
                return by.error();
            if (by->id == a.id)
                return fail(tr("An action cannot supersede itself."));
            if (by->status == ActionStatus::Superseded)
                return fail(
                    tr("%1 is itself superseded; name the action that replaced it.").arg(by->reference));
            supersededById = by->id;
        }
        f.statusFrom = a.status;
        f.statusTo = *request.newStatus;
    } else if (!request.supersededByReference.trimmed().isEmpty()) {
        return fail(tr("A superseding action is only given when marking an action superseded."));
    }
    auto result =
        runInTransaction(m_db, tr("The follow-up could not be saved."), [&]() -> std::optional<FollowUp> {
            ActionRepository repository(m_db);
            if (f.correctsId != 0) {
                auto corrected = repository.followUp(f.correctsId);
                if (!corrected || corrected->actionId != actionId)
                    return std::nullopt;
            }
            f.id = repository.insertFollowUp(f);
            AuditLog log(m_db);
            QString detail =
                QStringLiteral("%1 on %2: %3").arg(a.reference, f.date.toString(Qt::ISODate), f.text);
            if (f.correctsId != 0)
                detail += QStringLiteral(" (corrects follow-up %1)").arg(f.correctsId);
            if (!f.evidenceReference.isEmpty())
                detail += QStringLiteral(" [evidence: %1]").arg(f.evidenceReference);
            log.record(followUpKind, f.uid, QStringLiteral("created"), f.author, f.recordedAt, detail);
            if (f.statusTo) {
                repository.updateStatus(actionId, *f.statusTo, supersededById, f.author, f.recordedAt);
                QString change =
                    QStringLiteral("Status: %1 \u2192 %2").arg(toName(*f.statusFrom), toName(*f.statusTo));
                if (supersededById != 0)
                    change += QStringLiteral(" (superseded by %1)")
                                  .arg(request.supersededByReference.trimmed().toUpper());
                log.record(actionKind, a.uid, QStringLiteral("status_changed"), f.author, f.recordedAt,
                           change);
            }
            return f;
        });
    if (!result)
        return fail(result.error().message, result.error().detail);
    if (!result.value())
        return fail(tr("Follow-up %1 is not one of %2's follow-ups.").arg(f.correctsId).arg(a.reference));
    Q_EMIT followUpAdded(*result.value());
    if (auto changed = action(actionId))
        Q_EMIT actionChanged(changed.value());
    return *result.value();
}

Result<QList<CarriedForwardAction>> ActionService::carriedForward(const Meeting &meeting) const
{
    try {
        ActionRepository repository(m_db);
        const QDate meetingDay = meeting.startsAt.toUTC().date();
        const QDate asOf = meetingDay.addDays(-1);
        QList<CarriedForwardAction> out;
        for (const Action &a : repository.all()) {
            if (a.meetingKind != meeting.kind || a.meetingId == meeting.id ||
                !(a.meetingStartsAt < meeting.startsAt))
                continue;
            const QList<FollowUp> followUps = repository.followUps(a.id);
            const ActionStatus status = statusAsOf(followUps, asOf);
            if (!isOutstanding(status))
                continue;
            CarriedForwardAction c;
            c.actionUid = a.uid;
            c.reference = a.reference;
            c.title = a.title;
            c.owner = a.owner.display();
            c.mopacLead = a.mopacLead;
            c.dueDate = a.dueDate;
            c.status = status;
            c.overdue = a.dueDate < meetingDay;
            for (const FollowUp &f : followUps) { // by date, then id: the last one dated by asOf wins
                if (f.date <= asOf) {
                    c.latestUpdate = f.text;
                    c.latestUpdateOn = f.date;
                }
            }
            out.append(c);
        }
        sortForReview(out, [](const CarriedForwardAction &c) { return c.overdue; });
        return out;
    } catch (const StorageError &error) {
        return fail(tr("The carried-forward actions could not be read."), error.detail());
    }
}

Result<QList<Action>> ActionService::reviewList(qint64 meetingId, const QDate &today) const
{
    try {
        auto meeting = MeetingRepository(m_db).meeting(meetingId);
        if (!meeting)
            return fail(tr("There is no meeting %1.").arg(meetingId));
        QList<Action> out;
        for (const Action &a : ActionRepository(m_db).all()) {
            if (a.meetingKind == meeting->kind && a.meetingStartsAt <= meeting->startsAt &&
                isOutstanding(a.status))
                out.append(a);
        }
        sortForReview(out, [&](const Action &a) { return a.isOverdue(today); });
        return out;
    } catch (const StorageError &error) {
        return fail(tr("The actions could not be read."), error.detail());
    }
}

} // namespace cw

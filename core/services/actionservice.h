#pragma once

#include "domain/action.h"
#include "domain/audit.h"
#include "services/carriedforward.h"
#include "util/result.h"

#include <QList>
#include <QObject>

namespace cw {

class Database;

// Use cases on challenge actions and their follow-ups.
//
// - References are allocated inside the insert transaction from a counter per prefix and year
//   (table action_reference_counter), so a number is never reused, even after a draft is
//   removed. The year is the meeting's (UTC) year.
// - A status changes only through addFollowUp, and only along canChangeStatus; Superseded needs
//   the superseding action's reference (another, not superseded action). updateAction changes
//   the other fields (never reference, meeting or status).
// - Follow-ups are append-only: there is no call to edit or delete one (and the database
//   refuses). A correction is a new follow-up with correctsId set.
// - An action can be removed only while it is a draft: no follow-ups and no other action
//   superseded by it (the undo of "add action"). Its reference is not given out again.
// - Every write runs in one transaction, stamps author (cw::currentUserName()) and time, and
//   appends to the audit log (entity kinds "action" and "follow_up") what changed, field by
//   field. Failures come back as Result errors and through failed().
// - Overdue and "due before the next meeting" are derived against a given date, never stored.
//
// Also the carry-forward source of scrutiny packs (CarriedForwardSource).
class ActionService : public QObject, public CarriedForwardSource
{
    Q_OBJECT

public:
    explicit ActionService(Database &db, QObject *parent = nullptr);

    // Every action, by reference (prefix, year, number).
    Result<QList<Action>> actions() const;
    Result<Action> action(qint64 actionId) const;
    Result<Action> actionByReference(const QString &reference) const; // case-insensitive
    Result<QList<Action>> actionsOfMeeting(qint64 meetingId) const;
    // The follow-ups of an action, by date then by order recorded (the timeline).
    Result<QList<FollowUp>> followUps(qint64 actionId) const;
    // The audit entries of an action and of its follow-ups, oldest first.
    Result<QList<AuditEntry>> auditEntries(qint64 actionId) const;
    // Distinct MPS owners used so far, most recently used first (for completion).
    Result<QList<ActionOwner>> ownerSuggestions() const;
    // Distinct MOPAC leads used so far, most recently used first.
    Result<QStringList> leadSuggestions() const;
    // The date of the first meeting of `kind` that is not cancelled and starts after `date`
    // (invalid when none): what "due before the next meeting" is measured against.
    Result<QDate> nextMeetingDate(MeetingKind kind, const QDate &date) const;

    // Adds an action raised at `action.meetingId`. Validates (title, meeting exists, owner
    // organisation or role, due date, known linked measures). Status starts Open. A non-empty
    // reference with a non-zero id and uid re-inserts exactly what was removed (redo); otherwise
    // a new reference is allocated.
    Result<Action> insertAction(const Action &action);
    // Replaces title, detail, owner, lead, due date, priority and links.
    Result<Action> updateAction(const Action &action);
    // Removes a draft action (see above).
    Result<void> removeAction(qint64 actionId);

    // Appends a follow-up (and applies its status change) in one transaction.
    Result<FollowUp> addFollowUp(qint64 actionId, const FollowUpRequest &request);

    // CarriedForwardSource: the actions of the meeting's kind raised at earlier meetings that
    // were outstanding at the end of the day before the meeting (status reconstructed from the
    // follow-ups dated up to then), with the latest update dated up to then; overdue against
    // the meeting date. Ordered overdue first, then by due date, then reference.
    Result<QList<CarriedForwardAction>> carriedForward(const Meeting &meeting) const override;

    // The actions to step through in a meeting's review: those of the meeting's kind raised at
    // this or earlier meetings that are outstanding now, overdue (on `today`) first, then by due
    // date, then reference.
    Result<QList<Action>> reviewList(qint64 meetingId, const QDate &today) const;

Q_SIGNALS:
    void actionInserted(const cw::Action &action);
    void actionChanged(const cw::Action &action); // any field, status and latest update included
    void actionRemoved(qint64 actionId);
    void followUpAdded(const cw::FollowUp &followUp);
    void failed(const cw::Error &error);

private:
    Error fail(const QString &message, const QString &detail = {}) const;
    std::optional<Error> validate(const Action &action) const;

    Database &m_db;
};

} // namespace cw

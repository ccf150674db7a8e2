#pragma once

#include "domain/meeting.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw {

// Challenge actions put to the MPS at oversight meetings, and their follow-ups.
// Stable names (toName/…FromName) are the storage, CSV and `cwb … --json` contract; never
// rename one.

// Open → InProgress, Completed, Closed, Superseded; InProgress → Open, Completed, Closed,
// Superseded; Completed → InProgress (not accepted), Closed; Closed → Open (reopened);
// Superseded is final (canChangeStatus). A status changes only through a follow-up, so every
// change is dated, explained and attributed.
enum class ActionStatus { Open, InProgress, Completed, Closed, Superseded };
enum class ActionPriority { Low, Medium, High };

QString toName(ActionStatus value);   // "open", "in_progress", "completed", "closed", "superseded"
QString toName(ActionPriority value); // "low", "medium", "high"
std::optional<ActionStatus> actionStatusFromName(const QString &name);
std::optional<ActionPriority> actionPriorityFromName(const QString &name);
QString displayName(ActionStatus value); // "Open", "In progress", … (translated)
QString displayName(ActionPriority value);
QList<ActionStatus> allActionStatuses(); // in enum order
// Open or in progress: still to be done (what overdue, carry-forward and review look at).
bool isOutstanding(ActionStatus status);
// Whether a follow-up may move an action from `from` to `to` (false when equal).
bool canChangeStatus(ActionStatus from, ActionStatus to);

// The MPS officer who owns an action, e.g. {"MPS", "Commander, Met Operations"}.
struct ActionOwner
{
    QString organisation;
    QString role;
    QString display() const; // "MPS — Commander, Met Operations" (either part may be empty)
    friend bool operator==(const ActionOwner &, const ActionOwner &) = default;
};

// An action. `reference` ("MC-2025-003") is allocated by ActionService when the action is
// first stored: the meeting kind's prefix (referencePrefix), the year of the meeting and a
// number from a per-prefix-per-year counter that never goes back, so a number is never reused,
// even after a removed draft. The reference and the meeting are fixed once allocated.
//
// Derived, never stored: overdue (isOverdue), "due before the next meeting" (isDueBefore) and
// the fields marked "read-only" below, which the repository fills from joins.
struct Action
{
    qint64 id = 0;
    QString uid;       // UUID without braces; stable
    QString reference; // allocated by the service
    QString title;
    QString detail;
    qint64 meetingId = 0; // the meeting that raised it
    ActionOwner owner;    // MPS owner
    QString mopacLead;
    QDate dueDate; // required
    ActionPriority priority = ActionPriority::Medium;
    QStringList measureCodes; // linked measures (codes of the first plan), in order
    QStringList packItemUids; // linked pack items (PackItem::uid), in order
    ActionStatus status = ActionStatus::Open;
    qint64 supersededById = 0; // the superseding action when status is Superseded
    QString createdBy;
    QDateTime createdAt;
    QString updatedBy;
    QDateTime updatedAt;

    // read-only, from joins:
    MeetingKind meetingKind = MeetingKind::MopacChallenge;
    QString meetingTitle;
    QDateTime meetingStartsAt;
    QString supersededByReference;
    int followUpCount = 0;
    QString latestUpdate; // text of the newest follow-up (by date, then by order recorded)
    QDate latestUpdateOn; // its date; invalid when there is none
    QString latestUpdateBy;

    // Past due on `today` and still outstanding (open or in progress). Completed, closed and
    // superseded actions are never overdue. Due on `today` is not overdue.
    bool isOverdue(const QDate &today) const;
    // Outstanding and due on or before `nextMeeting` (false when nextMeeting is invalid).
    bool isDueBefore(const QDate &nextMeeting) const;
    // Days past due on `today` (0 when not overdue).
    int daysOverdue(const QDate &today) const;

    friend bool operator==(const Action &, const Action &) = default;
};

// A dated entry in an action's record. Saved follow-ups are never edited or deleted (neither
// the service nor the storage layer has a way to); a correction is a new follow-up whose
// `correctsId` names the entry it corrects.
struct FollowUp
{
    qint64 id = 0;
    QString uid;
    qint64 actionId = 0;
    QString author;                         // filled by the service (cw::currentUserName())
    QDate date;                             // the date the update refers to (required, not in the future)
    QDateTime recordedAt;                   // when it was saved (filled by the service)
    QString text;                           // required
    std::optional<ActionStatus> statusFrom; // set when this entry changed the status
    std::optional<ActionStatus> statusTo;
    QString evidenceReference; // e.g. a document reference or URL
    qint64 correctsId = 0;     // the follow-up this one corrects (same action), 0 when none
    friend bool operator==(const FollowUp &, const FollowUp &) = default;
};

// What a caller asks for when recording an update (ActionService::addFollowUp).
struct FollowUpRequest
{
    QDate date; // invalid: today
    QString text;
    std::optional<ActionStatus> newStatus; // absent or equal to the current status: no change
    QString supersededByReference;         // required when newStatus is Superseded
    QString evidenceReference;
    qint64 correctsId = 0;
};

// Reconstructs an action's status as it stood at the end of `date` from its follow-ups (which
// hold every status change): Open before the first change. Follow-ups in any order.
ActionStatus statusAsOf(const QList<FollowUp> &followUps, const QDate &date);

} // namespace cw

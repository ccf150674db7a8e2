#pragma once

// A fresh workspace with two MOPAC Challenge meetings and four actions, for the actions GUI
// tests. "Today" is 2025-04-01 throughout.
//
//   #  meeting          title                    owner role                        due         status
//   1  A (2025-01-15)   Burglary plan            Commander, Met Operations         2025-02-28  Open (overdue
//   32 days) 2  A                Vehicle crime briefing   Detective Chief Superintendent    2025-04-10  Open
//   3  B (2025-03-12)   Robbery hotspots         Commander, Frontline Policing     2025-06-30  In progress
//   4  B                Knife arches review      Commander, Met Operations         2025-03-20  Completed

#include <memory>

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "domain/action.h"
#include "services/actionservice.h"
#include "services/meetingservice.h"
#include "workspace/workspace.h"

namespace cw::test {

inline const QDate kToday(2025, 4, 1);

struct ActionsFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    Meeting meetingA;
    Meeting meetingB;
    QList<Action> actions; // as inserted, in the order of the table above

    bool setUp(bool withActions = true)
    {
        auto created = Workspace::create(dir.filePath(QStringLiteral("test.cwb")));
        if (!created) {
            qWarning("%s", qPrintable(created.error().message));
            return false;
        }
        workspace = std::move(created).value();
        meetingA = addMeeting(QDate(2025, 1, 15), QStringLiteral("Burglary and vehicle crime"));
        meetingB = addMeeting(QDate(2025, 3, 12), QStringLiteral("Robbery and knife crime"));
        if (meetingA.id == 0 || meetingB.id == 0 || !withActions)
            return meetingA.id != 0 && meetingB.id != 0;
        const QString met = QStringLiteral("Commander, Met Operations");
        actions = {addAction(meetingA, QStringLiteral("Burglary plan"), met, QDate(2025, 2, 28)),
                   addAction(meetingA, QStringLiteral("Vehicle crime briefing"),
                             QStringLiteral("Detective Chief Superintendent, Crime"), QDate(2025, 4, 10)),
                   addAction(meetingB, QStringLiteral("Robbery hotspots"),
                             QStringLiteral("Commander, Frontline Policing"), QDate(2025, 6, 30)),
                   addAction(meetingB, QStringLiteral("Knife arches review"), met, QDate(2025, 3, 20))};
        for (const Action &action : std::as_const(actions)) {
            if (action.id == 0)
                return false;
        }
        return setStatus(actions[2].id, ActionStatus::InProgress, QDate(2025, 3, 14)) &&
               setStatus(actions[3].id, ActionStatus::Completed, QDate(2025, 3, 19));
    }

    Meeting addMeeting(const QDate &date, const QString &title)
    {
        Meeting meeting;
        meeting.kind = MeetingKind::MopacChallenge;
        meeting.status = MeetingStatus::Held;
        meeting.title = title;
        meeting.startsAt = QDateTime(date, QTime(10, 0), QTimeZone::utc());
        auto inserted = workspace->meetings().insertMeeting(meeting);
        if (!inserted) {
            qWarning("%s", qPrintable(inserted.error().message));
            return {};
        }
        return inserted.value();
    }

    Action addAction(const Meeting &meeting, const QString &title, const QString &role, const QDate &due)
    {
        Action action;
        action.meetingId = meeting.id;
        action.title = title;
        action.owner = {QStringLiteral("MPS"), role};
        action.mopacLead = QStringLiteral("Oversight Manager");
        action.dueDate = due;
        auto inserted = workspace->actions().insertAction(action);
        if (!inserted) {
            qWarning("%s", qPrintable(inserted.error().message));
            return {};
        }
        return inserted.value();
    }

    bool setStatus(qint64 actionId, ActionStatus status, const QDate &date)
    {
        FollowUpRequest request;
        request.date = date;
        request.text = QStringLiteral("Moved to %1").arg(toName(status));
        request.newStatus = status;
        auto added = workspace->actions().addFollowUp(actionId, request);
        if (!added)
            qWarning("%s", qPrintable(added.error().message));
        return bool(added);
    }

    Action current(qint64 actionId) const
    {
        auto found = workspace->actions().action(actionId);
        return found ? found.value() : Action{};
    }
};

} // namespace cw::test

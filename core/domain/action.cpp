#include "domain/action.h"

#include <QCoreApplication>

#include <algorithm>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::Action", text);
}

} // namespace

QString toName(ActionStatus value)
{
    switch (value) {
    case ActionStatus::Open:
        return QStringLiteral("open");
    case ActionStatus::InProgress:
        return QStringLiteral("in_progress");
    case ActionStatus::Completed:
        return QStringLiteral("completed");
    case ActionStatus::Closed:
        return QStringLiteral("closed");
    case ActionStatus::Superseded:
        return QStringLiteral("superseded");
    }
    Q_UNREACHABLE();
}

QString toName(ActionPriority value)
{
    switch (value) {
    case ActionPriority::Low:
        return QStringLiteral("low");
    case ActionPriority::Medium:
        return QStringLiteral("medium");
    case ActionPriority::High:
        return QStringLiteral("high");
    }
    Q_UNREACHABLE();
}

QList<ActionStatus> allActionStatuses()
{
    return {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Completed, ActionStatus::Closed,
            ActionStatus::Superseded};
}

std::optional<ActionStatus> actionStatusFromName(const QString &name)
{
    for (ActionStatus s : allActionStatuses())
        if (toName(s) == name)
            return s;
    return std::nullopt;
}

std::optional<ActionPriority> actionPriorityFromName(const QString &name)
{
    for (ActionPriority p : {ActionPriority::Low, ActionPriority::Medium, ActionPriority::High})
        if (toName(p) == name)
            return p;
    return std::nullopt;
}

QString displayName(ActionStatus value)
{
    switch (value) {
    case ActionStatus::Open:
        return tr("Open");
    case ActionStatus::InProgress:
        return tr("In progress");
    case ActionStatus::Completed:
        return tr("Completed");
    case ActionStatus::Closed:
        return tr("Closed");
    case ActionStatus::Superseded:
        return tr("Superseded");
    }
    Q_UNREACHABLE();
}

QString displayName(ActionPriority value)
{
    switch (value) {
    case ActionPriority::Low:
        return tr("Low");
    case ActionPriority::Medium:
        return tr("Medium");
    case ActionPriority::High:
        return tr("High");
    }
    Q_UNREACHABLE();
}

bool isOutstanding(ActionStatus status)
{
    return status == ActionStatus::Open || status == ActionStatus::InProgress;
}

bool canChangeStatus(ActionStatus from, ActionStatus to)
{
    using S = ActionStatus;
    switch (from) {
    case S::Open:
        return to == S::InProgress || to == S::Completed || to == S::Closed || to == S::Superseded;
    case S::InProgress:
        return to == S::Open || to == S::Completed || to == S::Closed || to == S::Superseded;
    case S::Completed:
        return to == S::InProgress || to == S::Closed;
    case S::Closed:
        return to == S::Open;
    case S::Superseded:
        return false;
    }
    Q_UNREACHABLE();
}

QString ActionOwner::display() const
{
    if (organisation.isEmpty())
        return role;
    if (role.isEmpty())
        return organisation;
    return organisation + QStringLiteral(" \u2014 ") + role;
}

bool Action::isOverdue(const QDate &today) const
{
    return isOutstanding(status) && dueDate.isValid() && today.isValid() && dueDate < today;
}

bool Action::isDueBefore(const QDate &nextMeeting) const
{
    return isOutstanding(status) && dueDate.isValid() && nextMeeting.isValid() && dueDate <= nextMeeting;
}

int Action::daysOverdue(const QDate &today) const
{
    return isOverdue(today) ? int(dueDate.daysTo(today)) : 0;
}

ActionStatus statusAsOf(const QList<FollowUp> &followUps, const QDate &date)
{
    QList<FollowUp> sorted = followUps;
    std::stable_sort(sorted.begin(), sorted.end(), [](const FollowUp &a, const FollowUp &b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    ActionStatus status = ActionStatus::Open;
    for (const FollowUp &f : sorted) {
        if (f.date > date)
            break;
        if (f.statusTo)
            status = *f.statusTo;
    }
    return status;
}

} // namespace cw

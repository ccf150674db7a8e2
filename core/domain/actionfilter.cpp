#include "domain/actionfilter.h"

namespace cw {

QDate ActionFilter::effectiveToday() const
{
    return today.isValid() ? today : QDate::currentDate();
}

bool ActionFilter::matches(const Action &action) const
{
    if (!statuses.isEmpty() && !statuses.contains(action.status))
        return false;
    return matchesIgnoringStatus(action);
}

bool ActionFilter::matchesIgnoringStatus(const Action &action) const
{
    const QDate day = effectiveToday();
    if (meetingId != 0 && action.meetingId != meetingId)
        return false;
    if (overdueOnly && !action.isOverdue(day))
        return false;
    if (dueWithinDays >= 0) {
        if (!isOutstanding(action.status) || action.dueDate < day ||
            action.dueDate > day.addDays(dueWithinDays))
            return false;
    }
    const QString ownerText = owner.trimmed();
    if (!ownerText.isEmpty() && !action.owner.organisation.contains(ownerText, Qt::CaseInsensitive) &&
        !action.owner.role.contains(ownerText, Qt::CaseInsensitive))
        return false;
    const QString needle = search.trimmed();
    if (!needle.isEmpty()) {
        const QStringList haystack{action.reference,       action.title,     action.detail,
                                   action.owner.display(), action.mopacLead, action.latestUpdate};
        bool found = false;
        for (const QString &text : haystack)
            found = found || text.contains(needle, Qt::CaseInsensitive);
        for (const QString &code : action.measureCodes)
            found = found || code.contains(needle, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

} // namespace cw

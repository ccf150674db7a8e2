#pragma once

#include "domain/action.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace cw {

// The filters of the actions view, the CLI and the exports, as one value. Every criterion that
// is set must hold (AND). Derived criteria (overdue, due within) are measured against `today`.
struct ActionFilter
{
    QSet<ActionStatus> statuses; // empty: any status
    QString owner;               // case-insensitive substring of organisation or role
    qint64 meetingId = 0;        // 0: any meeting
    bool overdueOnly = false;
    int dueWithinDays = -1; // >= 0: outstanding and due from today to today + N days
    QString search;         // case-insensitive substring of reference, title, detail,
                            // owner, lead, latest update or a linked measure code
    QDate today;            // invalid: QDate::currentDate()

    QDate effectiveToday() const;
    bool matches(const Action &action) const;
    // matches() ignoring `statuses` (for counts per status next to a status filter).
    bool matchesIgnoringStatus(const Action &action) const;
};

} // namespace cw

#pragma once

#include <QDateTime>

namespace cw {

class Database;

// The demo workspace's challenge actions: about a year of them, through the real services.
//
// populateHistory() runs before DemoMeetings: it adds earlier meetings (London Policing Board
// about 336, 245 and 147 days before `now`; MOPAC Challenge about 301 and 196 days before) and
// their actions with dated follow-ups, so that the approved pack of the last Board (42 days
// before `now`) freezes a real "Actions carried forward" list. populateRecent() runs after
// DemoMeetings: actions raised at the last Board and at the MOPAC Challenge 98 days before, one
// of which supersedes an older action. All dates are relative to `now` (as the demo meetings
// are), so the mix stays the same whenever the demo is made: some closed, some completed, some
// overdue, one superseded, some due before the next Board. Throws StorageError on failure.
class DemoActions
{
public:
    static void populateHistory(Database &db, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static void populateRecent(Database &db, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace cw

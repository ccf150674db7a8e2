#pragma once

#include <QDateTime>

namespace cw {

class Database;

// Adds the demo workspace's meetings through the real services: a London Policing Board
// meeting held some weeks ago with an approved pack (measure items whose key facts are frozen,
// narrative, numbered lines of enquiry mixing internal and publishable, internal and
// publishable annotations with a reply and a resolved thread), the next meeting of that kind
// with a draft pack started from it, an earlier MOPAC Challenge and a planned Oversight Board.
// Meeting dates are relative to `now` so that the next meeting is always ahead. Runs after
// the demo observations are written and outside any transaction (each service call is one).
// Throws StorageError when a step fails.
class DemoMeetings
{
public:
    static void populate(Database &db, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace cw

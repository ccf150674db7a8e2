#pragma once

#include <QDateTime>
#include <QString>

namespace cw {

// One entry in the history of officer judgement on a measure's status in an area (statistics.md:
// "Officer judgement may override the status, and then a note is required"). Entries are never
// changed; the newest wins. A "cleared" entry returns to the computed status.
struct StatusOverride
{
    qint64 id = 0;
    QString planCode;
    QString measureCode;
    QString areaCode;
    QString status; // a TrajectoryStatus name ("on_track", …), or "cleared"
    QString note;   // never empty
    QString author;
    QDateTime at; // UTC

    bool cleared() const { return status == clearedName(); }
    static QString clearedName() { return QStringLiteral("cleared"); }
};

} // namespace cw

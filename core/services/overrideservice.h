#pragma once

#include "domain/statusoverride.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QString>

namespace cw {

class Database;

// Officer judgement on a measure's status: an override with a required note, or a clear (also
// with a note), kept as an append-only history with author (cw::currentUserName()) and UTC time.
// The newest entry wins; a clear returns to the computed status.
class OverrideService : public QObject
{
    Q_OBJECT

public:
    explicit OverrideService(Database &db, QObject *parent = nullptr);

    // Records `status` (a TrajectoryStatus name, e.g. "off_track") for the measure of the plan
    // (empty: the first plan, as the scorecard chooses it) in the area. Fails, writing nothing,
    // when the status is not one, the note is empty, or the plan has no such measure.
    Result<StatusOverride> setStatus(const QString &planCode, const QString &measureCode,
                                     const QString &areaCode, const QString &status, const QString &note);
    // Records a return to the computed status (a note is required here too).
    Result<StatusOverride> clear(const QString &planCode, const QString &measureCode, const QString &areaCode,
                                 const QString &note);

    Result<QList<StatusOverride>> history(const QString &planCode, const QString &measureCode,
                                          const QString &areaCode) const;
    // The entry in force (std::nullopt when there is none or the newest is a clear).
    Result<std::optional<StatusOverride>> current(const QString &planCode, const QString &measureCode,
                                                  const QString &areaCode) const;

Q_SIGNALS:
    void overrideAdded(const cw::StatusOverride &entry);

private:
    Result<StatusOverride> append(StatusOverride entry);

    Database &m_db;
};

} // namespace cw

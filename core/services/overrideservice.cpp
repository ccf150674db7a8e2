#include "services/overrideservice.h"

#include "analysis/trajectory.h"
#include "storage/database.h"
#include "storage/overriderepository.h"
#include "storage/planrepository.h"
#include "storage/storageerror.h"
#include "util/currentuser.h"

namespace cw {

OverrideService::OverrideService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

Result<StatusOverride> OverrideService::setStatus(const QString &planCode, const QString &measureCode,
                                                  const QString &areaCode, const QString &status,
                                                  const QString &note)
{
    if (!trajectoryStatusFromName(status))
        return Error{tr("'%1' is not a status (expected on_track, at_risk, off_track, no_target or "
                        "insufficient_data).")
                         .arg(status)};
    StatusOverride entry;
    entry.planCode = planCode;
    entry.measureCode = measureCode;
    entry.areaCode = areaCode;
    entry.status = status;
    entry.note = note;
    return append(entry);
}

Result<StatusOverride> OverrideService::clear(const QString &planCode, const QString &measureCode,
                                              const QString &areaCode, const QString &note)
{
    StatusOverride entry;
    entry.planCode = planCode;
    entry.measureCode = measureCode;
    entry.areaCode = areaCode;
    entry.status = StatusOverride::clearedName();
    entry.note = note;
    return append(entry);
}

Result<StatusOverride> OverrideService::append(StatusOverride entry)
{
    entry.note = entry.note.trimmed();
    if (entry.note.isEmpty())
        return Error{tr("A note is required: say why the status is overridden or cleared.")};
    if (entry.areaCode.trimmed().isEmpty())
        return Error{tr("An area is required.")};
    try {
        // The measure must be in the plan (the first plan when none is named).
        bool found = false;
        for (const Plan &plan : PlanRepository(m_db).all()) {
            if (!entry.planCode.isEmpty() && plan.code != entry.planCode)
                continue;
            entry.planCode = plan.code;
            for (const Priority &priority : plan.priorities) {
                for (const Measure &m : priority.measures)
                    found = found || m.code == entry.measureCode;
            }
            break;
        }
        if (!found)
            return Error{tr("The plan %1 has no measure %2.").arg(entry.planCode, entry.measureCode)};
        if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM area WHERE code = ?"), {entry.areaCode})
                .toInt() == 0)
            return Error{tr("There is no area %1 in this workspace.").arg(entry.areaCode)};
        entry.author = currentUserName();
        // Whole seconds: the stored text has no fraction, and a reread must compare equal.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        entry.at = now.addMSecs(-now.time().msec());
        Transaction transaction(m_db);
        entry.id = OverrideRepository(m_db).append(entry);
        transaction.commit();
    } catch (const StorageError &error) {
        return Error{tr("The override could not be recorded; nothing was changed."), error.detail()};
    }
    Q_EMIT overrideAdded(entry);
    return entry;
}

Result<QList<StatusOverride>> OverrideService::history(const QString &planCode, const QString &measureCode,
                                                       const QString &areaCode) const
{
    try {
        return OverrideRepository(m_db).history(planCode, measureCode, areaCode);
    } catch (const StorageError &error) {
        return Error{tr("The override history could not be read."), error.detail()};
    }
}

Result<std::optional<StatusOverride>>
OverrideService::current(const QString &planCode, const QString &measureCode, const QString &areaCode) const
{
    auto all = history(planCode, measureCode, areaCode);
    if (!all)
        return all.error();
    if (all->isEmpty() || all->last().cleared())
        return std::optional<StatusOverride>();
    return std::optional<StatusOverride>(all->last());
}

} // namespace cw

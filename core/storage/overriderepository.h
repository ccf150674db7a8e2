#pragma once

#include "domain/statusoverride.h"

#include <QHash>
#include <QList>

namespace cw {

class Database;

// The append-only history of status overrides. Callers own the transaction.
class OverrideRepository
{
public:
    explicit OverrideRepository(const Database &db)
        : m_db(db)
    {}

    // Appends an entry and returns its id.
    qint64 append(const StatusOverride &entry) const;
    // Every entry for the measure in the area, oldest first.
    QList<StatusOverride> history(const QString &planCode, const QString &measureCode,
                                  const QString &areaCode) const;
    // The newest entry per area and measure for the plan made at or before `cutoff` (any time
    // when invalid), "cleared" entries included; keyed by area code, then measure code.
    using Latest = QHash<QString, QHash<QString, StatusOverride>>;
    Latest latest(const QString &planCode, const QDateTime &cutoff = {}) const;

private:
    const Database &m_db;
};

} // namespace cw

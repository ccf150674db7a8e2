#pragma once

#include "domain/audit.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

class Database;

// Appends to the audit log of meetings, packs and annotations (who changed what, when).
// Rows are never updated or deleted. The caller owns the transaction.
class AuditLog
{
public:
    explicit AuditLog(const Database &db)
        : m_db(db)
    {}

    // entityKind: "meeting", "pack", "annotation"; action: e.g. "created", "approved".
    void record(const QString &entityKind, const QString &entityUid, const QString &action,
                const QString &author, const QDateTime &at, const QString &detail = {}) const;
    // The entries of the given entities (same kind), oldest first (by time, then by row).
    QList<AuditEntry> entries(const QString &entityKind, const QStringList &entityUids) const;

private:
    const Database &m_db;
};

} // namespace cw

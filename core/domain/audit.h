#pragma once

#include <QDateTime>
#include <QString>

namespace cw {

// One row of the audit log (who changed what, when). Never updated or deleted.
// entityKind: "meeting", "pack", "annotation", "action", "follow_up"; action: e.g. "created",
// "updated", "status_changed", "removed"; detail: what changed, in words, e.g.
// "Due date: 2025-03-31 → 2025-04-30".
struct AuditEntry
{
    qint64 id = 0;
    QString entityKind;
    QString entityUid;
    QString action;
    QString author;
    QDateTime at;
    QString detail;
    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

} // namespace cw

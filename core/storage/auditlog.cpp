#include "storage/auditlog.h"

#include "storage/database.h"
#include "storage/storedtime.h"

#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace cw {

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariantList withEmptyTexts(QVariantList binds)
{
    for (QVariant &value : binds) {
        if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
            value = QVariant(QStringLiteral(""));
    }
    return binds;
}

void AuditLog::record(const QString &entityKind, const QString &entityUid, const QString &action,
                      const QString &author, const QDateTime &at, const QString &detail) const
{
    m_db.exec(QStringLiteral("INSERT INTO audit_event (entity_kind, entity_uid, action, author, at, detail) "
                             "VALUES (?, ?, ?, ?, ?, ?)"),
              withEmptyTexts({entityKind, entityUid, action, author, toStoredTime(at), detail}));
}

} // namespace cw

namespace cw {

QList<AuditEntry> AuditLog::entries(const QString &entityKind, const QStringList &entityUids) const
{
    QList<AuditEntry> out;
    for (const QString &uid : entityUids) {
        QSqlQuery q =
            m_db.exec(QStringLiteral("SELECT id, entity_kind, entity_uid, action, author, at, detail "
                                     "FROM audit_event WHERE entity_kind = ? AND entity_uid = ?"),
                      {entityKind, uid});
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), fromStoredTime(q.value(5).toString()),
                        q.value(6).toString()});
    }
    std::stable_sort(out.begin(), out.end(), [](const AuditEntry &a, const AuditEntry &b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    return out;
}

} // namespace cw

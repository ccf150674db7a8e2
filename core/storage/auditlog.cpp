#include "storage/auditlog.h"

#include "storage/database.h"
#include "storage/storedtime.h"

#include <QUuid>

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

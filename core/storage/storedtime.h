#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantList>

namespace cw {

// Times as stored in meetings, packs and annotations: ISO 8601 UTC with milliseconds
// ("2025-01-14T10:00:00.000Z"); an invalid time is stored as an empty string.
inline QString toStoredTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

inline QDateTime fromStoredTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

// The binds with every null QString made an empty one: text columns of these tables are
// NOT NULL DEFAULT '', and Qt binds a null QString as SQL NULL. Other null values (absent
// numbers) stay NULL.
QVariantList withEmptyTexts(QVariantList binds);

// A new stable identifier: a UUID without braces.
QString newUid();

} // namespace cw

#include "storage/storageerror.h"

namespace cw {

StorageError::StorageError(const QString &message, const QString &driverText, const QString &sql)
    : std::runtime_error(message.toStdString())
    , m_message(message)
    , m_driverText(driverText)
    , m_sql(sql)
{}

QString StorageError::detail() const
{
    QString text = m_driverText;
    if (!m_sql.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("SQL: ") + m_sql;
    return text;
}

} // namespace cw

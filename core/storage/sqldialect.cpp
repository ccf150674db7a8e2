#include "storage/sqldialect.h"

#include <QSqlDatabase>

namespace cw {

SqlDialect SqlDialect::forDriver(const QString &driverName)
{
    return SqlDialect(driverName == QLatin1String("QPSQL") ? Backend::Postgres : Backend::Sqlite);
}

QString SqlDialect::driverName() const
{
    return m_backend == Backend::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString SqlDialect::expand(const QString &sql) const
{
    QString out = sql;
    if (m_backend == Backend::Postgres) {
        out.replace(QLatin1String("${ID}"), QLatin1String("BIGSERIAL PRIMARY KEY"));
        out.replace(QLatin1String("${BIGINT}"), QLatin1String("BIGINT"));
        out.replace(QLatin1String("${REAL}"), QLatin1String("DOUBLE PRECISION"));
    } else {
        // INTEGER PRIMARY KEY is SQLite's rowid alias: 64-bit and generated on insert.
        out.replace(QLatin1String("${ID}"), QLatin1String("INTEGER PRIMARY KEY"));
        out.replace(QLatin1String("${BIGINT}"), QLatin1String("INTEGER"));
        out.replace(QLatin1String("${REAL}"), QLatin1String("REAL"));
    }
    return out;
}

QStringList SqlDialect::connectionSetup() const
{
    if (m_backend == Backend::Postgres)
        return {}; // foreign keys are always enforced
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000")};
}

QString SqlDialect::integrityCheck() const
{
    if (m_backend == Backend::Postgres)
        return QStringLiteral("SELECT 'ok' WHERE 1 = 0");
    return QStringLiteral("PRAGMA integrity_check");
}

bool SqlDialect::hasTable(const QSqlDatabase &db, const QString &name) const
{
    return db.tables(QSql::Tables).contains(name, Qt::CaseInsensitive);
}

} // namespace cw

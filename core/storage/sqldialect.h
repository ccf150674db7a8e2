#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace cw {

// The only place that knows SQL differs between SQLite (the embedded workspace file) and
// PostgreSQL (the shared store). Everything else writes portable SQL.
class SqlDialect
{
public:
    enum class Backend { Sqlite, Postgres };

    explicit SqlDialect(Backend backend)
        : m_backend(backend)
    {}
    static SqlDialect forDriver(const QString &driverName);

    Backend backend() const { return m_backend; }
    QString driverName() const;

    // Expands the placeholders used in migration scripts:
    //   ${ID}     an auto-generated 64-bit primary key column type
    //   ${BIGINT} a 64-bit integer
    //   ${REAL}   a double-precision floating-point number
    QString expand(const QString &sql) const;

    // Statements to run on every new connection (foreign keys on, sane journal).
    QStringList connectionSetup() const;

    // A statement whose rows are integrity problems; "ok" (SQLite) or no rows mean none.
    QString integrityCheck() const;

    // Whether `name` is a table of the connected database.
    bool hasTable(const QSqlDatabase &db, const QString &name) const;

private:
    Backend m_backend;
};

} // namespace cw

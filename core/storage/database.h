#pragma once

#include "storage/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace cw {

// One open workspace database on its own named Qt SQL connection. Foreign keys are on.
// Not copyable; closing (destruction) removes the connection. All statements go through
// prepare()/exec() with bound values; failures throw StorageError with driver text and SQL.
class Database
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens an SQLite file (created when absent and access is ReadWrite). Does not validate or
    // migrate; see Workspace for that.
    static std::unique_ptr<Database> openSqlite(const QString &path, Access access = Access::ReadWrite);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    const SqlDialect &dialect() const { return m_dialect; }
    QSqlDatabase connection() const;

    // Prepares `sql` (throws on failure); bind and run it with run().
    QSqlQuery prepare(const QString &sql) const;
    // Runs a prepared query with positional binds (throws on failure).
    void run(QSqlQuery &query, const QVariantList &binds = {}) const;
    // Prepares and runs in one step; returns the active query for reading rows.
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {}) const;
    // The first column of the first row, or a null QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;
    // Inserts and returns the new row's id.
    qint64 insert(const QString &sql, const QVariantList &binds = {}) const;

    bool inTransaction() const { return m_inTransaction; }

private:
    friend class Transaction;
    Database(QString path, QString connectionName, SqlDialect dialect);
    void begin();
    void commit();
    void rollback() noexcept;

    QString m_path;
    QString m_connectionName;
    SqlDialect m_dialect;
    bool m_inTransaction = false;
};

// RAII transaction: rolls back on destruction unless commit() succeeded.
// commit() throws StorageError when the database refuses it (the result is never ignored).
// Transactions do not nest; opening a second one on the same database throws.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace cw

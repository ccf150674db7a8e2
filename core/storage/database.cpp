#include "storage/database.h"

#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>

#include <atomic>

namespace cw {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("cwb-workspace-%1").arg(++counter);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::Database", text);
}

} // namespace

Database::Database(QString path, QString connectionName, SqlDialect dialect)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
{}

std::unique_ptr<Database> Database::openSqlite(const QString &path, Access access)
{
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (access == Access::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            const QString driverText = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw StorageError(tr("Could not open %1.").arg(QFileInfo(path).fileName()), driverText);
        }
    }
    std::unique_ptr<Database> database(new Database(path, name, SqlDialect(SqlDialect::Backend::Sqlite)));
    for (const QString &statement : database->m_dialect.connectionSetup())
        database->exec(statement);
    return database;
}

Database::~Database()
{
    if (m_inTransaction)
        rollback();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StorageError(tr("The workspace could not prepare a statement."), query.lastError().text(), sql);
    return query;
}

void Database::run(QSqlQuery &query, const QVariantList &binds) const
{
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds.at(i));
    if (!query.exec())
        throw StorageError(tr("The workspace refused a change or a query."), query.lastError().text(),
                           query.lastQuery());
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query = prepare(sql);
    run(query, binds);
    return query;
}

QVariant Database::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query = exec(sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

qint64 Database::insert(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query = exec(sql, binds);
    const QVariant id = query.lastInsertId();
    if (!id.isValid())
        throw StorageError(tr("The workspace did not report the id of a new row."), {}, sql);
    return id.toLongLong();
}

void Database::begin()
{
    if (m_inTransaction)
        throw StorageError(tr("A transaction is already open on this workspace."));
    QSqlDatabase db = connection();
    if (!db.transaction())
        throw StorageError(tr("The workspace could not start a transaction."), db.lastError().text());
    m_inTransaction = true;
}

void Database::commit()
{
    QSqlDatabase db = connection();
    if (!db.commit()) {
        const QString driverText = db.lastError().text();
        rollback();
        throw StorageError(tr("The workspace could not save the change."), driverText);
    }
    m_inTransaction = false;
}

void Database::rollback() noexcept
{
    QSqlDatabase db = connection();
    db.rollback();
    m_inTransaction = false;
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.begin();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    m_done = true; // a failed commit has rolled back already
    m_db.commit();
}

} // namespace cw

// Workspace files: creation, reopening, and refusal of files that are not (or not yet) ours,
// with the refused file left byte-for-byte untouched.
#include "storage/database.h"
#include "storage/migration.h"
#include "storage/storageerror.h"
#include "storage/workspacefile.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAndReopensWorkspace();
    void refusesToOverwrite();
    void refusesFiles_data();
    void refusesFiles();
    void refusesNewerWorkspace();
    void refusesCorruptWorkspace();
    void transactionRollsBackUnlessCommitted();
    void foreignKeysAreEnforced();
    void storageErrorCarriesSqlAndDriverText();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::createsAndReopensWorkspace()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh.cwb"));
    {
        auto created = Workspace::create(path);
        QVERIFY2(created.ok(),
                 qPrintable(created.ok() ? QString() : created.error().message + created.error().detail));
        const auto info = created.value()->info();
        QVERIFY(info.ok());
        QCOMPARE(info->schemaVersion, Migrator::latestVersion());
        QCOMPARE(info->plans, 2);
        QCOMPARE(info->observations, 0);
        QVERIFY(!info->demo);
    }
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    auto reopened = Workspace::open(path);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->info()->areas, 42); // 33 authorities, 2 forces, E&W, 3 comparators, 3 own
}

void TestDatabase::refusesToOverwrite()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.cwb"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const QByteArray before = cwtest::fileSha256(path);
    auto created = Workspace::create(path);
    QVERIFY(!created.ok());
    QVERIFY(created.error().message.contains(path));
    QCOMPARE(cwtest::fileSha256(path), before);
}

void TestDatabase::refusesFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << QByteArray("Borough,Value\nCamden,3\n")
                               << QStringLiteral("not an SQLite database");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("not an SQLite database");
    QTest::newRow("truncated header")
        << QByteArray("SQLite format") << QStringLiteral("not an SQLite database");
    QTest::newRow("header then junk")
        << QByteArray(QByteArray("SQLite format 3\0", 16) + QByteArray(5000, 'x'))
        << QStringLiteral("workspace");
}

void TestDatabase::refusesFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path =
        m_dir.filePath(QStringLiteral("refused-%1.cwb").arg(QLatin1String(QTest::currentDataTag())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const QByteArray before = cwtest::fileSha256(path);
    auto opened = Workspace::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(expected), qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(path));
    QCOMPARE(cwtest::fileSha256(path), before);
    QCOMPARE(QFileInfo(path).size(), qint64(content.size()));
}

void TestDatabase::refusesNewerWorkspace()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.cwb"));
    QVERIFY(Workspace::create(path).ok());
    {
        auto db = Database::openSqlite(path);
        db->exec(QStringLiteral("UPDATE workspace_meta SET meta_value = ? WHERE meta_key = 'schema_version'"),
                 {QString::number(Migrator::latestVersion() + 7)});
    }
    const QByteArray before = cwtest::fileSha256(path);
    auto opened = Workspace::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("newer version")),
             qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(QString::number(Migrator::latestVersion() + 7)));
    QCOMPARE(cwtest::fileSha256(path), before);
}

void TestDatabase::refusesCorruptWorkspace()
{
    const QString path = m_dir.filePath(QStringLiteral("corrupt.cwb"));
    QVERIFY(Workspace::create(path, CreateOptions{true}).ok());
    // Overwrite a run of bytes in the middle of the file (b-tree pages), keeping the header.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 200000);
    file.seek(size / 2);
    file.write(QByteArray(8192, '\x5a'));
    file.close();
    const QByteArray before = cwtest::fileSha256(path);
    auto opened = Workspace::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("damaged")), qPrintable(opened.error().message));
    QCOMPARE(cwtest::fileSha256(path), before);
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("tx.db")));
    db->exec(QStringLiteral("CREATE TABLE t (x INTEGER)"));
    {
        Transaction tx(*db);
        db->exec(QStringLiteral("INSERT INTO t (x) VALUES (1)"));
    } // not committed
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM t")).toInt(), 0);
    QVERIFY(!db->inTransaction());
    {
        Transaction tx(*db);
        db->exec(QStringLiteral("INSERT INTO t (x) VALUES (2)"));
        QVERIFY_THROWS_EXCEPTION(StorageError, Transaction nested(*db));
        tx.commit();
    }
    QCOMPARE(db->scalar(QStringLiteral("SELECT SUM(x) FROM t")).toInt(), 2);
    try {
        Transaction tx(*db);
        db->exec(QStringLiteral("INSERT INTO t (x) VALUES (3)"));
        db->exec(QStringLiteral("INSERT INTO missing_table (x) VALUES (4)"));
        tx.commit();
        QFAIL("the failing statement should have thrown");
    } catch (const StorageError &) {
    }
    QCOMPARE(db->scalar(QStringLiteral("SELECT SUM(x) FROM t")).toInt(), 2);
}

void TestDatabase::foreignKeysAreEnforced()
{
    const QString path = m_dir.filePath(QStringLiteral("fk.cwb"));
    QVERIFY(Workspace::create(path).ok());
    auto db = Database::openSqlite(path);
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             db->exec(QStringLiteral("INSERT INTO priority (plan_id, code, title, position) "
                                                     "VALUES (999999, 'X', 'Orphan', 0)")));
}

void TestDatabase::storageErrorCarriesSqlAndDriverText()
{
    auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("err.db")));
    try {
        db->exec(QStringLiteral("SELECT nonsense FROM nowhere WHERE x = ?"), {1});
        QFAIL("expected a StorageError");
    } catch (const StorageError &error) {
        QVERIFY(error.sql().contains(QStringLiteral("nowhere")));
        QVERIFY(error.driverText().contains(QStringLiteral("nowhere")));
    }
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

// Numbered migrations: fresh create, upgrade of an older file, rollback of a migration that
// fails half way, and landed migrations pinned by checksum so they are never edited.
#include "storage/database.h"
#include "storage/migration.h"
#include "storage/storageerror.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsStatements();
    void freshDatabaseReachesLatestVersion();
    void upgradesOlderWorkspace();
    void failingMigrationRollsBackCompletely();
    void openingUpgradesVersionOneWorkspace();
    void landedMigrationsAreNeverEdited();

private:
    QTemporaryDir m_dir;
};

void TestMigrations::splitsStatements()
{
    const QStringList statements =
        Migrator::splitStatements(QStringLiteral("-- a comment;\nCREATE TABLE a (\n  x INTEGER\n);\n\nCREATE "
                                                 "INDEX i ON a (x);\nINSERT INTO a VALUES (1)"));
    QCOMPARE(statements.size(), 3);
    QCOMPARE(statements.at(0), QStringLiteral("CREATE TABLE a (\n  x INTEGER\n)"));
    QCOMPARE(statements.at(2), QStringLiteral("INSERT INTO a VALUES (1)"));
}

void TestMigrations::freshDatabaseReachesLatestVersion()
{
    auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("fresh.db")));
    QCOMPARE(Migrator::currentVersion(*db), 0);
    Migrator::migrate(*db, Migrator::builtin());
    QCOMPARE(Migrator::currentVersion(*db), Migrator::latestVersion());
    for (const char *table :
         {"area", "area_alias", "source", "indicator", "import_batch", "observation", "plan", "priority",
          "measure", "measure_term", "measure_target", "series_break", "published_figure"})
        QVERIFY2(db->dialect().hasTable(db->connection(), QLatin1String(table)), table);
    // Running again is a no-op.
    Migrator::migrate(*db, Migrator::builtin());
    QCOMPARE(Migrator::currentVersion(*db), Migrator::latestVersion());
}

void TestMigrations::upgradesOlderWorkspace()
{
    // A workspace at version 1 meets a build that knows a second migration.
    const QString path = m_dir.filePath(QStringLiteral("older.cwb"));
    QVERIFY(Workspace::create(path).ok());
    auto db = Database::openSqlite(path);
    QList<Migration> migrations = Migrator::builtin();
    migrations.append({int(migrations.size()) + 1,
                       QStringLiteral("test_notes"),
                       {QStringLiteral("CREATE TABLE test_note (id ${ID}, body TEXT NOT NULL)"),
                        QStringLiteral("INSERT INTO test_note (body) VALUES ('upgraded')")}});
    Migrator::migrate(*db, migrations);
    QCOMPARE(Migrator::currentVersion(*db), Migrator::latestVersion() + 1);
    QCOMPARE(db->scalar(QStringLiteral("SELECT body FROM test_note")).toString(), QStringLiteral("upgraded"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM plan")).toInt(), 2); // data kept
}

void TestMigrations::failingMigrationRollsBackCompletely()
{
    const QString path = m_dir.filePath(QStringLiteral("failing.cwb"));
    QVERIFY(Workspace::create(path).ok());
    auto db = Database::openSqlite(path);
    const int version = Migrator::currentVersion(*db);
    QList<Migration> migrations = Migrator::builtin();
    migrations.append({version + 1,
                       QStringLiteral("half_way"),
                       {QStringLiteral("CREATE TABLE half_done (id ${ID})"),
                        QStringLiteral("UPDATE plan SET title = 'changed'"),
                        QStringLiteral("INSERT INTO no_such_table VALUES (1)")}});
    QVERIFY_THROWS_EXCEPTION(StorageError, Migrator::migrate(*db, migrations));
    QCOMPARE(Migrator::currentVersion(*db), version);
    QVERIFY(!db->dialect().hasTable(db->connection(), QStringLiteral("half_done")));
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM plan WHERE title = 'changed'")).toInt(), 0);
    db.reset();
    QVERIFY(Workspace::open(path).ok());
}

void TestMigrations::openingUpgradesVersionOneWorkspace()
{
    // A workspace as the first release wrote it (migration 1 only) is upgraded on open.
    const QString path = m_dir.filePath(QStringLiteral("v1.cwb"));
    {
        auto db = Database::openSqlite(path);
        Migrator::migrate(*db, Migrator::builtin().mid(0, 1));
        db->exec(QStringLiteral("INSERT INTO workspace_meta (meta_key, meta_value) VALUES ('format', "
                                "'challenge-workbench')"));
        db->exec(QStringLiteral("INSERT INTO import_batch (label, format, imported_by, imported_at) VALUES "
                                "('old', 'tidy', 'someone', '2025-01-01T00:00:00Z')"));
        QCOMPARE(Migrator::currentVersion(*db), 1);
    }
    auto ws = Workspace::open(path);
    QVERIFY(ws.ok());
    QCOMPARE(ws.value()->info()->schemaVersion, Migrator::latestVersion());
    QCOMPARE(
        ws.value()->database().scalar(QStringLiteral("SELECT duplicates_dropped FROM import_batch")).toInt(),
        0);
}

void TestMigrations::landedMigrationsAreNeverEdited()
{
    // sha256 of each landed migration script. A new schema change is a new migration; if this
    // fails, an existing migration was edited and old workspaces would diverge from new ones.
    const QList<QPair<QString, QByteArray>> landed{
        {QStringLiteral(":/migrations/0001_initial.sql"),
         QByteArrayLiteral("04e10402564d30d0c50aef3c77f46d2c725f715d9367e5849714f7d6781c2fd2")},
        {QStringLiteral(":/migrations/0002_import_reports.sql"),
         QByteArrayLiteral("6f1f7c907b34673880663898282df09a55dd38cbf9d3356e995a60e711e2010b")},
        {QStringLiteral(":/migrations/0003_status_overrides.sql"),
         QByteArrayLiteral("5d3cdcd0509b59c5d617a7f3cda77f3a4d5c70c48beda7dd06bb365e6678c0b9")},
        {QStringLiteral(":/migrations/0004_meetings.sql"),
         QByteArrayLiteral("6014986c8d32eb3373c881bacd060d7b3e7f6f24e53e7abd7d1c1563c3ef2c53")},
        {QStringLiteral(":/migrations/0005_actions.sql"),
         QByteArrayLiteral("5c490ae60d00253181169aafa3d7bf5bbaa1e1fe8b00ea55344472db8fef3013")},
    };
    for (const auto &[path, sha] : landed) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex(), sha);
    }
    QVERIFY(Migrator::latestVersion() >= int(landed.size()));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace cw {

class Database;

// One numbered schema step. Landed migrations are never edited (a test pins their checksums);
// change the schema with a new one.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements; // portable SQL with SqlDialect placeholders
};

// Applies migrations in order, each in one transaction together with its version bump.
// A failing migration is rolled back completely and reported as StorageError; versions
// already applied stay applied.
class Migrator
{
public:
    // The Workbench's own migrations (from the `:/migrations` resources), in order.
    static QList<Migration> builtin();
    static int latestVersion();

    // Parses a migration script: statements separated by `;` at the end of a line;
    // `--` comment lines are dropped.
    static QStringList splitStatements(const QString &script);

    // Reads the version recorded in the database; 0 for an empty database.
    static int currentVersion(const Database &db);

    static void migrate(Database &db, const QList<Migration> &migrations);
};

} // namespace cw

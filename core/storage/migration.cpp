#include "storage/migration.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace cw {

namespace {

const QString versionKey = QStringLiteral("schema_version");

} // namespace

QList<Migration> Migrator::builtin()
{
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    for (const QString &fileName : files) {
        const QRegularExpressionMatch match = pattern.match(fileName);
        QFile file(dir.filePath(fileName));
        if (!match.hasMatch() || !file.open(QIODevice::ReadOnly))
            throw StorageError(
                QStringLiteral("Migration resource %1 is unreadable or misnamed.").arg(fileName));
        migrations.append({match.captured(1).toInt(), match.captured(2),
                           splitStatements(QString::fromUtf8(file.readAll()))});
    }
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1)
            throw StorageError(QStringLiteral("Migrations must be numbered 1, 2, 3… without gaps."));
    }
    return migrations;
}

int Migrator::latestVersion()
{
    static const int latest = int(builtin().size());
    return latest;
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            statements.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

int Migrator::currentVersion(const Database &db)
{
    if (!db.dialect().hasTable(db.connection(), QStringLiteral("workspace_meta")))
        return 0;
    const QVariant value =
        db.scalar(QStringLiteral("SELECT meta_value FROM workspace_meta WHERE meta_key = ?"), {versionKey});
    return value.isNull() ? 0 : value.toString().toInt();
}

void Migrator::migrate(Database &db, const QList<Migration> &migrations)
{
    int version = currentVersion(db);
    for (const Migration &migration : migrations) {
        if (migration.version <= version)
            continue;
        if (migration.version != version + 1)
            throw StorageError(
                QCoreApplication::translate("cw::Migrator", "Migration %1 is missing.").arg(version + 1));
        Transaction transaction(db);
        for (const QString &statement : migration.statements)
            db.exec(db.dialect().expand(statement));
        db.exec(QStringLiteral("DELETE FROM workspace_meta WHERE meta_key = ?"), {versionKey});
        db.exec(QStringLiteral("INSERT INTO workspace_meta (meta_key, meta_value) VALUES (?, ?)"),
                {versionKey, QString::number(migration.version)});
        transaction.commit();
        version = migration.version;
    }
}

} // namespace cw

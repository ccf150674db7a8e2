#include "storage/workspacefile.h"

#include "storage/database.h"
#include "storage/migration.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::WorkspaceFile", text);
}

void refuse(const QString &message, const QString &detail = {})
{
    throw WorkspaceRefused(message, detail);
}

} // namespace

int WorkspaceFile::check(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        refuse(tr("The workspace %1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        refuse(tr("The workspace %1 cannot be read: %2").arg(path, file.errorString()));
    // Every SQLite database starts with this 16-byte header.
    static const QByteArray sqliteMagic("SQLite format 3\0", 16);
    const QByteArray head = file.read(16);
    file.close();
    if (head != sqliteMagic)
        refuse(tr("%1 is not a Challenge Workbench workspace (it is not an SQLite database).").arg(path));

    int version = 0;
    try {
        // A process killed in the middle of a write leaves a "hot" rollback journal. SQLite
        // restores the file from it on the first read through a writable connection; a
        // read-only one cannot, and would report the file as unreadable.
        if (QFile::exists(path + QStringLiteral("-journal"))) {
            const auto recovery = Database::openSqlite(path, Database::Access::ReadWrite);
            recovery->scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
        }
        const auto db = Database::openSqlite(path, Database::Access::ReadOnly);
        QSqlQuery integrity = db->exec(db->dialect().integrityCheck());
        QStringList problems;
        while (integrity.next()) {
            const QString row = integrity.value(0).toString();
            if (row != QLatin1String("ok"))
                problems.append(row);
        }
        if (!problems.isEmpty())
            refuse(tr("%1 is damaged: it fails the database integrity check. It has not been changed.")
                       .arg(path),
                   problems.mid(0, 10).join(QLatin1Char('\n')));
        if (!db->dialect().hasTable(db->connection(), QStringLiteral("workspace_meta")))
            refuse(tr("%1 is an SQLite database but not a Challenge Workbench workspace.").arg(path));
        const QString format =
            db->scalar(QStringLiteral("SELECT meta_value FROM workspace_meta WHERE meta_key = ?"),
                       {QStringLiteral("format")})
                .toString();
        if (format != QLatin1String(formatMarker))
            refuse(tr("%1 is an SQLite database but not a Challenge Workbench workspace.").arg(path));
        version = Migrator::currentVersion(*db);
    } catch (const WorkspaceRefused &) {
        throw;
    } catch (const StorageError &error) {
        refuse(tr("%1 cannot be opened as a workspace: it is damaged or not a workspace. It has not been "
                  "changed.")
                   .arg(path),
               error.detail());
    }
    const int latest = Migrator::latestVersion();
    if (version > latest)
        refuse(
            tr("%1 was written by a newer version of Challenge Workbench (workspace format %2; this version "
               "reads up to %3). Update the Workbench to open it; the file has not been changed.")
                .arg(path)
                .arg(version)
                .arg(latest));
    if (version < 1)
        refuse(tr("%1 is not a complete Challenge Workbench workspace.").arg(name));
    return version;
}

} // namespace cw

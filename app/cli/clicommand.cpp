#include "clicommand.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "workspace/workspace.h"

namespace cw {

std::unique_ptr<Workspace> CliCommand::openWorkspace(const QString &path, QTextStream &err)
{
    // Checked here so that a mistyped path never reaches the database driver, which could
    // otherwise create an empty file.
    if (!QFileInfo::exists(path)) {
        reportError(err, Error{tr("Cannot open workspace %1: the file does not exist.").arg(path), {}});
        return nullptr;
    }
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
    if (!opened) {
        reportError(err, opened.error(), path);
        return nullptr;
    }
    return std::move(opened).value();
}

void CliCommand::reportError(QTextStream &err, const Error &error, const QString &path)
{
    QString message = error.message;
    if (!path.isEmpty() && !message.contains(path) && !message.contains(QFileInfo(path).fileName()))
        message = path + QStringLiteral(": ") + message;
    err << QStringLiteral("cwb: ") << message << Qt::endl;
    if (!error.detail.isEmpty())
        err << QStringLiteral("  ") << error.detail << Qt::endl;
}

void CliCommand::writeJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace cw

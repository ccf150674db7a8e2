#include "clicommand.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
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

QString CliCommand::formatCount(qint64 count)
{
    static const QLocale ukEnglish(QLocale::English, QLocale::UnitedKingdom);
    return ukEnglish.toString(count);
}

QString CliCommand::checkArguments(const QCommandLineParser &parser) const
{
    Q_UNUSED(parser)
    return {};
}

void CliCommand::writeJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

void CliCommand::writeJson(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace cw

#include "initcommand.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include "workspace/workspace.h"

namespace cw {

namespace {
QString demoOption()
{
    return QStringLiteral("demo");
}
} // namespace

QString InitCommand::name() const
{
    return QStringLiteral("init");
}

QString InitCommand::summary() const
{
    return tr("Create a new workspace file with the reference areas and built-in plans");
}

QStringList InitCommand::argumentNames() const
{
    return {QStringLiteral("PATH")};
}

QList<QCommandLineOption> InitCommand::options() const
{
    return {QCommandLineOption(demoOption(), tr("Add illustrative demo data (not real figures)"))};
}

ExitStatus InitCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out)
    const QString path = parser.positionalArguments().constFirst();
    // The workspace refuses too; checking first gives the same answer for a directory or a
    // dangling name without touching anything.
    if (QFileInfo::exists(path)) {
        reportError(err, Error{tr("Cannot create workspace %1: the file already exists.").arg(path), {}});
        return ExitStatus::Failure;
    }

    CreateOptions createOptions;
    createOptions.demo = parser.isSet(demoOption());
    const Result<std::unique_ptr<Workspace>> created = Workspace::create(path, createOptions);
    if (!created) {
        reportError(err, created.error(), path);
        return ExitStatus::Failure;
    }

    if (createOptions.demo)
        err << tr("Created workspace %1 (demo data: illustrative)").arg(path) << Qt::endl;
    else
        err << tr("Created workspace %1").arg(path) << Qt::endl;
    return ExitStatus::Success;
}

} // namespace cw

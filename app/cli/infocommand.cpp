#include "infocommand.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QList>
#include <QPair>
#include <QTextStream>

#include "jsonwriter.h"
#include "workspace/workspace.h"

namespace cw {

namespace {
QString jsonOption()
{
    return QStringLiteral("json");
}
} // namespace

QString InfoCommand::name() const
{
    return QStringLiteral("info");
}

QString InfoCommand::summary() const
{
    return tr("Show a workspace's schema version and what it holds");
}

QStringList InfoCommand::argumentNames() const
{
    return {QStringLiteral("PATH")};
}

QList<QCommandLineOption> InfoCommand::options() const
{
    return {QCommandLineOption(jsonOption(), tr("Write JSON to standard output"))};
}

ExitStatus InfoCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.positionalArguments().constFirst();
    const std::unique_ptr<Workspace> workspace = openWorkspace(path, err);
    if (!workspace)
        return ExitStatus::Failure;

    const Result<WorkspaceInfo> result = workspace->info();
    if (!result) {
        reportError(err, result.error(), path);
        return ExitStatus::Failure;
    }
    WorkspaceInfo info = result.value();
    if (info.path.isEmpty())
        info.path = path;

    if (parser.isSet(jsonOption())) {
        writeJson(out, workspaceInfoToJson(info));
        return ExitStatus::Success;
    }

    const QList<QPair<QString, QString>> rows = {
        {tr("Path"), info.path},
        {tr("Schema version"), QString::number(info.schemaVersion)},
        {tr("Plans"), QString::number(info.plans)},
        {tr("Priorities"), QString::number(info.priorities)},
        {tr("Measures"), QString::number(info.measures)},
        {tr("Areas"), QString::number(info.areas)},
        {tr("Indicators"), QString::number(info.indicators)},
        {tr("Observations"), QString::number(info.observations)},
        {tr("Import batches"), QString::number(info.batches)},
        {tr("Demo data"), info.demo ? tr("yes (illustrative, not real figures)") : tr("no")},
    };
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size() + 1);
    for (const auto &row : rows)
        out << QString(row.first + QLatin1Char(':')).leftJustified(width + 1) << row.second << Qt::endl;
    return ExitStatus::Success;
}

} // namespace cw

#include "overridecommand.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

#include "analysis/trajectory.h"
#include "scorecardjson.h"
#include "services/overrideservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

QString measureOption()
{
    return QStringLiteral("measure");
}
QString planOption()
{
    return QStringLiteral("plan");
}
QString areaOption()
{
    return QStringLiteral("area");
}
QString statusOption()
{
    return QStringLiteral("status");
}
QString clearOption()
{
    return QStringLiteral("clear");
}
QString noteOption()
{
    return QStringLiteral("note");
}
QString jsonOption()
{
    return QStringLiteral("json");
}
QString defaultArea()
{
    return QStringLiteral("E23000001");
}

} // namespace

QString OverrideCommand::name() const
{
    return QStringLiteral("override");
}

QString OverrideCommand::summary() const
{
    return tr("Override a measure's status with officer judgement, or clear the override");
}

QString OverrideCommand::description() const
{
    return tr("The override is kept with its note, author and time; earlier ones stay in the "
              "history and the newest applies. --clear returns to the computed status. A note is "
              "always required. STATUS is one of on_track, at_risk, off_track, no_target, "
              "insufficient_data. The author is the configured user name (CW_USER overrides it).");
}

QStringList OverrideCommand::argumentNames() const
{
    return {QStringLiteral("WORKSPACE")};
}

QList<QCommandLineOption> OverrideCommand::options() const
{
    return {
        QCommandLineOption(measureOption(), tr("The measure's code"), QStringLiteral("CODE")),
        QCommandLineOption(planOption(), tr("The plan's code (default: the newest built-in plan)"),
                           QStringLiteral("CODE")),
        QCommandLineOption(
            areaOption(),
            tr("The area's GSS code (default %1, the Metropolitan Police force area)").arg(defaultArea()),
            QStringLiteral("CODE"), defaultArea()),
        QCommandLineOption(statusOption(), tr("The status to record"), QStringLiteral("STATUS")),
        QCommandLineOption(clearOption(), tr("Return to the computed status")),
        QCommandLineOption(noteOption(), tr("Why (required)"), QStringLiteral("TEXT")),
        QCommandLineOption(jsonOption(), tr("Write the recorded entry as JSON to standard output")),
    };
}

QStringList OverrideCommand::requiredOptions() const
{
    return {measureOption(), noteOption()};
}

QString OverrideCommand::checkArguments(const QCommandLineParser &parser) const
{
    if (parser.isSet(statusOption()) == parser.isSet(clearOption()))
        return tr("give either --status STATUS or --clear");
    if (parser.isSet(statusOption()) && !trajectoryStatusFromName(parser.value(statusOption())))
        return tr("--status '%1' is not a status (on_track, at_risk, off_track, no_target, "
                  "insufficient_data)")
            .arg(parser.value(statusOption()));
    if (parser.value(noteOption()).trimmed().isEmpty())
        return tr("--note needs the reason for the override");
    if (parser.value(measureOption()).trimmed().isEmpty())
        return tr("--measure needs a code");
    return {};
}

ExitStatus OverrideCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const std::unique_ptr<Workspace> workspace =
        openWorkspace(parser.positionalArguments().constFirst(), err);
    if (!workspace)
        return ExitStatus::Failure;
    OverrideService &overrides = workspace->overrides();
    const QString plan = parser.value(planOption());
    const QString measure = parser.value(measureOption()).trimmed();
    const QString area = parser.value(areaOption()).trimmed();
    const QString note = parser.value(noteOption());
    const Result<StatusOverride> entry =
        parser.isSet(clearOption())
            ? overrides.clear(plan, measure, area, note)
            : overrides.setStatus(plan, measure, area, parser.value(statusOption()), note);
    if (!entry) {
        reportError(err, entry.error(), workspace->path());
        return ExitStatus::Failure;
    }
    if (parser.isSet(jsonOption())) {
        QJsonObject object = overrideToJson(entry.value());
        object.insert(QStringLiteral("plan"), entry->planCode);
        object.insert(QStringLiteral("measure"), entry->measureCode);
        object.insert(QStringLiteral("area"), entry->areaCode);
        writeJson(out, object);
    }
    err << (entry->cleared() ? tr("Cleared the override of %1 in %2 (%3)")
                                   .arg(entry->measureCode, entry->areaCode, entry->planCode)
                             : tr("Recorded %1 for %2 in %3 (%4)")
                                   .arg(entry->status, entry->measureCode, entry->areaCode, entry->planCode))
        << Qt::endl;
    return ExitStatus::Success;
}

} // namespace cw

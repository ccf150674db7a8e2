#include "seriescommand.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QTextStream>

#include "domain/batch.h"
#include "domain/period.h"
#include "importjson.h"
#include "services/importservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

QString indicatorOption()
{
    return QStringLiteral("indicator");
}

QString areaOption()
{
    return QStringLiteral("area");
}

QString fromOption()
{
    return QStringLiteral("from");
}

QString toOption()
{
    return QStringLiteral("to");
}

QString batchOption()
{
    return QStringLiteral("batch");
}

QString jsonOption()
{
    return QStringLiteral("json");
}

// The Metropolitan Police force area.
QString defaultArea()
{
    return QStringLiteral("E23000001");
}

// A batch id as given on the command line, or 0 when it is not a positive whole number.
qint64 batchId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

QString SeriesCommand::name() const
{
    return QStringLiteral("series");
}

QString SeriesCommand::summary() const
{
    return tr("Show an indicator's values for one area, now or as at an earlier batch");
}

QString SeriesCommand::description() const
{
    return tr("Indicator keys are those the importers write, e.g. 'policeuk.street:Burglary'. Periods "
              "are keys such as 2024-01, 2024-Q1, 2024/25 or R12:2024-09. With --batch, each value is "
              "the one that was current when that batch was the newest, so that what an earlier "
              "meeting saw can be reproduced.");
}

QStringList SeriesCommand::argumentNames() const
{
    return {QStringLiteral("WORKSPACE")};
}

QList<QCommandLineOption> SeriesCommand::options() const
{
    return {
        QCommandLineOption(indicatorOption(), tr("The indicator key"), QStringLiteral("KEY")),
        QCommandLineOption(
            areaOption(),
            tr("The area's GSS code (default %1, the Metropolitan Police force area)").arg(defaultArea()),
            QStringLiteral("CODE"), defaultArea()),
        QCommandLineOption(fromOption(), tr("The first period to show"), QStringLiteral("PERIOD")),
        QCommandLineOption(toOption(), tr("The last period to show"), QStringLiteral("PERIOD")),
        QCommandLineOption(batchOption(), tr("Show the series as it stood when this batch was the newest"),
                           QStringLiteral("ID")),
        QCommandLineOption(jsonOption(), tr("Write JSON to standard output")),
    };
}

QStringList SeriesCommand::requiredOptions() const
{
    return {indicatorOption()};
}

QString SeriesCommand::checkArguments(const QCommandLineParser &parser) const
{
    if (parser.value(indicatorOption()).trimmed().isEmpty())
        return tr("--indicator needs a key");
    for (const QString &option : {fromOption(), toOption()}) {
        if (parser.isSet(option) && !Period::parse(parser.value(option)))
            return tr("--%1 '%2' is not a period (e.g. 2024-01, 2024-Q1, 2024/25)")
                .arg(option, parser.value(option));
    }
    if (parser.isSet(batchOption()) && batchId(parser.value(batchOption())) == 0)
        return tr("--batch '%1' is not a batch number").arg(parser.value(batchOption()));
    return {};
}

ExitStatus SeriesCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.positionalArguments().constFirst();
    const QString indicator = parser.value(indicatorOption()).trimmed();
    const QString area = parser.value(areaOption()).trimmed();
    const qint64 asOf = parser.isSet(batchOption()) ? batchId(parser.value(batchOption())) : 0;

    const std::unique_ptr<Workspace> workspace = openWorkspace(path, err);
    if (!workspace)
        return ExitStatus::Failure;
    ImportService &imports = workspace->imports();

    if (asOf > 0) {
        const Result<Batch> batch = imports.batch(asOf);
        if (!batch) {
            reportError(err, Error{tr("%1 has no batch %2.").arg(path).arg(asOf), batch.error().detail});
            return ExitStatus::Failure;
        }
    }

    const Result<QList<SeriesPoint>> points =
        imports.series(indicator, area, parser.value(fromOption()), parser.value(toOption()), asOf);
    if (!points) {
        reportError(err, points.error(), path);
        return ExitStatus::Failure;
    }

    if (parser.isSet(jsonOption())) {
        writeJson(out, seriesToJson(indicator, area, asOf, points.value()));
        return ExitStatus::Success;
    }
    if (points->isEmpty()) {
        err << tr("cwb: no values for %1 in %2").arg(indicator, area) << Qt::endl;
        return ExitStatus::Success;
    }
    qsizetype width = 0;
    for (const SeriesPoint &point : points.value())
        width = std::max(width, point.period.size());
    for (const SeriesPoint &point : points.value())
        out << point.period.leftJustified(width + 2) << number(point.value) << Qt::endl;
    return ExitStatus::Success;
}

} // namespace cw

#include "actionscommand.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

#include "actionjson.h"
#include "domain/actionfilter.h"
#include "report/actionlogcsv.h"
#include "report/actionlogxlsx.h"
#include "services/actionservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

const QString statusOption = QStringLiteral("status");
const QString overdueOption = QStringLiteral("overdue");
const QString ownerOption = QStringLiteral("owner");
const QString meetingOption = QStringLiteral("meeting");
const QString dueWithinOption = QStringLiteral("due-within");
const QString searchOption = QStringLiteral("search");
const QString todayOption = QStringLiteral("today");
const QString jsonOption = QStringLiteral("json");
const QString csvOption = QStringLiteral("csv");
const QString xlsxOption = QStringLiteral("xlsx");

QStringList statusValues(const QCommandLineParser &parser)
{
    QStringList out;
    for (const QString &value : parser.values(statusOption))
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.append(part.trimmed());
    return out;
}

} // namespace

QString ActionsCommand::name() const
{
    return QStringLiteral("actions");
}

QString ActionsCommand::summary() const
{
    return tr("List the challenge actions, filtered; or export them to CSV or XLSX");
}

QStringList ActionsCommand::argumentNames() const
{
    return {QStringLiteral("WORKSPACE")};
}

QList<QCommandLineOption> ActionsCommand::options() const
{
    return {QCommandLineOption(
                statusOption,
                tr("Only actions with status S (open, in_progress, completed, closed, superseded); "
                   "repeat or separate with commas"),
                QStringLiteral("S")),
            QCommandLineOption(overdueOption, tr("Only overdue actions")),
            QCommandLineOption(ownerOption, tr("Only actions whose MPS owner contains TEXT"),
                               QStringLiteral("TEXT")),
            QCommandLineOption(meetingOption, tr("Only actions raised at meeting ID"), QStringLiteral("ID")),
            QCommandLineOption(dueWithinOption, tr("Only outstanding actions due within N days"),
                               QStringLiteral("N")),
            QCommandLineOption(searchOption, tr("Only actions mentioning TEXT"), QStringLiteral("TEXT")),
            QCommandLineOption(todayOption, tr("Measure overdue against this date (default: today)"),
                               QStringLiteral("YYYY-MM-DD")),
            QCommandLineOption(jsonOption, tr("Write JSON to standard output")),
            QCommandLineOption(csvOption, tr("Write the listed actions to a CSV file (for Excel)"),
                               QStringLiteral("FILE")),
            QCommandLineOption(xlsxOption, tr("Write the listed actions to an XLSX workbook"),
                               QStringLiteral("FILE"))};
}

QString ActionsCommand::checkArguments(const QCommandLineParser &parser) const
{
    for (const QString &s : statusValues(parser))
        if (!actionStatusFromName(s))
            return tr("--status '%1' is not one of open, in_progress, completed, closed, superseded").arg(s);
    bool ok = true;
    if (parser.isSet(meetingOption) && (parser.value(meetingOption).toLongLong(&ok), !ok))
        return tr("--meeting '%1' is not a meeting id").arg(parser.value(meetingOption));
    if (parser.isSet(dueWithinOption) && (parser.value(dueWithinOption).toInt(&ok) < 0 || !ok))
        return tr("--due-within '%1' is not a number of days").arg(parser.value(dueWithinOption));
    if (parser.isSet(todayOption) && !QDate::fromString(parser.value(todayOption), Qt::ISODate).isValid())
        return tr("--today '%1' is not a date (YYYY-MM-DD)").arg(parser.value(todayOption));
    return {};
}

ExitStatus ActionsCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.positionalArguments().constFirst();
    const std::unique_ptr<Workspace> workspace = openWorkspace(path, err);
    if (!workspace)
        return ExitStatus::Failure;
    ActionFilter filter;
    for (const QString &s : statusValues(parser))
        filter.statuses.insert(*actionStatusFromName(s));
    filter.overdueOnly = parser.isSet(overdueOption);
    filter.owner = parser.value(ownerOption);
    filter.meetingId = parser.value(meetingOption).toLongLong();
    filter.dueWithinDays = parser.isSet(dueWithinOption) ? parser.value(dueWithinOption).toInt() : -1;
    filter.search = parser.value(searchOption);
    filter.today = parser.isSet(todayOption) ? QDate::fromString(parser.value(todayOption), Qt::ISODate)
                                             : QDate::currentDate();
    const auto all = workspace->actions().actions();
    if (!all) {
        reportError(err, all.error(), path);
        return ExitStatus::Failure;
    }
    QList<Action> rows;
    std::copy_if(all->cbegin(), all->cend(), std::back_inserter(rows),
                 [&](const Action &a) { return filter.matches(a); });

    bool exported = false;
    if (parser.isSet(csvOption)) {
        if (auto written = ActionLogCsvWriter::writeFile(parser.value(csvOption), rows, filter.today);
            !written) {
            reportError(err, written.error(), parser.value(csvOption));
            return ExitStatus::Failure;
        }
        err << tr("cwb: wrote %n action(s) to %1", nullptr, int(rows.size())).arg(parser.value(csvOption))
            << Qt::endl;
        exported = true;
    }
    if (parser.isSet(xlsxOption)) {
        if (auto written = ActionLogXlsxWriter::writeFile(parser.value(xlsxOption), rows, filter.today);
            !written) {
            reportError(err, written.error(), parser.value(xlsxOption));
            return ExitStatus::Failure;
        }
        err << tr("cwb: wrote %n action(s) to %1", nullptr, int(rows.size())).arg(parser.value(xlsxOption))
            << Qt::endl;
        exported = true;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Action &a : rows)
            array.append(actionToJson(a, filter.today));
        QJsonObject counts;
        for (ActionStatus s : allActionStatuses())
            counts.insert(toName(s), int(std::count_if(all->cbegin(), all->cend(), [&](const Action &a) {
                              return a.status == s && filter.matchesIgnoringStatus(a);
                          })));
        writeJson(out, QJsonObject{{QStringLiteral("today"), filter.today.toString(Qt::ISODate)},
                                   {QStringLiteral("counts_by_status"), counts},
                                   {QStringLiteral("actions"), array}});
        return ExitStatus::Success;
    }
    if (exported)
        return ExitStatus::Success;
    if (rows.isEmpty()) {
        err << tr("cwb: no actions match") << Qt::endl;
        return ExitStatus::Success;
    }
    QList<QStringList> table{{tr("Reference"), tr("Due"), tr("Status"), tr("Owner"), tr("Title")}};
    for (const Action &a : rows) {
        QString status = displayName(a.status);
        if (a.isOverdue(filter.today))
            status += tr(" (overdue, %1 d)").arg(a.daysOverdue(filter.today));
        if (!a.supersededByReference.isEmpty())
            status += tr(" by %1").arg(a.supersededByReference);
        table.append({a.reference, a.dueDate.toString(Qt::ISODate), status, a.owner.display(), a.title});
    }
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList &row : table)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths.at(c), row.at(c).size());
    for (const QStringList &row : table) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c)
            cells << (c + 1 == row.size() ? row.at(c) : row.at(c).leftJustified(widths.at(c)));
        out << cells.join(QStringLiteral("  ")) << Qt::endl;
    }
    return ExitStatus::Success;
}

} // namespace cw

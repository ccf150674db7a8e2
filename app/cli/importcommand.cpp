#include "importcommand.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

#include "domain/batch.h"
#include "importjson.h"
#include "ingest/formatregistry.h"
#include "interruptguard.h"
#include "services/importservice.h"
#include "terminalprogress.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

QString formatOption()
{
    return QStringLiteral("format");
}

QString skipInvalidOption()
{
    return QStringLiteral("skip-invalid");
}

QString jsonOption()
{
    return QStringLiteral("json");
}

// How many of a file's problems text mode lists; JSON has them all (up to the kept 1,000).
constexpr qsizetype issuesShown = 20;

// "data.csv:12:3: message", like a compiler, so that editors can jump to the place.
QString located(const QString &file, const ImportIssue &issue)
{
    QString place = file;
    if (issue.line > 0)
        place += QLatin1Char(':') + QString::number(issue.line);
    if (issue.line > 0 && issue.column > 0)
        place += QLatin1Char(':') + QString::number(issue.column);
    return place + QStringLiteral(": ") + issue.message;
}

// "1 row" or "7,215 rows": `many` has %1 for the number.
QString counted(qint64 count, const QString &one, const QString &many)
{
    return count == 1 ? one : many.arg(CliCommand::formatCount(count));
}

// The worst outcome decides the exit status: a failure over a rejection over success.
ExitStatus combine(ExitStatus worst, ImportReport::Status status)
{
    switch (status) {
    case ImportReport::Status::Imported:
    case ImportReport::Status::Unchanged:
        return worst;
    case ImportReport::Status::Rejected:
        return worst == ExitStatus::Failure ? worst : ExitStatus::Rejected;
    case ImportReport::Status::Cancelled:
    case ImportReport::Status::Failed:
        return ExitStatus::Failure;
    }
    return ExitStatus::Failure;
}

} // namespace

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::summary() const
{
    return tr("Import published data files into a workspace, one batch per file");
}

QString ImportCommand::description() const
{
    return tr("Each file is read and checked in full, then written in one transaction: a file with "
              "an invalid row is rejected and nothing of it is written (unless --skip-invalid), and a "
              "file already imported byte for byte is left as it was. Values that differ from the "
              "current ones become a new vintage; earlier vintages stay available (see 'cwb series "
              "--batch'). The format is detected from the header unless --format is given.\n"
              "\n"
              "Formats: %1\n"
              "\n"
              "Problems are listed on standard error as FILE:LINE:COLUMN: message. Exit status: 0 "
              "every file imported or unchanged, 3 a file was rejected as invalid, 1 an import "
              "failed or was cancelled (Ctrl+C), 2 usage error.")
        .arg(FormatRegistry::names().join(QStringLiteral(", ")));
}

QStringList ImportCommand::argumentNames() const
{
    return {QStringLiteral("WORKSPACE"), QStringLiteral("FILE...")};
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return {
        QCommandLineOption(formatOption(), tr("Read the files as this format instead of detecting it"),
                           QStringLiteral("NAME")),
        QCommandLineOption(skipInvalidOption(), tr("Import the valid rows and list the invalid ones")),
        QCommandLineOption(jsonOption(), tr("Write a JSON report per file to standard output")),
    };
}

QString ImportCommand::checkArguments(const QCommandLineParser &parser) const
{
    const QString format = parser.value(formatOption());
    const QStringList known = FormatRegistry::names();
    if (parser.isSet(formatOption()) && !known.contains(format))
        return tr("unknown format '%1' (known formats: %2)").arg(format, known.join(QStringLiteral(", ")));
    return {};
}

ExitStatus ImportCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList arguments = parser.positionalArguments();
    const QString path = arguments.constFirst();
    const QStringList files = arguments.mid(1);
    const bool json = parser.isSet(jsonOption());

    const std::unique_ptr<Workspace> workspace = openWorkspace(path, err);
    if (!workspace)
        return ExitStatus::Failure;

    ImportOptions importOptions;
    importOptions.format = parser.value(formatOption());
    importOptions.skipInvalid = parser.isSet(skipInvalidOption());

    const InterruptGuard interrupt;
    ExitStatus status = ExitStatus::Success;
    QJsonArray reports;
    for (const QString &file : files) {
        ImportReport report;
        {
            TerminalProgress progress(err, file);
            report = workspace->imports().importFile(file, importOptions, [&](qint64 done, qint64 total) {
                progress.update(done, total);
                return !interrupt.interrupted();
            });
        }
        status = combine(status, report.status);
        if (json) {
            reports.append(importReportToJson(report, file));
        } else {
            writeSummary(out, report, file);
            writeIssues(err, report, file);
        }
        if (interrupt.interrupted())
            break;
    }
    if (json)
        writeJson(out, reports);
    return status;
}

void ImportCommand::writeSummary(QTextStream &out, const ImportReport &report, const QString &file)
{
    switch (report.status) {
    case ImportReport::Status::Imported: {
        const QStringList parts{
            counted(report.rowsRead, tr("1 row"), tr("%1 rows")),
            counted(report.observationsWritten, tr("1 observation"), tr("%1 observations")),
            //: values that differed from the current ones and became a new vintage
            tr("%1 revised").arg(formatCount(report.valuesRevised)),
            //: repeated rows (the same police.uk Crime ID) counted once
            counted(report.duplicatesDropped, tr("1 duplicate dropped"), tr("%1 duplicates dropped")),
        };
        QString line = tr("imported %1 as batch %2: %3")
                           .arg(file, QString::number(report.batchId), parts.join(QStringLiteral(", ")));
        if (report.rowsRejected > 0) {
            line += QStringLiteral(", ") +
                    counted(report.rowsRejected, tr("1 invalid row skipped"), tr("%1 invalid rows skipped"));
        }
        if (report.unallocated > 0)
            line += QStringLiteral(", ") + tr("%1 unallocated").arg(formatCount(report.unallocated));
        if (report.notImported > 0) {
            //: valid rows for areas the workspace does not hold (e.g. other police forces)
            line += QStringLiteral(", ") +
                    tr("%1 rows for other areas not imported").arg(formatCount(report.notImported));
        }
        out << line << Qt::endl;
        break;
    }
    case ImportReport::Status::Unchanged:
        if (report.batchId > 0)
            out << tr("unchanged %1: already imported as batch %2").arg(file).arg(report.batchId) << Qt::endl;
        else
            out << tr("unchanged %1: nothing new").arg(file) << Qt::endl;
        break;
    case ImportReport::Status::Rejected:
        out << tr("rejected %1: %2, nothing written")
                   .arg(file, counted(std::max(report.rowsRejected, report.errorCount), tr("1 invalid row"),
                                      tr("%1 invalid rows")))
            << Qt::endl;
        break;
    case ImportReport::Status::Cancelled:
        out << tr("cancelled %1: nothing written").arg(file) << Qt::endl;
        break;
    case ImportReport::Status::Failed:
        out << tr("failed %1: nothing written").arg(file) << Qt::endl;
        break;
    }
}

void ImportCommand::writeIssues(QTextStream &err, const ImportReport &report, const QString &file)
{
    const bool skipped = report.status == ImportReport::Status::Imported;
    if ((report.status == ImportReport::Status::Failed || report.status == ImportReport::Status::Rejected) &&
        !report.message.isEmpty())
        reportError(err, Error{report.message}, file);
    const qsizetype shown = std::min(issuesShown, report.errors.size());
    for (qsizetype i = 0; i < shown; ++i) {
        ImportIssue issue = report.errors.at(i);
        if (skipped)
            issue.message = tr("skipped: %1").arg(issue.message);
        err << located(file, issue) << Qt::endl;
    }
    const qint64 total = std::max<qint64>(report.errorCount, report.errors.size());
    if (total > shown)
        err << tr("%1: %2 more problems not shown (use --json to list them)")
                   .arg(file, formatCount(total - shown))
            << Qt::endl;
}

} // namespace cw

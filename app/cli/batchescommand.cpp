#include "batchescommand.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

#include "domain/batch.h"
#include "importjson.h"
#include "services/importservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

QString jsonOption()
{
    return QStringLiteral("json");
}

} // namespace

QString BatchesCommand::name() const
{
    return QStringLiteral("batches");
}

QString BatchesCommand::summary() const
{
    return tr("List the import batches with what each brought in");
}

QStringList BatchesCommand::argumentNames() const
{
    return {QStringLiteral("WORKSPACE")};
}

QList<QCommandLineOption> BatchesCommand::options() const
{
    return {QCommandLineOption(jsonOption(), tr("Write JSON to standard output"))};
}

ExitStatus BatchesCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.positionalArguments().constFirst();
    const std::unique_ptr<Workspace> workspace = openWorkspace(path, err);
    if (!workspace)
        return ExitStatus::Failure;

    const Result<QList<Batch>> batches = workspace->imports().batches();
    if (!batches) {
        reportError(err, batches.error(), path);
        return ExitStatus::Failure;
    }

    if (parser.isSet(jsonOption())) {
        QJsonArray array;
        for (const Batch &batch : batches.value())
            array.append(batchToJson(batch));
        writeJson(out, QJsonObject{{QStringLiteral("batches"), array}});
        return ExitStatus::Success;
    }

    if (batches->isEmpty()) {
        err << tr("cwb: %1 has no import batches").arg(path) << Qt::endl;
        return ExitStatus::Success;
    }
    const QStringList header{tr("ID"),   tr("Imported (UTC)"), tr("By"),      tr("Format"),
                             tr("Rows"), tr("Observations"),   tr("Revised"), tr("File")};
    QList<QStringList> rows{header};
    for (const Batch &batch : batches.value()) {
        rows.append({QString::number(batch.id),
                     batch.importedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), batch.importedBy,
                     batch.format, formatCount(batch.rowsRead), formatCount(batch.observationsWritten),
                     formatCount(batch.valuesRevised),
                     batch.demo ? tr("%1 (demo)").arg(batch.label) : batch.label});
    }
    // Numbers right-aligned, text left-aligned; the last column is not padded.
    const QList<bool> numeric{true, false, false, false, true, true, true, false};
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i + 1 == row.size())
                cells << row.at(i);
            else if (numeric.at(i))
                cells << row.at(i).rightJustified(widths.at(i));
            else
                cells << row.at(i).leftJustified(widths.at(i));
        }
        out << cells.join(QStringLiteral("  ")) << Qt::endl;
    }
    return ExitStatus::Success;
}

} // namespace cw

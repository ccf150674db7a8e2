#include "batchremovecommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "domain/batch.h"
#include "services/importservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

// The batch id as given, or 0 when it is not a positive whole number.
qint64 batchId(const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace

QString BatchRemoveCommand::name() const
{
    return QStringLiteral("batch remove");
}

QString BatchRemoveCommand::summary() const
{
    return tr("Remove an import batch, restoring the values that were current before it");
}

QString BatchRemoveCommand::description() const
{
    return tr("The batch's observations and its report go in one transaction; where the batch "
              "revised a value, the earlier vintage becomes current again. ID is a number from "
              "'cwb batches'. This cannot be undone, but the file can be imported again.");
}

QStringList BatchRemoveCommand::argumentNames() const
{
    return {QStringLiteral("WORKSPACE"), QStringLiteral("ID")};
}

QString BatchRemoveCommand::checkArguments(const QCommandLineParser &parser) const
{
    if (batchId(parser) == 0)
        return tr("'%1' is not a batch number").arg(parser.positionalArguments().value(1));
    return {};
}

ExitStatus BatchRemoveCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out)
    const QString path = parser.positionalArguments().constFirst();
    const qint64 id = batchId(parser);
    const std::unique_ptr<Workspace> workspace = openWorkspace(path, err);
    if (!workspace)
        return ExitStatus::Failure;
    ImportService &imports = workspace->imports();

    const Result<Batch> batch = imports.batch(id);
    if (!batch) {
        reportError(err, Error{tr("%1 has no batch %2.").arg(path).arg(id), batch.error().detail});
        return ExitStatus::Failure;
    }
    const Result<void> removed = imports.removeBatch(id);
    if (!removed) {
        reportError(err, removed.error(), path);
        return ExitStatus::Failure;
    }
    err << tr("Removed batch %1 (%2, %3 observations)")
               .arg(QString::number(id), batch->label, formatCount(batch->observationsWritten))
        << Qt::endl;
    return ExitStatus::Success;
}

} // namespace cw

#pragma once

#include "clicommand.h"

namespace cw {

// `cwb batches WORKSPACE [--json]`: the import batches of a workspace, oldest first.
class BatchesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BatchesCommand)

public:
    QString name() const override;
    QString summary() const override;
    QStringList argumentNames() const override;
    QList<QCommandLineOption> options() const override;
    ExitStatus run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace cw

#pragma once

#include "clicommand.h"

namespace cw {

// `cwb batch remove WORKSPACE ID`: removes an import batch with everything it brought in;
// values it revised go back to what was current before it.
class BatchRemoveCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BatchRemoveCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QStringList argumentNames() const override;
    QString checkArguments(const QCommandLineParser &parser) const override;
    ExitStatus run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace cw

#pragma once

#include "clicommand.h"

namespace cw {

// `cwb action show WORKSPACE REF [--json] [--today YYYY-MM-DD]`: one action with its follow-ups
// and audit entries.
class ActionShowCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActionShowCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QStringList argumentNames() const override;
    QList<QCommandLineOption> options() const override;
    QStringList requiredOptions() const override;
    QString checkArguments(const QCommandLineParser &parser) const override;
    ExitStatus run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace cw

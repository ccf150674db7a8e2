#pragma once

#include "clicommand.h"

namespace cw {

// `cwb action add WORKSPACE --meeting ID --title T --owner O --due YYYY-MM-DD [--lead L]
// [--measure CODE]... [--detail TEXT] [--priority P]`: records an action and prints its reference.
class ActionAddCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActionAddCommand)

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

#pragma once

#include "clicommand.h"

namespace cw {

// `cwb actions WORKSPACE [--status S]... [--overdue] [--owner TEXT] [--meeting ID]
// [--due-within N] [--search TEXT] [--today YYYY-MM-DD] [--json] [--csv FILE] [--xlsx FILE]`:
// the action log, filtered, in reference order, as a table, JSON or an export.
class ActionsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActionsCommand)

public:
    QString name() const override;
    QString summary() const override;
    QStringList argumentNames() const override;
    QList<QCommandLineOption> options() const override;
    QString checkArguments(const QCommandLineParser &parser) const override;
    ExitStatus run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace cw

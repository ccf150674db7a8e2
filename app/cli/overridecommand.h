#pragma once

#include "clicommand.h"

namespace cw {

// `cwb override WORKSPACE --measure CODE [--plan CODE] [--area CODE] (--status S | --clear)
// --note TEXT`: records officer judgement on a measure's status (or returns it to the computed
// status), with the note, the author (cw::currentUserName(); CW_USER overrides) and the time.
class OverrideCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(OverrideCommand)

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

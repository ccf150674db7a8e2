#pragma once

#include "clicommand.h"

namespace cw {

// `cwb action update WORKSPACE REF [--status S] [--superseded-by REF] [--evidence TEXT]
// [--date YYYY-MM-DD] [--corrects ID] --note TEXT`: appends a follow-up (and a status change).
class ActionUpdateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActionUpdateCommand)

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

#pragma once

#include "clicommand.h"

namespace cw {

// `cwb meetings WORKSPACE [--json]`: the meetings, next meeting first, with their pack versions.
class MeetingsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MeetingsCommand)

public:
    QString name() const override;
    QString summary() const override;
    QStringList argumentNames() const override;
    QList<QCommandLineOption> options() const override;
    ExitStatus run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace cw

#pragma once

#include "clicommand.h"

namespace cw {

// `cwb series WORKSPACE --indicator KEY [--area CODE] [--from PERIOD] [--to PERIOD]
// [--batch ID] [--json]`: one indicator's values for one area, as they are now or as they
// stood when a given batch was the newest.
class SeriesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SeriesCommand)

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

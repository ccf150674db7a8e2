#pragma once

#include "performancecommand.h"

namespace cw {

// `cwb measure WORKSPACE CODE [--plan CODE] [--as-of YYYY-MM] [--area CODE] [--json]`: one
// measure in full — its series at the scorecard grain with the trajectory, the control chart's
// phases, limits and signals, and its status and change.
class MeasureCommand : public PerformanceCommand
{
    Q_DECLARE_TR_FUNCTIONS(MeasureCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QStringList argumentNames() const override;
    QString checkArguments(const QCommandLineParser &parser) const override;
    ExitStatus run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    static void writeText(QTextStream &out, const MeasureDetail &detail);
};

} // namespace cw

#pragma once

#include "performancecommand.h"

namespace cw {

// `cwb scorecard WORKSPACE [--plan CODE] [--as-of YYYY-MM] [--area CODE] [--json]`: every
// measure of a plan in one area with its latest value, baseline, target, status and the parts
// of that status (change, control chart, comparators), grouped by priority.
class ScorecardCommand : public PerformanceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QStringList argumentNames() const override;
    ExitStatus run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    static void writeTable(QTextStream &out, const Context &context, const QList<ScorecardRow> &rows);
};

} // namespace cw

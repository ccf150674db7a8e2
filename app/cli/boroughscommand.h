#pragma once

#include "performancecommand.h"

namespace cw {

struct BoroughComparison;

// `cwb boroughs WORKSPACE CODE [--plan CODE] [--as-of YYYY-MM] [--json]`: one measure across
// the London boroughs: latest value, population, rate per 1,000 residents, change, status and
// the funnel position against London (exceptions outside the 95% and 99.8% limits).
class BoroughsCommand : public PerformanceCommand
{
    Q_DECLARE_TR_FUNCTIONS(BoroughsCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QStringList argumentNames() const override;
    QList<QCommandLineOption> options() const override;
    ExitStatus run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    static void writeTable(QTextStream &out, const BoroughComparison &comparison);
    static void writeJson(QTextStream &out, const BoroughComparison &comparison);
};

} // namespace cw

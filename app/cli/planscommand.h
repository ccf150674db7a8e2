#pragma once

#include "clicommand.h"

namespace cw {

struct Measure;
struct Plan;

// `cwb plans PATH [--json]`: the plans with their priorities, measures and targets; as an
// indented outline for a terminal, or as JSON (see jsonwriter.h).
class PlansCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlansCommand)

public:
    QString name() const override;
    QString summary() const override;
    QStringList argumentNames() const override;
    QList<QCommandLineOption> options() const override;
    ExitStatus run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    static void writePlan(QTextStream &out, const Plan &plan);
    static void writeMeasure(QTextStream &out, const Measure &measure);
};

} // namespace cw

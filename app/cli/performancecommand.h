#pragma once

#include <memory>
#include <optional>

#include "clicommand.h"
#include "domain/enums.h"
#include "domain/plan.h"
#include "services/scorecardservice.h"

namespace cw {

// The shared part of the commands that report performance against a Plan (`cwb scorecard`,
// `cwb measure`): the --plan, --area, --as-of and hidden --timing options, opening the
// workspace and finding the plan, and writing values for people.
class PerformanceCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceCommand)

public:
    QList<QCommandLineOption> options() const override;
    QString checkArguments(const QCommandLineParser &parser) const override;

protected:
    // An open workspace and what the command line asked of it.
    struct Context
    {
        std::unique_ptr<Workspace> workspace;
        Plan plan;                // the plan asked for, or the first (newest built-in) one
        ScorecardOptions options; // planCode always set
    };

    // Opens the workspace named by the first argument and finds the plan; on failure reports
    // why on `err` and returns std::nullopt.
    static std::optional<Context> open(const QCommandLineParser &parser, QTextStream &err);

    static bool wantsJson(const QCommandLineParser &parser);
    static bool wantsTiming(const QCommandLineParser &parser);
    // "timing: 12.345 ms" on `err` (for bench/scorecard-bench), when --timing was given.
    static void reportTiming(const QCommandLineParser &parser, QTextStream &err, qint64 nanoseconds);

    // A value for people in the measure's unit ("34,104", "56.8%", "12.5"); "–" when absent.
    static QString formatValue(const std::optional<double> &value, Unit unit);
};

} // namespace cw

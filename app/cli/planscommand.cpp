#include "planscommand.h"

#include <optional>

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

#include "domain/period.h"
#include "domain/plan.h"
#include "jsonwriter.h"
#include "services/planservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

QString jsonOption()
{
    return QStringLiteral("json");
}

const QString indent = QStringLiteral("  ");
const QString dash = QStringLiteral(" \u2014 "); // em dash between a code and its title

// "April 2013" for a month key; the key itself when it is not a period.
QString periodLabel(const QString &key)
{
    const std::optional<Period> period = Period::parse(key);
    return period ? period->label() : key;
}

QString number(double value)
{
    // 'f' so that large money figures read "2,600,000,000", not "2.6e+09".
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

QString PlansCommand::name() const
{
    return QStringLiteral("plans");
}

QString PlansCommand::summary() const
{
    return tr("List the plans with their priorities, measures and targets");
}

QStringList PlansCommand::argumentNames() const
{
    return {QStringLiteral("PATH")};
}

QList<QCommandLineOption> PlansCommand::options() const
{
    return {QCommandLineOption(jsonOption(), tr("Write JSON to standard output"))};
}

ExitStatus PlansCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.positionalArguments().constFirst();
    const std::unique_ptr<Workspace> workspace = openWorkspace(path, err);
    if (!workspace)
        return ExitStatus::Failure;

    const Result<QList<Plan>> plans = workspace->plans().plans();
    if (!plans) {
        reportError(err, plans.error(), path);
        return ExitStatus::Failure;
    }

    if (parser.isSet(jsonOption())) {
        writeJson(out, plansToJson(plans.value()));
        return ExitStatus::Success;
    }
    bool first = true;
    for (const Plan &plan : plans.value()) {
        if (!first)
            out << Qt::endl;
        first = false;
        writePlan(out, plan);
    }
    out.flush();
    return ExitStatus::Success;
}

void PlansCommand::writePlan(QTextStream &out, const Plan &plan)
{
    out << plan.code << dash << plan.title << Qt::endl;

    QStringList facts{tr("%1 to %2").arg(periodLabel(plan.startPeriod), periodLabel(plan.endPeriod))};
    if (plan.builtin)
        facts << tr("built-in, read-only");
    if (!plan.copiedFrom.isEmpty())
        facts << tr("copy of %1").arg(plan.copiedFrom);
    out << indent << facts.join(QStringLiteral("; ")) << Qt::endl;

    for (const QString &aim : plan.aims)
        out << indent << tr("Aim: %1").arg(aim) << Qt::endl;

    for (const Priority &priority : plan.priorities) {
        out << Qt::endl << indent << priority.code << dash << priority.title << Qt::endl;
        if (priority.measures.isEmpty())
            out << indent << indent << tr("(no measures)") << Qt::endl;
        for (const Measure &measure : priority.measures)
            writeMeasure(out, measure);
    }
}

void PlansCommand::writeMeasure(QTextStream &out, const Measure &measure)
{
    const QString prefix = indent + indent;
    const QString detail = prefix + indent + indent;
    out << prefix << measure.code << dash << measure.title << Qt::endl;

    out << detail << displayName(measure.polarity) << QStringLiteral("; ") << displayName(measure.frequency)
        << QStringLiteral("; ") << displayName(measure.unit) << Qt::endl;

    if (measure.baseline.value) {
        out << detail
            << tr("Baseline: %1 (%2)")
                   .arg(number(*measure.baseline.value), periodLabel(measure.baseline.period))
            << Qt::endl;
    } else if (!measure.baseline.period.isEmpty()) {
        out << detail << tr("Baseline: %1 (not published)").arg(periodLabel(measure.baseline.period))
            << Qt::endl;
    }

    QString target = measure.target.text;
    if (target.isEmpty()) {
        target = displayName(measure.target.kind);
        if (measure.target.value)
            target += QStringLiteral(" ") + number(*measure.target.value);
    }
    if (measure.target.period.isEmpty())
        out << detail << tr("Target: %1").arg(target) << Qt::endl;
    else
        out << detail << tr("Target by %1: %2").arg(periodLabel(measure.target.period), target) << Qt::endl;
}

} // namespace cw

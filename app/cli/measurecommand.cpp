#include "measurecommand.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>

#include "analysis/changeflag.h"
#include "analysis/controlchart.h"
#include "analysis/trajectory.h"
#include "scorecardjson.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

QString measureCode(const QCommandLineParser &parser)
{
    return parser.positionalArguments().value(1).trimmed();
}

// The rules of the signals that point `index` takes part in ("beyond_limit, shift"), or empty.
QString signalsAt(const XmrChart &chart, int index)
{
    QStringList rules;
    for (const XmrSignal &signal : chart.specialCauses) {
        if (signal.first <= index && index <= signal.last && !rules.contains(toName(signal.rule)))
            rules << toName(signal.rule);
    }
    return rules.join(QStringLiteral(", "));
}

} // namespace

QString MeasureCommand::name() const
{
    return QStringLiteral("measure");
}

QString MeasureCommand::summary() const
{
    return tr("Show one measure's series with its trajectory, control limits and signals");
}

QString MeasureCommand::description() const
{
    return tr("CODE is the measure's code in the plan, e.g. ROBBERY. Monthly counts are listed by "
              "month with the rolling 12 months ending there (the scorecard grain) beside them; other "
              "measures as published. The control chart is an XmR chart over the months for monthly "
              "counts and over the published points otherwise, with a new phase at each series break; "
              "signals are a point beyond a limit, a shift (7 on one side of the mean), a trend (7 "
              "rising or falling) and two of three beyond a near limit.");
}

QStringList MeasureCommand::argumentNames() const
{
    return {QStringLiteral("WORKSPACE"), QStringLiteral("CODE")};
}

QString MeasureCommand::checkArguments(const QCommandLineParser &parser) const
{
    if (measureCode(parser).isEmpty())
        return tr("CODE needs a measure code");
    return PerformanceCommand::checkArguments(parser);
}

ExitStatus MeasureCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const std::optional<Context> context = open(parser, err);
    if (!context)
        return ExitStatus::Failure;

    // Found here, not left to the service, so that the message can list the plan's codes.
    const QString wanted = measureCode(parser);
    QString code;
    QStringList codes;
    for (const Priority &priority : context->plan.priorities) {
        for (const Measure &measure : priority.measures) {
            codes << measure.code;
            if (measure.code.compare(wanted, Qt::CaseInsensitive) == 0)
                code = measure.code;
        }
    }
    if (code.isEmpty()) {
        reportError(err, Error{tr("Plan %1 has no measure %2 (measures: %3).")
                                   .arg(context->plan.code, wanted, codes.join(QStringLiteral(", ")))});
        return ExitStatus::Failure;
    }

    QElapsedTimer timer;
    timer.start();
    const Result<MeasureDetail> detail = context->workspace->scorecards().measure(code, context->options);
    reportTiming(parser, err, timer.nsecsElapsed());
    if (!detail) {
        reportError(err, detail.error(), context->workspace->path());
        return ExitStatus::Failure;
    }

    if (wantsJson(parser))
        writeJson(out, measureDetailToJson(detail.value(), context->options.asOf));
    else
        writeText(out, detail.value());
    return ExitStatus::Success;
}

void MeasureCommand::writeText(QTextStream &out, const MeasureDetail &detail)
{
    const ScorecardRow &row = detail.row;
    const Unit unit = row.measure.unit;
    out << row.measure.code << QStringLiteral(" — ") << row.measure.title << QStringLiteral(", ")
        << row.areaCode << Qt::endl;
    if (row.latest)
        out << tr("Latest: %1 (%2)").arg(formatValue(row.latest->value, unit), row.latest->period.label())
            << Qt::endl;
    out << tr("Status: %1").arg(displayName(row.status.effectiveStatus()));
    if (!row.status.reason.isEmpty())
        out << QStringLiteral(" (") << row.status.reason << QLatin1Char(')');
    out << Qt::endl;
    out << tr("Baseline: %1   Target: %2")
               .arg(formatValue(row.baselineValue, unit) +
                        (row.baselinePeriod.isEmpty()
                             ? QString()
                             : QStringLiteral(" (") + row.baselinePeriod + QLatin1Char(')')),
                    formatValue(row.targetValue, unit))
        << Qt::endl;
    out << tr("Change: %1").arg(displayName(row.change.flag));
    if (!row.change.comparison.isEmpty())
        out << QStringLiteral(" (") << row.change.comparison << QLatin1Char(')');
    out << Qt::endl;
    if (detail.points.isEmpty()) {
        out << tr("(no data)") << Qt::endl;
        return;
    }

    // One line per point of the control chart (the months, for monthly counts), with the point
    // at the scorecard grain that ends there (the rolling 12 months) and its trajectory value.
    const QList<MeasurePoint> &charted = chartPoints(detail);
    const bool monthly = &charted != &detail.points;
    QHash<QDate, int> pointEnding;
    for (int i = 0; i < detail.points.size(); ++i)
        pointEnding.insert(detail.points.at(i).period.end(), i);

    out << Qt::endl;
    QStringList header{tr("Period"), tr("Value")};
    if (monthly)
        header << tr("12 months");
    header << tr("Trajectory") << tr("Mean") << tr("Lower") << tr("Upper") << tr("Signals");
    QList<QStringList> lines{header};
    for (int i = 0; i < charted.size(); ++i) {
        const MeasurePoint &point = charted.at(i);
        const int scorecardIndex = pointEnding.value(point.period.end(), -1);
        const XmrPhase *phase = detail.chart.phaseAt(i);
        const bool limits = phase && phase->hasLimits;
        const auto limit = [limits](double value) {
            return limits ? std::optional<double>(value) : std::nullopt;
        };
        QStringList line{point.period.key(), formatValue(point.value, unit)};
        if (monthly)
            line << formatValue(scorecardIndex >= 0
                                    ? std::optional<double>(detail.points.at(scorecardIndex).value)
                                    : std::nullopt,
                                unit);
        line << formatValue(detail.trajectory.value(scorecardIndex), unit)
             << formatValue(phase && phase->points > 0 ? std::optional<double>(phase->mean) : std::nullopt,
                            unit)
             << formatValue(limit(phase ? phase->lowerLimit : 0), unit)
             << formatValue(limit(phase ? phase->upperLimit : 0), unit) << signalsAt(detail.chart, i);
        lines.append(line);
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : lines) {
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths.at(c), line.at(c).size());
    }
    for (const QStringList &line : lines) {
        QString text = line.at(0).leftJustified(widths.at(0));
        for (qsizetype c = 1; c + 1 < line.size(); ++c)
            text += QStringLiteral("  ") + line.at(c).rightJustified(widths.at(c));
        text += QStringLiteral("  ") + line.constLast();
        out << text.trimmed() << Qt::endl;
    }
}

} // namespace cw

#include "scorecardcommand.h"

#include <algorithm>
#include <array>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

#include "analysis/changeflag.h"
#include "analysis/trajectory.h"
#include "scorecardjson.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

constexpr int columnCount = 6;
using TableRow = std::array<QString, columnCount>;

// "34,104 (R12:2025-02)": the formatted latest value and its period.
QString latestText(const ScorecardRow &row, const QString &value)
{
    if (!row.latest)
        return value;
    return value + QStringLiteral(" (") + row.latest->period.key() + QLatin1Char(')');
}

} // namespace

QString ScorecardCommand::name() const
{
    return QStringLiteral("scorecard");
}

QString ScorecardCommand::summary() const
{
    return tr("Show a plan's measures with their latest values, targets and status");
}

QString ScorecardCommand::description() const
{
    return tr("Monthly counts are shown as rolling 12 months; survey measures as published. The "
              "status compares the latest value with the trajectory from the baseline to the "
              "target: on track, at risk (worse, but within normal variation), off track, no "
              "target or insufficient data. The change flag tests the latest 12 months against the "
              "12 before. With --as-of, data after that month is ignored, as if the scorecard were "
              "drawn up then.");
}

QStringList ScorecardCommand::argumentNames() const
{
    return {QStringLiteral("WORKSPACE")};
}

ExitStatus ScorecardCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const std::optional<Context> context = open(parser, err);
    if (!context)
        return ExitStatus::Failure;

    QElapsedTimer timer;
    timer.start();
    const Result<QList<ScorecardRow>> rows = context->workspace->scorecards().scorecard(context->options);
    reportTiming(parser, err, timer.nsecsElapsed());
    if (!rows) {
        reportError(err, rows.error(), context->workspace->path());
        return ExitStatus::Failure;
    }

    if (wantsJson(parser))
        writeJson(out, scorecardToJson(context->options.planCode, context->options.areaCode,
                                       context->options.asOf, rows.value()));
    else
        writeTable(out, context.value(), rows.value());
    return ExitStatus::Success;
}

void ScorecardCommand::writeTable(QTextStream &out, const Context &context, const QList<ScorecardRow> &rows)
{
    QString heading = context.plan.code + QStringLiteral(" — ") + context.plan.title + QStringLiteral(", ") +
                      context.options.areaCode;
    if (!context.options.asOf.isEmpty())
        heading += QStringLiteral(", ") + tr("data to %1").arg(context.options.asOf);
    out << heading << Qt::endl;
    if (rows.isEmpty()) {
        out << tr("(no measures)") << Qt::endl;
        return;
    }

    const TableRow header{tr("Measure"), tr("Latest"), tr("Baseline"),
                          tr("Target"),  tr("Status"), tr("Change")};
    QList<TableRow> cells;
    for (const ScorecardRow &row : rows) {
        const Unit unit = row.measure.unit;
        cells.append(TableRow{
            row.measure.code,
            latestText(
                row, formatValue(row.latest ? std::optional<double>(row.latest->value) : std::nullopt, unit)),
            formatValue(row.baselineValue, unit) + (row.baselineFromData ? QStringLiteral("*") : QString()),
            formatValue(row.targetValue, unit),
            displayName(row.status.effectiveStatus()),
            displayName(row.change.flag),
        });
    }
    std::array<qsizetype, columnCount> widths{};
    for (int c = 0; c < columnCount; ++c) {
        widths.at(c) = header.at(c).size();
        for (const TableRow &cell : cells)
            widths.at(c) = std::max(widths.at(c), cell.at(c).size());
    }
    const auto writeRow = [&out, &widths](const TableRow &cell) {
        QString line = QStringLiteral("  ");
        for (int c = 0; c < columnCount; ++c) {
            // Numbers align right, words left; the last column is not padded.
            const bool number = c >= 1 && c <= 3;
            if (c == columnCount - 1)
                line += cell.at(c);
            else
                line += (number ? cell.at(c).rightJustified(widths.at(c))
                                : cell.at(c).leftJustified(widths.at(c))) +
                        QStringLiteral("  ");
        }
        out << line << Qt::endl;
    };

    bool anyFromData = false;
    QString priority;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ScorecardRow &row = rows.at(i);
        if (i == 0 || row.priorityCode != priority) {
            priority = row.priorityCode;
            out << Qt::endl << row.priorityCode << QStringLiteral(": ") << row.priorityTitle << Qt::endl;
            writeRow(header);
        }
        writeRow(cells.at(i));
        anyFromData = anyFromData || row.baselineFromData;
    }
    if (anyFromData)
        out << Qt::endl << tr("* baseline computed from the data (the Plan published none)") << Qt::endl;
}

} // namespace cw

#include "boroughscommand.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include "services/boroughservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

QString basisName(BoroughComparison::Basis basis)
{
    switch (basis) {
    case BoroughComparison::Basis::Rate:
        return QStringLiteral("rate_per_1000");
    case BoroughComparison::Basis::Proportion:
        return QStringLiteral("proportion");
    case BoroughComparison::Basis::None:
        break;
    }
    return QStringLiteral("none");
}

QString adjustmentName(Funnel::Adjustment adjustment)
{
    switch (adjustment) {
    case Funnel::Adjustment::Additive:
        return QStringLiteral("additive");
    case Funnel::Adjustment::Multiplicative:
        return QStringLiteral("multiplicative");
    case Funnel::Adjustment::None:
        break;
    }
    return QStringLiteral("none");
}

QJsonValue optional(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

QString BoroughsCommand::name() const
{
    return QStringLiteral("boroughs");
}

QString BoroughsCommand::summary() const
{
    return tr("Compare the boroughs on a measure: rates per 1,000 residents and funnel-plot exceptions");
}

QString BoroughsCommand::description() const
{
    return tr("Each borough's latest value (as the scorecard shows it), its population (the ONS "
              "mid-year estimate, indicator ons.mye:Population; import it with --format population), "
              "the rate per 1,000 residents, the change and status, and its position on a funnel plot "
              "against the London rate with 95% and 99.8% limits, widened when the boroughs are "
              "over-dispersed. Survey measures are compared as proportions with their bases.");
}

QStringList BoroughsCommand::argumentNames() const
{
    return {QStringLiteral("WORKSPACE"), QStringLiteral("CODE")};
}

QList<QCommandLineOption> BoroughsCommand::options() const
{
    // Every borough is shown: --area (shared with the other performance commands) has no use here.
    QList<QCommandLineOption> all = PerformanceCommand::options();
    for (QCommandLineOption &option : all) {
        if (option.names().contains(QStringLiteral("area")))
            option.setFlags(QCommandLineOption::HiddenFromHelp);
    }
    return all;
}

ExitStatus BoroughsCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const std::optional<Context> context = open(parser, err);
    if (!context)
        return ExitStatus::Failure;
    const QString code = parser.positionalArguments().value(1).trimmed();
    QElapsedTimer timer;
    timer.start();
    const Result<BoroughComparison> comparison =
        context->workspace->boroughs().compare(code, context->options);
    reportTiming(parser, err, timer.nsecsElapsed());
    if (!comparison) {
        reportError(err, comparison.error(), context->workspace->path());
        return ExitStatus::Failure;
    }
    if (wantsJson(parser))
        writeJson(out, *comparison);
    else
        writeTable(out, *comparison);
    return ExitStatus::Success;
}

void BoroughsCommand::writeTable(QTextStream &out, const BoroughComparison &c)
{
    out << c.measure.code << QStringLiteral(" — ") << c.measure.title;
    if (c.latestPeriod)
        out << QStringLiteral(", ") << c.latestPeriod->label();
    out << Qt::endl;
    if (c.rows.isEmpty()) {
        out << tr("(no borough has data for this measure)") << Qt::endl;
        return;
    }
    const QString header = QStringLiteral("  %1 %2 %3 %4 %5 %6")
                               .arg(tr("Borough"), -24)
                               .arg(tr("Value"), 12)
                               .arg(tr("Population"), 11)
                               .arg(tr("Per 1,000"), 9)
                               .arg(tr("Status"), -18)
                               .arg(tr("Funnel"));
    out << header << Qt::endl;
    for (const BoroughRow &row : c.rows) {
        const QString funnel = row.funnelZ ? QStringLiteral("%1 (z = %2)")
                                                 .arg(Funnel::displayName(row.position))
                                                 .arg(*row.funnelZ, 0, 'f', 1)
                                           : QStringLiteral("–");
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6")
                   .arg(row.name, -24)
                   .arg(formatValue(row.latest.value, c.measure.unit), 12)
                   .arg(row.population ? formatCount(qint64(*row.population)) : QStringLiteral("–"), 11)
                   .arg(row.rate ? QString::number(*row.rate, 'f', rateDecimals(c)) : QStringLiteral("–"), 9)
                   .arg(displayName(row.status), -18)
                   .arg(funnel)
            << Qt::endl;
    }
    if (c.funnel.valid)
        out << tr("London: %1. ")
                   .arg(c.basis == BoroughComparison::Basis::Rate
                            ? tr("%1 per 1,000").arg(c.funnel.target, 0, 'f', rateDecimals(c))
                            : tr("%1%").arg(c.funnel.target * 100.0, 0, 'f', 1));
    out << c.funnelNote << Qt::endl;
    if (!c.populationNote.isEmpty())
        out << c.populationNote << Qt::endl;
}

void BoroughsCommand::writeJson(QTextStream &out, const BoroughComparison &c)
{
    QJsonArray rows;
    for (const BoroughRow &row : c.rows) {
        QJsonObject o{{QStringLiteral("code"), row.code},
                      {QStringLiteral("name"), row.name},
                      {QStringLiteral("period"), row.latest.period.key()},
                      {QStringLiteral("value"), row.latest.value},
                      {QStringLiteral("population"), optional(row.population)},
                      {QStringLiteral("population_year"),
                       row.population ? QJsonValue(row.populationYear) : QJsonValue()},
                      {QStringLiteral("population_earlier"), row.populationEarlier},
                      {QStringLiteral("rate_per_1000"), optional(row.rate)},
                      {QStringLiteral("change_percent"), optional(row.change.percent)},
                      {QStringLiteral("change_points"), optional(row.change.points)},
                      {QStringLiteral("change_flag"), toName(row.change.flag)},
                      {QStringLiteral("status"), toName(row.status)},
                      {QStringLiteral("funnel_z"), optional(row.funnelZ)},
                      {QStringLiteral("funnel_position"),
                       row.funnelZ ? QJsonValue(Funnel::toName(row.position)) : QJsonValue()}};
        rows.append(o);
    }
    QJsonObject funnel{{QStringLiteral("valid"), c.funnel.valid},
                       {QStringLiteral("basis"), basisName(c.basis)},
                       {QStringLiteral("note"), c.funnelNote}};
    if (c.funnel.valid) {
        funnel.insert(QStringLiteral("target"), c.funnel.target);
        funnel.insert(QStringLiteral("adjustment"), adjustmentName(c.funnel.adjustment));
        funnel.insert(QStringLiteral("phi"), c.funnel.phi);
        funnel.insert(QStringLiteral("tau2"), c.funnel.tau2);
    }
    CliCommand::writeJson(
        out, QJsonObject{{QStringLiteral("plan"), c.planCode},
                         {QStringLiteral("measure"), c.measure.code},
                         {QStringLiteral("period"), c.latestPeriod ? c.latestPeriod->key() : QString()},
                         {QStringLiteral("population_missing"), c.populationMissing},
                         {QStringLiteral("population_note"), c.populationNote},
                         {QStringLiteral("funnel"), funnel},
                         {QStringLiteral("boroughs"), rows}});
}

} // namespace cw

#include "jsonwriter.h"

#include <optional>

#include <QJsonArray>
#include <QJsonValue>

#include "domain/plan.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalString(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject formulaToJson(const Formula &formula)
{
    QJsonArray terms;
    for (const FormulaTerm &term : formula.terms) {
        terms.append(QJsonObject{
            {QStringLiteral("indicator"), term.indicatorKey},
            {QStringLiteral("role"), toName(term.role)},
            {QStringLiteral("weight"), term.weight},
        });
    }
    return QJsonObject{
        {QStringLiteral("kind"), toName(formula.kind)},
        {QStringLiteral("terms"), terms},
    };
}

QJsonObject baselineToJson(const Baseline &baseline)
{
    return QJsonObject{
        {QStringLiteral("period"), baseline.period},
        {QStringLiteral("value"), optionalNumber(baseline.value)},
        {QStringLiteral("note"), baseline.note},
    };
}

QJsonObject targetToJson(const Target &target)
{
    return QJsonObject{
        {QStringLiteral("kind"), toName(target.kind)},
        {QStringLiteral("value"), optionalNumber(target.value)},
        {QStringLiteral("period"), target.period},
        {QStringLiteral("tolerance"), optionalNumber(target.tolerance)},
        {QStringLiteral("text"), target.text},
    };
}

QJsonArray breaksToJson(const QList<SeriesBreak> &breaks)
{
    QJsonArray array;
    for (const SeriesBreak &seriesBreak : breaks) {
        array.append(QJsonObject{
            {QStringLiteral("period"), seriesBreak.period},
            {QStringLiteral("note"), seriesBreak.note},
        });
    }
    return array;
}

QJsonArray figuresToJson(const QList<PublishedFigure> &figures)
{
    QJsonArray array;
    for (const PublishedFigure &figure : figures) {
        array.append(QJsonObject{
            {QStringLiteral("label"), figure.label},
            {QStringLiteral("period"), figure.period},
            {QStringLiteral("value"), optionalNumber(figure.value)},
            {QStringLiteral("area"), figure.areaCode},
            {QStringLiteral("note"), figure.note},
        });
    }
    return array;
}

} // namespace

QJsonObject workspaceInfoToJson(const WorkspaceInfo &info)
{
    return QJsonObject{
        {QStringLiteral("path"), info.path},
        {QStringLiteral("schema_version"), info.schemaVersion},
        {QStringLiteral("plans"), info.plans},
        {QStringLiteral("priorities"), info.priorities},
        {QStringLiteral("measures"), info.measures},
        {QStringLiteral("areas"), info.areas},
        {QStringLiteral("indicators"), info.indicators},
        {QStringLiteral("observations"), info.observations},
        {QStringLiteral("batches"), info.batches},
        {QStringLiteral("demo"), info.demo},
    };
}

QJsonObject plansToJson(const QList<Plan> &plans)
{
    QJsonArray array;
    for (const Plan &plan : plans)
        array.append(planToJson(plan));
    return QJsonObject{{QStringLiteral("plans"), array}};
}

QJsonObject planToJson(const Plan &plan)
{
    QJsonArray priorities;
    for (const Priority &priority : plan.priorities)
        priorities.append(priorityToJson(priority));
    return QJsonObject{
        {QStringLiteral("code"), plan.code},
        {QStringLiteral("title"), plan.title},
        {QStringLiteral("start"), plan.startPeriod},
        {QStringLiteral("end"), plan.endPeriod},
        {QStringLiteral("builtin"), plan.builtin},
        {QStringLiteral("copied_from"), optionalString(plan.copiedFrom)},
        {QStringLiteral("aims"), QJsonArray::fromStringList(plan.aims)},
        {QStringLiteral("priorities"), priorities},
    };
}

QJsonObject priorityToJson(const Priority &priority)
{
    QJsonArray measures;
    for (const Measure &measure : priority.measures)
        measures.append(measureToJson(measure));
    return QJsonObject{
        {QStringLiteral("code"), priority.code},
        {QStringLiteral("title"), priority.title},
        {QStringLiteral("measures"), measures},
    };
}

QJsonObject measureToJson(const Measure &measure)
{
    return QJsonObject{
        {QStringLiteral("code"), measure.code},
        {QStringLiteral("title"), measure.title},
        {QStringLiteral("unit"), toName(measure.unit)},
        {QStringLiteral("polarity"), toName(measure.polarity)},
        {QStringLiteral("frequency"), toName(measure.frequency)},
        {QStringLiteral("definition"), measure.definition},
        {QStringLiteral("source"), measure.source},
        {QStringLiteral("formula"), formulaToJson(measure.formula)},
        {QStringLiteral("baseline"), baselineToJson(measure.baseline)},
        {QStringLiteral("target"), targetToJson(measure.target)},
        {QStringLiteral("breaks"), breaksToJson(measure.breaks)},
        {QStringLiteral("figures"), figuresToJson(measure.figures)},
    };
}

} // namespace cw

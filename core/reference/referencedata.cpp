#include "reference/referencedata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace cw {

namespace {

QJsonObject readObject(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        throw std::runtime_error(QStringLiteral("%1: invalid JSON at offset %2: %3")
                                     .arg(origin)
                                     .arg(error.offset)
                                     .arg(error.errorString())
                                     .toStdString());
    }
    return doc.object();
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(QStringLiteral("Missing reference resource %1").arg(path).toStdString());
    return file.readAll();
}

template <typename E>
E requireEnum(const QJsonObject &object, const QString &key, const QString &origin)
{
    const auto value = fromName<E>(object.value(key).toString());
    if (!value) {
        throw std::runtime_error(QStringLiteral("%1: unknown %2 \"%3\"")
                                     .arg(origin, key, object.value(key).toString())
                                     .toStdString());
    }
    return *value;
}

std::optional<double> optionalNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

Measure parseMeasure(const QJsonObject &o, const QString &origin)
{
    Measure m;
    m.code = o.value(QLatin1String("code")).toString();
    const QString where = origin + QStringLiteral(" measure ") + m.code;
    m.title = o.value(QLatin1String("title")).toString();
    m.definition = o.value(QLatin1String("definition")).toString();
    m.unit = requireEnum<Unit>(o, QStringLiteral("unit"), where);
    m.polarity = requireEnum<Polarity>(o, QStringLiteral("polarity"), where);
    m.frequency = requireEnum<Frequency>(o, QStringLiteral("frequency"), where);
    m.source = o.value(QLatin1String("source")).toString();

    const QJsonObject formula = o.value(QLatin1String("formula")).toObject();
    m.formula.kind = requireEnum<FormulaKind>(formula, QStringLiteral("kind"), where);
    const QJsonArray terms = formula.value(QLatin1String("terms")).toArray();
    for (const QJsonValue &t : terms) {
        const QJsonObject term = t.toObject();
        FormulaTerm ft;
        ft.indicatorKey = term.value(QLatin1String("indicator")).toString();
        if (term.contains(QLatin1String("role")))
            ft.role = requireEnum<TermRole>(term, QStringLiteral("role"), where);
        ft.weight = term.value(QLatin1String("weight")).toDouble(1.0);
        m.formula.terms.append(ft);
    }

    const QJsonObject baseline = o.value(QLatin1String("baseline")).toObject();
    m.baseline.period = baseline.value(QLatin1String("period")).toString();
    m.baseline.value = optionalNumber(baseline.value(QLatin1String("value")));
    m.baseline.note = baseline.value(QLatin1String("note")).toString();

    const QJsonObject target = o.value(QLatin1String("target")).toObject();
    m.target.kind = requireEnum<TargetKind>(target, QStringLiteral("kind"), where);
    m.target.value = optionalNumber(target.value(QLatin1String("value")));
    m.target.period = target.value(QLatin1String("date")).toString();
    m.target.tolerance = optionalNumber(target.value(QLatin1String("tolerance")));
    m.target.text = target.value(QLatin1String("text")).toString();

    const QJsonArray breaks = o.value(QLatin1String("breaks")).toArray();
    for (const QJsonValue &b : breaks) {
        m.breaks.append({b.toObject().value(QLatin1String("period")).toString(),
                         b.toObject().value(QLatin1String("note")).toString()});
    }
    const QJsonArray figures = o.value(QLatin1String("figures")).toArray();
    for (const QJsonValue &f : figures) {
        const QJsonObject fo = f.toObject();
        m.figures.append(
            {fo.value(QLatin1String("label")).toString(), fo.value(QLatin1String("period")).toString(),
             optionalNumber(fo.value(QLatin1String("value"))), fo.value(QLatin1String("area")).toString(),
             fo.value(QLatin1String("note")).toString()});
    }
    return m;
}

} // namespace

QList<Area> ReferenceData::areas()
{
    const QJsonObject root =
        readObject(readResource(QStringLiteral(":/reference/areas.json")), QStringLiteral("areas.json"));
    QList<Area> areas;
    const QJsonArray array = root.value(QLatin1String("areas")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        Area area;
        area.code = o.value(QLatin1String("code")).toString();
        area.name = o.value(QLatin1String("name")).toString();
        area.kind =
            requireEnum<AreaKind>(o, QStringLiteral("kind"), QStringLiteral("areas.json ") + area.code);
        area.parentCode = o.value(QLatin1String("parent")).toString();
        area.comparator = o.value(QLatin1String("comparator")).toBool();
        area.aliases = strings(o.value(QLatin1String("aliases")));
        if (o.contains(QLatin1String("tile"))) {
            const QJsonObject tile = o.value(QLatin1String("tile")).toObject();
            area.tile = TilePosition{tile.value(QLatin1String("row")).toInt(),
                                     tile.value(QLatin1String("col")).toInt()};
        }
        areas.append(area);
    }
    return areas;
}

const ComparatorDefinition *ComparatorReference::find(const QString &measureCode) const
{
    for (const ComparatorDefinition &definition : measures) {
        if (definition.measureCode.compare(measureCode, Qt::CaseInsensitive) == 0)
            return &definition;
    }
    return nullptr;
}

ComparatorReference ReferenceData::comparators()
{
    const QString origin = QStringLiteral("comparators.json");
    const QJsonObject root = readObject(readResource(QStringLiteral(":/reference/comparators.json")), origin);
    ComparatorReference reference;
    reference.peerCodes = strings(root.value(QLatin1String("peers")));
    const QJsonArray array = root.value(QLatin1String("measures")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        ComparatorDefinition definition;
        definition.measureCode = o.value(QLatin1String("measure")).toString();
        definition.indicatorKeys = strings(o.value(QLatin1String("indicators")));
        definition.note = o.value(QLatin1String("note")).toString();
        if (definition.measureCode.isEmpty() || definition.indicatorKeys.isEmpty()) {
            throw std::runtime_error(
                QStringLiteral("%1: a comparator needs a measure and indicators").arg(origin).toStdString());
        }
        reference.measures.append(definition);
    }
    if (reference.peerCodes.isEmpty())
        throw std::runtime_error(QStringLiteral("%1: no peers").arg(origin).toStdString());
    return reference;
}

QList<Plan> ReferenceData::builtinPlans()
{
    QList<Plan> plans;
    // Newest plan first: it is the one officers work with.
    for (const char *name : {"pcp-2025-29.json", "pcp-2013-16.json"}) {
        const QString path = QStringLiteral(":/reference/plans/") + QLatin1String(name);
        Plan plan = parsePlan(readResource(path), QLatin1String(name));
        plan.builtin = true;
        plans.append(plan);
    }
    return plans;
}

Plan ReferenceData::parsePlan(const QByteArray &json, const QString &origin)
{
    const QJsonObject root = readObject(json, origin);
    Plan plan;
    plan.code = root.value(QLatin1String("code")).toString();
    plan.title = root.value(QLatin1String("title")).toString();
    plan.startPeriod = root.value(QLatin1String("start")).toString();
    plan.endPeriod = root.value(QLatin1String("end")).toString();
    plan.sourceDocument = root.value(QLatin1String("source_document")).toString();
    plan.aims = strings(root.value(QLatin1String("aims")));
    const QJsonArray priorities = root.value(QLatin1String("priorities")).toArray();
    for (const QJsonValue &value : priorities) {
        const QJsonObject o = value.toObject();
        Priority priority;
        priority.code = o.value(QLatin1String("code")).toString();
        priority.title = o.value(QLatin1String("title")).toString();
        const QJsonArray measures = o.value(QLatin1String("measures")).toArray();
        for (const QJsonValue &m : measures)
            priority.measures.append(parseMeasure(m.toObject(), origin));
        plan.priorities.append(priority);
    }
    if (plan.code.isEmpty() || plan.priorities.isEmpty())
        throw std::runtime_error(
            QStringLiteral("%1: a plan needs a code and priorities").arg(origin).toStdString());
    return plan;
}

} // namespace cw

#include "storage/planrepository.h"

#include "storage/database.h"

namespace cw {

namespace {

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> readNumber(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns get an empty string instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

const QString measureColumns = QStringLiteral(
    "m.id, m.priority_id, m.code, m.title, m.definition, m.unit, m.polarity, m.frequency, m.source, "
    "m.formula_kind, m.baseline_period, m.baseline_value, m.baseline_note, "
    "t.kind, t.value, t.target_period, t.tolerance, t.description");

Measure readMeasure(const QSqlQuery &q)
{
    Measure m;
    m.id = q.value(0).toLongLong();
    m.priorityId = q.value(1).toLongLong();
    m.code = q.value(2).toString();
    m.title = q.value(3).toString();
    m.definition = q.value(4).toString();
    m.unit = fromName<Unit>(q.value(5).toString()).value_or(Unit::Count);
    m.polarity = fromName<Polarity>(q.value(6).toString()).value_or(Polarity::None);
    m.frequency = fromName<Frequency>(q.value(7).toString()).value_or(Frequency::Monthly);
    m.source = q.value(8).toString();
    m.formula.kind = fromName<FormulaKind>(q.value(9).toString()).value_or(FormulaKind::Sum);
    m.baseline.period = q.value(10).toString();
    m.baseline.value = readNumber(q.value(11));
    m.baseline.note = q.value(12).toString();
    m.target.kind = fromName<TargetKind>(q.value(13).toString()).value_or(TargetKind::Monitor);
    m.target.value = readNumber(q.value(14));
    m.target.period = q.value(15).toString();
    m.target.tolerance = readNumber(q.value(16));
    m.target.text = q.value(17).toString();
    return m;
}

} // namespace

QList<Plan> PlanRepository::all() const
{
    QList<Plan> plans;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM plan ORDER BY id"));
    while (q.next()) {
        if (auto p = plan(q.value(0).toLongLong()))
            plans.append(*p);
    }
    return plans;
}

std::optional<Plan> PlanRepository::plan(qint64 planId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, code, title, start_period, end_period, is_builtin, "
                                           "copied_from, source_document, aims FROM plan WHERE id = ?"),
                            {planId});
    if (!q.next())
        return std::nullopt;
    Plan p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.title = q.value(2).toString();
    p.startPeriod = q.value(3).toString();
    p.endPeriod = q.value(4).toString();
    p.builtin = q.value(5).toInt() != 0;
    p.copiedFrom = q.value(6).toString();
    p.sourceDocument = q.value(7).toString();
    const QString aims = q.value(8).toString();
    if (!aims.isEmpty())
        p.aims = aims.split(QLatin1Char('\n'));
    QSqlQuery children =
        m_db.exec(QStringLiteral("SELECT id FROM priority WHERE plan_id = ? ORDER BY position"), {planId});
    while (children.next()) {
        if (auto pr = priority(children.value(0).toLongLong()))
            p.priorities.append(*pr);
    }
    return p;
}

std::optional<Priority> PlanRepository::priority(qint64 priorityId) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT id, plan_id, code, title FROM priority WHERE id = ?"), {priorityId});
    if (!q.next())
        return std::nullopt;
    Priority pr;
    pr.id = q.value(0).toLongLong();
    pr.planId = q.value(1).toLongLong();
    pr.code = q.value(2).toString();
    pr.title = q.value(3).toString();
    QSqlQuery children = m_db.exec(
        QStringLiteral("SELECT id FROM measure WHERE priority_id = ? ORDER BY position"), {priorityId});
    while (children.next()) {
        if (auto m = measure(children.value(0).toLongLong()))
            pr.measures.append(*m);
    }
    return pr;
}

std::optional<Measure> PlanRepository::measure(qint64 measureId) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT ") + measureColumns +
                      QStringLiteral(" FROM measure m LEFT JOIN measure_target t ON t.measure_id = m.id "
                                     "WHERE m.id = ?"),
                  {measureId});
    if (!q.next())
        return std::nullopt;
    Measure m = readMeasure(q);
    QSqlQuery terms = m_db.exec(
        QStringLiteral(
            "SELECT role, indicator_key, weight FROM measure_term WHERE measure_id = ? ORDER BY position"),
        {measureId});
    while (terms.next()) {
        m.formula.terms.append({terms.value(1).toString(),
                                fromName<TermRole>(terms.value(0).toString()).value_or(TermRole::Numerator),
                                terms.value(2).toDouble()});
    }
    QSqlQuery breaks = m_db.exec(
        QStringLiteral("SELECT period, note FROM series_break WHERE measure_id = ? ORDER BY position"),
        {measureId});
    while (breaks.next())
        m.breaks.append({breaks.value(0).toString(), breaks.value(1).toString()});
    QSqlQuery figures =
        m_db.exec(QStringLiteral("SELECT label, period, value, area_code, note FROM published_figure "
                                 "WHERE measure_id = ? ORDER BY position"),
                  {measureId});
    while (figures.next()) {
        m.figures.append({figures.value(0).toString(), figures.value(1).toString(),
                          readNumber(figures.value(2)), figures.value(3).toString(),
                          figures.value(4).toString()});
    }
    return m;
}

qint64 PlanRepository::planIdOfPriority(qint64 priorityId) const
{
    return m_db.scalar(QStringLiteral("SELECT plan_id FROM priority WHERE id = ?"), {priorityId})
        .toLongLong();
}

qint64 PlanRepository::planIdOfMeasure(qint64 measureId) const
{
    return m_db
        .scalar(QStringLiteral("SELECT p.plan_id FROM measure m JOIN priority p ON p.id = m.priority_id "
                               "WHERE m.id = ?"),
                {measureId})
        .toLongLong();
}

bool PlanRepository::planCodeExists(const QString &code) const
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM plan WHERE code = ?"), {code}).toInt() > 0;
}

int PlanRepository::measureCount(qint64 priorityId) const
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM measure WHERE priority_id = ?"), {priorityId})
        .toInt();
}

int PlanRepository::priorityCount(qint64 planId) const
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM priority WHERE plan_id = ?"), {planId}).toInt();
}

int PlanRepository::positionOfMeasure(qint64 measureId) const
{
    return m_db.scalar(QStringLiteral("SELECT position FROM measure WHERE id = ?"), {measureId}).toInt();
}

int PlanRepository::positionOfPriority(qint64 priorityId) const
{
    return m_db.scalar(QStringLiteral("SELECT position FROM priority WHERE id = ?"), {priorityId}).toInt();
}

Plan PlanRepository::insertPlan(const Plan &plan) const
{
    Plan stored = plan;
    const QVariantList values{plan.code,
                              plan.title,
                              nullIfEmpty(plan.startPeriod),
                              nullIfEmpty(plan.endPeriod),
                              plan.builtin ? 1 : 0,
                              nullIfEmpty(plan.copiedFrom),
                              nullIfEmpty(plan.sourceDocument),
                              notNull(plan.aims.join(QLatin1Char('\n')))};
    const QString columns = QStringLiteral(
        "code, title, start_period, end_period, is_builtin, copied_from, source_document, aims");
    if (plan.id != 0) {
        m_db.exec(QStringLiteral("INSERT INTO plan (id, ") + columns +
                      QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  QVariantList{plan.id} + values);
    } else {
        stored.id = m_db.insert(QStringLiteral("INSERT INTO plan (") + columns +
                                    QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                values);
    }
    for (qsizetype i = 0; i < plan.priorities.size(); ++i)
        stored.priorities[i] = insertPriority(stored.id, plan.priorities.at(i), int(i));
    return stored;
}

void PlanRepository::deletePlan(qint64 planId) const
{
    m_db.exec(QStringLiteral("DELETE FROM plan WHERE id = ?"), {planId});
}

Priority PlanRepository::insertPriority(qint64 planId, const Priority &priority, int position) const
{
    shiftPositions(QStringLiteral("priority"), QStringLiteral("plan_id"), planId, position, +1);
    Priority stored = priority;
    stored.planId = planId;
    const QVariantList values{planId, notNull(priority.code), notNull(priority.title), position};
    if (priority.id != 0) {
        m_db.exec(QStringLiteral(
                      "INSERT INTO priority (id, plan_id, code, title, position) VALUES (?, ?, ?, ?, ?)"),
                  QVariantList{priority.id} + values);
    } else {
        stored.id = m_db.insert(
            QStringLiteral("INSERT INTO priority (plan_id, code, title, position) VALUES (?, ?, ?, ?)"),
            values);
    }
    for (qsizetype i = 0; i < priority.measures.size(); ++i)
        stored.measures[i] = insertMeasure(stored.id, priority.measures.at(i), int(i));
    return stored;
}

void PlanRepository::deletePriority(qint64 priorityId) const
{
    QSqlQuery row =
        m_db.exec(QStringLiteral("SELECT plan_id, position FROM priority WHERE id = ?"), {priorityId});
    if (!row.next())
        return;
    const qint64 planId = row.value(0).toLongLong();
    const int position = row.value(1).toInt();
    m_db.exec(QStringLiteral("DELETE FROM priority WHERE id = ?"), {priorityId});
    shiftPositions(QStringLiteral("priority"), QStringLiteral("plan_id"), planId, position + 1, -1);
}

Measure PlanRepository::insertMeasure(qint64 priorityId, const Measure &measure, int position) const
{
    shiftPositions(QStringLiteral("measure"), QStringLiteral("priority_id"), priorityId, position, +1);
    Measure stored = measure;
    stored.priorityId = priorityId;
    const QVariantList values{priorityId,
                              measure.code,
                              measure.title,
                              notNull(measure.definition),
                              toName(measure.unit),
                              toName(measure.polarity),
                              toName(measure.frequency),
                              notNull(measure.source),
                              toName(measure.formula.kind),
                              nullIfEmpty(measure.baseline.period),
                              optionalNumber(measure.baseline.value),
                              notNull(measure.baseline.note),
                              position};
    const QString columns = QStringLiteral("priority_id, code, title, definition, unit, polarity, frequency, "
                                           "source, formula_kind, baseline_period, "
                                           "baseline_value, baseline_note, position");
    const QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    if (measure.id != 0) {
        m_db.exec(QStringLiteral("INSERT INTO measure (id, ") + columns + QStringLiteral(") VALUES (?, ") +
                      marks + QStringLiteral(")"),
                  QVariantList{measure.id} + values);
    } else {
        stored.id = m_db.insert(QStringLiteral("INSERT INTO measure (") + columns +
                                    QStringLiteral(") VALUES (") + marks + QStringLiteral(")"),
                                values);
    }
    writeMeasureChildren(stored);
    return stored;
}

void PlanRepository::updateMeasure(const Measure &measure) const
{
    m_db.exec(QStringLiteral(
                  "UPDATE measure SET code = ?, title = ?, definition = ?, unit = ?, polarity = ?, "
                  "frequency = ?, source = ?, formula_kind = ?, baseline_period = ?, baseline_value = ?, "
                  "baseline_note = ? WHERE id = ?"),
              {measure.code, measure.title, notNull(measure.definition), toName(measure.unit),
               toName(measure.polarity), toName(measure.frequency), notNull(measure.source),
               toName(measure.formula.kind), nullIfEmpty(measure.baseline.period),
               optionalNumber(measure.baseline.value), notNull(measure.baseline.note), measure.id});
    for (const char *table : {"measure_term", "measure_target", "series_break", "published_figure"}) {
        m_db.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table) +
                      QStringLiteral(" WHERE measure_id = ?"),
                  {measure.id});
    }
    writeMeasureChildren(measure);
}

void PlanRepository::deleteMeasure(qint64 measureId) const
{
    QSqlQuery row =
        m_db.exec(QStringLiteral("SELECT priority_id, position FROM measure WHERE id = ?"), {measureId});
    if (!row.next())
        return;
    const qint64 priorityId = row.value(0).toLongLong();
    const int position = row.value(1).toInt();
    m_db.exec(QStringLiteral("DELETE FROM measure WHERE id = ?"), {measureId});
    shiftPositions(QStringLiteral("measure"), QStringLiteral("priority_id"), priorityId, position + 1, -1);
}

void PlanRepository::writeMeasureChildren(const Measure &measure) const
{
    QSqlQuery term = m_db.prepare(QStringLiteral("INSERT INTO measure_term (measure_id, position, role, "
                                                 "indicator_key, weight) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < measure.formula.terms.size(); ++i) {
        const FormulaTerm &t = measure.formula.terms.at(i);
        m_db.run(term, {measure.id, int(i), toName(t.role), t.indicatorKey, t.weight});
    }
    m_db.exec(QStringLiteral("INSERT INTO measure_target (measure_id, kind, value, target_period, tolerance, "
                             "description) VALUES (?, ?, ?, ?, ?, ?)"),
              {measure.id, toName(measure.target.kind), optionalNumber(measure.target.value),
               nullIfEmpty(measure.target.period), optionalNumber(measure.target.tolerance),
               notNull(measure.target.text)});
    QSqlQuery brk = m_db.prepare(
        QStringLiteral("INSERT INTO series_break (measure_id, position, period, note) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < measure.breaks.size(); ++i)
        m_db.run(brk, {measure.id, int(i), measure.breaks.at(i).period, notNull(measure.breaks.at(i).note)});
    QSqlQuery fig =
        m_db.prepare(QStringLiteral("INSERT INTO published_figure (measure_id, position, label, period, "
                                    "value, area_code, note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < measure.figures.size(); ++i) {
        const PublishedFigure &f = measure.figures.at(i);
        m_db.run(fig, {measure.id, int(i), notNull(f.label), nullIfEmpty(f.period), optionalNumber(f.value),
                       nullIfEmpty(f.areaCode), notNull(f.note)});
    }
}

void PlanRepository::shiftPositions(const QString &table, const QString &parentColumn, qint64 parentId,
                                    int from, int delta) const
{
    m_db.exec(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET position = position + ? WHERE ") +
                  parentColumn + QStringLiteral(" = ? AND position >= ?"),
              {delta, parentId, from});
}

} // namespace cw

#include "services/planservice.h"

#include "domain/period.h"
#include "services/transact.h"
#include "storage/database.h"
#include "storage/planrepository.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cmath>

namespace cw {

namespace {

bool finiteOrAbsent(const std::optional<double> &value)
{
    return !value || std::isfinite(*value);
}

} // namespace

PlanService::PlanService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

Error PlanService::fail(const QString &message, const QString &detail) const
{
    Error error{message, detail};
    Q_EMIT const_cast<PlanService *>(this)->failed(error);
    return error;
}

Result<QList<Plan>> PlanService::plans() const
{
    try {
        return PlanRepository(m_db).all();
    } catch (const StorageError &error) {
        return fail(tr("The plans could not be read."), error.detail());
    }
}

Result<Plan> PlanService::plan(qint64 planId) const
{
    try {
        if (auto p = PlanRepository(m_db).plan(planId))
            return *p;
    } catch (const StorageError &error) {
        return fail(tr("The plan could not be read."), error.detail());
    }
    return fail(tr("The plan no longer exists."));
}

Result<Measure> PlanService::measure(qint64 measureId) const
{
    try {
        if (auto m = PlanRepository(m_db).measure(measureId))
            return *m;
    } catch (const StorageError &error) {
        return fail(tr("The measure could not be read."), error.detail());
    }
    return fail(tr("The measure no longer exists."));
}

Result<QStringList> PlanService::sourceAttributions(const Measure &measure) const
{
    QVariantList keys;
    QStringList marks;
    for (const FormulaTerm &term : measure.formula.terms) {
        keys.append(term.indicatorKey);
        marks.append(QStringLiteral("?"));
    }
    QStringList out;
    if (keys.isEmpty())
        return out;
    try {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT DISTINCT s.name, s.licence FROM indicator i "
                                               "JOIN source s ON s.id = i.source_id "
                                               "WHERE i.indicator_key IN (%1) ORDER BY s.name")
                                    .arg(marks.join(QLatin1Char(','))),
                                keys);
        while (q.next()) {
            const QString name = q.value(0).toString();
            const QString licence = q.value(1).toString().trimmed();
            out.append(licence.isEmpty() ? name : tr("%1: %2").arg(name, licence));
        }
    } catch (const StorageError &error) {
        return fail(tr("The sources of the measure could not be read."), error.detail());
    }
    return out;
}

Result<Priority> PlanService::priority(qint64 priorityId) const
{
    try {
        if (auto p = PlanRepository(m_db).priority(priorityId))
            return *p;
    } catch (const StorageError &error) {
        return fail(tr("The priority could not be read."), error.detail());
    }
    return fail(tr("The priority no longer exists."));
}

bool PlanService::isBuiltin(qint64 planId) const
{
    try {
        return m_db.scalar(QStringLiteral("SELECT is_builtin FROM plan WHERE id = ?"), {planId}).toInt() != 0;
    } catch (const StorageError &) {
        return false;
    }
}

qint64 PlanService::planOfMeasure(qint64 measureId) const
{
    try {
        return PlanRepository(m_db).planIdOfMeasure(measureId);
    } catch (const StorageError &) {
        return 0; // reported as "the plan no longer exists" by checkEditable()
    }
}

qint64 PlanService::planOfPriority(qint64 priorityId) const
{
    try {
        return PlanRepository(m_db).planIdOfPriority(priorityId);
    } catch (const StorageError &) {
        return 0;
    }
}

std::optional<Error> PlanService::checkEditable(qint64 planId) const
{
    if (planId == 0)
        return fail(tr("The plan no longer exists."));
    if (isBuiltin(planId))
        return fail(tr("Built-in plans cannot be edited. Copy the plan to make your own version."));
    return std::nullopt;
}

std::optional<Error> PlanService::validate(const Measure &m, qint64 planId) const
{
    if (m.code.trimmed().isEmpty())
        return fail(tr("A measure needs a code."));
    if (m.title.trimmed().isEmpty())
        return fail(tr("A measure needs a title."));
    if (!m.baseline.period.isEmpty() && !Period::parse(m.baseline.period))
        return fail(
            tr("The baseline period \"%1\" is not a period (use e.g. 2024-01, 2024-Q1, 2024/25, 2024 or "
               "R12:2024-09).")
                .arg(m.baseline.period));
    if (!m.target.period.isEmpty() && !Period::parse(m.target.period))
        return fail(
            tr("The target date \"%1\" is not a period (use a month such as 2029-03).").arg(m.target.period));
    if (!finiteOrAbsent(m.baseline.value) || !finiteOrAbsent(m.target.value) ||
        !finiteOrAbsent(m.target.tolerance))
        return fail(tr("Baseline, target and tolerance must be numbers."));
    if (m.target.tolerance && *m.target.tolerance < 0)
        return fail(tr("The tolerance cannot be negative."));
    const bool needsValue =
        m.target.kind == TargetKind::Absolute || m.target.kind == TargetKind::PercentChange;
    if (needsValue && !m.target.value)
        return fail(tr("This kind of target needs a value."));
    int clashes = 0;
    try {
        clashes =
            m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM measure m JOIN priority p ON p.id = "
                                       "m.priority_id WHERE p.plan_id = ? AND m.code = ? AND m.id <> ?"),
                        {planId, m.code, m.id})
                .toInt();
    } catch (const StorageError &error) {
        return fail(tr("The measure could not be checked."), error.detail());
    }
    if (clashes > 0)
        return fail(tr("Another measure in this plan already has the code %1.").arg(m.code));
    return std::nullopt;
}

Result<void> PlanService::installBuiltinPlans(const QList<Plan> &plans)
{
    auto result = runInTransaction(m_db, tr("The built-in plans could not be written."), [&] {
        QList<Plan> stored;
        PlanRepository repository(m_db);
        for (Plan plan : plans) {
            plan.builtin = true;
            stored.append(repository.insertPlan(plan));
        }
        return stored;
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    for (const Plan &plan : result.value())
        Q_EMIT planInserted(
            plan,
            int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM plan WHERE id < ?"), {plan.id}).toInt()));
    return {};
}

Result<void> PlanService::updateMeasure(const Measure &measure)
{
    const qint64 planId = planOfMeasure(measure.id);
    if (auto error = checkEditable(planId))
        return *error;
    if (auto error = validate(measure, planId))
        return *error;
    auto result = runInTransaction(m_db, tr("The measure could not be saved."), [&] {
        PlanRepository(m_db).updateMeasure(measure);
        return *PlanRepository(m_db).measure(measure.id);
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT measureChanged(result.value());
    return {};
}

Result<Measure> PlanService::insertMeasure(qint64 priorityId, const Measure &measure, int position)
{
    const qint64 planId = planOfPriority(priorityId);
    if (auto error = checkEditable(planId))
        return *error;
    if (auto error = validate(measure, planId))
        return *error;
    int row = 0;
    auto result = runInTransaction(m_db, tr("The measure could not be added."), [&] {
        PlanRepository repository(m_db);
        row = std::clamp(position, 0, repository.measureCount(priorityId));
        return repository.insertMeasure(priorityId, measure, row);
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT measureInserted(priorityId, result.value(), row);
    return result;
}

Result<void> PlanService::removeMeasure(qint64 measureId)
{
    if (auto error = checkEditable(planOfMeasure(measureId)))
        return *error;
    const auto existing = measure(measureId);
    if (!existing)
        return existing.error();
    auto result = runInTransaction(m_db, tr("The measure could not be removed."),
                                   [&] { PlanRepository(m_db).deleteMeasure(measureId); });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT measureRemoved(existing->priorityId, measureId);
    return {};
}

Result<Priority> PlanService::insertPriority(qint64 planId, const Priority &priority, int position)
{
    if (auto error = checkEditable(planId))
        return *error;
    if (priority.title.trimmed().isEmpty())
        return fail(tr("A priority needs a title."));
    for (const Measure &m : priority.measures) {
        if (auto error = validate(m, planId))
            return *error;
    }
    int row = 0;
    auto result = runInTransaction(m_db, tr("The priority could not be added."), [&] {
        PlanRepository repository(m_db);
        row = std::clamp(position, 0, repository.priorityCount(planId));
        return repository.insertPriority(planId, priority, row);
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT priorityInserted(planId, result.value(), row);
    return result;
}

Result<void> PlanService::removePriority(qint64 priorityId)
{
    const qint64 planId = planOfPriority(priorityId);
    if (auto error = checkEditable(planId))
        return *error;
    auto result = runInTransaction(m_db, tr("The priority could not be removed."),
                                   [&] { PlanRepository(m_db).deletePriority(priorityId); });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT priorityRemoved(planId, priorityId);
    return {};
}

Result<Plan> PlanService::copyPlan(qint64 planId, const QString &newCode, const QString &newTitle)
{
    auto source = plan(planId);
    if (!source)
        return source.error();
    Plan copy = source.value();
    copy.id = 0;
    copy.code = newCode.trimmed();
    copy.title = newTitle.trimmed();
    copy.builtin = false;
    copy.copiedFrom = source->code;
    for (Priority &priority : copy.priorities) {
        priority.id = 0;
        for (Measure &m : priority.measures)
            m.id = 0;
    }
    return insertPlan(copy);
}

Result<Plan> PlanService::insertPlan(const Plan &plan)
{
    if (plan.code.isEmpty() || plan.title.isEmpty())
        return fail(tr("A plan needs a code and a title."));
    try {
        if (PlanRepository(m_db).planCodeExists(plan.code))
            return fail(tr("A plan with the code %1 already exists.").arg(plan.code));
    } catch (const StorageError &error) {
        return fail(tr("The plan could not be saved."), error.detail());
    }
    int row = 0;
    auto result = runInTransaction(m_db, tr("The plan could not be saved."), [&] {
        Plan stored = PlanRepository(m_db).insertPlan(plan);
        row = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM plan WHERE id < ?"), {stored.id}).toInt();
        return stored;
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT planInserted(result.value(), row);
    return result;
}

Result<void> PlanService::removePlan(qint64 planId)
{
    if (auto error = checkEditable(planId))
        return *error;
    auto result = runInTransaction(m_db, tr("The plan could not be removed."),
                                   [&] { PlanRepository(m_db).deletePlan(planId); });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT planRemoved(planId);
    return {};
}

QString PlanService::unusedPlanCode(const QString &code) const
{
    PlanRepository repository(m_db);
    QString candidate = code + QStringLiteral("-COPY");
    for (int n = 2; repository.planCodeExists(candidate); ++n)
        candidate = code + QStringLiteral("-COPY-%1").arg(n);
    return candidate;
}

QString PlanService::unusedMeasureCode(qint64 priorityId, const QString &code) const
{
    const qint64 planId = planOfPriority(priorityId);
    auto used = [&](const QString &candidate) {
        return m_db.scalar(QStringLiteral(
                               "SELECT COUNT(*) FROM measure m JOIN priority p ON p.id = m.priority_id "
                               "WHERE p.plan_id = ? AND m.code = ?"),
                           {planId, candidate})
                   .toInt() > 0;
    };
    QString candidate = code;
    for (int n = 2; used(candidate); ++n)
        candidate = code + QStringLiteral("-%1").arg(n);
    return candidate;
}

} // namespace cw

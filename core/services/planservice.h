#pragma once

#include "domain/plan.h"
#include "util/result.h"

#include <QList>
#include <QObject>

namespace cw {

class Database;

// Use cases on plans, priorities and measures. Each call runs in one transaction and, on
// success, emits a precise change event that models turn into row signals. Built-in plans
// are read-only: copy one to edit it. Failures come back as Result errors (and through
// failed(), so that undo commands, which cannot return errors, are reported too).
class PlanService : public QObject
{
    Q_OBJECT

public:
    explicit PlanService(Database &db, QObject *parent = nullptr);

    Result<QList<Plan>> plans() const;
    Result<Plan> plan(qint64 planId) const;
    Result<Measure> measure(qint64 measureId) const;
    Result<Priority> priority(qint64 priorityId) const;
    bool isBuiltin(qint64 planId) const;
    // The attributions of the sources whose indicators a measure's formula uses, as
    // "source name: licence" (or the name alone when no licence is recorded), sorted by name.
    // Indicators not yet imported have no source and add nothing.
    Result<QStringList> sourceAttributions(const Measure &measure) const;

    // Writes the built-in plans into an empty workspace.
    Result<void> installBuiltinPlans(const QList<Plan> &plans);

    // Replaces a measure's fields (code, title, definition, unit, polarity, frequency, source,
    // formula, baseline, target, breaks, figures). Validates first.
    Result<void> updateMeasure(const Measure &measure);

    // Inserts at `position` (clamped) in the priority. A non-zero measure.id is kept, so undo
    // can restore exactly what was removed.
    Result<Measure> insertMeasure(qint64 priorityId, const Measure &measure, int position);
    Result<void> removeMeasure(qint64 measureId);

    Result<Priority> insertPriority(qint64 planId, const Priority &priority, int position);
    Result<void> removePriority(qint64 priorityId);

    // Copies a plan (any plan, built-in included) into a new editable plan.
    Result<Plan> copyPlan(qint64 planId, const QString &newCode, const QString &newTitle);
    // Inserts a whole plan, keeping non-zero ids (undo of a removal, redo of a copy).
    Result<Plan> insertPlan(const Plan &plan);
    Result<void> removePlan(qint64 planId);

    // A plan code not yet used, derived from `code` ("PCP-2025-29-COPY", "...-COPY-2").
    QString unusedPlanCode(const QString &code) const;
    // A measure code not yet used in the plan of `priorityId`, derived from `code`.
    QString unusedMeasureCode(qint64 priorityId, const QString &code) const;

Q_SIGNALS:
    void planInserted(const cw::Plan &plan, int row);
    void planRemoved(qint64 planId);
    void priorityInserted(qint64 planId, const cw::Priority &priority, int row);
    void priorityRemoved(qint64 planId, qint64 priorityId);
    void measureInserted(qint64 priorityId, const cw::Measure &measure, int row);
    void measureChanged(const cw::Measure &measure);
    void measureRemoved(qint64 priorityId, qint64 measureId);
    void failed(const cw::Error &error);

private:
    Error fail(const QString &message, const QString &detail = {}) const;
    std::optional<Error> validate(const Measure &measure, qint64 planId) const;
    std::optional<Error> checkEditable(qint64 planId) const;
    // The plan a measure or priority belongs to; 0 when it is gone or cannot be read.
    qint64 planOfMeasure(qint64 measureId) const;
    qint64 planOfPriority(qint64 priorityId) const;

    Database &m_db;
};

} // namespace cw

#pragma once

#include "domain/plan.h"

#include <QList>

#include <optional>

namespace cw {

class Database;

// Plans, priorities and measures (with terms, target, breaks and published figures).
// Callers own the transaction. Positions are 0-based and dense within their parent.
class PlanRepository
{
public:
    explicit PlanRepository(const Database &db)
        : m_db(db)
    {}

    QList<Plan> all() const; // whole tree, plans by code, children by position
    std::optional<Plan> plan(qint64 planId) const;
    std::optional<Priority> priority(qint64 priorityId) const;
    std::optional<Measure> measure(qint64 measureId) const;
    qint64 planIdOfPriority(qint64 priorityId) const;
    qint64 planIdOfMeasure(qint64 measureId) const;
    bool planCodeExists(const QString &code) const;
    int measureCount(qint64 priorityId) const;
    int priorityCount(qint64 planId) const;
    int positionOfMeasure(qint64 measureId) const;
    int positionOfPriority(qint64 priorityId) const;

    // Inserts the whole tree. Ids in `plan` that are non-zero are kept (used by undo to
    // restore exactly what was removed); zero ids are generated. Returns the stored plan.
    Plan insertPlan(const Plan &plan) const;
    void deletePlan(qint64 planId) const;

    Priority insertPriority(qint64 planId, const Priority &priority, int position) const;
    void deletePriority(qint64 priorityId) const;

    Measure insertMeasure(qint64 priorityId, const Measure &measure, int position) const;
    void updateMeasure(const Measure &measure) const; // replaces fields and child rows
    void deleteMeasure(qint64 measureId) const;

private:
    void writeMeasureChildren(const Measure &measure) const;
    void shiftPositions(const QString &table, const QString &parentColumn, qint64 parentId, int from,
                        int delta) const;

    const Database &m_db;
};

} // namespace cw

#pragma once

#include "domain/plan.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class QUndoStack;

namespace cw {

class PlanService;

// Tree of plans → priorities → measures over PlanService. Keeps a snapshot of the tree and
// follows the service's change events with precise row signals (never a reset for one row).
// Editing a measure's title (column Title) pushes an undo command; it never writes directly.
class PlanModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, CodeColumn, UnitColumn, PolarityColumn, TargetColumn, ColumnCount };
    enum class NodeKind { Plan, Priority, Measure };
    enum Role { NodeKindRole = Qt::UserRole + 1, IdRole, BuiltinRole };

    struct Node; // snapshot tree node (defined in the .cpp)

    PlanModel(PlanService &service, QUndoStack &undoStack, QObject *parent = nullptr);
    ~PlanModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    NodeKind kind(const QModelIndex &index) const;
    qint64 id(const QModelIndex &index) const;
    bool isBuiltin(const QModelIndex &index) const; // belongs to a built-in (read-only) plan
    qint64 planId(const QModelIndex &index) const;  // the plan an index belongs to

    QModelIndex indexOfPlan(qint64 planId) const;
    QModelIndex indexOfPriority(qint64 priorityId) const;
    QModelIndex indexOfMeasure(qint64 measureId) const;
    const Measure *measureAt(const QModelIndex &index) const;

    // Reloads the snapshot from the service (on opening a workspace).
    void reload();

private:
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    Node *findNode(NodeKind kind, qint64 id) const;

    void onPlanInserted(const Plan &plan, int row);
    void onPlanRemoved(qint64 planId);
    void onPriorityInserted(qint64 planId, const Priority &priority, int row);
    void onPriorityRemoved(qint64 planId, qint64 priorityId);
    void onMeasureInserted(qint64 priorityId, const Measure &measure, int row);
    void onMeasureChanged(const Measure &measure);
    void onMeasureRemoved(qint64 priorityId, qint64 measureId);

    PlanService &m_service;
    QUndoStack &m_undoStack;
    std::unique_ptr<Node> m_root;
};

} // namespace cw

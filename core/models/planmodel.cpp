#include "models/planmodel.h"

#include "commands/editmeasurecommand.h"
#include "services/planservice.h"

#include <QUndoStack>

#include <algorithm>
#include <variant>

namespace cw {

// A node of the snapshot tree. The root has no payload; plans, priorities and measures hold
// a copy of their value (priority/plan children live in `children`, not in the value).
struct PlanModel::Node
{
    NodeKind kind = NodeKind::Plan;
    qint64 id = 0;
    Node *parent = nullptr;
    bool builtin = false;
    Plan plan;         // for plans (priorities cleared)
    Priority priority; // for priorities (measures cleared)
    Measure measure;   // for measures
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        const auto it = std::find_if(parent->children.begin(), parent->children.end(),
                                     [this](const auto &child) { return child.get() == this; });
        return int(it - parent->children.begin());
    }
};

PlanModel::PlanModel(PlanService &service, QUndoStack &undoStack, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(service)
    , m_undoStack(undoStack)
    , m_root(std::make_unique<Node>())
{
    connect(&service, &PlanService::planInserted, this, &PlanModel::onPlanInserted);
    connect(&service, &PlanService::planRemoved, this, &PlanModel::onPlanRemoved);
    connect(&service, &PlanService::priorityInserted, this, &PlanModel::onPriorityInserted);
    connect(&service, &PlanService::priorityRemoved, this, &PlanModel::onPriorityRemoved);
    connect(&service, &PlanService::measureInserted, this, &PlanModel::onMeasureInserted);
    connect(&service, &PlanService::measureChanged, this, &PlanModel::onMeasureChanged);
    connect(&service, &PlanService::measureRemoved, this, &PlanModel::onMeasureRemoved);
    reload();
}

PlanModel::~PlanModel() = default;

namespace {

std::unique_ptr<PlanModel::Node> makeMeasureNode(const Measure &measure, bool builtin)
{
    auto node = std::make_unique<PlanModel::Node>();
    node->kind = PlanModel::NodeKind::Measure;
    node->id = measure.id;
    node->builtin = builtin;
    node->measure = measure;
    return node;
}

std::unique_ptr<PlanModel::Node> makePriorityNode(const Priority &priority, bool builtin)
{
    auto node = std::make_unique<PlanModel::Node>();
    node->kind = PlanModel::NodeKind::Priority;
    node->id = priority.id;
    node->builtin = builtin;
    node->priority = priority;
    node->priority.measures.clear();
    for (const Measure &m : priority.measures) {
        node->children.push_back(makeMeasureNode(m, builtin));
        node->children.back()->parent = node.get();
    }
    return node;
}

std::unique_ptr<PlanModel::Node> makePlanNode(const Plan &plan)
{
    auto node = std::make_unique<PlanModel::Node>();
    node->kind = PlanModel::NodeKind::Plan;
    node->id = plan.id;
    node->builtin = plan.builtin;
    node->plan = plan;
    node->plan.priorities.clear();
    for (const Priority &p : plan.priorities) {
        node->children.push_back(makePriorityNode(p, plan.builtin));
        node->children.back()->parent = node.get();
    }
    return node;
}

QString targetSummary(const Measure &m)
{
    if (!m.target.text.isEmpty())
        return m.target.text;
    return displayName(m.target.kind);
}

} // namespace

void PlanModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    if (auto plans = m_service.plans()) {
        for (const Plan &plan : plans.value()) {
            m_root->children.push_back(makePlanNode(plan));
            m_root->children.back()->parent = m_root.get();
        }
    }
    endResetModel();
}

PlanModel::Node *PlanModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex PlanModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

PlanModel::Node *PlanModel::findNode(NodeKind kind, qint64 id) const
{
    for (const auto &plan : m_root->children) {
        if (kind == NodeKind::Plan && plan->id == id)
            return plan.get();
        for (const auto &priority : plan->children) {
            if (kind == NodeKind::Priority && priority->id == id)
                return priority.get();
            if (kind != NodeKind::Measure)
                continue;
            for (const auto &measure : priority->children) {
                if (measure->id == id)
                    return measure.get();
            }
        }
    }
    return nullptr;
}

QModelIndex PlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeOf(parent);
    if (row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex PlanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int PlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case NodeKindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case BuiltinRole:
        return node->builtin;
    case Qt::ToolTipRole:
        if (node->kind == NodeKind::Measure)
            return node->measure.definition;
        if (node->kind == NodeKind::Plan && node->builtin)
            return tr("Built-in plan (read-only): copy it to edit");
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    switch (node->kind) {
    case NodeKind::Plan:
        if (index.column() == TitleColumn)
            return node->plan.title;
        if (index.column() == CodeColumn)
            return node->plan.code;
        return {};
    case NodeKind::Priority:
        if (index.column() == TitleColumn)
            return node->priority.title;
        if (index.column() == CodeColumn)
            return node->priority.code;
        return {};
    case NodeKind::Measure:
        switch (index.column()) {
        case TitleColumn:
            return node->measure.title;
        case CodeColumn:
            return node->measure.code;
        case UnitColumn:
            return displayName(node->measure.unit);
        case PolarityColumn:
            return displayName(node->measure.polarity);
        case TargetColumn:
            return targetSummary(node->measure);
        default:
            return {};
        }
    }
    return {};
}

bool PlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeOf(index);
    if (role != Qt::EditRole || !index.isValid() || node->kind != NodeKind::Measure || node->builtin ||
        index.column() != TitleColumn)
        return false;
    const QString title = value.toString().trimmed();
    if (title.isEmpty() || title == node->measure.title)
        return false;
    Measure after = node->measure;
    after.title = title;
    const int before = m_undoStack.count();
    m_undoStack.push(new EditMeasureCommand(m_service, node->measure, after));
    return m_undoStack.count() > before;
}

Qt::ItemFlags PlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Node *node = nodeOf(index);
    if (node->kind == NodeKind::Measure && !node->builtin && index.column() == TitleColumn)
        f |= Qt::ItemIsEditable;
    if (node->kind == NodeKind::Measure)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Plan, priority or measure");
    case CodeColumn:
        return tr("Code");
    case UnitColumn:
        return tr("Unit");
    case PolarityColumn:
        return tr("Polarity");
    case TargetColumn:
        return tr("Target");
    default:
        return {};
    }
}

PlanModel::NodeKind PlanModel::kind(const QModelIndex &index) const
{
    return nodeOf(index)->kind;
}

qint64 PlanModel::id(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->id : 0;
}

bool PlanModel::isBuiltin(const QModelIndex &index) const
{
    return index.isValid() && nodeOf(index)->builtin;
}

qint64 PlanModel::planId(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    while (node && node->parent && node->parent != m_root.get())
        node = node->parent;
    return node && node != m_root.get() ? node->id : 0;
}

QModelIndex PlanModel::indexOfPlan(qint64 id) const
{
    return indexOfNode(findNode(NodeKind::Plan, id));
}

QModelIndex PlanModel::indexOfPriority(qint64 id) const
{
    return indexOfNode(findNode(NodeKind::Priority, id));
}

QModelIndex PlanModel::indexOfMeasure(qint64 id) const
{
    return indexOfNode(findNode(NodeKind::Measure, id));
}

const Measure *PlanModel::measureAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return index.isValid() && node->kind == NodeKind::Measure ? &node->measure : nullptr;
}

void PlanModel::onPlanInserted(const Plan &plan, int row)
{
    row = std::clamp(row, 0, int(m_root->children.size()));
    beginInsertRows({}, row, row);
    auto node = makePlanNode(plan);
    node->parent = m_root.get();
    m_root->children.insert(m_root->children.begin() + row, std::move(node));
    endInsertRows();
}

void PlanModel::onPlanRemoved(qint64 planId)
{
    Node *node = findNode(NodeKind::Plan, planId);
    if (!node)
        return;
    const int row = node->row();
    beginRemoveRows({}, row, row);
    m_root->children.erase(m_root->children.begin() + row);
    endRemoveRows();
}

void PlanModel::onPriorityInserted(qint64 planId, const Priority &priority, int row)
{
    Node *plan = findNode(NodeKind::Plan, planId);
    if (!plan)
        return;
    row = std::clamp(row, 0, int(plan->children.size()));
    beginInsertRows(indexOfNode(plan), row, row);
    auto node = makePriorityNode(priority, plan->builtin);
    node->parent = plan;
    plan->children.insert(plan->children.begin() + row, std::move(node));
    endInsertRows();
}

void PlanModel::onPriorityRemoved(qint64, qint64 priorityId)
{
    Node *node = findNode(NodeKind::Priority, priorityId);
    if (!node)
        return;
    Node *plan = node->parent;
    const int row = node->row();
    beginRemoveRows(indexOfNode(plan), row, row);
    plan->children.erase(plan->children.begin() + row);
    endRemoveRows();
}

void PlanModel::onMeasureInserted(qint64 priorityId, const Measure &measure, int row)
{
    Node *priority = findNode(NodeKind::Priority, priorityId);
    if (!priority)
        return;
    row = std::clamp(row, 0, int(priority->children.size()));
    beginInsertRows(indexOfNode(priority), row, row);
    auto node = makeMeasureNode(measure, priority->builtin);
    node->parent = priority;
    priority->children.insert(priority->children.begin() + row, std::move(node));
    endInsertRows();
}

void PlanModel::onMeasureChanged(const Measure &measure)
{
    Node *node = findNode(NodeKind::Measure, measure.id);
    if (!node)
        return;
    node->measure = measure;
    Q_EMIT dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
}

void PlanModel::onMeasureRemoved(qint64, qint64 measureId)
{
    Node *node = findNode(NodeKind::Measure, measureId);
    if (!node)
        return;
    Node *priority = node->parent;
    const int row = node->row();
    beginRemoveRows(indexOfNode(priority), row, row);
    priority->children.erase(priority->children.begin() + row);
    endRemoveRows();
}

} // namespace cw

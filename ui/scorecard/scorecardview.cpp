#include "scorecard/scorecardview.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

#include "charts/sparklinedelegate.h"
#include "commands/overridestatuscommand.h"
#include "models/scorecardfiltermodel.h"
#include "models/scorecardmodel.h"
#include "models/statusstyle.h"
#include "scorecard/overridedialog.h"
#include "scorecard/statusdetails.h"
#include "services/importservice.h"
#include "services/overrideservice.h"
#include "services/planservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

// The first month the "as of" list offers: the 2013–16 Plan's baselines are 2011/12.
constexpr int kFirstYear = 2011;
constexpr int kFirstMonth = 4;

} // namespace

ScorecardView::ScorecardView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("scorecardView"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("scorecardMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c13; padding: 6px; }"));
    m_message->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scorecardSummary"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("scorecardTable"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(ScorecardModel::TrendColumn,
                                      new SparklineDelegate(ScorecardModel::SparklineRole, m_table));
    m_details = new StatusDetails(this);
    m_details->setMinimumHeight(120);

    // The details go below the table, their four parts side by side: the table needs the width.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->setSpacing(2);
    lowerLayout->addWidget(createOverrideBar());
    lowerLayout->addWidget(m_details, 1);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({560, 200});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilters());
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    // Created after the view so that the view goes first when this is destroyed.
    m_model = new ScorecardModel(workspace.scorecards(), this);
    m_filter = new ScorecardFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScorecardModel::MeasureColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(ScorecardModel::TrendColumn, QHeaderView::Fixed);
    header->resizeSection(ScorecardModel::TrendColumn, 120);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ScorecardView::updateDetails);
    connect(m_table, &QAbstractItemView::activated, this, &ScorecardView::activate);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ScorecardView::updateDetails);
    // New data changes every figure; a plan edit may change any measure.
    connect(&workspace.imports(), &ImportService::batchAdded, this, &ScorecardView::reload);
    connect(&workspace.imports(), &ImportService::batchRemoved, this, &ScorecardView::reload);
    PlanService *plans = &workspace.plans();
    connect(plans, &PlanService::measureChanged, this, &ScorecardView::reload);
    connect(plans, &PlanService::measureInserted, this, &ScorecardView::reload);
    connect(plans, &PlanService::measureRemoved, this, &ScorecardView::reload);
    const auto plansChanged = [this] {
        fillPlans();
        reload();
    };
    connect(&workspace.overrides(), &OverrideService::overrideAdded, this, &ScorecardView::reload);
    connect(plans, &PlanService::planInserted, this, plansChanged);
    connect(plans, &PlanService::planRemoved, this, plansChanged);
    connect(plans, &PlanService::priorityInserted, this, plansChanged);
    connect(plans, &PlanService::priorityRemoved, this, plansChanged);

    fillPlans();
    reload();
}

ScorecardView::~ScorecardView()
{
    m_table->selectionModel()->disconnect(this);
    m_filter->disconnect(this);
    m_workspace.imports().disconnect(this);
    m_workspace.plans().disconnect(this);
    m_workspace.overrides().disconnect(this);
}

QWidget *ScorecardView::createOverrideBar()
{
    auto *bar = new QWidget(this);
    m_overrideAction = new QAction(tr("&Override status…"), this);
    m_overrideAction->setObjectName(QStringLiteral("overrideStatusAction"));
    m_overrideAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_overrideAction->setToolTip(tr("Record officer judgement on the selected measure's status, with a note "
                                    "(Ctrl+Shift+J)"));
    m_clearOverrideAction = new QAction(tr("&Clear override…"), this);
    m_clearOverrideAction->setObjectName(QStringLiteral("clearOverrideAction"));
    m_clearOverrideAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_clearOverrideAction->setToolTip(tr("Return to the calculated status, with a note (Ctrl+Shift+K)"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_overrideAction, m_clearOverrideAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    connect(m_overrideAction, &QAction::triggered, this, [this] { editOverride(false); });
    connect(m_clearOverrideAction, &QAction::triggered, this, [this] { editOverride(true); });
    return bar;
}

void ScorecardView::editOverride(bool clear)
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    const ScorecardRow *current = index.isValid() ? m_model->rowAt(index.row()) : nullptr;
    if (current == nullptr || (clear && !current->statusOverride))
        return;
    const ScorecardRow row = *current; // the model may reload while the dialog is open
    OverrideDialog dialog(row, clear ? OverrideDialog::Mode::Clear : OverrideDialog::Mode::Override, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    StatusOverride after;
    after.planCode = options().planCode;
    after.measureCode = row.measure.code;
    after.areaCode = row.areaCode;
    after.status = clear ? StatusOverride::clearedName() : dialog.statusName();
    after.note = dialog.note();
    m_workspace.undoStack().push(
        new OverrideStatusCommand(m_workspace.overrides(), row.statusOverride, after));
}

QWidget *ScorecardView::createFilters()
{
    auto *bar = new QWidget(this);
    m_plan = new QComboBox(bar);
    m_plan->setObjectName(QStringLiteral("planCombo"));
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_asOf = new QComboBox(bar);
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    fillAsOf();
    m_priority = new QComboBox(bar);
    m_priority->setObjectName(QStringLiteral("priorityFilter"));
    // Priority titles are long sentences: the list shows them in full, the box a part.
    m_priority->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_priority->setMinimumContentsLength(36);
    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const TrajectoryStatus status : StatusStyle::all())
        m_status->addItem(StatusStyle::text(status), toName(status));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [bar, layout](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(combo);
        layout->addWidget(label);
        layout->addWidget(combo);
        layout->addSpacing(10);
    };
    add(tr("&Plan:"), m_plan);
    add(tr("As &of:"), m_asOf);
    add(tr("P&riority:"), m_priority);
    add(tr("&Status:"), m_status);
    layout->addStretch(1);

    connect(m_plan, &QComboBox::currentIndexChanged, this, [this] {
        fillPriorities();
        reload();
    });
    connect(m_asOf, &QComboBox::currentIndexChanged, this, &ScorecardView::reload);
    connect(m_priority, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setPriorityCode(m_priority->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusName(m_status->currentData().toString()); });
    return bar;
}

void ScorecardView::fillPlans()
{
    // Keeps the plan shown (and the priority filter) when it is still there.
    const QString current = m_plan->currentData().toString();
    const QString priority = m_priority->currentData().toString();
    const QSignalBlocker blocker(m_plan);
    m_plan->clear();
    const Result<QList<Plan>> plans = m_workspace.plans().plans();
    if (plans) {
        for (const Plan &plan : *plans)
            m_plan->addItem(tr("%1 — %2").arg(plan.code, plan.title), plan.code);
    }
    m_plan->setCurrentIndex(std::max(0, m_plan->findData(current)));
    fillPriorities();
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(priority)));
}

void ScorecardView::fillAsOf()
{
    m_asOf->addItem(tr("Latest data"), QString());
    const QDate today = QDate::currentDate();
    for (QDate month(today.year(), today.month(), 1); month >= QDate(kFirstYear, kFirstMonth, 1);
         month = month.addMonths(-1))
        m_asOf->addItem(QLocale().toString(month, QStringLiteral("MMMM yyyy")),
                        month.toString(QStringLiteral("yyyy-MM")));
    m_asOf->setMaxVisibleItems(18);
}

void ScorecardView::fillPriorities()
{
    const QSignalBlocker blocker(m_priority);
    m_priority->clear();
    m_priority->addItem(tr("All priorities"), QString());
    const QString planCode = m_plan->currentData().toString();
    const Result<QList<Plan>> plans = m_workspace.plans().plans();
    if (plans) {
        for (const Plan &plan : *plans) {
            if (plan.code != planCode)
                continue;
            for (const Priority &priority : plan.priorities)
                m_priority->addItem(tr("%1 — %2").arg(priority.code, priority.title), priority.code);
        }
    }
    m_filter->setPriorityCode({});
}

ScorecardOptions ScorecardView::options() const
{
    ScorecardOptions options = m_model->options();
    options.planCode = m_plan->currentData().toString();
    options.asOf = m_asOf->currentData().toString();
    return options;
}

void ScorecardView::reload()
{
    if (m_model == nullptr)
        return;
    const QString current = m_table->currentIndex().data(ScorecardModel::MeasureCodeRole).toString();
    m_model->setOptions(options());
    m_message->setVisible(m_model->error().has_value());
    if (m_model->error())
        m_message->setText(m_model->error()->message);

    QMap<TrajectoryStatus, int> counts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[m_model->rowAt(row)->status.effectiveStatus()];
    QStringList parts;
    for (const TrajectoryStatus status : StatusStyle::all()) {
        if (counts.value(status) > 0)
            parts.append(tr("%1 %2").arg(counts.value(status)).arg(StatusStyle::text(status)));
    }
    const QString measures =
        m_model->rowCount() == 1 ? tr("1 measure") : tr("%1 measures").arg(m_model->rowCount());
    QString summary =
        parts.isEmpty() ? measures : tr("%1: %2.").arg(measures, parts.join(QStringLiteral(", ")));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowAt(row)->baselineFromData) {
            summary += u' ' + tr("Baselines in italics are computed from the data: the Plan published none.");
            break;
        }
    }
    m_summary->setText(summary);
    // Keep the measure that was selected; otherwise the first, so that its reasons show.
    if (current.isEmpty() || !selectMeasure(current)) {
        if (m_filter->rowCount() > 0)
            m_table->setCurrentIndex(m_filter->index(0, ScorecardModel::MeasureColumn));
    }
}

bool ScorecardView::selectPlan(const QString &planCode)
{
    const int index = m_plan->findData(planCode);
    if (index >= 0)
        m_plan->setCurrentIndex(index);
    return index >= 0;
}

bool ScorecardView::selectMeasure(const QString &measureCode)
{
    const int sourceRow = m_model->rowOf(measureCode);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, ScorecardModel::MeasureColumn));
    if (!index.isValid()) {
        m_priority->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(sourceRow, ScorecardModel::MeasureColumn));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return index.isValid();
}

void ScorecardView::updateDetails()
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    const ScorecardRow *row = index.isValid() ? m_model->rowAt(index.row()) : nullptr;
    m_details->setRow(row);
    m_overrideAction->setEnabled(row != nullptr);
    m_clearOverrideAction->setEnabled(row != nullptr && row->statusOverride.has_value());
}

void ScorecardView::activate(const QModelIndex &index)
{
    const QString code = index.data(ScorecardModel::MeasureCodeRole).toString();
    if (!code.isEmpty())
        Q_EMIT measureActivated(code, options());
}

} // namespace cw

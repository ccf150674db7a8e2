#include "plans/planbrowser.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "commands/copyplancommand.h"
#include "commands/editmeasurecommand.h"
#include "commands/insertmeasurecommand.h"
#include "commands/insertprioritycommand.h"
#include "models/planmodel.h"
#include "plans/measureeditor.h"
#include "plans/plansummary.h"
#include "services/planservice.h"
#include "workspace/workspace.h"

namespace cw {

PlanBrowser::PlanBrowser(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("planBrowser"));

    m_messageLine = new QLabel(this);
    m_messageLine->setObjectName(QStringLiteral("messageLine"));
    m_messageLine->setWordWrap(true);
    m_messageLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLine->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c13; padding: 6px; }"));
    m_messageLine->hide();

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_editor = new MeasureEditor(this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(createDetails());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 700});

    createActions();
    auto *toolBar = new QToolBar(tr("Plan"), this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addActions({m_addPriority, m_addMeasure, m_remove});
    toolBar->addSeparator();
    toolBar->addAction(m_copyPlan);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(m_messageLine);
    layout->addWidget(splitter, 1);

    // Created after the view so that the view goes first when the browser is destroyed.
    m_model = new PlanModel(workspace.plans(), workspace.undoStack(), this);
    m_tree->setModel(m_model);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PlanModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PlanModel::CodeColumn, QHeaderView::ResizeToContents);
    for (const int column : {PlanModel::UnitColumn, PlanModel::PolarityColumn, PlanModel::TargetColumn})
        m_tree->setColumnHidden(column, true);
    m_tree->expandAll();

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlanBrowser::onCurrentChanged);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, [this] {
            updateActions();
            updateDetails();
        });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PlanBrowser::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlanBrowser::onCurrentChanged);
    connect(m_editor, &MeasureEditor::measureEdited, this, &PlanBrowser::applyEdit);
    connect(&workspace.plans(), &PlanService::failed, this, &PlanBrowser::showError);

    onCurrentChanged();
}

PlanBrowser::~PlanBrowser()
{
    // The children go after this part of the object: nothing may call back into it.
    m_editor->disconnect(this);
    m_model->disconnect(this);
    m_tree->selectionModel()->disconnect(this);
    m_workspace.plans().disconnect(this);
}

void PlanBrowser::createActions()
{
    const auto makeAction = [this](const QString &text, const char *name, const QKeySequence &shortcut,
                                   const QString &toolTip) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        action->setToolTip(toolTip);
        return action;
    };
    m_addPriority =
        makeAction(tr("Add &priority"), "addPriorityAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                   tr("Add a priority to the selected plan (Ctrl+Shift+P)"));
    m_addMeasure =
        makeAction(tr("Add &measure"), "addMeasureAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                   tr("Add a measure to the selected priority (Ctrl+Shift+N)"));
    m_remove = makeAction(tr("&Remove"), "removeAction", QKeySequence::Delete,
                          tr("Remove the selected priority or measure (Delete)"));
    m_copyPlan = makeAction(tr("&Copy plan to edit"), "copyPlanAction", {},
                            tr("Make an editable copy of the selected plan"));

    // Add and copy work anywhere in the browser; Delete only where it cannot mean "delete a
    // character": in the tree.
    for (QAction *action : {m_addPriority, m_addMeasure, m_copyPlan}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(m_remove);

    connect(m_addPriority, &QAction::triggered, this, &PlanBrowser::addPriority);
    connect(m_addMeasure, &QAction::triggered, this, &PlanBrowser::addMeasure);
    connect(m_remove, &QAction::triggered, this, &PlanBrowser::removeSelected);
    connect(m_copyPlan, &QAction::triggered, this, &PlanBrowser::copyPlan);
}

QWidget *PlanBrowser::createDetails()
{
    auto *panel = new QWidget(this);

    m_banner = new QFrame(panel);
    m_banner->setObjectName(QStringLiteral("builtinBannerFrame"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(
        QStringLiteral("#builtinBannerFrame { background: #e8f1fb; border: 1px solid #9cbfe6; }"));
    auto *bannerText = new QLabel(
        tr("This is a built-in plan and cannot be edited. Copy it to make your own version."), m_banner);
    bannerText->setObjectName(QStringLiteral("builtinBanner"));
    bannerText->setWordWrap(true);
    auto *bannerButton = new QPushButton(tr("Copy plan to edit"), m_banner);
    bannerButton->setObjectName(QStringLiteral("builtinBannerCopyButton"));
    connect(bannerButton, &QPushButton::clicked, this, &PlanBrowser::copyPlan);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(bannerButton);

    m_summary = new PlanSummary(panel);

    m_details = new QStackedWidget(panel);
    m_details->addWidget(m_editor);
    m_details->addWidget(m_summary);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_details, 1);
    return panel;
}

QModelIndex PlanBrowser::currentIndex() const
{
    const QModelIndex index = m_tree->selectionModel()->currentIndex();
    return index.isValid() ? index.siblingAtColumn(PlanModel::TitleColumn) : index;
}

void PlanBrowser::select(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

bool PlanBrowser::selectMeasure(const QString &measureCode, const QString &planCode)
{
    const Result<QList<Plan>> plans = m_workspace.plans().plans();
    if (!plans)
        return false;
    for (const Plan &plan : *plans) {
        if (!planCode.isEmpty() && plan.code != planCode)
            continue;
        for (const Priority &priority : plan.priorities) {
            for (const Measure &measure : priority.measures) {
                if (measure.code == measureCode) {
                    select(m_model->indexOfMeasure(measure.id));
                    return true;
                }
            }
        }
    }
    return false;
}

void PlanBrowser::onCurrentChanged()
{
    // Keyboard moves and programmatic selection do not take the focus out of the form:
    // apply what was typed before the form shows something else.
    clearMessage();
    m_editor->commit();
    updateActions();
    updateDetails();
}

void PlanBrowser::updateActions()
{
    const QModelIndex index = currentIndex();
    const bool valid = index.isValid();
    const bool editable = valid && !m_model->isBuiltin(index);
    const bool inPlan = valid && m_model->kind(index) != PlanModel::NodeKind::Plan;
    m_addPriority->setEnabled(editable);
    m_addMeasure->setEnabled(editable && inPlan);
    m_remove->setEnabled(editable && inPlan);
    m_copyPlan->setEnabled(valid);
    m_banner->setVisible(valid && !editable);
}

void PlanBrowser::updateDetails()
{
    const QModelIndex index = currentIndex();
    if (index.isValid() && m_model->kind(index) == PlanModel::NodeKind::Measure) {
        if (const Measure *measure = m_model->measureAt(index)) {
            m_editor->setReadOnly(m_model->isBuiltin(index));
            m_editor->setMeasure(*measure);
            m_details->setCurrentWidget(m_editor);
            return;
        }
    }
    m_editor->clear();
    m_summary->describe(*m_model, m_workspace.plans(), index);
    m_details->setCurrentWidget(m_summary);
}

void PlanBrowser::addPriority()
{
    m_editor->commit();
    const QModelIndex index = currentIndex();
    if (!index.isValid() || m_model->isBuiltin(index))
        return;
    const qint64 planId = m_model->planId(index);
    const QModelIndex planIndex = m_model->indexOfPlan(planId);
    int position = m_model->rowCount(planIndex);
    if (m_model->kind(index) == PlanModel::NodeKind::Priority)
        position = index.row() + 1;
    else if (m_model->kind(index) == PlanModel::NodeKind::Measure)
        position = index.parent().row() + 1;

    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Add priority"), tr("Title of the new priority:"),
                                                QLineEdit::Normal, tr("New priority"), &ok)
                              .trimmed();
    if (!ok || title.isEmpty())
        return;

    QStringList codes;
    for (int row = 0; row < m_model->rowCount(planIndex); ++row)
        codes << m_model->data(m_model->index(row, PlanModel::CodeColumn, planIndex)).toString();
    Priority priority;
    priority.planId = planId;
    priority.title = title;
    for (int n = m_model->rowCount(planIndex) + 1; priority.code.isEmpty() || codes.contains(priority.code);
         ++n)
        priority.code = QStringLiteral("P%1").arg(n);

    clearMessage();
    auto *command = new InsertPriorityCommand(m_workspace.plans(), planId, priority, position);
    if (push(command))
        select(m_model->indexOfPriority(command->priorityId()));
}

void PlanBrowser::addMeasure()
{
    m_editor->commit();
    const QModelIndex index = currentIndex();
    if (!index.isValid() || m_model->isBuiltin(index))
        return;
    qint64 priorityId = 0;
    int position = 0;
    if (m_model->kind(index) == PlanModel::NodeKind::Priority) {
        priorityId = m_model->id(index);
        position = m_model->rowCount(index);
    } else if (m_model->kind(index) == PlanModel::NodeKind::Measure) {
        priorityId = m_model->id(index.parent());
        position = index.row() + 1;
    } else {
        return;
    }
    Measure measure;
    measure.priorityId = priorityId;
    measure.code = m_workspace.plans().unusedMeasureCode(priorityId, QStringLiteral("NEW-MEASURE"));
    measure.title = tr("New measure");
    measure.target.kind = TargetKind::Monitor;

    clearMessage();
    auto *command = new InsertMeasureCommand(m_workspace.plans(), priorityId, measure, position);
    if (push(command)) {
        select(m_model->indexOfMeasure(command->measureId()));
        m_editor->focusTitle();
    }
}

void PlanBrowser::removeSelected()
{
    m_editor->commit();
    const QModelIndex index = currentIndex();
    if (!index.isValid() || m_model->isBuiltin(index))
        return;
    clearMessage();
    if (m_model->kind(index) == PlanModel::NodeKind::Measure) {
        if (const Measure *measure = m_model->measureAt(index)) {
            const Measure removed = *measure;
            push(new RemoveMeasureCommand(m_workspace.plans(), removed, index.row()));
        }
        return;
    }
    if (m_model->kind(index) != PlanModel::NodeKind::Priority)
        return;
    const Result<Priority> priority = m_workspace.plans().priority(m_model->id(index));
    if (!priority) {
        showError(priority.error());
        return;
    }
    const qsizetype measures = priority->measures.size();
    if (measures > 0) {
        const QString question = measures == 1
                                     ? tr("Remove the priority “%1” and its measure?").arg(priority->title)
                                     : tr("Remove the priority “%1” and its %2 measures?")
                                           .arg(priority->title, QString::number(measures));
        const auto answer =
            QMessageBox::question(this, tr("Remove priority"), question,
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    push(new RemovePriorityCommand(m_workspace.plans(), *priority, index.row()));
}

void PlanBrowser::copyPlan()
{
    m_editor->commit();
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    const Result<Plan> plan = m_workspace.plans().plan(m_model->planId(index));
    if (!plan) {
        showError(plan.error());
        return;
    }
    const QString code = m_workspace.plans().unusedPlanCode(plan->code);
    const QString title = tr("%1 (copy)").arg(plan->title);

    clearMessage();
    auto *command = new CopyPlanCommand(m_workspace.plans(), plan->id, code, title);
    if (push(command)) {
        const QModelIndex copy = m_model->indexOfPlan(command->copyId());
        m_tree->expandRecursively(copy);
        select(copy);
        m_tree->setFocus(Qt::OtherFocusReason);
    }
}

void PlanBrowser::applyEdit(const Measure &before, const Measure &after)
{
    clearMessage();
    push(new EditMeasureCommand(m_workspace.plans(), before, after));
    // If the service refused the change, show the stored values again.
    if (m_model->indexOfMeasure(after.id) == currentIndex())
        updateDetails();
}

bool PlanBrowser::push(QUndoCommand *command)
{
    // redo() runs now; QUndoStack deletes a command that the service refused (it marks
    // itself obsolete), so `command` may only be used again when this returns true.
    QUndoStack &stack = m_workspace.undoStack();
    const int before = stack.index();
    stack.push(command);
    return stack.index() > before;
}

void PlanBrowser::showError(const Error &error)
{
    m_messageLine->setText(error.message);
    m_messageLine->setToolTip(error.detail);
    m_messageLine->show();
}

void PlanBrowser::clearMessage()
{
    m_messageLine->clear();
    m_messageLine->setToolTip({});
    m_messageLine->hide();
}

} // namespace cw

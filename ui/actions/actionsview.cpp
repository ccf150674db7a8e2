#include "actions/actionsview.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include "actions/actioneditor.h"
#include "actions/actionexport.h"
#include "actions/actionfilterbar.h"
#include "actions/actionrowdelegate.h"
#include "actions/followupdialog.h"
#include "actions/followuppanel.h"
#include "actions/reviewmode.h"
#include "commands/editactioncommand.h"
#include "commands/insertactioncommand.h"
#include "common/emptystatepanel.h"
#include "models/actionfiltermodel.h"
#include "models/actionmodel.h"
#include "models/reviewsession.h"
#include "services/actionservice.h"
#include "services/meetingservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

const QKeySequence kNewKeys(Qt::CTRL | Qt::Key_N);

} // namespace

ActionsView::ActionsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ActionModel(workspace.actions(), this))
    , m_filter(new ActionFilterModel(this))
{
    setObjectName(QStringLiteral("actionsView"));
    m_filter->setSourceModel(m_model);

    m_empty = new EmptyStatePanel(
        tr("No actions yet"),
        tr("Actions are what a meeting asks the MPS to do: an owner, a due date and the follow-ups "
           "until it is done. Add the first one raised at a meeting."),
        this);
    m_empty->setObjectName(QStringLiteral("actionsEmptyState"));
    QPushButton *newButton = m_empty->addButton(tr("New action…"));
    newButton->setObjectName(QStringLiteral("emptyNewAction"));
    connect(newButton, &QPushButton::clicked, this, [this] { newAction(); });

    m_browse = createBrowsePage();
    m_review = new ReviewMode(workspace.actions(), this);
    connect(m_review, &ReviewMode::left, this, &ActionsView::leaveReview);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_browse);
    m_stack->addWidget(m_review);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_stack);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ActionsView::updatePage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActionsView::updatePage);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActionsView::showSelected);
    MeetingService &meetings = workspace.meetings();
    connect(&meetings, &MeetingService::meetingInserted, this, &ActionsView::reloadMeetings);
    connect(&meetings, &MeetingService::meetingChanged, this, &ActionsView::reloadMeetings);
    connect(&meetings, &MeetingService::meetingRemoved, this, &ActionsView::reloadMeetings);
    connect(&workspace.actions(), &ActionService::failed, this,
            [this](const Error &error) { m_message->setText(tr("⚠ %1").arg(error.message)); });
    reloadMeetings();
    updatePage();
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
}

QWidget *ActionsView::createBrowsePage()
{
    auto *page = new QWidget(this);
    m_toolBar = new QToolBar(page);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newAction = addAction(tr("&New action…"), kNewKeys, [this] { newAction(); });
    m_editAction = addAction(tr("&Edit…"), QKeySequence(Qt::Key_Return), [this] { editAction(); });
    m_editAction->setShortcut({}); // Enter on the table edits (activated); the text shows it
    m_editAction->setToolTip(tr("Edit the selected action (Enter)"));
    m_followUpAction =
        addAction(tr("Add &follow-up…"), QKeySequence(Qt::CTRL | Qt::Key_U), [this] { addFollowUp(); });
    m_correctAction = addAction(tr("&Correct…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                                [this] { correctFollowUp(); });
    m_correctAction->setToolTip(
        tr("Add a correction of the selected follow-up (follow-ups are never changed) (Ctrl+Shift+U)"));
    m_toolBar->addSeparator();
    m_reviewAction =
        addAction(tr("&Review mode"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] { startReview(); });
    m_exportAction = addAction(tr("E&xport…"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportLog(); });
    auto *search = new QAction(this);
    search->setShortcut(QKeySequence::Find);
    search->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(search);

    m_filterBar = new ActionFilterBar(*m_filter, page);
    connect(search, &QAction::triggered, m_filterBar->searchBox(), [this] {
        m_filterBar->searchBox()->setFocus();
        m_filterBar->searchBox()->selectAll();
    });

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("actionsTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new ActionRowDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActionModel::ReferenceColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QList<std::pair<int, int>> widths = {
        {ActionModel::ReferenceColumn, 105}, {ActionModel::TitleColumn, 220},
        {ActionModel::MeetingColumn, 130},   {ActionModel::OwnerColumn, 150},
        {ActionModel::LeadColumn, 90},       {ActionModel::DueColumn, 215},
        {ActionModel::PriorityColumn, 65},   {ActionModel::StatusColumn, 90}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    // What a reader scans first: status and due date next to the title.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(ActionModel::StatusColumn), ActionModel::TitleColumn + 1);
    header->moveSection(header->visualIndex(ActionModel::DueColumn), ActionModel::TitleColumn + 2);
    connect(m_table, &QTableView::activated, this, [this] { editAction(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionsView::showSelected);

    m_followUps = new FollowUpPanel(m_workspace.actions(), page);
    connect(m_followUps, &FollowUpPanel::selectionChanged, this, &ActionsView::updateActions);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(m_table);
    splitter->addWidget(m_followUps);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({1000, 380});

    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("actionsMessage"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    return page;
}

QAction *ActionsView::addAction(const QString &text, const QKeySequence &keys,
                                const std::function<void()> &slot)
{
    auto *action = new QAction(text, this);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!keys.isEmpty())
        action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(u'&').remove(QStringLiteral("…")),
                                             keys.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    m_toolBar->addAction(action);
    return action;
}

QWidget *ActionsView::currentPage() const
{
    return m_stack->currentWidget();
}

void ActionsView::setToday(const QDate &today)
{
    m_today = today;
    m_model->setToday(today);
    m_filter->setToday(today);
}

bool ActionsView::selectAction(qint64 actionId)
{
    const int sourceRow = m_model->rowOf(actionId);
    const QModelIndex index = m_filter->mapFromSource(m_model->index(qMax(0, sourceRow), 0));
    if (sourceRow < 0 || !index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

qint64 ActionsView::selectedActionId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ActionModel::IdRole).toLongLong() : 0;
}

// Ctrl+N is "new workspace" in the main window; while this page has the focus it means a new
// action, so the page claims the key before the window's shortcut sees it.
bool ActionsView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && m_stack->currentWidget() != m_review) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (QKeySequence(key->keyCombination()) == kNewKeys) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void ActionsView::keyPressEvent(QKeyEvent *event)
{
    if (QKeySequence(event->keyCombination()) == kNewKeys && m_stack->currentWidget() != m_review) {
        newAction();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ActionsView::reloadMeetings()
{
    Result<QList<Meeting>> meetings = m_workspace.meetings().meetings();
    if (!meetings)
        return showError(tr("Could not read the meetings"), meetings.error());
    QList<Meeting> sorted = meetings.value();
    std::sort(sorted.begin(), sorted.end(),
              [](const Meeting &a, const Meeting &b) { return a.startsAt > b.startsAt; });
    m_filterBar->setMeetings(sorted);
    m_model->reload(); // meeting titles are joined into the rows
}

void ActionsView::updatePage()
{
    if (m_stack->currentWidget() == m_review)
        return;
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_browse);
    updateActions();
}

void ActionsView::updateActions()
{
    const bool selected = selectedActionId() != 0;
    m_editAction->setEnabled(selected);
    m_followUpAction->setEnabled(selected);
    m_correctAction->setEnabled(selected && m_followUps->selectedFollowUp() != nullptr);
    m_exportAction->setEnabled(m_model->rowCount() > 0);
}

void ActionsView::showSelected()
{
    const qint64 id = selectedActionId();
    const int row = m_model->rowOf(id);
    const Action *action = row < 0 ? nullptr : m_model->actionAt(row);
    if (action == nullptr)
        m_followUps->setAction({});
    else if (action->id != m_followUps->actionId() || sender() == m_model)
        m_followUps->setAction(*action);
    updateActions();
}

void ActionsView::newAction()
{
    Action draft;
    draft.meetingId = m_filterBar->meetingId();
    draft.owner.organisation = QStringLiteral("MPS");
    ActionEditor editor(m_workspace, draft, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    m_message->clear();
    auto *command = new InsertActionCommand(m_workspace.actions(), editor.action());
    command->setText(tr("Add action “%1”").arg(editor.action().title));
    m_workspace.undoStack().push(command);
    if (command->action().id != 0) {
        if (!selectAction(command->action().id))
            m_message->setText(tr("Added %1; the filters hide it.").arg(command->action().reference));
        else
            m_message->setText(tr("Added %1.").arg(command->action().reference));
    }
}

void ActionsView::editAction()
{
    const int row = m_model->rowOf(selectedActionId());
    if (row < 0)
        return;
    const Action before = *m_model->actionAt(row);
    ActionEditor editor(m_workspace, before, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    m_message->clear();
    const Action after = editor.action();
    if (after != before) {
        auto *command = new EditActionCommand(m_workspace.actions(), before, after);
        command->setText(tr("Edit action %1").arg(before.reference));
        m_workspace.undoStack().push(command);
    }
    if (const std::optional<FollowUpRequest> change = editor.statusChange()) {
        const Result<FollowUp> added = m_workspace.actions().addFollowUp(before.id, *change);
        if (!added)
            showError(tr("The status was not changed"), added.error());
    }
}

void ActionsView::addFollowUp()
{
    const int row = m_model->rowOf(selectedActionId());
    if (row < 0)
        return;
    const Action action = *m_model->actionAt(row);
    FollowUpDialog dialog(action, nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<FollowUp> added = m_workspace.actions().addFollowUp(action.id, dialog.request());
    if (!added)
        showError(tr("The follow-up was not added"), added.error());
}

void ActionsView::correctFollowUp()
{
    const int row = m_model->rowOf(selectedActionId());
    const FollowUp *selected = m_followUps->selectedFollowUp();
    if (row < 0 || selected == nullptr)
        return;
    const FollowUp corrected = *selected;
    const Action action = *m_model->actionAt(row);
    FollowUpDialog dialog(action, &corrected, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<FollowUp> added = m_workspace.actions().addFollowUp(action.id, dialog.request());
    if (!added)
        showError(tr("The correction was not added"), added.error());
}

qint64 ActionsView::defaultReviewMeeting() const
{
    if (const qint64 chosen = m_filterBar->meetingId(); chosen != 0)
        return chosen;
    const Result<QList<Meeting>> meetings = m_workspace.meetings().meetings();
    if (!meetings)
        return 0;
    // The latest meeting that has started (not cancelled); before any, the earliest planned.
    const QDateTime now =
        m_today.isValid() ? QDateTime(m_today.addDays(1), QTime(0, 0)) : QDateTime::currentDateTime();
    const Meeting *best = nullptr;
    const Meeting *earliest = nullptr;
    for (const Meeting &meeting : meetings.value()) {
        if (meeting.status == MeetingStatus::Cancelled)
            continue;
        if (meeting.startsAt <= now && (best == nullptr || meeting.startsAt > best->startsAt))
            best = &meeting;
        if (earliest == nullptr || meeting.startsAt < earliest->startsAt)
            earliest = &meeting;
    }
    return best ? best->id : earliest ? earliest->id : 0;
}

bool ActionsView::startReview(qint64 meetingId)
{
    if (meetingId == 0)
        meetingId = defaultReviewMeeting();
    const Result<Meeting> meeting = m_workspace.meetings().meeting(meetingId);
    if (!meeting) {
        m_message->setText(tr("Choose a meeting to review in the meeting filter first."));
        return false;
    }
    const Result<void> started = m_review->start(meetingId, meeting->title, m_today);
    if (!started) {
        showError(tr("Review mode could not start"), started.error());
        return false;
    }
    m_stack->setCurrentWidget(m_review);
    return true;
}

void ActionsView::leaveReview()
{
    const Action *last = m_review->session()->current();
    const qint64 id = last ? last->id : 0;
    m_stack->setCurrentWidget(m_browse);
    updatePage();
    if (id != 0)
        selectAction(id);
    m_table->setFocus();
}

void ActionsView::exportLog()
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QString path = ActionExport::run(this, m_filter->visibleActions(), today);
    if (!path.isEmpty())
        m_message->setText(tr("Exported %n action(s) to %1.", nullptr, m_filter->rowCount()).arg(path));
}

void ActionsView::showError(const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    box.setDetailedText(error.detail);
    box.exec();
}

} // namespace cw

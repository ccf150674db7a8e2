#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

#include "boroughs/boroughsview.h"
#include "actions/actionsview.h"
#include "common/emptystatepanel.h"
#include "imports/filedrop.h"
#include "imports/importsview.h"
#include "briefing/briefingactions.h"
#include "meetings/meetingsview.h"
#include "plans/measureeditor.h"
#include "plans/planbrowser.h"
#include "scorecard/scorecardtabs.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

QString fileFilter()
{
    return MainWindow::tr("Challenge Workbench workspaces (*.cwb);;All files (*)");
}

QString pageName(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::PlansPage:
        return MainWindow::tr("Plans");
    case MainWindow::ScorecardPage:
        return MainWindow::tr("Scorecard");
    case MainWindow::BoroughsPage:
        return MainWindow::tr("Boroughs");
    case MainWindow::MeetingsPage:
        return MainWindow::tr("Meetings");
    case MainWindow::ActionsPage:
        return MainWindow::tr("Actions");
    case MainWindow::ImportsPage:
        return MainWindow::tr("Imports");
    case MainWindow::PageCount:
        break;
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true); // files dropped anywhere open the import wizard

    m_welcome = new EmptyStatePanel(
        tr("No workspace open"),
        tr("A workspace is one file that holds the plans, the imported data and your meetings. "
           "Create a new one or open one you already have."),
        this);
    m_welcome->setObjectName(QStringLiteral("welcomePanel"));
    connect(m_welcome->addButton(tr("New workspace…")), &QPushButton::clicked, this,
            &MainWindow::newWorkspace);
    connect(m_welcome->addButton(tr("Open workspace…")), &QPushButton::clicked, this,
            &MainWindow::chooseWorkspace);

    m_workspaceView = createWorkspaceView();
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_workspaceView);
    setCentralWidget(m_central);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("workspacePathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoLabel = new QLabel(tr("Illustrative demo data"), this);
    m_demoLabel->setObjectName(QStringLiteral("demoLabel"));
    m_demoLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 1px 6px; }"));
    m_demoLabel->setToolTip(tr("The figures in this workspace are made up for demonstration. "
                               "They are not published police data."));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_demoLabel);

    createMenus();

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 800);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    updateState();
}

MainWindow::~MainWindow()
{
    closeWorkspace();
}

QWidget *MainWindow::createWorkspaceView()
{
    auto *view = new QWidget(this);
    m_navigation = new QListWidget(view);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMaximumWidth(180);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation::item { padding: 6px 10px; }"));
    m_pages = new QStackedWidget(view);
    for (int i = 0; i < PageCount; ++i) {
        const auto page = static_cast<Page>(i);
        auto *item = new QListWidgetItem(pageName(page), m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pageName(page), QString::number(i + 1)));
        // Every page belongs to a workspace: setWorkspace() inserts them.
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *layout = new QHBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    return view;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *action = file->addAction(tr("&New workspace…"), this, &MainWindow::newWorkspace);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    action = file->addAction(tr("&Open…"), this, &MainWindow::chooseWorkspace);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    m_closeAction = file->addAction(tr("&Close workspace"), this, &MainWindow::closeWorkspace);
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import files…"), this, [this] { importFiles(); });
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    // The Meetings page's briefing actions (its selected meeting); the shortcuts belong to the
    // page (Ctrl+E exports the action log on the Actions page), so here they are only shown.
    const auto hint = [](QKeyCombination key) -> QString {
        return QLatin1Char('\t') + QKeySequence(key).toString(QKeySequence::NativeText);
    };
    using Entry = std::pair<QString, const char *>;
    for (const auto &[text, name] :
         {Entry{tr("E&xport briefing…") + hint(Qt::CTRL | Qt::Key_E), "fileExportBriefingAction"},
          Entry{tr("Print pre&view…"), "filePreviewBriefingAction"},
          Entry{tr("&Print briefing…") + hint(Qt::CTRL | Qt::Key_P), "filePrintBriefingAction"}}) {
        action = file->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setEnabled(false);
        const int index = int(m_briefingActions.size());
        connect(action, &QAction::triggered, this, [this, index] {
            if (m_meetingsView == nullptr)
                return;
            showPage(MeetingsPage);
            m_meetingsView->briefingActions()->actions().at(index)->trigger();
        });
        m_briefingActions.append(action);
    }
    file->addSeparator();
    action = file->addAction(tr("&Quit"), this, &QWidget::close);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    action->setMenuRole(QAction::QuitRole);

    // The group follows the open workspace's stack, so the actions never need rebinding.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    action = m_undoGroup->createUndoAction(this, tr("&Undo"));
    action->setObjectName(QStringLiteral("undoAction"));
    action->setShortcut(QKeySequence::Undo);
    edit->addAction(action);
    action = m_undoGroup->createRedoAction(this, tr("&Redo"));
    action->setObjectName(QStringLiteral("redoAction"));
    action->setShortcut(QKeySequence::Redo);
    edit->addAction(action);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        action = view->addAction(pageName(static_cast<Page>(i)));
        action->setShortcut(QKeyCombination(Qt::ControlModifier, static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
        m_pageActions.append(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    action = help->addAction(tr("&About Challenge Workbench"), this, &MainWindow::about);
    action->setMenuRole(QAction::AboutRole);
    action = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    action->setMenuRole(QAction::AboutQtRole);
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (m_workspace && QFileInfo(m_workspace->path()) == QFileInfo(path))
        return true;
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
    if (!opened) {
        showError(tr("Could not open the workspace"), opened.error());
        return false;
    }
    setWorkspace(std::move(opened).value());
    return true;
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    closeWorkspace();
    if (!workspace)
        return;
    m_workspace = std::move(workspace);
    m_undoGroup->addStack(&m_workspace->undoStack());
    m_undoGroup->setActiveStack(&m_workspace->undoStack());
    m_planBrowser = new PlanBrowser(*m_workspace, m_pages);
    m_pages->insertWidget(PlansPage, m_planBrowser);
    m_scorecardTabs = new ScorecardTabs(*m_workspace, m_pages);
    m_pages->insertWidget(ScorecardPage, m_scorecardTabs);
    m_boroughsView = new BoroughsView(*m_workspace, m_pages);
    m_pages->insertWidget(BoroughsPage, m_boroughsView);
    connect(m_boroughsView, &BoroughsView::importRequested, this, [this] { importFiles(); });
    m_meetingsView = new MeetingsView(*m_workspace, m_pages);
    m_pages->insertWidget(MeetingsPage, m_meetingsView);
    for (int i = 0; i < m_briefingActions.size(); ++i) {
        QAction *source = m_meetingsView->briefingActions()->actions().at(i);
        QAction *proxy = m_briefingActions.at(i);
        proxy->setEnabled(source->isEnabled());
        proxy->setToolTip(source->toolTip());
        connect(source, &QAction::changed, proxy,
                [source, proxy] { proxy->setEnabled(source->isEnabled()); });
    }
    m_actionsView = new ActionsView(*m_workspace, m_pages);
    m_pages->insertWidget(ActionsPage, m_actionsView);
    m_importsView = new ImportsView(*m_workspace, m_pages);
    m_pages->insertWidget(ImportsPage, m_importsView);
    m_pages->setCurrentIndex(qMax(0, m_navigation->currentRow()));
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(PlansPage);
    m_recent.add(m_workspace->path());
    updateRecentMenu();
    updateState();
}

void MainWindow::closeWorkspace()
{
    if (!m_workspace)
        return;
    // Panels and their models refer to the workspace: they go first. A field being edited
    // keeps what was typed.
    m_planBrowser->editor()->commit();
    m_pages->removeWidget(m_planBrowser);
    delete m_planBrowser;
    m_planBrowser = nullptr;
    m_pages->removeWidget(m_scorecardTabs);
    delete m_scorecardTabs;
    m_scorecardTabs = nullptr;
    m_pages->removeWidget(m_boroughsView);
    delete m_boroughsView;
    m_boroughsView = nullptr;
    m_meetingsView->commit();
    for (QAction *action : std::as_const(m_briefingActions))
        action->setEnabled(false);
    m_pages->removeWidget(m_meetingsView);
    delete m_meetingsView;
    m_meetingsView = nullptr;
    m_pages->removeWidget(m_actionsView);
    delete m_actionsView;
    m_actionsView = nullptr;
    m_pages->removeWidget(m_importsView);
    delete m_importsView; // cancels an import under way and waits for it
    m_importsView = nullptr;
    m_workspace.reset(); // its undo stack leaves the group as it goes
    updateState();
}

void MainWindow::showPage(Page page)
{
    if (m_workspace)
        m_navigation->setCurrentRow(page);
}

void MainWindow::importFiles(const QStringList &files)
{
    if (!m_workspace)
        return;
    showPage(ImportsPage);
    m_importsView->openWizard(files);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_workspace && FileDrop::hasLocalFiles(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = FileDrop::localFiles(event->mimeData());
    if (!m_workspace || files.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(files);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    closeWorkspace();
    event->accept();
}

void MainWindow::newWorkspace()
{
    QFileDialog dialog(this, tr("New workspace"), QFileInfo(m_recent.mostRecent()).absolutePath(),
                       fileFilter());
    if (m_recent.mostRecent().isEmpty())
        dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("cwb"));
    // A new workspace never replaces a file; Workspace::create() says so if one exists.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    Result<std::unique_ptr<Workspace>> created = Workspace::create(path);
    if (!created) {
        showError(tr("Could not create the workspace"), created.error());
        return;
    }
    setWorkspace(std::move(created).value());
}

void MainWindow::chooseWorkspace()
{
    const QString recent = m_recent.mostRecent();
    const QString start = recent.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(recent).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), start, fileFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::openRecent(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        m_recent.remove(path);
        updateRecentMenu();
        QMessageBox::information(this, tr("Workspace not found"),
                                 tr("The workspace file %1 no longer exists. It has been removed from the "
                                    "list of recent workspaces.")
                                     .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openWorkspace(path);
}

void MainWindow::updateRecentMenu()
{
    const QStringList missing = m_recent.pruneMissing();
    if (missing.size() == 1)
        statusBar()->showMessage(tr("Removed %1 from the recent workspaces: the file no longer exists.")
                                     .arg(QDir::toNativeSeparators(missing.constFirst())),
                                 8000);
    else if (missing.size() > 1)
        statusBar()->showMessage(
            tr("Removed %1 recent workspaces whose files no longer exist.").arg(missing.size()), 8000);

    m_recentMenu->clear();
    const QStringList files = m_recent.files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(QString::number(i + 1),
                             QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"))),
            this, [this, path] { openRecent(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear the list"), this, [this] {
        m_recent.clear();
        updateRecentMenu();
    });
}

void MainWindow::updateState()
{
    const bool open = m_workspace != nullptr;
    m_central->setCurrentWidget(open ? m_workspaceView : static_cast<QWidget *>(m_welcome));
    m_closeAction->setEnabled(open);
    m_importAction->setEnabled(open);
    for (QAction *action : std::as_const(m_pageActions))
        action->setEnabled(open);
    if (!open) {
        setWindowTitle(tr("Challenge Workbench"));
        m_pathLabel->clear();
        m_demoLabel->hide();
        return;
    }
    const QString path = m_workspace->path();
    setWindowTitle(tr("%1 — Challenge Workbench").arg(QFileInfo(path).fileName()));
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    const Result<WorkspaceInfo> info = m_workspace->info();
    m_demoLabel->setVisible(info && info->demo);
}

void MainWindow::showError(const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Challenge Workbench"),
        tr("<h3>Challenge Workbench %1</h3>"
           "<p>For the Mayor's Office for Policing and Crime: keeps the Police and Crime Plan's measures, "
           "the evidence behind them and the challenge put to the Metropolitan Police Service in one "
           "place.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

} // namespace cw

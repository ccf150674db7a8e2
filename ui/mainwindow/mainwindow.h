#pragma once

#include <memory>

#include <QMainWindow>

#include "mainwindow/recentfiles.h"

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace cw {

class BoroughsView;
class ActionsView;
class EmptyStatePanel;
class ImportsView;
class MeetingsView;
class PlanBrowser;
class ScorecardTabs;
class Workspace;
struct Error;

// The main window wires the panels and the application actions; it holds no logic of its own.
// It owns the open workspace (at most one). Panels that refer to the workspace are destroyed
// before it when it closes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { PlansPage, ScorecardPage, BoroughsPage, MeetingsPage, ActionsPage, ImportsPage, PageCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace file at `path` in place of the one open. On failure shows why (the
    // message names the file), keeps the current workspace and returns false.
    bool openWorkspace(const QString &path);
    // Shows a workspace opened by the caller (e.g. main() in screenshot mode).
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    void closeWorkspace();

    Workspace *workspace() const { return m_workspace.get(); }
    PlanBrowser *planBrowser() const { return m_planBrowser; }
    ImportsView *importsView() const { return m_importsView; }
    ScorecardTabs *scorecardTabs() const { return m_scorecardTabs; }
    BoroughsView *boroughsView() const { return m_boroughsView; }
    MeetingsView *meetingsView() const { return m_meetingsView; }
    ActionsView *actionsView() const { return m_actionsView; }
    void showPage(Page page);
    // Shows the Imports page and opens the import wizard with `files` listed.
    void importFiles(const QStringList &files = {});

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    QWidget *createWorkspaceView();
    void newWorkspace();
    void chooseWorkspace();
    void openRecent(const QString &path);
    void updateRecentMenu();
    void updateState();
    void showError(const QString &title, const Error &error);
    void about();

    std::unique_ptr<Workspace> m_workspace;
    RecentFiles m_recent;
    QUndoGroup *m_undoGroup = nullptr;
    QStackedWidget *m_central = nullptr;
    EmptyStatePanel *m_welcome = nullptr;
    QWidget *m_workspaceView = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    PlanBrowser *m_planBrowser = nullptr;     // exists while a workspace is open
    ImportsView *m_importsView = nullptr;     // exists while a workspace is open
    ScorecardTabs *m_scorecardTabs = nullptr; // exists while a workspace is open
    BoroughsView *m_boroughsView = nullptr;   // exists while a workspace is open
    MeetingsView *m_meetingsView = nullptr;   // exists while a workspace is open
    ActionsView *m_actionsView = nullptr;     // exists while a workspace is open
    QMenu *m_recentMenu = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    QList<QAction *> m_briefingActions; // File menu: export briefing, print preview, print
    QList<QAction *> m_pageActions;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_demoLabel = nullptr;
};

} // namespace cw

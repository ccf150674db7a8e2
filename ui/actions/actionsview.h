#pragma once

#include <QDate>
#include <QWidget>

#include <functional>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace cw {

class ActionFilterBar;
class ActionFilterModel;
class ActionModel;
class EmptyStatePanel;
class FollowUpPanel;
class ReviewMode;
class Workspace;
struct Action;
struct Error;

// The Actions page: every challenge action in a sortable, filterable table (overdue rows marked
// in colour and in words), counts per status, the selected action's follow-up timeline and
// audit log, and the way into meeting review mode. Adding and editing go through the undo
// commands on the workspace's stack; follow-ups are records, added through ActionService.
//
// Keys while the page has the focus: Ctrl+N new action, Enter edit, Ctrl+U add a follow-up,
// Ctrl+Shift+U correct the selected follow-up, Ctrl+R review mode, Ctrl+E export, Ctrl+F search.
class ActionsView : public QWidget
{
    Q_OBJECT

public:
    explicit ActionsView(Workspace &workspace, QWidget *parent = nullptr);

    ActionModel *model() const { return m_model; }
    ActionFilterModel *filterModel() const { return m_filter; }
    ActionFilterBar *filterBar() const { return m_filterBar; }
    QTableView *table() const { return m_table; }
    FollowUpPanel *followUpPanel() const { return m_followUps; }
    ReviewMode *reviewMode() const { return m_review; }
    EmptyStatePanel *emptyState() const { return m_empty; }
    QWidget *currentPage() const;

    // The date overdue and "due within" are measured against (invalid: the current date).
    void setToday(const QDate &today);
    bool selectAction(qint64 actionId); // false when it is filtered out or absent
    qint64 selectedActionId() const;

    void newAction();
    void editAction();
    void addFollowUp();
    void correctFollowUp();
    // Starts review mode for `meetingId`; 0: the meeting filter's, else the latest meeting held.
    bool startReview(qint64 meetingId = 0);
    void leaveReview();
    void exportLog();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *createBrowsePage();
    QAction *addAction(const QString &text, const QKeySequence &keys, const std::function<void()> &slot);
    void reloadMeetings();
    void updatePage();
    void updateActions();
    void showSelected();
    void showError(const QString &title, const Error &error);
    qint64 defaultReviewMeeting() const;

    Workspace &m_workspace;
    QDate m_today;
    ActionModel *m_model = nullptr;
    ActionFilterModel *m_filter = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStatePanel *m_empty = nullptr;
    QWidget *m_browse = nullptr;
    ActionFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    FollowUpPanel *m_followUps = nullptr;
    ReviewMode *m_review = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_followUpAction = nullptr;
    QAction *m_correctAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace cw

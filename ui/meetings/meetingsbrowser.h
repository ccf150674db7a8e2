#pragma once

#include <QWidget>

class QAction;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace cw {

class EmptyStatePanel;
class MeetingCalendar;
class MeetingModel;
class MeetingTableModel;
class Workspace;
struct Meeting;

// The meetings list (next meeting first, with kind, status and pack columns) beside a month
// calendar and the selected meeting's details. New (Ctrl+Shift+N), Edit (F2) and Delete (Del)
// push undo commands on the workspace's stack; opening a meeting (Return, double-click, "Open
// pack") asks the owner to show its pack. With no meetings it shows an empty state with a
// button to create one. Must be destroyed before `workspace`.
class MeetingsBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingsBrowser(Workspace &workspace, QWidget *parent = nullptr);
    ~MeetingsBrowser() override;

    MeetingModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MeetingCalendar *calendar() const { return m_calendar; }
    qint64 currentMeetingId() const;
    bool selectMeeting(qint64 meetingId);

    // The meeting editor for a new meeting / the current one; pushes the command when accepted.
    void newMeeting();
    void editMeeting();
    void deleteMeeting();

Q_SIGNALS:
    void openPackRequested(qint64 meetingId);

private:
    void updateState();
    void showDetails();
    void selectDate(const QDate &date);
    QString detailsHtml(const Meeting &meeting) const;

    Workspace &m_workspace;
    MeetingModel *m_model = nullptr;
    MeetingTableModel *m_tableModel = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStatePanel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    MeetingCalendar *m_calendar = nullptr;
    QTextBrowser *m_details = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_openAction = nullptr;
};

} // namespace cw

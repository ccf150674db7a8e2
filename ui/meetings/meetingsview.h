#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace cw {

class BriefingActions;
class MeetingsBrowser;
class PackEditor;
class Workspace;
struct Error;

// The "Meetings" page (MainWindow::MeetingsPage): the meetings browser, and the pack editor of the meeting
// opened from it (with a way back). Failures reported by the meeting, pack and annotation services (also
// those of undo and redo) are shown in a bar at the top rather than in dialogs. Must be
// destroyed before `workspace`.
class MeetingsView : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingsView(Workspace &workspace, QWidget *parent = nullptr);

    MeetingsBrowser *browser() const { return m_browser; }
    PackEditor *packEditor() const { return m_packEditor; }
    // Export briefing, print preview and print of the meeting selected in the list or shown in
    // the pack editor (in both toolbars).
    BriefingActions *briefingActions() const { return m_briefing; }
    // Opens the pack of a meeting / goes back to the list.
    void openPack(qint64 meetingId);
    void showList();
    // Commits any text being typed (before the workspace closes).
    void commit();
    QString lastError() const;

private:
    void showError(const QString &message);
    void updateBriefingMeeting();

    QLabel *m_error = nullptr;
    QStackedWidget *m_stack = nullptr;
    MeetingsBrowser *m_browser = nullptr;
    PackEditor *m_packEditor = nullptr;
    BriefingActions *m_briefing = nullptr;
    bool m_fresh = false; // an error shown during the current event
};

} // namespace cw

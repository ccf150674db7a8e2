#pragma once

#include "util/result.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace cw {

class ActionService;
class ReviewSession;

// Meeting review mode: steps through a meeting's outstanding actions one by one (ReviewSession)
// and records an update or a status change for each, from the keyboard alone:
//   PgDown / Alt+Right  next action          PgUp / Alt+Left   previous action
//   Alt+1 … Alt+5       status (Open, In progress, Completed, Closed, Superseded)
//   Ctrl+Enter          record the update and go to the next action
//   Esc                 leave review mode (left())
// The note field has the focus whenever an action is shown.
class ReviewMode : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewMode(ActionService &service, QWidget *parent = nullptr);

    // Starts reviewing `meetingId` (titled `meetingTitle`) as of `today` (invalid: today).
    Result<void> start(qint64 meetingId, const QString &meetingTitle, const QDate &today = {});
    ReviewSession *session() const { return m_session; }
    QString progressText() const; // "3 of 12"

    void next();
    void previous();
    void record();                // shows why in the message line when it cannot
    void chooseStatus(int index); // 0-based, in allActionStatuses() order

Q_SIGNALS:
    void left();

private:
    void showCurrent();

    ActionService &m_service;
    ReviewSession *m_session = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_progress = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_card = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_supersededBy = nullptr;
    QLineEdit *m_evidence = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace cw

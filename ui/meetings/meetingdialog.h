#pragma once

#include <QDialog>

#include "domain/meeting.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace cw {

// The meeting editor: kind, title or theme, date and time (local), duration, location, chair,
// attendees (name, organisation, role), status, papers and minutes references. It never writes
// anything: the caller reads meeting() after exec() and pushes the undo command. Accepting
// checks what the service would refuse (a title; every attendee row with anything in it has a
// name) and shows the problem in the dialog instead of closing. Empty attendee rows are dropped.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    // `meeting.id == 0` is a new meeting.
    explicit MeetingDialog(const Meeting &meeting, QWidget *parent = nullptr);

    // The meeting as the form holds it (ids, uid and authorship kept from the one given).
    Meeting meeting() const;
    // Why the form cannot be accepted, or empty.
    QString problem() const;

    void accept() override;

private:
    void addAttendee(const Attendee &attendee = {});
    void removeAttendee();

    Meeting m_meeting;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QDateTimeEdit *m_startsAt = nullptr;
    QSpinBox *m_duration = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_chair = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_papers = nullptr;
    QLineEdit *m_minutes = nullptr;
    QTableWidget *m_attendees = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cw

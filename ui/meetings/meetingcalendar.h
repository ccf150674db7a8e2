#pragma once

#include <QCalendarWidget>
#include <QSet>

namespace cw {

class MeetingModel;

// A month calendar with the days that have meetings in bold on a tint (planned meetings blue,
// held grey, cancelled struck through), each with the day's meetings as a tooltip. Follows the
// model's row signals.
class MeetingCalendar : public QCalendarWidget
{
    Q_OBJECT

public:
    explicit MeetingCalendar(MeetingModel &model, QWidget *parent = nullptr);

    // Days marked now (for tests).
    QSet<QDate> markedDates() const { return m_marked; }

private:
    void refresh();

    MeetingModel &m_model;
    QSet<QDate> m_marked;
};

} // namespace cw

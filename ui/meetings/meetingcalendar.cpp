#include "meetings/meetingcalendar.h"

#include <QTextCharFormat>

#include "models/meetingmodel.h"

namespace cw {

MeetingCalendar::MeetingCalendar(MeetingModel &model, QWidget *parent)
    : QCalendarWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("meetingCalendar"));
    setGridVisible(false);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setFirstDayOfWeek(Qt::Monday);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&model, signal, this, &MeetingCalendar::refresh);
    connect(&model, &QAbstractItemModel::rowsMoved, this, &MeetingCalendar::refresh);
    connect(&model, &QAbstractItemModel::dataChanged, this, &MeetingCalendar::refresh);
    connect(&model, &QAbstractItemModel::modelReset, this, &MeetingCalendar::refresh);
    refresh();
}

void MeetingCalendar::refresh()
{
    for (const QDate &date : std::as_const(m_marked))
        setDateTextFormat(date, QTextCharFormat());
    m_marked.clear();

    for (int row = 0; row < m_model.rowCount(); ++row) {
        const Meeting *meeting = m_model.meetingAt(row);
        if (meeting == nullptr)
            continue;
        const QDate date = meeting->startsAt.toLocalTime().date();
        if (m_marked.contains(date))
            continue;
        m_marked.insert(date);
        const QList<Meeting> sameDay = m_model.meetingsOn(date);
        QStringList lines;
        bool planned = false;
        bool allCancelled = true;
        for (const Meeting &each : sameDay) {
            lines.append(tr("%1 %2: %3 (%4)")
                             .arg(each.startsAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                                  displayName(each.kind), each.title, displayName(each.status)));
            planned = planned || each.status == MeetingStatus::Planned;
            allCancelled = allCancelled && each.status == MeetingStatus::Cancelled;
        }
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setBackground(planned ? QColor(0xd6, 0xe4, 0xf5) : QColor(0xe6, 0xe6, 0xe6));
        format.setForeground(planned ? QColor(0x1f, 0x3a, 0x68) : QColor(0x44, 0x44, 0x44));
        format.setFontStrikeOut(allCancelled);
        format.setToolTip(lines.join(u'\n'));
        setDateTextFormat(date, format);
    }
}

} // namespace cw

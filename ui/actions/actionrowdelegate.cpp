#include "actions/actionrowdelegate.h"

#include <QDate>

#include "models/actionmodel.h"

namespace cw {

QString ActionRowDelegate::dueText(const QDate &due, int daysOverdue)
{
    const QString date = due.toString(Qt::ISODate);
    if (daysOverdue <= 0)
        return date;
    return daysOverdue == 1 ? tr("⚠ %1 (1 day overdue)").arg(date)
                            : tr("⚠ %1 (%2 days overdue)").arg(date).arg(daysOverdue);
}

void ActionRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(ActionModel::OverdueRole).toBool())
        return;
    // Dark red on a light tint: WCAG AA contrast, and still legible when selected.
    option->backgroundBrush = QColor(0xf8, 0xd7, 0xda);
    option->palette.setColor(QPalette::Text, QColor(0x84, 0x20, 0x29));
    if (index.column() == ActionModel::DueColumn)
        option->text = dueText(index.data(ActionModel::DueDateRole).toDate(),
                               index.data(ActionModel::DaysOverdueRole).toInt());
}

} // namespace cw

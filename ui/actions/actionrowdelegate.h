#pragma once

#include <QStyledItemDelegate>

namespace cw {

// Paints the rows of the actions table: overdue rows get a light red tint on every cell and,
// so that it reads without colour too, the due date says "⚠ 2025-03-31 (12 days overdue)".
// Works on any model that has ActionModel's roles (ActionFilterModel passes them through).
class ActionRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The due column's text for an action due on `due`, `daysOverdue` past it (0: not overdue).
    static QString dueText(const QDate &due, int daysOverdue);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace cw

#pragma once

#include <QStyledItemDelegate>

namespace cw {

// Paints a small line chart in a cell from a QVariantList of numbers (oldest first) held in
// `role`, with the last point marked. Needs no chart library. The scale is the cell's own
// (minimum to maximum of its values): a sparkline shows shape, not size.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SparklineDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace cw

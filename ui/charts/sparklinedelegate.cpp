#include "charts/sparklinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cw {

SparklineDelegate::SparklineDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    // Background, selection and focus as the style draws them, without text.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    QList<double> values;
    for (const QVariant &value : index.data(m_role).toList())
        values.append(value.toDouble());
    if (values.size() < 2)
        return;
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    const double span = *high - *low;
    const QRectF area = QRectF(option.rect).adjusted(6, 5, -8, -5);
    const auto pointAt = [&](qsizetype i) {
        const double fraction = span > 0 ? (values.at(i) - *low) / span : 0.5;
        return QPointF(area.left() + area.width() * double(i) / double(values.size() - 1),
                       area.bottom() - area.height() * fraction);
    };

    QPainterPath path(pointAt(0));
    for (qsizetype i = 1; i < values.size(); ++i)
        path.lineTo(pointAt(i));

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor ink = selected ? option.palette.color(QPalette::HighlightedText) : QColor(0x2f, 0x4b, 0x7c);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(ink, 1.4));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ink);
    painter->drawEllipse(pointAt(values.size() - 1), 2.5, 2.5);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(text.width(), 110), std::max(text.height(), 22)};
}

} // namespace cw

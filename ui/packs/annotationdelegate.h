#pragma once

#include <QStyledItemDelegate>

namespace cw {

// Draws an annotation as a comment panel does: a grey line with the author, the time and the
// thread's state (internal, resolved), then the text wrapped to the width. Replies are drawn
// by the tree indented under their thread.
class AnnotationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString headerText(const QModelIndex &index);

private:
    static int textWidth(const QStyleOptionViewItem &option);
};

} // namespace cw

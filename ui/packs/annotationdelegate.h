#pragma once

#include <QHash>
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

    QString headerText(const QModelIndex &index) const;
    // Item uid → title, so that a thread says which item it is on.
    void setItemTitles(const QHash<QString, QString> &titles) { m_itemTitles = titles; }

private:
    QString anchorText(const QModelIndex &index) const;

    QHash<QString, QString> m_itemTitles;
    static int textWidth(const QStyleOptionViewItem &option);
};

} // namespace cw

#include "packs/annotationdelegate.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

#include "domain/period.h"
#include "models/annotationmodel.h"
#include "reference/referencedata.h"

namespace cw {

namespace {

constexpr int kPad = 6;

QString areaName(const QString &code)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> all;
        for (const Area &area : ReferenceData::areas())
            all.insert(area.code, area.name);
        return all;
    }();
    return names.value(code, code);
}

} // namespace

QString AnnotationDelegate::anchorText(const QModelIndex &index) const
{
    if (index.data(AnnotationModel::AnchorKindRole).toString() == QLatin1String("data_point")) {
        const QString key = index.data(AnnotationModel::PeriodRole).toString();
        const std::optional<Period> period = Period::parse(key);
        return tr("on %1, %2, %3")
            .arg(index.data(AnnotationModel::MeasureCodeRole).toString(),
                 areaName(index.data(AnnotationModel::AreaCodeRole).toString()),
                 period ? period->label() : key);
    }
    const QString title = m_itemTitles.value(index.data(AnnotationModel::ItemUidRole).toString());
    return title.isEmpty() ? QString() : tr("on %1").arg(title);
}

QString AnnotationDelegate::headerText(const QModelIndex &index) const
{
    const QDateTime when = index.data(AnnotationModel::CreatedAtRole).toDateTime().toLocalTime();
    QStringList parts{index.data(AnnotationModel::AuthorRole).toString(),
                      QLocale().toString(when, QStringLiteral("d MMM yyyy HH:mm"))};
    if (!index.data(AnnotationModel::IsReplyRole).toBool()) {
        if (index.data(AnnotationModel::ResolvedRole).toBool())
            parts.append(tr("resolved"));
    }
    parts.append(index.data(AnnotationModel::InternalRole).toBool() ? tr("internal") : tr("publishable"));
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

int AnnotationDelegate::textWidth(const QStyleOptionViewItem &option)
{
    return qMax(80, option.rect.width() - 2 * kPad);
}

QSize AnnotationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const QString text = index.data(Qt::DisplayRole).toString();
    const int width = option.rect.width() > 0 ? textWidth(option) : 240;
    const QRect body = metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text);
    const int lines =
        anchorText(index).isEmpty() || index.data(AnnotationModel::IsReplyRole).toBool() ? 1 : 2;
    return {width + 2 * kPad, kPad + lines * (metrics.height() + 2) + body.height() + kPad};
}

void AnnotationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const bool resolved = index.data(AnnotationModel::ResolvedRole).toBool();
    painter->save();
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics metrics(option.font);
    const QRect area = option.rect.adjusted(kPad, kPad, -kPad, -kPad);
    painter->setFont(small);
    painter->setPen(selected ? option.palette.highlightedText().color() : QColor(0x66, 0x66, 0x66));
    painter->drawText(QRect(area.left(), area.top(), area.width(), metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      QFontMetrics(small).elidedText(headerText(index), Qt::ElideRight, area.width()));
    int top = area.top() + metrics.height() + 2;
    // What a thread is on (its replies share it), in italics under the author line.
    if (const QString anchor = anchorText(index);
        !anchor.isEmpty() && !index.data(AnnotationModel::IsReplyRole).toBool()) {
        small.setItalic(true);
        painter->setFont(small);
        painter->drawText(QRect(area.left(), top, area.width(), metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          QFontMetrics(small).elidedText(anchor, Qt::ElideRight, area.width()));
        top += metrics.height() + 2;
    }
    painter->setFont(option.font);
    painter->setPen(selected   ? option.palette.highlightedText().color()
                    : resolved ? QColor(0x77, 0x77, 0x77)
                               : option.palette.text().color());
    painter->drawText(QRect(area.left(), top, area.width(), area.bottom() - top + 1), Qt::TextWordWrap,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace cw

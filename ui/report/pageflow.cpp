#include "report/pageflow.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace cw {

PageFlow::PageFlow(const QPaintDevice *device, const QRectF &body)
    : m_device(device)
    , m_body(body)
{
    newPage();
}

void PageFlow::newPage()
{
    m_pages.append(QList<Op>());
    m_y = m_body.top();
}

void PageFlow::ensure(qreal height)
{
    if (!atPageTop() && height > remaining())
        newPage();
}

void PageFlow::draw(Op op)
{
    m_pages.last().append(std::move(op));
}

qreal PageFlow::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_device).lineSpacing();
}

QStringList PageFlow::wrap(const QString &text, const QFont &font, qreal width) const
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
        if (paragraph.isEmpty())
            lines.append(QString());
    }
    return lines;
}

void PageFlow::text(const QString &text, const QFont &font, const QColor &color, qreal indent,
                    qreal spaceAfter)
{
    const qreal height = lineHeight(font);
    const qreal ascent = QFontMetricsF(font, m_device).ascent();
    for (const QString &line : wrap(text, font, width() - indent)) {
        ensure(height);
        const QPointF at(left() + indent, m_y + ascent);
        draw([=](QPainter &p) {
            p.setFont(font);
            p.setPen(color);
            p.drawText(at, line);
        });
        m_y += height;
    }
    m_y += spaceAfter;
}

void PageFlow::paint(QPainter &painter, const std::function<void(int, int)> &decorate,
                     const std::function<void()> &newPageOnDevice) const
{
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0)
            newPageOnDevice();
        for (const Op &op : m_pages.at(page)) {
            painter.save();
            op(painter);
            painter.restore();
        }
        decorate(page, pageCount());
    }
}

} // namespace cw

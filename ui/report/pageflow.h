#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QPaintDevice;
class QPainter;

namespace cw {

// Lays content out top to bottom on pages of one size, breaking to a new page when a block does
// not fit, and records what to paint on each page. Painting comes later (paint()), once the
// number of pages is known, so headers and footers can say "page x of y" and the contents can
// give page numbers. Coordinates are in the device's units (points for the briefing's 72 dpi
// QPdfWriter); `body` is the area between header and footer. Text is wrapped with the device's
// font metrics, so what is measured is what is painted.
class PageFlow
{
public:
    using Op = std::function<void(QPainter &)>;

    PageFlow(const QPaintDevice *device, const QRectF &body);

    const QRectF &body() const { return m_body; }
    const QPaintDevice *device() const { return m_device; }
    qreal y() const { return m_y; }
    qreal left() const { return m_body.left(); }
    qreal width() const { return m_body.width(); }
    qreal remaining() const { return m_body.bottom() - m_y; }
    int pageIndex() const { return int(m_pages.size()) - 1; } // 0-based
    int pageCount() const { return int(m_pages.size()); }
    bool atPageTop() const { return m_y <= m_body.top(); }

    void newPage();
    // Starts a new page unless `height` still fits on this one (or the page is empty).
    void ensure(qreal height);
    void advance(qreal height) { m_y += height; }
    // Records a paint operation on the current page (absolute coordinates).
    void draw(Op op);

    // Wrapped text at the cursor, `indent` from the left, breaking across pages between lines.
    void text(const QString &text, const QFont &font, const QColor &color = Qt::black, qreal indent = 0,
              qreal spaceAfter = 4);
    // The lines `text` wraps into at `width`, and the height of one line, for tables.
    QStringList wrap(const QString &text, const QFont &font, qreal width) const;
    qreal lineHeight(const QFont &font) const;

    // Paints every page through `painter`, calling `decorate(page, pageCount)` on each after
    // its content (headers, footers); `newPage()` moves the device on between pages.
    void paint(QPainter &painter, const std::function<void(int, int)> &decorate,
               const std::function<void()> &newPageOnDevice) const;

private:
    const QPaintDevice *m_device;
    QRectF m_body;
    qreal m_y = 0;
    QList<QList<Op>> m_pages;
};

} // namespace cw

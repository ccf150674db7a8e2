#include "report/briefinglayout.h"
#include "report/briefingwords.h"

#include "domain/meeting.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>

namespace cw {

namespace {

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

} // namespace

BriefingLayout::BriefingLayout(const Briefing &briefing, const QPaintDevice *device, const QRectF &body)
    : m_briefing(briefing)
    , m_flow(device, body)
    , m_body(font(9.5))
    , m_bold(font(9.5, true))
    , m_small(font(8))
    , m_h1(font(17, true))
    , m_h2(font(12, true))
{}

void BriefingLayout::heading(const QString &text, const QString &key)
{
    m_flow.ensure(m_flow.lineHeight(m_h1) * 3);
    if (!key.isEmpty())
        m_pageOf->insert(key, m_flow.pageIndex());
    m_flow.text(text, m_h1, QColor(0x1f, 0x3a, 0x68), 0, 8);
}

void BriefingLayout::subheading(const QString &text)
{
    m_flow.ensure(m_flow.lineHeight(m_h2) + m_flow.lineHeight(m_body) * 3);
    m_flow.advance(4);
    m_flow.text(text, m_h2, QColor(0x1f, 0x3a, 0x68), 0, 4);
}

void BriefingLayout::cover()
{
    const BriefingCover &c = m_briefing.cover;
    m_flow.advance(120);
    m_flow.text(m_briefing.marking(), font(20, true), Qt::black, 0, 18);
    m_flow.text(c.title, font(24, true), QColor(0x1f, 0x3a, 0x68), 0, 10);
    m_flow.text(c.meetingTitle, font(16), Qt::black, 0, 6);
    m_flow.text(londonTime(c.meetingStartsAt), font(12), Qt::black, 0, 4);
    if (!c.location.isEmpty())
        m_flow.text(c.location, font(12), Qt::black, 0, 4);
    if (!c.chair.isEmpty())
        m_flow.text(tr("Chair: %1").arg(c.chair), font(12), Qt::black, 0, 24);
    m_flow.text(displayName(m_briefing.edition), font(14, true), Qt::black, 0, 8);
    QString status = tr("Pack version %1 · %2").arg(c.packVersion).arg(displayName(c.packStatus));
    if (c.packStatus == PackStatus::Approved)
        status += tr(" by %1 on %2").arg(c.approvedBy, briefingDate(c.approvedAt));
    m_flow.text(status, font(11), Qt::black, 0, 4);
    m_flow.text(tr("Data as of: %1").arg(c.dataAsOf), font(11), Qt::black, 0, 4);
    m_flow.text(
        tr("Produced %1").arg(briefingDate(c.generatedAt, QStringLiteral("d MMMM yyyy, HH:mm 'UTC'"))),
        font(11), Qt::black, 0, 4);
    if (m_briefing.edition == Edition::Public)
        m_flow.text(tr("This edition contains publishable material only."), m_small, QColor(0x55, 0x55, 0x55),
                    0, 0);
    else
        m_flow.text(tr("Not for publication: this edition contains internal material."), m_small,
                    QColor(0x8a, 0x1c, 0x13), 0, 0);
}

void BriefingLayout::contents()
{
    m_flow.newPage();
    heading(tr("Contents"), {});
    const qreal height = m_flow.lineHeight(m_body) + 2;
    const qreal ascent = QFontMetricsF(m_body, m_flow.device()).ascent();
    const auto entry = [&](const QString &title, const QString &key, qreal indent) {
        m_flow.ensure(height);
        const QRectF line(m_flow.left() + indent, m_flow.y(), m_flow.width() - indent, height);
        const auto pageOf = m_pageOf;
        const QFont f = indent > 0 ? m_body : m_bold;
        m_flow.draw([=](QPainter &p) {
            p.setFont(f);
            p.setPen(Qt::black);
            p.drawText(QPointF(line.left(), line.top() + ascent), title);
            const QString number = QString::number(pageOf->value(key, -1) + 1);
            p.drawText(line, Qt::AlignRight | Qt::AlignTop, number);
        });
        m_flow.advance(height);
    };
    for (BriefingPart part : briefingParts(m_briefing)) {
        entry(displayName(part), QStringLiteral("part:%1").arg(int(part)), 0);
        if (part == BriefingPart::Measures) {
            for (const BriefingMeasure &m : m_briefing.measures)
                entry(m.title, QStringLiteral("measure:") + m.itemUid, 14);
        }
    }
}

void BriefingLayout::part(BriefingPart part)
{
    m_flow.newPage();
    heading(displayName(part), QStringLiteral("part:%1").arg(int(part)));
    switch (part) {
    case BriefingPart::StatusSummary:
        statusSummary();
        break;
    case BriefingPart::Measures:
        for (qsizetype i = 0; i < m_briefing.measures.size(); ++i) {
            if (i > 0)
                m_flow.newPage();
            measure(m_briefing.measures.at(i));
        }
        break;
    case BriefingPart::Narrative:
        narratives();
        break;
    case BriefingPart::LinesOfEnquiry:
        enquiries();
        break;
    case BriefingPart::ActionLog:
        actionLog();
        break;
    case BriefingPart::Annotations:
        annotations();
        break;
    case BriefingPart::Appendix:
        appendix();
        break;
    }
}

void BriefingLayout::table(const QStringList &headers, const QList<qreal> &widths,
                           const QList<QStringList> &rows, const QList<QColor> &fills,
                           const QList<QList<QColor>> &cellFills)
{
    const qreal pad = 3;
    const qreal line = m_flow.lineHeight(m_small);
    const qreal ascent = QFontMetricsF(m_small, m_flow.device()).ascent();
    QList<qreal> lefts;
    qreal x = m_flow.left();
    for (qreal w : widths) {
        lefts.append(x);
        x += w * m_flow.width();
    }
    QFont headerFont = m_small;
    headerFont.setBold(true);
    const auto layoutRow = [&](const QStringList &cells, const QFont &f, const QColor &fill,
                               const QList<QColor> &cellColours) {
        QList<QStringList> wrapped;
        qsizetype lines = 1;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            wrapped.append(m_flow.wrap(cells.value(c), f, widths.at(c) * m_flow.width() - 2 * pad));
            lines = std::max(lines, wrapped.last().size());
        }
        const qreal h = lines * line + 2 * pad;
        const qreal top = m_flow.y();
        const qreal left = m_flow.left();
        const qreal width = m_flow.width();
        const QList<qreal> cellLefts = lefts;
        const QList<qreal> cellWidths = widths;
        m_flow.draw([=](QPainter &p) {
            if (fill.isValid())
                p.fillRect(QRectF(left, top, width, h), fill);
            for (qsizetype c = 0; c < wrapped.size(); ++c) {
                const QRectF cell(cellLefts.at(c), top, cellWidths.at(c) * width, h);
                if (c < cellColours.size() && cellColours.at(c).isValid())
                    p.fillRect(cell, cellColours.at(c));
                p.setFont(f);
                p.setPen(Qt::black);
                for (qsizetype l = 0; l < wrapped.at(c).size(); ++l)
                    p.drawText(QPointF(cell.left() + pad, top + pad + ascent + l * line),
                               wrapped.at(c).at(l));
            }
            p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.5));
            p.drawLine(QPointF(left, top + h), QPointF(left + width, top + h));
        });
        return h;
    };
    const auto header = [&] {
        const qreal h = layoutRow(headers, headerFont, QColor(0xe8, 0xec, 0xf2), {});
        m_flow.advance(h);
    };
    header();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        qsizetype lines = 1;
        for (qsizetype c = 0; c < widths.size(); ++c)
            lines = std::max(
                lines,
                m_flow.wrap(rows.at(r).value(c), m_small, widths.at(c) * m_flow.width() - 2 * pad).size());
        if (lines * line + 2 * pad > m_flow.remaining()) {
            m_flow.newPage();
            header();
        }
        m_flow.advance(layoutRow(rows.at(r), m_small, fills.value(r), cellFills.value(r)));
    }
    m_flow.advance(8);
}

void BriefingLayout::decorate(QPainter &painter, int page, int pageCount, const QSizeF &pageSize) const
{
    const QString marking = m_briefing.marking();
    QFont markFont = m_bold;
    painter.setFont(markFont);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(0, 18, pageSize.width(), 16), Qt::AlignHCenter | Qt::AlignTop, marking);
    painter.drawText(QRectF(0, pageSize.height() - 30, pageSize.width(), 16), Qt::AlignHCenter | Qt::AlignTop,
                     marking);
    painter.setFont(m_small);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    const QRectF footer(m_flow.left(), pageSize.height() - 48, m_flow.width(), 14);
    const BriefingCover &c = m_briefing.cover;
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop,
                     tr("%1: %2, %3").arg(c.meetingKind, c.meetingTitle, briefingDate(c.meetingStartsAt)));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(page + 1).arg(pageCount));
    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.5));
    painter.drawLine(QPointF(m_flow.left(), 40), QPointF(m_flow.body().right(), 40));
    painter.drawLine(QPointF(m_flow.left(), pageSize.height() - 52),
                     QPointF(m_flow.body().right(), pageSize.height() - 52));
}

} // namespace cw

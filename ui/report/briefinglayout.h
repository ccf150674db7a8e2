#pragma once

#include "report/briefing.h"
#include "report/pageflow.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>

#include <memory>

namespace cw {

// Lays a briefing out on A4 pages (72 dpi, points) for renderBriefingPdf: one method per part.
// The contents are laid out before the parts with their page numbers left to `pageOf`, which
// the parts fill as they start; painting happens after layout, when every number is known.
class BriefingLayout
{
    Q_DECLARE_TR_FUNCTIONS(cw::BriefingPdf)

public:
    BriefingLayout(const Briefing &briefing, const QPaintDevice *device, const QRectF &body);

    PageFlow &flow() { return m_flow; }
    void cover();
    void contents();
    void part(BriefingPart part);

    // "Page x of y" and the marking, painted on every page after its content.
    void decorate(QPainter &painter, int page, int pageCount, const QSizeF &pageSize) const;

private:
    void heading(const QString &text, const QString &key);
    void subheading(const QString &text);
    // A table with column widths as fractions of the body width; rows wrap and may break pages
    // between rows (the header is repeated). `fills` colours a row's background (or invalid).
    void table(const QStringList &headers, const QList<qreal> &widths, const QList<QStringList> &rows,
               const QList<QColor> &fills = {}, const QList<QList<QColor>> &cellFills = {});
    void statusSummary();
    void measure(const BriefingMeasure &measure);
    void threads(const QList<BriefingThread> &threads);
    void narratives();
    void enquiries();
    void actionLog();
    void annotations();
    void appendix();

    const Briefing &m_briefing;
    PageFlow m_flow;
    QFont m_body;
    QFont m_bold;
    QFont m_small;
    QFont m_h1;
    QFont m_h2;
    // Page (0-based) each contents entry starts on, by key; shared with the contents' paint ops.
    std::shared_ptr<QHash<QString, int>> m_pageOf = std::make_shared<QHash<QString, int>>();
};

} // namespace cw

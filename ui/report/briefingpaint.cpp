#include "report/briefingpaint.h"

#include "report/briefinglayout.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::BriefingPdf", text);
}

} // namespace

Result<int> paintBriefing(const Briefing &briefing, QPagedPaintDevice &device,
                          const BriefingProgress &progress)
{
    if (device.logicalDpiX() != 72 || device.logicalDpiY() != 72)
        return Error{tr("The briefing is laid out in points and needs a device at 72 dots per inch."),
                     tr("This device has %1 × %2.").arg(device.logicalDpiX()).arg(device.logicalDpiY())};
    const QPageLayout pageLayout = device.pageLayout();
    if (!pageLayout.pageSize().isEquivalentTo(QPageSize(QPageSize::A4)) ||
        pageLayout.orientation() != QPageLayout::Portrait || !pageLayout.margins().isNull())
        return Error{tr("The briefing needs A4 portrait pages without margins.")};
    const QSizeF page(device.width(), device.height());

    BriefingLayout layout(briefing, &device, QRectF(56, 56, page.width() - 112, page.height() - 56 - 62));
    const QList<BriefingPart> parts = briefingParts(briefing);
    const int steps = int(parts.size()) + 2; // contents, each part, painting
    int done = 0;
    const auto step = [&] { return !progress || progress(++done, steps); };
    layout.cover();
    layout.contents();
    if (!step())
        return Error{tr("The export was cancelled.")};
    for (BriefingPart part : parts) {
        layout.part(part);
        if (!step())
            return Error{tr("The export was cancelled.")};
    }
    QPainter painter;
    if (!painter.begin(&device))
        return Error{tr("The PDF could not be started.")};
    layout.flow().paint(
        painter, [&](int index, int count) { layout.decorate(painter, index, count, page); },
        [&] { device.newPage(); });
    painter.end();
    if (!step())
        return Error{tr("The export was cancelled.")};
    return layout.flow().pageCount();
}

} // namespace cw

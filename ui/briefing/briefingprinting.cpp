#include "briefing/briefingprinting.h"

#include "report/briefingpaint.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>

namespace cw {

void prepareBriefingPrinter(QPrinter &printer)
{
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout::Point));
    printer.setResolution(72);
}

Result<int> printBriefing(const Briefing &briefing, QPrinter &printer, const BriefingProgress &progress)
{
    prepareBriefingPrinter(printer);
    return paintBriefing(briefing, printer, progress);
}

std::optional<Edition> askBriefingEdition(QWidget *parent, const QString &title)
{
    const QStringList items{
        QCoreApplication::translate("cw::BriefingPrinting",
                                    "Public edition (OFFICIAL) — publishable material only"),
        QCoreApplication::translate("cw::BriefingPrinting",
                                    "Internal edition (OFFICIAL-SENSITIVE) — everything in the pack")};
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, title, QCoreApplication::translate("cw::BriefingPrinting", "Which edition of the briefing?"),
        items, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return chosen == items.at(1) ? Edition::Internal : Edition::Public;
}

} // namespace cw

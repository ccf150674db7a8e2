#pragma once

#include "report/briefing.h"
#include "report/briefingpdf.h"
#include "util/result.h"

#include <optional>

class QPrinter;
class QWidget;

namespace cw {

// Sets a printer up for the briefing's pages: A4 portrait, full page without margins, 72 dots
// per inch (the units the layout is in; text and charts stay vectors at any printer
// resolution). The same pages as the PDF.
void prepareBriefingPrinter(QPrinter &printer);
// prepareBriefingPrinter(), then paintBriefing() onto it. Returns the number of pages.
Result<int> printBriefing(const Briefing &briefing, QPrinter &printer, const BriefingProgress &progress = {});

// Asks which edition to preview or print (public by default). Nothing when cancelled.
std::optional<Edition> askBriefingEdition(QWidget *parent, const QString &title);

} // namespace cw

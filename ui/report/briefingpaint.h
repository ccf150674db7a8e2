#pragma once

#include "report/briefing.h"
#include "report/briefingpdf.h"
#include "util/result.h"

class QPagedPaintDevice;

namespace cw {

// The briefing's A4 pages (cover, contents, parts; marking, "Page x of y" and footer on each)
// painted onto any paged device: the PDF writer of renderBriefingPdf, or a QPrinter for print
// and print preview, so that paper and PDF show the same pages. The layout is in points: the
// device must be A4 with no margins at 72 dots per inch (prepare a QPrinter with
// setFullPage(true), setResolution(72)); anything else is an error, and nothing is painted.
// `progress` is called after the contents, after each part and after painting (return false
// to cancel). Returns the number of pages.
Result<int> paintBriefing(const Briefing &briefing, QPagedPaintDevice &device,
                          const BriefingProgress &progress = {});

} // namespace cw

#pragma once

#include "report/briefing.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace cw {

// Called between steps of an export with the steps done and the total; return false to cancel.
using BriefingProgress = std::function<bool(int done, int total)>;

// The briefing (one edition, as made by redact()) as an A4 PDF: cover, contents with page
// numbers, then each part of briefingParts() starting on a new page; the protective marking at
// the top and bottom of every page, "Page x of y" and the meeting and its date in the footer.
// Charts are vector paths. Text is DejaVu Sans, embedded. The document's creation date and
// identifiers are taken from the briefing's cover.generatedAt, so the same briefing gives the
// same bytes. Needs a QGuiApplication (the offscreen platform will do).
Result<QByteArray> renderBriefingPdf(const Briefing &briefing, const BriefingProgress &progress = {});
// Renders and writes to `path` atomically (nothing is written on failure or cancel).
Result<void> writeBriefingPdf(const Briefing &briefing, const QString &path,
                              const BriefingProgress &progress = {});

} // namespace cw

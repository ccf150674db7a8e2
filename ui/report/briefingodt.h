#pragma once

#include "report/briefing.h"
#include "report/briefingpdf.h"
#include "util/result.h"

#include <QString>

class QTextDocument;

namespace cw {

// The briefing (one edition, as made by redact()) as a rich-text document with the same content
// and order as the PDF — cover, contents (titles only: a word processor numbers pages itself),
// status summary, measure pages (chart as a picture, key facts, borough table, lines of
// enquiry, commentary), narrative, lines of enquiry, action log, annotations, appendix — and the
// protective marking at the top and the bottom. The caller owns the document. Needs a
// QGuiApplication (charts are painted).
QTextDocument *briefingDocument(const Briefing &briefing);

// Writes briefingDocument() as OpenDocument Text (QTextDocumentWriter, "odf") to `path`,
// atomically: nothing is written on failure or cancel. `progress` is called once the document
// is built and once it is encoded (2 steps; return false to cancel).
Result<void> writeBriefingOdt(const Briefing &briefing, const QString &path,
                              const BriefingProgress &progress = {});

} // namespace cw

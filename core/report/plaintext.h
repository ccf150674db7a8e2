#pragma once

#include <QString>

namespace cw {

// The text of a narrative's rich text (the HTML subset the pack editor writes: headings,
// paragraphs, bold, italics, lists) for terminals and plain-text outputs: block ends become
// line breaks, list items start with "• ", tags are dropped and entities decoded. Needs no
// QGuiApplication (unlike QTextDocument).
QString htmlToPlainText(const QString &html);

} // namespace cw

#pragma once

#include <QString>

#include <optional>

namespace cw {

// Who may read a piece of pack content or an annotation. A first-class field on everything
// that has it (pack items, lines of enquiry, annotations): the public edition of a briefing
// (issue 7) shows Publishable material only. New material is Internal unless said otherwise,
// so that forgetting to choose never publishes anything.
enum class Visibility { Internal, Publishable };

QString toName(Visibility visibility); // "internal", "publishable" (stable storage and JSON names)
std::optional<Visibility> visibilityFromName(const QString &name);
QString displayName(Visibility visibility); // "Internal", "Publishable" (translated)

} // namespace cw

#pragma once

#include <QString>

#include <optional>

namespace cw {

// The two editions of a briefing made from one pack (issue 7): Public (publishable material
// only, published with the meeting papers) and Internal (everything, for the Deputy Mayor).
// Stable names (toName/editionFromName) are the `cwb export --edition` contract.
enum class Edition { Public, Internal };

QString toName(Edition edition); // "public", "internal"
std::optional<Edition> editionFromName(const QString &name);
QString displayName(Edition edition); // "Public edition", "Internal edition" (translated)
// The protective marking printed at the top and bottom of every page: OFFICIAL for the public
// edition, OFFICIAL-SENSITIVE for the internal one (Government Security Classifications; not
// translated).
QString protectiveMarking(Edition edition);

} // namespace cw

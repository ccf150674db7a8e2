#pragma once

#include <QString>

namespace cw {

// Three-letter abbreviations of the London boroughs for tiles and small panels (the ones in
// common use on London tile maps), by GSS code; the first three letters of the name otherwise.
QString boroughAbbreviation(const QString &code, const QString &name);

} // namespace cw

#pragma once

#include "domain/area.h"
#include "domain/plan.h"

#include <QList>
#include <QString>

namespace cw {

// The reference data the project ships in `resources/` (compiled into the binary):
// areas with aliases and tile positions, and the built-in Police and Crime Plans.
// Parsing failures throw std::runtime_error naming the resource; they are programming errors.
class ReferenceData
{
public:
    static QList<Area> areas();
    static QList<Plan> builtinPlans(); // marked builtin, ids zero

    // Parses one plan document (the format of resources/plans/*.json).
    static Plan parsePlan(const QByteArray &json, const QString &origin);
};

} // namespace cw

#pragma once

#include "domain/area.h"
#include "domain/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

// The reference data the project ships in `resources/` (compiled into the binary):
// areas with aliases and tile positions, and the built-in Police and Crime Plans.
// Parsing failures throw std::runtime_error naming the resource; they are programming errors.

// A measure's national comparator (resources/comparators.json): the published indicators
// whose sum has the measure's definition, and the caveat when the match is not exact.
struct ComparatorDefinition
{
    QString measureCode;
    QStringList indicatorKeys; // e.g. "ons.pfa:Robbery"
    QString note;
};

struct ComparatorReference
{
    QStringList peerCodes; // England and Wales first, then the most similar forces
    QList<ComparatorDefinition> measures;

    const ComparatorDefinition *find(const QString &measureCode) const;
};

class ReferenceData
{
public:
    static QList<Area> areas();
    static QList<Plan> builtinPlans(); // marked builtin, ids zero
    static ComparatorReference comparators();

    // Parses one plan document (the format of resources/plans/*.json).
    static Plan parsePlan(const QByteArray &json, const QString &origin);
};

} // namespace cw

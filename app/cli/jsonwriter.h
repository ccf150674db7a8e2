#pragma once

#include <QJsonObject>
#include <QList>

namespace cw {

struct Measure;
struct Plan;
struct Priority;
struct WorkspaceInfo;

// QJsonObject builders for the JSON contract of `cwb`. Keys are snake_case and stable; enum
// values use the storage names from toName(). Absent numbers are written as null, never 0.
// Later features may add keys but never rename or remove one.

// {"path", "schema_version", "plans", "priorities", "measures", "areas", "indicators",
//  "observations", "batches", "demo"}
QJsonObject workspaceInfoToJson(const WorkspaceInfo &info);

// {"plans": [plan, ...]}
QJsonObject plansToJson(const QList<Plan> &plans);

// {"code", "title", "start", "end", "builtin", "copied_from", "aims", "priorities"}
QJsonObject planToJson(const Plan &plan);

// {"code", "title", "measures"}
QJsonObject priorityToJson(const Priority &priority);

// {"code", "title", "unit", "polarity", "frequency", "definition", "source", "formula",
//  "baseline", "target", "breaks", "figures"}
QJsonObject measureToJson(const Measure &measure);

} // namespace cw

#pragma once

#include "report/briefing.h"
#include "report/edition.h"
#include "util/result.h"

#include <QList>

namespace cw {

class Workspace;
struct PackVersion;

// The pack version a briefing is made from unless the officer picks another: the latest
// approved version, else the latest one (a draft or in review). 0 when the meeting has no pack.
int defaultBriefingVersion(const QList<PackVersion> &versions);

// One edition of a meeting's briefing, ready to render: BriefingBuilder (reads the workspace, on
// the calling thread, so on the GUI thread that owns its database connection) then redact().
// `buildMilliseconds`, when given, receives how long building took.
Result<Briefing> briefingEdition(const Workspace &workspace, qint64 meetingId, int packVersion,
                                 Edition edition, qint64 *buildMilliseconds = nullptr);

} // namespace cw

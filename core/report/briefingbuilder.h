#pragma once

#include "report/briefing.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cw {

class Workspace;

struct BriefingOptions
{
    int packVersion = 0;   // the version of the meeting's pack (1, 2, …); 0: the latest
    QDateTime generatedAt; // printed on the cover; invalid: now (UTC)
};

// Assembles the whole (internal) briefing of a meeting's pack from the workspace's services.
// Editions are made from it with redact().
//
// Numbers: key facts come from PackService::keyFacts (the frozen ones once the pack is
// approved) and the action log from PackService::carriedForward (frozen at approval too).
// Charts, baselines and statuses are computed from the data as of the pack's vintage when it is
// approved (ScorecardOptions::asOfBatch), so later imports change nothing in an approved pack's
// briefing; a draft shows the current data.
//
// Reads only; runs on the calling thread. Errors (no such meeting, no pack, unreadable data)
// come back as a Result.
class BriefingBuilder
{
    Q_DECLARE_TR_FUNCTIONS(cw::BriefingBuilder)

public:
    explicit BriefingBuilder(const Workspace &workspace);

    Result<Briefing> build(qint64 meetingId, const BriefingOptions &options = {}) const;

private:
    const Workspace &m_workspace;
};

} // namespace cw

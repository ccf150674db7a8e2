#include "briefing/briefingsource.h"

#include "domain/pack.h"
#include "report/briefingbuilder.h"
#include "report/redaction.h"

#include <QElapsedTimer>

namespace cw {

int defaultBriefingVersion(const QList<PackVersion> &versions)
{
    int approved = 0;
    int latest = 0;
    for (const PackVersion &v : versions) {
        latest = qMax(latest, v.version);
        if (v.status == PackStatus::Approved)
            approved = qMax(approved, v.version);
    }
    return approved > 0 ? approved : latest;
}

Result<Briefing> briefingEdition(const Workspace &workspace, qint64 meetingId, int packVersion,
                                 Edition edition, qint64 *buildMilliseconds)
{
    QElapsedTimer timer;
    timer.start();
    BriefingOptions options;
    options.packVersion = packVersion;
    const Result<Briefing> whole = BriefingBuilder(workspace).build(meetingId, options);
    if (buildMilliseconds != nullptr)
        *buildMilliseconds = timer.elapsed();
    if (!whole)
        return whole.error();
    return redact(*whole, edition);
}

} // namespace cw

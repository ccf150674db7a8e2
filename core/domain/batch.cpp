#include "domain/batch.h"

namespace cw {

QString ImportReport::statusName(Status status)
{
    switch (status) {
    case Status::Imported:
        return QStringLiteral("imported");
    case Status::Unchanged:
        return QStringLiteral("unchanged");
    case Status::Rejected:
        return QStringLiteral("rejected");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace cw

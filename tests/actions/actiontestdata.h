#pragma once

#include "../meetings/meetingfixture.h"
#include "services/actionservice.h"

// Shared helpers of the action tests (header-only).
inline cw::Action newAction(qint64 meetingId, const QString &title, const QDate &due)
{
    cw::Action a;
    a.meetingId = meetingId;
    a.title = title;
    a.owner = {QStringLiteral("MPS"), QStringLiteral("Commander, Met Operations")};
    a.mopacLead = QStringLiteral("Head of Performance");
    a.dueDate = due;
    return a;
}

inline cw::FollowUpRequest note(const QDate &date, const QString &text,
                                std::optional<cw::ActionStatus> status = std::nullopt)
{
    cw::FollowUpRequest r;
    r.date = date;
    r.text = text;
    r.newStatus = status;
    return r;
}

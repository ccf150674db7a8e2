#pragma once

#include "domain/visibility.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cw {

// The oversight meetings MOPAC holds with the MPS. Stable storage names (toName/fromName) are
// part of the file format and of the `cwb meetings --json` contract; never rename one.
enum class MeetingKind { MopacChallenge, LondonPolicingBoard, OversightBoard, Other };
enum class MeetingStatus { Planned, Held, Cancelled };

QString toName(MeetingKind kind); // "mopac_challenge", "london_policing_board", "oversight_board", "other"
QString toName(MeetingStatus status); // "planned", "held", "cancelled"
std::optional<MeetingKind> meetingKindFromName(const QString &name);
std::optional<MeetingStatus> meetingStatusFromName(const QString &name);
QString displayName(MeetingKind kind);     // "MOPAC Challenge", "London Policing Board", … (translated)
QString displayName(MeetingStatus status); // "Planned", "Held", "Cancelled" (translated)
// Short prefix for references, e.g. "LPB" (used by issue 6's action numbers).
QString referencePrefix(MeetingKind kind);

// One person expected at (or who attended) a meeting.
struct Attendee
{
    QString name;
    QString organisation; // e.g. "MPS", "MOPAC"
    QString role;         // e.g. "Assistant Commissioner, Met Operations"
    friend bool operator==(const Attendee &, const Attendee &) = default;
};

// A meeting. `uid` is a stable identifier (a UUID without braces) that never changes and is
// what other records (annotations, later actions) may refer to; `id` is the row id.
// Times are UTC; `startsAt` must be valid. Authorship fields are filled by MeetingService.
struct Meeting
{
    qint64 id = 0;
    QString uid;
    MeetingKind kind = MeetingKind::MopacChallenge;
    QString title; // title or theme, e.g. "Violence against women and girls"
    QDateTime startsAt;
    int durationMinutes = 120;
    QString location;
    QString chair;
    QList<Attendee> attendees; // in the order given
    MeetingStatus status = MeetingStatus::Planned;
    QString papersReference;  // e.g. a URL or a file reference to the published papers
    QString minutesReference; // e.g. a URL or a file reference to the minutes
    QString createdBy;
    QDateTime createdAt;
    QString updatedBy;
    QDateTime updatedAt;
    friend bool operator==(const Meeting &, const Meeting &) = default;
};

} // namespace cw

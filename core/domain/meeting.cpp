#include "domain/meeting.h"
#include "domain/stablename.h"

#include <QCoreApplication>

#include <array>

namespace cw {

namespace {

constexpr std::array kKinds{MeetingKind::MopacChallenge, MeetingKind::LondonPolicingBoard,
                            MeetingKind::OversightBoard, MeetingKind::Other};
constexpr std::array kStatuses{MeetingStatus::Planned, MeetingStatus::Held, MeetingStatus::Cancelled};

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::Meeting", text);
}

} // namespace

QString toName(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::MopacChallenge:
        return QStringLiteral("mopac_challenge");
    case MeetingKind::LondonPolicingBoard:
        return QStringLiteral("london_policing_board");
    case MeetingKind::OversightBoard:
        return QStringLiteral("oversight_board");
    case MeetingKind::Other:
        return QStringLiteral("other");
    }
    Q_UNREACHABLE();
    return {};
}

QString toName(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Planned:
        return QStringLiteral("planned");
    case MeetingStatus::Held:
        return QStringLiteral("held");
    case MeetingStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<MeetingKind> meetingKindFromName(const QString &name)
{
    return fromStableName(kKinds, name);
}

std::optional<MeetingStatus> meetingStatusFromName(const QString &name)
{
    return fromStableName(kStatuses, name);
}

QString displayName(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::MopacChallenge:
        return tr("MOPAC Challenge");
    case MeetingKind::LondonPolicingBoard:
        return tr("London Policing Board");
    case MeetingKind::OversightBoard:
        return tr("Oversight Board");
    case MeetingKind::Other:
        return tr("Other meeting");
    }
    Q_UNREACHABLE();
    return {};
}

QString displayName(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Planned:
        return tr("Planned");
    case MeetingStatus::Held:
        return tr("Held");
    case MeetingStatus::Cancelled:
        return tr("Cancelled");
    }
    Q_UNREACHABLE();
    return {};
}

QString referencePrefix(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::MopacChallenge:
        return QStringLiteral("MC");
    case MeetingKind::LondonPolicingBoard:
        return QStringLiteral("LPB");
    case MeetingKind::OversightBoard:
        return QStringLiteral("OB");
    case MeetingKind::Other:
        return QStringLiteral("MTG");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace cw

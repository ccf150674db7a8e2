#pragma once

#include <QDate>
#include <QJsonObject>

namespace cw {

struct Action;
struct FollowUp;
struct AuditEntry;
struct CarriedForwardAction;

// QJsonObject builders for `cwb actions`, `cwb action show` and the carried-forward actions of
// `cwb pack` (see jsonwriter.h for the rules). Stable names: status and priority as in
// domain/action.h; dates "YYYY-MM-DD"; absent values null. `overdue` is against `today`.
QJsonObject actionToJson(const Action &action, const QDate &today);
QJsonObject followUpToJson(const FollowUp &followUp);
QJsonObject auditEntryToJson(const AuditEntry &entry);
QJsonObject carriedForwardToJson(const CarriedForwardAction &action);

} // namespace cw

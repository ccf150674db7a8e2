#include "actionjson.h"

#include <QJsonArray>

#include "domain/action.h"
#include "domain/audit.h"
#include "services/carriedforward.h"
#include "storage/storedtime.h"

namespace cw {

namespace {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonObject actionToJson(const Action &a, const QDate &today)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("uid"), a.uid},
                       {QStringLiteral("reference"), a.reference},
                       {QStringLiteral("title"), a.title},
                       {QStringLiteral("detail"), a.detail},
                       {QStringLiteral("meeting_id"), a.meetingId},
                       {QStringLiteral("meeting_title"), a.meetingTitle},
                       {QStringLiteral("meeting_date"), date(a.meetingStartsAt.toUTC().date())},
                       {QStringLiteral("owner_organisation"), a.owner.organisation},
                       {QStringLiteral("owner_role"), a.owner.role},
                       {QStringLiteral("mopac_lead"), text(a.mopacLead)},
                       {QStringLiteral("due_date"), date(a.dueDate)},
                       {QStringLiteral("priority"), toName(a.priority)},
                       {QStringLiteral("status"), toName(a.status)},
                       {QStringLiteral("overdue"), a.isOverdue(today)},
                       {QStringLiteral("days_overdue"), a.daysOverdue(today)},
                       {QStringLiteral("superseded_by"), text(a.supersededByReference)},
                       {QStringLiteral("measures"), QJsonArray::fromStringList(a.measureCodes)},
                       {QStringLiteral("pack_items"), QJsonArray::fromStringList(a.packItemUids)},
                       {QStringLiteral("follow_ups"), a.followUpCount},
                       {QStringLiteral("latest_update"), text(a.latestUpdate)},
                       {QStringLiteral("latest_update_date"), date(a.latestUpdateOn)},
                       {QStringLiteral("created_by"), a.createdBy},
                       {QStringLiteral("created_at"), toStoredTime(a.createdAt)},
                       {QStringLiteral("updated_by"), a.updatedBy},
                       {QStringLiteral("updated_at"), toStoredTime(a.updatedAt)}};
}

QJsonObject followUpToJson(const FollowUp &f)
{
    return QJsonObject{
        {QStringLiteral("id"), f.id},
        {QStringLiteral("date"), date(f.date)},
        {QStringLiteral("author"), f.author},
        {QStringLiteral("recorded_at"), toStoredTime(f.recordedAt)},
        {QStringLiteral("text"), f.text},
        {QStringLiteral("status_from"), f.statusFrom ? QJsonValue(toName(*f.statusFrom)) : QJsonValue()},
        {QStringLiteral("status_to"), f.statusTo ? QJsonValue(toName(*f.statusTo)) : QJsonValue()},
        {QStringLiteral("evidence"), text(f.evidenceReference)},
        {QStringLiteral("corrects"), f.correctsId != 0 ? QJsonValue(f.correctsId) : QJsonValue()}};
}

QJsonObject auditEntryToJson(const AuditEntry &e)
{
    return QJsonObject{{QStringLiteral("entity"), e.entityKind},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("author"), e.author},
                       {QStringLiteral("at"), toStoredTime(e.at)},
                       {QStringLiteral("detail"), text(e.detail)}};
}

QJsonObject carriedForwardToJson(const CarriedForwardAction &c)
{
    return QJsonObject{{QStringLiteral("reference"), c.reference},
                       {QStringLiteral("title"), c.title},
                       {QStringLiteral("owner"), c.owner},
                       {QStringLiteral("mopac_lead"), text(c.mopacLead)},
                       {QStringLiteral("due_date"), date(c.dueDate)},
                       {QStringLiteral("status"), toName(c.status)},
                       {QStringLiteral("overdue"), c.overdue},
                       {QStringLiteral("latest_update"), text(c.latestUpdate)},
                       {QStringLiteral("latest_update_date"), date(c.latestUpdateOn)}};
}

} // namespace cw

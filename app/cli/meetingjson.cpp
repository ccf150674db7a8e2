#include "meetingjson.h"

#include <QJsonArray>
#include <QJsonValue>

#include "domain/annotation.h"
#include "domain/meeting.h"
#include "domain/pack.h"
#include "storage/storedtime.h"

namespace cw {

namespace {

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(toStoredTime(value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject annotationToJson(const Annotation &a, const Annotation &root)
{
    QJsonObject anchor{{QStringLiteral("kind"), toName(a.anchor.kind)},
                       {QStringLiteral("pack_uid"), text(a.anchor.packUid)},
                       {QStringLiteral("item_uid"), text(a.anchor.itemUid)},
                       {QStringLiteral("measure"), text(a.anchor.measureCode)},
                       {QStringLiteral("area"), text(a.anchor.areaCode)},
                       {QStringLiteral("period"), text(a.anchor.periodKey)}};
    return {{QStringLiteral("uid"), a.uid},
            {QStringLiteral("thread_uid"), a.threadUid},
            {QStringLiteral("anchor"), anchor},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("visibility"), toName(a.visibility)},
            {QStringLiteral("effective_visibility"), toName(effectiveVisibility(a, root))},
            {QStringLiteral("author"), a.author},
            {QStringLiteral("created_at"), time(a.createdAt)},
            {QStringLiteral("edited_by"), text(a.editedBy)},
            {QStringLiteral("edited_at"), time(a.editedAt)},
            {QStringLiteral("resolved"), root.resolved},
            {QStringLiteral("resolved_by"), text(a.isReply() ? QString() : a.resolvedBy)},
            {QStringLiteral("resolved_at"), time(a.isReply() ? QDateTime() : a.resolvedAt)}};
}

} // namespace

QJsonObject meetingToJson(const Meeting &m)
{
    QJsonArray attendees;
    for (const Attendee &a : m.attendees)
        attendees.append(QJsonObject{{QStringLiteral("name"), a.name},
                                     {QStringLiteral("organisation"), a.organisation},
                                     {QStringLiteral("role"), a.role}});
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("uid"), m.uid},
            {QStringLiteral("kind"), toName(m.kind)},
            {QStringLiteral("kind_name"), displayName(m.kind)},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("starts_at"), time(m.startsAt)},
            {QStringLiteral("duration_minutes"), m.durationMinutes},
            {QStringLiteral("location"), m.location},
            {QStringLiteral("chair"), m.chair},
            {QStringLiteral("status"), toName(m.status)},
            {QStringLiteral("attendees"), attendees},
            {QStringLiteral("papers"), text(m.papersReference)},
            {QStringLiteral("minutes"), text(m.minutesReference)}};
}

QJsonObject packVersionToJson(const PackVersion &v)
{
    return {
        {QStringLiteral("id"), v.id},
        {QStringLiteral("version"), v.version},
        {QStringLiteral("status"), toName(v.status)},
        {QStringLiteral("approved_by"), text(v.approvedBy)},
        {QStringLiteral("approved_at"), time(v.approvedAt)},
        {QStringLiteral("vintage_batch_id"), v.vintageBatchId ? QJsonValue(v.vintageBatchId) : QJsonValue()}};
}

QJsonObject keyFactToJson(const KeyFact &k)
{
    return {{QStringLiteral("area_code"), k.areaCode},
            {QStringLiteral("area_name"), k.areaName},
            {QStringLiteral("text"), k.text},
            {QStringLiteral("comparison"), text(k.comparison)},
            {QStringLiteral("latest_period"), text(k.latestPeriod)},
            {QStringLiteral("latest_value"), number(k.latestValue)},
            {QStringLiteral("current"), number(k.current)},
            {QStringLiteral("previous"), number(k.previous)},
            {QStringLiteral("percent"), number(k.percent)},
            {QStringLiteral("points"), number(k.points)},
            {QStringLiteral("p_value"), number(k.pValue)},
            {QStringLiteral("test"), text(k.testName)},
            {QStringLiteral("flag"), k.flag}};
}

QJsonObject threadToJson(const AnnotationThread &thread)
{
    QJsonObject root = annotationToJson(thread.root, thread.root);
    QJsonArray replies;
    for (const Annotation &r : thread.replies)
        replies.append(annotationToJson(r, thread.root));
    root.insert(QStringLiteral("replies"), replies);
    return root;
}

QJsonObject versionDiffToJson(const PackVersionDiff &diff)
{
    QJsonArray changes;
    for (const KeyFactChange &c : diff.changes)
        changes.append(QJsonObject{{QStringLiteral("item_uid"), c.itemUid},
                                   {QStringLiteral("item_title"), c.itemTitle},
                                   {QStringLiteral("measure"), c.measureCode},
                                   {QStringLiteral("area"), c.areaCode},
                                   {QStringLiteral("field"), c.field},
                                   {QStringLiteral("before"), text(c.before)},
                                   {QStringLiteral("after"), text(c.after)}});
    return {{QStringLiteral("previous_pack_id"),
             diff.previousPackId ? QJsonValue(diff.previousPackId) : QJsonValue()},
            {QStringLiteral("previous_version"),
             diff.previousVersion ? QJsonValue(diff.previousVersion) : QJsonValue()},
            {QStringLiteral("added_items"), QJsonArray::fromStringList(diff.addedItemUids)},
            {QStringLiteral("removed_items"), QJsonArray::fromStringList(diff.removedItemUids)},
            {QStringLiteral("changes"), changes}};
}

} // namespace cw

#include "storage/actionrepository.h"

#include "storage/database.h"
#include "storage/storedtime.h"

#include <QSqlQuery>

namespace cw {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

QDate dateFrom(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QStringList splitList(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char(','));
}

const QString selectActions = QStringLiteral(
    "SELECT a.id, a.uid, a.reference, a.meeting_id, a.title, a.detail, a.owner_organisation, a.owner_role, "
    "a.mopac_lead, a.due_date, a.priority, a.measure_codes, a.pack_item_uids, a.status, "
    "COALESCE(a.superseded_by_id, 0), a.created_by, a.created_at, a.updated_by, a.updated_at, "
    "m.kind, m.title, m.starts_at, COALESCE(s.reference, ''), "
    "(SELECT COUNT(*) FROM action_follow_up f WHERE f.action_id = a.id), "
    "(SELECT f.body FROM action_follow_up f WHERE f.action_id = a.id ORDER BY f.update_date DESC, f.id DESC "
    "LIMIT 1), "
    "(SELECT f.update_date FROM action_follow_up f WHERE f.action_id = a.id ORDER BY f.update_date DESC, "
    "f.id DESC "
    "LIMIT 1), "
    "(SELECT f.author FROM action_follow_up f WHERE f.action_id = a.id ORDER BY f.update_date DESC, f.id "
    "DESC LIMIT 1) "
    "FROM action_item a JOIN meeting m ON m.id = a.meeting_id "
    "LEFT JOIN action_item s ON s.id = a.superseded_by_id ");

const QString selectFollowUps = QStringLiteral("SELECT id, uid, action_id, author, update_date, recorded_at, "
                                               "body, status_from, status_to, evidence_ref, "
                                               "COALESCE(corrects_id, 0) FROM action_follow_up ");

FollowUp readFollowUp(const QSqlQuery &q)
{
    FollowUp f;
    f.id = q.value(0).toLongLong();
    f.uid = q.value(1).toString();
    f.actionId = q.value(2).toLongLong();
    f.author = q.value(3).toString();
    f.date = dateFrom(q.value(4).toString());
    f.recordedAt = fromStoredTime(q.value(5).toString());
    f.text = q.value(6).toString();
    f.statusFrom = actionStatusFromName(q.value(7).toString());
    f.statusTo = actionStatusFromName(q.value(8).toString());
    f.evidenceReference = q.value(9).toString();
    f.correctsId = q.value(10).toLongLong();
    return f;
}

QVariant idOrNull(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QList<Action> ActionRepository::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q = m_db.exec(
        selectActions + where + QStringLiteral(" ORDER BY a.ref_prefix, a.ref_year, a.ref_number"), binds);
    QList<Action> out;
    while (q.next()) {
        Action a;
        a.id = q.value(0).toLongLong();
        a.uid = q.value(1).toString();
        a.reference = q.value(2).toString();
        a.meetingId = q.value(3).toLongLong();
        a.title = q.value(4).toString();
        a.detail = q.value(5).toString();
        a.owner = {q.value(6).toString(), q.value(7).toString()};
        a.mopacLead = q.value(8).toString();
        a.dueDate = dateFrom(q.value(9).toString());
        a.priority = actionPriorityFromName(q.value(10).toString()).value_or(ActionPriority::Medium);
        a.measureCodes = splitList(q.value(11).toString());
        a.packItemUids = splitList(q.value(12).toString());
        a.status = actionStatusFromName(q.value(13).toString()).value_or(ActionStatus::Open);
        a.supersededById = q.value(14).toLongLong();
        a.createdBy = q.value(15).toString();
        a.createdAt = fromStoredTime(q.value(16).toString());
        a.updatedBy = q.value(17).toString();
        a.updatedAt = fromStoredTime(q.value(18).toString());
        a.meetingKind = meetingKindFromName(q.value(19).toString()).value_or(MeetingKind::Other);
        a.meetingTitle = q.value(20).toString();
        a.meetingStartsAt = fromStoredTime(q.value(21).toString());
        a.supersededByReference = q.value(22).toString();
        a.followUpCount = q.value(23).toInt();
        a.latestUpdate = q.value(24).toString();
        a.latestUpdateOn = dateFrom(q.value(25).toString());
        a.latestUpdateBy = q.value(26).toString();
        out.append(a);
    }
    return out;
}

QList<Action> ActionRepository::all() const
{
    return select({}, {});
}

QList<Action> ActionRepository::ofMeeting(qint64 meetingId) const
{
    return select(QStringLiteral("WHERE a.meeting_id = ?"), {meetingId});
}

std::optional<Action> ActionRepository::action(qint64 actionId) const
{
    const QList<Action> rows = select(QStringLiteral("WHERE a.id = ?"), {actionId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<Action> ActionRepository::byReference(const QString &reference) const
{
    const QList<Action> rows =
        select(QStringLiteral("WHERE UPPER(a.reference) = ?"), {reference.trimmed().toUpper()});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

int ActionRepository::allocateNumber(const QString &prefix, int year) const
{
    const QVariant last = m_db.scalar(
        QStringLiteral("SELECT last_number FROM action_reference_counter WHERE prefix = ? AND year = ?"),
        {prefix, year});
    if (last.isNull()) {
        m_db.exec(QStringLiteral(
                      "INSERT INTO action_reference_counter (prefix, year, last_number) VALUES (?, ?, 1)"),
                  {prefix, year});
        return 1;
    }
    const int next = last.toInt() + 1;
    m_db.exec(
        QStringLiteral("UPDATE action_reference_counter SET last_number = ? WHERE prefix = ? AND year = ?"),
        {next, prefix, year});
    return next;
}

qint64 ActionRepository::insert(const Action &a, const QString &prefix, int year, int number) const
{
    QString columns = QStringLiteral("uid, reference, ref_prefix, ref_year, ref_number, meeting_id, title, "
                                     "detail, owner_organisation, owner_role, "
                                     "mopac_lead, due_date, priority, measure_codes, pack_item_uids, status, "
                                     "superseded_by_id, created_by, "
                                     "created_at, updated_by, updated_at");
    QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    QVariantList binds{a.uid,
                       a.reference,
                       prefix,
                       year,
                       number,
                       a.meetingId,
                       a.title,
                       a.detail,
                       a.owner.organisation,
                       a.owner.role,
                       a.mopacLead,
                       dateText(a.dueDate),
                       toName(a.priority),
                       a.measureCodes.join(QLatin1Char(',')),
                       a.packItemUids.join(QLatin1Char(',')),
                       toName(a.status),
                       idOrNull(a.supersededById),
                       a.createdBy,
                       toStoredTime(a.createdAt),
                       a.updatedBy,
                       toStoredTime(a.updatedAt)};
    if (a.id != 0) {
        columns.prepend(QStringLiteral("id, "));
        marks.prepend(QStringLiteral("?, "));
        binds.prepend(a.id);
    }
    binds = withEmptyTexts(binds);
    return m_db.insert(QStringLiteral("INSERT INTO action_item (%1) VALUES (%2)").arg(columns, marks), binds);
}

void ActionRepository::update(const Action &a) const
{
    m_db.exec(QStringLiteral(
                  "UPDATE action_item SET title = ?, detail = ?, owner_organisation = ?, owner_role = ?, "
                  "mopac_lead = ?, due_date = ?, priority = ?, measure_codes = ?, pack_item_uids = ?, "
                  "updated_by = ?, updated_at = ? WHERE id = ?"),
              withEmptyTexts({a.title, a.detail, a.owner.organisation, a.owner.role, a.mopacLead,
                              dateText(a.dueDate), toName(a.priority), a.measureCodes.join(QLatin1Char(',')),
                              a.packItemUids.join(QLatin1Char(',')), a.updatedBy, toStoredTime(a.updatedAt),
                              a.id}));
}

void ActionRepository::updateStatus(qint64 actionId, ActionStatus status, qint64 supersededById,
                                    const QString &by, const QDateTime &at) const
{
    m_db.exec(QStringLiteral(
                  "UPDATE action_item SET status = ?, superseded_by_id = ?, updated_by = ?, updated_at = ? "
                  "WHERE id = ?"),
              withEmptyTexts({toName(status), idOrNull(supersededById), by, toStoredTime(at), actionId}));
}

void ActionRepository::remove(qint64 actionId) const
{
    m_db.exec(QStringLiteral("DELETE FROM action_item WHERE id = ?"), {actionId});
}

int ActionRepository::supersededByCount(qint64 actionId) const
{
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM action_item WHERE superseded_by_id = ?"), {actionId})
        .toInt();
}

QList<FollowUp> ActionRepository::followUps(qint64 actionId) const
{
    QSqlQuery q = m_db.exec(selectFollowUps + QStringLiteral("WHERE action_id = ? ORDER BY update_date, id"),
                            {actionId});
    QList<FollowUp> out;
    while (q.next())
        out.append(readFollowUp(q));
    return out;
}

QList<FollowUp> ActionRepository::followUpsOf(const QList<qint64> &actionIds) const
{
    QList<FollowUp> out;
    for (qint64 id : actionIds)
        out.append(followUps(id));
    return out;
}

std::optional<FollowUp> ActionRepository::followUp(qint64 followUpId) const
{
    QSqlQuery q = m_db.exec(selectFollowUps + QStringLiteral("WHERE id = ?"), {followUpId});
    if (!q.next())
        return std::nullopt;
    return readFollowUp(q);
}

qint64 ActionRepository::insertFollowUp(const FollowUp &f) const
{
    return m_db.insert(
        QStringLiteral(
            "INSERT INTO action_follow_up (uid, action_id, author, update_date, recorded_at, body, "
            "status_from, status_to, evidence_ref, corrects_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        withEmptyTexts({f.uid, f.actionId, f.author, dateText(f.date), toStoredTime(f.recordedAt), f.text,
                        f.statusFrom ? toName(*f.statusFrom) : QString(),
                        f.statusTo ? toName(*f.statusTo) : QString(), f.evidenceReference,
                        idOrNull(f.correctsId)}));
}

QStringList ActionRepository::followUpUids(qint64 actionId) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT uid FROM action_follow_up WHERE action_id = ?"), {actionId});
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QList<ActionOwner> ActionRepository::owners() const
{
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT owner_organisation, owner_role, MAX(updated_at) AS used FROM action_item "
        "GROUP BY owner_organisation, owner_role ORDER BY used DESC, owner_organisation, owner_role"));
    QList<ActionOwner> out;
    while (q.next()) {
        ActionOwner owner{q.value(0).toString(), q.value(1).toString()};
        if (!owner.organisation.isEmpty() || !owner.role.isEmpty())
            out.append(owner);
    }
    return out;
}

QStringList ActionRepository::leads() const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT mopac_lead, MAX(updated_at) AS used FROM action_item "
                       "WHERE mopac_lead <> '' GROUP BY mopac_lead ORDER BY used DESC, mopac_lead"));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

void ActionRepository::writeCarriedForward(qint64 packId, const QList<CarriedForwardAction> &actions) const
{
    m_db.exec(QStringLiteral("DELETE FROM pack_carried_action WHERE pack_id = ?"), {packId});
    int position = 0;
    for (const CarriedForwardAction &c : actions) {
        m_db.exec(QStringLiteral(
                      "INSERT INTO pack_carried_action (pack_id, position, action_uid, reference, title, "
                      "owner, mopac_lead, due_date, status, overdue, latest_update, latest_update_date) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  withEmptyTexts({packId, position++, c.actionUid, c.reference, c.title, c.owner, c.mopacLead,
                                  dateText(c.dueDate), toName(c.status), c.overdue ? 1 : 0, c.latestUpdate,
                                  dateText(c.latestUpdateOn)}));
    }
}

QList<CarriedForwardAction> ActionRepository::carriedForward(qint64 packId) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT action_uid, reference, title, owner, mopac_lead, due_date, status, "
                                 "overdue, latest_update, latest_update_date FROM pack_carried_action "
                                 "WHERE pack_id = ? ORDER BY position"),
                  {packId});
    QList<CarriedForwardAction> out;
    while (q.next()) {
        CarriedForwardAction c;
        c.actionUid = q.value(0).toString();
        c.reference = q.value(1).toString();
        c.title = q.value(2).toString();
        c.owner = q.value(3).toString();
        c.mopacLead = q.value(4).toString();
        c.dueDate = dateFrom(q.value(5).toString());
        c.status = actionStatusFromName(q.value(6).toString()).value_or(ActionStatus::Open);
        c.overdue = q.value(7).toInt() != 0;
        c.latestUpdate = q.value(8).toString();
        c.latestUpdateOn = dateFrom(q.value(9).toString());
        out.append(c);
    }
    return out;
}

} // namespace cw

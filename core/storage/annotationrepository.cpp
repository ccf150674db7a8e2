#include "storage/annotationrepository.h"

#include "storage/database.h"
#include "storage/storedtime.h"

#include <QSqlQuery>

namespace cw {

namespace {

const QString selectAnnotation =
    QStringLiteral("SELECT id, uid, thread_uid, anchor_kind, pack_uid, item_uid, measure_code, area_code, "
                   "period_key, body, visibility, author, created_at, edited_by, edited_at, resolved, "
                   "resolved_by, resolved_at FROM annotation");

Annotation read(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.uid = q.value(1).toString();
    a.threadUid = q.value(2).toString();
    a.anchor.kind =
        annotationAnchorKindFromName(q.value(3).toString()).value_or(AnnotationAnchor::Kind::PackItem);
    a.anchor.packUid = q.value(4).toString();
    a.anchor.itemUid = q.value(5).toString();
    a.anchor.measureCode = q.value(6).toString();
    a.anchor.areaCode = q.value(7).toString();
    a.anchor.periodKey = q.value(8).toString();
    a.text = q.value(9).toString();
    a.visibility = visibilityFromName(q.value(10).toString()).value_or(Visibility::Internal);
    a.author = q.value(11).toString();
    a.createdAt = fromStoredTime(q.value(12).toString());
    a.editedBy = q.value(13).toString();
    a.editedAt = fromStoredTime(q.value(14).toString());
    a.resolved = q.value(15).toInt() != 0;
    a.resolvedBy = q.value(16).toString();
    a.resolvedAt = fromStoredTime(q.value(17).toString());
    return a;
}

} // namespace

QList<Annotation> AnnotationRepository::all() const
{
    QList<Annotation> out;
    QSqlQuery q = m_db.exec(selectAnnotation + QStringLiteral(" ORDER BY created_at, id"));
    while (q.next())
        out.append(read(q));
    return out;
}

std::optional<Annotation> AnnotationRepository::annotation(const QString &uid) const
{
    QSqlQuery q = m_db.exec(selectAnnotation + QStringLiteral(" WHERE uid = ?"), {uid});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<Annotation> AnnotationRepository::thread(const QString &threadUid) const
{
    QList<Annotation> out;
    QSqlQuery q =
        m_db.exec(selectAnnotation + QStringLiteral(" WHERE thread_uid = ? ORDER BY CASE WHEN uid = "
                                                    "thread_uid THEN 0 ELSE 1 END, created_at, id"),
                  {threadUid});
    while (q.next())
        out.append(read(q));
    return out;
}

Annotation AnnotationRepository::insert(const Annotation &a) const
{
    Annotation stored = a;
    const QString columns =
        QStringLiteral("uid, thread_uid, anchor_kind, pack_uid, item_uid, measure_code, area_code, "
                       "period_key, body, visibility, "
                       "author, created_at, edited_by, edited_at, resolved, resolved_by, resolved_at");
    const QVariantList binds{a.uid,
                             a.threadUid,
                             toName(a.anchor.kind),
                             a.anchor.packUid,
                             a.anchor.itemUid,
                             a.anchor.measureCode,
                             a.anchor.areaCode,
                             a.anchor.periodKey,
                             a.text,
                             toName(a.visibility),
                             a.author,
                             toStoredTime(a.createdAt),
                             a.editedBy,
                             toStoredTime(a.editedAt),
                             a.resolved ? 1 : 0,
                             a.resolvedBy,
                             toStoredTime(a.resolvedAt)};
    const QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    if (a.id != 0)
        m_db.exec(QStringLiteral("INSERT INTO annotation (id, %1) VALUES (?, %2)").arg(columns, marks),
                  withEmptyTexts(QVariantList{a.id} + binds));
    else
        stored.id = m_db.insert(QStringLiteral("INSERT INTO annotation (%1) VALUES (%2)").arg(columns, marks),
                                withEmptyTexts(binds));
    return stored;
}

void AnnotationRepository::update(const Annotation &a) const
{
    m_db.exec(QStringLiteral("UPDATE annotation SET body = ?, visibility = ?, edited_by = ?, edited_at = ?, "
                             "resolved = ?, resolved_by = ?, resolved_at = ? WHERE uid = ?"),
              withEmptyTexts({a.text, toName(a.visibility), a.editedBy, toStoredTime(a.editedAt),
                              a.resolved ? 1 : 0, a.resolvedBy, toStoredTime(a.resolvedAt), a.uid}));
}

void AnnotationRepository::remove(const QString &uid) const
{
    m_db.exec(QStringLiteral("DELETE FROM annotation WHERE uid = ? OR thread_uid = ?"), {uid, uid});
}

} // namespace cw

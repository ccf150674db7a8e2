#include "services/annotationservice.h"

#include "domain/pack.h"
#include "services/transact.h"
#include "storage/annotationrepository.h"
#include "storage/auditlog.h"
#include "storage/storedtime.h"
#include "util/currentuser.h"

#include <QSqlQuery>

namespace cw {

namespace {

const QString entityKind = QStringLiteral("annotation");

} // namespace

AnnotationService::AnnotationService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

Error AnnotationService::fail(const QString &message, const QString &detail) const
{
    Error error{message, detail};
    Q_EMIT const_cast<AnnotationService *>(this)->failed(error);
    return error;
}

Result<QList<Annotation>> AnnotationService::annotations(const AnnotationQuery &query) const
{
    try {
        QSet<QString> packMeasures;
        if (!query.packUid.isEmpty()) {
            QSqlQuery q =
                m_db.exec(QStringLiteral(
                              "SELECT DISTINCT i.measure_code FROM pack_item i JOIN pack_section s ON s.id = "
                              "i.section_id JOIN pack p ON p.id = s.pack_id WHERE p.uid = ? AND i.kind = ?"),
                          {query.packUid, toName(PackItemKind::Measure)});
            while (q.next())
                packMeasures.insert(q.value(0).toString());
        }
        const QList<Annotation> all = AnnotationRepository(m_db).all();
        // Roots decide; replies follow their root.
        QSet<QString> roots;
        for (const Annotation &a : all) {
            if (a.isReply())
                continue;
            const AnnotationAnchor &anchor = a.anchor;
            const bool item = anchor.kind == AnnotationAnchor::Kind::PackItem;
            if (!query.packUid.isEmpty()) {
                const bool inPack =
                    anchor.packUid == query.packUid || (!item && packMeasures.contains(anchor.measureCode));
                if (!inPack)
                    continue;
            }
            if (!query.itemUid.isEmpty() && (!item || anchor.itemUid != query.itemUid))
                continue;
            if (!query.measureCode.isEmpty() && (item || anchor.measureCode != query.measureCode))
                continue;
            if (!query.areaCode.isEmpty() && (item || anchor.areaCode != query.areaCode))
                continue;
            roots.insert(a.uid);
        }
        QList<Annotation> out;
        for (const Annotation &a : all) {
            if (roots.contains(a.isReply() ? a.threadUid : a.uid))
                out.append(a);
        }
        return out;
    } catch (const StorageError &error) {
        return fail(tr("The annotations could not be read."), error.detail());
    }
}

Result<QList<AnnotationThread>> AnnotationService::threads(const AnnotationQuery &query) const
{
    auto list = annotations(query);
    if (!list)
        return list.error();
    QList<AnnotationThread> threads;
    QHash<QString, qsizetype> rowOf;
    for (const Annotation &a : list.value()) {
        if (!a.isReply()) {
            rowOf.insert(a.uid, threads.size());
            threads.append({a, {}});
        }
    }
    for (const Annotation &a : list.value()) {
        if (a.isReply() && rowOf.contains(a.threadUid))
            threads[rowOf.value(a.threadUid)].replies.append(a);
    }
    return threads;
}

Result<Annotation> AnnotationService::annotation(const QString &uid) const
{
    try {
        if (auto a = AnnotationRepository(m_db).annotation(uid))
            return *a;
    } catch (const StorageError &error) {
        return fail(tr("The annotation could not be read."), error.detail());
    }
    return fail(tr("The annotation no longer exists."));
}

Result<QSet<QString>> AnnotationService::annotatedPeriods(const QString &measureCode,
                                                          const QString &areaCode) const
{
    try {
        QSet<QString> periods;
        QSqlQuery q =
            m_db.exec(QStringLiteral("SELECT DISTINCT period_key FROM annotation WHERE anchor_kind = ? AND "
                                     "measure_code = ? AND area_code = ? AND uid = thread_uid AND "
                                     "resolved = 0"),
                      {toName(AnnotationAnchor::Kind::DataPoint), measureCode, areaCode});
        while (q.next())
            periods.insert(q.value(0).toString());
        return periods;
    } catch (const StorageError &error) {
        return fail(tr("The annotations could not be read."), error.detail());
    }
}

Result<Annotation> AnnotationService::add(const Annotation &annotation)
{
    if (annotation.text.trimmed().isEmpty())
        return fail(tr("An annotation needs some text."));
    if (!annotation.anchor.isValid())
        return fail(
            tr("An annotation must be on a pack item or on one data point (measure, area and period)."));
    Annotation a = annotation;
    if (a.uid.isEmpty())
        a.uid = newUid();
    if (a.threadUid.isEmpty())
        a.threadUid = a.uid;
    if (a.isReply())
        return restore(a);
    return insert(a, tr("The annotation could not be saved."), QStringLiteral("added"));
}

Result<Annotation> AnnotationService::reply(const QString &threadUid, const QString &text,
                                            Visibility visibility)
{
    Annotation a;
    a.threadUid = threadUid;
    a.uid = newUid();
    a.text = text;
    a.visibility = visibility;
    return restore(a);
}

Result<Annotation> AnnotationService::restore(const Annotation &annotation)
{
    if (!annotation.isReply())
        return add(annotation);
    if (annotation.text.trimmed().isEmpty())
        return fail(tr("A reply needs some text."));
    auto root = this->annotation(annotation.threadUid);
    if (!root)
        return root.error();
    if (root->isReply())
        return fail(tr("Replies go to the first annotation of a thread."));
    Annotation a = annotation;
    a.anchor = root->anchor;
    a.resolved = false;
    return insert(a, tr("The reply could not be saved."), QStringLiteral("replied"));
}

Result<Annotation> AnnotationService::insert(Annotation a, const QString &failure, const QString &action)
{
    if (a.author.isEmpty()) {
        a.author = currentUserName();
        a.createdAt = QDateTime::currentDateTimeUtc();
    }
    auto result = runInTransaction(m_db, failure, [&] {
        Annotation stored = AnnotationRepository(m_db).insert(a);
        AuditLog(m_db).record(entityKind, stored.uid, action, stored.author, stored.createdAt, stored.text);
        return stored;
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT annotationAdded(result.value());
    return result;
}

Result<Annotation> AnnotationService::editText(const QString &uid, const QString &text)
{
    if (text.trimmed().isEmpty())
        return fail(tr("An annotation needs some text."));
    auto existing = annotation(uid);
    if (!existing)
        return existing.error();
    Annotation a = existing.value();
    a.text = text;
    a.editedBy = currentUserName();
    a.editedAt = QDateTime::currentDateTimeUtc();
    auto result = runInTransaction(m_db, tr("The annotation could not be saved."), [&] {
        AnnotationRepository(m_db).update(a);
        AuditLog(m_db).record(entityKind, a.uid, QStringLiteral("edited"), a.editedBy, a.editedAt, a.text);
        return a;
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT annotationChanged(result.value());
    return result;
}

Result<Annotation> AnnotationService::setVisibility(const QString &uid, Visibility visibility)
{
    auto existing = annotation(uid);
    if (!existing)
        return existing.error();
    Annotation a = existing.value();
    a.visibility = visibility;
    a.editedBy = currentUserName();
    a.editedAt = QDateTime::currentDateTimeUtc();
    auto result = runInTransaction(m_db, tr("The annotation could not be saved."), [&] {
        AnnotationRepository(m_db).update(a);
        AuditLog(m_db).record(entityKind, a.uid, QStringLiteral("visibility"), a.editedBy, a.editedAt,
                              toName(visibility));
        return a;
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT annotationChanged(result.value());
    return result;
}

Result<Annotation> AnnotationService::setResolved(const QString &threadUid, bool resolved)
{
    auto existing = annotation(threadUid);
    if (!existing)
        return existing.error();
    if (existing->isReply())
        return fail(tr("Only a whole thread can be resolved or reopened."));
    Annotation a = existing.value();
    a.resolved = resolved;
    a.resolvedBy = currentUserName();
    a.resolvedAt = QDateTime::currentDateTimeUtc();
    auto result = runInTransaction(m_db, tr("The annotation could not be saved."), [&] {
        AnnotationRepository(m_db).update(a);
        AuditLog(m_db).record(entityKind, a.uid,
                              resolved ? QStringLiteral("resolved") : QStringLiteral("reopened"),
                              a.resolvedBy, a.resolvedAt);
        return a;
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT annotationChanged(result.value());
    return result;
}

Result<void> AnnotationService::remove(const QString &uid)
{
    auto existing = annotation(uid);
    if (!existing)
        return existing.error();
    auto result = runInTransaction(m_db, tr("The annotation could not be removed."), [&] {
        AnnotationRepository(m_db).remove(uid);
        AuditLog(m_db).record(entityKind, uid, QStringLiteral("removed"), currentUserName(),
                              QDateTime::currentDateTimeUtc(), existing->text);
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT annotationRemoved(uid, existing->threadUid);
    return {};
}

} // namespace cw

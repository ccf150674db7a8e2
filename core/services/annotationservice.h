#pragma once

#include "domain/annotation.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace cw {

class Database;

// Which annotations to read. Empty fields do not filter.
struct AnnotationQuery
{
    QString packUid;     // item annotations of this pack lineage, plus data-point annotations
                         // made in its context or on a measure one of its items shows
    QString itemUid;     // only this item's
    QString measureCode; // only data points of this measure
    QString areaCode;    // only data points in this area
};

// Use cases on annotations. Every change (add, reply, edit, resolve, reopen, remove) runs in one
// transaction and records its author (cw::currentUserName()) and time in the annotation and in
// the audit log, then emits a precise change event.
class AnnotationService : public QObject
{
    Q_OBJECT

public:
    explicit AnnotationService(Database &db, QObject *parent = nullptr);

    // Annotations matching the query, threads in order of their roots' creation, replies after
    // their root in time order.
    Result<QList<Annotation>> annotations(const AnnotationQuery &query = {}) const;
    Result<QList<AnnotationThread>> threads(const AnnotationQuery &query = {}) const;
    Result<Annotation> annotation(const QString &uid) const;
    // Period keys of the data points of a measure in an area that have an open thread (marks on
    // charts).
    Result<QSet<QString>> annotatedPeriods(const QString &measureCode, const QString &areaCode) const;

    // Starts a thread. A non-empty uid/id in `annotation` is kept (undo/redo restore exactly);
    // author and time are set here unless `annotation.author` is given (restoring). Refuses an
    // empty text or an invalid anchor.
    Result<Annotation> add(const Annotation &annotation);
    // Replies to the thread of `threadUid` (a root's uid). The reply takes the root's anchor.
    Result<Annotation> reply(const QString &threadUid, const QString &text, Visibility visibility);
    // Re-inserts a reply exactly as it was (redo of a reply, undo of a removal).
    Result<Annotation> restore(const Annotation &annotation);
    Result<Annotation> editText(const QString &uid, const QString &text);
    Result<Annotation> setVisibility(const QString &uid, Visibility visibility);
    // Resolves or reopens a thread (by its root's uid).
    Result<Annotation> setResolved(const QString &threadUid, bool resolved);
    // Removes an annotation (a root takes its replies with it).
    Result<void> remove(const QString &uid);

Q_SIGNALS:
    void annotationAdded(const cw::Annotation &annotation);
    void annotationChanged(const cw::Annotation &annotation);
    void annotationRemoved(const QString &uid, const QString &threadUid);
    void failed(const cw::Error &error);

private:
    Error fail(const QString &message, const QString &detail = {}) const;
    // Stores a root or a reply (author and time set unless restoring), audits it as `action`.
    Result<Annotation> insert(Annotation annotation, const QString &failure, const QString &action);

    Database &m_db;
};

} // namespace cw

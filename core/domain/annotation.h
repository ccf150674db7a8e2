#pragma once

#include "domain/visibility.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace cw {

// What an annotation is about, by stable names — never row ids — so that it survives
// re-imports (new vintages) and new pack versions:
//  PackItem:  the pack lineage uid and the item's uid (copied into new versions);
//  DataPoint: a measure code, an area code and a period key (e.g. "2024-11", "R12:2024-11"),
//             optionally seen in the context of a pack lineage (`packUid`, may be empty).
struct AnnotationAnchor
{
    enum class Kind { PackItem, DataPoint };

    Kind kind = Kind::PackItem;
    QString packUid;
    QString itemUid;
    QString measureCode;
    QString areaCode;
    QString periodKey;

    static AnnotationAnchor onItem(const QString &packUid, const QString &itemUid);
    static AnnotationAnchor onPoint(const QString &measureCode, const QString &areaCode,
                                    const QString &periodKey, const QString &packUid = {});
    bool isValid() const; // the fields its kind needs are present (period keys must parse)
    friend bool operator==(const AnnotationAnchor &, const AnnotationAnchor &) = default;
};

QString toName(AnnotationAnchor::Kind kind); // "pack_item", "data_point"
std::optional<AnnotationAnchor::Kind> annotationAnchorKindFromName(const QString &name);

// A comment, or a reply in a comment's thread. A thread is its first annotation (the root,
// `threadUid == uid`) and the replies to it (`threadUid` = the root's uid), in time order.
// Replies share the root's anchor. Resolution belongs to the thread (set on the root).
// Visibility is per annotation; a reply in an internal thread is treated as internal whatever
// it says (effectiveVisibility), so a public edition never shows half a private conversation.
// Every change records its author (cw::currentUserName()) and time (UTC).
struct Annotation
{
    qint64 id = 0;
    QString uid;
    QString threadUid;
    AnnotationAnchor anchor;
    QString text; // plain text
    Visibility visibility = Visibility::Internal;
    QString author;
    QDateTime createdAt;
    QString editedBy; // last edit of the text; empty when never edited
    QDateTime editedAt;
    bool resolved = false; // roots only
    QString resolvedBy;    // who resolved or reopened last
    QDateTime resolvedAt;

    bool isReply() const { return !threadUid.isEmpty() && threadUid != uid; }
    friend bool operator==(const Annotation &, const Annotation &) = default;
};

// A thread as shown in the side panel: the root and its replies in time order.
struct AnnotationThread
{
    Annotation root;
    QList<Annotation> replies;
};

// Internal when the annotation or its thread's root is internal.
Visibility effectiveVisibility(const Annotation &annotation, const Annotation &root);

} // namespace cw

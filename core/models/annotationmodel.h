#pragma once

#include "domain/annotation.h"
#include "services/annotationservice.h"

#include <QAbstractItemModel>

class QUndoStack;

namespace cw {

// Annotation threads as a tree: roots (top level, in creation order) → replies (time order).
// Follows AnnotationService's events with precise row signals. Read-only; edits go through the
// annotation undo commands. Filter with AnnotationFilterModel (roles below).
class AnnotationModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, AuthorColumn, WhenColumn, VisibilityColumn, AnchorColumn, ColumnCount };
    enum Role {
        UidRole = Qt::UserRole + 1, // QString
        ThreadUidRole,              // QString
        IsReplyRole,                // bool
        ResolvedRole,               // bool: the thread is resolved (replies report their root's)
        AuthorRole,                 // QString
        IsMineRole,                 // bool: author == the user name given to the model
        InternalRole,               // bool: effective visibility is internal
        VisibilityRole,             // Visibility stable name of the annotation itself
        AnchorKindRole,             // "pack_item" | "data_point"
        ItemUidRole,                // QString (pack-item anchors)
        MeasureCodeRole,            // QString (data-point anchors)
        AreaCodeRole,               // QString (data-point anchors)
        PeriodRole,                 // QString period key (data-point anchors)
        CreatedAtRole               // QDateTime (UTC)
    };

    // `userName` decides IsMineRole (normally cw::currentUserName()).
    AnnotationModel(AnnotationService &service, const QString &userName, QObject *parent = nullptr);

    // Which annotations to show (e.g. one pack lineage). Reloads.
    void setQuery(const AnnotationQuery &query);
    AnnotationQuery query() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Annotation *annotationAt(const QModelIndex &index) const;
    QModelIndex indexOfUid(const QString &uid) const;

    void reload();

private:
    bool matches(const Annotation &annotation) const;
    int threadRow(const QString &threadUid) const;
    void onAdded(const Annotation &annotation);
    void onChanged(const Annotation &annotation);
    void onRemoved(const QString &uid, const QString &threadUid);

    AnnotationService &m_service;
    QString m_userName;
    AnnotationQuery m_query;
    QList<AnnotationThread> m_threads;
};

} // namespace cw

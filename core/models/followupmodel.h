#pragma once

#include "domain/action.h"

#include <QAbstractListModel>

namespace cw {

class ActionService;

// One action's follow-ups as a timeline, oldest first (ActionService::followUps order).
// Display: "2025-03-04 — A. Lee: text". New follow-ups of the action appear as inserted rows.
// Follow-ups are never edited or removed, so the model has no change or removal signals.
class FollowUpModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        DateRole,                  // QDate
        AuthorRole,                // QString
        TextRole,                  // QString
        StatusFromRole,            // ActionStatus stable name or empty
        StatusToRole,              // ActionStatus stable name or empty
        EvidenceRole,              // QString
        CorrectsIdRole,            // qint64 (0: none)
        RecordedAtRole             // QDateTime (UTC)
    };

    explicit FollowUpModel(ActionService &service, QObject *parent = nullptr);

    void setActionId(qint64 actionId); // 0: empty
    qint64 actionId() const { return m_actionId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const FollowUp *followUpAt(int row) const;

private:
    void onAdded(const FollowUp &followUp);

    ActionService &m_service;
    qint64 m_actionId = 0;
    QList<FollowUp> m_rows;
};

} // namespace cw

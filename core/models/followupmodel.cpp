#include "models/followupmodel.h"

#include "services/actionservice.h"

namespace cw {

FollowUpModel::FollowUpModel(ActionService &service, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
{
    connect(&m_service, &ActionService::followUpAdded, this, &FollowUpModel::onAdded);
}

void FollowUpModel::setActionId(qint64 actionId)
{
    beginResetModel();
    m_actionId = actionId;
    m_rows.clear();
    if (actionId != 0) {
        auto rows = m_service.followUps(actionId);
        if (rows)
            m_rows = rows.value();
    }
    endResetModel();
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const FollowUp *FollowUpModel::followUpAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUp &f = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = QStringLiteral("%1 \u2014 %2: %3").arg(f.date.toString(Qt::ISODate), f.author, f.text);
        if (f.statusTo)
            text += tr(" [%1 \u2192 %2]").arg(displayName(*f.statusFrom), displayName(*f.statusTo));
        if (f.correctsId != 0)
            text += tr(" (correction)");
        return text;
    }
    case IdRole:
        return f.id;
    case DateRole:
        return f.date;
    case AuthorRole:
        return f.author;
    case TextRole:
        return f.text;
    case StatusFromRole:
        return f.statusFrom ? toName(*f.statusFrom) : QString();
    case StatusToRole:
        return f.statusTo ? toName(*f.statusTo) : QString();
    case EvidenceRole:
        return f.evidenceReference;
    case CorrectsIdRole:
        return f.correctsId;
    case RecordedAtRole:
        return f.recordedAt;
    default:
        return {};
    }
}

void FollowUpModel::onAdded(const FollowUp &followUp)
{
    if (followUp.actionId != m_actionId || m_actionId == 0)
        return;
    // Timeline order: by date, then by order recorded (ids grow).
    int row = int(m_rows.size());
    while (row > 0 && m_rows.at(row - 1).date > followUp.date)
        --row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, followUp);
    endInsertRows();
}

} // namespace cw

#include "actions/followuppanel.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/followupmodel.h"
#include "services/actionservice.h"

namespace cw {

namespace {

// Shows each follow-up as a short block: date and author, the status change, the text, the
// evidence and what it corrects.
class TimelineProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return QIdentityProxyModel::data(index, role);
        auto value = [&](int r) { return QIdentityProxyModel::data(index, r); };
        QStringList lines;
        lines.append(
            FollowUpPanel::tr("%1 · %2").arg(value(FollowUpModel::DateRole).toDate().toString(Qt::ISODate),
                                             value(FollowUpModel::AuthorRole).toString()));
        const auto from = actionStatusFromName(value(FollowUpModel::StatusFromRole).toString());
        const auto to = actionStatusFromName(value(FollowUpModel::StatusToRole).toString());
        if (from && to)
            lines.append(FollowUpPanel::tr("Status: %1 → %2").arg(displayName(*from), displayName(*to)));
        if (const qint64 corrects = value(FollowUpModel::CorrectsIdRole).toLongLong(); corrects != 0)
            lines.append(FollowUpPanel::tr("Correction of the entry of %1").arg(correctedDate(corrects)));
        lines.append(value(FollowUpModel::TextRole).toString());
        if (const QString evidence = value(FollowUpModel::EvidenceRole).toString(); !evidence.isEmpty())
            lines.append(FollowUpPanel::tr("Evidence: %1").arg(evidence));
        return lines.join(u'\n');
    }

private:
    QString correctedDate(qint64 id) const
    {
        for (int row = 0; row < rowCount(); ++row) {
            const QModelIndex other = index(row, 0);
            if (other.data(FollowUpModel::IdRole).toLongLong() == id)
                return other.data(FollowUpModel::DateRole).toDate().toString(Qt::ISODate);
        }
        return FollowUpPanel::tr("an earlier date");
    }
};

} // namespace

FollowUpPanel::FollowUpPanel(ActionService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new FollowUpModel(service, this))
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("actionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *proxy = new TimelineProxy(this);
    proxy->setSourceModel(m_model);
    m_timeline = new QListView(this);
    m_timeline->setObjectName(QStringLiteral("followUpTimeline"));
    m_timeline->setModel(proxy);
    m_timeline->setWordWrap(true);
    m_timeline->setSpacing(4);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_noFollowUps = new QLabel(tr("No follow-ups yet. Add one with “Add follow-up…” (Ctrl+U)."), this);
    m_noFollowUps->setWordWrap(true);
    auto *timelinePage = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->addWidget(m_noFollowUps);
    timelineLayout->addWidget(m_timeline, 1);

    m_audit = new QTreeWidget(this);
    m_audit->setObjectName(QStringLiteral("auditLog"));
    m_audit->setRootIsDecorated(false);
    m_audit->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Detail")});
    m_audit->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_audit->header()->setStretchLastSection(true);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(timelinePage, tr("&Follow-ups"));
    m_tabs->addTab(m_audit, tr("&Audit log"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    auto timelineChanged = [this] {
        m_noFollowUps->setVisible(m_action.id != 0 && m_model->rowCount() == 0);
        reloadAudit();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, timelineChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, timelineChanged);
    connect(m_timeline->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FollowUpPanel::selectionChanged);
    connect(&m_service, &ActionService::actionChanged, this, [this](const Action &action) {
        if (action.id != m_action.id)
            return;
        m_action = action;
        updateSummary();
        reloadAudit();
    });
    setAction({});
}

void FollowUpPanel::setAction(const Action &action)
{
    m_action = action;
    m_model->setActionId(action.id);
    m_noFollowUps->setVisible(action.id != 0 && m_model->rowCount() == 0);
    m_tabs->setEnabled(action.id != 0);
    updateSummary();
    reloadAudit();
    Q_EMIT selectionChanged();
}

const FollowUp *FollowUpPanel::selectedFollowUp() const
{
    const QModelIndex current = m_timeline->currentIndex();
    return current.isValid() ? m_model->followUpAt(current.row()) : nullptr;
}

void FollowUpPanel::updateSummary()
{
    if (m_action.id == 0) {
        m_summary->setText(tr("<i>Select an action to see its follow-ups.</i>"));
        return;
    }
    const Action &a = m_action;
    QString html = tr("<b>%1 — %2</b>").arg(a.reference.toHtmlEscaped(), a.title.toHtmlEscaped());
    if (!a.detail.isEmpty())
        html += QStringLiteral("<br>") + a.detail.toHtmlEscaped();
    html +=
        QStringLiteral("<br>") + tr("Status: %1 · Owner: %2 · Lead: %3 · Due %4")
                                     .arg(displayName(a.status), a.owner.display().toHtmlEscaped(),
                                          a.mopacLead.isEmpty() ? tr("none") : a.mopacLead.toHtmlEscaped(),
                                          a.dueDate.toString(Qt::ISODate));
    if (a.status == ActionStatus::Superseded && !a.supersededByReference.isEmpty())
        html += QStringLiteral("<br>") + tr("Superseded by %1").arg(a.supersededByReference.toHtmlEscaped());
    if (!a.measureCodes.isEmpty())
        html += QStringLiteral("<br>") + tr("Measures: %1").arg(a.measureCodes.join(QStringLiteral(", ")));
    m_summary->setText(html);
}

void FollowUpPanel::reloadAudit()
{
    m_audit->clear();
    if (m_action.id == 0)
        return;
    const Result<QList<AuditEntry>> entries = m_service.auditEntries(m_action.id);
    if (!entries) {
        auto *item = new QTreeWidgetItem(m_audit);
        item->setText(3, tr("The audit log could not be read: %1").arg(entries.error().message));
        return;
    }
    for (const AuditEntry &entry : entries.value()) {
        auto *item = new QTreeWidgetItem(m_audit);
        item->setText(0, entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(1, entry.author);
        item->setText(2, entry.entityKind == QLatin1String("follow_up") ? tr("follow-up %1").arg(entry.action)
                                                                        : entry.action);
        item->setText(3, entry.detail);
        item->setToolTip(3, entry.detail);
    }
}

} // namespace cw

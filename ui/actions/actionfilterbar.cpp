#include "actions/actionfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "models/actionfiltermodel.h"

namespace cw {

ActionFilterBar::ActionFilterBar(ActionFilterModel &filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
{
    auto *chips = new QHBoxLayout;
    chips->setSpacing(4);
    chips->addWidget(new QLabel(tr("Status:"), this));
    for (const ActionStatus status : allActionStatuses()) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("statusChip_%1").arg(toName(status)));
        chip->setCheckable(true);
        chip->setAutoRaise(false);
        chip->setToolTip(tr("Show only %1 actions (choose several to combine; none: every status)")
                             .arg(displayName(status).toLower()));
        connect(chip, &QToolButton::toggled, this, &ActionFilterBar::applyStatuses);
        m_chips.insert(status, chip);
        chips->addWidget(chip);
    }
    chips->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("actionsSummary"));
    chips->addWidget(m_summary);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("actionSearch"));
    m_search->setPlaceholderText(tr("Search reference, title, owner, update…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, &m_filter, &ActionFilterModel::setSearch);

    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setPlaceholderText(tr("Owner"));
    m_owner->setClearButtonEnabled(true);
    m_owner->setMaximumWidth(200);
    connect(m_owner, &QLineEdit::textChanged, &m_filter, &ActionFilterModel::setOwner);

    m_meeting = new QComboBox(this);
    m_meeting->setObjectName(QStringLiteral("meetingFilter"));
    m_meeting->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_meeting->setMinimumContentsLength(24);
    m_meeting->addItem(tr("All meetings"), qint64(0));
    connect(m_meeting, &QComboBox::currentIndexChanged, this, [this] { m_filter.setMeetingId(meetingId()); });

    m_overdue = new QCheckBox(tr("&Overdue only"), this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    connect(m_overdue, &QCheckBox::toggled, &m_filter, &ActionFilterModel::setOverdueOnly);

    m_dueWithin = new QCheckBox(tr("Due &within"), this);
    m_dueWithin->setObjectName(QStringLiteral("dueWithinFilter"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("dueWithinDays"));
    m_days->setRange(0, 365);
    m_days->setValue(14);
    m_days->setSuffix(tr(" days"));
    m_days->setEnabled(false);
    connect(m_dueWithin, &QCheckBox::toggled, m_days, &QWidget::setEnabled);
    connect(m_dueWithin, &QCheckBox::toggled, this, &ActionFilterBar::applyDueWithin);
    connect(m_days, &QSpinBox::valueChanged, this, &ActionFilterBar::applyDueWithin);

    auto *fields = new QHBoxLayout;
    fields->addWidget(m_search, 2);
    fields->addWidget(m_owner, 1);
    fields->addWidget(m_meeting, 1);
    fields->addWidget(m_overdue);
    fields->addWidget(m_dueWithin);
    fields->addWidget(m_days);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fields);
    layout->addLayout(chips);

    connect(&m_filter, &ActionFilterModel::countsChanged, this, &ActionFilterBar::updateCounts);
    connect(&m_filter, &QAbstractItemModel::rowsInserted, this, &ActionFilterBar::updateCounts);
    connect(&m_filter, &QAbstractItemModel::rowsRemoved, this, &ActionFilterBar::updateCounts);
    connect(&m_filter, &QAbstractItemModel::modelReset, this, &ActionFilterBar::updateCounts);
    connect(&m_filter, &QAbstractItemModel::layoutChanged, this, &ActionFilterBar::updateCounts);
    updateCounts();
}

void ActionFilterBar::setMeetings(const QList<Meeting> &meetings)
{
    const qint64 chosen = meetingId();
    const QSignalBlocker blocker(m_meeting);
    m_meeting->clear();
    m_meeting->addItem(tr("All meetings"), qint64(0));
    for (const Meeting &meeting : meetings) {
        m_meeting->addItem(
            tr("%1 — %2").arg(meeting.startsAt.toLocalTime().date().toString(Qt::ISODate), meeting.title),
            meeting.id);
    }
    const int index = m_meeting->findData(chosen);
    m_meeting->setCurrentIndex(qMax(0, index));
    if (index < 0 && chosen != 0)
        m_filter.setMeetingId(0);
}

qint64 ActionFilterBar::meetingId() const
{
    return m_meeting->currentData().toLongLong();
}

void ActionFilterBar::setMeetingId(qint64 meetingId)
{
    m_meeting->setCurrentIndex(qMax(0, m_meeting->findData(meetingId)));
}

void ActionFilterBar::clear()
{
    for (QToolButton *chip : std::as_const(m_chips))
        chip->setChecked(false);
    m_search->clear();
    m_owner->clear();
    m_meeting->setCurrentIndex(0);
    m_overdue->setChecked(false);
    m_dueWithin->setChecked(false);
}

void ActionFilterBar::applyStatuses()
{
    QSet<ActionStatus> statuses;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        if (it.value()->isChecked())
            statuses.insert(it.key());
    }
    m_filter.setStatuses(statuses);
}

void ActionFilterBar::applyDueWithin()
{
    m_filter.setDueWithinDays(m_dueWithin->isChecked() ? m_days->value() : -1);
}

void ActionFilterBar::updateCounts()
{
    const QHash<ActionStatus, int> counts = m_filter.countsByStatus();
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it)
        it.value()->setText(tr("%1 (%2)").arg(displayName(it.key())).arg(counts.value(it.key())));
    const int total = m_filter.sourceModel() ? m_filter.sourceModel()->rowCount() : 0;
    m_summary->setText(tr("Showing %1 of %2 actions").arg(m_filter.rowCount()).arg(total));
}

} // namespace cw

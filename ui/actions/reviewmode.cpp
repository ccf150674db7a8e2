#include "actions/reviewmode.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "actions/actionrowdelegate.h"
#include "models/reviewsession.h"
#include "services/actionservice.h"

namespace cw {

ReviewMode::ReviewMode(ActionService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_session(new ReviewSession(service, this))
{
    setObjectName(QStringLiteral("reviewMode"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("reviewHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumWidth(240);

    m_card = new QLabel(this);
    m_card->setObjectName(QStringLiteral("reviewCard"));
    m_card->setWordWrap(true);
    m_card->setTextFormat(Qt::RichText);
    m_card->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_card->setFrameShape(QFrame::StyledPanel);
    m_card->setMargin(12);
    m_card->setMinimumHeight(180);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(160);
    m_note->setPlaceholderText(tr("What was said at the meeting about this action"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    const QList<ActionStatus> statuses = allActionStatuses();
    for (int i = 0; i < statuses.size(); ++i)
        m_status->addItem(tr("%1 (Alt+%2)").arg(displayName(statuses.at(i))).arg(i + 1),
                          toName(statuses.at(i)));
    m_supersededBy = new QLineEdit(this);
    m_supersededBy->setObjectName(QStringLiteral("reviewSupersededBy"));
    m_supersededBy->setPlaceholderText(tr("Reference of the superseding action"));
    m_evidence = new QLineEdit(this);
    m_evidence->setObjectName(QStringLiteral("reviewEvidence"));
    m_evidence->setPlaceholderText(tr("A document reference or a link (optional)"));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_supersededBy->setEnabled(m_status->currentData().toString() == toName(ActionStatus::Superseded));
    });
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);

    m_previous = new QPushButton(tr("◀ Previous (PgUp)"), this);
    m_next = new QPushButton(tr("Next (PgDown) ▶"), this);
    m_record = new QPushButton(tr("Record and next (Ctrl+Enter)"), this);
    m_record->setObjectName(QStringLiteral("reviewRecord"));
    auto *leave = new QPushButton(tr("Leave review (Esc)"), this);
    for (QPushButton *button : {m_previous, m_next, m_record, leave})
        button->setFocusPolicy(Qt::TabFocus);
    connect(m_previous, &QPushButton::clicked, this, &ReviewMode::previous);
    connect(m_next, &QPushButton::clicked, this, &ReviewMode::next);
    connect(m_record, &QPushButton::clicked, this, &ReviewMode::record);
    connect(leave, &QPushButton::clicked, this, &ReviewMode::left);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_PageDown), &ReviewMode::next);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), &ReviewMode::next);
    shortcut(QKeySequence(Qt::Key_PageUp), &ReviewMode::previous);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), &ReviewMode::previous);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &ReviewMode::record);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &ReviewMode::record);
    shortcut(QKeySequence(Qt::Key_Escape), &ReviewMode::left);
    for (int i = 0; i < statuses.size(); ++i) {
        auto *s = new QShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, i] { chooseStatus(i); });
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_progress);
    top->addWidget(m_progressBar);
    auto *form = new QFormLayout;
    form->addRow(tr("&Update:"), m_note);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Superseded &by:"), m_supersededBy);
    form->addRow(tr("&Evidence:"), m_evidence);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_record);
    buttons->addWidget(leave);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_card);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_session, &ReviewSession::currentChanged, this, &ReviewMode::showCurrent);
    connect(m_session, &ReviewSession::actionUpdated, this, &ReviewMode::showCurrent);
}

Result<void> ReviewMode::start(qint64 meetingId, const QString &meetingTitle, const QDate &today)
{
    m_heading->setText(tr("Review: %1").arg(meetingTitle));
    Result<void> started = m_session->start(meetingId, today);
    m_message->clear();
    showCurrent();
    return started;
}

QString ReviewMode::progressText() const
{
    if (m_session->isEmpty())
        return tr("No outstanding actions");
    return tr("%1 of %2").arg(m_session->position() + 1).arg(m_session->count());
}

void ReviewMode::showCurrent()
{
    const Action *action = m_session->current();
    m_progress->setText(tr("%1 · %2 reviewed").arg(progressText()).arg(m_session->reviewedCount()));
    m_progressBar->setRange(0, qMax(1, m_session->count()));
    m_progressBar->setValue(m_session->isEmpty() ? 0 : m_session->position() + 1);
    m_previous->setEnabled(m_session->hasPrevious());
    m_next->setEnabled(m_session->hasNext());
    for (QWidget *field : {static_cast<QWidget *>(m_note), static_cast<QWidget *>(m_status),
                           static_cast<QWidget *>(m_evidence), static_cast<QWidget *>(m_record)})
        field->setEnabled(action != nullptr);
    if (action == nullptr) {
        m_card->setText(
            tr("There are no outstanding actions to review for this meeting. Press Esc to go back."));
        m_supersededBy->setEnabled(false);
        return;
    }
    const QDate today = m_session->today();
    QString html =
        tr("<p><b>%1 — %2</b></p>").arg(action->reference.toHtmlEscaped(), action->title.toHtmlEscaped());
    if (!action->detail.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(action->detail.toHtmlEscaped());
    html +=
        tr("<p>Raised at: %1<br>Owner: %2 · MOPAC lead: %3<br>Due: %4 · Status: <b>%5</b> · Priority: %6</p>")
            .arg(action->meetingTitle.toHtmlEscaped(), action->owner.display().toHtmlEscaped(),
                 action->mopacLead.isEmpty() ? tr("none") : action->mopacLead.toHtmlEscaped(),
                 ActionRowDelegate::dueText(action->dueDate, action->daysOverdue(today)).toHtmlEscaped(),
                 displayName(action->status), displayName(action->priority));
    if (action->latestUpdateOn.isValid())
        html += tr("<p>Latest update (%1, %2): %3</p>")
                    .arg(action->latestUpdateOn.toString(Qt::ISODate), action->latestUpdateBy.toHtmlEscaped(),
                         action->latestUpdate.toHtmlEscaped());
    else
        html += tr("<p><i>No updates yet.</i></p>");
    if (m_session->isReviewed(m_session->position()))
        html += tr("<p>✓ Updated in this review.</p>");
    m_card->setText(html);

    // Offer the moves the action may make; the current status means "no change".
    auto *model = qobject_cast<QStandardItemModel *>(m_status->model());
    const QList<ActionStatus> statuses = allActionStatuses();
    for (int i = 0; i < statuses.size(); ++i) {
        if (QStandardItem *item = model ? model->item(i) : nullptr)
            item->setEnabled(statuses.at(i) == action->status ||
                             canChangeStatus(action->status, statuses.at(i)));
    }
    m_status->setCurrentIndex(int(statuses.indexOf(action->status)));
    m_note->clear();
    m_evidence->clear();
    m_supersededBy->clear();
    m_note->setFocus();
}

void ReviewMode::next()
{
    m_message->clear();
    m_session->next();
}

void ReviewMode::previous()
{
    m_message->clear();
    m_session->previous();
}

void ReviewMode::chooseStatus(int index)
{
    const Action *action = m_session->current();
    const QList<ActionStatus> statuses = allActionStatuses();
    if (action == nullptr || index < 0 || index >= statuses.size())
        return;
    const ActionStatus status = statuses.at(index);
    if (status != action->status && !canChangeStatus(action->status, status)) {
        m_message->setText(tr("A %1 action cannot become %2.")
                               .arg(displayName(action->status).toLower(), displayName(status).toLower()));
        return;
    }
    m_message->clear();
    m_status->setCurrentIndex(index);
}

void ReviewMode::record()
{
    const Action *action = m_session->current();
    if (action == nullptr)
        return;
    FollowUpRequest request;
    request.text = m_note->toPlainText().trimmed();
    const std::optional<ActionStatus> status = actionStatusFromName(m_status->currentData().toString());
    if (status && *status != action->status)
        request.newStatus = status;
    if (request.newStatus == ActionStatus::Superseded)
        request.supersededByReference = m_supersededBy->text().trimmed();
    request.evidenceReference = m_evidence->text().trimmed();
    if (request.text.isEmpty()) {
        m_message->setText(tr("Type the update first (PgDown moves on without recording)."));
        m_note->setFocus();
        return;
    }
    if (request.newStatus == ActionStatus::Superseded && request.supersededByReference.isEmpty()) {
        m_message->setText(tr("Give the reference of the action that supersedes this one."));
        m_supersededBy->setFocus();
        return;
    }
    const QString reference = action->reference;
    const bool last = !m_session->hasNext();
    const Result<FollowUp> recorded = m_session->record(request, true);
    if (!recorded) {
        m_message->setText(tr("Not recorded: %1 %2").arg(recorded.error().message, recorded.error().detail));
        return;
    }
    m_message->setText(
        last ? tr("Recorded the update for %1. That was the last action; press Esc to leave.").arg(reference)
             : tr("Recorded the update for %1.").arg(reference));
    if (last)
        showCurrent(); // stays on the last action, now marked as updated
}

} // namespace cw

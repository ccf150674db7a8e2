#include "actions/followupdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cw {

FollowUpDialog::FollowUpDialog(const Action &action, const FollowUp *corrects, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_correctsId(corrects ? corrects->id : 0)
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(corrects ? tr("Correct a follow-up of %1").arg(action.reference)
                            : tr("Add a follow-up to %1").arg(action.reference));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (corrects) {
        intro->setText(tr("Follow-ups are never changed. This adds a correction of the entry of %1 by %2:\n"
                          "“%3”")
                           .arg(corrects->date.toString(Qt::ISODate), corrects->author, corrects->text));
    } else {
        intro->setText(tr("%1 — %2 (currently %3)")
                           .arg(action.reference, action.title, displayName(action.status).toLower()));
    }

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("followUpDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate());
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("followUpText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(corrects ? tr("What the entry should have said") : tr("The update"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("followUpStatus"));
    m_status->addItem(tr("No change (%1)").arg(displayName(action.status)), toName(action.status));
    for (const ActionStatus status : allActionStatuses()) {
        if (canChangeStatus(action.status, status))
            m_status->addItem(displayName(status), toName(status));
    }
    m_supersededBy = new QLineEdit(this);
    m_supersededBy->setObjectName(QStringLiteral("followUpSupersededBy"));
    m_supersededBy->setPlaceholderText(tr("e.g. MC-2025-004"));
    m_evidence = new QLineEdit(this);
    m_evidence->setObjectName(QStringLiteral("followUpEvidence"));
    m_evidence->setPlaceholderText(tr("A document reference or a link"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("followUpError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #842029; }"));
    m_error->hide();
    connect(m_status, &QComboBox::currentIndexChanged, this, &FollowUpDialog::updateFields);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Update:"), m_text);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Superseded &by:"), m_supersededBy);
    form->addRow(tr("&Evidence:"), m_evidence);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 400);
    updateFields();
    m_text->setFocus();
}

void FollowUpDialog::updateFields()
{
    m_supersededBy->setEnabled(m_status->currentData().toString() == toName(ActionStatus::Superseded));
}

FollowUpRequest FollowUpDialog::request() const
{
    FollowUpRequest request;
    request.date = m_date->date();
    request.text = m_text->toPlainText().trimmed();
    const std::optional<ActionStatus> status = actionStatusFromName(m_status->currentData().toString());
    if (status && *status != m_action.status)
        request.newStatus = status;
    if (request.newStatus == ActionStatus::Superseded)
        request.supersededByReference = m_supersededBy->text().trimmed();
    request.evidenceReference = m_evidence->text().trimmed();
    request.correctsId = m_correctsId;
    return request;
}

void FollowUpDialog::accept()
{
    const FollowUpRequest entered = request();
    QString problem;
    if (entered.text.isEmpty()) {
        problem = tr("Write the update.");
        m_text->setFocus();
    } else if (entered.newStatus == ActionStatus::Superseded && entered.supersededByReference.isEmpty()) {
        problem = tr("Give the reference of the action that supersedes this one.");
        m_supersededBy->setFocus();
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace cw

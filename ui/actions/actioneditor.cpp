#include "actions/actioneditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QRegularExpression>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "services/actionservice.h"
#include "services/meetingservice.h"
#include "services/planservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

QCompleter *completerFor(const QStringList &words, QObject *parent)
{
    auto *completer = new QCompleter(words, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    return completer;
}

} // namespace

ActionEditor::ActionEditor(Workspace &workspace, const Action &action, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_original(action)
{
    setObjectName(QStringLiteral("actionEditor"));
    const bool isNew = action.id == 0;
    setWindowTitle(isNew ? tr("New action") : tr("Edit action %1").arg(action.reference));

    m_reference = new QLineEdit(isNew ? tr("Allocated on save") : action.reference, this);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setReadOnly(true);
    m_title = new QLineEdit(action.title, this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_detail = new QPlainTextEdit(action.detail, this);
    m_detail->setObjectName(QStringLiteral("detailEdit"));
    m_detail->setTabChangesFocus(true);
    m_detail->setMaximumHeight(90);
    m_meeting = new QComboBox(this);
    m_meeting->setObjectName(QStringLiteral("meetingCombo"));
    m_meeting->setEnabled(isNew);
    m_organisation = new QLineEdit(action.owner.organisation, this);
    m_organisation->setObjectName(QStringLiteral("ownerOrganisationEdit"));
    m_organisation->setPlaceholderText(tr("e.g. MPS"));
    m_role = new QLineEdit(action.owner.role, this);
    m_role->setObjectName(QStringLiteral("ownerRoleEdit"));
    m_role->setPlaceholderText(tr("e.g. Commander, Met Operations"));
    m_lead = new QLineEdit(action.mopacLead, this);
    m_lead->setObjectName(QStringLiteral("leadEdit"));
    m_due = new QLineEdit(action.dueDate.toString(Qt::ISODate), this);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setPlaceholderText(tr("YYYY-MM-DD"));
    m_due->setInputMask(QStringLiteral("0000-00-00;_"));
    if (!action.dueDate.isValid())
        m_due->clear();
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    for (const ActionPriority priority : {ActionPriority::Low, ActionPriority::Medium, ActionPriority::High})
        m_priority->addItem(displayName(priority), toName(priority));
    m_priority->setCurrentIndex(m_priority->findData(toName(action.priority)));
    m_measures = new QListWidget(this);
    m_measures->setObjectName(QStringLiteral("measureList"));
    m_measures->setMaximumHeight(110);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (const ActionStatus status : allActionStatuses()) {
        if (status == action.status || (!isNew && canChangeStatus(action.status, status)))
            m_status->addItem(displayName(status), toName(status));
    }
    m_status->setCurrentIndex(m_status->findData(toName(action.status)));
    m_status->setEnabled(!isNew && m_status->count() > 1);
    m_supersededBy = new QLineEdit(action.supersededByReference, this);
    m_supersededBy->setObjectName(QStringLiteral("supersededByEdit"));
    m_supersededBy->setPlaceholderText(tr("Reference of the superseding action, e.g. MC-2025-004"));
    m_statusReason = new QLineEdit(this);
    m_statusReason->setObjectName(QStringLiteral("statusReasonEdit"));
    m_statusReason->setPlaceholderText(tr("Why the status changes (recorded as a follow-up)"));
    connect(m_status, &QComboBox::currentIndexChanged, this, &ActionEditor::updateStatusFields);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("editorError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #842029; }"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Reference:"), m_reference);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Detail:"), m_detail);
    form->addRow(tr("Raised at &meeting:"), m_meeting);
    form->addRow(tr("MPS owner &organisation:"), m_organisation);
    form->addRow(tr("MPS owner &role:"), m_role);
    form->addRow(tr("MOPAC &lead:"), m_lead);
    form->addRow(tr("D&ue date:"), m_due);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Linked m&easures:"), m_measures);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Superseded &by:"), m_supersededBy);
    form->addRow(tr("Reason for the &change:"), m_statusReason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 640);

    loadChoices();
    updateStatusFields();
}

void ActionEditor::loadChoices()
{
    if (const Result<QList<Meeting>> meetings = m_workspace.meetings().meetings()) {
        QList<Meeting> sorted = meetings.value();
        std::sort(sorted.begin(), sorted.end(),
                  [](const Meeting &a, const Meeting &b) { return a.startsAt > b.startsAt; });
        m_meeting->addItem(tr("Choose a meeting…"), qint64(0));
        for (const Meeting &meeting : std::as_const(sorted)) {
            m_meeting->addItem(
                tr("%1 — %2").arg(meeting.startsAt.toLocalTime().date().toString(Qt::ISODate), meeting.title),
                meeting.id);
        }
    }
    m_meeting->setCurrentIndex(qMax(0, m_meeting->findData(m_original.meetingId)));

    QStringList organisations;
    QStringList roles;
    if (const Result<QList<ActionOwner>> owners = m_workspace.actions().ownerSuggestions()) {
        m_owners = owners.value();
        for (const ActionOwner &owner : std::as_const(m_owners)) {
            if (!owner.organisation.isEmpty() && !organisations.contains(owner.organisation))
                organisations.append(owner.organisation);
            if (!owner.role.isEmpty() && !roles.contains(owner.role))
                roles.append(owner.role);
        }
    }
    m_organisation->setCompleter(completerFor(organisations, m_organisation));
    auto *roleCompleter = completerFor(roles, m_role);
    m_role->setCompleter(roleCompleter);
    connect(roleCompleter, qOverload<const QString &>(&QCompleter::activated), this,
            &ActionEditor::ownerRoleChosen);
    if (const Result<QStringList> leads = m_workspace.actions().leadSuggestions())
        m_lead->setCompleter(completerFor(leads.value(), m_lead));

    // Linked measures: codes of the first plan (what ActionService checks them against).
    if (const Result<QList<Plan>> plans = m_workspace.plans().plans(); plans && !plans->isEmpty()) {
        for (const Priority &priority : plans->constFirst().priorities) {
            for (const Measure &measure : priority.measures) {
                auto *item = new QListWidgetItem(tr("%1 — %2").arg(measure.code, measure.title), m_measures);
                item->setData(Qt::UserRole, measure.code);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(m_original.measureCodes.contains(measure.code) ? Qt::Checked
                                                                                   : Qt::Unchecked);
            }
        }
    }
}

// Choosing a known role fills in its organisation when none is typed yet.
void ActionEditor::ownerRoleChosen(const QString &role)
{
    if (!m_organisation->text().trimmed().isEmpty())
        return;
    for (const ActionOwner &owner : std::as_const(m_owners)) {
        if (owner.role == role) {
            m_organisation->setText(owner.organisation);
            return;
        }
    }
}

void ActionEditor::updateStatusFields()
{
    const bool changed = m_status->currentData().toString() != toName(m_original.status);
    const bool superseded = m_status->currentData().toString() == toName(ActionStatus::Superseded);
    m_supersededBy->setEnabled(changed && superseded);
    m_statusReason->setEnabled(changed);
}

Action ActionEditor::action() const
{
    Action action = m_original;
    action.title = m_title->text().trimmed();
    action.detail = m_detail->toPlainText().trimmed();
    if (action.id == 0)
        action.meetingId = m_meeting->currentData().toLongLong();
    action.owner = {m_organisation->text().trimmed(), m_role->text().trimmed()};
    action.mopacLead = m_lead->text().trimmed();
    action.dueDate = QDate::fromString(m_due->text(), Qt::ISODate);
    action.priority =
        actionPriorityFromName(m_priority->currentData().toString()).value_or(ActionPriority::Medium);
    action.measureCodes.clear();
    for (int i = 0; i < m_measures->count(); ++i) {
        if (m_measures->item(i)->checkState() == Qt::Checked)
            action.measureCodes.append(m_measures->item(i)->data(Qt::UserRole).toString());
    }
    return action;
}

std::optional<FollowUpRequest> ActionEditor::statusChange() const
{
    const std::optional<ActionStatus> status = actionStatusFromName(m_status->currentData().toString());
    if (m_original.id == 0 || !status || *status == m_original.status)
        return std::nullopt;
    FollowUpRequest request;
    request.text = m_statusReason->text().trimmed();
    request.newStatus = status;
    if (*status == ActionStatus::Superseded)
        request.supersededByReference = m_supersededBy->text().trimmed();
    return request;
}

QString ActionEditor::validate()
{
    const Action entered = action();
    auto problem = [](QWidget *field, const QString &message) {
        field->setFocus();
        return message;
    };
    if (entered.title.isEmpty())
        return problem(m_title, tr("Give the action a title."));
    if (entered.meetingId == 0)
        return problem(m_meeting, tr("Choose the meeting that raised the action."));
    if (entered.owner.organisation.isEmpty() && entered.owner.role.isEmpty())
        return problem(m_organisation, tr("Name the MPS owner: an organisation, a role or both."));
    if (!entered.dueDate.isValid()) {
        const bool typed = m_due->text().contains(QRegularExpression(QStringLiteral("[0-9]")));
        return problem(m_due,
                       typed ? tr("The due date %1 is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31.")
                                   .arg(m_due->text())
                             : tr("Set a due date."));
    }
    if (const std::optional<FollowUpRequest> change = statusChange()) {
        if (change->text.isEmpty())
            return problem(m_statusReason, tr("Say why the status changes: it is recorded as a follow-up."));
        if (change->newStatus == ActionStatus::Superseded && change->supersededByReference.isEmpty())
            return problem(m_supersededBy, tr("Give the reference of the action that supersedes this one."));
    }
    return {};
}

void ActionEditor::accept()
{
    const QString problem = validate();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace cw

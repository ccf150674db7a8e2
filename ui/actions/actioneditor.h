#pragma once

#include "domain/action.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace cw {

class Workspace;

// Adds or edits one action. The reference is shown read-only ("allocated on save" for a new
// action). The MPS owner's organisation and role complete from the owners used before, and the
// MOPAC lead from earlier leads. Linked measures are the first plan's. The raising meeting is
// fixed once the action exists.
//
// Status is not an edit (ActionService changes it only through a follow-up), so for an
// existing action a new status comes with the reason for it, and statusChange() gives the
// follow-up to record; superseded needs the superseding action's reference.
//
// The dialog only validates and collects: the caller saves through the undo commands.
class ActionEditor : public QDialog
{
    Q_OBJECT

public:
    // `action` with id 0 is a new action (its meetingId, if set, preselects the meeting).
    ActionEditor(Workspace &workspace, const Action &action, QWidget *parent = nullptr);

    Action action() const;                               // what was entered
    std::optional<FollowUpRequest> statusChange() const; // for an existing action, when changed
    // Why the entries cannot be saved ("" when they can); focuses the field concerned.
    QString validate();

    void accept() override;

private:
    void loadChoices();
    void ownerRoleChosen(const QString &role);
    void updateStatusFields();

    Workspace &m_workspace;
    Action m_original;
    QList<ActionOwner> m_owners;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QComboBox *m_meeting = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_role = nullptr;
    QLineEdit *m_lead = nullptr;
    QLineEdit *m_due = nullptr; // ISO date, typed: a date edit cannot be left empty
    QComboBox *m_priority = nullptr;
    QListWidget *m_measures = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_supersededBy = nullptr;
    QLineEdit *m_statusReason = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace cw

#pragma once

#include "domain/action.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cw {

// Collects one follow-up for an action: the date it refers to (not in the future), the update,
// an optional status change (only the moves canChangeStatus allows; superseded needs the
// superseding action's reference) and an evidence reference. Given `corrects`, the entry is a
// correction of that earlier follow-up (follow-ups are never edited; a correction is added).
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpDialog(const Action &action, const FollowUp *corrects = nullptr, QWidget *parent = nullptr);

    FollowUpRequest request() const;
    void accept() override;

private:
    void updateFields();

    Action m_action;
    qint64 m_correctsId = 0;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_supersededBy = nullptr;
    QLineEdit *m_evidence = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace cw

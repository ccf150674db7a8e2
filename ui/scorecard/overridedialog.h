#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace cw {

struct ScorecardRow;

// Asks for officer judgement on a measure's status: the status to record (not when clearing)
// and the note, which is required — OK stays disabled until there is one. Shows the computed
// status and its reason, and the override in force, so the officer sees what they override.
class OverrideDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Override, Clear };

    OverrideDialog(const ScorecardRow &row, Mode mode, QWidget *parent = nullptr);

    QString statusName() const; // a TrajectoryStatus name (Override mode)
    QString note() const;       // trimmed

private:
    void updateOk();

    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cw
